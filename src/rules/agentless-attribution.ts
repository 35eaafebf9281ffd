import {BE_FORMS, CALENDAR_NAMES, DEFINITE_DETERMINERS} from '../data/word-classes.js'
import {isClause} from '../language/clause.js'
import {inflect} from '../match/inflect.js'
import {IRREGULAR_VERBS} from '../match/irregular.js'
import {creditsContent, type Attribution} from '../voice/attribution.js'
import {CUE_LEMMAS} from '../voice/cues.js'
import {CONDITIONS} from './conditions.js'
import type {Reporter, RuleContext} from './context.js'

/** Verbs whose passive hides who holds the view: "is expected to", "are seen as", "it is believed". */
const VIEW_LEMMAS = new Set(
  (
    'say think believe know expect see consider regard view describe accept report rumour rumor suggest claim allege ' +
    'understand feel fear hold estimate assume acknowledge argue predict deem perceive portray characterise characterize ' +
    'brand label tout bill hail criticise criticize praise recognise recognize agree dispute question doubt speculate ' +
    'condemn denounce decry deride ridicule dismiss lambast slam blast'
  ).split(' ')
)
/** View verbs that say what something is only with "as" ("was widely condemned as …"; not "condemned to death", "dismissed from the case"). */
const AS_ONLY = new Set('condemn denounce decry deride ridicule dismiss lambast slam blast'.split(' '))
/** Verbs that take a predicate straight after their passive: "is considered the frontrunner", "was deemed a failure". */
const BARE_PREDICATE = new Set(['consider', 'deem'])
const BE = new Set([...BE_FORMS, "'s"])
/** What follows the participle when it frames a view: "expected to", "seen as", "believed that". */
const FRAME_AFTER = new Set(['to', 'as', 'that', 'by'])
/** Agents that are no agent at all: "seen by many as", "considered by some". */
const VAGUE_AGENTS = new Set('many some most others few several critics observers experts analysts people commentators insiders'.split(' '))
/** Quantifiers that make a group of holders nobody can check: "many historians", "some say", "others believe". */
const QUANTIFIERS = new Set('many some most several numerous various countless others'.split(' '))
/** Verbs of holding a view that a collective subject hides behind, besides the attribution cues. */
const HOLDING = new Set('view see treat regard consider deem describe call criticise criticize question dismiss reject'.split(' '))
/** Plural nouns for people whose only part in a story is to hold a view: any verb of theirs is a view. */
const OPINION_HOLDERS = new Set('critics observers commentators pundits skeptics sceptics detractors'.split(' '))
const REACH = 3

/** Words [start, end) that hide who holds a view. */
interface Span {
  start: number
  end: number
}

/** The past and participle forms of the view verbs: only sentences holding one are tagged. */
const VIEW_PARTICIPLES: ReadonlySet<string> = new Set(
  [...VIEW_LEMMAS].flatMap((lemma) => {
    const irregular = IRREGULAR_VERBS.get(lemma)
    return irregular ? [irregular.past, irregular.participle] : [inflect(lemma, 'ed')]
  })
)

/** Whether word `i` is the past participle of a view verb. */
function viewParticiple(ctx: RuleContext, i: number): boolean {
  return VIEW_PARTICIPLES.has(ctx.prose.words[i]!.norm) && VIEW_LEMMAS.has(ctx.language.lemma(i))
}

/**
 * A passive of a view verb with no agent or a vague one ("it is widely believed that", "is
 * expected to face", "are seen by many as", "is often described as", "was considered the best").
 */
