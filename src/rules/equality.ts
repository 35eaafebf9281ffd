import {PhraseIndex} from '../match/phrase-index.js'
import type {Reporter} from './context.js'
import {scanTerms} from './scanner.js'
import {equalityPatterns} from './equality-data.js'
import type {TermSpec} from './spec.js'

const indexes = new Map<string, PhraseIndex<TermSpec>>()

/**
 * retext-equality's patterns for an allow-list of ids, compiled once per process into slant's
 * phrase index. (Its own transformer rebuilds a search index for every paragraph, twice.)
 */
function indexFor(ids: readonly string[]): PhraseIndex<TermSpec> {
  const key = ids.join(' ')
  let index = indexes.get(key)
  if (!index) {
    const keep = new Set(ids)
    index = new PhraseIndex<TermSpec>()
    for (const pattern of equalityPatterns()) {
      if (!keep.has(pattern.id)) continue
      const phrases = pattern.inconsiderate
      const term: TermSpec = {id: pattern.id, match: phrases, suggest: pattern.considerate}
      if (pattern.note) term.note = pattern.note
      // As in retext-equality, a phrase with capitals only matches those exact letters.
      for (const phrase of phrases) index.add(phrase, term, phrase !== phrase.toLowerCase())
    }
    indexes.set(key, index)
  }
  return index
}

/**
 * Inclusive language from retext-equality's word lists (the lists behind alex), under the
 * same voice policy as every slant rule: its pattern id goes into `data.term`. Only the
 * pattern ids in the rule's `ids` option run; many of its patterns are noise in news copy.
 */
export function equality(report: Reporter): void {
  scanTerms(report, indexFor(report.rule.option<string[]>('ids')), {
    note: (term) => `${term.note ? `${term.note} ` : ''}(retext-equality pattern \`${term.id}\`)`
  })
}
