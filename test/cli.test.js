// The CLI run as a real process: exit codes, reports, config discovery, ignore files,
// in-file comments and bad input.
import assert from 'node:assert/strict'
import os from 'node:os'
import {describe, it} from 'node:test'
import {folder, slant} from './cli-helpers.js'

const json = (r) => JSON.parse(r.stdout)
const ids = (r) => json(r).flatMap((f) => f.messages.map((m) => m.ruleId))

describe('exit codes', () => {
  it('0 when clean', () => {
    const dir = folder({'a.md': 'The council met on Monday.\n'})
    const r = slant(['a.md'], {cwd: dir})
    assert.equal(r.code, 0, r.stderr)
  })
  it('0 with warnings only, 1 with --frail', () => {
    const dir = folder({'a.md': 'The legendary coach arrived.\n'})
    assert.equal(slant(['a.md'], {cwd: dir}).code, 0)
    assert.equal(slant(['--frail', 'a.md'], {cwd: dir}).code, 1)
  })
  it('1 when there are errors', () => {
    const dir = folder({'a.md': 'The legendary coach arrived.\n', '.slantrc.json': '{"rules": {"puffery": "error"}}'})
    assert.equal(slant(['a.md'], {cwd: dir}).code, 1)
  })
  it('2 with a one-line message for usage errors', () => {
    const r = slant(['--report', 'xml', 'a.md'])
    assert.equal(r.code, 2)
    assert.match(r.stderr, /^slant: unknown report `xml`.*\n$/)
    assert.equal(slant(['--bogus']).code, 2)
    // A missing path is an error on that path, not a usage error (see edge-cases.test.js).
    assert.equal(slant(['no-such-file.md'], {cwd: os.tmpdir()}).code, 1)
  })
  it('2 naming the file and line for a malformed config', () => {
    const dir = folder({'a.md': 'Text.\n', '.slantrc.yaml': 'rules:\n  puffery: [error\n'})
    const r = slant(['a.md'], {cwd: dir})
    assert.equal(r.code, 2)
    assert.match(r.stderr, /\.slantrc\.yaml:\d+: invalid YAML/)
    assert.equal(r.stderr.trim().split('\n').length, 1)
  })
  it('2 for an unknown rule or preset in config', () => {
    const dir = folder({'a.md': 'Text.\n', '.slantrc.json': '{"rules": {"no-such-rule": "off"}}'})
    assert.match(slant(['a.md'], {cwd: dir}).stderr, /\.slantrc\.json: rules\.no-such-rule: unknown rule/)
    assert.match(slant(['--preset', 'nope', 'a.md'], {cwd: dir}).stderr, /unknown preset `nope`/)
  })
})

describe('reports', () => {
  it('--report json prints one vfile-reporter-json array for all files', () => {
    const dir = folder({'a.md': 'The legendary coach.\n', 'b.txt': 'Title\nAn iconic band.\n'})
    const r = slant(['--report', 'json', '.'], {cwd: dir})
    const report = json(r)
    assert.deepEqual(
      report.map((f) => f.path),
      ['a.md', 'b.txt']
    )
    const [m] = report[0].messages
    assert.equal(m.ruleId, 'puffery')
    assert.equal(m.actual, 'legendary')
    assert.deepEqual(m.place, {start: {line: 1, column: 5, offset: 4}, end: {line: 1, column: 14, offset: 13}})
    assert.equal(m.voice, 'narrative')
  })
  it('the human report names file, position, reason and rule; --why adds the source', () => {
    const dir = folder({'a.md': 'The legendary coach.\n'})
    const plain = slant(['a.md'], {cwd: dir}).stdout
    assert.match(plain, /a\.md/)
    assert.match(plain, /1:5-1:14/)
    assert.match(plain, /puffery/)
    assert.doesNotMatch(plain, /Source:/)
    assert.match(slant(['--why', 'a.md'], {cwd: dir}).stdout, /Source: .*MOS/)
  })
  it('--quiet leaves out clean files', () => {
    const dir = folder({'a.md': 'The legendary coach.\n', 'b.md': 'Clean text.\n'})
    assert.deepEqual(
      json(slant(['--quiet', '--report', 'json', '.'], {cwd: dir})).map((f) => f.path),
      ['a.md']
    )
  })
  it('--stdin with --file-path', () => {
    const r = slant(['--stdin', '--file-path', 'draft.md', '--report', 'json'], {input: 'A legendary coach.\n', cwd: os.tmpdir()})
    assert.equal(json(r)[0].path, 'draft.md')
    assert.deepEqual(ids(r), ['puffery'])
  })
})

