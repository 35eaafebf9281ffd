// `slant --fix`: only safe fixes, each checked against the text, overlaps skipped, every other
// byte kept, atomic writes, a second run that changes nothing, and `--dry-run` diffs.
import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {describe, it} from 'node:test'
import {applyEdits} from '../dist/fix/edits.js'
import {writeFileAtomic} from '../dist/fix/write.js'
import {fixDraft} from '../dist/fix/run.js'
import {unifiedDiff} from '../dist/fix/diff.js'
import {composeChanges} from '../dist/fix/compose.js'
import {applyPatch, createTwoFilesPatch} from 'diff'
import fc from 'fast-check'
import {performance} from 'node:perf_hooks'
import {lint} from '../dist/index.js'
import {sharedCase} from './shared-cases.js'
import {folder, slant} from './cli-helpers.js'

/** The source with each [start, end, text] replacement applied (offsets in the original). */
function replaced(source, edits) {
  let out = source
  for (const [start, end, text] of [...edits].sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end)
  return out
}

// A draft with safe fixes (a house term, loaded speech verbs) among judgements that --fix
// must leave alone, Markdown that must not be reformatted, and CRLF line endings.
const DRAFT = [
  '---',
  'title: Kiev talks',
  '---',
  '',
  '# Aid for *Ukraine*',
  '',
  'Troops entered Kiev on Monday, and the   spacing   stays.',
  '',
  '* The minister claimed that the reform was unavoidable.',
  '*   A list item with a _legendary_ coach.',
  '',
  'The mayor insisted that the **draconian** budget was fair &amp; balanced.',
  '',
  '> "We will stay in Kiev," she said.',
  '',
  '    Kiev in an indented code block',
  ''
].join('\r\n')

describe('applyEdits', () => {
  it('applies edits whose text still matches and skips the rest', () => {
    const source = 'one two three'
    const r = applyEdits(source, [
      {start: 4, end: 7, text: '2', actual: 'two', ruleId: 'a'},
      {start: 8, end: 13, text: '3', actual: 'THREE', ruleId: 'b'}
    ])
    assert.equal(r.output, 'one 2 three')
    assert.deepEqual(
      r.skipped.map((s) => s.reason),
      ['changed']
    )
  })
  it('skips overlapping edits, keeping the first', () => {
    const r = applyEdits('abcdef', [
      {start: 2, end: 5, text: 'X', actual: 'cde', ruleId: 'b'},
      {start: 0, end: 3, text: 'Y', actual: 'abc', ruleId: 'a'},
      {start: 5, end: 6, text: 'Z', actual: 'f', ruleId: 'c'}
    ])
    assert.equal(r.output, 'YdeZ')
    assert.deepEqual(
      r.skipped.map((s) => [s.edit.ruleId, s.reason]),
      [['b', 'overlap']]
    )
  })
  it('rejects ranges outside the text', () => {
    assert.equal(applyEdits('ab', [{start: 1, end: 9, text: '', actual: 'b', ruleId: 'x'}]).output, 'ab')
  })
})

