// Conditions with arguments in `when:` (src/rules/when.ts): the same words decide as the named
// conditions they replaced, in a rule's settings as in its YAML.
import assert from 'node:assert/strict'
import {describe, it} from 'node:test'
import {lint} from '../dist/index.js'

const stance = (text, when) => lint(text, {preset: [], rules: {stance: ['warning', ...(when ? [{when}] : [])]}}).messages.map((m) => m.actual)

describe('conditions with arguments', () => {
  it('`before` takes one kind, or a list of kinds any of which may follow', () => {
    const text = 'They hired a mere 12 inspectors.'
    assert.deepEqual(stance(text), ['a mere'])
    assert.deepEqual(stance(text, [{before: 'money'}]), [])
    assert.deepEqual(stance(text, [{before: ['money', 'amount']}]), ['a mere'])
  })
  it('the names conditions had before they took arguments still work', () => {
    const text = 'The city spent just $1.4 billion on roads, the largest of its kind in history.'
    assert.deepEqual(stance(text, ['before-money']), ['just'])
    assert.deepEqual(stance(text, [{before: 'money'}]), ['just'])
    assert.deepEqual(stance(text, ['after-superlative']), ['of its kind in history'])
    assert.deepEqual(stance(text, [{after: 'superlative'}]), ['of its kind in history'])
  })
  it('`none-near` holds when none of its words is in the sentence', () => {
    assert.deepEqual(stance('The city spent just $1.4 billion on the budget.', [{'none-near': ['Budget']}]), [])
    assert.deepEqual(stance('The city spent just $1.4 billion on roads.', [{'none-near': ['budget']}]), ['just'])
  })
})

describe('no-named-agent', () => {
  const puffery = (text) =>
    lint(text)
      .messages.filter((m) => m.ruleId === 'puffery')
      .map((m) => m.actual)
  it('praise in a passive is credited to a named agent, wherever the "by" stands in the clause', () => {
    for (const subject of ['He', 'The coach', 'Ana Ruiz'])
      for (const [verb, tail] of [
        ['was heralded as "Sportsman of the Year"', 'by Sports Illustrated'],
        ['is hailed as a pioneer', 'by the league'],
        ['has been heralded', 'by critics at The Times']
      ]) {
        const text = `${subject} ${verb} ${tail}.`
        assert.deepEqual(puffery(text), [], text)
        // Clean counterpart: the same praise with no agent is the reporter's.
        const bare = `${subject} ${verb} on Monday.`
        assert.equal(puffery(bare).length, 1, bare)
      }
  })
  it('an attributive word is not a passive: "the much-heralded plan by the mayor" is still puffery', () => {
    assert.deepEqual(puffery('The much-heralded plan by the mayor failed.'), ['much-heralded'])
  })
})
