import {BE_FORMS, DEFINITE_DETERMINERS, isAgentNoun, ORGANISATIONS, PEOPLE, PERSONAL_PRONOUNS} from '../data/word-classes.js'
import type {Prose} from '../parse/prose.js'
import type {Language} from './language.js'

/** Pronouns that stand for people (a subject that can speak, feel or criticise). */
const PERSONAL = new Set([...PERSONAL_PRONOUNS, 'you', 'who'])
const RELATIVE = new Set(['who', 'that', 'which'])
/** Words that open a complement clause: "that Russia would recover". */
const COMPLEMENTISERS = new Set(['that', 'whether', 'if'])
/** How far back a subject may stand from its verb (adverbs, auxiliaries, a relative pronoun). */
const REACH = 6

/**
 * The head word of the subject of the verb at `verb`, or -1: the nearest noun or pronoun before
 * it in its sentence, past adverbs, auxiliaries and negation ("the minister has repeatedly
 * claimed"); for a relative clause ("leaders who are nervous"), the noun the pronoun stands for;
 * for a verb coordinated by "and" (once), the subject of the verb before it.
 */
export function subjectOf(prose: Prose, language: Language, verb: number, coordinated = false): number {
  if (verb < 0) return -1
  const {words} = prose
  const sentence = words[verb]!.sentence
  for (let i = verb - 1; i >= 0 && i >= verb - REACH && words[i]!.sentence === sentence; i--) {
    const word = words[i]!
    if (RELATIVE.has(word.norm)) return i > 0 && words[i - 1]!.sentence === sentence && language.isNominal(i - 1) ? i - 1 : word.norm === 'who' ? i : -1
    const pos = language.pos(i)
    if (pos === 'ADV' || pos === 'AUX' || pos === 'PART') continue
    // "attacked the NFL and blasted the rule", "… but said": a coordinated verb shares the first verb's subject.
    if ((word.norm === 'and' || word.norm === 'but') && !coordinated) return subjectOf(prose, language, earlierVerb(prose, language, i), true)
    if (pos === 'NOUN' || pos === 'PROPN' || pos === 'PRON') return i
    // "The union slams …": a noun right after a determiner that the tagger read as an adjective.
    return pos === 'ADJ' && i > 0 && language.pos(i - 1) === 'DET' && i === verb - 1 ? i : -1
  }
  return -1
}

/**
 * The verb before a coordinating "and" at `and`, in its sentence and within reach, or -1: a
 * finite verb of the main clause, not an infinitive, an -ing form or the verb of a relative or
 * a "that" clause ("called on the US to attack the oil that funds the group and proposed …":
 * "called").
 */
function earlierVerb(prose: Prose, language: Language, and: number): number {
  const {words} = prose
  const sentence = words[and]!.sentence
  let nearest = -1
  for (let i = and - 1; i >= 0 && i >= and - 16 && words[i]!.sentence === sentence; i--) {
    // ("McConnell was quick to embrace …": a form of "be" before its complement is the clause's verb too.)
    const copula = language.pos(i) === 'AUX' && BE_FORMS.has(words[i]!.norm) && nearest >= 0 && language.pos(i + 1) !== 'VERB'
    if (language.pos(i) !== 'VERB' && !copula) continue
    if (nearest < 0 && i >= and - 12) nearest = i
    const before = i > 0 ? words[i - 1]!.norm : ''
    if (before === 'to' || RELATIVE.has(before) || words[i]!.norm.endsWith('ing')) continue
    // "his prediction that Russia would recover, and blamed …": the verb of a "that" clause is not the main one.
    const subject = subjectOf(prose, language, i, true)
    if (subject > 0 && COMPLEMENTISERS.has(words[subject - 1]!.norm)) continue
    return i
  }
  return nearest
}

/** A word that names someone who can speak or act: a name, a person or group by role, an organisation, a personal pronoun. */
export function isSpeakerWord(prose: Prose, language: Language, index: number): boolean {
  const word = prose.words[index]!
  // ("his ex-wife": a former role is still a person.)
  const norm = word.norm.replace(/'s?$/u, '').replace(/^ex-/u, '')
  if (PERSONAL.has(norm)) return true
  if (language.pos(index) === 'PROPN' && /^\p{Lu}/u.test(word.text)) return true
  return PEOPLE.has(norm) || ORGANISATIONS.has(norm) || (language.pos(index) === 'NOUN' && isAgentNoun(norm))
}

/**
 * The word before "as" when word `i` stands in an "as" complement within `reach` words
 * ("condemned as propaganda", "seen as corrupt"), or -1: callers decide whether that word is a
 * verb of calling or regarding.
 */
export function asComplementHead(prose: Prose, index: number, reach: number): number {
  const {words} = prose
  for (let j = index - 1; j >= Math.max(1, index - reach) && words[j]!.sentence === words[index]!.sentence; j--) {
    if (words[j]!.norm === 'as') return j - 1
  }
  return -1
}

/**
 * "lenders target the young": after a plural noun, a word the tagger read as a noun, with a
 * determiner after it, is the clause's verb.
 */
export function nounReadAsVerb(prose: Prose, language: Language, j: number): boolean {
  const next = prose.words[j + 1]
  return (
    language.pos(j) === 'NOUN' &&
    language.pos(j - 1) === 'NOUN' &&
    /s$/u.test(prose.words[j - 1]!.norm) &&
    next !== undefined &&
    next.sentence === prose.words[j]!.sentence &&
    DEFINITE_DETERMINERS.has(next.norm)
  )
}

/** Words that open a reported clause: "that …", "whether …", "what …". */
const CLAUSE_OPENERS = new Set(['that', 'whether', 'if', 'what', 'why', 'how', 'who', 'when', 'where'])

/**
 * Whether words [start, end) are a clause (what someone said or claimed), not a bare object:
 * "the plan was fine" has a verb; "a population of 9,000" and "two goals" do not.
 */
export function isClause(prose: Prose, language: Language, range: {start: number; end: number}): boolean {
  if (CLAUSE_OPENERS.has(prose.words[range.start]!.norm)) return true
  // "blasted through the rock to open the tunnel": a prepositional phrase, not what was said.
  if (language.pos(range.start) === 'ADP') return false
  // A finite verb: not an infinitive ("a long double to left center to score") nor an -ing form.
  for (let i = range.start; i < range.end; i++) {
    const pos = language.pos(i)
    if (i > range.start && nounReadAsVerb(prose, language, i)) return true
    if ((pos !== 'VERB' && pos !== 'AUX') || prose.words[i - 1]?.norm === 'to' || prose.words[i]!.norm.endsWith('ing')) continue
    // "for increased voting", "the proposed ban": a participle after a preposition or a determiner modifies a noun.
    const before = i > range.start ? language.pos(i - 1) : ''
    if (pos === 'VERB' && (before === 'ADP' || before === 'DET' || prose.words[i - 1]!.norm === 'for')) continue
    return true
  }
  return false
}
