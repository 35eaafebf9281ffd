import type {Language} from '../language/language.js'
import type {Voice} from '../message.js'
import {endsWithColon, type Prose, type Sentence, type Word} from '../parse/prose.js'
import {creditsContent, findAttributions, type Attribution, type AttributionSettings, type CueMark, type WordRange} from './attribution.js'
import {lowerBound} from '../data/lower-bound.js'
import {singularBySpelling as singular} from '../match/inflect.js'
import {BE_FORMS, DEFINITE_DETERMINERS, PERSONAL_PRONOUNS, POSSESSIVE_DETERMINERS} from '../data/word-classes.js'
import {CUE_FORMS, FRAGMENT_CUES, SPEECH_ACT_NOUNS, SPEECH_VERBS} from './cues.js'
import {findQuoteMarks, type QuoteMarks} from './quotes.js'
import {sourceKind} from './source-kind.js'

export type {Voice} from '../message.js'

export type QuoteKind = 'direct' | 'partial' | 'scare' | 'title' | 'block'

export interface Quotation {
  index: number
  kind: QuoteKind
  block: number
  /** Prose offsets in the block, marks included (for block quotes: the whole block). */
  start: number
  end: number
  /** Prose offsets of the text between the marks. */
  inner: {start: number; end: number}
  words: WordRange
  speaker?: WordRange
  /** Index of the quotation this one continues (same speaker, later sentence or paragraph). */
  continues?: number
  /** The closing mark is missing: the quote runs on into the next paragraph. */
  open: boolean
}

export interface VoiceAnalysis {
  /** The voice of every word of the prose, by word index. */
  voices: Voice[]
  /** Index of the quotation a word is in, or -1. */
  quotationOf: Int32Array
  /** Index of the attribution whose content holds a word, or -1. */
  attributionOf: Int32Array
  quotations: Quotation[]
  attributions: Attribution[]
  /**
   * Per sentence: 1 when a source is credited in it (a named or described source, not a vague
   * one), or in the sentence before in its paragraph (a document: anywhere earlier in the
   * paragraph).
   */
  sourced: Uint8Array
}

/** How many words before a fragment are searched for a speech verb. */
const CUE_WINDOW = 40

/** The most words a quoted fragment may have and still be a scare quote or a partial quote. */
const FRAGMENT_WORDS = 3

/** The most words of a quotation in title case that is read as a title or a subhead. */
const TITLE_WORDS = 8

/** Verbs of pressing a button or choosing a menu item, whose quoted object is its label: `click "sign up"`. */
const LABEL_LEADS = new Set('click clicks clicked tap taps tapped press select selects selected choose'.split(' '))
/** Verbs of watching, reading and broadcasting, whose capitalised quoted object is a title. */
const MEDIA_VERBS = new Set(
  'watch watches watched watching stream streams streamed streaming binge binged read reads reading air airs aired airing host hosts hosted hosting love loves loved'.split(
    ' '
  )
)
/** Kinds of work whose titles are quoted: `the film "…"`, `"Chi-Raq," a movie about …`. */
const WORKS =
  'album book film movie song single novel series show play opera poem painting exhibition article essay magazine ' +
  'newspaper column podcast documentary game episode blog sketch sitcom drama comedy thriller musical memoir newsletter'
/** Words before a quoted fragment that make it a title or a mention, not a scare quote. */
const TITLE_CUES = new Set(
  (
    `${WORKS} albums books films movies songs novels titled entitled named nicknamed dubbed known operation programme ` +
    'program campaign slogan motto word words term terms phrase phrases hashtag headline ' +
    'brand label code-named codenamed chant chants commentary op-ed editorial name pronunciation mispronunciation ' +
    'mispronunciations spelling version versions sequel remake reboot spinoff trailer season self-described self-styled ' +
    'nickname level classification performance performances production revival premiere staging role run stint ' +
    'debut appearance starring tour'
  ).split(' ')
)

/** Nouns that cite the term after their "of": the cause of "…", the notion of "…". */
const TERM_OF = new Set('cause doctrine principle notion concept idea mantra'.split(' '))
/** Nouns that say a quotation is a name or a wording: `the slogan is "…"`, `with "Breakthrough" the theme`. */
const NAME_NOUNS = 'slogan motto theme title name nickname phrase word term watchword catchphrase byword hashtag headline chant'.split(' ')
/** `"Chi-Raq," a movie about …`, `''Equity,'' a thriller …`: a work named in apposition after its title. */
const APPOSED_WORK = new RegExp(`^,?\\s+(?:a|an|the)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:${WORKS.split(' ').join('|')})s?\\b`, 'u')
const NAMED_AS = new RegExp(`^[\\s,]*(?:the|its|their|his|her|our)\\s+(?:[\\p{L}-]+\\s+)?(?:${NAME_NOUNS.join('|')})s?\\b`, 'u')
/** Head nouns that make a quoted phrase the name of a thing: a "special achievement award", a "unit formula". */
const NAMED_THING_HEADS = new Set(
  'award prize medal trophy formula doctrine amendment clause act index fund festival tournament ceremony project program programme operation initiative mission'.split(
    ' '
  )
)
/** Nouns named by a longer quoted phrase before them: the "don't ask, don't tell" policy, the "one country, two systems" principle. */
const POLICY_HEADS = new Set(
  'policy policies law laws act bill doctrine principle rule rules slogan motto campaign program programme initiative plan strategy agenda provision clause amendment mandate order era movement'.split(
    ' '
  )
)
/** Nouns of a short lead-in that introduces a text: "Transcript as follows:", "Excerpts:". */
const TEXT_LEADS = new Set('transcript transcripts excerpt excerpts text remarks statement speech'.split(' '))
/** Participles of reckoning that, after a form of "be", give an estimate with no agent. */
const ESTIMATED = new Set('estimated projected forecast forecasted calculated reckoned valued pegged'.split(' '))
/** Nouns for a sign or a mark, named by the quoted word before them: the "manji" symbol, the "V" sign. */
const SIGN_HEADS = new Set('symbol sign logo emblem badge insignia gesture salute signal icon mark'.split(' '))
/** An honour written as one hyphenated phrase: "rookie-of-the-year", "man-of-the-match". */
const HYPHENATED_HONOUR = /^\p{L}+-(?:of|in)-(?:the-)?\p{L}+[,.]?$/u
/** Two bare words quoted and coordinated are cited as words: "ayes" and "noes", "yes" or "no". */
const WORD_PAIR_AFTER = /^[,.]?["\u201D\u2019']\s*(?:and|or)\s+["\u201C\u2018']\p{L}+[,.]?["\u201D\u2019']/u
const WORD_PAIR_BEFORE = /["\u201C\u2018']\p{L}+[,.]?["\u201D\u2019']\s*(?:and|or)\s+["\u201C\u2018']$/u
/** `was not the "upper body"`, `won't be a "tea"`: a term denied is cited as someone's term, not doubted. */
const DENIED_TERM =
  /\b(?:(?:is|was|are|were|be)\s+not|(?:is|was|are|were)n['\u2019]t|(?:won['\u2019]t|will\s+not|would\s+not|wouldn['\u2019]t|cannot|can['\u2019]t)\s+be)\s+(?:(?:the|a|an)\s+)?$/iu
/** Verbs whose object, or its "as" complement, is someone's wording: listed his job as "…", deemed him "…". */
const RECORDING_VERBS = new Set(
  'list specify record register enter give classify identify designate name rate deem dub term label brand declare pronounce'.split(' ')
)
/** How many words may stand between a recording verb and the wording it records. */
const RECORDED_WINDOW = 6

