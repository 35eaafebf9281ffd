// Hostile trees and inputs, built in a temporary folder and linted by the real command: each run
// finishes within a bound proportional to the text it holds, peaks under 512 MB of resident
// memory, exits 0, 1 or 2, and reports the hostile entry in one line. Time and peak memory per
// case are printed as test diagnostics.
import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {describe, it} from 'node:test'
import {fileURLToPath} from 'node:url'
import {bin, folder} from './cli-helpers.js'

const PEAK = fileURLToPath(new URL('./stress-peak.mjs', import.meta.url))
const MAX_PEAK_MB = 512
/** The time bound: a fixed start-up allowance plus an allowance per megabyte of text. */
const boundMs = (bytes) => Math.round(15_000 + 20_000 * (bytes / 1e6))

const ARTICLE = `# Council approves budget

The council met on Monday to discuss the budget and the roads, a spokesman said. "We have kept
every promise," the mayor said. Critics say the plan is draconian.

Turnout was a disaster, and the legendary coach arrived late.
`

/** Runs slant in `cwd`, measuring wall time and the process's peak resident memory. */
function measured(t, name, args, cwd, textBytes) {
  const peakFile = path.join(os.tmpdir(), `slant-peak-${process.pid}-${Date.now()}`)
  const start = performance.now()
  const r = spawnSync(process.execPath, ['--import', PEAK, bin, ...args], {
    cwd,
    encoding: 'utf8',
    timeout: boundMs(textBytes) * 2,
    env: {...process.env, SLANT_PEAK_FILE: peakFile},
    maxBuffer: 256 << 20
  })
  const ms = Math.round(performance.now() - start)
  const peakMb = fs.existsSync(peakFile) ? Math.round(Number(fs.readFileSync(peakFile, 'utf8')) / 1024) : NaN
  fs.rmSync(peakFile, {force: true})
  t.diagnostic(`${name}: ${ms} ms, peak ${peakMb} MB, exit ${r.status}`)
  assert.ok(r.status !== null && [0, 1, 2].includes(r.status), `${name}: exit ${r.status} ${r.signal ?? ''}\n${r.stderr}`)
  assert.ok(ms < boundMs(textBytes), `${name}: ${ms} ms over the bound of ${boundMs(textBytes)} ms`)
  assert.ok(peakMb < MAX_PEAK_MB, `${name}: peak ${peakMb} MB`)
  assert.ok(!/\n\s+at /u.test(r.stderr), `${name}: a stack trace\n${r.stderr}`)
  return r
}

/** The lines of the human report that mention `name`. */
const linesNaming = (stdout, name) => stdout.split('\n').filter((line) => line === name || line.startsWith(`${name} `))

function hostileTree() {
  const dir = folder({'a.md': ARTICLE, 'sub/b.md': ARTICLE})
  fs.symlinkSync('/dev/zero', path.join(dir, 'zero.md'))
  fs.symlinkSync('/dev/urandom', path.join(dir, 'random.md'))
  fs.symlinkSync('/', path.join(dir, 'root'))
  fs.symlinkSync('..', path.join(dir, 'sub', 'parent'))
  fs.symlinkSync('loop.md', path.join(dir, 'loop.md'))
  assert.equal(spawnSync('mkfifo', [path.join(dir, 'pipe.md')]).status, 0)
  return dir
}

describe('stress: hostile trees', () => {
  for (const jobs of ['1', '2']) {
    it(`links to /dev/zero, /dev/urandom and /, a FIFO and a loop (--jobs ${jobs})`, (t) => {
      const dir = hostileTree()
      const r = measured(t, `hostile tree, --jobs ${jobs}`, ['--jobs', jobs], dir, 2 * ARTICLE.length)
      assert.equal(r.status, 0, r.stderr)
      for (const name of ['zero.md', 'random.md', 'root', 'pipe.md', 'loop.md']) {
        const at = r.stdout.split('\n').indexOf(name)
        assert.ok(at >= 0, `${name} not reported`)
        assert.match(r.stdout.split('\n')[at + 1], /^\s+info\s+(symbolic link|not a regular file)/u, name)
        assert.equal(r.stdout.split('\n')[at + 2], '', `${name}: one line`)
      }
      assert.equal(linesNaming(r.stdout, 'sub/parent').length, 0)
    })
  }
  for (const name of ['.slantrc', '.slantrc.json', 'package.json', '.slantignore']) {
    it(`${name} linked to /dev/zero`, (t) => {
      const dir = folder({'a.md': ARTICLE})
      fs.symlinkSync('/dev/zero', path.join(dir, name))
      const r = measured(t, `${name} → /dev/zero`, [], dir, ARTICLE.length)
      assert.equal(r.status, 2)
      assert.match(r.stderr, /^slant: [^\n]+: config file is not a regular file \(a character device\)\n$/u)
    })
  }
  it('.slantrc as a FIFO', (t) => {
    const dir = folder({'a.md': ARTICLE})
    assert.equal(spawnSync('mkfifo', [path.join(dir, '.slantrc')]).status, 0)
    const r = measured(t, '.slantrc FIFO', [], dir, ARTICLE.length)
    assert.equal(r.status, 2)
    assert.match(r.stderr, /^slant: [^\n]+: config file is not a regular file \(a FIFO\)\n$/u)
  })
})

