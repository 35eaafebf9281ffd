// The real-copy regression set (docs/real-copy.md): slant's messages on Brown Corpus press
// samples, judged by hand. Every rule keeps its precision floor (sourcing 0.8, word-level 0.9)
// unless marked known-below-floor, and never falls below its committed baseline.
import assert from 'node:assert/strict'
import {describe, it} from 'node:test'
import {renderDocument} from '../real-copy/documents.mjs'
import {formatScore, lintDocuments, readFixture, score} from '../real-copy/score.mjs'

const fixture = readFixture()

describe('real copy', () => {
  it('every judgement names a judged span of its document, a verdict and a reason', () => {
    assert.ok(fixture.judgements.length >= 200, `${fixture.judgements.length} judgements`)
    const texts = new Map(fixture.documents.map((name) => [name, renderDocument(name).text]))
    for (const j of fixture.judgements) {
      const where = `${j.doc} ${j.rule} ${j.start}-${j.end}`
      assert.equal(texts.get(j.doc)?.slice(j.start, j.end), j.actual, `${where}: the document no longer has this text there`)
      assert.equal(typeof j.verdict, 'boolean', where)
      assert.ok(j.reason.length > 0, where)
      if (!j.verdict) assert.ok(j.pattern.length > 0, `${where}: a false alarm names its pattern`)
    }
  })

  it('holds every rule at its precision floor and baseline', (t) => {
    const result = score(fixture, lintDocuments(fixture))
    t.diagnostic(formatScore(result))
    assert.deepEqual(result.failures, [])
  })

  it('fails a rule below its floor or its baseline, and lists unjudged messages', () => {
    const judged = (verdict, start) => ({doc: 'ca01', rule: 'puffery', start, end: start + 1, actual: 'x', verdict, reason: 'r', pattern: 'p'})
    const base = {sourcingRules: [], floors: {sourcing: 0.8, word: 0.9}, maxUnjudgedShare: 0.5, baseline: {}, knownBelowFloor: {}}
    const judgements = [judged(true, 0), judged(false, 5)]
    const messages = judgements.map(({verdict, reason, pattern, ...m}) => m)
    const fresh = {doc: 'ca01', rule: 'puffery', start: 9, end: 10, actual: 'y'}
    const run = (extra) => score({...base, judgements, ...extra}, {messages: [...messages, fresh], words: 100})
    assert.match(run({}).failures.join('\n'), /precision 0\.500 .* below the floor 0\.9/u)
    assert.deepEqual(run({knownBelowFloor: {puffery: {precision: 0.5}}, baseline: {puffery: 0.5}}).failures, [])
    assert.match(run({knownBelowFloor: {puffery: {precision: 0.6}}, baseline: {puffery: 0.6}}).failures.join('\n'), /below its baseline 0\.600/u)
    assert.deepEqual(run({}).unjudged, [fresh])
    assert.equal(run({}).per100, 3)
  })
})
