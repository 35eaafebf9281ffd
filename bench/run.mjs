#!/usr/bin/env node
// The benchmark: slant against the bare parse pipeline and alex, on the same inputs in one run.
// Every measurement is a fresh process (wall time, as a user sees it) except the re-lint probe,
// which runs in process like the language server, and the editor probe, which drives the
// language server as an editor does. Prints medians, words per second, peak memory and the
// target ratios, and writes them as JSON.
//
//   npm run bench                     # the whole benchmark (a few minutes on 2 cores)
//   node bench/run.mjs --smoke        # every task once on a tiny corpus (CI's check)
//   node bench/run.mjs --runs 3 --out results.json
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {performance} from 'node:perf_hooks'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'
import {buildCorpus} from './build-corpus.mjs'

const here = path.dirname(fileURLToPath(import.meta.url))
const root = path.dirname(here)
const {values} = parseArgs({options: {smoke: {type: 'boolean'}, runs: {type: 'string'}, out: {type: 'string'}, corpus: {type: 'string'}}})
const smoke = Boolean(values.smoke)

const corpus = values.corpus ? path.resolve(values.corpus) : smoke ? fs.mkdtempSync(path.join(os.tmpdir(), 'slant-bench-')) : path.join(here, 'corpus')
if (smoke || !fs.existsSync(path.join(corpus, 'big.md'))) buildCorpus(corpus, smoke ? 0.02 : 1)
const input = {
  articles: fs
    .readdirSync(path.join(corpus, 'articles'))
    .map((name) => path.join(corpus, 'articles', name))
    .sort(),
  single: path.join(corpus, 'single.md'),
  big: path.join(corpus, 'big.md'),
  small: path.join(corpus, 'small.md'),
  article: path.join(corpus, 'article-2000.md')
}

// Every rule on, no preset: the all-rules configuration.
const {loadRuleSpecs} = await import(path.join(root, 'dist/index.js'))
const allRules = path.join(corpus, 'all-rules.json')
fs.writeFileSync(allRules, JSON.stringify({preset: [], rules: Object.fromEntries([...loadRuleSpecs().keys()].map((id) => [id, 'on']))}))

// `--fix` on one draft with 20,000 safe fixes (a speech verb and a house term on each line), ~1.1 MB.
const fixes = smoke ? 200 : 20000
const fixSource = path.join(corpus, 'fix-source.md')
const fixDraft = path.join(corpus, 'fix.md')
const line = 'The minister claimed that the convoy with food and medicine reached Kiev on Monday after talks with local officials.\n'
fs.writeFileSync(fixSource, Array.from({length: fixes / 2}, (_, i) => (i % 5 === 4 ? `${line}\n` : line)).join(''))
/** Each run starts from the draft as it was before any fix. */
const unfixed = () => fs.copyFileSync(fixSource, fixDraft)

const slantBin = path.join(root, 'dist/bin/index.js')
const alexBin = path.join(root, 'node_modules/alex/cli.js')
const slant = (...args) => [slantBin, '--no-color', ...args]
const runs = (n) => (smoke ? 1 : Number(values.runs ?? n))

/** name → {argv, files, runs}: each a whole process, timed from spawn to exit. */
const TASKS = {
  'bare-single': {argv: [path.join(here, 'tasks/bare.mjs'), input.single], files: [input.single], runs: runs(5)},
  'slant-single': {argv: slant('--no-config', input.single), files: [input.single], runs: runs(5)},
  'slant-all-single': {argv: slant('--config', allRules, input.single), files: [input.single], runs: runs(5)},
  'alex-single': {argv: [alexBin, input.single], files: [input.single], runs: runs(3)},
  'slant-big': {argv: slant('--no-config', input.big), files: [input.big], runs: runs(2)},
  'slant-corpus-jobs1': {argv: slant('--no-config', '--jobs', '1', ...input.articles), files: input.articles, runs: runs(5)},
  'slant-corpus-jobs2': {argv: slant('--no-config', '--jobs', '2', ...input.articles), files: input.articles, runs: runs(5)},
  'slant-small': {argv: slant('--no-config', input.small), files: [input.small], runs: runs(10)},
  'alex-small': {argv: [alexBin, input.small], files: [input.small], runs: runs(10)},
  'node-startup': {argv: ['-e', '0'], files: [], runs: runs(10)},
  'slant-fix-lint': {argv: slant('--no-config', '--preset', 'ap', fixDraft), files: [fixSource], runs: runs(3), prepare: unfixed},
  'slant-fix': {argv: slant('--no-config', '--preset', 'ap', '--fix', fixDraft), files: [fixSource], runs: runs(3), prepare: unfixed}
}

