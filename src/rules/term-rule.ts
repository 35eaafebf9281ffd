import {PhraseIndex} from '../match/phrase-index.js'
import {CONDITIONS} from './conditions.js'
import {reasonFor, report, voiceOfRange, type ActiveRule, type RuleContext} from './context.js'
import {DataError, type RuleSpec, type TermSpec} from './spec.js'

interface TermRef {
  rule: string
  term: TermSpec
}

let compiled: PhraseIndex<TermRef> | undefined

/** One index over the terms of every term rule, compiled once per process. */
export function termIndex(specs: Iterable<RuleSpec>): PhraseIndex<TermRef> {
  if (compiled) return compiled
  const index = new PhraseIndex<TermRef>()
  for (const spec of specs) {
    if (spec.kind !== 'terms') continue
    for (const name of spec.when) if (!CONDITIONS[name]) throw new DataError(spec.file, `unknown condition \`${name}\` in \`when\``)
    for (const term of spec.terms) {
      for (const phrase of term.match) {
        try {
          index.add(phrase, {rule: spec.id, term}, term.case === 'sensitive')
        } catch (error) {
          if (error instanceof RangeError) throw new DataError(spec.file, `term \`${term.id}\`: ${error.message}`)
          throw error
        }
      }
    }
  }
  compiled = index
  return index
}

/** Runs every enabled term rule in one pass over the words. */
export function runTermRules(ctx: RuleContext, rules: ReadonlyMap<string, ActiveRule>, specs: Iterable<RuleSpec>): void {
  const index = termIndex(specs)
  const {words} = ctx.prose
  // Per rule, where its last match ended: a rule never reports overlapping matches.
  const reachedBy = new Map<string, number>()
  for (let i = 0; i < words.length; i++) {
    const matches = index.matchAt(words, ctx.linked, i)
    if (matches.length === 0) continue
    matches.sort((a, b) => b.end - a.end)
    for (const match of matches) {
      const rule = rules.get(match.value.rule)
      if (!rule || (reachedBy.get(rule.id) ?? 0) > i) continue
      const {term} = match.value
      if (excluded(ctx, term, match.start, match.end)) continue
      if (!rule.spec.when.every((name) => CONDITIONS[name]!(ctx, match.start, match.end))) continue
      const voice = voiceOfRange(ctx.voice, match.start, match.end)
      const severity = rule.severityFor(voice)
      if (!severity) continue
      reachedBy.set(rule.id, match.end)
      const first = words[match.start]!
      const last = words[match.end - 1]!
      const actual = ctx.prose.blocks[first.block]!.text.slice(first.start, last.end)
      report(ctx, rule, {
        block: first.block,
        start: first.start,
        end: last.end,
        reason: reasonFor(rule.spec, actual, term.suggest),
        voice,
        severity,
        expected: term.suggest,
        term,
        word: match.start
      })
    }
  }
}

function excluded(ctx: RuleContext, term: TermSpec, start: number, end: number): boolean {
  if (!term.unless) return false
  const {words, sentences} = ctx.prose
  const before = start > 0 && words[start - 1]!.sentence === words[start]!.sentence ? words[start - 1]!.norm : undefined
  const after = end < words.length && sentences[words[end]!.sentence] && words[end]!.sentence === words[end - 1]!.sentence ? words[end]!.norm : undefined
  return Boolean((before && term.unless.before?.includes(before)) || (after && term.unless.after?.includes(after)))
}