function passiveFrame(ctx: RuleContext, i: number): Span | undefined {
  const {words} = ctx.prose
  const word = words[i]!
  if (!viewParticiple(ctx, i)) return undefined
  // A form of "be" shortly before, with only adverbs and "not" between ("is widely known").
  let be = -1
  for (let j = i - 1; j >= Math.max(0, i - REACH) && words[j]!.sentence === word.sentence; j--) {
    if (BE.has(words[j]!.norm)) {
      be = j
      break
    }
    if (ctx.language.pos(j) !== 'ADV' && words[j]!.norm !== 'not') break
  }
  if (be < 0) return undefined
  const next = words[i + 1]
  const sameSentence = next !== undefined && next.sentence === word.sentence && ctx.linked[i] === 1
  if (AS_ONLY.has(ctx.language.lemma(i)) && !(sameSentence && (next.norm === 'as' || (next.norm === 'by' && words[i + 3]?.norm === 'as')))) return undefined
  const subject = impersonalSubject(ctx, be)
  const impersonal = subject >= 0
  const bare = sameSentence && BARE_PREDICATE.has(ctx.language.lemma(i)) && /^(?:DET|ADJ|NOUN)$/u.test(ctx.language.pos(i + 1))
  if (!impersonal && !bare && !(sameSentence && FRAME_AFTER.has(next.norm))) return undefined
  // "is expected to face": an infinitive; "are reported to the floor" is a place, not a view.
  if (!impersonal && next!.norm === 'to' && ctx.language.pos(i + 2) !== 'VERB' && ctx.language.pos(i + 2) !== 'AUX') return undefined
  // "It is expected to be reported out Tuesday": with an infinitive the "it" is a thing, and this a schedule.
  if (sameSentence && next.norm === 'to' && ctx.language.lemma(i) === 'expect' && scheduled(ctx, i + 2)) return undefined
  let end = i + 1
  // "was questioned as a group by Mr. Weaver": an agent named a few words on, past an adjunct.
  if (sameSentence && next.norm !== 'by' && namedAgentAfter(ctx, i + 1)) return undefined
  if (sameSentence && next.norm === 'by') {
    // "by many" is no agent; "by the minister" or "by Ruiz" is.
    const agent = words[i + 2]
    if (!agent || agent.sentence !== word.sentence || !VAGUE_AGENTS.has(agent.norm)) return undefined
    end = i + 3
  }
  return {start: impersonal ? subject : be, end}
}

/** A "by" and a named or described agent within the next few words of the clause (no comma or verb before it). */
function namedAgentAfter(ctx: RuleContext, from: number): boolean {
  const {words} = ctx.prose
  const sentence = words[from]!.sentence
  for (let j = from; j < Math.min(words.length, from + 6) && words[j]!.sentence === sentence; j++) {
    if (j > from && ctx.linked[j - 1] !== 1) return false
    if (/^(?:VERB|AUX)$/u.test(ctx.language.pos(j))) return false
    const agent = words[j + 1]
    if (words[j]!.norm === 'by' && agent?.sentence === sentence && !VAGUE_AGENTS.has(agent.norm)) return true
  }
  return false
}

/** Words that date an event relative to today: "register today", "receive the report this week". */
const RELATIVE_DAYS = new Set('today tonight tomorrow'.split(' '))
const NEAR = new Set(['this', 'next'])
const PERIODS = new Set('week weekend month year morning afternoon evening'.split(' '))

/**
 * Whether the clause from word `verb` (the infinitive after "is expected to") names when it
 * happens: "to register today", "to receive the report this week", "to continue through
 * Saturday". Such an expectation is a schedule the reporter states, not a view anyone holds.
 */
function scheduled(ctx: RuleContext, verb: number): boolean {
  const {words} = ctx.prose
  const sentence = words[verb]!.sentence
  for (let k = verb; k < words.length && words[k]!.sentence === sentence; k++) {
    const norm = words[k]!.norm
    // Capitalised, so that "may" and "march" are verbs unless they are months.
    if ((CALENDAR_NAMES.has(norm) && /^\p{Lu}/u.test(words[k]!.text)) || RELATIVE_DAYS.has(norm)) return true
    if (NEAR.has(norm) && PERIODS.has(words[k + 1]?.norm ?? '')) return true
    // The clause ends at a comma, a semicolon or a colon ("…, but this is uncertain").
    if (!ctx.linked[k] && /^[,;:]/u.test(ctx.prose.blocks[words[k]!.block]!.text.slice(words[k]!.end).trimStart())) return false
  }
  return false
}

/** The "it" of an impersonal passive ("it is said", "it has been suggested"), auxiliaries between, or -1. */
function impersonalSubject(ctx: RuleContext, be: number): number {
  const {words} = ctx.prose
  for (let j = be - 1; j >= Math.max(0, be - 3) && words[j]!.sentence === words[be]!.sentence; j--) {
    if (words[j]!.norm === 'it') return j
    if (ctx.language.pos(j) !== 'AUX') return -1
  }
  return -1
}

