// What slant reads: regular files only, through one size-capped reader; links are followed only
// inside the folder being linted (or with --follow-symlinks), never into a loop.
import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {describe, it} from 'node:test'
import {readCapped} from '../dist/data/read-capped.js'
import {bin, folder, slant} from './cli-helpers.js'

const TEXT = 'The legendary coach arrived.\n'

/** @typedef {import('../dist/data/read-capped.js').CappedRead} CappedRead */
/** `read`, which must have read the file. @param {CappedRead} read */
const readIt = (read) => {
  assert.ok('bytes' in read, 'problem' in read ? read.problem : '')
  return read
}
/** `read`, which must have refused the file. @param {CappedRead} read */
const refused = (read) => {
  assert.ok('problem' in read, 'the file was read')
  return read
}
const fifo = (file) => assert.equal(spawnSync('mkfifo', [file]).status, 0)

/** The human report's lines for `name` (the path line and its message lines). */
function reportOf(stdout, name) {
  const blocks = stdout.split('\n\n')
  return (
    blocks
      .find((b) => b.split('\n')[0] === name)
      ?.split('\n')
      .slice(1) ?? []
  )
}

describe('the size-capped reader', () => {
  it('reads a file up to the cap, and refuses one a byte over', () => {
    const dir = folder({'a.txt': 'x'.repeat(100), 'b.txt': 'x'.repeat(101)})
    assert.equal(readIt(readCapped(path.join(dir, 'a.txt'), 100)).bytes.length, 100)
    assert.match(refused(readCapped(path.join(dir, 'b.txt'), 100)).problem, /^file is too large \(0 KB; the limit is 0 KB\)$/)
  })
  it('stops at the cap on a device that never ends', () => {
    const read = refused(readCapped('/dev/zero', 1 << 20))
    assert.equal(read.kind, 'special')
    assert.match(read.problem, /^file is not a regular file \(a character device\)$/)
  })
  it('does not wait on a FIFO with no writer', () => {
    const dir = folder({})
    fifo(path.join(dir, 'p'))
    assert.match(refused(readCapped(path.join(dir, 'p'), 100, 'config file')).problem, /^config file is not a regular file \(a FIFO\)$/)
  })
  it('names a missing file', () => {
    assert.equal(refused(readCapped('/no/such/file', 100)).kind, 'missing')
  })
})

