import {
  BE_FORMS,
  CALENDAR_NAMES,
  DEFINITE_DETERMINERS as DEFINITE,
  isAgentNoun,
  MODAL_AUXILIARIES,
  ORGANISATIONS,
  PEOPLE,
  PERSONAL_PRONOUNS as PERSONAL,
  POSSESSIVE_DETERMINERS
} from '../data/word-classes.js'
import {isClause, isSpeakerWord, subjectOf} from '../language/clause.js'
import type {Language} from '../language/language.js'
import {endsWithColon, type Prose, type Sentence, type Word} from '../parse/prose.js'
import {
  ACCORDING,
  AUXILIARIES,
  CUE_FORM_LEMMAS,
  CUE_FORMS,
  CUE_LEMMAS,
  CUE_PARTICIPLES,
  OBJECT_CUES,
  SPEECH_ACT_NOUNS,
  OBJECT_PHRASES,
  PARTICIPLE_LEADS,
  POSITION_LEMMAS,
  PRONOUNS,
  SOURCE_NOUNS,
  SPEECH_PHRASES,
  SPEECH_VERBS,
  VAGUE_SOURCES,
  type CueClass
} from './cues.js'

/** A range of words: `words[start]` up to, not including, `words[end]`. */
export interface WordRange {
  start: number
  end: number
}

/**
 * One attribution relation (PARC / Citron style): who (source), how (cue), what (content).
 * `vague` marks weasel sources ("critics say", "studies show"): their content is still the
 * reporter's claim.
 */
export interface Attribution {
  /**
   * `position`: a side taken ("endorsed Trump"); its content is the reporter's words for what the side is on.
   * `evidential`: the reporter's own inference, credited to no one ("Trump seemed to …", "is expected to …").
   */
  kind: 'speech' | 'according-to' | 'headline' | 'position' | 'evidential'
  sentence: number
  source?: WordRange
  cue: WordRange
  content?: WordRange
  vague: boolean
  /** A cue that is a punctuation mark, not a word (the colon of `Poll: …`, the dash of `"…" — Ana Ruiz`): prose offsets in its block. */
  mark?: CueMark
}

/** Whether an attribution credits what it reports to a source: not a vague one, not a side taken. */
export function creditsContent(a: Attribution): boolean {
  return !a.vague && a.kind !== 'position' && a.kind !== 'evidential'
}

export interface CueMark {
  block: number
  start: number
  end: number
}

export interface AttributionSettings {
  /** Extra speech verbs that count as attribution cues. */
  verbs?: readonly string[]
}

const DETERMINERS = new Set('the a an his her its their our my your this these that those two three several one'.split(' '))
const NP_STOP = new Set(
  'and but or that what which who whom whose when while because if as than to of in on at for from with by after before since although though so then where not no'.split(
    ' '
  )
)
/** Kickers before a colon that are not speakers: "Analysis: …", "Read more: …". */
const HEADLINE_LABELS = new Set(
  'read analysis opinion exclusive breaking live update updated explainer factbox editorial comment watch video photos timeline correction review interview'.split(
    ' '
  )
)
/** Finite verbs that make the words after a cue a clause of their own ("declared Trump has become…"). */
const FINITE = new Set('is was were are am has have had will would can could should may might must did does do'.split(' '))
/** Words that may follow an inverted speaker: "said the ministry on Monday", "said Lind, who …". */
const ADJUNCTS = new Set('on in at during after before yesterday today tonight late early last this who when as while adding according to from of'.split(' '))
/** Verbs that always report speech when a subject stands before them. */
const UNAMBIGUOUS = new Set(
  'say said says told tells added adds stated explained insisted argued warned confirmed denied acknowledged conceded stressed wrote testified alleged asserted contended maintained declared emphasised emphasized replied responded recalled continued predicted cautioned reiterated'.split(
    ' '
  )
)
/** "found", "showed": only documents, evidence and people make these attribution cues. */
const EVIDENCE_VERBS = new Set('found find finds show shows showed shown'.split(' '))
/** Prepositions whose phrase belongs to a record's name: "results of exit polls", "records from the 2008 cycle". */
const RECORD_OF = new Set(['of', 'from', 'on', 'for'])
/** Words after which a cue form is a noun: articles and possessives ("the press", "his point"). */
const NOUN_LEADS = new Set(['the', 'a', 'an', ...POSSESSIVE_DETERMINERS])
/** Verbs of charging someone with something, and the prepositions of the charge: "accused X of …", "charged him with …". */
const CHARGE_VERBS = new Set(['accuse', 'charge'])
const CHARGE_PREPOSITIONS = new Set(['of', 'for', 'with'])
/** Whom one calls for help: "called police", "called 911". */
const EMERGENCY_SERVICES = new Set('police 911 authorities firefighters paramedics security deputies troopers'.split(' '))
/** Verbs of holding a view of something, before "as": "see golf courses as wasted space". */
const VIEW_FORMS = new Set('see sees saw seen view views viewed regard regards regarded'.split(' '))
/** Verbs of seeming: the reporter's inference ("seemed to", "appears uneasy"). */
const SEEM_FORMS = new Set('seem seems seemed appear appears appeared'.split(' '))
/** The forms of "show" a record shows by: "polls show", "the returns showed", "a poll showing". */
const SHOW_FORMS = new Set('show shows showed showing'.split(' '))
const EVIDENCE = new Set(
  (
    'study studies survey surveys poll polls data report reports research analysis figures records results tests evidence review ' +
    'investigation audit inquiry probe census autopsy return returns filing filings document documents emails transcript ' +
    'indictment ruling memo list minutes average averages video videos footage recording slide chart map tally count ' +
    'statistics estimate estimates projection projections forecast forecasts'
  ).split(' ')
)
/** Descriptions of unnamed sources: "familiar with", "close to", "involved in", "briefed on". */
const KNOWLEDGE_LINKS = new Map([
  ['familiar', 'with'],
  ['close', 'to'],
  ['involved', 'in'],
  ['briefed', 'on'],
  ['knowledge', 'of']
])
/** Verbs of asking and telling that take an object, then a question or a request. */
const REQUESTS = new Set(['ask', 'tell', 'urge', 'question', 'press', 'challenge', 'implore', 'warn', 'remind'])
/** Shares of a group polled or asked: "a third agreed", "half said". */
const FRACTIONS = new Set(['half', 'third', 'thirds', 'quarter', 'quarters', 'fifth', 'fifths', 'majority', 'minority', 'plurality'])
/** Prepositions that open an adjunct or a modifier between a subject and its verb ("on Thursday", "of Ohio"); not "as", "than", "like". */
const ADJUNCT_PREPOSITIONS = new Set('of in on at for from with during after before since until through over under near within across by'.split(' '))
/** Prepositions that join a person or a record to what places them: "a spokesman for", "a narrator in the ad", "a poll by Gallup". */
const PHRASE_LINKS = new Set(['of', 'for', 'in', 'at', 'from', 'on', 'by'])
/** Words before "asked" that leave the asker unnamed: "when asked whether", "if asked about". */
const ASKED_LEADS = new Set('when if after before once as unless until while'.split(' '))
/** Participles of being minded to do something, which leave the infinitive to their subject: "were inclined to explain". */
const DISPOSED = new Set('inclined prepared determined disposed poised resolved'.split(' '))
/** Verbs whose infinitive shares their subject and happens: "hastened to add", "rushed to deny" (not "declined to say"). */
const INFINITIVE_GOVERNORS = new Set('hasten rush move begin start continue try seem appear repeat'.split(' '))
/** Words that end the object of a verb of taking a side: "endorsed Clinton but told …", "backed Paul because …". */
const POSITION_OBJECT_STOPS = new Set('and but or because while although though after before since when as who which that whose whom so than'.split(' '))
/** Pronouns that open a restrictive relative clause: "officials who spoke with the Post". */
const RELATIVES = new Set(['who', 'that'])
/** Conjunctions that join a clause of its own after a comma: "…, but he said …". */
const CLAUSE_JOINS = new Set(['and', 'but', 'yet'])
/** Relative pronouns that are the subject of the verb after them ("the coalition, which claims that …"). */
const RELATIVE_SUBJECTS = new Set(['who', 'which'])
/** Object pronouns that may stand before an infinitive: "wants them to resign". */
const PERSONAL_OBJECTS = new Set('him her them us me you it'.split(' '))
/** Verbs of speech whose infinitive is what was pledged or refused: "vowed to fight", "promised to cut taxes", "refused to comment". */
const INFINITIVE_CUES = new Set('vow promise pledge threaten refuse offer agree hope'.split(' '))
/** Words that start a reported clause with no "that": "admitted he had lied". */
const CLAUSE_SUBJECTS = new Set('he she they it i we there'.split(' '))
/** Quotation marks, with the typewriter pairs ``…'' and ''…''. */
const QUOTE_CHARS = /["\u201C\u201D\u201E\u00AB\u00BB]|''|``/u

/** Words that open a clause reported after a cue: "showed how …", "asked whether …". */
const WH_CLAUSE = new Set('what how why whether if who where when'.split(' '))
/** Records whose figures a phrase with "in" credits: "in the latest poll", "in the RealClearPolitics average". */
const RECORD_HEADS = new Set('poll survey average census tally count'.split(' '))
/** Verbs by which a record holds a figure: "the poll has Clinton at 46 percent", "put his support at 5 percent". */
const ESTIMATE_VERBS = new Set('puts put places placed pegs pegged'.split(' '))
const RECORD_VERBS = new Set(['has', 'had', 'have', 'gives', 'gave', ...ESTIMATE_VERBS])
/** Verbs that name what their object is: "called the plan a disgrace". */
const NAMING = new Set('call label brand dub term deem declare pronounce'.split(' '))
/** Verbs of naming and judging someone, which keep their subject before them (never "…, called X"). */
const NAMING_OR_JUDGING = new Set([...NAMING, 'describe', 'accuse', 'charge', 'characterize', 'characterise', 'find', 'show'])
/**
 * Verbs whose object is the person addressed or judged, so the noun after them is never an
 * inverted speaker: "…," Ramos, 58, told AFP; "Mukasey, a former attorney general, criticized
 * Clinton's email use"; "…, thanked Obama for …".
 */
const NEVER_INVERTED = new Set([
  ...NAMING_OR_JUDGING,
  ...(
    'tell inform remind assure reassure criticize criticise praise thank blame condemn slam blast attack dismiss reject ' +
    'defend congratulate hail welcome applaud mock ridicule urge commend lambast lambaste denounce decry laud extol ' +
    'implore advise instruct order direct command dare counsel'
  ).split(' ')
])
/** Days, months and times of day: adjuncts between a subject and its verb, never a speaker. */
const TIME_NAMES =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|today|yesterday|tonight|morning|afternoon|evening|night|weekend|(?:day|week|month|year|decade|quarter|time)s?|summer|winter|autumn)$/u
/** Prepositions whose object cannot be the subject of the verb after it ("in a box labeled …"); not "after", "before" or "as", which open clauses. */
const OBJECT_PREPOSITIONS = new Set('in on at of for with into onto from to by under over about near inside through among between against'.split(' '))
/** Things said or issued that a participle of saying may follow: "a statement saying …", "a news conference announcing that …". */
const UTTERANCES = new Set(
  'statement statements conference briefing letter letters release video ad advertisement post tweet tweets memo speech interview email emails message note notice filing petition resolution lawsuit complaint order ruling report op-ed editorial column'.split(
    ' '
  )
)
/** Verbs whose first object is the person addressed: "told CNN the bill is dead". */
const ADDRESSEE_VERBS = new Set('tell assure inform warn remind promise convince persuade notify advise'.split(' '))
/** Words that lead into a time phrase after a participle: "released in late August", "taken over the past two weeks". */
const TIME_LEADS = new Set('on in at during over since last this next early late mid the past previous recent earlier few several'.split(' '))
/** Pronouns for a group that can hold a view: "all agreed that", "both say". */
const GROUP_PRONOUNS = new Set(['all', 'both', 'everyone', 'everybody', 'nobody', 'few', 'many', 'most', 'some', 'others'])
/** Adverbs without -ly that stand between a subject and its verb ("has long claimed", "even said"). */
const MIDDLE_ADVERBS = new Set(
  'even also still never long now again already often later once then just previously earlier too ever first soon since'.split(' ')
)

const verbSets = new WeakMap<AttributionSettings, ReadonlySet<string>>()

/** The speech verbs with the configuration's own added, built once per configuration. */
function verbsFor(settings: AttributionSettings): ReadonlySet<string> {
  if (!settings.verbs?.length) return SPEECH_VERBS
  let verbs = verbSets.get(settings)
  if (!verbs) {
    const set = new Set(SPEECH_VERBS)
    for (const verb of settings.verbs) set.add(verb.toLowerCase())
    verbs = set
    verbSets.set(settings, verbs)
  }
  return verbs
}

/** Finds the attributions of every sentence, ignoring words inside quotations. */
export function findAttributions(prose: Prose, quoted: readonly boolean[], language: Language, settings: AttributionSettings = {}): Attribution[] {
  const verbs = verbsFor(settings)
  const found: Attribution[] = []
  // Words the story uses inside names, read once and only if a headline asks.
  let names: ReadonlySet<string> | undefined
  const storyNames = (): ReadonlySet<string> => (names ??= namePartsOf(prose))
  for (const sentence of prose.sentences) {
    const finder = new SentenceAttributions(prose, sentence, quoted, verbs, language, storyNames)
    found.push(...finder.find())
  }
  for (const attribution of found) leadInParagraph(prose, attribution)
  return found
}

/** Capitalised words that follow another capitalised word in their sentence: the later parts of names. */
export function namePartsOf(prose: Prose): ReadonlySet<string> {
  const parts = new Set<string>()
  const {words} = prose
  for (let j = 1; j < words.length; j++) {
    const word = words[j]!
    const before = words[j - 1]!
    if (before.sentence === word.sentence && /^\p{Lu}\p{Ll}/u.test(before.text) && /^\p{Lu}/u.test(word.text)) parts.add(word.text)
  }
  return parts
}

/** The most words between a lead-in's cue and its colon ("said in a statement on Monday night:"). */
const LEAD_IN_TAIL = 8

/**
 * `Limbaugh added:` ending its paragraph, with no quotation marks after it: what was said is the
 * next paragraph (a block quote, a transcript excerpt or a statement pasted as plain text). The
 * few words between the cue and the colon ("told reporters on Monday:") were not what was said.
 */
function leadInParagraph(prose: Prose, attribution: Attribution): void {
  const {words, blocks} = prose
  if (!attribution.source || attribution.vague || attribution.mark) return
  const cue = words[attribution.cue.end - 1]!
  const block = blocks[cue.block]!
  if (block.kind !== 'paragraph' || !endsWithColon(block.text)) return
  // Adjuncts may stand between the cue and the colon ("told reporters on Monday:"), not another sentence.
  let start = attribution.cue.end
  while (start < words.length && words[start]!.block === block.index) {
    if (words[start]!.sentence !== cue.sentence || start - attribution.cue.end >= LEAD_IN_TAIL) return
    start++
  }
  const next = blocks[words[start]?.block ?? -1]
  if (next?.index !== block.index + 1 || next.kind !== 'paragraph') return
  let end = start
  while (end < words.length && words[end]!.block === next.index) end++
  attribution.content = {start, end}
}

class SentenceAttributions {
  private readonly words: readonly Word[]
  private readonly text: string
  private readonly first: number
  private readonly end: number
  private readonly heading: boolean

  constructor(
    private readonly prose: Prose,
    private readonly sentence: Sentence,
    private readonly quoted: readonly boolean[],
    private readonly verbs: ReadonlySet<string>,
    private readonly language: Language,
    private readonly storyNames: () => ReadonlySet<string>
  ) {
    this.words = prose.words
    this.text = prose.blocks[sentence.block]!.text
    this.heading = prose.blocks[sentence.block]!.kind === 'heading'
    this.first = sentence.firstWord
    this.end = sentence.endWord
  }