const words = (files) => files.reduce((sum, file) => sum + countWords(fs.readFileSync(file, 'utf8')), 0)
/** A word: a whitespace-separated token of the source with a letter or a digit (as in the peer notes). */
function countWords(text) {
  let n = 0
  for (const token of text.split(/\s+/u)) if (/[\p{L}\p{N}]/u.test(token)) n++
  return n
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  const mid = s.length >> 1
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2
}

/**
 * Runs every task `task.runs` times, round robin (run 1 of every task, then run 2…), so load
 * that drifts during the benchmark hits every tool alike. A first untimed round warms the page
 * cache, as hyperfine's warm-up does.
 */
function measureAll(tasks) {
  const probe = path.join(os.tmpdir(), `slant-bench-probe-${process.pid}.json`)
  /** @type {Record<string, number[]>} */
  const times = Object.fromEntries(Object.keys(tasks).map((name) => [name, []]))
  const rss = Object.fromEntries(Object.keys(tasks).map((name) => [name, 0]))
  const rounds = Math.max(...Object.values(tasks).map((t) => t.runs))
  for (let round = smoke ? 1 : 0; round <= rounds; round++) {
    for (const [name, task] of Object.entries(tasks)) {
      if (round > task.runs || (round === 0 && task.runs < 3)) continue
      task.prepare?.()
      const start = performance.now()
      const r = spawnSync(process.execPath, ['--import', path.join(here, 'tasks/probe.mjs'), ...task.argv], {
        cwd: root,
        env: {...process.env, SLANT_BENCH_PROBE: probe},
        stdio: ['ignore', 'ignore', 'pipe'],
        maxBuffer: 64 * 1024 * 1024
      })
      const ms = performance.now() - start
      if (r.status !== 0 && r.status !== 1) throw new Error(`${name} failed (exit ${r.status}): ${String(r.stderr).slice(0, 500)}`)
      if (round > 0) times[name].push(ms)
      rss[name] = Math.max(rss[name], JSON.parse(fs.readFileSync(probe, 'utf8')).maxRssKb / 1024)
    }
    if (round > 0) process.stderr.write(`  round ${round} of ${rounds} done\n`)
  }
  fs.rmSync(probe, {force: true})
  const results = {}
  for (const [name, task] of Object.entries(tasks)) {
    const n = task.files.length === 0 ? 0 : words(task.files)
    const ms = median(times[name])
    const t = times[name]
    results[name] = {
      ms: round1(ms),
      min: round1(Math.min(...t)),
      max: round1(Math.max(...t)),
      runs: t.length,
      words: n,
      wordsPerSecond: n ? Math.round(n / (ms / 1000)) : undefined,
      peakRssMb: round1(rss[name])
    }
  }
  return results
}

function relint() {
  const r = spawnSync(process.execPath, [path.join(here, 'tasks/relint.mjs'), input.article, smoke ? '3' : '60'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024
  })
  if (r.status !== 0) throw new Error(`relint failed: ${r.stderr}`)
  const {times} = JSON.parse(r.stdout)
  const result = {
    ms: round1(median(times)),
    p90: round1([...times].sort((a, b) => a - b)[Math.floor(times.length * 0.9)]),
    edits: times.length,
    words: words([input.article])
  }
  return result
}

/** The editor probe (tasks/editor.mjs): keystroke to diagnostics, and hover and code actions meanwhile. */
function editor() {
  const r = spawnSync(process.execPath, [path.join(here, 'tasks/editor.mjs'), input.article, smoke ? '2' : '40'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
    timeout: 600000
  })
  if (r.status !== 0) throw new Error(`editor probe failed: ${r.stderr}`)
  const {diagnostics, hovers, actions} = JSON.parse(r.stdout)
  const summary = (times) => ({ms: round1(median(times)), p90: round1(percentile(times, 0.9)), max: round1(Math.max(...times)), requests: times.length})
  return {
    'editor-diagnostics-2000-words': {...summary(diagnostics), words: words([input.article])},
    'editor-hover-while-linting': summary(hovers),
    'editor-code-action-while-linting': summary(actions)
  }
}

