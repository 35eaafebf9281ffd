// Scores slant on the real-copy regression set: runs the built CLI over the Brown press samples
// the fixture names, matches every message to a hand judgement (document, rule, offsets, actual
// text) and computes each rule's precision, true / (true + false), over the judged messages that
// fire. See docs/real-copy.md.
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {writeDocuments} from './documents.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))

/** The committed judgements. */
export const FIXTURE = path.join(root, 'test/fixtures/real-copy/judgements.json')

export function readFixture(file = FIXTURE) {
  return JSON.parse(fs.readFileSync(file, 'utf8'))
}

/**
 * Every message slant gives on the fixture's documents (default preset, no config file), each as
 * {doc, rule, start, end, actual, reason, sentence, paragraph}.
 */
export function lintDocuments(fixture, {bin = path.join(root, 'dist/bin/index.js')} = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'slant-real-copy-'))
  try {
    const docs = writeDocuments(dir, fixture.documents)
    const args = [bin, '--no-config', '--report', 'json', ...fixture.args, ...docs.map((d) => d.file)]
    const run = spawnSync(process.execPath, args, {cwd: dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024})
    if (run.status !== 0 && run.status !== 1) throw new Error(`slant exited ${run.status}: ${run.stderr}`)
    const byFile = new Map(JSON.parse(run.stdout).map((f) => [path.resolve(dir, f.path), f.messages]))
    const messages = []
    for (const doc of docs) {
      for (const m of byFile.get(doc.file) ?? []) {
        const start = m.place.start.offset
        const end = m.place.end.offset
        messages.push({doc: doc.name, rule: m.ruleId, start, end, actual: doc.text.slice(start, end), reason: m.reason, ...context(doc.text, start, end)})
      }
    }
    return {messages, words: docs.reduce((sum, d) => sum + d.words, 0)}
  } finally {
    fs.rmSync(dir, {recursive: true, force: true})
  }
}

/** The paragraph around a span, and the sentence (or sentences) it sits in. */
function context(text, start, end) {
  const from = text.lastIndexOf('\n\n', start) + 1
  const to = text.indexOf('\n\n', end)
  const paragraph = text.slice(from, to === -1 ? undefined : to).trim()
  const offset = text.indexOf(paragraph, from)
  const bounds = [0]
  for (const match of paragraph.matchAll(/[.!?]"?\s+(?=["(]?[\p{Lu}\d])/gu)) bounds.push(match.index + match[0].length)
  bounds.push(paragraph.length)
  const first = bounds.findLast((b) => b <= start - offset) ?? 0
  const last = bounds.find((b) => b >= end - offset) ?? paragraph.length
  return {sentence: paragraph.slice(first, last).trim(), paragraph}
}

/**
 * The fixture with its pending documents and their judgements scored too (`only`: the pending
 * documents alone), to see whether they can join the scored set.
 */
export function withPending(fixture, {only = false} = {}) {
  const pending = fixture.pending ?? {documents: [], judgements: []}
  return {
    ...fixture,
    documents: only ? [...pending.documents] : [...fixture.documents, ...pending.documents],
    judgements: only ? [...pending.judgements] : [...fixture.judgements, ...pending.judgements]
  }
}

const key = (m) => `${m.doc}:${m.rule}:${m.start}:${m.end}:${m.actual}`

/**
 * Matches messages to judgements and checks every rule against its floor and its baseline;
 * `patterns` counts the false positives by rule and judged pattern (shown with --verbose).
 * @returns {{rules: object[], unjudged: object[], gone: object[], failures: string[], patterns: Map<string, number>, messages: number, words: number, per100: number}}
 */
