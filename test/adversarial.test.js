// Hostile and odd inputs: each finishes (in linear time: see bench/README.md) with a clear
// result, and every message keeps an exact range.
import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {describe, it} from 'node:test'
import {fileURLToPath} from 'node:url'
import {lint} from '../dist/index.js'
import {span} from './message-parts.js'

const bin = fileURLToPath(new URL('../dist/bin/index.js', import.meta.url))

/** Lints and checks every range; returns the messages. */
function lintExact(text, options) {
  const file = lint(text, options)
  for (const m of file.messages) {
    if (m.ruleId === 'plain-text-fallback') continue
    assert.equal(text.slice(span(m).start.offset, span(m).end.offset), m.actual)
  }
  return file.messages
}

const ids = (messages) => messages.map((m) => m.ruleId)
const count = (messages, id) => messages.filter((m) => m.ruleId === id).length

function cli(bytes) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'slant-adv-'))
  fs.writeFileSync(path.join(dir, 'a.md'), bytes)
  const r = spawnSync(process.execPath, [bin, '--report', 'json', 'a.md'], {cwd: dir, encoding: 'utf8', timeout: 120000})
  assert.ok(r.status === 0 || r.status === 1, r.stderr)
  return JSON.parse(r.stdout)[0].messages
}

describe('adversarial input', () => {
  it('a 10 MB single line', () => {
    const sentence = 'The council met on Monday to discuss the budget and the roads, a spokesman said. '
    const chunk = `${sentence.repeat(499)}The legendary coach arrived. `
    const n = Math.ceil(10_000_000 / chunk.length)
    const text = chunk.repeat(n)
    assert.ok(text.length >= 10_000_000 && !text.includes('\n'))
    assert.equal(count(lintExact(text), 'puffery'), n)
  })
  it('10,000 nested block quotes: linted as plain text, with a note', () => {
    const messages = lintExact(`${'> '.repeat(10_000)}The legendary coach arrived.\n`)
    assert.equal(messages[0].ruleId, 'plain-text-fallback')
    assert.match(messages[0].reason, /nested too deeply \(line 1\); linted as plain text/)
    assert.ok(ids(messages).includes('puffery'))
  })
  it('10,000 nested lists, one line each', () => {
    const text = `${Array.from({length: 10_000}, (_, i) => `${'  '.repeat(i)}- item`).join('\n')}\n\nThe legendary coach arrived.\n`
    const messages = lintExact(text)
    assert.match(messages[0].reason, /nested too deeply \(line \d+\)/)
    assert.equal(count(messages, 'puffery'), 1)
  })
  it('nested lists up to the limit are still Markdown', () => {
    const text = `${Array.from({length: 40}, (_, i) => `${'  '.repeat(i)}- the legendary coach`).join('\n')}\n`
    const messages = lintExact(text)
    assert.equal(count(messages, 'plain-text-fallback'), 0)
    assert.equal(count(messages, 'puffery'), 40)
  })
  it('10,000 nested ordered lists on one line', () => {
    const messages = lintExact(`${'1. '.repeat(10_000)}The legendary coach arrived.\n`)
    assert.match(messages[0].reason, /nested too deeply/)
    assert.equal(count(messages, 'puffery'), 1)
  })
  it('100,000 unbalanced quotation marks', () => {
    const messages = lintExact(`${'"a legendary '.repeat(100_000)}\n`)
    assert.ok(messages.length > 0)
    assert.ok(messages.every((m) => m.ruleId !== 'crash'))
  })
  it('a file of only apostrophes', () => {
    // One paragraph over 256 KB: linted as plain text, with a note, and nothing else.
    assert.deepEqual(ids(lintExact("'".repeat(1_000_000))), ['plain-text-fallback'])
    assert.deepEqual(ids(lintExact("\u2019 '".repeat(200_000))), ['plain-text-fallback'])
  })
  it('NUL bytes and binary content: one clear message', () => {
    const messages = cli(Buffer.concat([Buffer.from('The legendary coach.\n'), Buffer.from([0, 0xff, 0xfe, 7])]))
    assert.equal(messages.length, 1)
    assert.match(messages[0].reason, /^binary file \(NUL byte at offset 21\)/)
    // Through the API (a string may hold NUL): no crash, exact ranges.
    assert.equal(count(lintExact('The legendary\0 coach.\0\n'), 'puffery'), 1)
  })
  it('invalid UTF-8: one clear message', () => {
    const messages = cli(Buffer.concat([Buffer.from('The legendary coach '), Buffer.from([0xe2, 0x28, 0xa1])]))
    assert.equal(messages.length, 1)
    assert.match(messages[0].reason, /not valid UTF-8 \(first bad byte at offset 20\)/)
  })
  it('a BOM: positions count from the first real character', () => {
    const [message] = cli(Buffer.from('\uFEFFThe legendary coach arrived.\n'))
    assert.equal(message.ruleId, 'puffery')
    assert.deepEqual([message.line, message.column], [1, 5])
    assert.equal(count(lintExact('\uFEFFThe legendary coach arrived.\n'), 'puffery'), 1)
  })
  it('CRLF and lone CR line endings', () => {
    for (const eol of ['\r\n', '\r']) {
      const messages = lintExact(`# Title${eol}${eol}Critics say the plan${eol}is legendary.${eol}${eol}The legendary coach.${eol}`)
      assert.deepEqual(
        messages.map((m) => [m.ruleId, m.line]),
        [
          ['weasel', 3],
          ['puffery', 4],
          ['puffery', 6]
        ]
      )
    }
  })
  it('right-to-left and mixed scripts', () => {
    const messages = lintExact('مرحبا \u202Ethe legendary coach\u202C שלום "עולם" said Dana. 中文 legendary.\n')
    assert.equal(count(messages, 'puffery'), 2)
  })
  it('emoji and combining marks', () => {
    const messages = lintExact('👩‍👩‍👧 The legendary 🏳️‍🌈 coach, cafe\u0301 owner z\u0338\u0322\u0348 and legendary\u0301 fan.\n')
    assert.equal(count(messages, 'puffery'), 1)
  })
  it('a 1 MB table: every cell is linted, with exact ranges', () => {
    const text = `| a | b |\n|---|---|\n${'| the legendary coach | critics say |\n'.repeat(30_000)}`
    assert.ok(text.length > 1_000_000)
    const messages = lintExact(text)
    assert.equal(count(messages, 'puffery'), 30_000)
    assert.equal(count(messages, 'weasel'), 30_000)
  })
  it('deeply nested emphasis and brackets: plain text, with a note', () => {
    for (const text of [
      `${'*'.repeat(20_000)}legendary${'*'.repeat(20_000)}`,
      `${'*_'.repeat(10_000)}legendary${'_*'.repeat(10_000)}`,
      `${'['.repeat(20_000)}legendary${']'.repeat(20_000)}(u)`
    ]) {
      const messages = lintExact(text)
      assert.match(messages[0].reason, /too many emphasis, link or code marks in one paragraph \(from line 1\); linted as plain text/)
      assert.equal(count(messages, 'puffery'), 1)
    }
  })
})
