import {CALENDAR_NAMES, POSSESSIVE_DETERMINERS} from '../data/word-classes.js'
import {isClause, isSpeakerWord, subjectOf} from '../language/clause.js'
import type {Word} from '../parse/prose.js'
import {contextWindow, type Reporter, type RuleContext} from './context.js'
import {ruleIndex} from './term-index.js'

/** Words that show the verb is used in its legal sense (a confession in court is a confession). */
const LEGAL = new Set(['court', 'trial', 'testified', 'testimony', 'pleaded', 'plea', 'jury', 'judge', 'sentencing', 'hearing', 'guilty'])
/** Words of a police questioning, where an admission or a confession is the legal one ("confessed while being questioned"). */
const QUESTIONING = new Set(['questioned', 'questioning', 'interrogation', 'interrogated', 'detectives', 'investigators', 'police', 'troopers', 'deputies'])
/** Court filings, which contend what they argue ("a motion which would contend that …"). */
const FILINGS = new Set(['motion', 'appeal', 'petition', 'brief', 'lawsuit', 'suit'])
/** The verbs that have a legal sense, with the words that show it ("admitted the charge", "confessed to the crime"); "noted" has none. */
const LEGAL_SENSES = new Map<string, ReadonlySet<string>>([
  ['claim', LEGAL],
  ['admit', new Set([...LEGAL, ...QUESTIONING])],
  ['confess', new Set([...LEGAL, ...QUESTIONING])],
  ['contend', new Set([...LEGAL, ...FILINGS])]
])
/** Subjects that can really refute (disprove) something. */
const EVIDENCE = new Set([
  'data',
  'evidence',
  'study',
  'studies',
  'research',
  'results',
  'findings',
  'tests',
  'test',
  'experiment',
  'experiments',
  'analysis',
  'figures',
  'records',
  'footage',
  'report'
])

/**
 * Loaded verbs of attribution (MOS:SAID): flags an attribution cue whose verb is in the rule's
 * term list, when it really attributes speech: content before it (`…, she insisted.`), or a
 * clause or quotation after it (`claimed that …`, `admitted he …`). "Admitted to hospital",
 * "claimed the title" and "conceded defeat" are not attributions.
 */
