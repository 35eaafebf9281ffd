import {asComplementHead, subjectOf} from '../language/clause.js'
import {CUE_LEMMAS} from '../voice/cues.js'
import type {Reporter, RuleContext} from './context.js'
import {ruleIndex} from './term-index.js'

/** Armed forces: a subject, object or agent that puts a word like "liberated" in a war. */
const FORCES = new Set(
  'army armies troops forces force soldiers military militia militias rebels fighters guerrillas partisans allies navy marines regiment division battalion brigade'.split(
    ' '
  )
)
/** Words before a noun that make its actor a state's forces: "military intervention", "foreign occupation". */
const MILITARY = new Set(['military', 'armed', 'foreign', 'enemy', 'allied', 'army'])
/** Words that may stand between an actor and the noun: "the Turkish military intervention", "the 1974 Turkish intervention". */
const BETWEEN = new Set([
  'military',
  'armed',
  'brief',
  'full-scale',
  'continued',
  'ongoing',
  'subsequent',
  'initial',
  'first',
  'second',
  'prolonged',
  'illegal',
  'brutal'
])
/** Nouns after the term that show another sense: an occupation tax, a liberation front. */
const COMPOUND_AFTER = new Set([
  'tax',
  'taxes',
  'license',
  'licence',
  'licenses',
  'fee',
  'fees',
  'theology',
  'theologian',
  'theologians',
  'movement',
  'movements',
  'therapy',
  'program',
  'programme',
  'programs',
  'strategy',
  'strategies'
])
/** Nouns that need a conflict in view: the rest (propaganda) is a verdict wherever it stands. */
const NEEDS_SIDE = new Set(['liberation', 'intervention', 'occupation', 'exodus'])

const capitalised = (text: string): boolean => /^\p{Lu}/u.test(text)
/** Capitalised words that name a time, not a side: "felt liberated Monday". */
const TIMES = new Set(
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december christmas easter'.split(
    ' '
  )
)

/**
 * One side's words for a conflict, in the reporter's voice, where a side is in view: the noun
 * has a proper adjective or possessive actor ("the Turkish intervention", "Turkey's"), a
 * military one ("armed intervention"), a place or people after "of" ("the occupation of the
 * West Bank") or "under" before it; "liberate" has a proper name or an army as subject, object
 * or agent. Names ("People's Liberation Army"), compounds ("occupation tax", "liberation
 * theology") and other senses ("government intervention in the market") are left alone.
 */
export function conflictFraming(report: Reporter): void {
  const {ctx, rule} = report
  const {words} = ctx.prose
  const index = ruleIndex(rule.spec)
  for (let i = 0; i < words.length; i++) {
    const [match] = index.matchAt(words, ctx.linked, i, ctx.language)
    if (!match) continue
    const word = words[i]!
    const first = i === ctx.prose.sentences[word.sentence]!.firstWord
    // A capitalised word inside a sentence is part of a name ("People's Liberation Army", "the Exodus").
    if (capitalised(word.text) && !first) continue
    if (compound(ctx, i)) continue
    const term = match.value.id
    if (labelledAs(ctx, i)) continue
    const framed = term === 'liberate' ? warVerb(ctx, i) : NEEDS_SIDE.has(term) ? sideInView(ctx, i) : true
    if (framed) report.match(match)
  }
}

/** Verbs of regarding something as something, besides the attribution cues. */
const REGARDING = new Set('see view regard portray paint depict cast dismiss deride denounce condemn label brand'.split(' '))

/**
 * The term in the "as" complement of a verb of calling or regarding ("condemned as being
 * propaganda", "described as a liberation"): it is someone else's label, not the reporter's.
 */
function labelledAs(ctx: RuleContext, i: number): boolean {
  // "as being propaganda", "as a liberation": the verb stands before "as".
  const verb = asComplementHead(ctx.prose, i, 4)
  if (verb < 0) return false
  const lemma = ctx.language.lemma(verb)
  return (
    (ctx.language.pos(verb) === 'VERB' || ctx.language.pos(verb) === 'ADJ') &&
    (CUE_LEMMAS.has(lemma) || REGARDING.has(lemma) || REGARDING.has(ctx.prose.words[verb]!.norm.replace(/ed$/u, '')))
  )
}

