// House vocabulary from config: prefer, avoid and allow, with inflections, no code.
import assert from 'node:assert/strict'
import {describe, it} from 'node:test'
import {lint} from '../dist/index.js'
import {inflect} from '../dist/match/inflect.js'
import {dataOf} from './message-parts.js'

const found = (file) => file.messages.map((m) => [m.ruleId, m.actual, m.expected.join('|')].join(' '))

describe('prefer', () => {
  const config = {
    prefer: {
      Burma: 'Myanmar',
      'migrant worker': {use: 'guest worker', note: 'Desk style since 2021.', source: {guide: 'Desk memo 12', url: 'https://example.org/memo'}},
      utilise: 'use'
    }
  }
  it('suggests the house form, inflected like the flagged word', () => {
    assert.deepEqual(found(lint("Burma's army and Burma. Forty migrant workers arrived. She utilised it, utilising all.", config)), [
      "house-custom Burma's Myanmar's",
      'house-custom Burma Myanmar',
      'house-custom migrant workers guest workers',
      'house-custom utilised used',
      'house-custom utilising using'
    ])
  })
  it('matches a verb phrase in every tense and person, and a noun phrase in the plural', () => {
    const verbs = {prefer: {'take part': 'participate', 'slam dunk': 'sure thing'}}
    for (const [text, flagged] of [
      ['The mayor took part in the talks.', 'house-custom took part participated'],
      ['He takes part on Mondays.', 'house-custom takes part participates'],
      ['They are taking part.', 'house-custom taking part participating'],
      ['They have taken part.', 'house-custom taken part participated'],
      ['Both bills were slam dunks.', 'house-custom slam dunks sure things']
    ]) {
      assert.deepEqual(
        found(lint(text, verbs)).filter((f) => f.startsWith('house-custom')),
        [flagged],
        text
      )
    }
  })
  it('takes a term by lemma and part of speech, and inflects the suggestion like the match', () => {
    const config = {prefer: {'claim (verb)': 'say'}}
    for (const [text, flagged] of /** @type {Array<[string, string[]]>} */ ([
      ['She claimed the plan was fine.', ['house-custom claimed said']],
      ['He claims the plan is fine.', ['house-custom claims says']],
      ['They are claiming the plan is fine.', ['house-custom claiming saying']],
      ['His claim was rejected.', []]
    ])) {
      assert.deepEqual(
        found(lint(text, config)).filter((f) => f.startsWith('house-custom')),
        flagged,
        text
      )
    }
  })
  it('matches a term ending a sentence before the next one starts', () => {
    assert.deepEqual(
      found(lint('Prices rose 5 per cent. Sales fell 3 per cent in May.', {prefer: {'per cent': 'percent'}})).filter((f) => f.startsWith('house-custom')),
      ['house-custom per cent percent', 'house-custom per cent percent']
    )
  })
  it('names the note and the source given in the config', () => {
    const [message] = lint('A migrant worker arrived.', config).messages
    assert.equal(message.reason, 'House style: use `guest worker` rather than `migrant worker`')
    assert.equal(message.note, 'Desk style since 2021. Source: Desk memo 12 <https://example.org/memo>')
    assert.equal(dataOf(message).term, 'migrant-worker')
  })
  it('leaves quotations alone, like every rule', () => {
    assert.deepEqual(found(lint('"Burma is home," said Aung Min, a teacher.', config)), [])
  })
})

describe('avoid', () => {
  it("flags the term with the config's message; (a|b) groups work in phrases", () => {
    const file = lint('The senator spearheaded the bill. Talks kicked off on Monday.', {
      avoid: {spearhead: 'Journalese; say who led it.', '(kick|kicks|kicked) off': null}
    })
    assert.deepEqual(found(file), ['house-custom spearheaded ', 'house-custom kicked off '])
    assert.equal(file.messages[0].reason, '`spearheaded`: Journalese; say who led it.')
    assert.equal(file.messages[1].reason, '`kicked off`: avoided in this house style')
  })
  it('takes its severity from the rule settings', () => {
    const [message] = lint('They spearhead it.', {avoid: {spearhead: 'No.'}, rules: {'house-custom': 'error'}}).messages
    assert.equal(message.fatal, true)
  })
})

describe('allow', () => {
  it('an allowed phrase suppresses only itself', () => {
    const text = 'Iconic Motors made the car. The iconic coach arrived.'
    assert.deepEqual(found(lint(text)), ['puffery Iconic ', 'puffery iconic '])
    assert.deepEqual(found(lint(text, {allow: ['Iconic Motors']})), ['puffery iconic '])
  })
  it('a phrase with capitals is allowed only with those capitals', () => {
    assert.deepEqual(found(lint('The Legendary app launched. A legendary app.', {allow: ['Legendary']})), ['puffery legendary '])
  })
})

describe('inflections', () => {
  it('makes plain regular forms', () => {
    assert.deepEqual(
      ['slam', 'carry', 'use', 'visit', 'tie', 'push'].map((w) => [inflect(w, 's'), inflect(w, 'ed'), inflect(w, 'ing')]),
      [
        ['slams', 'slammed', 'slamming'],
        ['carries', 'carried', 'carrying'],
        ['uses', 'used', 'using'],
        ['visits', 'visited', 'visiting'],
        ['ties', 'tied', 'tying'],
        ['pushes', 'pushed', 'pushing']
      ]
    )
  })
})

describe('bad vocabulary', () => {
  it('names the entry and the problem', () => {
    assert.throws(() => lint('Text.', {prefer: {Burma: {replace: 'Myanmar'}}}), /prefer\.Burma\.replace: unknown key \(expected use, message, note, source\)/)
  })
})
