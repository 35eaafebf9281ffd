// The benchmark harness runs end to end on a tiny corpus. A smoke test, not a timing test:
// it checks every figure is measured and reported, never how fast.
import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {it} from 'node:test'
import {fileURLToPath} from 'node:url'

const harness = fileURLToPath(new URL('../bench/run.mjs', import.meta.url))

it('bench/run.mjs --smoke measures every task and writes every ratio', () => {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'slant-bench-')), 'results.json')
  const r = spawnSync(process.execPath, [harness, '--smoke', '--out', out], {encoding: 'utf8', timeout: 300000})
  assert.equal(r.status, 0, r.stderr)
  const report = JSON.parse(fs.readFileSync(out, 'utf8'))
  for (const name of [
    'bare-single',
    'slant-single',
    'slant-all-single',
    'alex-single',
    'slant-big',
    'slant-corpus-jobs1',
    'slant-corpus-jobs2',
    'slant-small',
    'alex-small',
    'relint-2000-words',
    'slant-fix-lint',
    'slant-fix',
    'editor-diagnostics-2000-words',
    'editor-hover-while-linting',
    'editor-code-action-while-linting'
  ]) {
    assert.ok(report.results[name].ms > 0, name)
  }
  assert.ok(report.results['slant-single'].peakRssMb > 0)
  assert.equal(Object.keys(report.targets).length, 12)
  for (const target of Object.values(report.targets)) assert.equal(typeof target.value, 'number')
})