export function speechVerbs(report: Reporter): void {
  const {ctx, rule} = report
  const {words, blocks} = ctx.prose
  const index = ruleIndex(rule.spec)
  // Cues the attribution frames decided on, either way; the fallback below only looks at the others.
  const cues = new Set(ctx.voice.attributions.map((a) => a.cue.start))
  for (const attribution of ctx.voice.attributions) {
    if (attribution.kind !== 'speech') continue
    // The frames decided the cue is a verb where the tagger read a noun ("some may claim it …",
    // "which claims that …"); after a possessive or an article it is the noun ("their claims that …").
    const cue = attribution.cue.start
    // ("These contend …": a demonstrative standing alone is the subject.)
    if (cue > 0 && (owner(words[cue - 1]!) || /^(?:a|an|the)$/u.test(words[cue - 1]!.norm))) continue
    const [match] = index.matchAt(words, ctx.linked, cue, {pos: (i) => (i === cue ? 'VERB' : ctx.language.pos(i))})
    if (!match) continue
    const cueEnd = match.end
    const contentFirst = attribution.content && attribution.content.end <= attribution.cue.start
    const next = words[cueEnd]
    const text = blocks[words[match.start]!.block]!.text
    const after = next && next.sentence === words[match.start]!.sentence ? text.slice(words[cueEnd - 1]!.end, next.start) : ''
    // "Refuted the report" is the misuse itself (refute means disprove), object or clause alike.
    const subjectHead = attribution.source ? words[attribution.source.end - 1]!.norm : ''
    // The attribution frame decided that the verb reports speech: content before it, or a clause
    // (with or without "that"), a quotation or a colon after it. Evidence does refute.
    const speaks = words[match.start]!.norm.startsWith('refut')
      ? !EVIDENCE.has(subjectHead)
      : contentFirst || /["\u201C\u2018:]/u.test(after) || (attribution.content !== undefined && isClause(ctx.prose, ctx.language, attribution.content))
    // Court reporting (genre `court`) sets `legal-context`: every sentence is a legal one.
    if (!speaks || inLegalSense(ctx, rule.option<boolean>('legal-context'), match.start)) continue
    if (attribution.content && demands(ctx, match.start, attribution.content.start)) continue
    // A dated past event in the verb's own sentence; a lead-in's paragraph is more than one fact.
    const sameSentence = attribution.content && words[attribution.content.start]!.sentence === attribution.sentence
    if (sameSentence && FACTIVE.has(ctx.language.lemma(match.start)) && ofRecord(ctx, attribution.content!)) continue
    // "An official statement … noted that …": a document records what it notes; no one's stance is characterised.
    if (FACTIVE.has(ctx.language.lemma(match.start)) && DOCUMENTS.has(subjectHead)) continue
    report.match(match)
  }
  // A verb the attribution frames did not reach: "claim in their book that …", "the chief of staff claim that …".
  for (let i = 0; i < words.length; i++) {
    if (cues.has(i)) continue
    // The structure checks below decide the part of speech where the tagger reads a noun ("the authors claim in …").
    const [match] = index.matchAt(words, ctx.linked, i)
    if (!match || match.end !== i + 1 || !VERB_OR_NOUN.has(ctx.language.pos(i)) || words[i]!.norm.startsWith('refut')) continue
    if (!thatAfter(ctx, i) || !speakerBefore(ctx, i) || inLegalSense(ctx, rule.option<boolean>('legal-context'), i)) continue
    report.match(match)
  }
}

const VERB_OR_NOUN = new Set(['VERB', 'NOUN'])

/** Words of a time or place phrase that may stand between a verb and its "that": "in their 2007 book", "on Monday". */
const PHRASE_LEADS = new Set([
  'in',
  'on',
  'at',
  'during',
  'after',
  'before',
  'last',
  'this',
  'repeatedly',
  'again',
  'publicly',
  'privately',
  'later',
  'earlier',
  'also'
])

/** "that" opening a clause right after the verb at `i`, or after one time or place phrase with no verb in it. */
function thatAfter(ctx: RuleContext, i: number): boolean {
  const {words} = ctx.prose
  const sentence = words[i]!.sentence
  const first = words[i + 1]
  if (!first || first.sentence !== sentence) return false
  if (first.norm === 'that')
    return (
      ctx.language.pos(i + 1) === 'SCONJ' || isClause(ctx.prose, ctx.language, {start: i + 2, end: Math.min(i + 10, ctx.prose.sentences[sentence]!.endWord)})
    )
  if (bareClause(ctx, i)) return true
  if (!PHRASE_LEADS.has(first.norm)) return false
  for (let k = 2; k <= 10; k++) {
    const word = words[i + k]
    if (!word || word.sentence !== sentence) return false
    if (word.norm === 'that')
      return (
        ctx.language.pos(i + k) === 'SCONJ' ||
        isClause(ctx.prose, ctx.language, {start: i + k + 1, end: Math.min(i + k + 8, ctx.prose.sentences[sentence]!.endWord)})
      )
    const pos = ctx.language.pos(i + k)
    if (pos === 'VERB' || pos === 'AUX' || pos === 'PUNCT' || pos === 'SCONJ' || word.norm === 'to') return false
  }
  return false
}

/** Parts of speech of a short subject: "the logic", "the attacks", "it", "most voters". */
const SUBJECT_WORDS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'NUM'])
const RELATIVE = new Set(['who', 'which', 'that', 'whom', 'whose'])

/**
 * A clause with no "that" right after the verb at `i`: a short subject, then its verb ("claim
 * the logic is flawed", "insists it works"); "claimed the title in 2019" has a phrase first.
 */
function bareClause(ctx: RuleContext, i: number): boolean {
  const {words} = ctx.prose
  const sentence = words[i]!.sentence
  for (let k = 1; k <= 7; k++) {
    const word = words[i + k]
    if (!word || word.sentence !== sentence || ctx.linked[i + k - 1] !== 1) return false
    const pos = ctx.language.pos(i + k)
    // "the lives of three people who were …": a relative clause belongs to the object, not a clause of its own.
    if (k > 1 && (pos === 'VERB' || pos === 'AUX') && !word.norm.endsWith('ing'))
      return SUBJECT_WORDS.has(ctx.language.pos(i + k - 1)) && !RELATIVE.has(words[i + k - 1]!.norm)
    // "the logic of the report is flawed": an "of" inside the subject.
    if (!SUBJECT_WORDS.has(pos) && !(word.norm === 'of' && k > 1)) return false
  }
  return false
}

