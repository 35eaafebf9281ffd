// `slant sources`: the sourcing map, run as a real process, with exact offsets.
import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {describe, it} from 'node:test'
import {fileURLToPath} from 'node:url'

const bin = fileURLToPath(new URL('../dist/cli/index.js', import.meta.url))
const article = `# Council approves budget, mayor says

Mayor Jo Lind told the Daily Courier that the budget was balanced.

"We have kept every promise," she said. "Every single one of them."

Officials said 40 jobs would go. Sources close to the council said the vote was rigged.

According to the finance department, spending rose 4 percent.

Turnout was a disaster.
`

function sources(args, text = article) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'slant-sources-'))
  fs.writeFileSync(path.join(dir, 'story.md'), text)
  const r = spawnSync(process.execPath, [bin, 'sources', ...args, 'story.md'], {cwd: dir, encoding: 'utf8'})
  assert.equal(r.status, 0, r.stderr)
  return {out: r.stdout, text}
}

describe('slant sources --json', () => {
  const {out, text} = sources(['--json'])
  const [map] = JSON.parse(out)
  it('gives offsets whose text is the text at that range', () => {
    for (const a of map.attributions) {
      for (const key of ['source', 'cue', 'content', 'recipient']) {
        if (a[key]) assert.equal(text.slice(a[key].start, a[key].end), a[key].text, key)
      }
    }
  })
  it('lists the attributions in reading order with source kinds', () => {
    assert.deepEqual(
      map.attributions.map((a) => [a.source?.text, a.sourceKind, a.kind]),
      [
        ['mayor', 'person', 'indirect'],
        ['Mayor Jo Lind', 'person', 'indirect'],
        ['she', 'pronoun', 'direct'],
        ['she', 'pronoun', 'direct'],
        ['Officials', 'anonymous', 'indirect'],
        ['Sources close to the council', 'anonymous', 'indirect'],
        ['the finance department', 'organisation', 'indirect']
      ]
    )
  })
  it('resolves pronouns to the named source before them', () => {
    assert.equal(map.attributions[2].resolved, 'Mayor Jo Lind')
  })
  it('says who was told', () => {
    assert.equal(map.attributions[1].recipient.text, 'the Daily Courier')
  })
  it('summarises the article and its unattributed claims', () => {
    assert.deepEqual(map.summary.anonymous, ['Officials', 'Sources close to the council'])
    assert.equal(map.summary.directQuotes, 2)
    assert.deepEqual(
      map.unattributed.map((c) => c.sentence.text),
      ['Turnout was a disaster.']
    )
  })
})

describe('slant sources (human)', () => {
  it('prints the map, the unattributed claims and the summary', () => {
    const {out} = sources([])
    assert.match(out, /Mayor Jo Lind \[person\] told the Daily Courier/)
    assert.match(out, /Unattributed claims:\n\s+\d+\s+narrative: “Turnout was a disaster\.” — was a disaster \(opinion-as-fact\)/)
    assert.match(out, /Summary: .*2 anonymous \(Officials, Sources close to the council\)/)
  })
})