describe('slant --fix', () => {
  it('changes only the house-term and speech-verb spans, byte for byte', () => {
    const dir = folder({'draft.md': DRAFT})
    const before = JSON.parse(slant(['--preset', 'ap', '--report', 'json', 'draft.md'], {cwd: dir}).stdout)[0].messages
    const safe = before.filter((m) => m.fixable === 'safe')
    assert.deepEqual(safe.map((m) => [m.ruleId, m.actual]).sort(), [
      ['house-ap', 'Kiev'],
      ['speech-verb', 'claimed'],
      ['speech-verb', 'insisted']
    ])
    assert.ok(
      before.some((m) => m.fixable !== 'safe'),
      'judgements are reported but not fixed'
    )
    const r = slant(['--fix', '--preset', 'ap', 'draft.md'], {cwd: dir})
    assert.equal(r.stderr, '')
    const after = fs.readFileSync(path.join(dir, 'draft.md'), 'utf8')
    assert.equal(
      after,
      replaced(
        DRAFT,
        safe.map((m) => [m.place.start.offset, m.place.end.offset, m.expected[0]])
      )
    )
    assert.equal(after.split('\r\n').length, DRAFT.split('\r\n').length)
    assert.ok(!/[^\r]\n/.test(after), 'CRLF line endings kept')
    // The report lists what is left, not what was fixed.
    const left = JSON.parse(slant(['--fix', '--preset', 'ap', '--report', 'json', 'draft.md'], {cwd: dir}).stdout)[0].messages
    assert.ok(left.every((m) => m.fixable !== 'safe'))
    assert.ok(left.some((m) => m.actual === 'draconian'))
  })

  it('a second run changes nothing', () => {
    const dir = folder({'draft.md': DRAFT})
    slant(['--fix', '--preset', 'ap', 'draft.md'], {cwd: dir})
    const file = path.join(dir, 'draft.md')
    const once = fs.readFileSync(file)
    const inode = fs.statSync(file).ino
    slant(['--fix', '--preset', 'ap', 'draft.md'], {cwd: dir})
    assert.deepEqual(fs.readFileSync(file), once)
    assert.equal(fs.statSync(file).ino, inode, 'an unchanged file is not rewritten')
    assert.equal(slant(['--fix', '--dry-run', '--preset', 'ap', 'draft.md'], {cwd: dir}).stdout, '')
  })

  it('writes atomically: a new inode, the old mode, no temporary file left', () => {
    const dir = folder({'draft.md': 'Troops entered Kiev.\n'})
    const file = path.join(dir, 'draft.md')
    fs.chmodSync(file, 0o640)
    const inode = fs.statSync(file).ino
    slant(['--fix', '--preset', 'ap', 'draft.md'], {cwd: dir})
    assert.equal(fs.readFileSync(file, 'utf8'), 'Troops entered Kyiv.\n')
    assert.notEqual(fs.statSync(file).ino, inode)
    assert.equal(fs.statSync(file).mode & 0o777, 0o640)
    assert.deepEqual(fs.readdirSync(dir), ['draft.md'])
  })

  it('--dry-run prints a unified diff and writes nothing', () => {
    const dir = folder({'draft.md': 'Title\n\nTroops entered Kiev.\n\nThe minister claimed that it was over.\n'})
    const r = slant(['--fix', '--dry-run', '--preset', 'ap', 'draft.md'], {cwd: dir})
    assert.equal(fs.readFileSync(path.join(dir, 'draft.md'), 'utf8'), 'Title\n\nTroops entered Kiev.\n\nThe minister claimed that it was over.\n')
    assert.equal(
      r.stdout,
      [
        '--- a/draft.md',
        '+++ b/draft.md',
        '@@ -1,5 +1,5 @@',
        ' Title',
        ' ',
        '-Troops entered Kiev.',
        '+Troops entered Kyiv.',
        ' ',
        '-The minister claimed that it was over.',
        '+The minister said that it was over.',
        ''
      ].join('\n')
    )
    assert.equal(r.code, 0)
  })

  it('--dry-run needs --fix; --fix --stdin prints the fixed text', () => {
    assert.equal(slant(['--dry-run', 'a.md']).code, 2)
    const r = slant(['--fix', '--stdin', '--preset', 'ap'], {input: 'Troops entered Kiev.\r\n', cwd: os.tmpdir()})
    assert.equal(r.stdout, 'Troops entered Kyiv.\r\n')
  })

  it('leaves unfixable drafts and judgements alone', () => {
    const text = 'The legendary coach arrived in a draconian mood.\n'
    const dir = folder({'a.md': text})
    slant(['--fix', 'a.md'], {cwd: dir})
    assert.equal(fs.readFileSync(path.join(dir, 'a.md'), 'utf8'), text)
  })

  it(
    'on a copy of the seed article (from ../shared): only house terms and speech verbs change, once',
    {skip: sharedCase('seed-article.md') === undefined && 'no ../shared/eval/cases'},
    () => {
      const seed = sharedCase('seed-article.md')
      assert.ok(seed !== undefined)
      const dir = folder({'seed-article.md': seed})
      const before = JSON.parse(slant(['--preset', 'ap', '--report', 'json', 'seed-article.md'], {cwd: dir}).stdout)[0].messages
      const safe = before.filter((m) => m.fixable === 'safe')
      assert.ok(safe.length > 0)
      assert.ok(safe.every((m) => m.ruleId === 'house-ap' || m.ruleId === 'speech-verb'))
      slant(['--fix', '--preset', 'ap', 'seed-article.md'], {cwd: dir})
      const after = fs.readFileSync(path.join(dir, 'seed-article.md'), 'utf8')
      assert.equal(
        after,
        replaced(
          seed,
          safe.map((m) => [m.place.start.offset, m.place.end.offset, m.expected[0]])
        )
      )
      assert.notEqual(after, seed)
      slant(['--fix', '--preset', 'ap', 'seed-article.md'], {cwd: dir})
      assert.equal(fs.readFileSync(path.join(dir, 'seed-article.md'), 'utf8'), after)
    }
  )
})

