// Presets, layers and topic packs: their YAML examples run under the preset, they compose, and
// `slant presets` agrees with the generated docs/presets.md.
import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import {describe, it} from 'node:test'
import {fileURLToPath} from 'node:url'
import {lint, loadPreset, loadRuleSpecs, presetNames, resolveConfig} from '../dist/index.js'
import {parseExample} from '../dist/tools/examples.js'

const bin = fileURLToPath(new URL('../dist/cli/index.js', import.meta.url))
const docs = fs.readFileSync(new URL('../docs/presets.md', import.meta.url), 'utf8')
const offsets = (m) => [m.place.start.offset, m.place.end.offset]
const spans = (file) => [...new Set(file.messages.map((m) => offsets(m).join(':')))].map((s) => s.split(':').map(Number))

for (const name of presetNames()) {
  const preset = loadPreset(name)
  describe(`preset ${name}`, () => {
    it('has examples that fire and examples that stay clean', () => {
      assert.ok(preset.examples.fire.length > 0, 'no fire examples')
      assert.ok(preset.examples.clean.length > 0, 'no clean examples')
    })
    for (const source of preset.examples.fire) {
      it(`flags: ${source}`, () => {
        const {text, marks} = parseExample(source)
        const file = lint(text, {preset: name})
        assert.deepEqual(
          spans(file),
          marks.map((m) => [m.start, m.end]),
          file.messages.map((m) => `${m.ruleId}: ${m.reason}`).join('; ')
        )
      })
    }
    for (const source of preset.examples.clean) {
      it(`does not flag: ${source}`, () => {
        const file = lint(source, {preset: name})
        assert.deepEqual(
          file.messages.map((m) => `${m.ruleId}: ${m.reason}`),
          []
        )
      })
    }
    it('names a guide and URL for itself and for every term it turns on', () => {
      assert.ok(preset.sources.length > 0)
      const specs = loadRuleSpecs()
      for (const [id, setting] of resolveConfig({preset: name}).rules) {
        if (setting.severity === 'off') continue
        const spec = specs.get(id)
        assert.ok(spec, `no rule ${id}`)
        for (const term of spec.terms) assert.match((term.source ?? spec.source).url, /^https?:\/\//, `${id}/${term.id}`)
      }
    })
    if (preset.kind === 'pack') {
      it('gives every term of its rules its own guide and URL', () => {
        for (const id of Object.keys(preset.rules)) {
          const spec = loadRuleSpecs().get(id)
          assert.ok(spec, `no rule ${id}`)
          for (const term of spec.terms) assert.match(term.source?.url ?? '', /^https?:\/\//, `${id}/${term.id}`)
        }
      })
    }
    it('`slant presets NAME` prints what docs/presets.md shows', () => {
      const r = spawnSync(process.execPath, [bin, 'presets', name], {encoding: 'utf8'})
      assert.equal(r.status, 0, r.stderr)
      assert.ok(docs.includes(`\`\`\`text\n${r.stdout}\`\`\``), r.stdout)
    })
  })
}

describe('composition', () => {
  const severity = (config, id) => resolveConfig(config).rules.get(id)?.severity ?? 'off'
  it('--preset ap,inclusive layers inclusive rules over AP', () => {
    assert.equal(severity({preset: 'ap,inclusive'}, 'house-ap'), 'warning')
    assert.equal(severity({preset: 'ap,inclusive'}, 'inclusive-gender'), 'warning')
    assert.equal(severity({preset: 'ap'}, 'inclusive-gender'), 'off')
  })
  it('extends-style lists take packs, and later entries override earlier ones', () => {
    const config = {preset: ['ap', 'inclusive', 'packs/middle-east']}
    assert.equal(severity(config, 'pack-middle-east'), 'warning')
    assert.equal(severity({preset: ['conflict-sensitive', 'wire']}, 'extrajudicial'), 'error')
    assert.equal(severity({preset: ['wire', 'conflict-sensitive']}, 'extrajudicial'), 'warning')
  })
  it("the user's own rule settings override every preset", () => {
    assert.equal(severity({preset: ['wire', 'inclusive'], rules: {'loaded-label': 'info', 'inclusive-age': 'off'}}, 'loaded-label'), 'info')
    assert.equal(severity({preset: ['wire', 'inclusive'], rules: {'inclusive-age': 'off'}}, 'inclusive-age'), 'off')
  })
  it('reports one finding when two dictionaries cover the same words', () => {
    const file = lint('Sirens sounded in Kiev overnight.', {preset: 'ap,packs/russia-ukraine'})
    assert.deepEqual(
      file.messages.map((m) => m.actual),
      ['Kiev']
    )
    const suicide = lint('The singer committed suicide in 1994.', {preset: 'ap,inclusive'})
    assert.deepEqual(
      suicide.messages.map((m) => m.actual),
      ['committed suicide']
    )
  })
  it('names unknown presets and packs', () => {
    assert.throws(() => resolveConfig({preset: 'packs/nowhere'}), /unknown preset `packs\/nowhere`/)
  })
})
