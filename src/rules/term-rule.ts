import {PhraseIndex, type PhraseMatch} from '../match/phrase-index.js'
import {CONDITIONS, type Condition} from './conditions.js'
import {Reporter, type ActiveRule, type RuleContext} from './context.js'
import {DataError} from '../data/validate.js'
import {UNLESS_CLASSES, type RuleSpec, type TermSpec} from './spec.js'

interface TermRef {
  rule: string
  term: TermSpec
}

/** The compiled index of each rule catalogue (a catalogue is read once, so this compiles once per catalogue). */
const compiled = new WeakMap<ReadonlyMap<string, RuleSpec>, PhraseIndex<TermRef>>()
const houseIndexes = new WeakMap<RuleSpec, PhraseIndex<TermRef>>()
const ruleIndexes = new WeakMap<RuleSpec, PhraseIndex<TermSpec>>()

/** The terms of one code rule that matches words itself (speech verbs, extrajudicial verbs). */
export function ruleIndex(spec: RuleSpec): PhraseIndex<TermSpec> {
  let index = ruleIndexes.get(spec)
  if (!index) {
    index = new PhraseIndex<TermSpec>()
    for (const term of spec.terms) for (const phrase of term.match) index.add(phrase, term, term.case === 'sensitive')
    ruleIndexes.set(spec, index)
  }
  return index
}

function indexTerms(index: PhraseIndex<TermRef>, spec: RuleSpec): void {
  for (const term of spec.terms) {
    for (const phrase of term.match) {
      try {
        index.add(phrase, {rule: spec.id, term}, term.case === 'sensitive')
      } catch (error) {
        // Too many alternatives to expand (a user's term list): name the rule's file.
        if (error instanceof RangeError) throw new DataError(spec.file, `term \`${term.id}\`: ${error.message}`)
        throw error
      }
    }
  }
}

/** One index over the terms of every term rule of a catalogue, compiled on first use. */
export function termIndex(specs: ReadonlyMap<string, RuleSpec>): PhraseIndex<TermRef> {
  const cached = compiled.get(specs)
  if (cached) return cached
  const index = new PhraseIndex<TermRef>()
  for (const spec of specs.values()) {
    if (spec.kind !== 'terms') continue
    for (const name of spec.when) if (!CONDITIONS[name]) throw new DataError(spec.file, `unknown condition \`${name}\` in \`when\``)
    indexTerms(index, spec)
  }
  compiled.set(specs, index)
  return index
}

const loadedRules = new WeakMap<ReadonlyMap<string, RuleSpec>, ReadonlySet<string>>()

/** The ids of a catalogue's loaded-language term rules (what makes an anonymous source's words a judgement), found once per catalogue. */
export function loadedTermRules(specs: ReadonlyMap<string, RuleSpec>): ReadonlySet<string> {
  let ids = loadedRules.get(specs)
  if (!ids) {
    ids = new Set([...specs.values()].filter((s) => s.family === 'loaded' && s.kind === 'terms').map((s) => s.id))
    loadedRules.set(specs, ids)
  }
  return ids
}

/** A config's own vocabulary (the `house-custom` rule), compiled once per configuration. */
function houseIndex(spec: RuleSpec): PhraseIndex<TermRef> {
  let index = houseIndexes.get(spec)
  if (!index) {
    index = new PhraseIndex<TermRef>()
    indexTerms(index, spec)
    houseIndexes.set(spec, index)
  }
  return index
}

/** The named conditions a rule runs under: its data's `when`, then its settings' `when` option. */
function conditionsOf(rule: ActiveRule): Condition[] {
  return [...rule.spec.when, ...rule.option<string[]>('when')].map((name) => {
    const condition = CONDITIONS[name]
    if (!condition) throw new DataError(rule.spec.file, `unknown condition \`${name}\` in the settings of \`${rule.id}\``)
    return condition
  })
}

/**
 * Runs every enabled term rule in one pass over the words: the house vocabulary first, then the
 * rules' data. Two dictionaries saying the same thing are reported once: a span already flagged
 * for the same term id (committed suicide in `house-ap` and `inclusive-suicide`), and words
 * already flagged by another `house` rule (Kiev in `house-ap` and in a topic pack).
 */
export function runTermRules(ctx: RuleContext, rules: ReadonlyMap<string, ActiveRule>, specs: ReadonlyMap<string, RuleSpec>, house?: RuleSpec): void {
  const indexes = house ? [houseIndex(house), termIndex(specs)] : [termIndex(specs)]
  const {words} = ctx.prose
  const conditions = new Map([...rules.values()].filter((rule) => rule.spec.kind === 'terms').map((rule) => [rule.id, conditionsOf(rule)]))
  // Per rule, where its last match ended: a rule never reports overlapping matches.
  const reachedBy = new Map<string, number>()
  const reported = new Set<string>()
  const reporters = new Map<string, Reporter>()
  let houseReached = 0
  for (let i = 0; i < words.length; i++) {
    // Most words match nothing: join the indexes' matches only when there are some.
    let matches: Array<PhraseMatch<TermRef>> = []
    for (const index of indexes) {
      const found = index.matchAt(words, ctx.linked, i, ctx.language)
      if (found.length > 0) matches = matches.length === 0 ? found : [...matches, ...found]
    }
    if (matches.length === 0) continue
    matches.sort((a, b) => b.end - a.end)
    for (const match of matches) {
      const rule = rules.get(match.value.rule)
      if (!rule || (reachedBy.get(rule.id) ?? 0) > i) continue
      const {term} = match.value
      const key = `${match.start}:${match.end}:${term.id}`
      const house = rule.spec.family === 'house'
      if (reported.has(key) || (house && match.start < houseReached) || excluded(ctx, term, match.start, match.end)) continue
      if (!conditions.get(rule.id)!.every((condition) => condition(ctx, match.start, match.end))) continue
      if (!meetsTermConditions(ctx, term, match.start, match.end)) continue
      let reporter = reporters.get(rule.id)
      if (!reporter) reporters.set(rule.id, (reporter = new Reporter(ctx, rule)))
      if (!reporter.match({...match, value: term})) continue
      reachedBy.set(rule.id, match.end)
      reported.add(key)
      if (house) houseReached = Math.max(houseReached, match.end)
    }
  }
}

/** A term's own `when`: the conditions its sense needs ("slam" as criticism, "just" before an amount). */
export function meetsTermConditions(ctx: RuleContext, term: TermSpec, start: number, end: number): boolean {
  return !term.when || term.when.every((name) => CONDITIONS[name]!(ctx, start, end))
}

/** A term's `unless` context: the word before or after shows another sense. */
export function excluded(ctx: RuleContext, term: TermSpec, start: number, end: number): boolean {
  if (!term.unless) return false
  const {words, sentences} = ctx.prose
  const before = start > 0 && words[start - 1]!.sentence === words[start]!.sentence ? words[start - 1]!.norm : undefined
  const after = end < words.length && sentences[words[end]!.sentence] && words[end]!.sentence === words[end - 1]!.sentence ? words[end]!.norm : undefined
  return Boolean((before && listed(term.unless.before, before)) || (after && listed(term.unless.after, after)))
}

function listed(list: string[] | undefined, word: string): boolean {
  return list !== undefined && list.some((entry) => entry === word || UNLESS_CLASSES[entry]?.test(word) === true)
}
