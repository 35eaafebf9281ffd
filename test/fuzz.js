// The fuzzer: real news prose (the Brown Corpus press sections) mutated with random Markdown,
// quotation marks, comments, front matter, Unicode and control characters, and the invariants
// every lint must keep. test/fuzz.test.js runs it with a fixed seed; `node test/fuzz.js N SEED`
// runs N cases and prints a summary (each failure with the seed and case that found it).
import assert from 'node:assert/strict'
import {brownSamples, readSample} from '../bench/brown.mjs'
import {mulberry32} from '../bench/build-corpus.mjs'
import {lint} from '../dist/index.js'
import {fixText} from '../dist/fix/edits.js'

const MARKDOWN = [
  '*',
  '**',
  '_',
  '__',
  '`',
  '``',
  '~~',
  '[',
  ']',
  '](https://example.com)',
  '![',
  '<b>',
  '</b>',
  '&amp;',
  '&#8220;',
  '&',
  '\\',
  '\\*',
  '> ',
  '- ',
  '* ',
  '1. ',
  '# ',
  '## ',
  '\n',
  '\n\n',
  '  \n',
  '| a | b |\n|---|---|\n| ',
  ' | ',
  '```\n',
  '\n```\n',
  '    ',
  '---\n',
  '***\n',
  '<https://example.com>',
  'https://example.com/a_b',
  'www.example.com',
  'a@example.com',
  '[^1]',
  '\n[^1]: note\n',
  '[x]: https://example.com\n'
]
const QUOTES = [
  '"',
  '"',
  "'",
  '\u201C',
  '\u201D',
  '\u2018',
  '\u2019',
  '\u00AB',
  '\u00BB',
  '\u201E',
  '\u2039',
  '\u203A',
  '``',
  "''",
  ' "',
  '" ',
  ', "',
  ',"',
  '." ',
  ' said. "'
]
const COMMENTS = [
  '<!-- slant ignore puffery -->\n',
  '<!-- slant disable -->\n',
  '<!-- slant enable -->\n',
  '<!-- slant ignore -->',
  '<!--',
  '-->',
  '<!-- slant disable speech-verb weasel -->\n',
  '<!-- x --> '
]
const FRONT_MATTER = [
  '---\ngenre: opinion\n---\n\n',
  '---\ngenre: [x\n---\n',
  '---\ngenre: {a: 1}\n---\n',
  '---\ngenre: obituary\n---\n',
  '---\n---\n',
  '+++\ngenre = "news"\n+++\n',
  '---\na: &a [x]\nb: *a\n---\n',
  '---\ngenre: "court\n---\n',
  '---\n'
]
const UNICODE = [
  '\uFEFF',
  '\u200B',
  '\u200D',
  '\u00A0',
  '\u2028',
  '\u2029',
  'e\u0301',
  '\u0301',
  '\u202E',
  '\u2066',
  '👩‍👩‍👧',
  '🏳️‍🌈',
  '\uD83D',
  '\uDC4D',
  '\uFFFD',
  '\uFFFC',
  'שלום',
  'مرحبا',
  '中文',
  'İ',
  'ß',
  'ﬁ',
  '\u2026',
  '\u2014',
  '\u2013'
]
const CONTROL = ['\0', '\x01', '\x07', '\b', '\t', '\v', '\f', '\r', '\r\n', '\x1b[31m', '\x7f', '\x85']
const WORDS = [
  'legendary',
  'claimed',
  'critics say',
  'terrorists',
  'slammed',
  'reportedly',
  'Unfortunately,',
  'said',
  'according to',
  'police said',
  'regime',
  'pro-life',
  'admitted',
  'so-called',
  'illegal immigrant',
  'insisted',
  'it is believed',
  '40 percent'
]
const KINDS = [MARKDOWN, QUOTES, COMMENTS, UNICODE, CONTROL, WORDS]

/** @type {string[] | undefined} */
let paragraphs
/** The press sections' paragraphs, read once (about 2,500). */
function prose() {
  if (!paragraphs) {
    paragraphs = []
    for (const [i, name] of brownSamples().entries()) for (const p of readSample(name, {curly: i % 2 === 0})) paragraphs.push(p.text)
  }
  return paragraphs
}

/** @typedef {{text: string, format: import('../dist/index.js').Format, preset: string}} FuzzCase */

/**
 * Case `index` of the run seeded `seed`: the same text on every machine.
 * @param {number} seed
 * @param {number} index
 * @returns {FuzzCase}
 */
