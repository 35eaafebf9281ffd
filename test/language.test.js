// The linguistic layer's storage (src/language/language.ts): tags per word, per sentence on
// first use, as the tagger gave them.
import assert from 'node:assert/strict'
import {it} from 'node:test'
import {Language} from '../dist/language/language.js'
import {buildProse} from '../dist/parse/prose.js'
import {createParser} from '../dist/processor.js'

const proseOf = (text) => buildProse(createParser('markdown').parse(text), text)

/** A tagger that tags each run of letters as `tags[word]` ([pos, lemma]) and records its calls. */
function stubTagger(tags) {
  const calls = []
  const tagger = (text) => {
    calls.push(text)
    return [...text.matchAll(/\p{L}+/gu)]
      .filter((m) => tags[m[0]])
      .map((m) => ({start: m.index, end: m.index + m[0].length, pos: tags[m[0]][0], lemma: tags[m[0]][1]}))
  }
  return {tagger, calls}
}

it('each word has the part of speech and lemma of the first token over it; a word no token covers is X with no lemma', () => {
  const prose = proseOf('Critics claimed odd things. Nobody don’t care.')
  const {tagger} = stubTagger({
    Critics: ['NOUN', 'critic'],
    claimed: ['VERB', 'claim'],
    odd: ['X', 'odd'],
    Nobody: ['PRON', 'nobody'],
    don: ['AUX', 'do'],
    t: ['PART', 'not']
  })
  const language = new Language(prose, tagger)
  const tags = prose.words.map((w) => [w.text, language.pos(w.index), language.lemma(w.index)])
  assert.deepEqual(tags, [
    ['Critics', 'NOUN', 'critic'],
    ['claimed', 'VERB', 'claim'],
    ['odd', 'X', 'odd'],
    ['things', 'X', ''],
    ['Nobody', 'PRON', 'nobody'],
    ['don’t', 'AUX', 'do'],
    ['care', 'X', '']
  ])
  assert.deepEqual(language.word(1), {pos: 'VERB', lemma: 'claim'})
  assert.deepEqual(language.word(99), {pos: 'X', lemma: ''})
  assert.ok(language.isVerb(1) && !language.isVerb(0) && language.isNominal(0) && language.isNominal(4) && !language.isNominal(2))
})

it('a sentence is tagged once, when one of its words is first asked for', () => {
  const prose = proseOf('One sentence here. Another one there.\n\nA third.')
  const {tagger, calls} = stubTagger({One: ['NUM', 'one'], Another: ['DET', 'another'], third: ['ADJ', 'third']})
  const language = new Language(prose, tagger)
  assert.equal(language.pos(4), 'X')
  assert.deepEqual(calls, ['Another one there.'])
  assert.equal(language.lemma(3), 'another')
  assert.equal(language.pos(0), 'NUM')
  assert.equal(language.pos(7), 'ADJ')
  assert.deepEqual(calls, ['Another one there.', 'One sentence here.', 'A third.'])
})

it('wink-nlp tags real prose', () => {
  const prose = proseOf('The minister claimed that the vote was rigged.')
  const language = new Language(prose)
  const claimed = prose.words.findIndex((w) => w.text === 'claimed')
  assert.deepEqual(language.word(claimed), {pos: 'VERB', lemma: 'claim'})
  assert.equal(language.pos(claimed + 1), 'SCONJ')
})

it('leaves a run of more than 200 characters without a space untagged, and tags the words around it at their offsets', async () => {
  const {winkTagger} = await import('../dist/language/tagger.js')
  const run = 'x'.repeat(5000)
  const text = `The council met ${run} on Monday.`
  const tokens = winkTagger(text)
  assert.ok(!tokens.some((t) => t.end > t.start && text.slice(t.start, t.end).includes('xxxx')), 'no token covers the long run')
  for (const word of ['council', 'Monday']) {
    const token = tokens.find((t) => text.slice(t.start, t.end) === word)
    assert.ok(token, `${word} is tagged at its own offset`)
  }
  // A word of exactly 200 characters is still a token.
  assert.ok(winkTagger(`A ${'y'.repeat(200)} here.`).some((t) => t.end - t.start === 200))
})
