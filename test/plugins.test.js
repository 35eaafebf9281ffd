// slant as unified plugins: remark (in unified-engine, configured by a .remarkrc, as remark-cli
// runs it), retext, and the processor's own process(); the API's fixes and sourcing map.
import assert from 'node:assert/strict'
import fs from 'node:fs'
import path from 'node:path'
import {PassThrough} from 'node:stream'
import {describe, it} from 'node:test'
import {fileURLToPath} from 'node:url'
import remarkParse from 'remark-parse'
import remarkStringify from 'remark-stringify'
import {retext} from 'retext'
import {unified} from 'unified'
import {engine} from 'unified-engine'
import {createProcessor, fix, lint, remarkSlant, retextSlant, sourcingMap} from '../dist/index.js'
import {folder, slant} from './cli-helpers.js'

const repo = fileURLToPath(new URL('..', import.meta.url))
const article = fs.readFileSync(new URL('../examples/protest.md', import.meta.url), 'utf8')
const drafts = {
  'protest.md': article,
  'desk/kyiv.md':
    '---\ngenre: news\n---\n\n# Troops enter Kiev\n\nThe legendary coach claimed the win. | cell |\n\n<!-- slant ignore puffery -->\nA legendary result.\n',
  'desk/table.md': '| city | note |\n| - | - |\n| Kiev | a draconian law |\n'
}

/** What a message says, without the file: range, rule and reason. */
const said = (m) =>
  `${m.line}:${m.column}-${m.position?.end.line ?? m.place?.end?.line}:${m.position?.end.column ?? m.place?.end?.column} ${m.ruleId} ${m.reason}`
const saidBy = (dir, files) =>
  Object.fromEntries(files.map((f) => [path.relative(dir, path.resolve(f.cwd, f.path)).split(path.sep).join('/'), f.messages.map(said)]))

function runEngine(cwd) {
  return new Promise((resolve, reject) => {
    engine(
      {
        processor: unified().use(remarkParse).use(remarkStringify),
        cwd,
        files: ['.'],
        extensions: ['md'],
        rcName: '.remarkrc',
        packageField: 'remarkConfig',
        pluginPrefix: 'remark',
        out: false,
        streamError: new PassThrough(),
        reporter: () => ''
      },
      (error, code, context) => (error ? reject(error) : resolve({code, files: context?.files}))
    )
  })
}

describe('remark plugin', () => {
  it('unified-engine with a .remarkrc using slant/remark gives the same messages as `slant`', async () => {
    const dir = folder({
      ...drafts,
      '.remarkrc.json': JSON.stringify({plugins: [['slant/remark', {preset: ['ap', 'packs/russia-ukraine']}]]}),
      '.slantrc.yaml': 'preset: [ap, packs/russia-ukraine]\n'
    })
    // slant installed in the project, as npm would link it.
    fs.mkdirSync(path.join(dir, 'node_modules'))
    fs.symlinkSync(repo, path.join(dir, 'node_modules', 'slant'), 'dir')
    const {files} = await runEngine(dir)
    const cli = slant(['--report', 'json', '.'], {cwd: dir})
    assert.ok(cli.code === 0 || cli.code === 1, cli.stderr)
    const fromCli = Object.fromEntries(JSON.parse(cli.stdout).map((f) => [f.path, f.messages.map(said)]))
    const fromEngine = saidBy(dir, files)
    assert.deepEqual(fromEngine, fromCli)
    assert.ok(fromEngine['protest.md'].length >= 4)
    assert.ok(fromEngine['desk/kyiv.md'].some((m) => m.includes('pack-russia-ukraine') || m.includes('house-ap')))
  })

  it('works in a remark() pipeline: process() compiles with remark-stringify, messages as lint()', async () => {
    const file = await unified().use(remarkParse).use(remarkSlant, {preset: 'ap'}).use(remarkStringify).process(article)
    assert.deepEqual(file.messages.map(said), lint(article, {preset: 'ap'}).messages.map(said))
    assert.match(String(file), /Riot police clash/)
  })

  it('refuses bad options with a message naming them', () => {
    assert.throws(() => unified().use(remarkParse).use(remarkSlant, {preset: 'nope'}).freeze(), /remark-slant options: preset: unknown preset `nope`/)
    // @ts-expect-error an unknown option, on purpose: the plugin must refuse it
    assert.throws(() => unified().use(remarkParse).use(remarkSlant, {colour: 'red'}).freeze(), /remark-slant options: colour: unknown setting/)
  })
})

describe('retext plugin', () => {
  it('lints a plain-text retext pipeline as slant lints a .txt draft', async () => {
    const text = 'Troops enter Kiev\n\nThe legendary coach claimed the win. "It was a disaster," she said.\n'
    const file = await retext().use(retextSlant, {preset: 'ap'}).process(text)
    const expected = lint(text, {preset: 'ap', format: 'text'}).messages.map(said)
    assert.deepEqual(file.messages.map(said), expected)
    assert.ok(expected.length >= 2)
    assert.equal(String(file), text)
  })
})

describe('API', () => {
  it('createProcessor().process() works and leaves the draft as it was', async () => {
    const file = await createProcessor({preset: 'ap'}).process(article)
    assert.equal(String(file), article)
    assert.deepEqual(file.messages.map(said), lint(article, {preset: 'ap'}).messages.map(said))
  })

  it('fix() applies the safe fixes only; sourcingMap() maps who is credited', () => {
    const draft = 'Troops entered Kiev. The minister claimed it was over. A legendary coach.\n'
    const fixed = fix(draft, {preset: 'ap'})
    assert.equal(fixed.value, 'Troops entered Kyiv. The minister said it was over. A legendary coach.\n')
    assert.deepEqual(fixed.applied.map((e) => e.ruleId).sort(), ['house-ap', 'speech-verb'])
    assert.deepEqual(
      fixed.file.messages.map((m) => m.ruleId),
      ['puffery']
    )
    const map = sourcingMap(lint(article, {preset: 'ap', path: 'protest.md'}))
    assert.equal(map.path, 'protest.md')
    assert.ok(map.attributions.some((a) => a.source?.text === 'Marta Silva'))
  })
})