/**
 * A quantified group as the subject of a verb of saying or holding a view: "many historians
 * believe", "some argue", "most readers view it as", "others, however, say", "with many stating
 * that", "some of the critics say". The group may be any noun; a name right after it
 * ("critics, including Sen. Ana Ruiz") makes it a named source.
 */
function collectiveSubject(ctx: RuleContext, i: number): Span | undefined {
  const {words} = ctx.prose
  const {language} = ctx
  const word = words[i]!
  if (!QUANTIFIERS.has(word.norm)) return undefined
  // "most recently reported": an adverb before an adverb or a verb, not a group.
  if (language.pos(i) === 'ADV' && /^(?:ADV|VERB)$/u.test(language.pos(i + 1))) return undefined
  const inSentence = (k: number) => k < words.length && words[k]!.sentence === word.sentence
  // "the many": a quantifier after a determiner is no subject.
  if (i > 0 && inSentence(i - 1) && language.pos(i - 1) === 'DET') return undefined
  let k = i + 1
  // "some of the critics", "many of them": the partitive's noun phrase.
  if (words[k]?.norm === 'of' && inSentence(k)) {
    k++
    if (inSentence(k) && /^(?:DET|PRON)$/u.test(language.pos(k))) k++
  }
  // The group's noun: up to three adjectives and nouns, ending at a plural ("many local citizens").
  let head = -1
  for (let n = 0; n < 3 && inSentence(k) && /^(?:ADJ|NOUN|PROPN)$/u.test(language.pos(k)); n++, k++) {
    if (language.pos(k) !== 'ADJ') head = k
    if (head === k && /s$/u.test(words[k]!.norm)) {
      k++
      break
    }
  }
  if (head >= 0 && !/s$/u.test(words[head]!.norm)) return undefined
  // Adverbs and auxiliaries before the verb ("many have long argued", "some also say"); never a passive.
  while (inSentence(k) && /^(?:ADV|AUX|PART)$/u.test(language.pos(k))) {
    if (BE.has(words[k]!.norm)) return undefined
    k++
  }
  if (!inSentence(k)) return undefined
  const lemma = language.lemma(k) || words[k]!.norm
  const klass = CUE_LEMMAS.get(lemma)
  // A verb the tagger reads as a noun right after the group, before its object or clause ("residents fear that").
  const opinionHolders = head >= 0 && OPINION_HOLDERS.has(words[head]!.norm)
  const objectAfter = opinionHolders ? /^(?:DET|PRON|SCONJ|ADP)$/u : /^(?:DET|PRON|SCONJ)$/u
  const verb = language.pos(k) === 'VERB' || (language.pos(k) === 'NOUN' && (head === k - 1 || k === i + 1) && objectAfter.test(language.pos(k + 1)))
  if (!verb) return undefined
  // "interviews with several leaders have disclosed": after a preposition the group is no subject,
  // except in an absolute phrase ("with many stating that").
  if (i > 0 && inSentence(i - 1) && language.pos(i - 1) === 'ADP' && !words[k]!.norm.endsWith('ing')) return undefined
  // "Many critics take issue with …": a crowd whose only role is to hold views, whatever it does.
  if (HOLDING.has(lemma) || opinionHolders) return {start: i, end: k + 1}
  // A verb of saying or believing needs what is said or believed: "some predict the plan will fail", not "some boast two pools".
  const rest = {start: k + 1, end: ctx.prose.sentences[word.sentence]!.endWord}
  return (klass === 'speech' || klass === 'belief') && (rest.start >= rest.end || isClause(ctx.prose, language, rest)) ? {start: i, end: k + 1} : undefined
}

/** Plural nouns for a crowd of unnamed holders of a view: "analysts say", "according to polls". */
const COLLECTIVE = new Set(
  (
    'critics analysts observers experts commentators pundits economists scientists researchers historians scholars opponents ' +
    'supporters skeptics sceptics insiders outlets reports polls surveys studies media watchers strategists diplomats'
  ).split(' ')
)
const DEFINITE = DEFINITE_DETERMINERS

/**
 * An attribution whose source is an unnamed crowd, wherever it stands: "…, analysts say",
 * "according to polls", "critics of the plan say", "other outlets reported". Its words are the
 * reporter's even inside someone else's reported speech ("The mayor said X; it will fail,
 * analysts say"): an attribution is never the content of another.
 */