/** A possessive before a word makes it a noun someone owns: "his claim", "Trump's claims", "their warning". */
function owner(word: Word): boolean {
  return POSSESSIVE_DETERMINERS.has(word.norm) || /['\u2019]s?$/u.test(word.text)
}

/** A person or group before the verb (its subject, or the head of a subject the tagger misread): not "the claim that". */
function speakerBefore(ctx: RuleContext, i: number): boolean {
  const {words} = ctx.prose
  const before = words[i - 1]
  if (!before || before.sentence !== words[i]!.sentence) return false
  // "the claim that", "a claim that", "his claim that": a noun, not a verb of attribution.
  const pos = ctx.language.pos(i - 1)
  if (pos === 'DET' || pos === 'ADJ' || pos === 'ADP' || owner(before)) return false
  const subject = ctx.language.pos(i) === 'VERB' ? subjectOf(ctx.prose, ctx.language, i) : i - 1
  if (subject < 0) return false
  // "the chief of staff claim that": the head of the subject stands before "of".
  const head = subject >= 2 && words[subject - 1]!.norm === 'of' && words[subject - 2]!.sentence === words[i]!.sentence ? subject - 2 : subject
  return isSpeakerWord(ctx.prose, ctx.language, subject) || isSpeakerWord(ctx.prose, ctx.language, head)
}

/** Verbs that demand as well as assert: "insist he rest", "insisted that the bill be passed". */
const DEMANDING = new Set(['insist', 'urge', 'demand'])
const SINGULAR_SUBJECTS = new Set(['he', 'she', 'it'])
const MODAL_BEFORE = /^(?:will|would|shall|should|can|could|may|might|must|to|\p{L}+['\u2019](?:ll|d))$/u

/**
 * "his medics insist he rest", "insisted that the bill be passed": a clause with a bare verb
 * (the mandative subjunctive) is a demand, not a doubtful assertion.
 */
function demands(ctx: RuleContext, verb: number, content: number): boolean {
  if (!DEMANDING.has(ctx.language.lemma(verb))) return false
  const {words} = ctx.prose
  for (let i = content; i < Math.min(words.length, content + 6) && words[i]!.sentence === words[verb]!.sentence; i++) {
    const pos = ctx.language.pos(i)
    if (pos !== 'VERB' && pos !== 'AUX') continue
    // ("he'll be ready", "would be": a modal before it, not a demand.)
    if (MODAL_BEFORE.test(words[i - 1]!.norm)) return false
    if (words[i]!.norm === 'be') return true
    // A base form after a singular subject: "he rest", "Ruiz resign" (after "they" it may be a present: "they know").
    const subject = words[i - 1]!
    const singular = SINGULAR_SUBJECTS.has(subject.norm) || (ctx.language.pos(i - 1) === 'PROPN' && !subject.norm.endsWith('s'))
    return pos === 'VERB' && words[i]!.norm === ctx.language.lemma(i) && singular
  }
  return false
}

/** Verbs that present what was said as true: the right verb for a fact of record, loaded for a view. */
const FACTIVE = new Set(['note', 'point', 'observe'])
/** Documents as the subject of a verb of noting: "the statement noted", "the report points out". */
const DOCUMENTS = new Set(
  'statement statements report reports letter memo ruling opinion decision filing study document resolution brief release order minutes'.split(' ')
)
/** Periods after "last": "last November", "last year", "last spring". */
const PAST_PERIODS = new Set([...CALENDAR_NAMES, ...'week weekend month year season spring summer fall autumn winter'.split(' ')])
const AUXILIARY = new Set(['AUX', 'PART'])

/**
 * A dated past event: the clause's first verb in the simple past, with a date before or after it
 * ("Georgia voters last November rejected an amendment", "Congress passed a law in 1960", "two
 * years ago"). Such a clause is a fact of record anyone can check, which "noted" and "pointed
 * out" rightly present as true.
 */
function ofRecord(ctx: RuleContext, content: {start: number; end: number}): boolean {
  const {words} = ctx.prose
  const {language} = ctx
  // "the population has increased 125,000 each year since 1950": a figure kept since a year is a
  // record; "voters have rejected the amendment since 1990" is a view of a trend.
  const year = /^1[89]\d\d$|^20\d\d$/u
  let since = false
  let figure = false
  for (let i = content.start; i < content.end; i++) {
    if (words[i]!.norm === 'since' && year.test(words[i + 1]?.norm ?? '')) since = true
    else if (language.pos(i) === 'NUM' && !year.test(words[i]!.norm)) figure = true
  }
  if (since && figure) return true
  let verb = -1
  for (let i = content.start; i < content.end && verb < 0; i++) {
    if (AUXILIARY.has(language.pos(i))) return false
    if (language.pos(i) === 'VERB') verb = i
  }
  // The simple past: not the lemma ("reject"), not a present ("rejects") or a gerund.
  if (verb < 0 || words[verb]!.norm === language.lemma(verb) || /(?:s|ing)$/u.test(words[verb]!.norm)) return false
  for (let i = content.start; i < content.end; i++) {
    const norm = words[i]!.norm
    const next = words[i + 1]?.norm ?? ''
    if (norm === 'yesterday' || norm === 'ago') return true
    if (norm === 'last' && PAST_PERIODS.has(next)) return true
    if ((norm === 'in' || norm === 'since') && year.test(next)) return true
  }
  return false
}

/** A verb with a legal sense, in a legal story (`legal-context`) or near a court word: "admitted in court that …". */
function inLegalSense(ctx: RuleContext, legalStory: boolean, word: number): boolean {
  const context = LEGAL_SENSES.get(ctx.language.lemma(word))
  if (!context) return false
  if (legalStory) return true
  const {from, to} = contextWindow(ctx, word, word + 1)
  for (let i = from; i < to; i++) if (context.has(ctx.prose.words[i]!.norm)) return true
  return false
}