describe('stress: hostile input', () => {
  const sentence = 'The council met on Monday to discuss the budget and the roads, a spokesman said. '
  const cases = {
    '4 MB of front matter': `---\ngenre: news\n${Array.from({length: 200_000}, (_, i) => `key${i}: value ${i}`).join('\n')}\n---\n${ARTICLE}`,
    '4 MB of nested front matter': `---\ngenre: ${'['.repeat(2_000_000)}${']'.repeat(2_000_000)}\n---\n${ARTICLE}`,
    'a 3 MB paragraph': sentence.repeat(Math.ceil(3e6 / sentence.length)),
    'a 3 MB paragraph of short lines': `${'The council met on Monday, a spokesman said.\n'.repeat(Math.ceil(3e6 / 45))}`,
    'a 3 MB paragraph of hard breaks': 'The council met  \n'.repeat(Math.ceil(3e6 / 18)),
    'a 3 MB paragraph of quotations': '“The council,” he said, “met on Monday.” '.repeat(Math.ceil(3e6 / 40)),
    'a 3 MB paragraph without a space': 'x'.repeat(3e6)
  }
  for (const [name, text] of Object.entries(cases)) {
    it(name, (t) => {
      const dir = folder({'a.md': text})
      const r = measured(t, name, ['--report', 'json', 'a.md'], dir, Buffer.byteLength(text))
      assert.ok(r.status === 0 || r.status === 1, r.stderr)
      const messages = JSON.parse(r.stdout)[0].messages
      assert.ok(!messages.some((m) => m.fatal === true), JSON.stringify(messages.filter((m) => m.fatal)))
      if (name.includes('front matter')) assert.equal(messages.filter((m) => m.ruleId === 'genre').length, 1)
    })
  }
})

describe('stress: growth', () => {
  // Each adversarial shape at 1x, 2x, 4x and 8x: the time may grow at most linearly (8x the
  // input within 16x the time, leaving room for a machine shared with other work).
  const unit = 64 * 1024
  const shapes = {
    'a paragraph of quotations': (n) => '\u201CThe council,\u201D he said, \u201Cmet on Monday.\u201D '.repeat(Math.ceil(n / 40)),
    'one long sentence': (n) => `${'the council met on monday and '.repeat(Math.ceil(n / 30))}.`,
    'hard breaks': (n) => 'The council met  \n'.repeat(Math.ceil(n / 18)),
    'unbalanced quotation marks': (n) => '"a legendary '.repeat(Math.ceil(n / 13)),
    'list items': (n) => '- The legendary coach said it.\n'.repeat(Math.ceil(n / 31)),
    // Blocks that run on past a blank line, back to back: each cut of the Markdown pieces
    // falls inside the next one.
    'comments across blank lines': (n) => `The legendary coach.\n\n${'<!-- a\n\nb -->\n\n'.repeat(Math.ceil(n / 16))}`,
    'fenced code across blank lines': (n) => `The legendary coach.\n\n${'```\na\n\nb\n```\n\n'.repeat(Math.ceil(n / 18))}`
  }
  for (const [name, make] of Object.entries(shapes)) {
    it(name, async (t) => {
      const {lint} = await import('../dist/index.js')
      const time = (text) => {
        let best = Infinity
        for (let run = 0; run < 2; run++) {
          const start = performance.now()
          lint(text)
          best = Math.min(best, performance.now() - start)
        }
        return best
      }
      time(make(unit))
      const times = [1, 2, 4, 8].map((k) => time(make(k * unit)))
      t.diagnostic(`${name}: ${times.map((ms) => `${Math.round(ms)} ms`).join(', ')} at 64, 128, 256, 512 KB`)
      assert.ok(times[3] < 16 * times[0] + 200, `${name}: ${times.map(Math.round).join(', ')} ms`)
    })
  }
})
