/**
 * Whether a word is an attribution cue, and of which class (speech, belief, intention, evidence,
 * position): `cueClass` reads the tagger, the cue lists of ../cues.ts and the configuration's own
 * verbs, and settles forms the tagger misreads by their place (`verbByPlace`, `participleByPlace`, a
 * title-case headline); `cueRange` takes a particle with its verb ("pointed out"). `positionObject`,
 * the object of a verb of taking a side, is here because `verbByPlace` needs it.
 */
import {
  DISCOURSE,
  isAgentNoun,
  MODAL_AUXILIARIES,
  ORGANISATIONS,
  PEOPLE,
  PERSONAL_PRONOUNS as PERSONAL,
  POSSESSIVE_DETERMINERS
} from '../../data/word-classes.js'
import {
  CUE_FORM_LEMMAS,
  CUE_FORMS,
  CUE_LEMMAS,
  CUE_PARTICIPLES,
  DISCOURSE_OBJECT_PHRASES,
  OBJECT_PHRASES,
  POSITION_LEMMAS,
  SPEECH_PHRASES,
  SPEECH_VERBS,
  type CueClass
} from '../cues.js'
import type {WordRange} from './types.js'
import {SentenceReader} from './sentence-reader.js'
import {EVIDENCE, GROUP_PRONOUNS, PERSONAL_OBJECTS, RELATIVE_SUBJECTS, UNAMBIGUOUS, UTTERANCES} from './words.js'

