// The phrase index: phrases that share a first word are told apart by their second word, and
// every phrase that starts at a word still comes back, in the order the phrases were added.
import assert from 'node:assert/strict'
import {describe, it} from 'node:test'
import {PhraseIndex} from '../dist/match/phrase-index.js'
import {normalizeWord} from '../dist/parse/prose.js'

/** Words of a plain sentence, each linked to the next (white space only between them). */
function sentence(text) {
  const words = text.split(' ').map((t) => ({text: t, norm: normalizeWord(t)}))
  return {words, linked: new Uint8Array(words.map((_, i) => (i + 1 < words.length ? 1 : 0)))}
}

function matches(index, text, at = 0, tags) {
  const {words, linked} = sentence(text)
  return index.matchAt(words, linked, at, tags).map(
    (m) =>
      `${m.value}:${words
        .slice(m.start, m.end)
        .map((w) => w.text)
        .join(' ')}`
  )
}

describe('PhraseIndex', () => {
  const index = new PhraseIndex()
  index.add('the', 'one-word')
  index.add('the (regime|junta)', 'ruler')
  index.add('the * of', 'any-second')
  index.add('the Chosen One', 'titled', true)
  index.add('the claim (verb)', 'never-a-verb-here')
  index.add('the (plan|scheme) (fails|failed)', 'plan')
  index.add('the regime (fell|falls)', 'fall')

  it('returns every phrase that starts at a word, in the order added', () => {
    assert.deepEqual(matches(index, 'the regime fell'), ['one-word:the', 'ruler:the regime', 'fall:the regime fell'])
    assert.deepEqual(matches(index, 'the scheme failed quickly'), ['one-word:the', 'plan:the scheme failed'])
    assert.deepEqual(matches(index, 'the rest of it'), ['one-word:the', 'any-second:the rest of'])
    assert.deepEqual(matches(index, 'the regime of fear'), ['one-word:the', 'ruler:the regime', 'any-second:the regime of'])
  })

  it('matches a possessive last word through its stem, any case unless asked', () => {
    assert.deepEqual(matches(index, "The Regime's leaders"), ['one-word:The', "ruler:The Regime's"])
    assert.deepEqual(matches(index, 'the Chosen One'), ['one-word:the', 'titled:the Chosen One'])
    assert.deepEqual(matches(index, 'the chosen one'), ['one-word:the'])
  })

  it('matches lemma words by form and asks the tagger for their part of speech', () => {
    const verbs = {pos: (i) => (i === 1 ? 'VERB' : 'DET')}
    const nouns = {pos: (i) => (i === 1 ? 'NOUN' : 'DET')}
    assert.deepEqual(matches(index, 'the claimed', 0, verbs), ['one-word:the', 'never-a-verb-here:the claimed'])
    assert.deepEqual(matches(index, 'the claims', 0, nouns), ['one-word:the'])
  })

  it('only one-word phrases match before a word that does not follow directly', () => {
    const {words} = sentence('the regime fell')
    const unlinked = new Uint8Array(words.length)
    assert.deepEqual(
      index.matchAt(words, unlinked, 0).map((m) => m.value),
      ['one-word']
    )
    assert.deepEqual(matches(index, 'regime'), [])
  })
})
