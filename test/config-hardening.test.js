// Bad configuration: each is one line naming the file (and line where there is one), exit 2.
// Configuration is data: slant never runs code from a repository.
import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {describe, it} from 'node:test'
import {fileURLToPath} from 'node:url'

const bin = fileURLToPath(new URL('../dist/bin/index.js', import.meta.url))

function run(files, args = ['a.md']) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'slant-config-'))
  for (const [name, content] of Object.entries({'a.md': 'The legendary coach arrived.\n', ...files})) fs.writeFileSync(path.join(dir, name), content)
  const r = spawnSync(process.execPath, [bin, ...args], {cwd: dir, encoding: 'utf8', timeout: 120000})
  return {code: r.status, stderr: r.stderr.replaceAll(dir + path.sep, ''), dir}
}

function oneLineError(files, pattern, args) {
  const r = run(files, args)
  assert.equal(r.code, 2, r.stderr)
  assert.match(r.stderr, /^slant: [^\n]+\n$/u)
  assert.match(r.stderr, pattern)
}

describe('configuration errors', () => {
  it('invalid YAML names the file and line', () =>
    oneLineError({'.slantrc.yaml': 'preset: ap\nrules: [puffery\n'}, /^slant: \.slantrc\.yaml:\d+: invalid YAML/))
  it('invalid JSON names the file (and the line, where Node gives the position)', () =>
    oneLineError({'.slantrc.json': '{\n  "preset": "ap",\n  "rules": }\n'}, /^slant: \.slantrc\.json(:3)?: invalid JSON/))
  it('an unknown preset', () => oneLineError({'.slantrc.json': '{"preset": "tabloid"}'}, /\.slantrc\.json: preset: unknown preset `tabloid`/))
  it('an unknown rule id', () => oneLineError({'.slantrc.json': '{"rules": {"no-such-rule": "off"}}'}, /\.slantrc\.json: rules\.no-such-rule: unknown rule/))
  it('wrong option types', () => {
    oneLineError({'.slantrc.json': '{"rules": {"puffery": 7}}'}, /rules\.puffery: expected off, info, warn, error, .*got 7/)
    oneLineError({'.slantrc.json': '{"rules": ["puffery"]}'}, /rules: expected a mapping/)
    oneLineError({'.slantrc.json': '{"attribution": {"verbs": "quipped"}}'}, /attribution\.verbs: expected a list/)
    oneLineError({'.slantrc.json': '{"attribution": {"verbs": [{}]}}'}, /attribution\.verbs\[0\]: expected text/)
    oneLineError({'.slantrc.yaml': 'just text\n'}, /the configuration: expected a mapping/)
  })
  it('a YAML alias bomb is refused, not expanded', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x]']
    for (const [i, name] of [...'bcdefgh'].entries()) levels.push(`${name}: &${name} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(', ')}]`)
    oneLineError({'.slantrc.yaml': `${levels.join('\n')}\n`}, /\.slantrc\.yaml: invalid YAML: Excessive alias count/)
  })
  it('a 50,000-entry rules map: the first unknown id', () => {
    const rules = Object.fromEntries(Array.from({length: 50_000}, (_, i) => [`rule-${i}`, 'off']))
    oneLineError({'.slantrc.json': JSON.stringify({rules})}, /\.slantrc\.json: rules\.rule-0: unknown rule/)
  })
  it('a million-entry rules map is over the config size limit: refused before it is parsed', () => {
    const rules = Object.fromEntries(Array.from({length: 1_000_000}, (_, i) => [`rule-${i}`, 'off']))
    oneLineError({'.slantrc.json': JSON.stringify({rules})}, /^slant: \.slantrc\.json: config file is too large \(19 MB; the limit is 1 MB\)\n$/)
  })
  it('50,000 attribution verbs work', () => {
    const verbs = Array.from({length: 50_000}, (_, i) => `verb${i}`)
    verbs.push('quipped')
    const r = run({'.slantrc.json': JSON.stringify({attribution: {verbs}}), 'a.md': 'The plan is legendary, the mayor quipped.\n'}, [
      '--report',
      'json',
      'a.md'
    ])
    assert.equal(r.code, 0, r.stderr)
  })
})

describe('configuration runs no code', () => {
  for (const name of ['.slantrc.js', '.slantrc.cjs', '.slantrc.mjs', 'slant.config.js']) {
    it(`${name} is refused, not run`, () => {
      const r = run({[name]: `require('node:fs').writeFileSync('ran', 'yes')`})
      assert.equal(r.code, 2)
      assert.match(r.stderr, new RegExp(`^slant: ${name.replaceAll('.', '\\.')}: slant does not run code from configuration files`))
      assert.equal(fs.existsSync(path.join(r.dir, 'ran')), false)
    })
  }
  it('--config with a JavaScript file is refused too', () =>
    oneLineError({'x.js': 'module.exports = {}'}, /^slant: x\.js: slant does not run code/, ['--config', 'x.js', 'a.md']))
  it('a data config beside a JavaScript one is used', () => {
    const r = run({'.slantrc.json': '{"rules": {"puffery": "error"}}', '.slantrc.js': 'throw 1'})
    assert.equal(r.code, 1, r.stderr)
  })
})
