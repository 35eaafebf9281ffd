// lint(), the CLI and the language server are three front doors to one engine: on a nested tree
// of drafts, each with the `.slantrc` and `.slantignore` nearest to it, they give the same
// messages.
import assert from 'node:assert/strict'
import fs from 'node:fs'
import path from 'node:path'
import {after, before, describe, it} from 'node:test'
import {pathToFileURL} from 'node:url'
import {lint} from '../dist/index.js'
import {folder, slant} from './cli-helpers.js'
import {Client, stopAll} from './lsp-client.js'
import {span} from './message-parts.js'

// A failed assertion must not leave a language server running (it would keep the run alive).
after(stopAll)

const DRAFT = 'The coach claimed that the legendary plan failed.\n\nCritics say the draconian law is a disaster.\n'
const TREE = {
  '.slantrc.yaml': 'preset: ap\nrules:\n  speech-verb: error\n',
  '.slantignore': 'archive/\n',
  'a.md': DRAFT,
  'archive/old.md': DRAFT,
  'desk/.slantrc.json': '{"preset": "wikipedia", "rules": {"loaded-emotive": "off", "opinion-as-fact": "error"}}',
  'desk/b.md': DRAFT,
  'desk/notes.txt': DRAFT,
  'desk/sub/.slantignore': 'skip.md\n',
  'desk/sub/c.md': `---\ngenre: opinion\n---\n\n${DRAFT}`,
  'desk/sub/skip.md': DRAFT,
  'other/.slantrc.json': '{"preset": [], "prefer": {"coach": "trainer"}}',
  'other/d.md': DRAFT
}
const DRAFTS = Object.keys(TREE).filter((name) => /\.(?:md|txt)$/u.test(name))
const IGNORED = ['archive/old.md', 'desk/sub/skip.md']

const SEVERITY = {1: 'error', 2: 'warning', 3: 'info'}
const severityOf = (fatal) => (fatal === true ? 'error' : fatal === false ? 'warning' : 'info')

/** A message as the three doors can all say it: rule, 1-based range, reason, severity. */
const key = (rule, start, end, reason, severity) => `${start.line}:${start.column}-${end.line}:${end.column} ${severity} ${rule}: ${reason}`

describe('lint(), the CLI and the language server agree on a nested tree', () => {
  let dir
  let client
  const byDoor = {api: {}, cli: {}, server: {}}

  before(async () => {
    dir = folder(TREE)
    for (const name of DRAFTS) {
      const file = lint(TREE[name], {path: path.join(dir, name), discover: true})
      byDoor.api[name] = file.messages.map((m) => key(m.ruleId, span(m).start, span(m).end, m.reason, severityOf(m.fatal)))
    }
    const run = slant(['--report', 'json', '--jobs', '1'], {cwd: dir})
    assert.notEqual(run.code, 2, run.stderr)
    for (const file of JSON.parse(run.stdout)) {
      byDoor.cli[file.path.split(path.sep).join('/')] = file.messages.map((m) => key(m.ruleId, m.place.start, m.place.end, m.reason, m.severity))
    }
    client = new Client()
    await client.initialize()
    for (const name of DRAFTS) {
      const params = await client.open(pathToFileURL(path.join(dir, name)).href, TREE[name], name.endsWith('.txt') ? 'plaintext' : 'markdown')
      byDoor.server[name] = params.diagnostics.map((d) =>
        key(
          d.code,
          {line: d.range.start.line + 1, column: d.range.start.character + 1},
          {line: d.range.end.line + 1, column: d.range.end.character + 1},
          d.message.split('\nSource: ')[0],
          SEVERITY[d.severity]
        )
      )
    }
  })

  after(async () => {
    if (client) assert.equal(await client.close(), 0, client.stderr)
    if (dir) fs.rmSync(dir, {recursive: true, force: true})
  })

  it('leaves out the drafts the nearest .slantignore lists, from the draft’s own folder upwards', () => {
    assert.deepEqual(Object.keys(byDoor.cli).sort(), DRAFTS.filter((name) => !IGNORED.includes(name)).sort())
    for (const name of IGNORED) {
      assert.deepEqual(byDoor.api[name], [], `lint() on ${name}`)
      assert.deepEqual(byDoor.server[name], [], `server on ${name}`)
    }
  })

  it('each draft gets the nearest configuration', () => {
    // ap (with speech-verb raised): `claimed` is an error; wikipedia (with opinion-as-fact
    // raised): opinion-as-fact is an error and loaded-emotive is off here;
    // no preset: only the house vocabulary.
    assert.ok(byDoor.api['a.md'].some((m) => / error speech-verb: /u.test(m)))
    assert.ok(byDoor.api['desk/b.md'].some((m) => / error opinion-as-fact: /u.test(m)))
    assert.ok(!byDoor.api['desk/b.md'].some((m) => / loaded-emotive: /u.test(m)))
    assert.deepEqual(
      byDoor.api['other/d.md'].map((m) => m.split(' ')[2]),
      ['house-custom:']
    )
  })

  for (const name of DRAFTS.filter((n) => !IGNORED.includes(n))) {
    it(`${name}: the same messages from all three`, () => {
      assert.ok(byDoor.api[name].length > 0)
      assert.deepEqual(byDoor.cli[name], byDoor.api[name], 'CLI and lint()')
      assert.deepEqual(byDoor.server[name], byDoor.api[name], 'language server and lint()')
    })
  }
})
