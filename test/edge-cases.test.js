// Small defects, each shown by a test: nested groups in house vocabulary, long drafts with an
// `allow` list, a config with a byte order mark, `slant init` where it cannot write, empty
// paths and presets, a missing path among others, and the language server's lifecycle errors.
import assert from 'node:assert/strict'
import {spawn, spawnSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {describe, it} from 'node:test'
import {fileURLToPath} from 'node:url'
import {VFile} from 'vfile'
import {createProtocolConnection, StreamMessageReader, StreamMessageWriter} from 'vscode-languageserver-protocol/node.js'
import {dropAllowed} from '../dist/rules/allow.js'
import {countVariants, expandGroups} from '../dist/match/phrase-index.js'
import {bin, folder, slant} from './cli-helpers.js'

const serverBin = fileURLToPath(new URL('../dist/server/index.js', import.meta.url))

describe('house vocabulary: nested groups count toward the variant cap', () => {
  // Each level doubles the variants; only the innermost group used to be counted (2).
  const nested = `${'('.repeat(30)}a|b)${'|c)'.repeat(29)}`

  it('counts every group, nested or not, as expandGroups expands them', () => {
    assert.equal(countVariants(nested), 10001)
    assert.equal(countVariants('((a|b)|c) (d|e|)'), 12)
    assert.equal(countVariants('((a|b)|c) (d|e|)'), expandGroups('((a|b)|c) (d|e|)').length)
    assert.equal(countVariants('(a|(b|c) d)|x'), 4)
    assert.equal(countVariants('(a|(b|c) d)|x'), expandGroups('(a|(b|c) d)|x').length)
    assert.equal(countVariants('a (b|c'), expandGroups('a (b|c').length, 'an unbalanced parenthesis is text')
    assert.throws(() => expandGroups(nested), /more than 10000 variants/)
  })

  it(`an allow entry of ${nested.length} bytes is a config error at once, not minutes of work`, () => {
    const dir = folder({'.slantrc.json': JSON.stringify({allow: [nested]}), 'a.md': 'Text.\n'})
    const start = Date.now()
    const r = slant(['a.md'], {cwd: dir})
    assert.ok(Date.now() - start < 20000)
    assert.equal(r.code, 2)
    assert.match(r.stderr, /^slant: \S+\.slantrc\.json: allow\[0\]: the phrase `\({30}.*` expands to more than 10000 variants/)
    const avoid = slant(['a.md'], {cwd: folder({'.slantrc.json': JSON.stringify({avoid: {[nested]: 'no'}}), 'a.md': 'Text.\n'})})
    assert.equal(avoid.code, 2)
    assert.match(avoid.stderr, /avoid\.\S+: the phrase/)
  })
})

describe('dropAllowed', () => {
  it('keeps 300,000 messages without a spread (no stack overflow), in order', () => {
    const file = new VFile({value: 'x'})
    for (let i = 0; i < 300000; i++)
      file.message(`m${i}`, {place: {start: {line: 1, column: 1, offset: 2 * i}, end: {line: 1, column: 2, offset: 2 * i + 1}}, source: 'slant'})
    dropAllowed(file, [
      [0, 1],
      [10, 11]
    ])
    assert.equal(file.messages.length, 299998)
    assert.deepEqual(
      file.messages.slice(0, 5).map((m) => m.reason),
      ['m1', 'm2', 'm3', 'm4', 'm6']
    )
    assert.equal(file.messages.at(-1)?.reason, 'm299999')
  })
})

describe('configuration and command line edges', () => {
  it('.slantrc.json with a byte order mark is read', () => {
    const dir = folder({'.slantrc.json': '\uFEFF{"preset": "ap"}', 'a.md': 'Troops entered Kiev.\n'})
    const r = slant(['--report', 'json', 'a.md'], {cwd: dir})
    assert.equal(r.stderr, '')
    assert.deepEqual(
      JSON.parse(r.stdout)[0].messages.map((m) => m.ruleId),
      ['house-ap']
    )
  })

  it('slant init on a dangling symbolic link exits 2 with one line and leaves the link', () => {
    const dir = folder({})
    fs.symlinkSync('missing.yaml', path.join(dir, '.slantrc.yaml'))
    const r = slant(['init'], {cwd: dir})
    assert.equal(r.code, 2)
    assert.match(r.stderr, /^slant: \S+\.slantrc\.yaml: something is already there \(a link to a missing file\?\); not overwriting it\n$/)
    assert.equal(fs.readlinkSync(path.join(dir, '.slantrc.yaml')), 'missing.yaml')
    assert.ok(!fs.existsSync(path.join(dir, 'missing.yaml')))
  })

  it('slant init in a read-only folder exits 2 with one line', () => {
    const dir = folder({})
    fs.chmodSync(dir, 0o555)
    // root may write anywhere: run as nobody there.
    /** @type {[string, string[]]} */
    const command =
      process.getuid?.() === 0
        ? ['setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, bin, 'init']]
        : [process.execPath, [bin, 'init']]
    const r = spawnSync(command[0], command[1], {cwd: dir, encoding: 'utf8'})
    assert.equal(r.status, 2, r.stderr)
    assert.match(r.stderr, /^slant: \S+\.slantrc\.yaml: cannot write it here \(EACCES\)\n$/)
    assert.deepEqual(fs.readdirSync(dir), [])
  })

  it("slant '' and --preset '' are usage errors", () => {
    const dir = folder({'a.md': 'Troops entered Kiev.\n'})
    for (const args of [[''], ['a.md', ''], ['--preset', '', 'a.md'], ['--preset', ' , ', 'a.md'], ['init', '--preset', '']]) {
      const r = slant(args, {cwd: dir})
      assert.equal(r.code, 2, JSON.stringify(args))
      assert.equal(r.stdout, '')
      assert.equal(r.stderr.split('\n').length, 2, r.stderr)
    }
    assert.ok(!fs.existsSync(path.join(dir, '.slantrc.yaml')))
  })

  it('a missing path is reported on its own and the others are linted (exit 1)', () => {
    const dir = folder({'a.md': 'The minister claimed that it worked.\n', 'b.md': 'Troops entered Kiev.\n'})
    const r = slant(['--preset', 'ap', '--report', 'json', 'a.md', 'gone.md', 'b.md'], {cwd: dir})
    assert.equal(r.code, 1)
    const files = JSON.parse(r.stdout)
    assert.deepEqual(
      files.map((f) => path.basename(f.path)),
      ['a.md', 'b.md', 'gone.md']
    )
    assert.deepEqual(
      files.map((f) => f.messages.map((m) => m.ruleId ?? m.reason)),
      [['speech-verb'], ['house-ap'], ['no such file or folder']]
    )
    assert.equal(files[2].messages[0].fatal, true)
  })
})

describe('language server lifecycle', () => {
  it('answers ServerNotInitialized before initialize and InvalidRequest after shutdown', async () => {
    const proc = spawn(process.execPath, [serverBin, '--stdio'], {stdio: ['pipe', 'pipe', 'pipe']})
    const exited = new Promise((resolve) => proc.on('exit', resolve))
    const connection = createProtocolConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin))
    connection.listen()
    const code = (promise) =>
      promise.then(
        () => 'no error',
        (error) => error.code
      )
    const hover = () => connection.sendRequest('textDocument/hover', {textDocument: {uri: 'file:///x.md'}, position: {line: 0, character: 0}})
    const actions = () =>
      connection.sendRequest('textDocument/codeAction', {
        textDocument: {uri: 'file:///x.md'},
        range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}},
        context: {diagnostics: []}
      })
    assert.equal(await code(hover()), -32002)
    assert.equal(await code(actions()), -32002)
    assert.equal(await code(connection.sendRequest('workspace/symbol', {query: ''})), -32002)
    await connection.sendRequest('initialize', {processId: process.pid, rootUri: null, capabilities: {}})
    assert.equal(await code(connection.sendRequest('initialize', {processId: process.pid, rootUri: null, capabilities: {}})), -32600)
    assert.equal(await hover(), null)
    assert.equal(await code(connection.sendRequest('workspace/symbol', {query: ''})), -32601)
    await connection.sendRequest('shutdown')
    assert.equal(await code(hover()), -32600)
    assert.equal(await code(actions()), -32600)
    assert.equal(await code(connection.sendRequest('shutdown')), -32600)
    await connection.sendNotification('exit')
    assert.equal(await exited, 0)
    connection.dispose()
  })
})
