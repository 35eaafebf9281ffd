/**
 * The base of the attribution finder: one sentence's words, quotation flags, tagger and settings (the
 * state every layer shares), and the word-level readers on them: the text between two words (`gap`),
 * capitals, adverbs, where a clause starts (`clauseAt`) or ends (`clauseEnd`, `shortTail`), a share of
 * people polled, and `make`, which builds an Attribution. The finder is one chain of subclasses, each
 * adding one kind of reading: SentenceReader, CueReader (cue-class.ts), PhraseReader (phrases.ts),
 * SubjectReader (subjects.ts), ObjectReader (objects.ts), then the frames (records, according-to,
 * views, questions, after-quote, participles, stance, speech, labels, utterances, idioms) and last SentenceAttributions in
 * ../attribution.ts, whose `find()` tries the frames in turn. A frame reads the layers below the
 * frames; among the frames only speech.ts reads others (questions, participles, stance), so their
 * order in the chain is otherwise arbitrary.
 */
import {CALENDAR_NAMES, DEFINITE_DETERMINERS as DEFINITE, PERSONAL_PRONOUNS as PERSONAL, POSSESSIVE_DETERMINERS} from '../../data/word-classes.js'
import type {Language} from '../../language/language.js'
import {nounReadAsVerb} from '../../language/clause.js'
import type {Prose, Sentence, Word} from '../../parse/prose.js'
import {VAGUE_SOURCES} from '../cues.js'
import type {Attribution, WordRange} from './types.js'
import {CLAUSE_SUBJECTS, FINITE, TIME_NAMES} from './words.js'

/** Shares of a group polled or asked: "a third agreed", "half said". */
const FRACTIONS = new Set([
  'half',
  'third',
  'thirds',
  'quarter',
  'quarters',
  'fifth',
  'fifths',
  'majority',
  'majorities',
  'minority',
  'minorities',
  'plurality'
])
/** Adverbs without -ly that stand between a subject and its verb ("has long claimed", "even said"). */
const MIDDLE_ADVERBS = new Set(
  'even also still never long now again already often later once then just previously earlier too ever first soon since'.split(' ')
)

/** Prepositions that can open a phrase inside a clause's subject: "the progress on climate change is …". */
const SUBJECT_PREPOSITIONS = new Set('on in at for from with about over against between among under across within without into toward towards near'.split(' '))

export abstract class SentenceReader {
  protected readonly words: readonly Word[]
  protected readonly text: string
  protected readonly first: number
  protected readonly end: number
  protected readonly heading: boolean

  constructor(
    protected readonly prose: Prose,
    protected readonly sentence: Sentence,
    protected readonly quoted: readonly boolean[],
    protected readonly verbs: ReadonlySet<string>,
    protected readonly language: Language,
    protected readonly storyNames: () => ReadonlySet<string>
  ) {
    this.words = prose.words
    this.text = prose.blocks[sentence.block]!.text
    this.heading = prose.blocks[sentence.block]!.kind === 'heading'
    this.first = sentence.firstWord
    this.end = sentence.endWord
  }

  /** Text between two word indices (exclusive of both words). */
  protected gap(a: number, b: number): string {
    return this.text.slice(this.words[a]!.end, this.words[b]!.start)
  }

  protected boundaryBefore(i: number): string {
    return i <= this.first ? '' : this.gap(i - 1, i)
  }

  protected isCapitalized(i: number): boolean {
    return /^\p{Lu}/u.test(this.words[i]!.text)
  }

  /** Whether one of the `count` words from word `from` (within the sentence) passes `test`: a check by spelling alone, before any tagging. */
  protected someWordWithin(from: number, count: number, test: (word: Word) => boolean): boolean {
    for (let i = from; i < Math.min(this.end, from + count); i++) if (test(this.words[i]!)) return true
    return false
  }

  /** The first word from `i` that is not an adverb. */
  protected skipAdverbs(i: number): number {
    while (i < this.end && this.language.pos(i) === 'ADV') i++
    return i
  }

