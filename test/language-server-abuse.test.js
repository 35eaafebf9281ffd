// The language server under abuse: malformed JSON-RPC, requests before `initialize`, edits to
// unknown documents and out of range, a 5 MB document, 1,000 rapid changes, and a workspace
// whose config is a device or a link out of the workspace. It answers, never crashes, its memory
// comes back after the burst, and it exits cleanly on shutdown and exit.
import assert from 'node:assert/strict'
import {spawn} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {after, describe, it} from 'node:test'
import {pathToFileURL} from 'node:url'
import {folder} from './cli-helpers.js'
import {Client, serverBin, stopAll} from './lsp-client.js'

// A failed assertion must not leave a language server running (it would keep the run alive).
after(stopAll)

const uriOf = (dir, name) => pathToFileURL(path.join(dir, name)).href

/** Resident memory of a process in MB, from /proc. */
function rssMb(pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
  const rss = /VmRSS:\s+(\d+)/u.exec(status)
  assert.ok(rss, `no VmRSS for process ${pid}`)
  return Number(rss[1]) / 1024
}

const frame = (body) => `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`

describe('language server abuse', () => {
  it('answers malformed JSON-RPC with an error and keeps serving', async () => {
    const proc = spawn(process.execPath, [serverBin, '--stdio'], {stdio: ['pipe', 'pipe', 'pipe']})
    let out = ''
    proc.stdout.on('data', (d) => (out += d))
    const exited = new Promise((resolve) => proc.on('exit', resolve))
    const answered = (id) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no answer to ${id}: ${out}`)), 15000)
        const check = () => {
          if (out.includes(`"id":${id}`)) {
            clearTimeout(timer)
            proc.stdout.off('data', check)
            resolve(out)
          }
        }
        proc.stdout.on('data', check)
        check()
      })
    // Not JSON, JSON that is no message, a request with a bad method, then a request before initialize.
    proc.stdin.write(frame('{"jsonrpc": "2.0", "id": 1, "method": '))
    proc.stdin.write(frame('[1, 2, 3]'))
    proc.stdin.write(frame('{"jsonrpc":"2.0","id":2,"method":42}'))
    proc.stdin.write(
      frame('{"jsonrpc":"2.0","id":3,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///x.md"},"position":{"line":0,"character":0}}}')
    )
    await answered(3)
    proc.stdin.write(frame('{"jsonrpc":"2.0","id":4,"method":"initialize","params":{"processId":null,"rootUri":null,"capabilities":{}}}'))
    const afterInit = await answered(4)
    assert.match(afterInit, /"id":4,"result":\{"capabilities"/u)
    proc.stdin.write(frame('{"jsonrpc":"2.0","id":5,"method":"shutdown"}'))
    await answered(5)
    proc.stdin.write(frame('{"jsonrpc":"2.0","method":"exit"}'))
    assert.equal(await exited, 0)
  })

  it('edits to unknown documents, out-of-range edits, a 5 MB document and 1,000 rapid changes', async () => {
    const client = new Client()
    await client.initialize(undefined, {debounce: 20})
    const dir = folder({'a.md': '', 'big.md': ''})
    const uri = uriOf(dir, 'a.md')
    // Unknown documents: changes and closes are ignored.
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: {uri: uriOf(dir, 'none.md'), version: 2},
      contentChanges: [{range: {start: {line: 5, character: 0}, end: {line: 9, character: 0}}, text: 'x'}]
    })
    await client.connection.sendNotification('textDocument/didClose', {textDocument: {uri: uriOf(dir, 'none.md')}})
    await client.open(uri, 'The legendary coach arrived.\n')
    // An edit far past the end (clamped by the document), and one with start after end.
    let version = await client.change(uri, [{range: {start: {line: 9999, character: 9999}, end: {line: 10000, character: 0}}, text: ' Critics say it failed.'}])
    version = await client.change(uri, [{range: {start: {line: 0, character: 20}, end: {line: 0, character: 4}}, text: ''}])
    let params = await client.diagnostics(uri, (p) => p.version === version)
    assert.ok(Array.isArray(params.diagnostics))

    // A 5 MB document: linted (as plain text past the paragraph limit), then closed.
    const big = uriOf(dir, 'big.md')
    const paragraph = 'The council met on Monday to discuss the budget and the roads, a spokesman said. The legendary coach arrived.\n\n'
    const text = paragraph.repeat(Math.ceil(5e6 / paragraph.length))
    await client.connection.sendNotification('textDocument/didOpen', {textDocument: {uri: big, languageId: 'markdown', version: 1, text}})
    const opened = await client.diagnostics(big, (p) => p.version === 1, {timeout: 180000})
    assert.ok(opened.diagnostics.length > 1000)
    await client.connection.sendNotification('textDocument/didClose', {textDocument: {uri: big}})

    // 1,000 changes as fast as they can be sent, twice: the latest version is published each
    // time, and the second burst leaves the server no bigger than the first did (memory is
    // compared at a steady state: the first burst also frees what the big document left).
    const burst = async () => {
      for (let i = 0; i < 1000; i++)
        version = await client.change(uri, [
          {range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}}, text: i % 2 ? 'legendary ' : 'Critics say '}
        ])
      params = await client.diagnostics(uri, (p) => p.version === version, {timeout: 60000})
      await new Promise((resolve) => setTimeout(resolve, 500))
      return rssMb(client.proc.pid)
    }
    const first = await burst()
    assert.ok(params.diagnostics.length >= 500)
    const second = await burst()
    assert.ok(params.diagnostics.length >= 1000)
    assert.ok(second < first + 150, `memory after the second burst: ${Math.round(second)} MB, after the first: ${Math.round(first)} MB`)
    // Still answering.
    assert.ok((await client.hover(uri, {line: 0, character: 1}))?.contents)
    assert.equal(await client.close(), 0, client.stderr)
  })

  it('a workspace whose config is a device, a FIFO or a link out of the workspace', async () => {
    const client = new Client()
    await client.initialize(undefined, {debounce: 0})
    const outside = folder({'.slantrc.json': '{"preset": "ap"}'})
    /** @type {Array<[string, RegExp | null]>} */
    const cases = [
      ['/dev/zero', /config file is not a regular file \(a character device\)/u],
      [path.join(outside, '.slantrc.json'), null]
    ]
    for (const [target, error] of cases) {
      const dir = folder({})
      fs.symlinkSync(target, path.join(dir, '.slantrc.json'))
      const params = await client.open(uriOf(dir, 'a.md'), 'Troops entered Kiev.\n')
      if (error) {
        assert.equal(params.diagnostics.length, 1)
        assert.match(params.diagnostics[0].message, error)
        assert.ok(!params.diagnostics[0].message.includes('\n'))
      } else {
        // A link to a regular file is read like the file it leads to.
        assert.deepEqual(
          params.diagnostics.map((d) => d.code),
          ['house-ap']
        )
      }
    }
    const fifoDir = folder({})
    assert.equal((await import('node:child_process')).spawnSync('mkfifo', [path.join(fifoDir, '.slantrc')]).status, 0)
    const fifo = await client.open(uriOf(fifoDir, 'a.md'), 'Troops entered Kiev.\n')
    assert.match(fifo.diagnostics[0].message, /config file is not a regular file \(a FIFO\)/u)
    assert.equal(await client.close(), 0, client.stderr)
  })
})
