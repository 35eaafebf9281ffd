// Every rule's YAML examples are tests: `fire` examples must be flagged exactly on their
// [[marks]], `clean` examples must not be flagged by that rule, and `fixed` examples must read
// exactly `to` after the safe fixes (like ESLint's RuleTester `output`).
import assert from 'node:assert/strict'
import {describe, it} from 'node:test'
import {lint, loadRuleSpecs} from '../dist/index.js'
import {parseExample} from '../dist/tools/examples.js'
import {fixText} from '../dist/fix/edits.js'

const specs = [...loadRuleSpecs().values()]

const offsets = (m) => [m.place.start.offset, m.place.end.offset]

for (const spec of specs) {
  describe(`rule ${spec.id}`, () => {
    const config = {...spec.examples.config, preset: [], rules: {[spec.id]: 'on'}}
    it('has examples that fire and examples that stay clean', () => {
      assert.ok(spec.examples.fire.length > 0, 'no fire examples')
      assert.ok(spec.examples.clean.length > 0, 'no clean examples')
    })
    for (const source of spec.examples.fire) {
      it(`flags: ${source}`, () => {
        const {text, marks} = parseExample(source)
        assert.ok(marks.length > 0, 'a fire example needs [[marks]]')
        const file = lint(text, config)
        const mine = file.messages.filter((m) => m.ruleId === spec.id)
        assert.deepEqual(
          mine.map(offsets),
          marks.map((m) => [m.start, m.end]),
          `messages: ${mine.map((m) => `${m.reason} @${offsets(m)}`).join('; ')}`
        )
        for (const m of mine) {
          assert.equal(text.slice(...offsets(m)), m.actual)
          assert.equal(m.source, 'slant')
          assert.match(m.url ?? '', new RegExp(`/docs/rules/${spec.id}\\.md$`))
          assert.match(m.note ?? '', /Source: /)
        }
      })
    }
    for (const {from, to} of spec.examples.fixed) {
      it(`fixes: ${from}`, () => {
        assert.equal(fixText(from, (value) => lint(value, config)).output, to)
      })
    }
    for (const source of spec.examples.clean) {
      it(`does not flag: ${source}`, () => {
        const file = lint(source, config)
        const mine = file.messages.filter((m) => m.ruleId === spec.id)
        assert.deepEqual(
          mine.map((m) => `${m.actual}: ${m.reason}`),
          []
        )
      })
    }
  })
}

describe('rule data', () => {
  it('gives every term a suggestion list and every rule a source URL', () => {
    for (const spec of specs) {
      assert.match(spec.source.url, /^https?:\/\//, spec.id)
      for (const term of spec.terms) assert.ok(Array.isArray(term.suggest), `${spec.id}/${term.id}`)
    }
  })
  it("keeps rule ids stable (a rename breaks users' configs and ignore comments)", () => {
    assert.deepEqual(
      specs.map((s) => s.id),
      [
        'agentless-attribution',
        'anonymous-source',
        'asymmetric-wording',
        'cliche',
        'conflict-framing',
        'doubt',
        'editorializing',
        'equality',
        'euphemism',
        'evaluative',
        'extrajudicial',
        'headline-claim',
        'house-ap',
        'house-custom',
        'inclusive-age',
        'inclusive-disability',
        'inclusive-gender',
        'inclusive-mental-health',
        'inclusive-race',
        'inclusive-suicide',
        'intensifier',
        'loaded-demonizing',
        'loaded-emotive',
        'loaded-label',
        'loaded-victimizing',
        'loaded-violence',
        'opinion-as-fact',
        'pack-abortion',
        'pack-crime-courts',
        'pack-middle-east',
        'pack-migration',
        'pack-russia-ukraine',
        'puffery',
        'quote-without-speaker',
        'relative-time',
        'research-claim',
        'scare-quotes',
        'speech-verb',
        'stance',
        'unattributed-allegation',
        'unsourced-figure',
        'weasel'
      ]
    )
  })
})