describe('atomic write under failure', () => {
  const failing = (step) => ({
    writeSync: (fd, data) => {
      if (step === 'write') {
        // Half the text reaches the disk, then the write fails.
        fs.writeSync(fd, data.subarray(0, data.length >> 1))
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), {code: 'ENOSPC'})
      }
      return fs.writeSync(fd, data)
    },
    renameSync: (a, b) => {
      if (step === 'rename') throw Object.assign(new Error('EXDEV: rename failed'), {code: 'EXDEV'})
      return fs.renameSync(a, b)
    }
  })

  for (const step of ['write', 'rename']) {
    it(`an injected ${step} failure leaves the original intact and no temporary file`, () => {
      const original = 'Troops entered Kiev.\n'.repeat(50)
      const dir = folder({'draft.md': original})
      const file = path.join(dir, 'draft.md')
      assert.throws(() => writeFileAtomic(file, Buffer.from(original.replaceAll('Kiev', 'Kyiv')), {io: failing(step)}), step === 'write' ? /ENOSPC/ : /EXDEV/)
      assert.equal(fs.readFileSync(file, 'utf8'), original)
      assert.deepEqual(fs.readdirSync(dir), ['draft.md'])
    })
  }

  it('fixDraft reports a failed write as a fatal message and keeps the draft', () => {
    const original = 'Troops entered Kiev.\n'
    const dir = folder({'draft.md': original})
    const file = path.join(dir, 'draft.md')
    const result = fixDraft(original, 'draft.md', (value) => lint(value, {preset: 'ap', path: 'draft.md'}), {
      target: file,
      policy: {root: dir},
      io: failing('write')
    })
    assert.equal(fs.readFileSync(file, 'utf8'), original)
    const fatal = result.messages.find((m) => m.ruleId === 'write')
    assert.ok(fatal)
    assert.equal(fatal.fatal, true)
    assert.match(fatal.reason, /cannot write fixes: ENOSPC.*left unchanged/)
    assert.ok(
      result.messages.some((m) => m.ruleId === 'house-ap'),
      "the original draft's messages are reported"
    )
    assert.equal(result.data.slantFix?.written, false)
  })
})

/** `text` with `changes` ({start, end, text}, sorted, in `text`'s offsets) applied. */
function applied(text, changes) {
  let out = ''
  let at = 0
  for (const c of changes) {
    out += text.slice(at, c.start) + c.text
    at = c.end
  }
  return out + text.slice(at)
}

/**
 * Sorted changes to `text` that neither overlap nor touch, from fast-check's [at, length,
 * insert] tuples (`at` taken modulo the text's length; a change starting inside or right after
 * an earlier one is dropped).
 */
