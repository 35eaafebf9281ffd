// --jobs: worker threads lint the same files the same way as one job, in the same order.
import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {describe, it} from 'node:test'
import {fileURLToPath} from 'node:url'

const bin = fileURLToPath(new URL('../dist/bin/index.js', import.meta.url))
const slant = (args, cwd) => spawnSync(process.execPath, [bin, ...args], {cwd, encoding: 'utf8', timeout: 120000})

function drafts() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'slant-jobs-'))
  const lines = ['The legendary coach arrived.', 'Critics say the plan failed.', 'The council met on Monday.', 'She claimed the vote was rigged.']
  for (let i = 0; i < 12; i++) fs.writeFileSync(path.join(dir, `d${String(i).padStart(2, '0')}.md`), `${lines.slice(i % 4).join('\n\n')}\n`)
  fs.mkdirSync(path.join(dir, 'desk'))
  fs.writeFileSync(path.join(dir, 'desk', '.slantrc.json'), '{"rules": {"puffery": "error"}}')
  fs.writeFileSync(path.join(dir, 'desk', 'e.md'), 'A legendary night.\n')
  return dir
}

describe('--jobs', () => {
  it('gives the same report and exit code on 1, 2 and 3 threads', () => {
    const dir = drafts()
    const one = slant(['--jobs', '1', '--report', 'json', '.'], dir)
    for (const jobs of ['2', '3']) {
      const many = slant(['--jobs', jobs, '--report', 'json', '.'], dir)
      assert.equal(many.status, one.status, many.stderr)
      assert.deepEqual(JSON.parse(many.stdout), JSON.parse(one.stdout))
    }
    assert.equal(one.status, 1)
    assert.equal(JSON.parse(one.stdout).length, 13)
  })
  it('a config error in a worker is the same one-line error', () => {
    const dir = drafts()
    fs.writeFileSync(path.join(dir, 'desk', '.slantrc.json'), '{"rules": {"nope": "off"}}')
    const r = slant(['--jobs', '2', '.'], dir)
    assert.equal(r.status, 2)
    assert.match(r.stderr, /^slant: .*desk\/\.slantrc\.json: rules\.nope: unknown rule\n$/u)
  })
  it('rejects a bad count', () => {
    const r = slant(['--jobs', '0', 'a.md'])
    assert.equal(r.status, 2)
    assert.match(r.stderr, /expected --jobs to be a number from 1 to 999/)
  })
})
