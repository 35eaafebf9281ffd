import {asComplementHead} from '../language/clause.js'
import {readEvaluativeLexicon} from './evaluative-data.js'
import {CUE_LEMMAS} from '../voice/cues.js'
import type {ActiveRule, Reporter, RuleContext} from './context.js'

/** The lexicon compiled from AFINN-165, per rule spec (so a test can run with other data). */
const lexicons = new WeakMap<object, ReadonlySet<string>>()

function lexiconFor(rule: ActiveRule): ReadonlySet<string> {
  let lexicon = lexicons.get(rule.spec)
  if (!lexicon) {
    lexicon = readEvaluativeLexicon()
    lexicons.set(rule.spec, lexicon)
  }
  return lexicon
}

/**
 * Strongly evaluative adjectives and adverbs in the reporter's voice ("a disastrous plan",
 * "the proposal is absurd", "brutally"), from a valence lexicon; words the rule's `except`
 * option lists (facts in news, such as "dead" or "illegal") and words another rule has already
 * flagged are left alone. Only sentences holding a listed word are tagged.
 */
export function evaluative(report: Reporter): void {
  const {ctx, rule} = report
  const lexicon = lexiconFor(rule)
  const except = new Set(rule.option<string[]>('except'))
  const also = new Set(rule.option<string[]>('also'))
  const allegiance = new Set(rule.option<string[]>('allegiance'))
  const offences = rule.option<string[]>('offences').map((offence) => offence.split(/\s+/u))
  const flagged = new Set(ctx.file.messages.map((m) => (m.place && 'start' in m.place ? m.place.start.offset : undefined)))
  const {words} = ctx.prose
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!
    if (!(lexicon.has(word.norm) || also.has(word.norm)) || except.has(word.norm) || flagged.has(word.sourceStart)) continue
    const pos = ctx.language.pos(i)
    if ((pos !== 'ADJ' && pos !== 'ADV') || namedAs(ctx, i) || conditionAfterIn(ctx, i)) continue
    // "remained loyal to the ticket": an allegiance stated, not a verdict ("a loyal partisan" is one).
    if (allegiance.has(word.norm) && words[i + 1]?.norm === 'to' && ctx.linked[i] === 1) continue
    // "convicted of reckless driving": the name of an offence, not a verdict of the reporter's.
    if (offences.some((offence) => offence.every((part, k) => words[i + k]?.norm === part && (k === 0 || ctx.linked[i + k - 1] === 1)))) continue
    report.words(i, i + 1, (actual) => `\`${actual}\` is an evaluation in the reporter's voice; describe what happened, or attribute the judgement`)
  }
}

/** "in perfect harmony", "in excellent health": an adjective between "in" and its noun states a condition. */
function conditionAfterIn(ctx: RuleContext, i: number): boolean {
  const {words} = ctx.prose
  const before = words[i - 1]
  const after = words[i + 1]
  if (!before || !after || before.sentence !== words[i]!.sentence || after.sentence !== words[i]!.sentence) return false
  return before.norm === 'in' && ctx.linked[i - 1] === 1 && ctx.linked[i] === 1 && ctx.language.pos(i + 1) === 'NOUN'
}

/** Verbs of regarding someone as something, besides the attribution cues. */
const REGARDING = new Set('berate see view regard portray paint depict cast tar deride'.split(' '))

/**
 * A word in the "as" complement of a verb of calling or judging ("berated as racist", "branded
 * as reckless", "seen as corrupt"): it is the label someone else gave, not the reporter's.
 */
function namedAs(ctx: RuleContext, i: number): boolean {
  const verb = asComplementHead(ctx.prose, i, 3)
  if (verb < 0) return false
  const lemma = ctx.language.lemma(verb)
  return ctx.language.pos(verb) === 'VERB' && (CUE_LEMMAS.has(lemma) || REGARDING.has(lemma))
}