export function fuzzCase(seed, index) {
  const random = mulberry32((seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0)
  /** @type {<T>(list: readonly T[]) => T} */
  const pick = (list) => list[Math.floor(random() * list.length)]
  const source = prose()
  const start = Math.floor(random() * source.length)
  let text = Array.from({length: 1 + Math.floor(random() * 4)}, (_, i) => source[(start + i) % source.length]).join(random() < 0.8 ? '\n\n' : '\n')
  const mutations = Math.floor(random() * 12)
  for (let m = 0; m < mutations; m++) {
    const at = Math.floor(random() * (text.length + 1))
    const op = random()
    if (op < 0.7) text = text.slice(0, at) + pick(pick(KINDS)) + text.slice(at)
    else if (op < 0.8) text = text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * 20))
    else if (op < 0.9) text = text.slice(0, at) + text.slice(at, at + 40) + text.slice(at)
    else text = text.slice(0, at) + String.fromCharCode(Math.floor(random() * 0x3000)) + text.slice(at)
  }
  if (random() < 0.15) text = pick(FRONT_MATTER) + text
  const format = random() < 0.85 ? 'markdown' : 'text'
  const preset = pick(['neutral', 'ap', 'wikipedia', 'wire', 'conflict-sensitive', 'ap,inclusive'])
  return {text, format, preset}
}

/** The messages as plain data, for comparing two runs. @param {import('vfile').VFile} file */
function snapshot(file) {
  return JSON.stringify(file.messages.map((m) => [m.ruleId, m.reason, m.place, m.actual, m.expected, m.fatal]))
}

/**
 * Applies changes (sorted, in the original text's offsets) to `source`.
 * @param {string} source
 * @param {import('../dist/fix/edits.js').FixResult['changes']} changes
 */
function applyChanges(source, changes) {
  let out = ''
  let at = 0
  for (const change of changes) {
    assert.ok(
      change.start >= at && change.end >= change.start && change.end <= source.length,
      `change ${change.start}-${change.end} after ${at} in ${source.length}`
    )
    out += source.slice(at, change.start) + change.text
    at = change.end
  }
  return out + source.slice(at)
}

/**
 * Checks every invariant on one case; throws an AssertionError naming the broken one.
 * @param {FuzzCase} input
 */
export function checkCase({text, format, preset}) {
  const options = {format, preset}
  const first = lint(text, options)
  for (const m of first.messages) {
    // A failure on the file (a throw caught by lintFile); a malformed `<!-- slant … -->`
    // comment is a fatal message with no rule id too, but it is a finding, not a failure.
    assert.ok(!m.reason.startsWith('cannot lint this file'), `no failure: ${m.reason}`)
    if (!m.place || !('start' in m.place)) continue
    const {
      start: {offset: from},
      end: {offset: to}
    } = m.place
    assert.ok(typeof from === 'number' && typeof to === 'number' && Number.isInteger(from) && Number.isInteger(to), `${m.ruleId}: offsets`)
    assert.ok(from >= 0 && from <= to && to <= text.length, `${m.ruleId}: range ${from}-${to} of ${text.length}`)
    assert.equal(text.slice(from, to), m.actual, `${m.ruleId}: range text is actual`)
  }
  assert.equal(snapshot(lint(text, options)), snapshot(first), 'deterministic')
  const fix = (/** @type {string} */ value) => fixText(value, (v) => lint(v, options))
  const once = fix(text)
  assert.equal(applyChanges(text, once.changes), once.output, '--fix changes only the bytes of its edits')
  assert.equal(fix(once.output).output, once.output, '--fix twice equals once')
}

/**
 * Runs `cases` cases from `seed`; returns the failures as {index, input, error}.
 * @param {number} cases
 * @param {number} seed
 * @param {(index: number) => void} [onCase] called after each case
 */
export function fuzz(cases, seed, onCase = () => {}) {
  /** @type {Array<{index: number, input: FuzzCase, error: Error}>} */
  const failures = []
  for (let index = 0; index < cases; index++) {
    const input = fuzzCase(seed, index)
    try {
      checkCase(input)
    } catch (error) {
      failures.push({index, input, error: error instanceof Error ? error : new Error(String(error))})
    }
    onCase(index)
  }
  return failures
}

// (Not when the test runner loads this file as a test of its own.)
if (import.meta.url === `file://${process.argv[1]}` && !process.env.NODE_TEST_CONTEXT) {
  const cases = Number(process.argv[2] ?? 1000)
  const seed = Number(process.argv[3] ?? 20261202)
  const started = performance.now()
  const failures = fuzz(cases, seed, (i) => {
    if ((i + 1) % 1000 === 0) process.stderr.write(`${i + 1} cases, ${Math.round((performance.now() - started) / 1000)} s\n`)
  })
  for (const f of failures.slice(0, 20))
    console.log(`case ${f.index} (seed ${seed}, ${f.input.format}, ${f.input.preset}): ${f.error.message.split('\n')[0]}\n${JSON.stringify(f.input.text)}\n`)
  console.log(`${cases - failures.length} passed, ${failures.length} failed (seed ${seed}, ${Math.round((performance.now() - started) / 1000)} s)`)
  process.exitCode = failures.length > 0 ? 1 : 0
}
