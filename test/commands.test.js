// The `presets` and `init` subcommands, and the new config keys, run as a real process.
import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {describe, it} from 'node:test'
import {presetNames} from '../dist/index.js'
import {readConfigFile} from '../dist/config/discover.js'
import {slant} from './cli-helpers.js'

const docs = fs.readFileSync(new URL('../docs/presets.md', import.meta.url), 'utf8')

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'slant-cmd-'))

describe('slant presets', () => {
  it('lists every preset, layer and pack, as docs/presets.md does', () => {
    const r = slant(['presets'])
    assert.equal(r.code, 0, r.stderr)
    for (const name of presetNames()) assert.match(r.stdout, new RegExp(`^  ${name.replace('/', '\\/')} `, 'm'))
    assert.ok(docs.includes(r.stdout.trimEnd()))
  })
  it('shows what a preset turns on, with severities, and how it differs from its parents', () => {
    const r = slant(['presets', 'wire'])
    assert.equal(r.code, 0, r.stderr)
    assert.match(r.stdout, /^extends: neutral, packs\/russia-ukraine$/m)
    assert.match(r.stdout, /^ {2}loaded-label +error$/m)
    assert.match(r.stdout, /^Compared with neutral \+ packs\/russia-ukraine:\n(?:.*\n)*? {2}loaded-label +warning -> error$/m)
    assert.match(r.stdout, /^ {2}extrajudicial +off -> error$/m)
  })
  it('names an unknown preset', () => {
    const r = slant(['presets', 'bbc'])
    assert.equal(r.code, 2)
    assert.match(r.stderr, /unknown preset `bbc`/)
  })
})

describe('slant init', () => {
  it('writes a commented .slantrc.yaml that slant reads back', () => {
    const dir = tmp()
    const r = slant(['init', '--preset', 'ap'], {cwd: dir})
    assert.equal(r.code, 0, r.stderr)
    const file = path.join(dir, '.slantrc.yaml')
    const text = fs.readFileSync(file, 'utf8')
    assert.match(text, /^preset: \[ap\]$/m)
    assert.match(text, /packs\/middle-east/)
    assert.match(text, /^# prefer:$/m)
    assert.match(text, /npx slant/)
    assert.deepEqual(readConfigFile(file), {preset: ['ap']})
    // Its commented examples are valid config once uncommented.
    const uncommented = text.replace(/^# (?:prefer|avoid|allow|rules|genre):.*(?:\n# {3}.*)*/gm, (block) => block.replace(/^# /gm, ''))
    fs.writeFileSync(file, uncommented)
    const config = readConfigFile(file)
    assert.equal(config.prefer?.Burma, 'Myanmar')
    assert.equal(config.rules?.cliche, 'off')
    fs.writeFileSync(path.join(dir, 'a.md'), 'Flooding hit Burma and the legendary Legendary Pictures lot.\n')
    const lint = slant(['--report', 'json', 'a.md'], {cwd: dir})
    assert.deepEqual(
      JSON.parse(lint.stdout)[0].messages.map((m) => `${m.ruleId} ${m.actual}`),
      ['house-custom Burma', 'puffery legendary']
    )
  })
  it('refuses to overwrite an existing config', () => {
    const dir = tmp()
    fs.writeFileSync(path.join(dir, '.slantrc.json'), '{}')
    const r = slant(['init'], {cwd: dir})
    assert.equal(r.code, 2)
    assert.match(r.stderr, /\.slantrc\.json already configures slant here/)
    assert.ok(!fs.existsSync(path.join(dir, '.slantrc.yaml')))
  })
  it('checks the preset it is given', () => {
    const r = slant(['init', '--preset', 'nope'], {cwd: tmp()})
    assert.equal(r.code, 2)
    assert.match(r.stderr, /unknown preset `nope`/)
  })
})

describe('config keys', () => {
  it('reads vocabulary and genre from .slantrc and reports bad ones with the file', () => {
    const dir = tmp()
    fs.writeFileSync(path.join(dir, '.slantrc.yaml'), 'genre: opinion\nprefer:\n  Burma: Myanmar\n')
    fs.writeFileSync(path.join(dir, 'a.md'), 'Unfortunately, Burma voted.\n')
    const r = slant(['--report', 'json', 'a.md'], {cwd: dir})
    assert.deepEqual(
      JSON.parse(r.stdout)[0].messages.map((m) => m.actual),
      ['Burma']
    )
    fs.writeFileSync(path.join(dir, '.slantrc.yaml'), 'allow: Legendary\n')
    const bad = slant(['a.md'], {cwd: dir})
    assert.equal(bad.code, 2)
    assert.match(bad.stderr, /\.slantrc\.yaml: allow: expected a list/)
  })
})