/** Short words a title-case headline leaves in lower case: "Obama Sees 'Personal Insult' if Blacks Don't Rally". */
const TITLE_MINOR = /^(?:a|an|the|of|in|on|at|to|for|and|or|nor|but|by|with|as|if|is|are|from|into|over|vs\.?|t|s|n't)$/u

/** Words after which a cue form is a noun: articles, possessives and "no", "any" ("the press", "his point", "no doubt"; not a demonstrative or "another", which may stand alone: "These contend …", "Another said …"). */
const NOUN_LEADS = new Set(['the', 'a', 'an', 'no', 'any', 'every', 'such', ...POSSESSIVE_DETERMINERS])
/** Prepositions after which a cue form is a noun, unless it ends in -ing ("in support of", "for comment"; "after saying" is a verb; "to" opens infinitives). */
const NOUN_PREPOSITIONS = new Set(
  'of in for on at with from about into under over without through during within between against among upon across toward towards'.split(' ')
)
/** Words after which "back" is an adverb ("came back to", "back in 1990", "back home"), not a verb of taking a side. */
const AFTER_ADVERB_BACK = new Set('to in on from into up down at here there home away off out then now and or when where'.split(' '))
/** Nouns that "press" modifies: "a press conference", "the press secretary" (the verb presses someone). */
const PRESS_COMPOUNDS = new Set(
  'conference conferences secretary secretaries release releases office offices corps briefing briefings aide aides freedom room gallery pool coverage sections section'.split(
    ' '
  )
)
/** Whom one calls for help: "called police", "called 911". */
const EMERGENCY_SERVICES = new Set('police 911 authorities firefighters paramedics security deputies troopers'.split(' '))
/** Words that end the object of a verb of taking a side: "endorsed Clinton but told …", "backed Paul because …". */
const POSITION_OBJECT_STOPS = new Set('and but or because while although though after before since when as who which that whose whom so than'.split(' '))

export abstract class CueReader extends SentenceReader {
  protected cueAt(k: number): WordRange | undefined {
    return this.cueClass(k) ? this.cueRange(k) : undefined
  }

  protected cueRange(k: number): WordRange {
    const second = SPEECH_PHRASES.get(this.words[k]!.norm)
    return second && k + 1 < this.end && second.has(this.words[k + 1]!.norm) ? {start: k, end: k + 2} : {start: k, end: k + 1}
  }

  /**
   * What kind of cue word `k` is, if any: a verb (as the tagger reads it in this sentence) whose
   * lemma is a cue, or one of the configuration's own speech verbs.
   */
  protected cueClass(k: number): CueClass | undefined {
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
    if (this.nounBySpelling(k)) return undefined
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
    if (lemma === 'continue' && !opensAfterQuote) {
      const rest = this.text.slice(word.end, this.sentence.end + 1)
      if (!/^\s*(?:[,.:;!?"\u201C\u201D]|''|$|(?:\p{L}+\s+)?that\b)/u.test(rest)) return undefined
      // ("…," he continued. closes a quotation, and he continued, "…" opens one; "the talks would
      // continue." and "The talks will continue, he said." do neither.)
      if (/^\s*(?:[.,!?]|$)/u.test(rest) && !this.quotedBefore(k) && !(k + 1 < this.end && this.quoted[k + 1])) return undefined
    }
    const klass = CUE_LEMMAS.get(lemma) ?? (SPEECH_VERBS.has(word.norm) ? 'speech' : undefined)
    if (klass) return klass
    // "pointed out", "pushed for": the verb is a cue with its particle.
    const next = this.words[k + 1]
    const particle = next !== undefined && k + 1 < this.end && (SPEECH_PHRASES.get(word.norm)?.has(next.norm) || OBJECT_PHRASES.get(lemma)?.has(next.norm))
    // ("laid out her plan" reports it; "laid out the tables" does not.)
    if (particle && !this.takesDiscourse(k, lemma)) return undefined
    return particle ? 'speech' : undefined
  }

  /** Whether a quoted word stands before word `k` in the sentence. */
  private quotedBefore(k: number): boolean {
    for (let i = this.first; i < k; i++) if (this.quoted[i]) return true
    return false
  }

  /**
   * Whether the cue form at word `k` reads as something other than a verb from the words around
   * it alone, so that its sentence need not be tagged: after a preposition ("in support of", "for
   * comment"), "back" before a preposition or an adverb, "press" before the noun it modifies.
   */
  private nounBySpelling(k: number): boolean {
    const word = this.words[k]!
    if (UNAMBIGUOUS.has(word.norm)) return false
    const next = k + 1 < this.end && /^\s+$/u.test(this.gap(k, k + 1)) ? this.words[k + 1]!.norm : undefined
    if (word.norm === 'back' && (next === undefined || AFTER_ADVERB_BACK.has(next))) return true
    if (word.norm === 'press' && next !== undefined && PRESS_COMPOUNDS.has(next)) return true
    return k > this.first && NOUN_PREPOSITIONS.has(this.words[k - 1]!.norm) && !/ing$/u.test(word.norm) && /^\s+$/u.test(this.gap(k - 1, k))
  }

  /**
   * Whether the object phrase of the cue at word `k` ("laid out", "responded to") takes what it
   * needs: for the verbs that report speech only of something said or proposed, such a noun within
   * a few words ("laid out her plan", "responded to the request"; not "the tables", "the fire").
   */
  protected takesDiscourse(k: number, lemma: string): boolean {
    return !DISCOURSE_OBJECT_PHRASES.has(lemma) || this.someWordWithin(k + 2, 5, (w) => DISCOURSE.has(w.norm))
  }

  /** A cue's -ing form after a comma and before "that": ", warning that …", ", noting that …". */
  protected participleByPlace(k: number): boolean {
    if (k <= this.first || k + 1 >= this.end || !CUE_PARTICIPLES.has(this.words[k]!.norm)) return false
    // (", warning that …", "a letter warning that …")
    const lead = /,/u.test(this.gap(k - 1, k)) || (UTTERANCES.has(this.words[k - 1]!.norm) && /^\s+$/u.test(this.gap(k - 1, k)))
    return lead && this.words[k + 1]!.norm === 'that' && this.language.pos(k + 1) === 'SCONJ'
  }

  /** Any verb with a "that" clause after it is a cue: "She signalled that …", "They bet that …". */
  private thatClauseVerb(k: number): boolean {
    const next = k + 1 < this.end ? this.words[k + 1]! : undefined
    if (!next || next.norm !== 'that' || this.quoted[k + 1] || !/^\s+$/u.test(this.gap(k, k + 1))) return false
    // ("would not tolerate that, she said": a "that" before a comma is a pronoun, not a clause's start.)
    if (k + 2 >= this.end || !/^\s+$/u.test(this.gap(k + 1, k + 2))) return false
    // ("backstabbing that would …": an -ing form before "that" is a noun with its relative clause.)
    return this.language.pos(k) === 'VERB' && this.language.pos(k + 1) === 'SCONJ' && !this.words[k]!.norm.endsWith('ing')
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
    // "Both think Obama advanced …", "Many believe the tax …": a group pronoun as subject, then its verb before a clause.
    // (", many think, is …": set off by commas, the clause is around it.)
    if (
      GROUP_PRONOUNS.has(this.words[k - 1]!.norm) &&
      this.words[k]!.norm === this.language.lemma(k) &&
      (next === undefined ||
        k + 1 === this.end ||
        /^\s*[,\u2014]/u.test(this.gap(k, k + 1)) ||
        this.clauseAt(k + 1) ||
        // ("Others call it the nerd prom": an object pronoun, then what it is called or seen as.)
        (PERSONAL_OBJECTS.has(next.norm) && k + 2 < this.end && /^(?:DET|ADJ|ADP)$/u.test(this.language.pos(k + 2))))
    )
      return true
    // "Some may claim it harms …": after a modal (lower case: not "May"), a bare verb; "a group
    // which claims that …": after a relative pronoun, the verb of its clause.
    const previous = this.words[k - 1]!
    // An infinitive after it: "analysts who claim to find …", "Hillary Clinton plans to call …".
    const toVerb = next?.norm === 'to' && k + 2 < this.end && this.language.pos(k + 2) === 'VERB'
    if (MODAL_AUXILIARIES.has(previous.text) || (RELATIVE_SUBJECTS.has(previous.norm) && (next?.norm === 'that' || toVerb || this.clauseAt(k + 1)))) return true
    // "The Republican candidate plans to be back", "It plans to raise rates": an -s form after a
    // singular noun or pronoun, before an infinitive.
    const singular = /^(?:he|she|it)$/u.test(previous.norm) || ((before === 'NOUN' || before === 'PROPN') && !/s$/u.test(previous.norm))
    if (singular && /[^s]s$/u.test(this.words[k]!.norm) && !/['\u2019]s?$/u.test(previous.text) && this.infinitiveAt(k + 1)) return true
    // ("where polls show voters …": a record noun the tagger reads as a verb, then a cue form in the base form.)
    if (
      EVIDENCE.has(previous.norm) &&
      /s$/u.test(previous.norm) &&
      this.words[k]!.norm === this.language.lemma(k) &&
      next !== undefined &&
      /^(?:NOUN|PROPN|PRON|DET)$/u.test(this.language.pos(k + 1))
    )
      return true
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
        // ("Such a move, his advisers fear, could …": set off by commas or a dash.)
        /^\s*[,\u2014]/u.test(this.gap(k, k + 1)) ||
        next.norm === 'a' ||
        next.norm === 'an' ||
        next.norm === 'the' ||
        PERSONAL.has(next.norm) ||
        // ("Early polls show voters rejecting …": a record shows whatever noun phrase follows.)
        (EVIDENCE.has(noun) && /^(?:NOUN|PROPN|PRON|NUM)$/u.test(this.language.pos(k + 1))) ||
        // ("Clinton supporters point out that …": a verb with its particle.)
        SPEECH_PHRASES.get(this.words[k]!.norm)?.has(next.norm) === true ||
        // ("Critics call him a liar": an object pronoun after it.)
        (next.norm !== 'it' && next.norm !== 'you' && PERSONAL_OBJECTS.has(next.norm)) ||
        this.clauseAt(k + 1))
    )
      return true
    // "…, Mr. Keeler reports." / "The plan, Ruiz notes, is dead.": a name and a cue in -s set off by commas.
    if (before === 'PROPN' && /s$/u.test(this.words[k]!.norm) && (next === undefined || k + 1 === this.end || /^\s*,/u.test(this.gap(k, k + 1)))) {
      let name = k - 1
      while (name > this.first && k - name < 5 && this.language.pos(name - 1) === 'PROPN' && !/,/u.test(this.gap(name - 1, name))) name--
      // (", The Wall Street Journal reports.": the article before the name.)
      if (name > this.first && this.words[name - 1]!.norm === 'the' && !/,/u.test(this.gap(name - 1, name))) name--
      if (name > this.first && /,\s*$/u.test(this.gap(name - 1, name))) return true
    }
    // "Ana Ruiz fears the talks …", "Hillary Clinton plans to call …", "Ana Ruiz backs the plan".
    const side = POSITION_LEMMAS.has(CUE_FORM_LEMMAS.get(this.words[k]!.norm) ?? '') && this.positionObject(k + 1) !== undefined
    // ("The ministry backs the plan": after a person or a body by role, too.)
    const speaker = before === 'PROPN' || (side && (PEOPLE.has(noun) || ORGANISATIONS.has(noun)))
    // "Republicans support deportation", "voters oppose the ban": a side taken in the base form after a plural.
    if (side && (before === 'PROPN' || PEOPLE.has(noun)) && /s$/u.test(noun) && !/s$/u.test(this.words[k]!.norm)) return true
    // "senators claim to object": the base form after people in the plural, before an infinitive.
    if (toVerb && /s$/u.test(noun) && (before === 'PROPN' || PEOPLE.has(noun) || isAgentNoun(noun)) && this.words[k]!.norm === this.language.lemma(k))
      return true
    // "The ad claims "…"", "the Daily News claims …": an -s form after a name or a text, before a quotation.
    const text = speaker || UTTERANCES.has(noun) || EVIDENCE.has(noun)
    if (text && /s$/u.test(this.words[k]!.norm) && k + 1 < this.end && this.quoted[k + 1]) return true
    // "Smith claims in his book that …", "Walt claim in their book The Israel Lobby … that …": after a name, an adjunct, then the clause.
    if (before === 'PROPN' && next !== undefined && this.language.pos(k + 1) === 'ADP' && this.thatPastAdjunct(k + 1)) return true
    return speaker && /s$/u.test(this.words[k]!.norm) && next !== undefined && (toVerb || side || this.clauseAt(k + 1))
  }

  /** A "that" after the prepositional phrase that opens at word `i` (a title in it included), before any comma or verb. */
  private thatPastAdjunct(i: number): boolean {
    for (let j = i + 1; j < Math.min(this.end, i + 16); j++) {
      if (/[,;:()]/u.test(this.gap(j - 1, j)) || this.quoted[j]) return false
      if (this.words[j]!.norm === 'that') return this.language.pos(j) === 'SCONJ'
      if (/^(?:VERB|AUX)$/u.test(this.language.pos(j))) return false
    }
    return false
  }

  /**
   * The object of a verb of taking a side, from word `i`: a noun phrase, a pronoun or a gerund,
   * up to a comma or a word that opens a clause ("endorsed Cruz last week, saying …" ends at
   * the comma). Undefined for a particle or a preposition ("backed down", "backed into").
   */
  protected positionObject(i: number): WordRange | undefined {
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
   * `New Poll Shows Minor Bump For Clinton`: a headline in title case, whose verb is capitalised
   * like every word (at least five words, all but short function words capitalised).
   */
  private titleCase(k: number): boolean {
    if (k === this.first || this.end - this.first < 5) return false
    for (let i = this.first; i < this.end; i++) if (!this.isCapitalized(i) && !TITLE_MINOR.test(this.words[i]!.norm)) return false
    return true
  }

  /** Words from `from`: a name of one to four capitalised words, then a colon ("Stone:", "Sen. Ana Ruiz:"). */
  private nameThenColon(from: number): boolean {
    for (let i = from; i < Math.min(this.end, from + 4) && this.isCapitalized(i); i++) if (/^\s*:/u.test(this.text.slice(this.words[i]!.end))) return true
    return false
  }
}