  find(): Attribution[] {
    // A sentence of symbols alone ("𖿲") has no words to read.
    if (this.first >= this.end) return []
    const out: Attribution[] = []
    const taken = new Set<number>()
    for (let k = this.first; k < this.end; k++) {
      if (this.quoted[k] || taken.has(k)) continue
      const found =
        this.words[k]!.norm === ACCORDING
          ? this.accordingTo(k)
          : (this.recordShows(k) ??
            this.evidential(k) ??
            this.seesAs(k) ??
            this.inViewOf(k) ??
            this.possessedClaim(k) ??
            this.speech(k, out.at(-1)) ??
            this.closingVerb(k) ??
            this.invertedVerb(k) ??
            this.recordHolds(k) ??
            this.inWordsOf(k) ??
            this.inRecord(k) ??
            this.moreFrom(k))
      if (found) {
        out.push(found)
        for (let i = found.cue.start; i < found.cue.end; i++) taken.add(i)
      }
    }
    // "Fundraising documents show …": a noun read as a cue ("documents") inside the source of the next cue is no cue.
    for (let n = out.length - 2; n >= 0; n--) {
      const next = out[n + 1]!.source
      if (next && next.start <= out[n]!.cue.start && out[n]!.cue.end <= next.end) out.splice(n, 1)
    }
    this.endAtCoordinatedClause(out)
    const asked = taken.size === 0 || !out.some((a) => a.cue.start <= this.first + 1) ? this.askedLead() : undefined
    if (asked) {
      // "Asked if …, 46 percent of voters said yes": the question is the lead's; what was said follows the cue.
      const leadEnd = asked.content?.end ?? asked.cue.end
      for (const a of out) {
        if (!a.content || a.content.start > asked.cue.start || a.content.end > leadEnd + 1) continue
        const after = this.contentAfter(a.cue.end)
        if (after) a.content = after
        else delete a.content
      }
      out.unshift(asked)
    }
    const headline = this.headlineColon() ?? this.headlineLead() ?? this.speakerLabel() ?? this.inRecordLead()
    if (!headline) return out
    // "Obama: I'm Optimistic Americans Will Say No to Trump": a headline's speaker label holds
    // what follows its colon; a title-case "cue" inside that is part of what was said.
    const inside = (a: Attribution) =>
      headline.kind === 'headline' && headline.content !== undefined && headline.content.start <= a.cue.start && a.cue.end <= headline.content.end
    // A transcript turn (`FALLIN: Well, I think …`) holds whatever its speaker reports in it.
    if (headline.kind === 'speech') return [headline, ...out]
    const rest = out.filter((a) => !inside(a))
    return rest.length === 0 ? [headline] : out
  }

  /**
   * A record that shows something, however long its subject phrase: `Early results of exit polls
   * conducted by Edison Research show …`, `Polls show as many as 30 percent …`, `…, records
   * compiled by the center show.`, `a new poll showing his standing down to 14 percent`. The
   * source is the phrase from the start of the clause through the record noun and its "of" phrase.
   */
  private recordShows(k: number): Attribution | undefined {
    const norm = this.words[k]!.norm
    if (!SHOW_FORMS.has(norm) || k === this.first || /^(?:up|off)$/u.test(this.words[k + 1]?.norm ?? '')) return undefined
    // The clause before the cue: back to a comma, a semicolon, a bracket or "that".
    let start = k
    while (start > this.first && k - start < 16 && !/[,;:()—]/u.test(this.gap(start - 1, start)) && this.words[start - 1]!.norm !== 'that') start--
    const head = this.recordHeadIn(start, k)
    if (head < 0) return undefined
    // The record is the subject of the cue: no auxiliary, infinitive or other finite verb between
    // ("The study is the first to show …"); participles may modify it ("records compiled by …").
    for (let i = head + 1; i < k; i++) {
      const pos = this.language.pos(i)
      if (pos === 'AUX' || this.words[i]!.norm === 'to' || (pos === 'VERB' && !/(?:ed|en|wn|ing)$/u.test(this.words[i]!.norm))) return undefined
    }
    // "showing": right after its record ("a poll showing", "emails that night showing").
    if (norm === 'showing' && k - head > 3) return undefined
    let end = head + 1
    while (end + 1 < k && RECORD_OF.has(this.words[end]!.norm) && /^\s+$/u.test(this.gap(end - 1, end))) {
      let phrase = end + 1
      while (
        phrase < k &&
        (/^(?:DET|ADJ|NOUN|PROPN|NUM)$/u.test(this.language.pos(phrase)) || POSSESSIVE_DETERMINERS.has(this.words[phrase]!.norm)) &&
        /^\s+$/u.test(this.gap(phrase - 1, phrase))
      )
        phrase++
      if (phrase === end + 1) break
      end = phrase
    }
    const cue = {start: k, end: k + 1}
    if (norm === 'showing') {
      // What it shows is a finding: a clause or a figure ("a video showing the flooded streets" depicts).
      if (this.words[k + 1]?.norm !== 'that' && !this.clauseAt(k + 1) && !this.figureInObject(k + 1, 10)) return undefined
      // The record's own phrase ("a new poll", not "the wake of a new poll"), and what it shows up to the clause's end.
      let from = head
      while (from > start && /^(?:DET|ADJ|NOUN|PROPN|NUM)$/u.test(this.language.pos(from - 1)) && /^\s+$/u.test(this.gap(from - 1, from))) from--
      let to = k + 1
      while (to < this.end && !/[,;:()\u2014]/u.test(this.gap(to - 1, to))) to++
      return to > k + 1 ? this.make('speech', {start: from, end}, cue, this.contentAfter(k + 1, to)) : undefined
    }
    const source = {start, end}
    // `…, records show.` / `…, records show, and …`: what the record shows is the clause before.
    const closing = k + 1 >= this.end || /^[\s]*[,.;]/u.test(this.text.slice(this.words[k]!.end, this.words[k + 1]!.start + 1))
    if (closing) return start > this.first ? this.make('speech', source, cue, {start: this.first, end: start}) : undefined
    return this.make('speech', source, cue, this.contentAfter(k + 1))
  }

  /** The first record noun ("polls", "records", "results", "polling") heading its phrase in words `from` up to `to`, or -1; no auxiliary before it. */
  private recordHeadIn(from: number, to: number): number {
    for (let i = from; i < to; i++) {
      const pos = this.language.pos(i)
      if (pos === 'AUX' || this.quoted[i]) return -1
      // (The tagger may read a capitalised "Polls" or "Surveys" as a name, and "polling" as a verb.)
      const norm = this.words[i]!.norm
      const record = (EVIDENCE.has(norm) || norm === 'polling') && pos !== 'VERB'
      const polling = norm === 'polling' && i > from && /^(?:ADJ|NOUN|PROPN)$/u.test(this.language.pos(i - 1))
      if (!record && !polling) continue
      // The record heads its phrase: "the poll workers" and "polling places" are no records.
      if (i + 1 >= to || !/^\s+$/u.test(this.gap(i, i + 1)) || !/^(?:NOUN|PROPN)$/u.test(this.language.pos(i + 1))) return i
    }
    return -1
  }

  /**
   * The reporter's inference, credited to no one, as the annotated corpora count it: `Trump
   * seemed to appreciate …`, `he appears somewhat uneasy`, `It appears, though, that …`, `Trump is
   * expected to deliver a speech`. The content is the whole clause, subject included; its words
   * stay in the reporter's voice. Not "appeared on CNN" or "appeared in court".
   */
  private evidential(k: number): Attribution | undefined {
    const norm = this.words[k]!.norm
    const seeming = SEEM_FORMS.has(norm)
    if ((!seeming && norm !== 'expected') || k === this.first || this.quoted[k]) return undefined
    let cue = {start: k, end: k + 1}
    if (norm === 'expected') {
      let be = k - 1
      while (be > this.first && this.isAdverb(be)) be--
      if (!BE_FORMS.has(this.words[be]!.norm) || this.words[k + 1]?.norm !== 'to' || this.language.pos(k + 2) === 'NOUN') return undefined
      cue = {start: be, end: k + 1}
    } else {
      // ("his seeming calm": a modifier after a determiner or a possessive.)
      if (DETERMINERS.has(this.words[k - 1]!.norm) || POSSESSIVE_DETERMINERS.has(this.words[k - 1]!.norm)) return undefined
      const next = this.skipAdverbs(k + 1)
      if (next >= this.end) return undefined
      const word = this.words[next]!.norm
      const pos = this.language.pos(next)
      const infinitive = word === 'to' && next + 1 < this.end && /^(?:VERB|AUX)$/u.test(this.language.pos(next + 1))
      const clause = word === 'that' || word === 'like' || (/^\s*,/u.test(this.gap(k, k + 1)) && this.someWordWithin(k + 1, 5, (w) => w.norm === 'that'))
      if (!infinitive && !clause && pos !== 'ADJ') return undefined
    }
    let start = cue.start
    while (
      start > this.first &&
      cue.start - start < 15 &&
      !/[,;:()\u2014]/u.test(this.gap(start - 1, start)) &&
      !RELATIVE_SUBJECTS.has(this.words[start]!.norm)
    )
      start--
    // A relative clause ends at its comma ("the delegates, who are expected to …, met").
    const stops = RELATIVE_SUBJECTS.has(this.words[start]!.norm) ? /[,;:]/u : /[;:]/u
    let end = cue.end
    while (end < this.end && !stops.test(this.gap(end - 1, end))) end++
    return this.make('evidential', undefined, cue, {start, end})
  }

  /**
   * A view held of something: `developers see golf courses as wasted space`, `Mr. Obama sees Mr.
   * Netanyahu as captured by …`, `many whites saw the program as detrimental`. The subject holds
   * the view; its content is the object and what it is seen as.
   */
  private seesAs(k: number): Attribution | undefined {
    if (!VIEW_FORMS.has(this.words[k]!.norm) || k === this.first || this.quoted[k] || !this.someWordWithin(k + 2, 8, (w) => w.norm === 'as')) return undefined
    let as = k + 1
    while (as < this.end && as - k <= 8 && this.words[as]!.norm !== 'as' && !/[,;:()]/u.test(this.gap(as - 1, as))) {
      if (/^(?:VERB|AUX)$/u.test(this.language.pos(as))) return undefined
      as++
    }
    // ("saw him at the rally as he left", "as the crowd cheered": "as" opening a clause of its own is a time, not a view.)
    if (as === k + 1 || as >= this.end - 1 || this.words[as]!.norm !== 'as' || this.words[as + 1]!.norm === 'well') return undefined
    const verbAt = (i: number) => i < this.end && /^(?:VERB|AUX)$/u.test(this.language.pos(i))
    if (PERSONAL.has(this.words[as + 1]!.norm) || verbAt(as + 2) || (this.language.pos(as + 1) === 'DET' && verbAt(as + 3))) return undefined
    // (The tagger may read "The union views" as nouns: a noun phrase opening the sentence right before the verb is its subject.)
    let phrase = this.first
    while (phrase < k && /^(?:DET|ADJ|NOUN|PROPN)$/u.test(this.language.pos(phrase))) phrase++
    const subject = this.subjectBefore(k) ?? (phrase === k && k > this.first ? {start: this.first, end: k} : undefined)
    if (!subject || !this.canHold(subject, 'belief')) return undefined
    return this.make('speech', subject, {start: k, end: k + 1}, {start: k + 1, end: this.clauseEnd(as)})
  }