const percentile = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]
const round1 = (x) => Math.round(x * 10) / 10
const fmtMs = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`)

process.stderr.write(`slant benchmark: corpus ${path.relative(root, corpus) || corpus}, ${os.cpus().length} cores, Node ${process.version}\n\n`)
const results = measureAll(TASKS)
results['relint-2000-words'] = relint()
const EDITOR = Object.keys(Object.assign(results, editor())).filter((name) => name.startsWith('editor-'))

process.stderr.write('\n')
for (const [name, x] of Object.entries(results)) {
  if (name === 'relint-2000-words' || EDITOR.includes(name)) continue
  process.stderr.write(
    `${name.padEnd(20)} ${fmtMs(x.ms).padStart(9)}  (median of ${x.runs}, ${fmtMs(x.min)}–${fmtMs(x.max)})  ${x.wordsPerSecond ? `${x.wordsPerSecond.toLocaleString('en')} words/s`.padEnd(20) : ''.padEnd(20)}  peak ${x.peakRssMb} MB\n`
  )
}
const relinted = results['relint-2000-words']
process.stderr.write(`${'relint-2000-words'.padEnd(20)} ${fmtMs(relinted.ms).padStart(9)}  (median of ${relinted.edits} edits, p90 ${fmtMs(relinted.p90)})\n`)
for (const name of EDITOR) {
  const x = results[name]
  process.stderr.write(`${name.padEnd(32)} ${fmtMs(x.ms).padStart(7)}  (median of ${x.requests}, p90 ${fmtMs(x.p90)}, max ${fmtMs(x.max)})\n`)
}

const r = (name) => results[name].ms
/** Each target: the measured ratio (or figure), the bound, and whether it holds. */
const targets = {
  'default / bare parse (1 MB)': target(r('slant-single') / r('bare-single'), '<=', 1.3),
  'alex / default (1 MB)': target(r('alex-single') / r('slant-single'), '>=', 5),
  'all rules / bare parse (1 MB)': target(r('slant-all-single') / r('bare-single'), '<=', 1.6),
  '10 MB / 1 MB': target(r('slant-big') / r('slant-single'), '<=', 11),
  'jobs 1 / jobs 2 (240 files)': target(r('slant-corpus-jobs1') / r('slant-corpus-jobs2'), '>=', 1.6),
  'cold start slant / alex (1 KB)': target(r('slant-small') / r('alex-small'), '<', 0.5),
  're-lint after an edit, ms (2,000 words)': target(r('relint-2000-words'), '<', 30),
  'peak memory slant / alex (1 MB)': target(results['slant-single'].peakRssMb / results['alex-single'].peakRssMb, '<', 1),
  [`--fix / lint (${fixes.toLocaleString('en')} fixes in one file)`]: target(r('slant-fix') / r('slant-fix-lint'), '<=', 2),
  'editor: keystroke to diagnostics, ms (2,000 words, debounce included)': target(r('editor-diagnostics-2000-words'), '<=', 150),
  'editor: hover while linting, p90 ms': target(results['editor-hover-while-linting'].p90, '<', 20),
  'editor: code action while linting, p90 ms': target(results['editor-code-action-while-linting'].p90, '<', 20)
}

function target(value, op, bound) {
  const ok = op === '<=' ? value <= bound : op === '>=' ? value >= bound : value < bound
  return {value: Math.round(value * 100) / 100, target: `${op} ${bound}`, met: ok}
}

process.stderr.write('\ntargets\n')
for (const [name, t] of Object.entries(targets))
  process.stderr.write(`  ${name.padEnd(70)} ${String(t.value).padStart(7)}  ${t.target.padEnd(7)} ${t.met ? 'met' : 'NOT MET'}\n`)

const out = path.resolve(values.out ?? (smoke ? path.join(corpus, 'results.json') : path.join(here, 'results', 'latest.json')))
const report = {date: new Date().toISOString(), node: process.version, cores: os.cpus().length, cpu: os.cpus()[0]?.model, smoke, results, targets}
fs.mkdirSync(path.dirname(out), {recursive: true})
fs.writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`)
process.stderr.write(`\nwritten: ${path.relative(process.cwd(), out) || out}\n`)
if (smoke) fs.rmSync(corpus, {recursive: true, force: true})