function changesIn(text, raw) {
  const changes = []
  let floor = 0
  for (const [at, length, insert] of raw.map(([a, l, t]) => [text.length ? a % (text.length + 1) : 0, l, t]).sort((x, y) => x[0] - y[0])) {
    if (at < floor) continue
    const end = Math.min(text.length, at + length)
    changes.push({start: at, end, text: insert})
    floor = end + 1
  }
  return changes
}

describe('unifiedDiff (built from the changes, linear)', () => {
  it('is empty for no changes and marks a missing final newline', () => {
    assert.equal(unifiedDiff('a.md', 'x', []), '')
    assert.equal(
      unifiedDiff('a.md', 'Kiev', [{start: 0, end: 4, text: 'Kyiv'}]),
      '--- a/a.md\n+++ b/a.md\n@@ -1 +1 @@\n-Kiev\n\\ No newline at end of file\n+Kyiv\n\\ No newline at end of file\n'
    )
  })

  it('is the diff jsdiff writes for changes within lines', () => {
    const before = Array.from({length: 40}, (_, i) => `Line ${i} of the Kiev report.\r\n`).join('')
    const changes = [3, 4, 12, 30, 39].map((line) => {
      const start = before.indexOf(`Line ${line} `) + `Line ${line} of the `.length
      return {start, end: start + 4, text: 'Kyiv'}
    })
    const after = applied(before, changes)
    const expected = createTwoFilesPatch('a/a.md', 'b/a.md', before, after, undefined, undefined, {context: 3})
    const hunks = (diff) => diff.slice(diff.indexOf('\n@@') + 1)
    assert.equal(hunks(unifiedDiff('a.md', before, changes)), hunks(expected))
  })

  it('applies back to the fixed text for random texts and changes (jsdiff applyPatch)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'b', ' ', '\n', '\r\n', 'Kiev', 'é', '\n\n'), {maxLength: 60}),
        fc.array(fc.tuple(fc.nat(), fc.nat(3), fc.constantFrom('', 'X', 'Kyiv', 'y\nz', '\n')), {maxLength: 8}),
        (pieces, raw) => {
          const before = pieces.join('')
          const changes = changesIn(before, raw)
          const after = applied(before, changes)
          const diff = unifiedDiff('a.md', before, changes)
          // Changes that cancel out may still give a (valid, non-minimal) diff.
          return diff === '' ? before === after : applyPatch(before, diff) === after
        }
      ),
      {numRuns: 500}
    )
  })

  it('takes linear time: 20,000 changes in a 1 MB text in well under a second', () => {
    const before = 'The minister claimed that troops entered Kiev.\n'.repeat(20000)
    const changes = []
    for (let i = 0, at = before.indexOf('Kiev'); at !== -1; at = before.indexOf('Kiev', at + 1), i++) changes.push({start: at, end: at + 4, text: 'Kyiv'})
    const start = performance.now()
    const diff = unifiedDiff('big.md', before, changes)
    assert.ok(performance.now() - start < 1000)
    assert.equal(applyPatch(before, diff), applied(before, changes))
  })
})

describe('composeChanges', () => {
  it('composes passes of edits into changes to the original, merging where they touch', () => {
    fc.assert(
      fc.property(
        fc.string({maxLength: 40}),
        fc.array(fc.array(fc.tuple(fc.nat(), fc.nat(3), fc.constantFrom('', 'Q', 'RS')), {maxLength: 6}), {maxLength: 4}),
        (original, passes) => {
          let current = original
          let changes = []
          for (const raw of passes) {
            const edits = changesIn(current, raw)
            changes = composeChanges(changes, edits, current)
            current = applied(current, edits)
          }
          return applied(original, changes) === current && changes.every((c, i) => i === 0 || c.start > changes[i - 1].end)
        }
      ),
      {numRuns: 1000}
    )
  })
})
