// The JSON Schema of .slantrc* and package.json#slant (schema/, generated from the rule and
// preset data): it accepts what slant's own loader accepts and rejects what it refuses, for
// every rule, preset, layer, pack and genre slant knows, so editors validate as slant does.
import assert from 'node:assert/strict'
import fs from 'node:fs'
import {describe, it} from 'node:test'
import ajv8 from 'ajv'
import {genreNames, loadRuleSpecs, presetNames, resolveConfig} from '../dist/index.js'
import {validateConfig} from '../dist/config/user-config.js'

// ajv is CommonJS whose types declare only `exports.default` (the same class at run time).
const Ajv = ajv8.default
const read = (name) => JSON.parse(fs.readFileSync(new URL(`../${name}`, import.meta.url), 'utf8'))
const ajv = new Ajv({allErrors: true, strict: false})
const config = ajv.compile(read('schema/slantrc.schema.json'))
const pkg = ajv.compile(read('schema/package.schema.json'))

/** slant's verdict on a config: validate the shape, then resolve the presets and rules. */
function slantAccepts(data) {
  try {
    resolveConfig(validateConfig(data, 'test'), 'test')
    return true
  } catch {
    return false
  }
}

const agree = (data) => {
  assert.equal(
    config(data),
    slantAccepts(data),
    `${JSON.stringify(data)}: schema ${config(data)} (${ajv.errorsText(config.errors)}), slant ${slantAccepts(data)}`
  )
  assert.equal(pkg({name: 'x', slant: data}), config(data))
}

describe('configuration schema', () => {
  it('accepts every preset, layer and pack, alone, as a comma list and as a list', () => {
    const names = presetNames()
    for (const name of names) agree({preset: name})
    agree({preset: names.join(',')})
    agree({preset: ` ap , inclusive,packs/middle-east `})
    agree({preset: names})
    agree({preset: []})
  })

  it('accepts every rule in every setting form, and every genre', () => {
    for (const id of loadRuleSpecs().keys()) {
      for (const value of [
        'off',
        'warn',
        'error',
        'info',
        true,
        false,
        0,
        2,
        ['error'],
        ['warn', {voices: {reported: 'off'}}],
        {severity: 'error', voices: {quote: 'on'}}
      ]) {
        agree({rules: {[id]: value}})
      }
    }
    for (const genre of genreNames()) agree({genre})
  })

  it('accepts the vocabulary and attribution settings', () => {
    agree({
      prefer: {Burma: 'Myanmar', 'migrant worker': {use: 'guest worker', note: 'n', source: {guide: 'memo', url: 'https://example.org'}}},
      avoid: {spearhead: 'Journalese.'},
      allow: ['Legendary Pictures'],
      attribution: {verbs: ['quipped']}
    })
  })

  it('rejects what slant refuses: unknown keys, rules, presets, genres, severities and voices', () => {
    for (const data of [
      {presets: 'ap'},
      {preset: 'nope'},
      {preset: 'ap,nope'},
      {preset: ['ap', 'nope']},
      {preset: 3},
      {rules: {'no-such-rule': 'off'}},
      {rules: {puffery: 'loud'}},
      {rules: {puffery: 3}},
      {rules: {puffery: ['warn', {voices: {whisper: 'off'}}]}},
      {genre: 'poetry'},
      {allow: 'Legendary'},
      {prefer: {Burma: {use: 'Myanmar', colour: 'red'}}}
    ]) {
      agree(data)
    }
  })

  it('is what the extension contributes, with slant.preset taking the same names', () => {
    const manifest = read('editors/vscode/package.json')
    const urls = [...manifest.contributes.jsonValidation, ...manifest.contributes.yamlValidation].map((v) => v.url)
    assert.deepEqual(new Set(urls), new Set(['./slant/schema/slantrc.schema.json', './slant/schema/package.schema.json']))
    const setting = new RegExp(manifest.contributes.configuration.properties['slant.preset'].pattern, 'u')
    for (const name of presetNames()) assert.ok(setting.test(name) && setting.test(`neutral, ${name}`), name)
    assert.ok(setting.test(''))
    assert.ok(!setting.test('nope') && !setting.test('ap,,inclusive'))
  })
})
