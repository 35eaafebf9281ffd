import type {PhraseIndex, PhraseMatch} from '../match/phrase-index.js'
import type {Reporter, RuleContext} from './context.js'
import {UNLESS_CLASSES, type TermSpec} from './spec.js'
import {ruleConditions, termConditions} from './when.js'

/** A match of one rule's term, as a rule's own check sees it. */
export interface Hit {
  match: PhraseMatch<TermSpec>
  report: Reporter
}

/** What a rule brings to the scanner besides its terms. */
export interface Scan<T> {
  /** Indexes matched at every word; their matches there are tried longest first. */
  indexes: ReadonlyArray<PhraseIndex<T>>
  /** The rule (its reporter) and the term a match is for; undefined when that rule is not running. */
  claim: (value: T) => {report: Reporter; term: TermSpec} | undefined
  /** The rule's own test of a match, besides its term's `unless` and `when` and the rule's `when`. */
  accept?: (hit: Hit) => boolean
  /** The note of a term's message, instead of the term's own. */
  note?: (term: TermSpec) => string | undefined
  /** Told of each match reported. */
  reported?: (hit: Hit) => void
}

/**
 * The one loop of every rule that flags terms: at each word, the matches of the indexes,
 * longest first; a match counts when its term's `unless` words are absent, its term's and
 * rule's conditions hold and the rule's own test passes, and it is reported through its rule's
 * reporter (which stays quiet in a voice the rule ignores). A rule never reports overlapping
 * matches: once one is reported, its rule skips words up to its end.
 */
export function scan<T>(ctx: RuleContext, rule: Scan<T>): void {
  const {words} = ctx.prose
  const reached = new Map<Reporter, number>()
  for (let i = 0; i < words.length; i++) {
    for (const found of matchesAt(ctx, rule.indexes, i)) {
      const claimed = rule.claim(found.value)
      if (!claimed || (reached.get(claimed.report) ?? 0) > i) continue
      const {report, term} = claimed
      const hit: Hit = {match: {...found, value: term}, report}
      if (rule.accept && !rule.accept(hit)) continue
      if (excluded(ctx, term, found.start, found.end) || !meets(ctx, report, term, found.start, found.end)) continue
      if (!report.match(hit.match, rule.note?.(term))) continue
      reached.set(report, found.end)
      rule.reported?.(hit)
    }
  }
}

/** `scan` for one rule with one index of its own terms. */
export function scanTerms(report: Reporter, index: PhraseIndex<TermSpec>, own: Omit<Scan<TermSpec>, 'indexes' | 'claim'> = {}): void {
  scan(report.ctx, {...own, indexes: [index], claim: (term) => ({report, term})})
}

/** The matches of the indexes starting at word `i`, longest first. */
function matchesAt<T>(ctx: RuleContext, indexes: ReadonlyArray<PhraseIndex<T>>, i: number): Array<PhraseMatch<T>> {
  // Most words match nothing: join the indexes' matches only when there are some.
  let matches: Array<PhraseMatch<T>> = []
  for (const index of indexes) {
    const found = index.matchAt(ctx.prose.words, ctx.linked, i, ctx.language)
    if (found.length > 0) matches = matches.length === 0 ? found : [...matches, ...found]
  }
  return matches.length > 1 ? matches.sort((a, b) => b.end - a.end) : matches
}

/** The rule's conditions (its data's `when`, then its settings') and the term's own `when` all hold. */
function meets(ctx: RuleContext, report: Reporter, term: TermSpec, start: number, end: number): boolean {
  return ruleConditions(report.rule).every((condition) => condition(ctx, start, end)) && termConditions(term).every((condition) => condition(ctx, start, end))
}

/** A term's `unless` context: the word before or after shows another sense. */
function excluded(ctx: RuleContext, term: TermSpec, start: number, end: number): boolean {
  if (!term.unless) return false
  const {words, sentences} = ctx.prose
  const before = start > 0 && words[start - 1]!.sentence === words[start]!.sentence ? words[start - 1]!.norm : undefined
  const after = end < words.length && sentences[words[end]!.sentence] && words[end]!.sentence === words[end - 1]!.sentence ? words[end]!.norm : undefined
  return Boolean((before && listed(term.unless.before, before)) || (after && listed(term.unless.after, after)))
}

function listed(list: string[] | undefined, word: string): boolean {
  return list !== undefined && list.some((entry) => entry === word || UNLESS_CLASSES[entry]?.test(word) === true)
}