export function score(fixture, {messages, words}) {
  const judged = new Map(fixture.judgements.map((j) => [key(j), j]))
  const fired = new Set(messages.map(key))
  const unjudged = messages.filter((m) => !judged.has(key(m)))
  const gone = fixture.judgements.filter((j) => !fired.has(key(j)))
  const counts = new Map()
  for (const m of messages) {
    const j = judged.get(key(m))
    if (!j) continue
    const c = counts.get(m.rule) ?? {rule: m.rule, true: 0, false: 0}
    c[j.verdict ? 'true' : 'false']++
    counts.set(m.rule, c)
  }
  const failures = []
  const rules = [...counts.values()].sort((a, b) => a.rule.localeCompare(b.rule))
  for (const c of rules) {
    c.precision = c.true / (c.true + c.false)
    c.sourcing = fixture.sourcingRules.includes(c.rule)
    c.floor = c.sourcing ? fixture.floors.sourcing : fixture.floors.word
    c.baseline = fixture.baseline[c.rule]
    c.known = fixture.knownBelowFloor[c.rule]
    const shown = `${c.rule}: precision ${c.precision.toFixed(3)} (${c.true} true, ${c.false} false)`
    if (c.baseline !== undefined && c.precision < c.baseline - 1e-9) failures.push(`${shown} is below its baseline ${c.baseline.toFixed(3)}`)
    else if (c.precision < c.floor && c.known === undefined)
      failures.push(`${shown} is below the floor ${c.floor} for ${c.sourcing ? 'sourcing' : 'word-level'} rules`)
  }
  for (const rule of Object.keys(fixture.baseline)) {
    if (!counts.has(rule)) failures.push(`${rule}: has a baseline but no judged message fires any more; judge its new messages or drop the baseline`)
  }
  const allowed = Math.floor(fixture.judgements.length * fixture.maxUnjudgedShare)
  if (unjudged.length > allowed) failures.push(`${unjudged.length} messages are not judged (at most ${allowed} may be): judge them (docs/real-copy.md)`)
  const patterns = new Map()
  for (const m of messages) {
    const j = judged.get(key(m))
    if (!j || j.verdict) continue
    const name = `${m.rule}: ${j.pattern}`
    patterns.set(name, (patterns.get(name) ?? 0) + 1)
  }
  return {rules, unjudged, gone, failures, patterns, messages: messages.length, words, per100: (100 * messages.length) / words}
}

/** The score as text: the precision table, rules known to be below their floor, what changed. */
export function formatScore(result, {verbose = false} = {}) {
  const lines = [
    `${result.messages} messages on ${result.words} words: ${result.per100.toFixed(2)} per 100 words`,
    '',
    'rule                      true false precision floor baseline'
  ]
  for (const c of result.rules) {
    let mark = ''
    if (c.precision < c.floor) mark = c.known === undefined ? '  BELOW FLOOR' : '  below floor (known-below-floor)'
    else if (c.known !== undefined) mark = '  meets its floor now: remove its known-below-floor mark'
    if (c.baseline !== undefined && c.precision - c.baseline >= 0.001) mark += '  (above baseline: raise it)'
    lines.push(
      `${c.rule.padEnd(25)} ${String(c.true).padStart(4)} ${String(c.false).padStart(5)} ${c.precision.toFixed(3).padStart(9)} ${c.floor.toFixed(2).padStart(5)} ${(c.baseline?.toFixed(3) ?? '-').padStart(8)}${mark}`
    )
  }
  if (verbose && result.patterns.size > 0) {
    lines.push('', 'false alarms that still fire, by pattern:')
    for (const [name, count] of [...result.patterns].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])))
      lines.push(`  ${String(count).padStart(3)}  ${name}`)
  }
  if (result.gone.length > 0) {
    const lost = result.gone.filter((j) => j.verdict).length
    lines.push('', `${result.gone.length} judged messages no longer fire (${lost} true, ${result.gone.length - lost} false alarms)`)
    if (verbose)
      for (const j of result.gone) lines.push(`  ${j.verdict ? 'true ' : 'false'} ${j.doc} ${j.rule} ${j.start}-${j.end} ${JSON.stringify(j.actual)}`)
  }
  if (result.unjudged.length > 0) {
    lines.push('', `${result.unjudged.length} unjudged messages (add them to ${path.relative(root, FIXTURE)}):`)
    for (const m of result.unjudged)
      lines.push(`  ${JSON.stringify({doc: m.doc, rule: m.rule, start: m.start, end: m.end, actual: m.actual, sentence: m.sentence})}`)
  }
  for (const failure of result.failures) lines.push(`FAIL ${failure}`)
  return lines.join('\n')
}