  /**
   * A claim named by a noun that someone owns: `Mr. Obama's patronizing suggestion that she was
   * "likable enough"`, `Trump's accusation that Clinton is playing the "woman's card"`, `his claim
   * that …`. The owner is the source; the clause after "that" is what was claimed.
   */
  private possessedClaim(k: number): Attribution | undefined {
    if (!SPEECH_ACT_NOUNS.has(this.words[k]!.norm) || this.quoted[k] || !this.someWordWithin(k + 1, 7, (w) => w.norm === 'that')) return undefined
    // "suggestion at a similarly timed debate that …": a short phrase may come between.
    let that = k + 1
    while (that < this.end && that - k <= 6 && this.words[that]!.norm !== 'that' && !/^(?:VERB|AUX)$/u.test(this.language.pos(that))) that++
    if (that + 1 >= this.end || this.words[that]!.norm !== 'that' || (that > k + 1 && this.language.pos(k + 1) !== 'ADP')) return undefined
    if (this.language.pos(that) !== 'SCONJ' && !this.clauseAt(that + 1)) return undefined
    let owner = k - 1
    while (owner > this.first && this.language.pos(owner) === 'ADJ') owner--
    if (owner < this.first) return undefined
    const word = this.words[owner]!
    const possessive = /['\u2019]s?$/u.test(word.text) && this.isCapitalized(owner)
    if (!possessive && !POSSESSIVE_DETERMINERS.has(word.norm)) return undefined
    // "Mr. Obama's": the name and its title before the possessive.
    let start = owner
    while (possessive && start > this.first && this.isCapitalized(start - 1) && /^\s+$/u.test(this.gap(start - 1, start))) start--
    return this.make('speech', {start, end: owner + 1}, {start: k, end: k + 1}, {start: that + 1, end: this.complementEnd(that + 1)})
  }

  /**
   * Where a clause that completes a noun ends: before the finite verb of the sentence it sits in
   * ("Trump's accusation that Clinton is playing the card | touched off a debate"), else at the sentence end.
   */
  private complementEnd(from: number): number {
    let verb = false
    for (let i = from; i < this.end; i++) {
      // "… will fail and that jobs will go": another "that" opens another clause of the complement.
      if (this.words[i]!.norm === 'that') verb = false
      const pos = this.language.pos(i)
      const finite = pos === 'AUX' || (pos === 'VERB' && !this.words[i]!.norm.endsWith('ing') && this.words[i - 1]!.norm !== 'to')
      if (!finite) continue
      // A verb group ("would have been rigged") or a verb joined to the clause's own ("and", "who") stays in it.
      let before = i - 1
      while (before > from && this.language.pos(before) === 'ADV') before--
      const joined = /^(?:AUX|PART)$/u.test(this.language.pos(before)) || /^(?:and|or|but|that|who|which|to)$/u.test(this.words[before]!.norm)
      if (verb && !joined) return i
      verb = true
    }
    return this.end
  }

  /** `in Bolton's view`, `in the view of many economists`: the holder of the view is the source of the clause. */
  private inViewOf(k: number): Attribution | undefined {
    if (this.words[k]!.norm !== 'in' || k + 2 >= this.end) return undefined
    const possessive = this.words[k + 1]!
    // "in the view of X"
    if (possessive.norm === 'the' && this.words[k + 2]!.norm === 'view' && this.words[k + 3]?.norm === 'of') return this.phraseSource({start: k, end: k + 4})
    // "in Bolton's view", "in Professor Knittel's view"
    let view = k + 1
    while (view < this.end && view - k <= 4 && !/['\u2019]s?$/u.test(this.words[view]!.text)) view++
    if (view + 1 >= this.end || this.words[view + 1]!.norm !== 'view' || !this.isCapitalized(view)) return undefined
    const source = {start: k + 1, end: view + 1}
    const cue = {start: view + 1, end: view + 2}
    const lead = this.boundaryBefore(k)
    // Opening the sentence, the view covers what follows; closing it, what came before.
    if (k === this.first || (!/,/u.test(lead) && k - this.first <= 3))
      return this.make('according-to', source, cue, view + 2 < this.end ? {start: view + 2, end: this.end} : undefined)
    return this.make('according-to', source, cue, {start: this.first, end: k})
  }

  /**
   * "He agreed that Trump may struggle, but he said that …": a clause of its own with its own
   * speaker and cue, joined by a conjunction after a comma, ends what the attribution before it
   * reports (the map would otherwise read "he said" as restating the first speaker).
   */
  private endAtCoordinatedClause(out: Attribution[]): void {
    for (let n = 0; n + 1 < out.length; n++) {
      const a = out[n]!
      const b = out[n + 1]!
      if (!a.content || !b.source || b.source.end > b.cue.start || (b.content && b.content.start < b.cue.end)) continue
      const join = b.source.start - 1
      if (join <= a.content.start || join >= a.content.end || !CLAUSE_JOINS.has(this.words[join]!.norm) || !/,/u.test(this.gap(join - 1, join))) continue
      a.content = {start: a.content.start, end: join}
    }
  }

  /**
   * `In the latest Post-ABC poll, Clinton led by 5 points.` / `In its report, the agency …`: a
   * sentence that opens with a record it reads from (a poll, a survey, a report, a filing).
   */
  private inRecordLead(): Attribution | undefined {
    if (this.words[this.first]!.norm !== 'in' || this.quoted[this.first]) return undefined
    let comma = this.first + 1
    while (comma < this.end && comma - this.first <= 12 && !/[,;:]/u.test(this.gap(comma - 1, comma))) comma++
    if (comma >= this.end || comma - this.first > 12 || !/,/u.test(this.gap(comma - 1, comma))) return undefined
    const record = {start: this.first + 1, end: comma}
    return this.isRecord(record) ? this.make('according-to', record, {start: this.first, end: this.first + 1}, {start: comma, end: this.end}) : undefined
  }

  /**
   * `Clinton led Trump by 5 points in the latest CNN/ORC poll.` / `…, in the survey, taken July
   * 11-14.`: a poll, a survey or an average named in a phrase with "in" anywhere in the sentence
   * is what the figures before it come from.
   */
  private inRecord(k: number): Attribution | undefined {
    if (this.words[k]!.norm !== 'in' || k === this.first || !this.someWordWithin(k + 1, 8, (w) => RECORD_HEADS.has(w.norm))) return undefined
    for (let j = k + 1; j < Math.min(this.end, k + 9) && !this.quoted[j]; j++) {
      if (j > k + 1 && /[,;:()]/u.test(this.gap(j - 1, j))) return undefined
      const pos = this.language.pos(j)
      // ("the RealClearPolitics average of …": the tagger may read "average" as an adjective.)
      if (RECORD_HEADS.has(this.words[j]!.norm) && (pos === 'NOUN' || (pos === 'ADJ' && (j + 1 === this.end || this.words[j + 1]!.norm === 'of')))) {
        // "in the poll workers' union": the record word must head its phrase.
        if (j + 1 < this.end && !/[,;:()]/u.test(this.gap(j, j + 1)) && !this.datedParticiple(j + 1) && /^(?:NOUN|PROPN)$/u.test(this.language.pos(j + 1)))
          return undefined
        return this.make('according-to', {start: k + 1, end: j + 1}, {start: k, end: k + 1}, {start: this.first, end: k})
      }
      if (!/^(?:DET|ADJ|NOUN|PROPN|NUM|PART)$/u.test(pos) && !POSSESSIVE_DETERMINERS.has(this.words[j]!.norm)) return undefined
    }
    return undefined
  }

  /**
   * `Wednesday's Quinnipiac poll has Clinton leading by six points (46 percent …)`, `A Field Poll
   * put his support at 5 percent`: a record that has or puts someone at a figure reports it.
   */
  private recordHolds(k: number): Attribution | undefined {
    const verb = this.words[k]!.norm
    if (!RECORD_VERBS.has(verb) || k === this.first || k + 1 >= this.end) return undefined
    // (Both readings below need a figure in reach; looking for its digits first spares tagging.)
    const estimate = ESTIMATE_VERBS.has(verb)
    if (!this.someWordWithin(k + 1, estimate ? 16 : 10, (w) => /\d/u.test(w.text)) || /^(?:AUX|VERB)$/u.test(this.language.pos(k + 1))) return undefined
    const subject = this.subjectBefore(k) ?? this.subjectAcrossAdjuncts(k)
    if (!subject) return undefined
    // "Forbes put his net worth at $45 billion": anyone who puts a thing at a figure estimates it.
    if (!(estimate && this.atFigure(k + 1) && this.speaksAsPhrase(subject)) && !(this.isRecord(subject) && this.figureInObject(k + 1, 10))) return undefined
    return this.make('speech', subject, {start: k, end: k + 1}, {start: k + 1, end: this.end})
  }

  /** "at 49.5 percent", "at $45 billion" within the clause after word `from`. */
  private atFigure(from: number): boolean {
    for (let i = from; i + 1 < Math.min(this.end, from + 16) && !this.quoted[i]; i++) {
      if (/[;:]/u.test(this.gap(i, i + 1)) || this.language.pos(i) === 'AUX') return false
      if (this.words[i]!.norm === 'at' && this.language.pos(i + 1) === 'NUM' && /\d/u.test(this.words[i + 1]!.text)) return true
    }
    return false
  }

  /** Whether one of the `count` words from word `from` (within the sentence) passes `test`: a check by spelling alone, before any tagging. */
  private someWordWithin(from: number, count: number, test: (word: Word) => boolean): boolean {
    for (let i = from; i < Math.min(this.end, from + count); i++) if (test(this.words[i]!)) return true
    return false
  }

  /** Text between two word indices (exclusive of both words). */
  private gap(a: number, b: number): string {
    return this.text.slice(this.words[a]!.end, this.words[b]!.start)
  }

  private boundaryBefore(i: number): string {
    return i <= this.first ? '' : this.gap(i - 1, i)
  }

  private isCapitalized(i: number): boolean {
    return /^\p{Lu}/u.test(this.words[i]!.text)
  }

  private cueAt(k: number): WordRange | undefined {
    return this.cueClass(k) ? this.cueRange(k) : undefined
  }

  private cueRange(k: number): WordRange {
    const second = SPEECH_PHRASES.get(this.words[k]!.norm)
    return second && k + 1 < this.end && second.has(this.words[k + 1]!.norm) ? {start: k, end: k + 2} : {start: k, end: k + 1}
  }

  /**
   * What kind of cue word `k` is, if any: a verb (as the tagger reads it in this sentence) whose
   * lemma is a cue, or one of the configuration's own speech verbs.
   */
  private cueClass(k: number): CueClass | undefined {
    const word = this.words[k]!
    // "Said Ellis: …" opens a sentence with its cue, and so does `"…"! Exclaimed Stram.` after a
    // quotation (a form the tagger may read as a name).
    // `"…"? Asked Palmer.` / `Stated Stone: "…"`: a sentence that opens with its cue, after a quotation or before a colon.
    const opensAfterQuote = k === this.first && /ed$/u.test(word.norm) && (this.afterQuotation() || this.nameThenColon(k + 1))
    if (!/^\p{Ll}/u.test(word.text) && !(k === this.first && (word.norm === 'said' || word.norm === 'says')) && !opensAfterQuote && !this.titleCase(k))
      return undefined
    const configured = this.verbs !== SPEECH_VERBS && this.verbs.has(word.norm) && !SPEECH_VERBS.has(word.norm)
    if (configured) return 'speech'
    if (!CUE_FORMS.has(word.norm) && !SPEECH_VERBS.has(word.norm)) return this.thatClauseVerb(k) ? 'belief' : undefined
    // "the press", "a plan", "his point": after an article or a possessive the word is a noun (no tagging needed to say so).
    if (k > this.first && NOUN_LEADS.has(this.words[k - 1]!.norm) && !UNAMBIGUOUS.has(word.norm) && /^\s+$/u.test(this.gap(k - 1, k))) return undefined
    const tags = this.language.word(k)
    const {pos} = tags
    // ", warning that …": a participle of a cue after a comma, whatever the tagger reads.
    const lemma = this.participleByPlace(k) ? CUE_PARTICIPLES.get(word.norm)! : opensAfterQuote ? (CUE_FORM_LEMMAS.get(word.norm) ?? tags.lemma) : tags.lemma
    // "said" and "told" are verbs whatever the tagger thinks of a headline's capitals; "The
    // Ledger reports:" is a verb the tagger may read as a plural noun.
    if (pos !== 'VERB' && !UNAMBIGUOUS.has(word.norm) && !this.verbByPlace(k) && lemma === tags.lemma) return undefined
    // "…," he continued. / continued: "…" / continues here that …: speech; "continued to lead",
    // "continued his tour": not.
    // "hotel officials called police": calling for help is a telephone call, not a naming.
    if (lemma === 'call' && EMERGENCY_SERVICES.has(this.words[k + 1]?.norm ?? '')) return undefined
    // "showed up late", "shows off": a phrasal verb, not a record showing something.
    if (lemma === 'show' && /^(?:up|off)$/u.test(this.words[k + 1]?.norm ?? '')) return undefined
    if (
      lemma === 'continue' &&
      !opensAfterQuote &&
      !/^\s*(?:[,.:;!?"\u201C\u201D]|''|$|(?:\p{L}+\s+)?that\b)/u.test(this.text.slice(word.end, this.sentence.end + 1))
    )
      return undefined
    const klass = CUE_LEMMAS.get(lemma) ?? (SPEECH_VERBS.has(word.norm) ? 'speech' : undefined)
    if (klass) return klass
    // "pointed out", "pushed for": the verb is a cue with its particle.
    const next = this.words[k + 1]
    const particle = next !== undefined && k + 1 < this.end && (SPEECH_PHRASES.get(word.norm)?.has(next.norm) || OBJECT_PHRASES.get(lemma)?.has(next.norm))
    return particle ? 'speech' : undefined
  }

  /** A cue's -ing form after a comma and before "that": ", warning that …", ", noting that …". */
  private participleByPlace(k: number): boolean {
    if (k <= this.first || k + 1 >= this.end || !CUE_PARTICIPLES.has(this.words[k]!.norm)) return false
    // (", warning that …", "a letter warning that …")
    const lead = /,/u.test(this.gap(k - 1, k)) || (UTTERANCES.has(this.words[k - 1]!.norm) && /^\s+$/u.test(this.gap(k - 1, k)))
    return lead && this.words[k + 1]!.norm === 'that' && this.language.pos(k + 1) === 'SCONJ'
  }

  /** Any verb with a "that" clause after it is a cue: "She signalled that …", "They bet that …". */
  private thatClauseVerb(k: number): boolean {
    const next = k + 1 < this.end ? this.words[k + 1]! : undefined
    if (!next || next.norm !== 'that' || this.quoted[k + 1] || !/^\s+$/u.test(this.gap(k, k + 1))) return false
    // ("backstabbing that would …": an -ing form before "that" is a noun with its relative clause.)
    return this.language.pos(k) === 'VERB' && this.language.pos(k + 1) === 'SCONJ' && !this.words[k]!.norm.endsWith('ing')
  }

  /** "was told", "had been pointed out": a passive names no speaker (its agent, if any, follows "by"). */
  private passive(k: number): boolean {
    let j = k - 1
    while (j >= this.first && this.isAdverb(j)) j--
    if (j >= this.first && /^(?:is|are|was|were|be|been|being)$/u.test(this.words[j]!.norm) && /(?:ed|en|wn|ld|nt)$/u.test(this.words[k]!.norm)) return true
    // "a survey published by the ministry found …": a participle with its agent after a noun modifies it.
    // (Not across a comma: "…, Ruiz said, by the calendar" closes an aside.)
    return k === j + 1 && k > this.first && this.words[k + 1]?.norm === 'by' && /^\s+$/u.test(this.gap(k, k + 1)) && this.modifiesNoun(k)
  }

  /**
   * A cue form the tagger reads as a noun that is a verb by its place: after a name or a plural
   * noun, before ":" or "that" ("Politico reports:", "The returns show that"), or an -s form
   * after a name before a clause ("Ana Ruiz fears the talks …").
   */
  private verbByPlace(k: number): boolean {
    if (k <= this.first || !/^\s+$/u.test(this.gap(k - 1, k))) return false
    const before = this.language.pos(k - 1)
    const after = this.text.slice(this.words[k]!.end, this.words[k]!.end + 3)
    const next = k + 1 < this.end ? this.words[k + 1]! : undefined
    // "a panel in 2001 found that …": after a year too.
    const year = before === 'NUM' && /^(?:1[89]|20)\d\d$/u.test(this.words[k - 1]!.norm)
    // "two out of three report their sales …", "half say": after a share of people, a cue form is their verb.
    if (!year && this.isShareOfPeople(k - 1) && next !== undefined && this.language.pos(k - 1) !== 'PROPN') return true
    // "Some may claim it harms …": after a modal (lower case: not "May"), a bare verb; "a group
    // which claims that …": after a relative pronoun, the verb of its clause.
    const previous = this.words[k - 1]!
    if (MODAL_AUXILIARIES.has(previous.text) || (RELATIVE_SUBJECTS.has(previous.norm) && (next?.norm === 'that' || this.clauseAt(k + 1)))) return true
    if (before !== 'PROPN' && before !== 'NOUN' && !year) return false
    // "Editor's note:": after a possessive, a noun.
    if (/['\u2019]s?$/u.test(this.words[k - 1]!.norm)) return false
    if (/^\s*:/u.test(after) || next?.norm === 'that') return true
    if (year) return false
    // "Polls show a close race", "documents from his return show he took …": a base-form cue
    // between a noun and the start of its object or clause.
    const noun = this.words[k - 1]!.norm
    const pluralOrRecord = /s$/u.test(noun) || EVIDENCE.has(noun)
    // "…, records show.": the same at the sentence end, after a comma-led clause.
    if (
      pluralOrRecord &&
      this.words[k]!.norm === this.language.lemma(k) &&
      (next === undefined ||
        k + 1 === this.end ||
        next.norm === 'a' ||
        next.norm === 'an' ||
        next.norm === 'the' ||
        PERSONAL.has(next.norm) ||
        this.clauseAt(k + 1))
    )
      return true
    // "…, Mr. Keeler reports." / "The plan, Ruiz notes, is dead.": a name and a cue in -s set off by commas.
    if (before === 'PROPN' && /s$/u.test(this.words[k]!.norm) && (next === undefined || k + 1 === this.end || /^\s*,/u.test(this.gap(k, k + 1)))) {
      let name = k - 1
      while (name > this.first && k - name < 4 && this.language.pos(name - 1) === 'PROPN' && !/,/u.test(this.gap(name - 1, name))) name--
      if (name > this.first && /,\s*$/u.test(this.gap(name - 1, name))) return true
    }
    // "Ana Ruiz fears the talks …", "Hillary Clinton plans to call …", "Ana Ruiz backs the plan".
    const infinitive = next?.norm === 'to' && k + 2 < this.end && this.language.pos(k + 2) === 'VERB'
    const side = POSITION_LEMMAS.has(CUE_FORM_LEMMAS.get(this.words[k]!.norm) ?? '') && this.positionObject(k + 1) !== undefined
    // ("The ministry backs the plan": after a person or a body by role, too.)
    const speaker = before === 'PROPN' || (side && (PEOPLE.has(noun) || ORGANISATIONS.has(noun)))
    // "Republicans support deportation", "voters oppose the ban": a side taken in the base form after a plural.
    if (side && (before === 'PROPN' || PEOPLE.has(noun)) && /s$/u.test(noun) && !/s$/u.test(this.words[k]!.norm)) return true
    return speaker && /s$/u.test(this.words[k]!.norm) && next !== undefined && (infinitive || side || this.clauseAt(k + 1))
  }

  /** The attribution whose cue is word `k`, if any (`previous`: the one found last in this sentence). */
  private speech(k: number, previous: Attribution | undefined): Attribution | undefined {
    const klass = this.cueClass(k)
    if (!klass) return undefined
    const question = this.questionPut(k)
    if (question) return question
    if (this.passive(k) || this.gerundAfterHave(k)) return undefined
    const cue = this.cueRange(k)
    const phrase = this.objectPhrase(k)
    if (phrase) return phrase
    if (this.isParticiple(k)) return this.participle(k, cue, previous)
    const joined = this.coordinated(k, cue, previous)
    if (joined) return joined
    // "vowed to fight", "has promised to cut taxes": an intention, whatever else the verb can do.
    if (INFINITIVE_CUES.has(this.language.lemma(k)) && this.infinitiveAt(this.skipAdverbs(cue.end))) return this.stance('intention', k, cue)
    // Beliefs always need their clause ("believed in counselling" is not attribution).
    if (klass === 'belief' || (klass !== 'speech' && !SPEECH_VERBS.has(this.words[k]!.norm))) return this.stance(klass, k, cue)
    const before = this.boundaryBefore(k)
    // "Said Ellis: "…"": the speaker after the cue, the rest of the sentence what was said.
    // (`"How big is that wall?" asked the boy`: a question mark ended the sentence before a lower-case cue.)
    if (k === this.first && (/^\p{Lu}/u.test(this.words[k]!.text) || this.afterQuotation())) {
      const subject = this.subjectAfter(cue.end)
      // `"Just our luck"! Exclaimed Stram.`: what was said is the quotation before.
      if (subject && this.afterQuotation() && this.shortTail(subject.end)) return this.make('speech', subject, cue, undefined)
      if (subject && subject.end < this.end) return this.make('speech', subject, cue, {start: subject.end, end: this.end})
      // `Stated Stone:` closing its paragraph: what was said is the next one.
      return subject && /^\s*:\s*$/u.test(this.text.slice(this.words[subject.end - 1]!.end)) ? this.make('speech', subject, cue, undefined) : undefined
    }
    // Inverted order after the content: `"…," said Jane Doe.` / `…, said the ministry.`
    // A naming verb or a verb of telling does not invert: `…, called his rival "scripted"` and
    // `…," Ramos, 58, told AFP` have their subject before them.
    if (/[,\u201D"]|''/u.test(before) && !/\p{L}/u.test(before) && !NEVER_INVERTED.has(this.language.lemma(k))) {
      const found = this.subjectAfter(cue.end)
      // "…, said a meeting held Tuesday …" is no inversion: the speaker must name someone or something that speaks;
      // "X, in a statement, said he appreciates …": a subject with its own verb starts the clause said.
      const clause =
        found !== undefined && found.end < this.end && /^\s+$/u.test(this.gap(found.end - 1, found.end)) && /^(?:AUX|VERB)$/u.test(this.language.pos(found.end))
      const subject = found && !clause && this.speaksAsPhrase(found) ? found : undefined
      // After the speaker, an apposition of any length: "said Marta Silva, 61, a cook who …".
      const apposition = subject !== undefined && subject.end < this.end && /,/u.test(this.gap(subject.end - 1, subject.end))
      // Right after the closing mark (`"…," said Sen. Ana Ruiz of Ohio, who …`) the speaker may run on.
      const afterQuote = /[\u201D"]|''/u.test(before)
      // `The contrast, said Ruiz and others, would be clear`: the clause runs on past the aside.
      const aside = apposition && k > this.first && /^(?:AUX|VERB)$/u.test(this.language.pos(subject.end))
      if (subject && (apposition || afterQuote || this.shortTail(subject.end))) {
        return this.make('speech', subject, cue, k > this.first ? {start: this.first, end: aside ? this.end : k} : undefined)
      }
    }
    const issued = this.issuerOfUtterance(k)
    if (issued) return this.make('speech', issued, cue, this.contentAfter(cue.end) ?? {start: cue.end, end: this.end})
    const verb = this.words[k]!.norm
    // "The first of the beliefs, now reads:": before a colon, whatever reads or says is the source.
    const colon = /^\s*:/u.test(this.text.slice(this.words[cue.end - 1]!.end))
    const subject = this.subjectBefore(k) ?? this.subjectAcrossAdjuncts(k, colon) ?? this.infinitiveSubject(k)
    if (!subject) return undefined
    const lead = this.boundaryBefore(subject.start)
    // "…, his daughter, who said he …": the clause after the cue is what was said.
    const between = this.text.slice(this.words[subject.end - 1]!.end, this.words[k]!.start)
    // (`…, John Smith, the data chief, reported.`: an apposition with no verb of its own closing the sentence is no relative clause.)
    const apposed = /^\s*,[^,;]+,\s*$/u.test(between) && !/\b(?:who|which|that|whose)\b/u.test(between) && this.shortTail(cue.end)
    const relative = !apposed && /,|\b(?:who|which)\b/u.test(between)
    // Sentence-final attribution: `…, the interior ministry said.` / `…," he told Le Monde.`
    // `"…," Angela Merkel told reporters after the meeting that …`: a quotation closing right
    // before the subject is what was said, however long the rest.
    const quoteBefore = subject.start > this.first && this.quoted[subject.start - 1] === true && /[\u201D"]|''/u.test(lead)
    if ((!relative || quoteBefore) && subject.start > this.first && /[,\u201D"]/u.test(lead) && (quoteBefore || this.shortTail(cue.end))) {
      return this.make('speech', subject, cue, {start: this.first, end: subject.start})
    }
    // Parenthetical: `The suspect, police said on Monday, was …`: the whole sentence is reported.
    if (!relative && subject.start > this.first && /,/u.test(lead) && this.parentheticalEnd(cue.end) !== undefined) {
      return this.make('speech', subject, cue, {start: this.first, end: this.end})
    }
    // `"…?" Graham asked.`: a quotation closed the sentence before, and the cue ends this one.
    if (subject.start === this.first && this.shortTail(cue.end) && this.afterQuotation()) return this.make('speech', subject, cue, undefined)
    if (OBJECT_CUES.has(verb) && !this.objectCueSpeaks(subject, cue)) return undefined
    const content = this.contentAfter(cue.end)
    if (!content && !/:\s*$/u.test(this.text.slice(this.words[cue.end - 1]!.end, Math.min(this.sentence.end, this.words[cue.end - 1]!.end + 8)))) {
      // "He said." with nothing reported: still a cue (a quote may precede it in the paragraph).
      if (cue.end !== this.end) return undefined
    }
    return this.make('speech', subject, cue, content)
  }

  /**
   * `"…," Toomey fumed on Tuesday.` / `"…?" the host shot back.`: right after a quotation that
   * closes on a comma, a question or an exclamation, a name, a pronoun or a person by role and
   * any verb, ending the sentence, say who spoke, whatever the verb.
   */
  private closingVerb(k: number): Attribution | undefined {
    const word = this.words[k]!
    if (this.quoted[k] || k === this.first) return undefined
    // The text first (no tagging for the many words that follow no quotation).
    let start = k - 1
    while (start > this.first && k - start < 4 && !this.quoted[start - 1] && /^\s+$/u.test(this.gap(start - 1, start))) start--
    // `"…?" Ana Ruiz fumed.`: the question ended the sentence before.
    const opensAfterQuestion =
      start === this.first &&
      this.afterQuotation() &&
      /[?!]\s*(?:["\u201D']|'')\s*$/u.test(this.text.slice(Math.max(0, this.words[start]!.start - 8), this.words[start]!.start))
    if (!opensAfterQuestion && (start <= this.first || !this.quoted[start - 1] || !/[,?!\u2014-]\s*(?:["\u201D']|'')\s*$/u.test(this.gap(start - 1, start))))
      return undefined
    if (this.quoted[start] || !this.namesSpeaker(start, k)) return undefined
    // "shot back": the particle makes the verb; "the Saudis state", "they write": a plural's base form.
    const back = k + 1 < this.end && this.words[k + 1]!.norm === 'back'
    const plural = /^(?:they|we|i|you)$|s$/u.test(this.words[k - 1]!.norm) && CUE_FORMS.has(word.norm) && word.norm === this.language.lemma(k)
    if (!this.finiteAfterQuote(k) && !back && !plural) return undefined
    const after = this.text.slice(word.end)
    // `"Fools," he bayed, "what …"`: the quotation goes on after its attribution.
    const resumes = /^\s*,\s*(?:["\u201C]|``)/u.test(after)
    const tail = k + 1 >= this.end || /^\s*(?:back|out|up|in|on|at|to|during|after|before|from|with|while|as)\b/u.test(after)
    if (!resumes && (!tail || !this.shortTail(k + 1, this.tailBeforeRelative(k + 1)))) return undefined
    return this.make('speech', {start, end: k}, {start: k, end: k + 1}, opensAfterQuestion ? undefined : {start: this.first, end: start})
  }

  /**
   * Word `k` reads as a finite verb after a quotation, whatever the tagger says of a few forms:
   * "fumed" (read as an adjective), "notes" and "writes" (read as nouns); not a base form or -ing.
   */
  private finiteAfterQuote(k: number): boolean {
    const norm = this.words[k]!.norm
    const pos = this.language.pos(k)
    if (/ing$/u.test(norm) || !/^\p{Ll}/u.test(this.words[k]!.text)) return false
    if (pos === 'ADJ' && /ed$/u.test(norm)) return true
    if (CUE_FORMS.has(norm) && /s$/u.test(norm)) return true
    return pos === 'VERB' && (norm !== this.language.lemma(k) || /ed$/u.test(norm))
  }

  /**
   * `"…," agrees Michelle Stevens, 30, of Gainesville.` / `"…," remembered Roy Verley, a former
   * spokesman.`: right after a quotation that closes on a comma, a question or an exclamation,
   * any finite verb and then a speaker.
   */
  private invertedVerb(k: number): Attribution | undefined {
    if (this.quoted[k] || k <= this.first || !this.quoted[k - 1] || !/[,?!]\s*(?:["\u201D]|'')\s*$/u.test(this.gap(k - 1, k))) return undefined
    if (!this.finiteAfterQuote(k)) return undefined
    const subject = this.subjectAfter(k + 1)
    if (!subject || !this.namesSpeaker(subject.start, subject.end)) return undefined
    return this.make('speech', subject, {start: k, end: k + 1}, {start: this.first, end: k})
  }

  /** A phrase that can speak: with a name in it, or headed by a pronoun, a person, an organisation or a record. */
  private speaksAsPhrase(phrase: WordRange): boolean {
    // "said on Twitter", "said of the plan", "said when Boyle asked": an adjunct or a clause after the cue, not who spoke.
    if (OBJECT_PREPOSITIONS.has(this.words[phrase.start]!.norm) || /^(?:SCONJ|ADP|ADV)$/u.test(this.language.pos(phrase.start))) return false
    for (let i = phrase.start; i < phrase.end; i++)
      if (this.isCapitalized(i) && this.language.pos(i) === 'PROPN' && !TIME_NAMES.test(this.words[i]!.norm)) return true
    const head = this.words[phrase.end - 1]!.norm
    // "said the 46-year-old": an age names a person; "said a strategist": so does an agent noun.
    return (
      PRONOUNS.has(head) ||
      PEOPLE.has(head) ||
      /-year-old$/u.test(head) ||
      (this.language.pos(phrase.end - 1) === 'NOUN' && isAgentNoun(head)) ||
      ORGANISATIONS.has(head) ||
      SOURCE_NOUNS.has(head) ||
      EVIDENCE.has(head) ||
      GROUP_PRONOUNS.has(head)
    )
  }

  /** Words [start, end) name someone: a personal pronoun, capitalised names, or a person by role ("the host"). */
  private namesSpeaker(start: number, end: number): boolean {
    if (end - start === 1 && PERSONAL.has(this.words[start]!.norm)) return true
    // `"…," From said.`: one capitalised word inside the sentence after a quotation is a surname, whatever the tagger reads.
    if (end - start === 1 && start > this.first && this.isCapitalized(start) && !TIME_NAMES.test(this.words[start]!.norm)) return true
    let names = 0
    for (let i = start; i < end; i++) {
      const norm = this.words[i]!.norm
      if (this.isCapitalized(i) && this.language.pos(i) === 'PROPN') names++
      else if (i === end - 1 && (PEOPLE.has(norm) || SOURCE_NOUNS.has(norm))) names++
      else if (!DETERMINERS.has(norm) && this.language.pos(i) !== 'ADJ') return false
    }
    return names > 0
  }

  /**
   * `Asked whether she would run, Ruiz said …` / `When asked about the vote, he …`: a sentence
   * that opens with "asked" puts a question to the subject of its main clause; the question
   * runs to the comma.
   */
  private askedLead(): Attribution | undefined {
    let k = this.first
    if (/^(?:when|after|if|once)$/u.test(this.words[k]!.norm)) k++
    if (k >= this.end || this.words[k]!.norm !== 'asked' || this.quoted[k]) return undefined
    let comma = k + 1
    while (comma < this.end && comma - k < 25 && !/,/u.test(this.gap(comma - 1, comma))) comma++
    if (comma >= this.end || comma - k > 24 || this.quoted[comma]) return undefined
    const source = this.mainClauseSubject(comma) ?? this.shareOfPeopleAt(comma)
    return source ? this.make('speech', source, {start: k, end: k + 1}, comma > k + 1 ? {start: k + 1, end: comma} : undefined) : undefined
  }

  /** "46 percent of voters", "72 percent of Democrats" opening a clause at word `i`: those polled. */
  private shareOfPeopleAt(i: number): WordRange | undefined {
    if (i + 1 >= this.end || this.language.pos(i) !== 'NUM' || !/^(?:percent|%)$/u.test(this.words[i + 1]!.norm)) return undefined
    let end = i + 2
    if (end < this.end && this.words[end]!.norm === 'of') {
      end++
      while (end < this.end && end - i < 8 && /^(?:DET|ADJ|NOUN|PROPN)$/u.test(this.language.pos(end))) end++
    }
    return {start: i, end}
  }

  /** The subject that opens a main clause at word `i`: a personal pronoun, names (with a title), or a person by role. */
  private mainClauseSubject(i: number): WordRange | undefined {
    const word = this.words[i]!
    if (PERSONAL.has(word.norm)) return {start: i, end: i + 1}
    let end = i
    if (DETERMINERS.has(word.norm)) end++
    while (
      end < this.end &&
      end - i < 6 &&
      (this.language.pos(end) === 'PROPN' || this.language.pos(end) === 'NOUN' || this.language.pos(end) === 'ADJ') &&
      /^\s+$/u.test(end > i ? this.gap(end - 1, end) : ' ')
    )
      end++
    if (end === i || (end === i + 1 && DETERMINERS.has(word.norm))) return undefined
    const head = this.words[end - 1]!.norm
    const person = this.language.pos(end - 1) === 'PROPN' || PEOPLE.has(head) || SOURCE_NOUNS.has(head)
    return person && end < this.end && (this.language.pos(end) === 'VERB' || this.language.pos(end) === 'AUX' || this.language.pos(end) === 'ADV')
      ? {start: i, end}
      : undefined
  }

  /** "called for an inquiry", "warned of a crisis": verb and preposition are the cue, the object the content. */
  private objectPhrase(k: number): Attribution | undefined {
    const particles = OBJECT_PHRASES.get(this.language.lemma(k))
    if (!particles || k + 2 >= this.end || !particles.has(this.words[k + 1]!.norm) || !/^\s+$/u.test(this.gap(k, k + 1))) return undefined
    const cue = {start: k, end: k + 2}
    const subject = this.isParticiple(k) ? this.mainSubject(k) : this.subjectBefore(k)
    if (!subject || !this.canHold(subject, 'speech')) return undefined
    return this.make('speech', subject, cue, {start: k + 2, end: this.end})
  }

  /**
   * "The DNC issued a statement apologizing to Sanders", "The town released a statement Wednesday
   * saying …", "He sent a memo to the Post in April explaining his plan": a participle of saying
   * after an utterance that is the object of a verb speaks for that verb's subject, the issuer.
   */
  private issuerOfUtterance(k: number): WordRange | undefined {
    if (!this.words[k]!.norm.endsWith('ing') || /[,;:]/u.test(this.gap(k - 1, k))) return undefined
    let utterance = -1
    for (let j = k - 1; j >= this.first && k - j <= 10 && !this.quoted[j]; j--) {
      const pos = this.language.pos(j)
      if (pos === 'VERB' || pos === 'AUX') {
        if (utterance < 0 || pos === 'AUX') return undefined
        const head = subjectOf(this.prose, this.language, j)
        // Whoever issues a statement acts for itself: "The town released a statement".
        if (head < this.first || this.quoted[head] || !this.language.isNominal(head)) return undefined
        return this.phraseEndingAt(head)
      }
      if (UTTERANCES.has(this.words[j]!.norm) && pos === 'NOUN') utterance = j
    }
    return undefined
  }

  /** "…, saying …", "before asking her, …": a participle after a comma or a time conjunction. */
  private isParticiple(k: number): boolean {
    if (k <= this.first || !this.words[k]!.norm.endsWith('ing') || (this.language.pos(k) !== 'VERB' && !this.participleByPlace(k))) return false
    return /,/u.test(this.gap(k - 1, k)) || PARTICIPLE_LEADS.has(this.words[k - 1]!.norm) || this.utteranceSays(k)
  }

  /** "a news conference announcing that …", "a statement saying the plan …": a participle after what was said or issued, with its clause. */
  private utteranceSays(k: number): boolean {
    if (!UTTERANCES.has(this.words[k - 1]!.norm) || !/^\s+$/u.test(this.gap(k - 1, k)) || k + 1 >= this.end) return false
    return this.words[k + 1]!.norm === 'that' || this.clauseAt(k + 1)
  }

  /**
   * The participle's speaker is the subject of the clause it hangs on: the speaker of the
   * attribution just before it (`…," the mayor said, adding that …`), or else the sentence's
   * subject. What follows is the content, and the attribution before it ends at its comma.
   */
  private participle(k: number, cue: WordRange, previous: Attribution | undefined): Attribution | undefined {
    if (k - 1 === this.first) return this.openingParticiple(cue)
    // "known for saying little": after a preposition the participle needs its clause.
    if (/^(?:for|from)$/u.test(this.words[k - 1]!.norm) && !this.complement(cue)) return undefined
    const hangsOn = previous?.source && previous.cue.end <= k && !this.finiteVerbBetween(previous.cue.end, k) ? previous : undefined
    const subject = hangsOn?.source ?? this.mainSubject(k)
    if (!subject) return undefined
    let start = cue.end
    if (start < this.end && this.words[start]!.norm === 'that') start++
    else if (start < this.end && this.language.pos(start) === 'PRON' && start + 1 < this.end && /,/u.test(this.gap(start, start + 1))) start++
    if (start >= this.end) return undefined
    if (previous && (hangsOn || previous.source?.start === subject.start)) this.endContentBefore(previous, k)
    return this.make('speech', subject, cue, {start, end: this.end})
  }

  /**
   * `After saying her foot was swollen, she left.`: a participle that opens the sentence reports
   * what the main clause's subject, after the comma, said.
   */
  private openingParticiple(cue: WordRange): Attribution | undefined {
    let comma = cue.end + 1
    while (comma < this.end && comma - cue.end < 25 && !/,/u.test(this.gap(comma - 1, comma))) comma++
    if (comma >= this.end || !/,/u.test(this.gap(comma - 1, comma))) return undefined
    // The main clause's subject: a pronoun, or a noun phrase, right before its verb.
    let end = comma
    if (PRONOUNS.has(this.words[comma]!.norm)) end++
    else while (end < this.end && end - comma < 6 && /^(?:PROPN|NOUN|DET|ADJ)$/u.test(this.language.pos(end))) end++
    if (end === comma || end >= this.end || !/^(?:AUX|VERB)$/u.test(this.language.pos(end))) return undefined
    const subject = {start: comma, end}
    if (!this.speaksAsPhrase(subject)) return undefined
    const start = this.words[cue.end]!.norm === 'that' ? cue.end + 1 : cue.end
    return this.make('speech', subject, cue, {start, end: comma})
  }

  /**
   * A second cue coordinated with the one before and sharing its speaker: "His aides say it is
   * too early but noted that …", "She denied the report and added that …". It needs a clause
   * after it; the first attribution's content ends at the conjunction.
   */
  private coordinated(k: number, cue: WordRange, previous: Attribution | undefined): Attribution | undefined {
    if (!previous?.source || !previous.content || previous.cue.end > k) return undefined
    let j = k - 1
    while (j > previous.cue.end && (AUXILIARIES.has(this.words[j]!.norm) || this.isAdverb(j))) j--
    const conjunction = this.words[j]!.norm
    if ((conjunction !== 'and' && conjunction !== 'but') || this.quoted[j] || j < previous.content.start || j >= previous.content.end) return undefined
    const content = this.complement(cue)
    if (!content) return undefined
    this.endContentBefore(previous, j)
    return this.make('speech', previous.source, cue, content)
  }

  /** A clause after the cue: "that …", "whether …", or a subject and its verb. */
  private complement(cue: WordRange): WordRange | undefined {
    const next = this.skipAdverbs(cue.end)
    if (next >= this.end || this.quoted[next]) return undefined
    const word = this.words[next]!
    if (word.norm === 'that') return next + 1 < this.end ? {start: next + 1, end: this.end} : undefined
    return WH_CLAUSE.has(word.norm) || this.clauseAt(next) ? {start: next, end: this.end} : undefined
  }

  /** Cuts an earlier attribution's content off before word `k` (and the comma or conjunction there). */
  private endContentBefore(attribution: Attribution, k: number): void {
    const {content} = attribution
    if (content && content.start < k && k < content.end) content.end = k
  }

  /** A finite verb (not a cue's own participle) stands between words `from` and `to`. */
  private finiteVerbBetween(from: number, to: number): boolean {
    for (let i = from; i < to; i++) {
      const pos = this.language.pos(i)
      if (!this.quoted[i] && (pos === 'AUX' || (pos === 'VERB' && !/ing$/u.test(this.words[i]!.norm)))) return true
    }
    return false
  }

  /**
   * Where the main clause starts, before word `k`: after a dateline ("WASHINGTON (AFP) –") and
   * after an opening adjunct that holds no subject ("In August, several groups …", "Despite
   * challenging the leader, Cruz said", "Speaking in Salem, New Hampshire, Trump went …", "Hours
   * later, Trump …"): at the first comma followed by a noun phrase and its verb.
   */
  private mainClauseStart(k: number): number {
    let from = this.first
    // A dateline: a place in capitals, perhaps an agency in brackets, then a dash.
    for (let i = from; i < Math.min(k, from + 5); i++) {
      if (/[\u2013\u2014]|\s-\s|--/u.test(this.gap(i, i + 1))) {
        from = i + 1
        break
      }
    }
    const pos = this.language.pos(from)
    const opening =
      pos === 'ADP' ||
      pos === 'SCONJ' ||
      (pos === 'VERB' && /(?:ing|ed)$/u.test(this.words[from]!.norm)) ||
      (from + 1 < k && /^(?:later|earlier|ago|after)$/u.test(this.words[from + 1]!.norm))
    if (!opening) return from
    // A noun phrase and its verb after a comma; failing that, a noun phrase set off by commas ("Clinton and Bill, thanked").
    for (const apposition of [false, true]) {
      for (let c = from + 1; c < k; c++) {
        if (!/,/u.test(this.gap(c - 1, c)) || this.quoted[c]) continue
        let end = c
        while (
          end < k &&
          end - c < 6 &&
          /^(?:PROPN|NOUN|DET|ADJ|PRON|CCONJ|NUM)$/u.test(this.language.pos(end)) &&
          (end === c || /^\s+$/u.test(this.gap(end - 1, end)))
        )
          end++
        if (end === c || end >= this.end) continue
        if (apposition ? /,/u.test(this.gap(end - 1, end)) : /^\s+$/u.test(this.gap(end - 1, end)) && /^(?:AUX|VERB|ADV)$/u.test(this.language.pos(end)))
          return c
      }
    }
    // "In August, several groups …": no clause found after a comma; the first comma ends the phrase.
    let comma = from
    while (comma < k && !/,/u.test(this.gap(comma, comma + 1))) comma++
    return pos === 'ADP' ? comma + 1 : from
  }

  /** The subject of the sentence's main clause before word `k`: its first name, pronoun or noun phrase outside quotations. */
  private mainSubject(k: number): WordRange | undefined {
    const from = this.mainClauseStart(k)
    // "…, the abortion giant will continue …, claiming": a noun phrase opened by a determiner right before the main verb.
    if (from < k && this.language.pos(from) === 'DET' && !this.quoted[from]) {
      let end = from + 1
      while (end < k && end - from < 5 && /^(?:ADJ|NOUN|PROPN)$/u.test(this.language.pos(end)) && /^\s+$/u.test(this.gap(end - 1, end))) end++
      if (end > from + 1 && end < k && /^(?:AUX|VERB)$/u.test(this.language.pos(end)) && /^\s+$/u.test(this.gap(end - 1, end))) return {start: from, end}
    }
    for (let i = from; i < k; i++) {
      if (this.quoted[i]) continue
      const pos = this.language.pos(i)
      if (pos === 'VERB' || pos === 'AUX') {
        // The subject stands before the first verb; after it, only a closing attribution's subject.
        continue
      }
      const norm = this.words[i]!.norm
      const speaker = SOURCE_NOUNS.has(norm) || PEOPLE.has(norm) || ORGANISATIONS.has(norm) || ORGANISATIONS.has(norm.replace(/s$/u, ''))
      if ((pos === 'PROPN' && !TIME_NAMES.test(norm)) || (pos === 'PRON' && PERSONAL.has(norm)) || (pos === 'NOUN' && speaker)) {
        let end = i + 1
        while (end < k && this.language.pos(end) === 'PROPN' && /^\s+$/u.test(this.gap(end - 1, end))) end++
        const subject = {start: this.extendBack(i), end}
        const next = end < k ? this.language.pos(end) : 'X'
        // A subject is followed by its verb (or an auxiliary, an adverb or an apposition).
        if (next === 'VERB' || next === 'AUX' || next === 'ADV' || next === 'CCONJ' || /[,(]/u.test(end < k ? this.gap(end - 1, end) : '')) return subject
      }
    }
    return undefined
  }

  /**
   * Beliefs, intentions and evidence ("She believes the plan will fail", "He wants to run",
   * "The audit found that …"): a person, a group or a document as subject, and a clause or an
   * infinitive after the verb; a verb of taking a side, its object ("endorsed Trump", a
   * `position`). Anything else ("know him", "want a car") is not attribution.
   */
  private stance(klass: CueClass, k: number, cue: WordRange): Attribution | undefined {
    const subject = this.subjectBefore(k) ?? this.sourcePastModifiers(k)
    if (!subject || !this.canHold(subject, klass)) return undefined
    const next = this.skipAdverbs(cue.end)
    if (next >= this.end) return undefined
    const word = this.words[next]!
    if (klass === 'intention' || klass === 'position') {
      // "wants to run", or with its own subject first: "wants voters to back the plan".
      const to = klass === 'position' ? undefined : this.infinitiveAt(next) ? next : this.objectThenInfinitive(next)
      if (to !== undefined || (klass === 'intention' && this.objectThenParticiple(next)))
        return this.make('speech', subject, cue, {start: next, end: this.clauseEnd(next)})
      // "endorsed Trump", "support a temporary ban": the side taken, a noun phrase or a gerund.
      const object = POSITION_LEMMAS.has(this.language.lemma(k)) ? this.positionObject(next) : undefined
      return object ? this.make('position', subject, cue, object) : undefined
    }
    if (word.norm === 'that' && !this.quoted[next]) return this.make('speech', subject, cue, {start: next + 1, end: this.end})
    if (WH_CLAUSE.has(word.norm)) return this.make('speech', subject, cue, {start: next, end: this.end})
    return this.clauseAt(next) ? this.make('speech', subject, cue, {start: next, end: this.end}) : undefined
  }

  /**
   * A question put by someone the sentence does not name: "said no when asked whether she would
   * run", "Trump was asked, "…"", "was asked about the plan". The question is credited
   * to no one (the annotated corpora count it so); its speaker is the interviewer.
   */
  private questionPut(k: number): Attribution | undefined {
    // An opening "Asked whether …," or "When asked …," is the main subject's (see openingParticiple and speech).
    if (this.words[k]!.norm !== 'asked' || k - 1 <= this.first) return undefined
    const before = this.words[k - 1]!.norm
    const passive = BE_FORMS.has(before)
    if (!ASKED_LEADS.has(before) && !passive) return undefined
    const next = this.skipAdverbs(k + 1)
    if (next >= this.end) return undefined
    const word = this.words[next]!.norm
    // What was asked: "whether …", "about the plan", "to confirm …", or (after a passive) a quotation.
    const quoted = passive && this.quoted[next] === true && /,/u.test(this.gap(k, next))
    // "was asked by host John Dickerson whether …": the one who asked is named after "by".
    const askerEnd = passive && word === 'by' ? this.objectEnd(next + 1) : next
    const asker = askerEnd > next + 1 ? {start: next + 1, end: askerEnd} : undefined
    if (asker && asker.end < this.end && (WH_CLAUSE.has(this.words[asker.end]!.norm) || this.words[asker.end]!.norm === 'about'))
      return this.make('speech', asker, {start: k, end: k + 1}, {start: asker.end, end: this.end})
    if (!WH_CLAUSE.has(word) && word !== 'about' && !this.infinitiveAt(next) && !quoted) return undefined
    return this.make('speech', undefined, {start: k, end: k + 1}, {start: next, end: this.end})
  }

  /**
   * The object of a verb of taking a side, from word `i`: a noun phrase, a pronoun or a gerund,
   * up to a comma or a word that opens a clause ("endorsed Cruz last week, saying …" ends at
   * the comma). Undefined for a particle or a preposition ("backed down", "backed into").
   */
  private positionObject(i: number): WordRange | undefined {
    if (i >= this.end || this.quoted[i] || !/\s/u.test(this.gap(i - 1, i))) return undefined
    const pos = this.language.pos(i)
    const gerund = pos === 'VERB' && this.words[i]!.norm.endsWith('ing')
    if (!/^(?:DET|PROPN|NOUN|PRON|ADJ|NUM)$/u.test(pos) && !gerund) return undefined
    if (pos === 'PRON' && !PERSONAL_OBJECTS.has(this.words[i]!.norm) && !POSSESSIVE_DETERMINERS.has(this.words[i]!.norm)) return undefined
    let end = i + 1
    while (end < this.end && end - i < 10 && /^\s+$/u.test(this.gap(end - 1, end)) && !POSITION_OBJECT_STOPS.has(this.words[end]!.norm)) {
      const next = this.language.pos(end)
      if (next === 'SCONJ' || next === 'AUX' || (next === 'VERB' && !this.words[end]!.norm.endsWith('ing'))) break
      end++
    }
    return {start: i, end}
  }

  /**
   * The subject of a cue in the infinitive, taken from the verb or adjective that governs it:
   * "officials were quick to say", "Ruiz was careful to note", "she went on to say", "he
   * hastened to add". Not "the plan to say" or "in order to say".
   */
  private infinitiveSubject(k: number): WordRange | undefined {
    if (k - 2 < this.first || this.words[k - 1]!.norm !== 'to' || !/^\s+$/u.test(this.gap(k - 2, k - 1)) || !/^\s+$/u.test(this.gap(k - 1, k))) return undefined
    let governor = -1
    const before = this.words[k - 2]!
    // "were quick to say", "were inclined to explain": an adjective or a participle after "be".
    // Not a request or a plan someone else made: "was asked to say", "is expected to announce".
    const predicate = this.language.pos(k - 2) === 'ADJ' || DISPOSED.has(before.norm)
    if (predicate && k - 3 >= this.first && BE_FORMS.has(this.words[k - 3]!.norm)) governor = k - 3
    else if (before.norm === 'on' && k - 3 >= this.first && this.language.lemma(k - 3) === 'go') governor = k - 3
    else if (this.language.pos(k - 2) === 'VERB' && INFINITIVE_GOVERNORS.has(this.language.lemma(k - 2))) governor = k - 2
    if (governor < 0) return undefined
    const head = subjectOf(this.prose, this.language, governor)
    if (head < this.first || this.quoted[head] || !isSpeakerWord(this.prose, this.language, head)) return undefined
    return this.phraseEndingAt(head)
  }

  /**
   * `More from Blumenthal and Cohen: "…"`, `From the Post: "…"`: a lead-in that names where the
   * quotation after its colon comes from.
   */
  private moreFrom(k: number): Attribution | undefined {
    if (this.words[k]!.norm !== 'from' || this.quoted[k]) return undefined
    const more = k > this.first && this.words[k - 1]!.norm === 'more'
    if (!more && k !== this.first) return undefined
    let end = k + 1
    while (
      end < this.end &&
      end - k <= 6 &&
      !this.quoted[end] &&
      (this.isCapitalized(end) || /^(?:and|the)$/u.test(this.words[end]!.norm)) &&
      !/:/u.test(this.gap(end - 1, end))
    )
      end++
    const colon = end < this.end ? this.gap(end - 1, end) : this.text.slice(this.words[end - 1]!.end)
    if (end === k + 1 || !this.isCapitalized(end - 1) || !/^\s*:/u.test(colon) || (end < this.end && !this.quoted[end])) return undefined
    return this.make('speech', {start: k + 1, end}, {start: more ? k - 1 : k, end: k + 1}, end < this.end ? {start: end, end: this.end} : undefined)
  }

  /** The first word from `i` that is not an adverb. */
  private skipAdverbs(i: number): number {
    while (i < this.end && this.language.pos(i) === 'ADV') i++
    return i
  }

  /** Where the clause from word `i` ends: before a comma and a conjunction ("want you to remember, but …"), or at the sentence end. */
  private clauseEnd(i: number): number {
    for (let j = i + 1; j < this.end; j++) if (/[,;]/u.test(this.gap(j - 1, j)) && this.language.pos(j) === 'CCONJ') return j
    return this.end
  }

  /** Word `i` is "to" before a verb: an infinitive ("to back the plan", where the tagger reads an adverb before its object). */
  private infinitiveAt(i: number): boolean {
    if (i + 1 >= this.end || this.words[i]!.norm !== 'to') return false
    const pos = this.language.pos(i + 1)
    return pos === 'VERB' || (pos === 'ADV' && i + 2 < this.end && this.language.pos(i + 2) === 'DET')
  }

  /** A short object (a pronoun, a name or a noun phrase) from word `i`, then an infinitive: the index of its "to". */
  private objectThenInfinitive(i: number): number | undefined {
    const pos = this.language.pos(i)
    if (pos === 'PRON') return PERSONAL_OBJECTS.has(this.words[i]!.norm) && this.infinitiveAt(i + 1) ? i + 1 : undefined
    let j = i
    while (
      j < this.end &&
      j - i < 4 &&
      !this.quoted[j] &&
      /^(?:DET|ADJ|NOUN|PROPN)$/u.test(this.language.pos(j)) &&
      (j === i || /^\s+$/u.test(this.gap(j - 1, j)))
    )
      j++
    return j > i && this.language.pos(j - 1) !== 'DET' && this.language.pos(j - 1) !== 'ADJ' && this.infinitiveAt(j) ? j : undefined
  }

  /** A short noun phrase from word `i` and a past participle after it: "wants the plan scrapped", "want him gone". */
  private objectThenParticiple(i: number): boolean {
    let j = i
    if (this.language.pos(j) === 'PRON' && PERSONAL_OBJECTS.has(this.words[j]!.norm)) j++
    else while (j < this.end && j - i < 4 && /^(?:DET|ADJ|NOUN|PROPN)$/u.test(this.language.pos(j)) && (j === i || /^\s+$/u.test(this.gap(j - 1, j)))) j++
    if (j === i || j >= this.end || this.quoted[j] || !/^\s+$/u.test(this.gap(j - 1, j))) return false
    const word = this.words[j]!.norm
    // A past form, regular or not ("scrapped", "built", "gone"), ending its phrase.
    const past = this.language.pos(j) === 'VERB' && !/(?:ing|s)$/u.test(word) && this.language.lemma(j) !== word
    return past && (j + 1 === this.end || /^(?:ADP|PUNCT|CCONJ|ADV)$/u.test(this.language.pos(j + 1)))
  }

  /** The sentence opens right after a closing quotation mark in the same paragraph. */
  private afterQuotation(): boolean {
    const first = this.words[this.first]!
    if (this.first === 0 || !this.quoted[this.first - 1] || this.words[this.first - 1]!.block !== first.block) return false
    // `"…"? Asked Palmer`: older copy sets the question mark after the closing mark.
    return /(?:[\u201D"]|'')[?!.]?\s*$/u.test(this.text.slice(this.words[this.first - 1]!.end, first.start))
  }

  /** Word `i` starts a clause with no "that": a subject, then a finite verb within a few words. */
  private clauseAt(i: number): boolean {
    // "nearly two-thirds of the bishops had …": a degree adverb before a number or a determiner.
    if (this.language.pos(i) === 'ADV' && i + 1 < this.end && /^(?:NUM|DET)$/u.test(this.language.pos(i + 1)) && /^\s+$/u.test(this.gap(i, i + 1))) i++
    const pos = this.language.pos(i)
    if (pos !== 'PRON' && pos !== 'PROPN' && pos !== 'DET' && pos !== 'NOUN' && pos !== 'NUM') return false
    // "he's worth", "they're wrong": a pronoun with its verb contracted onto it.
    const [, pronoun = this.words[i]!.norm, contracted] = /^(\p{L}+)['\u2019](s|re|ve|ll|d|m)$/u.exec(this.words[i]!.norm) ?? []
    // ("their sales rose": a possessive opens a noun phrase.)
    if (pos === 'PRON' && !PERSONAL.has(pronoun) && !/^(?:it|there|this|you)$/u.test(pronoun) && !POSSESSIVE_DETERMINERS.has(pronoun)) return false
    if (contracted && pos === 'PRON') return true
    for (let j = i + 1; j < Math.min(this.end, i + 7); j++) {
      if (/[,;:]/u.test(this.gap(j - 1, j))) return false
      const next = this.language.pos(j)
      if (next === 'AUX' || (next === 'VERB' && !/(?:ing)$/u.test(this.words[j]!.norm))) return true
      // "lenders target the young": after a plural noun, a word read as a noun before a determiner is the verb.
      if (
        next === 'NOUN' &&
        this.language.pos(j - 1) === 'NOUN' &&
        /s$/u.test(this.words[j - 1]!.norm) &&
        j + 1 < this.end &&
        DEFINITE.has(this.words[j + 1]!.norm)
      )
        return true
      // "expected Democrats to do their duty": an object and an infinitive, not a clause ("two-thirds of the bishops had": "of" runs on).
      if ((next === 'ADP' && this.words[j]!.norm !== 'of') || next === 'SCONJ' || next === 'CCONJ' || next === 'PART') return false
    }
    return false
  }

  /** A subject that can hold a belief or an intention, or (for evidence) state a finding. */
  private canHold(subject: WordRange, klass: CueClass): boolean {
    const head = subject.end - 1
    const norm = this.words[head]!.norm
    const pos = this.language.pos(head)
    // ("voters who support Sanders": a "who" stands for people.)
    if (PERSONAL.has(norm) || norm === 'who' || GROUP_PRONOUNS.has(norm) || this.isShareOfPeople(head)) return true
    if (pos === 'PROPN') return true
    // (People and organisations by their word, whatever the tagger reads: "The union views …".)
    if (PEOPLE.has(norm) || ORGANISATIONS.has(norm)) return true
    if (pos !== 'NOUN') return false
    if (klass === 'evidence' && EVIDENCE.has(norm)) return true
    return (
      SOURCE_NOUNS.has(norm) ||
      SOURCE_NOUNS.has(norm.replace(/s$/u, '')) ||
      VAGUE_SOURCES.has(norm) ||
      (head > subject.start && this.language.pos(head - 1) === 'PROPN')
    )
  }

  /** A noun phrase that names a record: "the polls", "video of the incident", "documents from his return". */
  private isRecord(phrase: WordRange): boolean {
    for (let i = phrase.start; i < phrase.end; i++) {
      if (!EVIDENCE.has(this.words[i]!.norm)) continue
      // The record heads its phrase: "the poll workers" are people.
      if (i + 1 >= phrase.end || !/^(?:NOUN|PROPN)$/u.test(this.language.pos(i + 1))) return true
    }
    return false
  }

  /** A number in the object after word `from`, before any other verb: "reported at least 20 victims", "found $4 million missing". */
  private figureInObject(from: number, reach = 6): boolean {
    for (let i = from; i < Math.min(this.end, from + reach) && !this.quoted[i]; i++) {
      const pos = this.language.pos(i)
      if (pos === 'NUM' && /\d/u.test(this.words[i]!.text)) return true
      // ("reported raising and spending about $9 million": an -ing object runs on.)
      if ((pos === 'VERB' && !this.words[i]!.norm.endsWith('ing')) || pos === 'AUX' || (i + 1 < this.end && /[,;:]/u.test(this.gap(i, i + 1)))) return false
    }
    return false
  }

  /** "Twelve percent indicated that …", "62 per cent said": a share of those polled. */
  private isShareOfPeople(j: number): boolean {
    const norm = this.words[j]!.norm
    if (norm === '%') return true
    // "About three in 10 said …", "two out of three report …", "Less than a third agreed", "Half said …".
    if (this.language.pos(j) === 'NUM' && j - 2 >= this.first && this.words[j - 1]!.norm === 'in' && this.language.pos(j - 2) === 'NUM') return true
    if (this.language.pos(j) === 'NUM' && j - 3 >= this.first && this.words[j - 1]!.norm === 'of' && this.words[j - 2]!.norm === 'out') return true
    // ("three-quarters" is one word.)
    const fraction = FRACTIONS.has(norm) || FRACTIONS.has(norm.replace(/^\p{L}+-/u, ''))
    if (fraction && (j === this.first || !/^(?:of|the)$/u.test(this.words[j - 1]!.norm))) return true
    if (norm !== 'percent' && norm !== 'cent') return false
    const number = norm === 'cent' ? j - 2 : j - 1
    return number >= this.first && this.language.pos(number) === 'NUM'
  }

  /** After a cue and a short adjunct, the comma closing a parenthetical attribution (its word index). */
  private parentheticalEnd(from: number): number | undefined {
    for (let i = from; i < Math.min(this.end, from + 5); i++) {
      if (i > from - 1 && /,/u.test(this.gap(i - 1, i))) return i
      if (this.words[i]!.norm === 'that' || FINITE.has(this.words[i]!.norm)) return undefined
    }
    return undefined
  }

  /** "called", "described", "found" speak only with a clause, a quote or "what X called". */
  /** Word `from` opens an object (a name, a pronoun, a noun phrase) followed by one of `prepositions`, with no verb between. */
  private prepositionAfterObject(from: number, prepositions: ReadonlySet<string>): boolean {
    for (let i = from + 1; i < Math.min(this.end, from + 8) && !this.quoted[i]; i++) {
      if (prepositions.has(this.words[i]!.norm)) return true
      if (/^(?:VERB|AUX)$/u.test(this.language.pos(i)) || /[,;:]/u.test(this.gap(i - 1, i))) return false
    }
    return false
  }

  private objectCueSpeaks(subject: WordRange, cue: WordRange): boolean {
    const next = this.words[cue.end]
    // "Polls show a close race", "The video shows him with his hands up": a record shows whatever it shows.
    const lemma = this.language.lemma(cue.start)
    // "A CNN survey found 90 percent support": a record finds whatever it finds, too.
    if (next && (lemma === 'show' || lemma === 'find') && this.isRecord(subject) && !this.quoted[cue.end]) return true
    // "Authorities reported at least 20 victims": a figure reported or found is someone's count.
    if (next && (lemma === 'report' || lemma === 'find') && this.figureInObject(cue.end)) return true
    if (next && next.norm === 'as') return true
    // "accused Washington of throwing away …", "charged him with fraud": the charge is what was said.
    if (next && CHARGE_VERBS.has(lemma) && this.prepositionAfterObject(cue.end, CHARGE_PREPOSITIONS)) return true
    // "announced a series of steps", "announced his candidacy": what is announced is what was said.
    if (next && lemma === 'announce' && (/^(?:DET|ADJ|NOUN|PROPN|NUM)$/u.test(this.language.pos(cue.end)) || POSSESSIVE_DETERMINERS.has(next.norm))) return true
    // "Politico reports:" introduces what follows, in this paragraph or the next; so does
    // "Dodge reported the following breakdown:" (a short object ending on the colon).
    if (/^\s*:/u.test(this.text.slice(this.words[cue.end - 1]!.end))) return true
    if (
      this.end - cue.end <= 5 &&
      /^\s*:\s*$/u.test(this.text.slice(this.words[this.end - 1]!.end, this.sentence.end + 1)) &&
      !this.finiteVerbBetween(cue.end, this.end)
    )
      return true
    // "admitted on Monday that …": a that-clause after a short adjunct; after a verb of telling,
    // past the one told however long ("assured a town hall in Salem, New Hampshire, that …").
    const told = ADDRESSEE_VERBS.has(this.language.lemma(cue.start))
    for (let i = cue.end; i < Math.min(this.end, cue.end + (told ? 16 : 6)); i++) {
      if (this.words[i]!.norm === 'that' && !this.quoted[i]) return true
      const comma = i > cue.end && /[,;:]/u.test(this.gap(i - 1, i))
      // (A comma between two parts of a place name does not end the phrase: "Salem, New Hampshire".)
      const placeName = comma && told && /^\s*,\s*$/u.test(this.gap(i - 1, i)) && this.isCapitalized(i) && this.isCapitalized(i - 1)
      if (this.isVerbInAdjunct(i) || (comma && !placeName)) break
    }
    // "He claimed the plan was fine": a clause with no "that"; "assured him the plan was fine": after the person told.
    if (next && cue.end < this.end && (this.clauseAt(cue.end) || this.pastAddressee(cue.end) > cue.end)) return true
    if (next && CLAUSE_SUBJECTS.has(next.norm) && /^\s+$/u.test(this.gap(cue.end - 1, cue.end))) return true
    if (next && WH_CLAUSE.has(next.norm) && !this.quoted[cue.end]) return true
    // "what she called", "a bill that critics called anti-gay": the object stands before the subject.
    if (subject.start > this.first && /^(?:what|which|that)$/u.test(this.words[subject.start - 1]!.norm)) return true
    if (NAMING.has(this.language.lemma(cue.start)) && this.namesObject(cue.end)) return true
    if (this.asksOrTells(cue)) return true
    const from = this.words[cue.end - 1]!.end
    const nearQuote = this.text.slice(from, Math.min(from + 150, this.sentence.end))
    return QUOTE_CHARS.test(nearQuote) || /\s'\p{L}/u.test(nearQuote)
  }

  /**
   * "called the charges unsubstantiated", "called him a liar": an object, then what it is
   * called (an adjective or a noun phrase). "called a press conference", "called the police"
   * have an object and nothing after it.
   */
  private namesObject(from: number): boolean {
    const i = this.objectEnd(from)
    if (i >= this.end || i === from || /[,;:]/u.test(this.gap(i - 1, i))) return false
    const norm = this.words[i]!.norm
    return this.language.pos(i) === 'ADJ' || norm === 'a' || norm === 'an' || norm === 'the'
  }

  /** Past the object noun phrase that starts at word `from` (a pronoun, names, or a determiner, adjectives and nouns); `from` if there is none. */
  private objectEnd(from: number): number {
    let i = from
    const pos = (at: number): string => (at < this.end ? this.language.pos(at) : 'X')
    // "our followers": a possessive pronoun opens the phrase like a determiner.
    if (pos(i) === 'PRON' && pos(i + 1) !== 'NOUN' && pos(i + 1) !== 'ADJ') return i + 1
    if (pos(i) === 'PROPN') {
      while (pos(i) === 'PROPN' && i - from < 5) i++
      return i
    }
    if (pos(i) !== 'DET' && pos(i) !== 'PRON' && pos(i) !== 'ADJ' && pos(i) !== 'NOUN') return from
    if (pos(i) === 'DET' || pos(i) === 'PRON') i++
    while (pos(i) === 'ADJ') i++
    if (pos(i) !== 'NOUN' && pos(i) !== 'PROPN') return from
    while ((pos(i) === 'NOUN' || pos(i) === 'PROPN') && i - from < 6) i++
    return i
  }

  /**
   * "asked Sanders whether …", "asked our followers what they thought", "urged voters to …": a
   * verb of asking or telling with its object, then the question or the request.
   */
  private asksOrTells(cue: WordRange): boolean {
    if (!REQUESTS.has(this.language.lemma(cue.start))) return false
    const i = this.objectEnd(cue.end)
    if (i === cue.end || i >= this.end || this.quoted[i]) return false
    const norm = this.words[i]!.norm
    // "asked Bennett about the comments": what someone is asked about is what was asked.
    const about = norm === 'about' && this.language.lemma(cue.start) === 'ask'
    return about || WH_CLAUSE.has(norm) || norm === 'if' || (norm === 'to' && i + 1 < this.end && this.language.pos(i + 1) === 'VERB')
  }

  private contentAfter(from: number, end = this.end): WordRange | undefined {
    let start = from
    let adjunct = false
    // (The one told may be a long phrase: "told a crowded banquet hall at a hotel in downtown Baltimore that …".)
    const reach = from > this.first && ADDRESSEE_VERBS.has(this.language.lemma(from - 1)) ? 16 : 9
    // "told Le Monde that …", "said in a statement that …": the content starts after "that".
    for (let i = from; i < Math.min(this.end, from + reach); i++) {
      if (this.words[i]!.norm === 'that' && !this.quoted[i]) {
        start = i + 1
        break
      }
      // "said the plan failed, adding that …": past a verb, "that" belongs to a later clause
      // (an adjunct set off by a comma right after the cue has none: "pointed out, in blunt
      // language, that …").
      if (i === from && /,/u.test(this.text.slice(this.words[from - 1]!.end, this.words[from]!.start))) adjunct = true
      if (!adjunct && this.isVerbInAdjunct(i)) break
    }
    if (start === from) start = this.pastAddressee(from)
    return start < end ? {start, end} : undefined
  }

  /** "told CNN the bill is dead", "assured the council it would pay": the person told is not what was said. */
  private pastAddressee(from: number): number {
    if (from <= this.first || !ADDRESSEE_VERBS.has(this.language.lemma(from - 1))) return from
    // The shortest run of words that ends in a noun or a pronoun (and no name cut in two) with a clause after it.
    for (let i = from + 1; i < Math.min(this.end, from + 7); i++) {
      const last = i - 1
      if (this.quoted[last] || !/^\s+$/u.test(this.gap(last, i)) || !/^(?:PROPN|NOUN|PRON|DET|ADJ|ADP|NUM)$/u.test(this.language.pos(last))) return from
      const ends = /^(?:PROPN|NOUN|PRON)$/u.test(this.language.pos(last)) && !(this.language.pos(last) === 'PROPN' && this.language.pos(i) === 'PROPN')
      if (ends && this.clauseAt(i)) return i
    }
    return from
  }

  /**
   * Word `i`, in the adjunct between a cue and its "that", is a verb and so ends the search. Not
   * a base form the tagger reads as a verb inside a phrase after a preposition, before its noun
   * (`admitted in earlier court hearings that`).
   */
  private isVerbInAdjunct(i: number): boolean {
    // "told The Associated Press that …": a capitalised word inside a name is no verb.
    if (i > this.first && this.isCapitalized(i) && this.isCapitalized(i - 1)) return false
    // "the newspaper of Charleston on Saturday": a capitalised word after a preposition is a name.
    if (i > this.first && this.isCapitalized(i) && this.language.pos(i - 1) === 'ADP') return false
    const pos = this.language.pos(i)
    if (pos === 'AUX') return true
    if (pos !== 'VERB') return false
    if (i + 1 >= this.end || this.language.pos(i + 1) !== 'NOUN' || this.words[i]!.norm !== this.language.lemma(i)) return true
    for (let j = i - 1; j >= Math.max(this.first, i - 3); j--) if (this.language.pos(j) === 'ADP') return false
    return true
  }

  /**
   * The words after a cue up to the sentence end are few and carry no clause of their own: an
   * adjunct ("on Tuesday", "in a statement") or the person told ("Le Monde", "reporters").
   */
  private shortTail(from: number, to = this.end): boolean {
    if (to - from > 10) return false
    for (let i = from; i < to; i++) if (this.words[i]!.norm === 'that' || FINITE.has(this.words[i]!.norm)) return false
    // "said 40 people died": a clause of its own.
    if (from < to && this.clauseAt(from)) return false
    // "will insist on being himself": a preposition with a gerund is the verb's complement, no adjunct.
    if (from + 1 < to && this.language.pos(from) === 'ADP' && /ing$/u.test(this.words[from + 1]!.norm) && /^(?:VERB|AUX)$/u.test(this.language.pos(from + 1)))
      return false
    const next = from < to ? this.words[from] : undefined
    return !next || !(CLAUSE_SUBJECTS.has(next.norm) || DEFINITE.has(next.norm) || next.norm === 'a' || next.norm === 'an') || to - from <= 3
  }

  /**
   * `New Poll Shows Minor Bump For Clinton`: a headline in title case, whose verb is capitalised
   * like every word (at least five words, all but short function words capitalised).
   */
  private titleCase(k: number): boolean {
    if (k === this.first || this.end - this.first < 5) return false
    for (let i = this.first; i < this.end; i++)
      if (!this.isCapitalized(i) && !/^(?:a|an|the|of|in|on|at|to|for|and|or|but|by|with|as|vs\.?)$/u.test(this.words[i]!.norm)) return false
    return true
  }

  /** Words from `from`: a name of one to four capitalised words, then a colon ("Stone:", "Sen. Ana Ruiz:"). */
  private nameThenColon(from: number): boolean {
    for (let i = from; i < Math.min(this.end, from + 4) && this.isCapitalized(i); i++) if (/^\s*:/u.test(this.text.slice(this.words[i]!.end))) return true
    return false
  }

  /** `the Saudis state in the white paper, which …`: the tail after a closing cue up to a relative clause set off by a comma. */
  private tailBeforeRelative(from: number): number {
    for (let i = from + 1; i < this.end; i++) {
      if (/,/u.test(this.gap(i - 1, i))) return /^(?:which|who|where|when)$/u.test(this.words[i]!.norm) ? i : this.end
    }
    return this.end
  }

  private subjectBefore(k: number): WordRange | undefined {
    let j = k - 1
    // ("Theresa May said": a capitalised "May" is a name, not the modal.)
    while (j >= this.first && ((AUXILIARIES.has(this.words[j]!.norm) && !this.isCapitalized(j)) || this.isAdverb(j)) && !/[,;:]/u.test(this.gap(j, j + 1))) j--
    // "Rep. Ana Ruiz (D-N.M.) said": the subject is before the bracketed tag.
    const open = this.skipBracketBack(j + 1)
    if (open <= j && open - 1 >= this.first) j = open - 1
    if (j < this.first) return undefined
    const between = this.gap(j, k > j + 1 ? j + 1 : k)
    if (QUOTE_CHARS.test(between) || /[:;]/u.test(between)) return undefined
    const head = this.words[j]!
    // "Ruiz on Monday called …", "a poll released Wednesday found": a day or a month is an adjunct, never the speaker.
    // ("May said", at the start, is Theresa May; "Day said" is a surname.)
    if (this.quoted[j] || (TIME_NAMES.test(head.norm) && !this.surnameLike(j))) return undefined
    // "Asante, who led the trial, said": the source is the noun phrase before ", who".
    if (/,/u.test(between)) return this.appositive(j, UNAMBIGUOUS.has(this.words[k]!.norm))
    // "Her relatives watched the videos and said …": a coordinated verb shares the clause's subject.
    if ((head.norm === 'and' || head.norm === 'but') && !this.quoted[j]) return this.coordinatedSubject(k) ?? this.mainSubject(j)
    if (NP_STOP.has(head.norm) && !PRONOUNS.has(head.norm)) return undefined
    // "the continued questions": an article is no subject.
    if (head.norm === 'the' || head.norm === 'a' || head.norm === 'an') return undefined
    if (head.norm === 'who' || head.norm === 'which') return this.relativeAntecedent(j) ?? {start: j, end: j + 1}
    const verb = this.words[k]!.norm
    const noun = SOURCE_NOUNS.has(head.norm) || SOURCE_NOUNS.has(head.norm.replace(/s$/u, ''))
    // Only a document or a person shows or finds: "the loss shows that …" is the reporter's inference.
    const ok = EVIDENCE_VERBS.has(verb)
      ? noun || PRONOUNS.has(head.norm) || this.isCapitalized(j) || this.isRecord({start: this.extendBack(j), end: j + 1})
      : PRONOUNS.has(head.norm) ||
        noun ||
        PEOPLE.has(head.norm) ||
        ORGANISATIONS.has(head.norm) ||
        VAGUE_SOURCES.has(head.norm) ||
        GROUP_PRONOUNS.has(head.norm) ||
        this.isCapitalized(j) ||
        this.isShareOfPeople(j) ||
        // "the agency", "a Dallas article", "the billionaire estate mogul": a noun phrase opened by a determiner.
        (j > this.first && (DETERMINERS.has(this.words[j - 1]!.norm) || this.openedByDeterminer(j) || this.nounsAfterDeterminer(j))) ||
        // "said", "told": whatever stands right before them is their subject ("tenant groups said").
        (UNAMBIGUOUS.has(verb) && /^\p{L}/u.test(head.text) && this.language.pos(j) !== 'ADV' && !/ing$/u.test(head.norm))
    if (!ok) return undefined
    const start = this.extendBack(j)
    // "in a box labeled …", "for a man called …": after a preposition, a naming verb is a participle, not a verb with that subject.
    // So is one after a verb and its preposition: "officials who spoke with The Huffington Post said", "she spoke to on camera".
    if (
      start > this.first &&
      (NAMING.has(this.language.lemma(k)) ||
        (start - 2 >= this.first && /^(?:VERB|ADP)$/u.test(this.language.pos(start - 2)) && this.words[start - 1]!.norm !== 'of')) &&
      OBJECT_PREPOSITIONS.has(this.words[start - 1]!.norm) &&
      /^\s+$/u.test(this.gap(start - 1, start))
    )
      // The subject is then the noun the relative clause hangs on: "officials who spoke with the Post said".
      return NAMING.has(this.language.lemma(k)) ? undefined : this.beforeRelative(start)
    // "People who attended the meeting said": the object of a relative clause's verb is not the subject.
    if (start - 2 >= this.first && this.language.pos(start - 1) === 'VERB' && RELATIVES.has(this.words[start - 2]!.norm)) return this.beforeRelative(start)
    // "The survey published by the ministry found …": the agent of a participle is not the subject.
    const p = start - 2
    if (p > this.first && this.words[start - 1]!.norm === 'by' && this.modifiesNoun(p) && /^\s+$/u.test(this.gap(p - 1, p)))
      return {start: this.extendBack(p - 1), end: p}
    return {start: this.jointStart(this.withKnowledge(start)), end: j + 1}
  }

  /**
   * A record or a speaker set off from its verb by what modifies it: "a report released last
   * year found", "an arbitration panel in 2001 found", "an analysis released by the department
   * last month reveals". Only a word that names a record or someone who speaks heads it.
   */
  private sourcePastModifiers(k: number): WordRange | undefined {
    const j = this.pastAdjuncts(k - 1)
    if (j >= k - 1 || j < this.first || this.quoted[j] || !/^\s+$/u.test(this.gap(j, j + 1))) return undefined
    const norm = this.words[j]!.norm
    const record = EVIDENCE.has(norm) || SOURCE_NOUNS.has(norm) || SOURCE_NOUNS.has(norm.replace(/s$/u, ''))
    // (A capital opening the sentence names no one: "Sales in the last year showed …".)
    if (!record && (j === this.first || !isSpeakerWord(this.prose, this.language, j))) return undefined
    return {start: this.extendBack(j), end: j + 1}
  }

  /** Word `j` ends a run of nouns opened by a determiner: "the billionaire estate mogul". */
  private nounsAfterDeterminer(j: number): boolean {
    let i = j
    while (i > this.first && j - i < 4 && this.language.pos(i) === 'NOUN' && /^\s+$/u.test(this.gap(i - 1, i))) i--
    return i < j && DETERMINERS.has(this.words[i]!.norm)
  }

  /** A noun after a name that modifies it, in a phrase opened by an article: "a Dallas article", "the CNN report". */
  private openedByDeterminer(j: number): boolean {
    if (this.language.pos(j) !== 'NOUN' || this.language.pos(j - 1) !== 'PROPN') return false
    const start = this.extendBack(j)
    return start < j && DETERMINERS.has(this.words[start]!.norm)
  }

  /**
   * The subject of a verb that always reports speech, set off from it by adverbs, adjuncts and
   * one aside between commas: "Ruiz however said", "Tom Baker on Thursday evening said", "Ana
   * Ruiz of Ohio, the No. 2 Democrat in the Senate, said", "Mr. Baker, citing "…," said". No
   * verb of another clause may stand between, and the word reached must name someone (before a
   * colon, `anyNoun`: any noun, "The first of the beliefs, now reads:").
   */
  private subjectAcrossAdjuncts(k: number, anyNoun = false): WordRange | undefined {
    let j = this.pastAdjuncts(k - 1)
    if (j < this.first || /[;:]/u.test(this.gap(j, j + 1))) return undefined
    // "Trump, in a brief interview on Saturday, said": the adjuncts just passed were the aside itself.
    const commaBeforeCue = /,/u.test(this.gap(k - 1, k))
    const commaAfter = /,/u.test(this.gap(j, j + 1))
    const noCommaPassed = j + 1 < k && !/,/u.test(this.text.slice(this.words[j + 1]!.start, this.words[k - 1]!.end))
    const asidePassed = j + 1 < k - 1 && commaBeforeCue && commaAfter && noCommaPassed
    // "Obama, dedicating the National Museum … on Saturday, said": the adjuncts passed ended inside
    // an aside that closes with the comma before the cue; the subject is before the aside.
    const insideAside = commaBeforeCue && !commaAfter && noCommaPassed
    if (!asidePassed && (commaAfter || insideAside)) {
      let open = j
      while (open > this.first && j - open < 20 && !/,/u.test(this.gap(open - 1, open))) open--
      if (open <= this.first || !this.asideAt(open, insideAside ? k : j + 1)) return undefined
      j = this.pastAdjuncts(open - 1)
    } else if (this.quoted[j]) return undefined
    if (j < this.first || this.quoted[j]) return undefined
    const norm = this.words[j]!.norm
    // "Theresa May": a capitalised word after another is a name, whatever the tagger reads.
    const name = j > this.first && this.isCapitalized(j) && this.isCapitalized(j - 1)
    const speaker =
      name || isSpeakerWord(this.prose, this.language, j) || SOURCE_NOUNS.has(norm) || SOURCE_NOUNS.has(norm.replace(/s$/u, '')) || EVIDENCE.has(norm)
    // "The first of …": an adjective after a determiner heads its phrase.
    const nominal = this.language.isNominal(j) || (this.language.pos(j) === 'ADJ' && j > this.first && this.language.pos(j - 1) === 'DET')
    if (!speaker && !(anyNoun && nominal)) return undefined
    return {start: this.extendBack(j), end: j + 1}
  }

  /** Back from word `j` past adverbs, auxiliaries and prepositional phrases ("on Thursday evening", "of Ohio"), in one clause. */
  private pastAdjuncts(j: number): number {
    for (;;) {
      // ("May" in "Theresa May" is a name, not the modal; "has only to recall": an infinitive reports nothing.)
      while (
        j >= this.first &&
        !this.quoted[j] &&
        /^(?:ADV|AUX|PART)$/u.test(this.language.pos(j)) &&
        this.words[j]!.norm !== 'to' &&
        !this.isCapitalized(j) &&
        /^\s+$/u.test(this.gap(j, j + 1))
      )
        j--
      // "last week", "this morning": a time phrase with no preposition.
      if (j > this.first && TIME_NAMES.test(this.words[j]!.norm) && /^(?:last|this|next|early|late)$/u.test(this.words[j - 1]!.norm)) {
        j -= 2
        // "in late August", "by early next week".
        if (j >= this.first && ADJUNCT_PREPOSITIONS.has(this.words[j]!.norm) && /^\s+$/u.test(this.gap(j, j + 1))) j--
        continue
      }
      let i = j
      while (
        i >= this.first &&
        j - i < 5 &&
        !this.quoted[i] &&
        (/^(?:NOUN|PROPN|NUM|DET|ADJ)$/u.test(this.language.pos(i)) || POSSESSIVE_DETERMINERS.has(this.words[i]!.norm)) &&
        (i === j || /^\s+$/u.test(this.gap(i, i + 1)))
      )
        i--
      if (i === j || i < this.first || this.quoted[i] || !ADJUNCT_PREPOSITIONS.has(this.words[i]!.norm) || !/^\s+$/u.test(this.gap(i, i + 1))) {
        // "A poll released Wednesday found", "a survey conducted on Monday shows": a participle
        // dated by its time phrase modifies the subject before it.
        if (this.datedParticiple(j)) return this.pastAdjuncts(j - 1)
        return j > this.first && TIME_NAMES.test(this.words[j]!.norm) && this.datedParticiple(j - 1) ? this.pastAdjuncts(j - 2) : j
      }
      j = i - 1
    }
  }

  /** "have admitting privileges": an -ing form right after a form of "have" modifies a noun; it is no verb. */
  private gerundAfterHave(k: number): boolean {
    return k > this.first && /ing$/u.test(this.words[k]!.norm) && /^(?:have|has|had|having)$/u.test(this.words[k - 1]!.norm)
  }

  /** Word `j` is a past participle right after a noun, which it modifies ("the survey published by …", "the inspector general released …"). */
  private modifiesNoun(j: number): boolean {
    // (The tagger reads the "general" of "inspector general" as an adjective.)
    return j > this.first && this.pastParticiple(j) && (this.language.isNominal(j - 1) || this.language.pos(j - 1) === 'ADJ')
  }

  /** Word `j` is a lower-case past form: "released", "taken", "drawn", "held" (not "shows", "leading"). */
  private pastParticiple(j: number): boolean {
    const {text, norm} = this.words[j]!
    if (!/^\p{Ll}+$/u.test(text) || this.language.pos(j) !== 'VERB') return false
    return /ed$/u.test(norm) || (this.language.lemma(j) !== norm && !/(?:s|ing)$/u.test(norm))
  }

  /**
   * Word `j` is a lower-case past participle after a noun, followed by a day, a time phrase or
   * its agent: "a poll released Wednesday", "a statement released by the campaign".
   */
  private datedParticiple(j: number): boolean {
    if (!this.modifiesNoun(j)) return false
    const next = this.words[j + 1]
    const after = this.words[j + 2]
    if (!next) return false
    if (TIME_NAMES.test(next.norm) || next.norm === 'by') return true
    if (after === undefined || !TIME_LEADS.has(next.norm)) return false
    // "released in late August", "taken over the past two weeks", "conducted in 2001".
    for (let i = j + 2; i < Math.min(this.end, j + 6); i++) {
      const norm = this.words[i]!.norm
      if (TIME_NAMES.test(norm) || /^(?:1[89]|20)\d\d$/u.test(norm)) return true
      if (!TIME_LEADS.has(norm) && this.language.pos(i) !== 'NUM') return false
    }
    return false
  }

  /** Words [start, end) are an aside between commas: an apposition, or a clause that opens with "who", "which" or a participle. */
  private asideAt(start: number, end: number): boolean {
    const opener = this.words[start]!
    if (/^(?:who|which)$/u.test(opener.norm) || /(?:ing|ed)$/u.test(opener.norm)) return true
    for (let i = start; i < end; i++) {
      const pos = this.language.pos(i)
      // ("in a statement released by the campaign": a participle after its noun is no verb of a clause.)
      const reduced = pos === 'VERB' && /(?:ed|ing)$/u.test(this.words[i]!.norm) && i > start && this.language.pos(i - 1) === 'NOUN'
      if (!this.quoted[i] && (pos === 'VERB' || pos === 'AUX') && !reduced) return false
    }
    return true
  }

  /** "Ruiz smiled and said …": the subject of the verb before "and", if it is someone who can speak. */
  private coordinatedSubject(k: number): WordRange | undefined {
    const head = subjectOf(this.prose, this.language, k)
    if (head < this.first || this.quoted[head] || !isSpeakerWord(this.prose, this.language, head)) return undefined
    // "Ivanka Trump, a senior adviser, lauded … and said": the head of an apposition is not the subject.
    if (head + 1 < this.end && /,/u.test(this.gap(head, head + 1))) return undefined
    return {start: this.extendBack(head), end: head + 1}
  }

  /** "Pelosi and Schumer said": two names joined by "and" speak together. */
  private jointStart(start: number): number {
    if (start - 2 < this.first || this.words[start - 1]!.norm !== 'and' || !this.isCapitalized(start)) return start
    if (!this.isCapitalized(start - 2) || this.quoted[start - 2] || /[,;:]/u.test(this.gap(start - 2, start))) return start
    return this.extendBack(start - 2)
  }

  /** "people familiar with the matter", "sources close to the talks": the whole description. */
  private withKnowledge(start: number): number {
    if (start - 2 < this.first) return start
    const link = this.words[start - 1]!.norm
    const adjective = this.words[start - 2]!.norm
    if (KNOWLEDGE_LINKS.get(adjective) !== link || /[,;:]/u.test(this.gap(start - 2, start))) return start
    return start - 3 >= this.first ? this.extendBack(start - 3) : start - 2
  }

  /** `X, a former teacher, said` / `the minister, who …, said`: the phrase before the comma. */
  private appositive(j: number, speechVerb: boolean): WordRange | undefined {
    let i = j
    while (i > this.first && !/[,;:]/u.test(this.gap(i - 1, i))) i--
    if (i <= this.first) return undefined
    const before = i - 1
    const word = this.words[before]!
    const nounLike =
      this.isCapitalized(before) ||
      SOURCE_NOUNS.has(word.norm) ||
      PRONOUNS.has(word.norm) ||
      (speechVerb && !NP_STOP.has(word.norm) && !AUXILIARIES.has(word.norm))
    if (!nounLike) return undefined
    // "Ana Ruiz of Ohio, the second Democrat in the Senate, said": the phrase runs back to its head.
    return {start: this.extendBack(this.pastAdjuncts(before)), end: before + 1}
  }

  private relativeAntecedent(j: number): WordRange | undefined {
    if (j <= this.first || !/,/u.test(this.gap(j - 1, j))) return undefined
    const head = j - 1
    if (this.quoted[head]) return undefined
    return {start: this.extendBack(head), end: head + 1}
  }

  /**
   * The noun phrase a restrictive relative clause ending before `start` hangs on: "Current and
   * former officials who spoke with the Post" for the verb after it. Undefined if no "who" or
   * "that" opens a short clause there after a noun.
   */
  private beforeRelative(start: number): WordRange | undefined {
    for (let w = start - 1; w > this.first && start - w <= 6; w--) {
      if (this.quoted[w] || /[,;:()]/u.test(this.gap(w, w + 1))) return undefined
      if (!RELATIVES.has(this.words[w]!.norm)) continue
      const head = w - 1
      if (this.quoted[head] || !/^(?:NOUN|PROPN)$/u.test(this.language.pos(head)) || !/^\s+$/u.test(this.gap(head, w))) return undefined
      return this.phraseEndingAt(head)
    }
    return undefined
  }

  /** The noun phrase whose head is word `head`, with a joint speaker before it ("Pelosi and Schumer"). */
  private phraseEndingAt(head: number): WordRange {
    return {start: this.jointStart(this.extendBack(head)), end: head + 1}
  }

  /** Extends a noun phrase ending at `j` backwards over names, determiners and modifiers. */
  private extendBack(j: number): number {
    // A pronoun is a whole noun phrase: "the $18 million he says he raised" is spoken by "he".
    if (this.language.pos(j) === 'PRON') return j
    let i = j
    while (i - 1 >= this.first && j - i < 7) {
      const prev = this.words[i - 1]!
      if (/[,;:()\u2014"\u201C\u201D]|\.\s/u.test(this.gap(i - 1, i))) break
      // "critics of Mayor Ruiz", "a spokesman for Ruiz", "the sign on the door": the noun before the preposition heads the phrase.
      if (PHRASE_LINKS.has(prev.norm) && i - 2 >= this.first && !this.quoted[i - 2] && /^\s+$/u.test(this.gap(i - 2, i - 1))) {
        const head = this.words[i - 2]!.norm
        if (PEOPLE.has(head) || SOURCE_NOUNS.has(head) || this.language.pos(i - 2) === 'NOUN') {
          i -= 2
          continue
        }
      }
      if (NP_STOP.has(prev.norm) || this.quoted[i - 1] || AUXILIARIES.has(prev.norm) || this.cueAt(i - 1)) break
      // Lower-case past or present participles are verbs here ("… interviewed Sejourne, who …"), unless read as nouns ("fundraising documents").
      if (/^\p{Ll}/u.test(prev.text) && /(?:ed|ing)$/u.test(prev.norm) && !SOURCE_NOUNS.has(prev.norm) && this.language.pos(i - 1) !== 'NOUN') break
      // So are other verbs, what opens a clause ("to placate nervous Democrats, who …", "whether anyone",
      // "until Haley said") and prepositions not joined above.
      if (/^\p{Ll}/u.test(prev.text) && /^(?:VERB|AUX|SCONJ|ADP)$/u.test(this.language.pos(i - 1)) && !/^(?:per|of|out)$/u.test(prev.norm)) break
      // "outrageous things Donald Trump said": a plural noun before a name is the head of a relative clause, no title.
      if (
        /^\p{Ll}/u.test(prev.text) &&
        this.language.pos(i - 1) === 'NOUN' &&
        this.language.pos(i) === 'PROPN' &&
        /s$/u.test(prev.norm) &&
        this.language.lemma(i - 1) !== prev.norm
      )
        break
      if (/,/u.test(this.gap(i - 1, i))) break
      i--
      if (DEFINITE.has(prev.norm) || prev.norm === 'a' || prev.norm === 'an') {
        // "critics of the plan", "a spokesman for the ministry": the head comes before "of".
        const link = this.words[i - 1]
        if (i - 2 >= this.first && link && PHRASE_LINKS.has(link.norm) && /^\s+$/u.test(this.gap(i - 2, i - 1)) && /^\s+$/u.test(this.gap(i - 1, i))) {
          const head = this.words[i - 2]!
          const person = PEOPLE.has(head.norm) || SOURCE_NOUNS.has(head.norm)
          if (
            (person || link.norm === 'of' || link.norm === 'for' || this.language.pos(i - 2) === 'NOUN') &&
            !/^(?:VERB|AUX)$/u.test(this.language.pos(i - 2)) &&
            !NP_STOP.has(head.norm) &&
            !AUXILIARIES.has(head.norm) &&
            !this.cueAt(i - 2)
          ) {
            i -= 2
            continue
          }
        }
        break
      }
    }
    return i
  }

  /** The speaker after an inverted cue: `…, said Jane Doe, a nurse.` / `…, said the ministry on Monday.` */
  private subjectAfter(from: number): WordRange | undefined {
    if (from >= this.end || this.quoted[from]) return undefined
    const first = this.words[from]!
    if (PRONOUNS.has(first.norm)) return {start: from, end: from + 1}
    if (!this.isCapitalized(from) && !DETERMINERS.has(first.norm) && !SOURCE_NOUNS.has(first.norm) && !this.nameAhead(from)) return undefined
    let i = from + 1
    const inPhrase = (at: number): boolean =>
      at < this.end &&
      at - from < 8 &&
      !this.quoted[at] &&
      !/[,;:()\u2014]/u.test(this.gap(at - 1, at)) &&
      !NP_STOP.has(this.words[at]!.norm) &&
      !AUXILIARIES.has(this.words[at]!.norm)
    while (inPhrase(i)) i++
    // "said Ruiz and others", "said Pelosi and Schumer": joint speakers.
    if (i + 1 < this.end && !this.quoted[i] && this.words[i]!.norm === 'and' && (this.isCapitalized(i + 1) || GROUP_PRONOUNS.has(this.words[i + 1]!.norm))) {
      i += 2
      while (inPhrase(i)) i++
    }
    const end = i
    // A party or state tag in brackets after the name: "said Rep. Ana Ruiz (D-N.M.), who …".
    i = this.skipBracket(i)
    // What follows the speaker is the sentence end, a comma or an adjunct, never a verb.
    // ("a consultant close to the campaign": "to" after an adjective opens a modifier too.)
    const modifier = this.language.pos(i) === 'ADP' || (this.words[i]?.norm === 'to' && /^(?:ADJ|ADV)$/u.test(this.language.pos(i - 1)))
    if (i < this.end && !/[,:]/u.test(this.gap(i - 1, i)) && !ADJUNCTS.has(this.words[i]!.norm) && !modifier) return undefined
    // `this group headed by …`, `a consultant close to …`: a participle or an adjective that modifies the speaker is not part of the name.
    let head = end
    while (head - 1 > from && /^(?:VERB|ADJ)$/u.test(this.language.pos(head - 1))) head--
    return {start: from, end: head}
  }

  /** An adverb between a subject and its verb: "repeatedly", "facetiously", "even", "long", "also". */
  private isAdverb(j: number): boolean {
    const word = this.words[j]!
    return (/^\p{Ll}+ly$/u.test(word.text) || MIDDLE_ADVERBS.has(word.norm)) && this.language.pos(j) === 'ADV'
  }

  /** Lower-case words before a name: "9/11 widow Terry Strada", "state Del. Ana Price". */
  private nameAhead(from: number): boolean {
    for (let i = from; i < Math.min(this.end, from + 4); i++) if (this.language.pos(i) === 'PROPN' && this.isCapitalized(i)) return i > from
    return false
  }

  /** Past a bracketed group that opens before word `i` ("(D-N.Y.)"): the first word after it. */
  private skipBracket(i: number): number {
    if (i >= this.end || i <= this.first || !/\(/u.test(this.gap(i - 1, i))) return i
    for (let j = i; j < Math.min(this.end, i + 6); j++)
      if (/\)/u.test(this.text.slice(this.words[j]!.end, j + 1 < this.end ? this.words[j + 1]!.start : this.sentence.end))) return j + 1
    return i
  }

  /** Before a bracketed group that closes right before word `k`: the word before it opened. */
  private skipBracketBack(k: number): number {
    if (k <= this.first || !/\)/u.test(this.gap(k - 1, k))) return k
    for (let j = k - 1; j > Math.max(this.first, k - 6); j--) if (/\(/u.test(this.gap(j - 1, j))) return j
    return k
  }

  private accordingTo(k: number): Attribution | undefined {
    if (k + 1 >= this.end || this.words[k + 1]!.norm !== 'to') return undefined
    return this.phraseSource({start: k, end: k + 2})
  }

  /**
   * `Mrs. Clinton was, in the words of a senior adviser, "the torchbearer"`: the words after the
   * source's comma are the source's.
   */
  private inWordsOf(k: number): Attribution | undefined {
    const [the, words, of] = [k + 1, k + 2, k + 3].map((i) => this.words[i]?.norm)
    if (k + 4 >= this.end || this.words[k]!.norm !== 'in' || the !== 'the' || words !== 'words' || of !== 'of') return undefined
    const found = this.phraseSource({start: k, end: k + 4})
    if (found?.source && found.source.end < this.end) found.content = {start: found.source.end, end: this.end}
    return found
  }

  /** A source phrase after a cue phrase ("according to X, …", "…, according to X"), up to its comma. */
  private phraseSource(cue: WordRange): Attribution | undefined {
    const k = cue.start
    let i = cue.end
    while (i < this.end && i - cue.end < 14 && !/[,;:\u2014]/u.test(this.gap(i - 1, i))) i++
    if (i === cue.end) return undefined
    const source = {start: cue.end, end: i}
    const lead = this.boundaryBefore(k)
    if (k === this.first || (i < this.end && !/[,]/u.test(lead) && this.firstClause(k))) {
      return this.make('according-to', source, cue, i < this.end ? {start: i, end: this.end} : undefined)
    }
    return this.make('according-to', source, cue, k > this.first ? {start: this.first, end: k} : undefined)
  }

  /** Nothing but an adverbial opener stands between the sentence start and word `k`. */
  private firstClause(k: number): boolean {
    return k - this.first <= 3 && /,/u.test(this.boundaryBefore(k))
  }

  /** Headline style: `Claim … : French FM` (a short speaker after the last colon). */
  private headlineColon(): Attribution | undefined {
    const sentenceText = this.text.slice(this.sentence.start, this.sentence.end)
    if (/[.!?]["\u201D']?\s*$/u.test(sentenceText)) return undefined
    for (let i = this.end - 1; i > this.first && this.end - i <= 4; i--) {
      if (!/:/u.test(this.gap(i - 1, i))) continue
      for (let n = i; n < this.end; n++) if (!this.isCapitalized(n) && !DETERMINERS.has(this.words[n]!.norm)) return undefined
      return this.withColon(this.make('headline', {start: i, end: this.end}, {start: i, end: i}, {start: this.first, end: i}), i)
    }
    return undefined
  }

  /** Headline style: `Opposition: minister lied about contract` (a short speaker before a colon). */
  private headlineLead(): Attribution | undefined {
    if (!this.heading) return undefined
    for (let i = this.first + 1; i < this.end && i - this.first <= 4; i++) {
      if (!/:/u.test(this.gap(i - 1, i))) continue
      if (!this.isCapitalized(this.first) || HEADLINE_LABELS.has(this.words[this.first]!.norm) || !this.canLabel({start: this.first, end: i})) return undefined
      return this.withColon(this.make('headline', {start: this.first, end: i}, {start: i, end: i}, {start: i, end: this.end}), i)
    }
    return undefined
  }

  /**
   * A transcript or interview turn: a paragraph that opens with the speaker's name and a colon
   * (`JAKE TAPPER: …`, `Luciana Lopez: …`, `Q: …`). The name is in capitals, or a full name of two
   * or three words; "Note:" or "Update:" are not speakers.
   */
  private speakerLabel(): Attribution | undefined {
    const opensBlock = this.first === 0 || this.words[this.first - 1]!.block !== this.words[this.first]!.block
    // `… end of one answer." Bush: "…"`: a turn may also open right after a quotation; in a
    // transcript run together into one paragraph (`… work together. FALLIN: Well, …`), after any sentence.
    const midParagraph = !opensBlock && !this.afterQuotation()
    if (this.heading) return undefined
    let inBracket = false
    const name: number[] = []
    for (let i = this.first + 1; i < this.end && i - this.first <= 5; i++) {
      const gap = this.gap(i - 1, i)
      if (!inBracket) name.push(i - 1)
      if (/\(/u.test(gap)) inBracket = true
      if (/\)/u.test(gap)) inBracket = false
      if (!/:/u.test(gap)) {
        if (/[^\s()]/u.test(gap) || this.quoted[i - 1]) return undefined
        continue
      }
      // `Clinton: "…"`, `Rep. Trey Gowdy (R-S.C.): "…"`: a quotation right after the colon.
      const quotes = /^[\s)]*:\s*(?:["\u201C]|``)\s*$/u.test(gap)
      if (!quotes && /[^\s:]/u.test(gap)) return undefined
      const label = name.map((n) => this.words[n]!)
      const capitals =
        label.every((word) => /^\p{Lu}[\p{Lu}.'-]*$/u.test(word.text)) && (label.length > 1 || label[0]!.text.length > 1 || /^[QA]$/u.test(label[0]!.text))
      const names = name.every((n) => this.language.pos(n) === 'PROPN' && this.isCapitalized(n))
      // `Matthews: Well, …`: a lone surname the story names in full elsewhere ("Chris Matthews").
      const surname = label.length === 1 && this.isCapitalized(name[0]!) && this.nameInStory(name[0]!)
      if ((!capitals && !(names && (label.length >= 2 || quotes)) && !surname) || HEADLINE_LABELS.has(label[0]!.norm)) return undefined
      if (midParagraph && !capitals && !surname) return undefined
      if (!quotes && !isClause(this.prose, this.language, {start: i, end: this.end})) return undefined
      return this.withColon(this.make('speech', {start: this.first, end: name.at(-1)! + 1}, {start: i, end: i}, {start: i, end: this.end}), i)
    }
    return undefined
  }

  /**
   * Words before a headline's colon that can be its speaker: no verb ("Bill is back:"), and a name,
   * a person, a group or a record at their head ("Sanders:", "Poll:"), not "Wow:" or "Netanyahu and Obama:".
   */
  private canLabel(label: WordRange): boolean {
    const head = label.end - 1
    // "Lynch:" is a name the story uses ("Loretta Lynch said …"), whatever the tagger reads in a headline.
    if (label.end - label.start === 1 && this.nameInStory(head)) return true
    for (let i = label.start; i < label.end; i++)
      if (this.language.pos(i) === 'VERB' || this.language.pos(i) === 'AUX' || this.words[i]!.norm === 'and') return false
    const norm = this.words[head]!.norm
    return this.language.pos(head) === 'PROPN' || PEOPLE.has(norm) || ORGANISATIONS.has(norm) || SOURCE_NOUNS.has(norm) || EVIDENCE.has(norm)
  }

  /** Word `i` stands elsewhere in the story as part of a name ("Lynch" in "Loretta Lynch"). */
  private nameInStory(i: number): boolean {
    return this.storyNames().has(this.words[i]!.text)
  }

  /** The colon before word `i` is the headline's cue. */
  private withColon(attribution: Attribution, i: number): Attribution {
    const at = this.text.indexOf(':', this.words[i - 1]!.end)
    if (at >= 0 && at < this.words[i]!.start) attribution.mark = {block: this.sentence.block, start: at, end: at + 1}
    return attribution
  }

  private make(kind: Attribution['kind'], source: WordRange | undefined, cue: WordRange, content: WordRange | undefined): Attribution {
    // "In August, several groups …, saying": a lone day or month names no one; a capitalised
    // time noun is a surname ("Day said the language …").
    if (source && source.end - source.start === 1 && TIME_NAMES.test(this.words[source.start]!.norm) && !this.surnameLike(source.start)) source = undefined
    const attribution: Attribution = {kind, sentence: this.sentence.index, cue, vague: source ? this.isVague(source) : true}
    if (source) attribution.source = source
    if (content && content.end > content.start) attribution.content = content
    return attribution
  }

  /** A capitalised time noun that is no weekday, month or relative day ("Day", "Winter"), or "May" opening a sentence. */
  private surnameLike(i: number): boolean {
    const word = this.words[i]!
    if (!/^\p{Lu}/u.test(word.text) || /^(?:today|yesterday|tonight)$/u.test(word.norm)) return false
    // "May said …" opening a sentence is Theresa May; "in May" is a month.
    return !CALENDAR_NAMES.has(word.norm) || (word.norm === 'may' && i === this.first)
  }

  /** "Critics", "many observers", "studies": a source no reader can check. */
  private isVague(source: WordRange): boolean {
    const head = this.words[source.end - 1]!.norm
    if (!VAGUE_SOURCES.has(head)) return false
    for (let i = source.start; i < source.end; i++) {
      const word = this.words[i]!
      if (DEFINITE.has(word.norm)) return false
      if (i > this.first && /^\p{Lu}/u.test(word.text)) return false
    }
    return true
  }
}
