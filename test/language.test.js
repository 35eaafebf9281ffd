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

it('sentences: "No." before a number ends none; an abbreviation in capitals before a subject pronoun ends one', () => {
  const count = (text) => proseOf(text).sentences.length
  for (const text of ['Senator Ana Ruiz, the No. 2 Republican in the Senate, said so.', 'It was No. 1 on the list for weeks.', 'Nos. 4 and 5 were sold.'])
    assert.equal(count(text), 1, text)
  for (const text of ['It hit the U.S. He says so.', 'She moved to Washington, D.C. They followed.', 'It was No. 1 on the list. Then it fell.'])
    assert.equal(count(text), 2, text)
  // Clean counterparts: an abbreviation before a name or a noun ends no sentence.
  for (const text of ['The U.S. Senate voted.', 'He lives in Washington, D.C. with his wife.', 'Say no. No one came.'])
    assert.equal(count(text), text === 'Say no. No one came.' ? 2 : 1, text)
  // Every word belongs to its sentence after a rejoin.
  const prose = proseOf('Ana Ruiz, the No. 2 Republican, said so. Then she left.')
  assert.deepEqual(
    prose.words.map((w) => w.sentence),
    prose.words.map((w) => (w.start < prose.sentences[1].start ? 0 : 1))
  )
})

// The layer is lazy: a sentence is tagged only when a frame or a rule asks about one of its words,
// after cheaper checks on the words themselves. A frame that asks about every word would tag
// nearly every sentence (1,974 of these 2,094, as a frame did before its word check came first).
it('on professional reportage, about half the sentences are ever tagged', async () => {
  const {DOCUMENTS, renderDocument} = await import('../real-copy/documents.mjs')
  const {analyzeVoice} = await import('../dist/index.js')
  let tagged = 0
  let sentences = 0
  for (const name of DOCUMENTS) {
    const {prose, language} = analyzeVoice(renderDocument(name).text)
    tagged += language.taggedSentences
    sentences += prose.sentences.length
  }
  assert.ok(tagged / sentences <= 0.56, `${tagged} of ${sentences} sentences tagged (at most 0.56 expected; 0.52 when written)`)
})
