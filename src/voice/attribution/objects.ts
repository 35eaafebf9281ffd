/**
 * What follows a cue: whether a verb that can take a plain object speaks (`objectCueSpeaks`: "called
 * the plan a disgrace", "accused X of …", "found 90 percent …", "asked Sanders whether …"), where an
 * object ends (`objectEnd`), the person told (`pastAddressee`), a figure in the object
 * (`figureInObject`), and where the content starts (`contentAfter`, `complement`).
 */
import {POSSESSIVE_DETERMINERS} from '../../data/word-classes.js'
import type {WordRange} from './types.js'
import {SubjectReader} from './subjects.js'
import {CLAUSE_SUBJECTS, NAMING, PERSONAL_OBJECTS, QUOTE_CHARS, TIME_NAMES, WH_CLAUSE} from './words.js'

/** Verbs of charging someone with something, and the prepositions of the charge: "accused X of …", "charged him with …". */
const CHARGE_VERBS = new Set(['accuse', 'charge'])
const CHARGE_PREPOSITIONS = new Set(['of', 'for', 'with'])
/**
 * Verbs whose object is what was said: "announced his candidacy", "proposed a tax" (a promise of a
 * thing is an intention, not something said).
 */
const UTTERED_OBJECTS = new Set(['announce', 'propose'])
/**
 * Verbs that say what someone or something is, after "as": "described himself as …", "portrayed
 * the plan as …" ("painted her as" is left to the stance rule: the reporter's word for a framing).
 */
const AS_VERBS = new Set(['describe', 'characterize', 'characterise', 'portray', 'depict', 'cast', 'dismiss', 'rip'])
/** Verbs of asking and telling that take an object, then a question or a request. */
const REQUESTS = new Set(['ask', 'tell', 'urge', 'question', 'press', 'challenge', 'implore', 'warn', 'remind', 'invite'])
/** Pronouns that are only ever objects, never possessives: "call them messianic impulses". */
const OBJECT_ONLY = new Set([...PERSONAL_OBJECTS].filter((pronoun) => pronoun !== 'her' && pronoun !== 'you'))
/** Verbs of owning to or denying whose gerund object is what was said: "admitted using", "denied having". */
const GERUND_CUES = new Set(['admit', 'deny', 'confess', 'concede', 'acknowledge'])
/** Verbs whose first object is the person addressed: "told CNN the bill is dead". */
const ADDRESSEE_VERBS = new Set('tell assure inform warn remind promise convince persuade notify advise'.split(' '))