describe('configuration', () => {
  it('finds the nearest .slantrc* upwards, the nearest wins', () => {
    const dir = folder({
      '.slantrc.json': '{"rules": {"puffery": "off"}}',
      'a.md': 'A legendary coach.\n',
      'sub/.slantrc.yaml': 'rules:\n  puffery: error\n',
      'sub/b.md': 'A legendary coach.\n'
    })
    const r = slant(['--report', 'json', 'a.md', 'sub/b.md'], {cwd: dir})
    const [a, b] = json(r)
    assert.deepEqual(a.messages, [])
    assert.equal(b.messages[0].severity, 'error')
    // vfile's convention, as the API and every vfile reporter: error = fatal.
    assert.equal(b.messages[0].fatal, true)
    assert.equal(r.code, 1)
  })
  it('--report json: fatal true / false / unset for error / warning / info, no absolute path, an unlintable file fatal with no rule id', () => {
    const dir = folder({
      '.slantrc.yaml': 'rules:\n  puffery: error\n  weasel: info\n',
      'a.md': 'A legendary coach. Critics say so. Unfortunately, it rained.\n',
      'b.md': Buffer.from([0xff, 0xfe, 0x00, 0x41])
    })
    const r = slant(['--report', 'json', 'a.md', 'b.md'], {cwd: dir})
    const [a, b] = json(r)
    const by = Object.fromEntries(a.messages.map((m) => [m.ruleId, m]))
    assert.deepEqual([by.puffery.fatal, by.puffery.severity], [true, 'error'])
    assert.deepEqual([by.editorializing.fatal, by.editorializing.severity], [false, 'warning'])
    assert.deepEqual(['fatal' in by.weasel, by.weasel.severity], [false, 'info'])
    assert.equal(b.messages.length, 1)
    assert.deepEqual([b.messages[0].fatal, b.messages[0].ruleId], [true, undefined])
    assert.ok(!r.stdout.includes(dir), 'no absolute path in the report')
  })
  it('reads the slant field of package.json', () => {
    const dir = folder({'package.json': '{"name": "x", "slant": {"preset": "ap"}}', 'a.md': 'Troops entered Kiev.\n'})
    assert.deepEqual(ids(slant(['--report', 'json', 'a.md'], {cwd: dir})), ['house-ap'])
  })
  it('--preset beats the config preset, and the config rules still apply', () => {
    const dir = folder({'.slantrc': '{"preset": "neutral", "rules": {"puffery": "off"}}', 'a.md': 'Troops entered Kiev. A legendary coach.\n'})
    assert.deepEqual(ids(slant(['--preset', 'ap', '--report', 'json', 'a.md'], {cwd: dir})), ['house-ap'])
  })
  it('takes [severity, options] and per-voice settings', () => {
    const dir = folder({
      '.slantrc.json': '{"rules": {"loaded-label": ["error", {"voices": {"reported": "off"}}]}}',
      'a.md': 'Police said the terrorists fled. The terrorists fled.\n'
    })
    const report = json(slant(['--report', 'json', 'a.md'], {cwd: dir}))
    assert.deepEqual(
      report[0].messages.map((m) => [m.actual, m.severity]),
      [['terrorists', 'error']]
    )
    assert.equal(report[0].messages[0].place.start.offset, 37)
  })
  it('honours .slantignore for folders, not for files named explicitly', () => {
    const dir = folder({'.slantignore': 'drafts/old/\n', 'drafts/old/a.md': 'A legendary coach.\n', 'drafts/b.md': 'A legendary coach.\n'})
    assert.deepEqual(
      json(slant(['--report', 'json', '.'], {cwd: dir})).map((f) => f.path),
      ['drafts/b.md']
    )
    assert.deepEqual(
      json(slant(['--report', 'json', 'drafts/old/a.md'], {cwd: dir})).map((f) => f.path),
      ['drafts/old/a.md']
    )
  })
})

describe('comments in the draft', () => {
  it('<!-- slant ignore id --> skips the next block only', () => {
    const dir = folder({'a.md': '<!-- slant ignore puffery -->\n\nA legendary coach.\n\nAn iconic band.\n'})
    const report = json(slant(['--report', 'json', 'a.md'], {cwd: dir}))
    assert.deepEqual(
      report[0].messages.map((m) => m.actual),
      ['iconic']
    )
  })
  it('disable / enable', () => {
    const dir = folder({'a.md': '<!-- slant disable puffery -->\n\nA legendary coach.\n\n<!-- slant enable puffery -->\n\nAn iconic band.\n'})
    assert.deepEqual(
      json(slant(['--report', 'json', 'a.md'], {cwd: dir}))[0].messages.map((m) => m.actual),
      ['iconic']
    )
  })
  it('reports unknown rule ids in comments', () => {
    const dir = folder({'a.md': '<!-- slant ignore pufery -->\n\nA legendary coach.\n'})
    const messages = json(slant(['--report', 'json', 'a.md'], {cwd: dir}))[0].messages
    assert.ok(
      messages.some((m) => /not known/i.test(m.reason) && /pufery/.test(m.reason)),
      JSON.stringify(messages.map((m) => m.reason))
    )
  })
})

describe('bad input', () => {
  it('an empty file is clean', () => {
    const dir = folder({'a.md': ''})
    const r = slant(['--report', 'json', 'a.md'], {cwd: dir})
    assert.equal(r.code, 0)
    assert.deepEqual(json(r)[0].messages, [])
  })
  it('a binary file gets one clear message, and the run goes on', () => {
    const dir = folder({'a.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]), 'b.md': 'A legendary coach.\n'})
    const r = slant(['--report', 'json', 'a.md', 'b.md'], {cwd: dir})
    assert.equal(r.code, 1)
    const [a, b] = json(r)
    assert.match(a.messages[0].reason, /binary file/)
    assert.equal(b.messages[0].ruleId, 'puffery')
  })
  it('invalid UTF-8 names the offset', () => {
    const dir = folder({'a.md': Buffer.concat([Buffer.from('Hello '), Buffer.from([0xc3, 0x28])])})
    assert.match(json(slant(['--report', 'json', 'a.md'], {cwd: dir}))[0].messages[0].reason, /not valid UTF-8 \(first bad byte at offset 6\)/)
  })
  it('a 10 MB file finishes with a result', () => {
    const paragraph = 'The council met on Monday to discuss the budget, a spokesman said. "We are hopeful," said Jo Lind.\n\n'
    const dir = folder({'big.md': paragraph.repeat(Math.ceil(10_000_000 / paragraph.length))})
    const r = slant(['--report', 'json', 'big.md'], {cwd: dir})
    assert.equal(r.code, 0, r.stderr)
    assert.equal(json(r)[0].path, 'big.md')
  })
})