function collectiveSources(report: Reporter, taken: readonly Span[]): void {
  const {ctx} = report
  const {words, sentences} = ctx.prose
  const judged: Span[] = [...taken]
  const overlaps = (start: number, end: number) => judged.some((t) => t.start < end && start < t.end)
  for (const a of ctx.voice.attributions) {
    const source = a.source
    if (!source || a.mark || a.kind === 'position' || a.kind === 'issued') continue
    // A participle sharing an earlier clause's group ("state media published a report …,
    // categorically stating"): the group is judged once, and then only at the participle's words.
    const apart = hangsOnClause(ctx, source.end, a.cue.start)
    if (apart && overlaps(source.start, source.end)) continue
    // The group's noun: before "of" ("critics of the plan"), else the last word.
    let headAt = source.end - 1
    for (let i = source.start + 1; i < source.end; i++) {
      if (words[i]!.norm === 'of') {
        headAt = i - 1
        break
      }
    }
    if (!COLLECTIVE.has(words[headAt]!.norm) || DEFINITE.has(words[source.start]!.norm)) continue
    // "a committee of experts": the group belongs to a body the story names or describes.
    if (source.start > 0 && words[source.start - 1]!.norm === 'of' && words[source.start - 1]!.sentence === a.sentence) continue
    // A name in the group ("Gallup polls", "Brookings analysts") makes it named; "critics of Mayor Ruiz" stay unnamed.
    let named = false
    for (let i = source.start; i <= headAt; i++) if (/^\p{Lu}/u.test(words[i]!.text) && i !== sentences[words[i]!.sentence]!.firstWord) named = true
    if (named) continue
    const start = apart ? a.cue.start : Math.min(source.start, a.cue.start)
    const end = apart ? a.cue.end : Math.max(source.end, a.cue.end)
    if (!CONDITIONS['no-named-source']!(ctx, start, end) || overlaps(start, end)) continue
    let reportedOnly = true
    for (let i = start; i < end; i++) if (ctx.voice.voices[i] !== 'reported' && ctx.voice.voices[i] !== 'narrative') reportedOnly = false
    report.words(start, end, undefined, reportedOnly ? 'narrative' : undefined)
    judged.push(source)
  }
}

/** A verb of its own between a source and a cue: the cue is a participle hanging on that clause. */
function hangsOnClause(ctx: RuleContext, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (ctx.language.pos(i) === 'VERB' && !ctx.prose.words[i]!.norm.endsWith('ing')) return true
  return false
}

/**
 * Agentless and collective attribution in the reporter's voice: a view held by nobody named,
 * in a passive frame or behind a quantified group, in a sentence that credits nobody.
 */
export function agentlessAttribution(report: Reporter): void {
  const {ctx} = report
  const {words} = ctx.prose
  const named = CONDITIONS['no-named-source']!
  let reached = 0
  const taken: Span[] = []
  for (let i = 0; i < words.length; i++) {
    if (i < reached) continue
    const sentence = words[i]!.sentence
    // A passive in a sourced sentence has its source; a quantified group is itself the sentence's
    // only "source" when the attribution layer credits it, so only another source counts.
    const passive = ctx.voice.sourced[sentence] ? undefined : passiveFrame(ctx, i)
    const span = passive ?? collectiveSubject(ctx, i)
    if (!span || span.start < reached || !named(ctx, span.start, span.end)) continue
    if (!passive && creditsAnother(ctx, sentence, span)) continue
    if (!report.words(span.start, span.end)) continue
    reached = span.end
    taken.push(span)
  }
  collectiveSources(report, taken)
}

/**
 * Whether the sentence credits a source other than the group at `span`; not one inside the
 * group's own view ("Some viewed this as evidence that Mr. Wagner regarded himself as …").
 */
function creditsAnother(ctx: RuleContext, sentence: number, span: Span): boolean {
  const {attributions} = ctx.voice
  const own = attributions.find((a) => a.sentence === sentence && a.source !== undefined && a.source.start < span.end && span.start < a.source.end)
  const inOwnView = (a: Attribution) => own?.content !== undefined && own.content.start <= a.cue.start && a.cue.end <= own.content.end
  return attributions.some(
    (a) => a.sentence === sentence && a.source !== undefined && creditsContent(a) && (a.source.end <= span.start || a.source.start >= span.end) && !inOwnView(a)
  )
}