export abstract class ObjectReader extends SubjectReader {
  /** "called", "described", "found" speak only with a clause, a quote or "what X called". */
  protected objectCueSpeaks(subject: WordRange, cue: WordRange): boolean {
    const next = this.words[cue.end]
    // "Polls show a close race", "The video shows him with his hands up": a record shows whatever it shows.
    const lemma = this.language.lemma(cue.start)
    // "A CNN survey found 90 percent support": a record finds whatever it finds, too.
    if (next && (lemma === 'show' || lemma === 'find') && this.isRecord(subject) && !this.quoted[cue.end]) return true
    // "Authorities reported at least 20 victims": a figure reported or found is someone's count.
    if (next && (lemma === 'report' || lemma === 'find') && this.figureInObject(cue.end)) return true
    if (next && next.norm === 'as') return true
    // "claim to object", "claimed to have won": what one claims of oneself, as an infinitive.
    if (next && lemma === 'claim' && this.infinitiveAt(cue.end)) return true
    // "admitted using the tax code", "denied having an affair": what one owns to or denies, as a gerund.
    if (next && GERUND_CUES.has(lemma) && this.language.pos(cue.end) === 'VERB' && /ing$/u.test(next.norm) && !this.quoted[cue.end]) return true
    // "accused Washington of throwing away …", "charged him with fraud": the charge is what was said.
    if (next && CHARGE_VERBS.has(lemma) && this.prepositionAfterObject(cue.end, CHARGE_PREPOSITIONS)) return true
    // "announced a series of steps", "proposed a tax": what is announced or proposed is what was said.
    if (next && UTTERED_OBJECTS.has(lemma) && (/^(?:DET|ADJ|NOUN|PROPN|NUM)$/u.test(this.language.pos(cue.end)) || POSSESSIVE_DETERMINERS.has(next.norm)))
      return true
    // "described himself as a champion", "portrayed the plan as a giveaway": "as" after a short object.
    if (next && AS_VERBS.has(lemma) && this.asAfterObject(cue.end)) return true
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
    // (A title in an adjunct counts as one word: "claim in their book The Israel Lobby that …".)
    const adjunct = this.language.pos(cue.end) === 'ADP'
    for (let i = cue.end, limit = cue.end + (told ? 16 : 6); i < Math.min(this.end, limit); i++) {
      if (adjunct && i > cue.end && this.inTitle(i) && limit < cue.end + 16) limit++
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
    return QUOTE_CHARS.test(nearQuote) || /\s['\u2018]\p{L}/u.test(nearQuote)
  }

  /** Word `i` continues a title or a name begun before it ("The Israel Lobby and U.S. Foreign Policy"): an adjunct's reach counts such a run as one word. */
  private inTitle(i: number): boolean {
    // (A minor word between capitals is in it: "Lobby and U.S.".)
    if (!this.isCapitalized(i)) return this.isCapitalized(i - 1) && i + 1 < this.end && this.isCapitalized(i + 1)
    return this.isCapitalized(i - 1) || (i - 2 >= this.first && this.isCapitalized(i - 2))
  }

  /** "as" right after the short object that opens at word `from` ("himself as", "the plan as", "her use of the system as"). */
  private asAfterObject(from: number): boolean {
    for (let i = from + 1; i < Math.min(this.end, from + 7) && !this.quoted[i]; i++) {
      if (this.words[i]!.norm === 'as') return true
      const inObject = /^(?:DET|ADJ|NOUN|PROPN|PRON|NUM)$/u.test(this.language.pos(i)) || this.words[i]!.norm === 'of'
      if (!inObject || /[,;:]/u.test(this.gap(i - 1, i))) return false
    }
    return false
  }

  /** Word `from` opens an object (a name, a pronoun, a noun phrase) followed by one of `prepositions`, with no verb between. */
  private prepositionAfterObject(from: number, prepositions: ReadonlySet<string>): boolean {
    for (let i = from + 1; i < Math.min(this.end, from + 8) && !this.quoted[i]; i++) {
      if (prepositions.has(this.words[i]!.norm)) return true
      if (/^(?:VERB|AUX)$/u.test(this.language.pos(i)) || /[,;:]/u.test(this.gap(i - 1, i))) return false
    }
    return false
  }

  /**
   * "called the charges unsubstantiated", "called him a liar": an object, then what it is
   * called (an adjective or a noun phrase). "called a press conference", "called the police"
   * have an object and nothing after it.
   */
  protected namesObject(from: number): boolean {
    const i = this.objectEnd(from)
    if (i >= this.end || i === from || /[,;:]/u.test(this.gap(i - 1, i))) return false
    const norm = this.words[i]!.norm
    // ("call them liars": after an object pronoun, a bare noun is the name given.)
    if (i === from + 1 && OBJECT_ONLY.has(this.words[from]!.norm) && this.language.pos(i) === 'NOUN' && !TIME_NAMES.test(norm)) return true
    // ("calls North Carolina her home state": a possessive opens the name given.)
    return (
      this.language.pos(i) === 'ADJ' ||
      norm === 'a' ||
      norm === 'an' ||
      norm === 'the' ||
      (POSSESSIVE_DETERMINERS.has(norm) && i + 1 < this.end && this.language.pos(i + 1) !== 'VERB')
    )
  }

  /** Past the object noun phrase that starts at word `from` (a pronoun, names, or a determiner, adjectives and nouns); `from` if there is none. */
  protected objectEnd(from: number): number {
    let i = from
    const pos = (at: number): string => (at < this.end ? this.language.pos(at) : 'X')
    // "our followers": a possessive pronoun opens the phrase like a determiner.
    // ("call them messianic impulses": an object pronoun is a whole phrase whatever follows.)
    if (pos(i) === 'PRON' && ((pos(i + 1) !== 'NOUN' && pos(i + 1) !== 'ADJ') || OBJECT_ONLY.has(this.words[i]!.norm))) return i + 1
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

  /** A number in the object after word `from`, before any other verb: "reported at least 20 victims", "found $4 million missing". */
  protected figureInObject(from: number, reach = 6): boolean {
    for (let i = from; i < Math.min(this.end, from + reach) && !this.quoted[i]; i++) {
      const pos = this.language.pos(i)
      if (pos === 'NUM' && /\d/u.test(this.words[i]!.text)) return true
      // ("reported raising and spending about $9 million": an -ing object runs on.)
      if ((pos === 'VERB' && !this.words[i]!.norm.endsWith('ing')) || pos === 'AUX' || (i + 1 < this.end && /[,;:]/u.test(this.gap(i, i + 1)))) return false
    }
    return false
  }

  protected contentAfter(from: number, end = this.end): WordRange | undefined {
    let start = from
    let adjunct = false
    // (The one told may be a long phrase: "told a crowded banquet hall at a hotel in downtown Baltimore that …".)
    const reach = from > this.first && ADDRESSEE_VERBS.has(this.language.lemma(from - 1)) ? 16 : 9
    // "told Le Monde that …", "said in a statement that …": the content starts after "that".
    const opensWithPreposition = this.language.pos(from) === 'ADP'
    for (let i = from, limit = from + reach; i < Math.min(this.end, limit); i++) {
      if (opensWithPreposition && i > from && this.inTitle(i) && limit < from + 16) limit++
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
    // "their best-selling book": the second half of a hyphenated modifier is no verb.
    if (i > this.first && /^[-\u2010\u2011]$/u.test(this.gap(i - 1, i))) return false
    const pos = this.language.pos(i)
    if (pos === 'AUX') return true
    if (pos !== 'VERB') return false
    if (i + 1 >= this.end || this.language.pos(i + 1) !== 'NOUN' || this.words[i]!.norm !== this.language.lemma(i)) return true
    for (let j = i - 1; j >= Math.max(this.first, i - 3); j--) if (this.language.pos(j) === 'ADP') return false
    return true
  }

  /** A clause after the cue: "that …", "whether …", or a subject and its verb. */
  protected complement(cue: WordRange): WordRange | undefined {
    const next = this.skipAdverbs(cue.end)
    if (next >= this.end || this.quoted[next]) return undefined
    const word = this.words[next]!
    if (word.norm === 'that') return next + 1 < this.end ? {start: next + 1, end: this.end} : undefined
    return WH_CLAUSE.has(word.norm) || this.clauseAt(next) ? {start: next, end: this.end} : undefined
  }
}