/** `the "threshold," as the new force is called` / `as officials call it`: a term glossed as a term right after it. */
const GLOSSED_AFTER = /^[\s,]*as\s+[^.;:!?"\u201C\u201D]{0,60}?\b(?:call|calls|called|know|known|term|termed|dub|dubbed|nickname|nicknamed)\b/u

/** `"birtherism," the notion that …`: a comma and a noun that defines the term before it. */
const GLOSS_NOUN_AFTER =
  /^,?\s+(?:the|a|an)\s+(?:notion|idea|theory|belief|practice|concept|term|doctrine|policy|phenomenon|label|nickname)\s+(?:that|of|in|for|by|whereby)\b/u
/** A word coined from a name by a suffix: "Trumpization", "Reaganomics", "Brexitism", "Obamagate". */
const COINED = /\p{Ll}(?:i[sz]ation|ism|nomics|gate|mania|phobia)$/u

export function analyzeVoices(prose: Prose, language: Language, settings: AttributionSettings = {}): VoiceAnalysis {
  const {words, blocks} = prose
  const quotationOf = new Int32Array(words.length).fill(-1)
  const attributionOf = new Int32Array(words.length).fill(-1)
  const firstWordOf = blockWordStarts(prose)
  const wordsIn = (block: number, start: number, end: number): WordRange => {
    const to = firstWordOf[block + 1]!
    const a = lowerBound(firstWordOf[block]!, to, (i) => words[i]!.start >= start)
    const b = lowerBound(a, to, (i) => words[i]!.end > end)
    return {start: a, end: b}
  }

  const quotations: Quotation[] = []
  const quoted: boolean[] = new Array<boolean>(words.length).fill(false)
  const addQuotation = (q: Omit<Quotation, 'index' | 'kind'>): void => {
    const quotation: Quotation = {...q, index: quotations.length, kind: 'direct'}
    quotations.push(quotation)
    for (let i = q.words.start; i < q.words.end; i++) quoted[i] = true
  }
  for (const block of blocks) {
    if (block.quoted)
      addQuotation({
        block: block.index,
        start: 0,
        end: block.text.length,
        inner: {start: 0, end: block.text.length},
        words: wordsIn(block.index, 0, block.text.length),
        open: false
      })
  }
  for (const marks of findQuoteMarks(blocks)) {
    if (blocks[marks.block]!.quoted) continue
    const range = wordsIn(marks.block, marks.innerStart, marks.innerEnd)
    if (range.end > range.start) addQuotation({...markRange(marks), words: range})
  }
  quotations.sort((a, b) => a.block - b.block || a.start - b.start)
  quotations.forEach((q, index) => (q.index = index))

  const attributions = findAttributions(prose, quoted, language, settings)
  for (const [index, attribution] of attributions.entries()) {
    if (!attribution.content || !creditsContent(attribution)) continue
    for (let i = attribution.content.start; i < attribution.content.end; i++) if (attributionOf[i] === -1) attributionOf[i] = index
    // A parenthetical attribution sits inside its content; its source and cue stay the reporter's.
    for (const own of [attribution.source, attribution.cue]) {
      if (own) for (let i = own.start; i < own.end; i++) if (attributionOf[i] === index) attributionOf[i] = -1
    }
  }

  assignSpeakers(prose, quotations, attributions, firstWordOf)
  const inQuote = quotationIndex(words.length, quotations)
  for (const q of quotations) q.kind = kindOf(prose, language, q, inQuote)
  for (let i = 1; i < quotations.length; i++) if (coordinatedWith(prose, quotations[i - 1]!, quotations[i]!)) quotations[i]!.kind = quotations[i - 1]!.kind
  citedLists(prose, quotations)

  const voices: Voice[] = words.map((word) => (blocks[word.block]!.kind === 'heading' ? 'headline' : 'narrative'))
  for (let i = 0; i < words.length; i++) if (attributionOf[i]! >= 0) voices[i] = 'reported'
  for (const q of quotations) {
    const voice: Voice = q.kind === 'scare' ? 'scare' : 'quote'
    for (let i = q.words.start; i < q.words.end; i++) {
      if (quotationOf[i] === -1) {
        quotationOf[i] = q.index
        voices[i] = voice
      }
    }
  }
  return {voices, quotationOf, attributionOf, quotations, attributions, sourced: sourcedSentences(prose, attributions)}
}

/**
 * A sentence is sourced when it credits a named or described source. A person's attribution
 * carries over to the next sentence of its paragraph, once; a document's ("The audit found … .
 * It also counted …") through the rest of the paragraph.
 */
function sourcedSentences(prose: Prose, attributions: readonly Attribution[]): Uint8Array {
  const sourced = new Uint8Array(prose.sentences.length)
  const through = new Uint8Array(prose.sentences.length)
  for (const a of attributions) {
    if (!creditsContent(a) || !a.source) continue
    sourced[a.sentence] = 1
    if (sourceKind(prose, a) === 'document') through[a.sentence] = 1
  }
  const own = new Uint8Array(sourced)
  const told = toldThingsByBlock(prose, attributions)
  // Whether a sentence before this one in its paragraph names a source of its own.
  let sourcedBefore = false
  for (let s = 1; s < prose.sentences.length; s++) {
    if (prose.sentences[s - 1]!.block !== prose.sentences[s]!.block) {
      sourcedBefore = false
      // "Dodge reported the following breakdown:" ¶ the figures: a lead-in ending on a colon credits the next paragraph.
      const lead = prose.sentences[s - 1]!
      if (own[s - 1] && prose.sentences[s]!.block === lead.block + 1 && endsWithColon(prose.blocks[lead.block]!.text)) sourced[s] = through[s] = 1
      // "They told police the intruders took … four rings, a watch …" ¶ "One of the rings was valued at $900.":
      // a sentence about a thing the source named just before goes on with the source's account.
      const things = told.get(prose.sentences[s]!.block - 1)
      if (things && prose.sentences[s]!.block === lead.block + 1 && refersBack(prose, prose.sentences[s]!, things)) {
        sourced[s] = 1
        sourcedBefore = true
      }
      continue
    }
    sourcedBefore ||= own[s - 1] === 1
    if (own[s - 1]) sourced[s] = 1
    if (through[s - 1]) sourced[s] = through[s] = 1
    // "Agriculture Department economists estimate … . Farm income is estimated at $39.5 billion":
    // an estimate with no agent is the paragraph's source's.
    if (sourcedBefore && agentlessEstimate(prose, prose.sentences[s]!)) sourced[s] = 1
  }
  return sourced
}

/** The nouns of what each paragraph credits to a named or described source, singular (by spelling). */
function toldThingsByBlock(prose: Prose, attributions: readonly Attribution[]): Map<number, Set<string>> {
  const things = new Map<number, Set<string>>()
  for (const a of attributions) {
    if (!creditsContent(a) || !a.source || !a.content) continue
    const block = prose.words[a.content.start]!.block
    const set = things.get(block) ?? new Set<string>()
    for (let i = a.content.start; i < a.content.end; i++) set.add(singular(prose.words[i]!.norm))
    things.set(block, set)
  }
  return things
}

/** The sentence opens with "the …" (or "one of the …") and a noun from `things`: "The watch was …", "One of the rings …". */
function refersBack(prose: Prose, sentence: Sentence, things: ReadonlySet<string>): boolean {
  const {words} = prose
  let i = sentence.firstWord
  if (words[i]?.norm === 'one' && words[i + 1]?.norm === 'of') i += 2
  if (words[i]?.norm !== 'the') return false
  // The noun right after "the" ("the watch was"), or after one modifier before a form of "be" ("the pearl earrings were").
  const named = (j: number): boolean => j < sentence.endWord && words[j]!.norm.length > 2 && things.has(singular(words[j]!.norm))
  return named(i + 1) || (named(i + 2) && BE_FORMS.has(words[i + 3]?.norm ?? ''))
}

/** A passive estimate with no "by": "is estimated at", "are projected to", "was valued at". */
function agentlessEstimate(prose: Prose, sentence: Sentence): boolean {
  const {words} = prose
  for (let i = sentence.firstWord + 1; i < sentence.endWord; i++) {
    if (!ESTIMATED.has(words[i]!.norm)) continue
    const be = /^(?:is|are|was|were|be|been|being)$/u.test(words[i - 1]!.norm)
    const next = words[i + 1]
    if (be && next && next.sentence === sentence.index && next.norm !== 'by') return true
  }
  return false
}

/** Which quotation each word is in, before the kinds are known (-1: none). */
function quotationIndex(size: number, quotations: readonly Quotation[]): Int32Array {
  const index = new Int32Array(size).fill(-1)
  for (const q of quotations) for (let i = q.words.start; i < q.words.end; i++) if (index[i] === -1) index[i] = q.index
  return index
}

function markRange(marks: QuoteMarks): Omit<Quotation, 'index' | 'kind' | 'words'> {
  return {block: marks.block, start: marks.start, end: marks.end, inner: {start: marks.innerStart, end: marks.innerEnd}, open: marks.open}
}

function blockWordStarts(prose: Prose): number[] {
  const starts = new Array<number>(prose.blocks.length + 1).fill(prose.words.length)
  for (let i = prose.words.length - 1; i >= 0; i--) starts[prose.words[i]!.block] = i
  for (let b = prose.blocks.length - 1; b >= 0; b--) starts[b] = Math.min(starts[b]!, starts[b + 1]!)
  return starts
}

/**
 * A quotation's speaker is, in order: the source of an attribution whose content holds it
 * (`"…," he said`, `X said: "…"`, `X stressed that "…"`); the speaker of the quotation it
 * continues (a later sentence of the same paragraph, or the next paragraph of a quote left
 * open); the source of a lead-in ending in a colon in the paragraph before.
 */
function assignSpeakers(prose: Prose, quotations: Quotation[], attributions: Attribution[], firstWordOf: readonly number[]): void {
  const {words} = prose
  // Attributions are in reading order; index them by block so each lookup stays local.
  const byBlock = new Map<number, Attribution[]>()
  for (const a of attributions) {
    // A side taken ("Ruiz backed the plan.") or a thing put out ("released a video") says nothing a quotation could be.
    if (a.kind === 'position' || a.kind === 'issued') continue
    const block = words[a.cue.start]?.block ?? words[a.source?.start ?? 0]!.block
    const list = byBlock.get(block)
    if (list) list.push(a)
    else byBlock.set(block, [a])
  }
  let index: BlockIndex | undefined
  for (const q of quotations) {
    if (q.words.end <= q.words.start) continue
    if (index?.block !== q.block) index = new BlockIndex(q.block, byBlock.get(q.block) ?? [])
    const holder = index.holder(q)
    if (holder?.source) {
      q.speaker = holder.source
      continue
    }
    // A cue right after the quotation: `"…" he said` with no comma, or a closing attribution
    // with no content of its own: `"…," the minister, Ana Costa, said.`
    const after = index.after(q)
    if (after?.source) {
      q.speaker = after.source
      continue
    }
    // `"PENCE: Well, …"` (the colon is the cue) and `"…" ― Ana Ruiz` (the dash is).
    const signed = transcriptLabel(prose, q) ?? dashSignature(prose, q) ?? bracketCredit(prose, q)
    if (signed) {
      q.speaker = signed.source
      attributions.push({
        kind: 'speech',
        sentence: words[signed.source.start]!.sentence,
        source: signed.source,
        cue: {start: signed.source.start, end: signed.source.start},
        content: signed.content,
        vague: false,
        mark: signed.mark
      })
      continue
    }
    const previous = q.index > 0 ? (openBefore(quotations, q) ?? quotations[q.index - 1]) : undefined
    if (previous?.speaker && continues(prose, previous, q, index, firstWordOf)) {
      q.speaker = previous.speaker
      q.continues = previous.index
      continue
    }
    const leadIn = colonLeadIn(prose, q, byBlock.get(q.block - 1) ?? [], byBlock.get(q.block - 2) ?? [], firstWordOf)
    if (leadIn) {
      q.speaker = leadIn
      continue
    }
    const lastSpeaker = precedingSpeaker(prose, q, index, byBlock.get(q.block - 1) ?? [], firstWordOf)
    if (lastSpeaker) q.speaker = lastSpeaker
  }
}

/**
 * One block's attributions, indexed so that finding a quotation's speaker does not scan every
 * attribution of the block for every quotation (quadratic on a long paragraph of quotations).
 * Each look-up returns what a scan in reading order would find first. The block's quotations
 * must be asked about in order of their start.
 */
class BlockIndex {
  /** Attributions with a source and content, by content start; `active` hold the current start. */
  private readonly byContent: Array<{a: Attribution; order: number}>
  private nextContent = 0
  private active: Array<{a: Attribution; order: number}> = []
  /** Attributions with a source, by cue start. */
  private readonly byCue: Array<{a: Attribution; order: number}>

  constructor(
    readonly block: number,
    local: readonly Attribution[]
  ) {
    const entries = local.map((a, order) => ({a, order})).filter(({a}) => a.source)
    this.byContent = entries.filter(({a}) => a.content).sort((x, y) => x.a.content!.start - y.a.content!.start || x.order - y.order)
    this.byCue = entries.sort((x, y) => x.a.cue.start - y.a.cue.start || x.order - y.order)
  }

  /**
   * The first attribution whose content holds the quotation or overlaps it: a lead-in's
   * content opens a quote of several sentences (`X said: "S1. S2."`), a closing attribution's
   * holds only the last of them (`"S1. S2," X said.`).
   */
  holder(q: Quotation): Attribution | undefined {
    const {start, end} = q.words
    while (this.nextContent < this.byContent.length && this.byContent[this.nextContent]!.a.content!.start < end)
      this.active.push(this.byContent[this.nextContent++]!)
    // A content ending before this quotation starts overlaps no later one either.
    this.active = this.active.filter(({a}) => a.content!.end > start)
    let best: {a: Attribution; order: number} | undefined
    for (const entry of this.active) if (!best || entry.order < best.order) best = entry
    return best?.a
  }

  /** The source credited last before word `word`, in sentence `sentence` or the `back` sentences before it. */
  lastSourceBefore(word: number, sentence: number, back = 1): WordRange | undefined {
    for (let i = this.firstCueFrom(word) - 1; i >= 0; i--) {
      const {a} = this.byCue[i]!
      if (a.sentence < sentence - back) break
      if (!a.vague && a.cue.end <= word && a.sentence <= sentence) return a.source
    }
    return undefined
  }

  /** The first attribution whose cue comes right after the quotation. */
  after(q: Quotation): Attribution | undefined {
    const end = q.words.end
    let best: {a: Attribution; order: number} | undefined
    for (let i = this.firstCueFrom(end); i < this.byCue.length; i++) {
      const entry = this.byCue[i]!
      const gap = entry.a.cue.start - end
      if (gap > 10) break
      if (gap <= (entry.a.content ? 3 : 10) && (!best || entry.order < best.order)) best = entry
    }
    return best?.a
  }

  /** Whether a source other than `speaker` is cued between word `from` and word `to`. */
  otherSourceBetween(from: number, to: number, speaker: WordRange): boolean {
    for (let i = this.firstCueFrom(from); i < this.byCue.length && this.byCue[i]!.a.cue.start <= to; i++) {
      const {a} = this.byCue[i]!
      if (a.source !== speaker && a.cue.end <= to) return true
    }
    return false
  }

  private firstCueFrom(word: number): number {
    let lo = 0
    let hi = this.byCue.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (this.byCue[mid]!.a.cue.start >= word) hi = mid
      else lo = mid + 1
    }
    return lo
  }
}