describe('walking a folder', () => {
  it('skips FIFOs, devices and links out of the folder with one info line each, and lints the rest', () => {
    const dir = folder({'a.md': TEXT, 'sub/b.md': TEXT})
    fs.symlinkSync('/dev/zero', path.join(dir, 'zero.md'))
    fs.symlinkSync('/', path.join(dir, 'root'))
    fs.symlinkSync('..', path.join(dir, 'sub', 'up'))
    fs.symlinkSync('sub/b.md', path.join(dir, 'link.md'))
    fs.symlinkSync('loop2.md', path.join(dir, 'loop1.md'))
    fs.symlinkSync('loop1.md', path.join(dir, 'loop2.md'))
    fifo(path.join(dir, 'pipe.md'))
    for (const args of [[], ['--jobs', '2']]) {
      const r = slant(args, {cwd: dir})
      assert.equal(r.code, 0, r.stderr)
      assert.match(reportOf(r.stdout, 'zero.md').join('\n'), /^\s+info\s+symbolic link to \/dev\/zero, outside the folder; not followed/)
      assert.match(reportOf(r.stdout, 'root').join('\n'), /^\s+info\s+symbolic link to \/, outside the folder; not followed/)
      assert.match(reportOf(r.stdout, 'pipe.md').join('\n'), /^\s+info\s+not a regular file \(a FIFO\); skipped/)
      assert.match(reportOf(r.stdout, 'loop1.md').join('\n'), /^\s+info\s+symbolic link loop; skipped/)
      // A link inside the folder is linted; the link to a parent folder is not walked again.
      assert.equal(reportOf(r.stdout, 'link.md').length, 1)
      assert.equal(reportOf(r.stdout, 'sub/b.md').length, 1)
      assert.ok(!r.stdout.includes('sub/up'))
      for (const name of ['zero.md', 'root', 'pipe.md', 'loop1.md']) assert.equal(reportOf(r.stdout, name).length, 1, name)
    }
  })
  it('--follow-symlinks follows a link out of the folder to a regular file, and still refuses a device', () => {
    const outside = folder({'story.md': TEXT})
    const dir = folder({'a.md': TEXT})
    fs.symlinkSync(path.join(outside, 'story.md'), path.join(dir, 'story.md'))
    fs.symlinkSync(outside, path.join(dir, 'elsewhere'))
    fs.symlinkSync(dir, path.join(outside, 'back'))
    fs.symlinkSync('/dev/urandom', path.join(dir, 'random.md'))
    const plain = slant(['--report', 'json'], {cwd: dir})
    assert.deepEqual(
      JSON.parse(plain.stdout).map((f) => [f.path, f.messages[0].ruleId ?? f.messages[0].reason.slice(0, 24)]),
      [
        ['a.md', 'puffery'],
        ['elsewhere', 'symbolic link to ' + fs.realpathSync(outside).slice(0, 7)],
        ['random.md', 'symbolic link to /dev/ur'],
        ['story.md', 'symbolic link to ' + fs.realpathSync(outside).slice(0, 7)]
      ]
    )
    const followed = slant(['--report', 'json', '--follow-symlinks'], {cwd: dir})
    assert.equal(followed.code, 0, followed.stderr)
    const files = JSON.parse(followed.stdout)
    assert.deepEqual(
      files.map((f) => f.path),
      ['a.md', 'elsewhere/story.md', 'random.md', 'story.md']
    )
    assert.equal(files[1].messages[0].ruleId, 'puffery')
    assert.match(files[2].messages[0].reason, /^symbolic link to a character device \(\/dev\/urandom\); skipped$/)
    assert.equal(files[2].messages[0].fatal, undefined)
  })
  it('a FIFO or device named on the command line is skipped with one line', () => {
    const dir = folder({})
    fifo(path.join(dir, 'pipe.md'))
    const r = slant(['--report', 'json', 'pipe.md', '/dev/zero'], {cwd: dir})
    assert.equal(r.code, 0, r.stderr)
    assert.deepEqual(
      JSON.parse(r.stdout).map((f) => f.messages.map((m) => m.reason)),
      [['not a regular file (a character device); skipped'], ['not a regular file (a FIFO); skipped']]
    )
  })
  it('a draft over 16 MB is reported, not read', () => {
    const dir = folder({})
    fs.writeFileSync(path.join(dir, 'big.md'), Buffer.alloc(17 * 1024 * 1024, 0x61))
    const r = slant(['--report', 'json', 'big.md'], {cwd: dir})
    assert.equal(r.code, 1)
    const [message] = JSON.parse(r.stdout)[0].messages
    assert.equal(message.reason, 'file is too large (17 MB; the limit is 16 MB); not linted')
    assert.equal(message.fatal, true)
    assert.equal(message.ruleId, undefined)
  })
  it('standard input stops at the limit', () => {
    const r = spawnSync('sh', ['-c', `head -c 20000000 /dev/zero | "${process.execPath}" "${bin}" --stdin`], {encoding: 'utf8', timeout: 60000})
    assert.equal(r.status, 2)
    assert.equal(r.stderr, 'slant: standard input is larger than the limit of 16 MB\n')
  })
})

describe('config files that are not regular files', () => {
  for (const name of ['.slantrc', '.slantrc.yaml', 'package.json', '.slantignore']) {
    it(`${name} linked to /dev/zero: one line, exit 2`, () => {
      const dir = folder({'a.md': TEXT})
      fs.symlinkSync('/dev/zero', path.join(dir, name))
      const r = slant([], {cwd: dir})
      assert.equal(r.code, 2)
      assert.equal(r.stderr, `slant: ${path.join(dir, name)}: config file is not a regular file (a character device)\n`)
    })
  }
  it('a FIFO .slantrc: one line, exit 2, no wait', () => {
    const dir = folder({'a.md': TEXT})
    fifo(path.join(dir, '.slantrc'))
    const r = slant([], {cwd: dir})
    assert.equal(r.code, 2)
    assert.match(r.stderr, /^slant: .*\.slantrc: config file is not a regular file \(a FIFO\)\n$/)
  })
  it('a config over 1 MB: one line, exit 2', () => {
    const dir = folder({'a.md': TEXT, '.slantrc.json': `{"preset": "ap"${' '.repeat(1 << 20)}}`})
    const r = slant(['--config', '.slantrc.json', 'a.md'], {cwd: dir})
    assert.equal(r.code, 2)
    assert.equal(r.stderr, `slant: ${path.join(dir, '.slantrc.json')}: config file is too large (1 MB; the limit is 1 MB)\n`)
  })
  it('a looping link as config: one line, exit 2', () => {
    const dir = folder({'a.md': TEXT})
    fs.symlinkSync('.slantrc', path.join(dir, '.slantrc'))
    const r = slant([], {cwd: dir})
    assert.equal(r.code, 2)
    assert.equal(r.stderr, `slant: ${path.join(dir, '.slantrc')}: cannot read config file (ELOOP)\n`)
  })
})