/** The word after the term in its sentence, or undefined. */
function next(ctx: RuleContext, i: number, k = 1): string | undefined {
  const word = ctx.prose.words[i + k]
  return word && word.sentence === ctx.prose.words[i]!.sentence ? word.norm : undefined
}

/** "Occupation tax", "liberation theology", "Liberation Front": the term names something else. */
function compound(ctx: RuleContext, i: number): boolean {
  const after = ctx.prose.words[i + 1]
  if (!after || after.sentence !== ctx.prose.words[i]!.sentence || ctx.linked[i] !== 1) return false
  return COMPOUND_AFTER.has(after.norm) || (capitalised(after.text) && capitalised(ctx.prose.words[i]!.text))
}

/** A state, army or people in view of a conflict noun at `i`. */
function sideInView(ctx: RuleContext, i: number): boolean {
  const {words} = ctx.prose
  const sentence = words[i]!.sentence
  // Before: "Turkish", "Turkey's", "the 1974 Turkish military", "military", "under".
  for (let j = i - 1; j >= 0 && j >= i - 3 && words[j]!.sentence === sentence; j--) {
    const word = words[j]!
    if (MILITARY.has(word.norm) && j === i - 1) return true
    if (word.norm === 'under' && j === i - 1) return true
    if (capitalised(word.text) && !isSentenceFirstFunctionWord(ctx, j)) {
      const pos = ctx.language.pos(j)
      return pos === 'ADJ' || pos === 'PROPN' || pos === 'NOUN'
    }
    if (BETWEEN.has(word.norm) || ctx.language.pos(j) === 'NUM' || /^\d{4}$/u.test(word.norm)) continue
    break
  }
  // After: "of Iraq", "of the West Bank", "of northern Cyprus", "of Palestinians".
  if (next(ctx, i) !== 'of') return false
  for (let k = 2; k <= 6; k++) {
    const word = words[i + k]
    if (!word || word.sentence !== sentence) return false
    if (capitalised(word.text)) return true
    // "the island of Timor", "the city of Lydda": a place noun and its "of".
    if (ctx.language.pos(i + k) === 'NOUN' && words[i + k + 1]?.norm === 'of') {
      k++
      continue
    }
    if (!(word.norm === 'the' || ctx.language.pos(i + k) === 'ADJ')) return false
  }
  return false
}

/** "The", "In", "After" at the start of a sentence: capitalised by position, not a name. */
function isSentenceFirstFunctionWord(ctx: RuleContext, j: number): boolean {
  const word = ctx.prose.words[j]!
  if (j !== ctx.prose.sentences[word.sentence]!.firstWord) return false
  const pos = ctx.language.pos(j)
  return pos !== 'ADJ' && pos !== 'PROPN'
}

/** Whether a form of "liberate" at `i` is about a war: a name or an army as its subject, object or agent. */
function warVerb(ctx: RuleContext, i: number): boolean {
  const {words} = ctx.prose
  const sentence = words[i]!.sentence
  const side = (j: number): boolean => {
    const word = words[j]!
    if (TIMES.has(word.norm)) return false
    return FORCES.has(word.norm.replace(/'s?$/u, '')) || (capitalised(word.text) && ctx.language.pos(j) === 'PROPN')
  }
  const subject = subjectOf(ctx.prose, ctx.language, i)
  if (subject >= 0 && side(subject)) return true
  // Object or agent: "liberated Manchukuo", "liberated the entire island from", "liberated by the Soviet army".
  for (let k = 1; k <= 5; k++) {
    const word = words[i + k]
    if (!word || word.sentence !== sentence) break
    if (side(i + k)) return true
    const pos = ctx.language.pos(i + k)
    if (!(word.norm === 'by' || pos === 'DET' || pos === 'ADJ' || pos === 'ADV' || pos === 'NUM' || (capitalised(word.text) && pos !== 'VERB'))) break
    if (capitalised(word.text) && !TIMES.has(word.norm)) return true
  }
  return false
}