/** A speaker signed inside or beside a quotation by a mark, not a verb. */
interface Signature {
  source: WordRange
  content: WordRange
  mark: CueMark
}

/** `"PENCE: Well, …"`: a transcript turn opens with the speaker's name in capitals and a colon. */
function transcriptLabel(prose: Prose, q: Quotation): Signature | undefined {
  const {words} = prose
  const text = prose.blocks[q.block]!.text
  let end = q.words.start
  while (end < q.words.end && end - q.words.start < 3 && /^\p{Lu}[\p{Lu}.'-]+$/u.test(words[end]!.text)) end++
  if (end === q.words.start || end >= q.words.end) return undefined
  const colon = /^\s*:/u.exec(text.slice(words[end - 1]!.end, words[end]!.start))
  if (!colon) return undefined
  const at = words[end - 1]!.end + colon[0].length - 1
  return {source: {start: q.words.start, end}, content: {start: end, end: q.words.end}, mark: {block: q.block, start: at, end: at + 1}}
}

/** `"…" [HuffPost.]`, `"…" [Mollie Reilly]`: a newsletter's credit in brackets right after the closing mark. */
function bracketCredit(prose: Prose, q: Quotation): Signature | undefined {
  if (q.open) return undefined
  const {words} = prose
  const text = prose.blocks[q.block]!.text
  const open = /^\s*\[/u.exec(text.slice(q.end, q.end + 4))
  const start = q.words.end
  if (!open || start >= words.length || words[start]!.block !== q.block || words[start]!.start !== q.end + open[0].length) return undefined
  // Capitalised words up to the closing bracket: "[HuffPost.]", "[Mollie Reilly.]".
  let end = start
  while (end < words.length && end - start < 4 && words[end]!.block === q.block && /^\p{Lu}/u.test(words[end]!.text)) {
    end++
    if (end >= words.length || !/^\s+$/u.test(text.slice(words[end - 1]!.end, words[end]!.start))) break
  }
  if (end === start || !/^\.?\]/u.test(text.slice(words[end - 1]!.end, words[end - 1]!.end + 2))) return undefined
  const at = q.end + open[0].length - 1
  return {source: {start, end}, content: q.words, mark: {block: q.block, start: at, end: at + 1}}
}

/** `"…" ― Ana Ruiz`, `"…" -Ana Ruiz`: a name signed after the closing mark with a dash (reader comments, epigraphs). */
function dashSignature(prose: Prose, q: Quotation): Signature | undefined {
  if (q.open) return undefined
  const {words} = prose
  // The signature follows the closing mark, or stands alone in the next paragraph (`"…"` ¶ `- Clinton.`).
  const text = prose.blocks[q.block]!.text
  // (No word follows the quotation in its paragraph: a check that does not copy the rest of a long block.)
  const alone = q.words.end < words.length && words[q.words.end]!.block === q.block + 1 && !/\p{L}/u.test(text.slice(q.end, q.end + 8))
  const block = alone ? q.block + 1 : q.block
  const from = alone ? 0 : q.end
  const signed = prose.blocks[block]!.text
  const tail = /^(\s*)([\u2015\u2014\u2013]|--|-(?=\s*\p{Lu}))\s*/u.exec(signed.slice(from, from + 6))
  if (!tail) return undefined
  const start = q.words.end
  let end = start
  while (end < words.length && end - start < 5 && words[end]!.block === block && /^\p{Lu}/u.test(words[end]!.text)) {
    end++
    const gap = end < words.length ? signed.slice(words[end - 1]!.end, words[end]!.start) : ''
    if (!/^\s+$/u.test(gap)) break
  }
  if (end === start || words[start]!.start !== from + tail[0].length) return undefined
  // A paragraph of its own is a signature only if the name (and a place after a comma) is all it holds.
  if (alone) {
    let rest = end
    while (rest < words.length && words[rest]!.block === block) rest++
    if (rest - end > 3 || !/^[\s,.\p{L}'-]*$/u.test(signed.slice(words[end - 1]!.end))) return undefined
  }
  const at = from + tail[1]!.length
  return {source: {start, end}, content: q.words, mark: {block, start: at, end: at + tail[2]!.length}}
}

/**
 * The quotation left open in the paragraph before `q`, when `q` opens its own: the one it
 * carries on, even with a shorter quotation nested inside it (`"… Written “at this time,” the
 * statement …` ¶ `"Among those principles …"`).
 */
function openBefore(quotations: readonly Quotation[], q: Quotation): Quotation | undefined {
  for (let i = q.index - 1; i >= 0 && quotations[i]!.block === q.block - 1; i--) if (quotations[i]!.open) return quotations[i]
  return undefined
}

/**
 * `q` continues `previous`: same paragraph with no other speaker between, an open quote carried
 * over, or a quoted sentence opening the paragraph right after one that closed the paragraph
 * before (`Stated Stone: "…."` ¶ `"There is evidence …."`).
 */
function continues(prose: Prose, previous: Quotation, q: Quotation, index: BlockIndex, firstWordOf: readonly number[]): boolean {
  if (previous.block === q.block) {
    // Another speaker introduced between the two quotations breaks the chain.
    return !index.otherSourceBetween(previous.words.end, q.words.start, previous.speaker!)
  }
  // A statement left open runs on past a subhead set into it (`"…` ¶ `## Corporate existence` ¶ `"On the other hand, …"`).
  let before = q.block - 1
  while (previous.open && before > previous.block && prose.blocks[before]!.kind === 'heading') before--
  if (previous.block !== before || q.start !== 0 || firstWordOf[q.block] !== q.words.start) return false
  if (previous.open) return true
  const sentence = /[.?!,\u2026]\s*$/u.test(prose.blocks[q.block]!.text.slice(q.inner.start, q.inner.end))
  return sentence && previous.words.end === firstWordOf[q.block] && q.words.end - q.words.start >= FRAGMENT_WORDS
}

/**
 * A quotation right after someone was credited — in the sentence before in its paragraph
 * ("…, Schiff said. "The other factor …""), or in the last sentence of the paragraph before
 * when the quotation opens its own — is read as theirs, as a reader reads it.
 */
function precedingSpeaker(
  prose: Prose,
  q: Quotation,
  index: BlockIndex,
  before: readonly Attribution[],
  firstWordOf: readonly number[]
): WordRange | undefined {
  const {words, sentences} = prose
  const sentence = words[q.words.start]!.sentence
  const near = index.lastSourceBefore(q.words.start, sentence)
  if (near) return near
  // `Amadou estimated he sold 40 bottles. Why was he out in the heat? "My mom says …"`: a question
  // the reporter puts is answered by the paragraph's last speaker.
  // (Only the few characters before the quotation: a long paragraph of quotations stays linear.)
  const asked =
    sentence > 0 && sentences[sentence - 1]!.block === q.block && /\?\s*$/u.test(prose.blocks[q.block]!.text.slice(Math.max(0, q.start - 8), q.start))
  const answerer = asked ? index.lastSourceBefore(q.words.start, sentence, 4) : undefined
  if (answerer) return answerer
  // `Sales were great, he said.` ¶ `Why was he out in the heat? "My mom says …"`: the question opens
  // the paragraph, and the answer is the last speaker's of the paragraph before.
  if (asked && sentences[sentence - 1]!.firstWord === firstWordOf[q.block]) return before.findLast((a) => a.source !== undefined && !a.vague)?.source
  if (q.block === 0 || q.words.start !== firstWordOf[q.block]) return undefined
  const lastSentence = words[firstWordOf[q.block]! - 1]?.sentence
  const last = before.findLast((a) => a.source !== undefined && !a.vague && a.sentence === lastSentence)
  return last && sentences[lastSentence!] ? last.source : undefined
}

/** `He told reporters:` closing the paragraph before a quotation (or a block quote). */
function colonLeadIn(
  prose: Prose,
  q: Quotation,
  before: readonly Attribution[],
  twoBefore: readonly Attribution[],
  firstWordOf: readonly number[]
): WordRange | undefined {
  if (q.block === 0 || q.words.start !== firstWordOf[q.block]) return undefined
  const lead = prose.blocks[q.block - 1]!
  if (!endsWithColon(lead.text)) return undefined
  const speaker = before.findLast((a) => a.source)?.source
  if (speaker) return speaker
  // "Transcript as follows:", "Full text of the statement:": a short paragraph that names a text,
  // not a speaker, introduces more of whoever spoke in the paragraph before it.
  const words = prose.words.slice(firstWordOf[q.block - 1], firstWordOf[q.block])
  if (q.block < 2 || words.length > 6 || !words.some((w) => TEXT_LEADS.has(w.norm))) return undefined
  return twoBefore.findLast((a) => a.source && !a.vague)?.source
}

function kindOf(prose: Prose, language: Language, q: Quotation, quotationOf: Int32Array): QuoteKind {
  const block = prose.blocks[q.block]!
  if (block.quoted) return 'block'
  const size = q.words.end - q.words.start
  const {words} = prose
  // A headline quotes the story's speakers: the body says who.
  if (block.kind === 'heading' && !q.open) return 'partial'
  if (q.open) return 'direct'
  const fragmentWords = words.slice(q.words.start, q.words.end)
  // `the "don't ask, don't tell" policy`: a phrase that names the policy, law or slogan right after it.
  if (size > 1 && size <= TITLE_WORDS && namesPolicyAfter(prose, q)) return 'title'
  // A quoted title ("The Steve Harvey Morning Show") or a subhead in quotes ('All Bets Are Off.').
  if (size > 1 && size <= TITLE_WORDS && fragmentWords.every(isTitleWord)) return 'title'
  if (size > FRAGMENT_WORDS) {
    // Longer words quoted inside a clause ("his prediction that he would be "…"") belong to
    // whoever the clause is about; a quotation that stands as a sentence needs a speaker.
    // Inside a clause with its own verb ("the jury recommended "…"", "urged him "to carry the
    // issues …""), the words are the clause subject's: only a quotation that stands as a
    // sentence, or after a colon with no one speaking, needs a speaker of its own.
    if (!q.speaker && embeddedInSentence(prose, q, quotationOf) && (cuedBefore(prose, q, quotationOf) || verbBefore(prose, language, q, quotationOf)))
      return 'partial'
    return !q.speaker && colonInSentence(prose, q, quotationOf) && (cuedBefore(prose, q, quotationOf) || speakerInSentence(prose, language, q, quotationOf))
      ? 'partial'
      : 'direct'
  }
  const first = words[q.words.start]!
  const before = q.words.start > 0 ? words[q.words.start - 1] : undefined
  const after = words[q.words.end]
  const local = (word: Word | undefined): word is Word => word !== undefined && word.block === q.block
  const text = prose.blocks[q.block]!.text
  // `"We will win."` standing as a sentence of its own is a quotation, whoever said it.
  const ownSentence = prose.sentences[first.sentence]!.firstWord === q.words.start && (!local(after) || after.sentence !== first.sentence)
  if (ownSentence && /^\p{Lu}/u.test(first.text) && /[.?!]\W*$/u.test(text.slice(q.inner.start, q.inner.end))) return 'direct'
  // `"We will win,"`, `"I lied"`: a pronoun and its verb are a sentence someone said, not a doubted word.
  if (size > 1 && PERSONAL_PRONOUNS.has(first.norm) && /^(?:AUX|VERB)$/u.test(language.pos(first.index + 1))) return q.speaker ? 'partial' : 'direct'
  const joinedToNext = local(after) && /^\s+$/u.test(text.slice(q.end, after.start))
  // "the song "…"", "chants of "…"", "her role in "…"": a title, a slogan or a mention.
  if (local(before) && titleCueBefore(words, q)) return 'title'
  const inner = text.slice(q.inner.start, q.inner.end)
  // `"turning [Obama] around"`: an editor's insertion in brackets adapts a real quotation.
  if (/\[[^\]]+\]/u.test(inner)) return 'partial'
  // `with "Breakthrough" the theme`, `"Forward," its slogan`: a role named right after it.
  if (NAMED_AS.test(text.slice(q.end, q.end + 60)) || APPOSED_WORK.test(text.slice(q.end, q.end + 60))) return 'title'
  // `click "sign up"`, `"Related:"`: a label on a button or a section, not a doubted word.
  if ((local(before) && LABEL_LEADS.has(before.norm)) || /:\W*$/u.test(inner)) return 'title'
  // `#PortesOuvertesNice ("OpenDoorsNice")`, `"Refoulement" (forcible return)`: a gloss or translation in brackets.
  if (glossed(text, q)) return 'title'
  // `a "special achievement award"`, the "rookie-of-the-year": the name of a thing or an honour.
  if ((size > 1 && NAMED_THING_HEADS.has(words[q.words.end - 1]!.norm)) || HYPHENATED_HONOUR.test(inner)) return 'title'
  // `the traditional "manji" symbol`: what a sign or a mark is called.
  if (joinedToNext && SIGN_HEADS.has(after.norm.replace(/s$/u, ''))) return 'title'
  // `a class called "Perception"`, `a blog, called the "Feed,"`: a capitalised name after a noun and "called".
  const called = local(before) && before.norm === 'the' ? words[before.index - 1] : before
  if (called?.norm === 'called' && called.block === q.block && /^\p{Lu}/u.test(first.text) && /^(?:NOUN|PUNCT)$/u.test(language.pos(called.index - 1)))
    return 'title'
  // `loves "Lilyhammer"`, `to stream "Seinfeld"`: a capitalised word after a verb of watching or reading is a title.
  if (local(before) && MEDIA_VERBS.has(before.norm) && /^\p{Lu}/u.test(first.text)) return 'title'
  if (DENIED_TERM.test(text.slice(Math.max(0, q.start - 30), q.start))) return 'title'
  // `"ayes" and "noes"`: bare words coordinated are cited as words.
  if (
    size === 1 &&
    (WORD_PAIR_AFTER.test(text.slice(q.inner.end, q.inner.end + 30)) || WORD_PAIR_BEFORE.test(text.slice(Math.max(0, q.inner.start - 30), q.inner.start)))
  )
    return 'title'
  // `listed his occupation as "attorney"`, `deemed him "well qualified"`: a record's or a rater's wording.
  if (recordedWording(prose, language, q)) return 'partial'
  // A nickname before a surname: William "Mo" Cowan, "Mom" Marr.
  // (The tagger may misread the name after an odd word, `"Lyin'" Ted Cruz`: a first name and a surname both capitalised will do.)
  if (joinedToNext && /^\p{Lu}/u.test(first.text) && /^\p{Lu}/u.test(after.text) && (language.pos(after.index) === 'PROPN' || fullNameAt(words, after)))
    return 'title'
  // A phrase that names the thing after it: the "clean water" bill, the old "no vacancy" signs.
  if (joinedToNext && size > 1 && headNounAfter(prose, language, before, after)) return 'title'
  // `which will "coordinate relief efforts"`: the wording of a plan or a charter, not a doubted word.
  if (local(before) && /^(?:will|would|shall|should|must|can|could|may|might|to)$/u.test(before.norm) && isBaseVerb(language, first)) return 'partial'
  // `his first "Jane"`, `the estate, "Tranquility,"`: a name given after a possessive or in apposition to a noun.
  if (size === 1 && /^\p{Lu}/u.test(first.text) && local(before) && namedAfter(prose, language, before, q)) return 'title'
  // `Bucky Harris, the "boy-manager" of Washington`: an epithet in apposition to a name is a nickname.
  if (size <= 3 && local(before) && epithetOfName(prose, language, before, q)) return 'title'
  // `the "threshold," as the new force is called`, `"birtherism," the notion that …`: a term glossed as a term.
  if (GLOSSED_AFTER.test(text.slice(q.end, q.end + 100)) || glossNounAfter(inner, text.slice(q.end, q.end + 40))) return 'title'
  const fragment = words.slice(q.words.start, q.words.end)
  if (fragment.length > 1 && fragment.every(isTitleWord)) return 'title'
  // A capitalised word used as a name: "the "Leave" campaign", "her "Ronnie"", "goes by "Vito"".
  if (quotedFigure(prose, language, q)) return 'partial'
  // "Really?", "Okay!", "This is fantastic!": a question or an exclamation is something said.
  if (/[?!]\W*$/u.test(prose.blocks[q.block]!.text.slice(q.inner.start, q.inner.end))) return 'partial'
  const capitalised = fragment.length === 1 && isProperName(prose, first)
  if (capitalised && namedNotDoubted(prose, language, q)) return 'title'
  // Only a name is doubted by its quotation marks ("Israel"); "Probably." is an answer, and a word
  // coined from a name ("Trumpization", "Reaganomics") is the coiner's word.
  const name = capitalised && language.pos(first.index) === 'PROPN' && !COINED.test(first.text)
  // `… adding that he believed the judge was "Mexican."`: a word said of someone after "is" or "was" is the speaker's description, not a doubted name.
  const described = local(before) && BE_FORMS.has(before.norm)
  if (q.speaker || cuedBefore(prose, q, quotationOf)) return name && !described ? 'scare' : 'partial'
  // Quoting a name casts doubt on it, whoever is credited ("Israel").
  if (name) return 'scare'
  // `The article closes with an implication about the woman's "head."`: a text the sentence is about, quoted.
  return speakerInSentence(prose, language, q, quotationOf) || documentSubject(prose, language, q, quotationOf) ? 'partial' : 'scare'
}

/** Texts whose words a sentence about them quotes: "The article …", "The memo …", "Her book …". */
const DOCUMENTS = new Set('article story book column piece essay memo letter report statement speech ad editorial op-ed transcript email post tweet'.split(' '))

/** The sentence's subject, before its first verb and before the fragment, is a text (its head noun). */
function documentSubject(prose: Prose, language: Language, q: Quotation, quotationOf: Int32Array): boolean {
  const {words, sentences} = prose
  const sentence = sentences[words[q.words.start]!.sentence]!
  for (let i = sentence.firstWord + 1; i < Math.min(q.words.start, sentence.firstWord + 6); i++) {
    if (quotationOf[i]! >= 0) return false
    if (!/^(?:VERB|AUX)$/u.test(language.pos(i))) continue
    return language.pos(i - 1) === 'NOUN' && DOCUMENTS.has(words[i - 1]!.norm) && /^(?:DET|PRON|PROPN|ADJ)$/u.test(language.pos(sentence.firstWord))
  }
  return false
}

/** Two capitalised words in a row in one sentence, the second a name (Ted Cruz). */
function fullNameAt(words: readonly Word[], first: Word): boolean {
  const next = words[first.index + 1]
  return (
    next !== undefined &&
    next.sentence === first.sentence &&
    /^\p{Lu}\p{Ll}/u.test(first.text) &&
    /^\p{Lu}\p{Ll}/u.test(next.text) &&
    next.start - first.end === 1
  )
}

/** `"birtherism," the notion that …` (the comma inside or outside the marks). */
function glossNounAfter(inner: string, after: string): boolean {
  return (inner.endsWith(',') || after.startsWith(',')) && GLOSS_NOUN_AFTER.test(after)
}

/**
 * A quotation in brackets right after a word, which it translates or glosses (`#PortesOuvertesNice
 * ("OpenDoorsNice")`), or a term followed by its gloss in brackets (`"Refoulement" (forcible return)`).
 */
function glossed(text: string, q: Quotation): boolean {
  if (/[\p{L}\p{N}]\s*\($/u.test(text.slice(Math.max(0, q.start - 40), q.start)) && text[q.end] === ')') return true
  const after = text.slice(q.end, q.end + 50)
  // `''bundlers'' - the volunteer fund-raisers who …`, `''sherpa,'' or liaison, to …`: a term and its gloss.
  return /^\s*\((?:[\p{Ll}-]+\s?){1,4}\)/u.test(after) || DASH_GLOSS.test(after) || /^\s*or\s+[\p{Ll}-]+\s*[,.;]/u.test(after)
}

/** A dash and a definition after a quoted term: ` - the volunteer fund-raisers who …`, ` — a controversial levy`. */
const DASH_GLOSS = /^\s*(?:--?|\u2013|\u2014|\u2015)\s*(?:a|an|the)\s+\p{Ll}/u

/** Words before a quotation that make it a title or a mention: `the song "…"`, `her role in "…"`, `the slogan this year is "…"`. */
function titleCueBefore(words: readonly Word[], q: Quotation): boolean {
  const at = (k: number): Word | undefined => {
    const word = words[q.words.start - k]
    return word && word.block === q.block ? word : undefined
  }
  const before = at(1)!
  if (TITLE_CUES.has(before.norm)) return true
  // ("the cause of "comprehensive immigration reform"", "the notion of "fairness"": a term cited by what it names.)
  if (before.norm === 'of') return TITLE_CUES.has(at(2)?.norm ?? '') || TERM_OF.has(at(2)?.norm ?? '')
  if (before.norm === 'in') return TITLE_CUES.has(at(2)?.norm ?? '')
  // "the name of the Palestinian group "Hamas"": a name noun with "of" a few words before.
  for (let k = 3; k <= 6; k++) {
    if (!/^\p{L}/u.test(at(k - 1)?.text ?? '')) break
    if (at(k - 1)!.norm === 'of' && NAME_NOUNS.includes(at(k)?.norm ?? '')) return true
  }
  if (!/^(?:is|was|are|were)$/u.test(before.norm)) return false
  for (let k = 2; k <= 4; k++) if (NAME_NOUNS.includes(at(k)?.norm.replace(/s$/u, '') ?? '')) return true
  return false
}

/**
 * The quotation is the object of an active verb that records or rates, or the "as" complement
 * after its object: `The petition listed his occupation as "attorney"`, `specified "Christian" as
 * her religion`, `the association deemed him "well qualified"`. The wording is the record's.
 */
function recordedWording(prose: Prose, language: Language, q: Quotation): boolean {
  const {words} = prose
  const text = prose.blocks[q.block]!.text
  const sentence = words[q.words.start]!.sentence
  let next = q.start
  for (let i = q.words.start - 1; i >= 0 && q.words.start - i <= RECORDED_WINDOW; i--) {
    const word = words[i]!
    if (word.sentence !== sentence || /[,;:()]/u.test(text.slice(word.end, next))) return false
    next = word.start
    const pos = language.pos(i)
    if ((pos === 'VERB' || verbInNounTag(language, words, i)) && RECORDING_VERBS.has(language.lemma(i)))
      return !/^(?:is|was|are|were|be|been|being)$/u.test(words[i - 1]?.norm ?? '')
    if (pos === 'VERB' || pos === 'AUX') return false
  }
  return false
}

/** `The petition lists the owner`: a word in -s tagged as a noun, between a noun and a determiner, is the verb. */
function verbInNounTag(language: Language, words: readonly Word[], i: number): boolean {
  if (language.pos(i) !== 'NOUN' || !words[i]!.norm.endsWith('s') || i === 0) return false
  const before = language.pos(i - 1)
  return (before === 'NOUN' || before === 'PROPN') && /^(?:the|a|an|his|her|its|their|our|my|your)$/u.test(words[i + 1]?.norm ?? '')
}

/**
 * A quoted capitalised word that names rather than doubts: a modifier of the noun after it
 * ("disaffected "Leave" supporters", "the "Secret" level"), or after a possessive or "as"/"by"
 * ("her "Ronnie"", "addressed her as "Hillary"", "goes by "Vito"").
 */
function namedNotDoubted(prose: Prose, language: Language, q: Quotation): boolean {
  const {words} = prose
  const text = prose.blocks[q.block]!.text
  const after = q.words.end < words.length && words[q.words.end]!.block === q.block ? q.words.end : -1
  if (after >= 0 && /^\s+$/u.test(text.slice(q.end, words[after]!.start)) && language.pos(after) === 'NOUN') return true
  const before = q.words.start > 0 && words[q.words.start - 1]!.block === q.block ? words[q.words.start - 1]! : undefined
  if (!before || !/^\s+$/u.test(text.slice(before.end, q.start))) return false
  return NAMING_LEADS.has(before.norm) || /['\u2019]s$/u.test(before.text)
}

/**
 * The word right after a quoted phrase is the head noun it modifies: a noun, or a word the
 * tagger reads as a verb that has its own verb after it (`A "cost of living" grant went …`).
 */
function headNounAfter(prose: Prose, language: Language, before: Word | undefined, after: Word): boolean {
  const pos = language.pos(after.index)
  if (pos === 'NOUN') return true
  const following = prose.words[after.index + 1]
  const endsPhrase = !following || following.sentence !== after.sentence || !/^(?:NOUN|PROPN|ADJ)$/u.test(language.pos(following.index))
  // `the "undue burden" standard that …` (a noun the tagger reads as an adjective), `the "third way" Democrats`.
  if ((pos === 'ADJ' || (pos === 'PROPN' && /s$/u.test(after.norm))) && endsPhrase) return true
  if (pos !== 'VERB') return false
  // `a $1,000 "cost of education" grant to …`: after "a" or a number, a base form is no verb of that phrase.
  if (
    before &&
    before.block === after.block &&
    (before.norm === 'a' || before.norm === 'an' || language.pos(before.index) === 'NUM') &&
    isBaseVerb(language, after)
  )
    return true
  const next = prose.words[after.index + 1]
  if (!next || next.sentence !== after.sentence) return false
  const then = language.pos(next.index)
  return then === 'AUX' || then === 'VERB'
}

/**
 * A quoted phrase between a determiner or a possessive and a policy noun, with no sentence inside
 * it: `the "don't ask, don't tell" policy`, `its "America First" agenda`, `the Pentagon's "…" policy`.
 */
function namesPolicyAfter(prose: Prose, q: Quotation): boolean {
  const {words} = prose
  const before = words[q.words.start - 1]
  const after = words[q.words.end]
  if (!before || !after || before.block !== q.block || after.block !== q.block || !POLICY_HEADS.has(after.norm)) return false
  const text = prose.blocks[q.block]!.text
  return (
    (DEFINITE_DETERMINERS.has(before.norm) || before.norm === 'a' || before.norm === 'an' || /['\u2019]s?$/u.test(before.text)) &&
    /^\s*$/u.test(text.slice(before.end, q.start)) &&
    /^\s+$/u.test(text.slice(q.end, after.start)) &&
    !/[.?!]/u.test(text.slice(q.inner.start, q.inner.end))
  )
}

function isBaseVerb(language: Language, word: Word): boolean {
  return language.pos(word.index) === 'VERB' && language.lemma(word.index) === word.norm
}

/**
 * A quotation right after "the" that stands in apposition to a person's name, before it (`Bucky
 * Harris, the "boy-manager" of Washington`) or after it (`the "Iron Lady," Margaret Thatcher`):
 * the epithet the person is known by, not a word the reporter doubts.
 */
function epithetOfName(prose: Prose, language: Language, before: Word, q: Quotation): boolean {
  if (before.norm !== 'the') return false
  const {words} = prose
  const text = prose.blocks[q.block]!.text
  const isName = (index: number): boolean => {
    const word = words[index]
    return word !== undefined && word.block === q.block && language.pos(index) === 'PROPN' && /^\p{Lu}/u.test(word.text)
  }
  // A person's name of two words or more, not a place after a preposition ("In New York, the …").
  const personBefore = (last: number): boolean => {
    let first = last
    while (first > 0 && isName(first - 1) && words[first - 1]!.sentence === words[last]!.sentence) first--
    return first < last && (first === prose.sentences[words[first]!.sentence]!.firstWord || language.pos(first - 1) !== 'ADP')
  }
  const name = before.index - 1
  if (isName(name) && /^\s*,\s*$/u.test(text.slice(words[name]!.end, before.start)) && personBefore(name)) return true
  // After it: a comma inside or after the closing mark, then a name of two words.
  const after = q.words.end
  const gap = words[after] && words[after]!.block === q.block ? text.slice(q.inner.end, words[after]!.start) : ''
  const comma = gap.includes(',') || text[q.inner.end - 1] === ','
  return /^,?["\u201D]\s*,?\s*$/u.test(gap) && comma && isName(after) && isName(after + 1)
}

/** A capitalised quoted word after a possessive and its adjectives, or after a noun and a comma: a name given to someone or something. */
function namedAfter(prose: Prose, language: Language, before: Word, q: Quotation): boolean {
  const gap = prose.blocks[q.block]!.text.slice(before.end, q.start)
  if (/^\s*,\s*$/u.test(gap)) return language.pos(before.index) === 'NOUN'
  // Possessive directly before is namedNotDoubted's; here adjectives stand between.
  let i = before.index
  while (i > 0 && language.pos(i) === 'ADJ' && prose.words[i - 1]!.block === q.block) i--
  const owner = prose.words[i]!
  return i < before.index && (POSSESSIVE_DETERMINERS.has(owner.norm) || /['\u2019]s$/u.test(owner.text))
}

/** Words before a quoted name that make it a name: possessives, "as", "by". */
const NAMING_LEADS = new Set([...POSSESSIVE_DETERMINERS, 'as', 'by'])

/**
 * Quotation `q` is coordinated with the one before it in its sentence: `a "fascist" and a
 * "Stalinist"`, `"a huge shock," "a fight"`: it is of the same kind (both someone's words).
 */
/** Quotations in a list are linked by commas, "and", "or", "to" ("from "…" to "…"") and asides like "yes". */
const LIST_LINK = /^[\s,]*(?:(?:and|or|to|and,\s*yes,|nor)\s+)?$/u
/** A list item is short: a slogan, a name or a word, not a sentence someone said. */
const LIST_ITEM_WORDS = 5

/**
 * Three or more short quotations in a row, in one sentence, linked as a list: the slogans,
 * names or words being cited ("cycled through slogans, from "everyday Americans" to "fighting
 * for us," "breaking down barriers" and "stronger together""), not words the reporter doubts.
 */
function citedLists(prose: Prose, quotations: Quotation[]): void {
  const {words} = prose
  let run: Quotation[] = []
  const close = (): void => {
    if (run.length >= 3 && run.every((q) => q.words.end - q.words.start <= LIST_ITEM_WORDS)) for (const q of run) if (q.kind === 'scare') q.kind = 'title'
    run = []
  }
  for (const q of quotations) {
    const previous = run.at(-1)
    const linked =
      previous !== undefined &&
      previous.block === q.block &&
      words[previous.words.start]!.sentence === words[q.words.start]!.sentence &&
      LIST_LINK.test(prose.blocks[q.block]!.text.slice(previous.end, q.start))
    if (!linked) close()
    run.push(q)
  }
  close()
}

function coordinatedWith(prose: Prose, previous: Quotation, q: Quotation): boolean {
  if (q.kind !== 'scare' || previous.kind === 'scare' || previous.block !== q.block) return false
  if (prose.words[previous.words.start]!.sentence !== prose.words[q.words.start]!.sentence) return false
  return /^[\s,]*(?:(?:and|or)\s+)?(?:(?:a|an|the)\s+)?$/u.test(prose.blocks[q.block]!.text.slice(previous.end, q.start))
}

/** Words of the reporter's stand before the quotation in its sentence, and it does not end after a colon. */
function embeddedInSentence(prose: Prose, q: Quotation, quotationOf: Int32Array): boolean {
  const {words, sentences} = prose
  const sentence = sentences[words[q.words.start]!.sentence]!
  if (q.words.start - sentence.firstWord < 2) return false
  const block = prose.blocks[q.block]!
  if (endsWithColon(block.text, q.start)) return false
  for (let i = sentence.firstWord; i < q.words.start; i++) if (quotationOf[i]! < 0) return true
  return false
}

/** A verb of the reporter's clause stands before the quotation in its sentence. */
function verbBefore(prose: Prose, language: Language, q: Quotation, quotationOf: Int32Array): boolean {
  const sentence = prose.sentences[prose.words[q.words.start]!.sentence]!
  return unquotedBefore(q, quotationOf, sentence.firstWord, (i) => language.pos(i) === 'VERB')
}

/**
 * Whether `test` holds for an unquoted word before quotation `q`, from word `from` on, within
 * CUE_WINDOW words of it (a bounded look back keeps a pathological one-sentence file linear).
 */
function unquotedBefore(q: Quotation, quotationOf: Int32Array, from: number, test: (word: number) => boolean): boolean {
  for (let i = Math.max(from, q.words.start - CUE_WINDOW); i < q.words.start; i++) if (quotationOf[i]! < 0 && test(i)) return true
  return false
}

/** `… a statement by the senator on June 11: "…"`: a colon inside the sentence introduces it. */
function colonInSentence(prose: Prose, q: Quotation, quotationOf: Int32Array): boolean {
  const {words, sentences} = prose
  const sentence = sentences[words[q.words.start]!.sentence]!
  if (q.words.start - sentence.firstWord < 2 || quotationOf[q.words.start - 1]! >= 0) return false
  return /:\s*$/u.test(prose.blocks[q.block]!.text.slice(words[q.words.start - 1]!.end, q.start))
}

/**
 * A speech, naming or evaluation verb before the fragment in its sentence (or anywhere in the
 * sentence before): the fragment is someone's word even if slant cannot tell whose. Precision
 * first: a scare quote is only a fragment nobody could be quoting.
 */
function cuedBefore(prose: Prose, q: Quotation, quotationOf: Int32Array): boolean {
  const {words, sentences} = prose
  const sentence = sentences[words[q.words.start]!.sentence]!
  const from = sentence.index > 0 && sentences[sentence.index - 1]!.block === q.block ? sentences[sentence.index - 1]!.firstWord : sentence.firstWord
  return unquotedBefore(q, quotationOf, from, (i) => {
    const norm = words[i]!.norm
    // "as an American diplomat put it, an "extreme makeover"".
    if (norm === 'put' && words[i + 1]?.norm === 'it') return true
    // "Clinton's broadside against "…"", "a request for "…"": a speech act named right before the fragment's phrase.
    if (SPEECH_ACT_NOUNS.has(norm) && i + 2 === q.words.start && /^(?:for|against|of|over|about)$/u.test(words[i + 1]!.norm)) return true
    // ("back" is an adverb or a noun far more often than the verb of taking a side: "in the back seat".)
    return SPEECH_VERBS.has(norm) || (CUE_FORMS.has(norm) && norm !== 'back') || FRAGMENT_CUES.has(norm)
  })
}

/** "thousands", "about $200,000", "hundreds of thousands": a quoted figure is someone's number. */
function quotedFigure(prose: Prose, language: Language, q: Quotation): boolean {
  let figure = false
  for (let i = q.words.start; i < q.words.end; i++) {
    const norm = prose.words[i]!.norm
    if (language.pos(i) === 'NUM' || /^(?:hundreds|thousands|millions|billions|dozens|scores)$/u.test(norm)) figure = true
    else if (!/^(?:about|around|nearly|almost|some|more|than|over|under|of|a|an)$/u.test(norm)) return false
  }
  return figure
}

/**
 * A person acts on the fragment in its sentence ("Reid has gone after Trump as a "…"", "Cruz
 * exhorted Republicans to "…""): a name or a personal pronoun with its verb, and the fragment
 * introduced by "as" or "to". The fragment is then that person's word, not the reporter's doubt.
 */
function speakerInSentence(prose: Prose, language: Language, q: Quotation, quotationOf: Int32Array): boolean {
  const {words, sentences} = prose
  const sentence = sentences[words[q.words.start]!.sentence]!
  // Only what the person calls someone ("as a "…"") or urges ("to "…""): "Police arrested the
  // "anarchists"" quotes no one.
  let lead = q.words.start - 1
  if (lead > sentence.firstWord && /^(?:a|an|the)$/u.test(words[lead]!.norm)) lead--
  if (lead < sentence.firstWord || !/^(?:as|to)$/u.test(words[lead]!.norm)) return false
  // A name or a personal pronoun, then (past other names and adverbs) its verb.
  return unquotedBefore(q, quotationOf, sentence.firstWord, (i) => {
    const pos = language.pos(i)
    if (i >= lead || (pos !== 'PROPN' && !(pos === 'PRON' && PERSONAL_PRONOUNS.has(words[i]!.norm)))) return false
    for (let j = i + 1; j < Math.min(q.words.start, i + 4); j++) {
      const next = language.pos(j)
      if (next === 'VERB' || next === 'AUX') return true
      if (next !== 'PROPN' && next !== 'ADV' && next !== 'PUNCT') return false
    }
    return false
  })
}

const MINOR = new Set('a an the of and or in on at to for with from by'.split(' '))

function isTitleWord(word: Word): boolean {
  return /^[\p{Lu}\p{N}]/u.test(word.text) || MINOR.has(word.norm)
}

/** A capitalised word that is not capitalised only because it starts a sentence. */
function isProperName(prose: Prose, word: Word): boolean {
  if (!/^\p{Lu}\p{Ll}/u.test(word.text)) return false
  const sentence = prose.sentences[word.sentence]!
  return sentence.firstWord !== word.index
}
