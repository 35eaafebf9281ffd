// Genres: front matter (or the config) switches which judgements apply; sourcing stays.
import assert from 'node:assert/strict'
import fs from 'node:fs'
import {describe, it} from 'node:test'
import {lint} from '../dist/index.js'
import {span} from './message-parts.js'

const opinion = fs.readFileSync(new URL('./fixtures/opinion-column.md', import.meta.url), 'utf8')
const asNews = opinion.replace('genre: opinion', 'genre: news')
const found = (file) => file.messages.map((m) => `${m.ruleId} ${m.actual}`)

describe('genre from front matter', () => {
  it('an opinion piece keeps the sourcing and attribution rules but relaxes judgement rules', () => {
    const news = found(lint(asNews))
    const column = found(lint(opinion))
    for (const judgement of ['editorializing Unfortunately', 'loaded-emotive shameful', 'loaded-emotive disgraceful', 'doubt so-called']) {
      assert.ok(news.includes(judgement), `news flags ${judgement}`)
      assert.ok(!column.includes(judgement), `opinion does not flag ${judgement}`)
    }
    for (const sourcing of ['weasel Critics say', 'speech-verb claimed']) {
      assert.ok(news.includes(sourcing), `news flags ${sourcing}`)
      assert.ok(column.includes(sourcing), `opinion still flags ${sourcing}`)
    }
  })
  it('analysis turns judgement rules into information', () => {
    const file = lint(opinion.replace('genre: opinion', 'genre: analysis'))
    const unfortunately = file.messages.find((m) => m.actual === 'Unfortunately')
    assert.ok(unfortunately)
    assert.equal(unfortunately.fatal, undefined)
    assert.ok(file.messages.some((m) => m.ruleId === 'weasel' && m.fatal === false))
  })
  it('an obituary relaxes puffery in paraphrased tributes, not in narrative', () => {
    const text = '---\ngenre: obituary\n---\n\nHis colleagues said he was a legendary teacher.\n\nThe legendary teacher died on Monday.\n'
    assert.deepEqual(found(lint(text)), ['puffery legendary'])
    assert.equal(span(lint(text).messages[0]).start.line, 7)
    assert.equal(found(lint(text.replace('genre: obituary', 'genre: news'))).length, 2)
  })
  it('court reporting allows the legal senses of claim and allege', () => {
    const text = 'The defendant claimed that he was at home. The man allegedly fled the scene.\n'
    const config = {preset: ['neutral', 'packs/crime-courts']}
    assert.deepEqual(found(lint(text, config)), ['speech-verb claimed', 'unattributed-allegation allegedly'])
    assert.deepEqual(found(lint(`---\ngenre: court\n---\n\n${text}`, config)), [])
  })
  it('the config names the genre of drafts whose front matter does not', () => {
    const text = 'Unfortunately, the plan failed.\n'
    assert.equal(found(lint(text, {genre: 'opinion'})).length, 0)
    assert.equal(found(lint(`---\ngenre: news\n---\n\n${text}`, {genre: 'opinion'})).length, 1)
  })
  it('an unknown genre in the front matter is reported, and the draft linted as the default', () => {
    const file = lint('---\ngenre: sports\n---\n\nUnfortunately, the plan failed.\n')
    assert.deepEqual(found(file).sort(), ['editorializing Unfortunately', 'genre ---'])
    assert.match(file.messages.find((m) => m.ruleId === 'genre')?.reason ?? '', /unknown genre `sports`/)
  })
  it('an unknown genre in the config is a configuration error', () => {
    assert.throws(() => lint('Text.', {genre: 'sports'}), /genre: expected one of news, .*, got "sports"/)
  })
})