  /** An adverb between a subject and its verb: "repeatedly", "facetiously", "even", "long", "also". */
  protected isAdverb(j: number): boolean {
    const word = this.words[j]!
    return (/^\p{Ll}+ly$/u.test(word.text) || MIDDLE_ADVERBS.has(word.norm)) && this.language.pos(j) === 'ADV'
  }

  /** Word `i` starts a clause with no "that": a subject, then a finite verb within a few words. */
  protected clauseAt(i: number): boolean {
    // "nearly two-thirds of the bishops had …": a degree adverb before a number or a determiner.
    if (this.language.pos(i) === 'ADV' && i + 1 < this.end && /^(?:NUM|DET)$/u.test(this.language.pos(i + 1)) && /^\s+$/u.test(this.gap(i, i + 1))) i++
    // ("electric utilities would pay": an adjective opening the subject's noun phrase, whose verb
    // follows the phrase; "weekly video series it is clear" has a subject of its own after it, as
    // has a bare noun before a pronoun.)
    const adjective = this.language.pos(i) === 'ADJ' && i + 1 < this.end && this.language.pos(i + 1) === 'NOUN' && /^\s+$/u.test(this.gap(i, i + 1))
    if (adjective) i++
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
      if ((adjective || pos === 'NOUN') && next === 'PRON') return false
      if (next === 'AUX' || (next === 'VERB' && !/(?:ing)$/u.test(this.words[j]!.norm))) return true
      if (nounReadAsVerb(this.prose, this.language, j)) return true
      // "his efforts to slow warming will fail": an infinitive inside a subject that a determiner opens, then its verb.
      if (next === 'PART' && this.words[j]!.norm === 'to' && /^(?:DET|PRON)$/u.test(pos)) return this.modalAfterInfinitive(j + 1)
      // "the progress on climate change is real": a prepositional phrase in the subject, right before its verb.
      // ("the title before the regime fell": "before", "after", "since" open a clause of their own.)
      if (next === 'ADP' && this.words[j]!.norm !== 'of') return SUBJECT_PREPOSITIONS.has(this.words[j]!.norm) && this.verbAfterPhrase(j + 1)
      // "expected Democrats to do their duty": an object and an infinitive, not a clause ("two-thirds of the bishops had": "of" runs on).
      if (next === 'SCONJ' || next === 'CCONJ' || next === 'PART') return false
    }
    return false
  }

  /** From the verb of an infinitive at word `i`, a short object and then a modal or a form of "be": "slow warming will". */
  private modalAfterInfinitive(i: number): boolean {
    if (i >= this.end || this.language.pos(i) !== 'VERB') return false
    for (let j = i + 1; j < Math.min(this.end, i + 5); j++) {
      if (!/^\s+$/u.test(this.gap(j - 1, j))) return false
      const pos = this.language.pos(j)
      if (pos === 'AUX') return true
      if (!/^(?:DET|ADJ|NOUN|PROPN|NUM)$/u.test(pos)) return false
    }
    return false
  }

  /** A noun phrase from word `i`, then a finite verb straight after it ("… on climate change is"). */
  private verbAfterPhrase(i: number): boolean {
    let j = i
    while (j < this.end && j - i < 5 && /^(?:DET|ADJ|NOUN|PROPN|NUM)$/u.test(this.language.pos(j)) && /^\s+$/u.test(this.gap(j - 1, j))) j++
    if (j === i || j >= this.end || !/^\s+$/u.test(this.gap(j - 1, j))) return false
    const pos = this.language.pos(j)
    return pos === 'AUX' || (pos === 'VERB' && !/ing$/u.test(this.words[j]!.norm))
  }

  /** Where the clause from word `i` ends: before a comma and a conjunction ("want you to remember, but …"), or at the sentence end. */
  protected clauseEnd(i: number): number {
    for (let j = i + 1; j < this.end; j++) if (/[,;]/u.test(this.gap(j - 1, j)) && this.language.pos(j) === 'CCONJ') return j
    return this.end
  }

  /**
   * The words after a cue up to the sentence end are few and carry no clause of their own: an
   * adjunct ("on Tuesday", "in a statement") or the person told ("Le Monde", "reporters").
   */
  protected shortTail(from: number, to = this.end): boolean {
    if (to - from > 10) return false
    for (let i = from; i < to; i++) if (this.words[i]!.norm === 'that' || FINITE.has(this.words[i]!.norm)) return false
    // "said 40 people died": a clause of its own.
    if (from < to && this.clauseAt(from)) return false
    // "will insist on being himself": a preposition with a gerund is the verb's complement, no adjunct.
    if (from + 1 < to && this.language.pos(from) === 'ADP' && /ing$/u.test(this.words[from + 1]!.norm) && /^(?:VERB|AUX)$/u.test(this.language.pos(from + 1)))
      return false
    const next = from < to ? this.words[from] : undefined
    // "…, Trump called to ban …": an infinitive is the verb's complement, no adjunct.
    if (this.infinitiveAt(from)) return false
    // "…, he does not defend it": a verb with a thing for its object is no closing attribution.
    if (next && (next.norm === 'it' || next.norm === 'this')) return false
    return !next || !(CLAUSE_SUBJECTS.has(next.norm) || DEFINITE.has(next.norm) || next.norm === 'a' || next.norm === 'an') || to - from <= 3
  }

  /** Word `i` is "to" before a verb: an infinitive ("to back the plan", where the tagger reads an adverb before its object). */
  protected infinitiveAt(i: number): boolean {
    // ("vowed not to repeat it", "promised never to raise taxes": a negated infinitive.)
    if (i + 2 < this.end && (this.words[i]!.norm === 'not' || this.words[i]!.norm === 'never') && this.words[i + 1]!.norm === 'to') i++
    if (i + 1 >= this.end || this.words[i]!.norm !== 'to') return false
    const pos = this.language.pos(i + 1)
    // ("declined to be interviewed", "plans to be back": "be" is read as an auxiliary.)
    return pos === 'VERB' || (pos === 'AUX' && this.words[i + 1]!.norm === 'be') || (pos === 'ADV' && i + 2 < this.end && this.language.pos(i + 2) === 'DET')
  }

  /** A finite verb (not a cue's own participle) stands between words `from` and `to`. */
  protected finiteVerbBetween(from: number, to: number): boolean {
    for (let i = from; i < to; i++) {
      const pos = this.language.pos(i)
      if (!this.quoted[i] && (pos === 'AUX' || (pos === 'VERB' && !/ing$/u.test(this.words[i]!.norm)))) return true
    }
    return false
  }

  /** Words [from, to) are a prepositional or adverb phrase with no verb, no claim to report: "In the decades after the exodus, historians disagreed". */
  protected adjunctOnly(from: number, to: number): boolean {
    // ("Most recently, Trump called to ban …": an adverb phrase, too.)
    return /^(?:ADP|ADV)$/u.test(this.language.pos(from)) && !this.quoted[from] && !this.finiteVerbBetween(from, to)
  }

  /** The sentence opens right after a closing quotation mark in the same paragraph. */
  protected afterQuotation(): boolean {
    const first = this.words[this.first]!
    if (this.first === 0 || !this.quoted[this.first - 1] || this.words[this.first - 1]!.block !== first.block) return false
    // `"…"? Asked Palmer`: older copy sets the question mark after the closing mark.
    return /(?:[\u201D"]|'')[?!.]?\s*$/u.test(this.text.slice(this.words[this.first - 1]!.end, first.start))
  }

  /** "Twelve percent indicated that …", "62 per cent said": a share of those polled. */
  protected isShareOfPeople(j: number): boolean {
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

  protected make(kind: Attribution['kind'], source: WordRange | undefined, cue: WordRange, content: WordRange | undefined): Attribution {
    // "In August, several groups …, saying": a lone day or month names no one; a capitalised
    // time noun is a surname ("Day said the language …").
    if (source && source.end - source.start === 1 && TIME_NAMES.test(this.words[source.start]!.norm) && !this.surnameLike(source.start)) source = undefined
    const attribution: Attribution = {kind, sentence: this.sentence.index, cue, vague: source ? this.isVague(source) : true}
    if (source) attribution.source = source
    if (content && content.end > content.start) attribution.content = content
    return attribution
  }

  /** A capitalised time noun that is no weekday, month or relative day ("Day", "Winter"), or "May" opening a sentence. */
  protected surnameLike(i: number): boolean {
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
