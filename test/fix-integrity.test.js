// `slant --fix` loses nothing: every case checks the exact bytes and metadata after the run
// (byte order mark, CRLF, mode bits with setgid and sticky, owner, symbolic links inside and
// outside the tree, hard links, read-only files, a file edited while slant fixes it, and the
// temporary files a killed run leaves behind).
import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {describe, it} from 'node:test'
import {fixDraft} from '../dist/fix/run.js'
import {lint} from '../dist/index.js'
import {folder, slant} from './cli-helpers.js'

const BOM = Buffer.from([0xef, 0xbb, 0xbf])
const DRAFT = 'Troops entered Kiev.\n\nThe minister claimed that it was over.\n'
const FIXED = 'Troops entered Kyiv.\n\nThe minister said that it was over.\n'
const root = process.getuid?.() === 0

const fix = (dir, ...args) => slant(['--fix', '--preset', 'ap', '--no-color', ...args], {cwd: dir})
const bytes = (file) => fs.readFileSync(file)

describe('--fix integrity', () => {
  it('keeps a UTF-8 byte order mark, in a file and on standard input', () => {
    const dir = folder({'draft.md': Buffer.concat([BOM, Buffer.from(DRAFT)])})
    assert.equal(fix(dir, 'draft.md').code, 0)
    assert.deepEqual(bytes(path.join(dir, 'draft.md')), Buffer.concat([BOM, Buffer.from(FIXED)]))
    const r = spawnSync(process.execPath, [path.resolve('dist/bin/index.js'), '--fix', '--stdin', '--preset', 'ap'], {
      input: Buffer.concat([BOM, Buffer.from(DRAFT)]),
      cwd: dir
    })
    assert.deepEqual(r.stdout, Buffer.concat([BOM, Buffer.from(FIXED)]))
  })

  it('keeps CRLF and lone CR line endings byte for byte', () => {
    const draft = 'Troops entered Kiev.\r\n\r\nThe minister claimed that it was over.\rEnd\r\n'
    const dir = folder({'draft.md': draft})
    fix(dir, 'draft.md')
    assert.deepEqual(bytes(path.join(dir, 'draft.md')), Buffer.from('Troops entered Kyiv.\r\n\r\nThe minister said that it was over.\rEnd\r\n'))
  })

  for (const mode of [0o664, 0o2775, 0o1777, 0o640]) {
    it(`keeps mode ${mode.toString(8)} exactly (not narrowed by the umask)${root ? ' and the owner' : ''}`, () => {
      const dir = folder({'draft.md': DRAFT})
      const file = path.join(dir, 'draft.md')
      if (root) fs.chownSync(file, 4321, 4322)
      fs.chmodSync(file, mode)
      const before = fs.statSync(file)
      assert.equal(fix(dir, 'draft.md').code, 0)
      const after = fs.statSync(file)
      assert.deepEqual(bytes(file), Buffer.from(FIXED))
      assert.equal((after.mode & 0o7777).toString(8), (before.mode & 0o7777).toString(8))
      assert.deepEqual([after.uid, after.gid], [before.uid, before.gid])
      assert.notEqual(after.ino, before.ino, 'replaced by a rename, not rewritten in place')
      assert.deepEqual(fs.readdirSync(dir), ['draft.md'])
    })
  }

  it('fixes a symbolic link inside the tree through to its target, and keeps the link', () => {
    const dir = folder({'real/draft.md': DRAFT})
    fs.symlinkSync('real/draft.md', path.join(dir, 'link.md'))
    const r = fix(dir, 'link.md')
    assert.equal(r.code, 0, r.stdout)
    assert.ok(fs.lstatSync(path.join(dir, 'link.md')).isSymbolicLink())
    assert.equal(fs.readlinkSync(path.join(dir, 'link.md')), 'real/draft.md')
    assert.deepEqual(bytes(path.join(dir, 'real/draft.md')), Buffer.from(FIXED))
    assert.deepEqual(fs.readdirSync(path.join(dir, 'real')), ['draft.md'])
  })

  it('skips a symbolic link to a file outside the tree, with one line, exit 1', () => {
    const outside = folder({'draft.md': DRAFT})
    const dir = folder({})
    fs.symlinkSync(path.join(outside, 'draft.md'), path.join(dir, 'leak.md'))
    const r = fix(dir, 'leak.md')
    assert.equal(r.code, 1)
    assert.equal(r.stdout.split('\n').filter((l) => /fixes not written/.test(l)).length, 1)
    assert.match(r.stdout, /fixes not written: it is a symbolic link to a file outside the linted folder/)
    assert.deepEqual(bytes(path.join(outside, 'draft.md')), Buffer.from(DRAFT))
    assert.equal(fs.readlinkSync(path.join(dir, 'leak.md')), path.join(outside, 'draft.md'))
    assert.deepEqual(fs.readdirSync(outside), ['draft.md'])
  })

  it('refuses a file with hard links (replacing it would split them), with one line, exit 1', () => {
    const dir = folder({'a.md': DRAFT})
    fs.linkSync(path.join(dir, 'a.md'), path.join(dir, 'b.md'))
    const inode = fs.statSync(path.join(dir, 'a.md')).ino
    const r = fix(dir, 'a.md')
    assert.equal(r.code, 1)
    assert.match(r.stdout, /fixes not written: it has 2 hard links/)
    for (const name of ['a.md', 'b.md']) {
      assert.deepEqual(bytes(path.join(dir, name)), Buffer.from(DRAFT))
      assert.equal(fs.statSync(path.join(dir, name)).ino, inode)
      assert.equal(fs.statSync(path.join(dir, name)).nlink, 2)
    }
  })

  it('skips a read-only file unless --fix-read-only, which keeps it read-only', () => {
    const dir = folder({'draft.md': DRAFT})
    const file = path.join(dir, 'draft.md')
    fs.chmodSync(file, 0o444)
    const r = fix(dir, 'draft.md')
    assert.equal(r.code, 1)
    assert.match(r.stdout, /fixes not written: it is read-only; pass --fix-read-only/)
    assert.deepEqual(bytes(file), Buffer.from(DRAFT))
    assert.equal(fix(dir, '--fix-read-only', 'draft.md').code, 0)
    assert.deepEqual(bytes(file), Buffer.from(FIXED))
    assert.equal(fs.statSync(file).mode & 0o7777, 0o444)
    assert.equal(slant(['--fix-read-only', 'draft.md'], {cwd: dir}).code, 2, '--fix-read-only goes with --fix')
  })

  it('does not overwrite a file edited while slant fixes it (hook just before the rename)', () => {
    const dir = folder({'draft.md': DRAFT})
    const file = path.join(dir, 'draft.md')
    const edited = 'Troops entered Kiev on Monday, an editor wrote meanwhile.\n'
    // The editor saves between slant's read and its rename.
    const io = {fsyncSync: (fd) => (fs.writeFileSync(file, edited), fs.fsyncSync(fd))}
    const result = fixDraft(DRAFT, 'draft.md', (value) => lint(value, {preset: 'ap', path: 'draft.md'}), {target: file, policy: {root: dir}, io})
    assert.deepEqual(bytes(file), Buffer.from(edited))
    const message = result.messages.find((m) => m.ruleId === 'write')
    assert.ok(message)
    assert.equal(message.fatal, true, 'an error: the run exits 1')
    assert.match(message.reason, /fixes not written: the file changed while slant was fixing it/)
    assert.equal(result.data.slantFix?.written, false)
    assert.deepEqual(fs.readdirSync(dir), ['draft.md'])
  })

  it('removes the temporary files a killed run left (its process gone), and nothing else', () => {
    const dead = spawnSync(process.execPath, ['-e', '0']).pid
    const stale = `.draft.md.slant-${dead}-0123abcd.tmp`
    const live = `.draft.md.slant-${process.pid}-89abcdef.tmp`
    const dir = folder({
      'draft.md': DRAFT,
      [stale]: 'half a fi',
      [live]: 'being written',
      '.draft.md.slant-x.tmp': 'not ours',
      'notes.slant-1-0123abcd.tmp': 'not ours'
    })
    assert.equal(fix(dir, 'draft.md').code, 0)
    assert.deepEqual(fs.readdirSync(dir).sort(), ['.draft.md.slant-x.tmp', live, 'draft.md', 'notes.slant-1-0123abcd.tmp'].sort())
    assert.equal(fs.readFileSync(path.join(dir, live), 'utf8'), 'being written')
    assert.deepEqual(bytes(path.join(dir, 'draft.md')), Buffer.from(FIXED))
    // --dry-run writes and removes nothing.
    fs.writeFileSync(path.join(dir, stale), 'half a fi')
    fix(dir, '--dry-run', 'draft.md')
    assert.ok(fs.existsSync(path.join(dir, stale)))
  })

  it('a draft with nothing to fix is not touched at all', () => {
    const dir = folder({'draft.md': FIXED})
    const file = path.join(dir, 'draft.md')
    fs.chmodSync(file, 0o444)
    const before = fs.statSync(file)
    assert.equal(fix(dir, 'draft.md').code, 0)
    const after = fs.statSync(file)
    assert.deepEqual([after.ino, after.mtimeMs, after.mode], [before.ino, before.mtimeMs, before.mode])
  })
})
