/**
 * Noun phrases: extending one back from its head over names, titles, determiners, modifiers and "of"
 * phrases (`extendBack`, `phraseEndingAt`, joint speakers in `jointStart`), stepping back past
 * adverbs, adjuncts and participles dated by a time phrase (`pastAdjuncts`, `datedParticiple`), and
 * the tests of what a phrase can be: a speaker (`speaksAsPhrase`), the holder of a view (`canHold`), a
 * record (`isRecord`).
 */
import {
  DEFINITE_DETERMINERS as DEFINITE,
  isAgentNoun,
  ORGANISATIONS,
  PEOPLE,
  PERSONAL_PRONOUNS as PERSONAL,
  POSSESSIVE_DETERMINERS
} from '../../data/word-classes.js'
import {AUXILIARIES, PRONOUNS, SOURCE_NOUNS, VAGUE_SOURCES, type CueClass} from '../cues.js'
import type {WordRange} from './types.js'
import {CueReader} from './cue-class.js'
import {EVIDENCE, GROUP_PRONOUNS, NP_STOP, OBJECT_PREPOSITIONS, TIME_NAMES} from './words.js'

/** Words of approximation before a share: "about 4 in 10", "nearly two out of three". */
const APPROXIMATELY = new Set('about nearly almost roughly some only just around over under fewer more'.split(' '))
/** Prepositions that open an adjunct or a modifier between a subject and its verb ("on Thursday", "of Ohio"); not "as", "than", "like". */
const ADJUNCT_PREPOSITIONS = new Set('of in on at for from with during after before since until through over under near within across by'.split(' '))
/** Prepositions that join a person or a record to what places them: "a spokesman for", "a narrator in the ad", "a poll by Gallup". */
const PHRASE_LINKS = new Set(['of', 'for', 'in', 'at', 'from', 'on', 'by'])
/** Whether `link` joins a head to what places it: "a spokesman for", "officials with the agency" ("with" after people only). */
const links = (link: string, head: string): boolean => PHRASE_LINKS.has(link) || (link === 'with' && PEOPLE.has(head))
/** Words that lead into a time phrase after a participle: "released in late August", "taken over the past two weeks". */
const TIME_LEADS = new Set('on in at during over since last this next early late mid the past previous recent earlier few several'.split(' '))

export abstract class PhraseReader extends CueReader {
  /** Extends a noun phrase ending at `j` backwards over names, determiners and modifiers. */
  protected extendBack(j: number): number {
    // A pronoun is a whole noun phrase: "the $18 million he says he raised" is spoken by "he".
    if (this.language.pos(j) === 'PRON') return j
    let i = j
    while (i - 1 >= this.first && j - i < 7) {
      // "about 4 in 10 voters", "two out of three": a share of people is one phrase.
      const share = this.atLeastStart(this.shareStart(i))
      if (share < i) {
        i = share
        continue
      }
      const prev = this.words[i - 1]!
      if (/[,;:()\u2014"\u201C\u201D]|\.\s/u.test(this.gap(i - 1, i))) break
      // "critics of Mayor Ruiz", "a spokesman for Ruiz", "the sign on the door": the noun before the preposition heads the phrase.
      if (links(prev.norm, this.words[i - 2]?.norm ?? '') && i - 2 >= this.first && !this.quoted[i - 2] && /^\s+$/u.test(this.gap(i - 2, i - 1))) {
        const head = this.words[i - 2]!.norm
        if (PEOPLE.has(head) || SOURCE_NOUNS.has(head) || this.language.pos(i - 2) === 'NOUN') {
          i -= 2
          continue
        }
      }
      if (NP_STOP.has(prev.norm) || this.quoted[i - 1] || AUXILIARIES.has(prev.norm) || this.cueAt(i - 1)) break
      // Lower-case past or present participles are verbs here ("… interviewed Sejourne, who …"), unless read as nouns or adjectives ("fundraising documents", "the retired teacher").
      if (/^\p{Ll}/u.test(prev.text) && /(?:ed|ing)$/u.test(prev.norm) && !SOURCE_NOUNS.has(prev.norm) && !/^(?:NOUN|ADJ)$/u.test(this.language.pos(i - 1)))
        break
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
      if (this.adjunctBeforeName(i)) break
      // ("2:45 p.m. Mike Pence says": a live blog's time stamp opens the entry, never the speaker.)
      if (/^[ap]\.m\.?$/u.test(prev.norm)) break
      i--
      if (DEFINITE.has(prev.norm) || prev.norm === 'a' || prev.norm === 'an') {
        // "critics of the plan", "a spokesman for the ministry": the head comes before "of".
        const link = this.words[i - 1]
        if (
          i - 2 >= this.first &&
          link &&
          links(link.norm, this.words[i - 2]!.norm) &&
          /^\s+$/u.test(this.gap(i - 2, i - 1)) &&
          /^\s+$/u.test(this.gap(i - 1, i))
        ) {
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

  /**
   * Whether the name at word `i` opens its phrase after an adjunct with no comma: "In an interview
   * Trump said", "On Monday Trump declared". A noun that is a person or a role stays a title
   * ("for Democratic nominee Hillary Clinton", "actress Jane Fonda").
   */
  private adjunctBeforeName(i: number): boolean {
    if (this.language.pos(i) !== 'PROPN' || !this.isCapitalized(i)) return false
    const prev = this.words[i - 1]!
    if (TIME_NAMES.test(prev.norm) && /^\p{Lu}/u.test(prev.text) && prev.norm !== 'may') return this.openedByPreposition(i - 1)
    if (!/^\p{Ll}/u.test(prev.text) || this.language.pos(i - 1) !== 'NOUN') return false
    if (PEOPLE.has(prev.norm) || SOURCE_NOUNS.has(prev.norm) || isAgentNoun(prev.norm) || ORGANISATIONS.has(prev.norm)) return false
    return this.openedByPreposition(i - 1)
  }

  /** Whether the noun at word `j` ends a phrase that a preposition opens at the start of the clause: "In a Bloomberg interview". */
  private openedByPreposition(j: number): boolean {
    for (let p = j - 1; p >= this.first && j - p <= 4; p--) {
      if (!/^\s+$/u.test(this.gap(p, p + 1))) return false
      const pos = this.language.pos(p)
      if (pos === 'ADP') return ADJUNCT_PREPOSITIONS.has(this.words[p]!.norm) && (p === this.first || /[,;:]/u.test(this.gap(p - 1, p)))
      if (!/^(?:DET|ADJ|NUM|PROPN|NOUN)$/u.test(pos)) return false
    }
    return false
  }

  /** Where a share "[about] 4 in 10" or "two out of three" starts, when word `i` is its last number; else `i`. */
  private shareStart(i: number): number {
    if (this.language.pos(i) !== 'NUM') return i
    let j = i - 1
    if (j - 1 >= this.first && this.words[j]!.norm === 'in') j--
    else if (j - 2 >= this.first && this.words[j]!.norm === 'of' && this.words[j - 1]!.norm === 'out') j -= 2
    else return i
    if (this.language.pos(j) !== 'NUM') return i
    return j - 1 >= this.first && APPROXIMATELY.has(this.words[j - 1]!.norm) ? j - 1 : j
  }

  /** "at least four senators", "at most two": where "at least" or "at most" opens the number at word `i`; else `i`. */
  private atLeastStart(i: number): number {
    if (i - 2 < this.first || this.language.pos(i) !== 'NUM') return i
    return /^(?:least|most)$/u.test(this.words[i - 1]!.norm) && this.words[i - 2]!.norm === 'at' ? i - 2 : i
  }

  /** The noun phrase whose head is word `head`, with a joint speaker before it ("Pelosi and Schumer"). */
  protected phraseEndingAt(head: number): WordRange {
    return {start: this.jointStart(this.extendBack(head)), end: head + 1}
  }

  /** "Pelosi and Schumer said", "Lind, Okafor(,) and Moreau said": names joined by "and" speak together. */
  protected jointStart(start: number): number {
    if (start - 2 < this.first || this.words[start - 1]!.norm !== 'and' || !this.isCapitalized(start)) return start
    const oxford = /^\s*,\s*and\s+$/u.test(this.gap(start - 2, start))
    if (!this.isCapitalized(start - 2) || this.quoted[start - 2] || (/[,;:]/u.test(this.gap(start - 2, start)) && !oxford)) return start
    let joint = this.extendBack(start - 2)
    let listed = false
    // More names before, each after a comma; not an opener ("In Washington, Pelosi and Schumer").
    for (let j = joint - 1; j >= this.first && /^\s*,\s+$/u.test(this.gap(j, joint)) && this.listedName(j); j = joint - 1) {
      joint = this.extendBack(j)
      listed = true
    }
    return oxford && !listed ? start : joint
  }

  /** Word `j` ends a name in a list of names: capitalised, a proper noun, not a time, and not the object of a preposition. */
  private listedName(j: number): boolean {
    if (!this.isCapitalized(j) || this.quoted[j] || this.language.pos(j) !== 'PROPN' || TIME_NAMES.test(this.words[j]!.norm)) return false
    const start = this.extendBack(j)
    return start === this.first || !/^(?:ADP|SCONJ)$/u.test(this.language.pos(start - 1))
  }

  /** Back from word `j` past adverbs, auxiliaries and prepositional phrases ("on Thursday evening", "of Ohio"), in one clause. */
  protected pastAdjuncts(j: number): number {
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

  /**
   * Word `j` is a lower-case past participle after a noun, followed by a day, a time phrase or
   * its agent: "a poll released Wednesday", "a statement released by the campaign".
   */
  protected datedParticiple(j: number): boolean {
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

  /** Word `j` is a past participle right after a noun, which it modifies ("the survey published by …", "the inspector general released …"). */
  protected modifiesNoun(j: number): boolean {
    // (The tagger reads the "general" of "inspector general" as an adjective.)
    return j > this.first && this.pastParticiple(j) && (this.language.isNominal(j - 1) || this.language.pos(j - 1) === 'ADJ')
  }

  /** Word `j` is a lower-case past form: "released", "taken", "drawn", "held" (not "shows", "leading"). */
  private pastParticiple(j: number): boolean {
    const {text, norm} = this.words[j]!
    if (!/^\p{Ll}+$/u.test(text) || this.language.pos(j) !== 'VERB') return false
    return /ed$/u.test(norm) || (this.language.lemma(j) !== norm && !/(?:s|ing)$/u.test(norm))
  }

  /** A phrase that can speak: with a name in it, or headed by a pronoun, a person, an organisation or a record. */
  protected speaksAsPhrase(phrase: WordRange): boolean {
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

  /** A subject that can hold a belief or an intention, or (for evidence) state a finding. */
  protected canHold(subject: WordRange, klass: CueClass): boolean {
    const head = subject.end - 1
    const norm = this.words[head]!.norm
    const pos = this.language.pos(head)
    // ("voters who support Sanders": a "who" stands for people.)
    if (PERSONAL.has(norm) || norm === 'who' || GROUP_PRONOUNS.has(norm) || this.isShareOfPeople(head)) return true
    if (pos === 'PROPN') return true
    // ("Cook declined to say …": a surname the story has used in a full name, whatever the tagger reads.)
    if (head === subject.start && this.isCapitalized(head) && this.storyNames().has(this.words[head]!.text)) return true
    // (People and organisations by their word, whatever the tagger reads: "The union views …".)
    if (PEOPLE.has(norm) || ORGANISATIONS.has(norm)) return true
    if (pos !== 'NOUN') return false
    if (klass === 'evidence' && EVIDENCE.has(norm)) return true
    return (
      SOURCE_NOUNS.has(norm) ||
      SOURCE_NOUNS.has(norm.replace(/s$/u, '')) ||
      VAGUE_SOURCES.has(norm) ||
      // ("environmentalists worry that …", "the economists expect …": a person by what they do.)
      isAgentNoun(norm) ||
      (head > subject.start && this.language.pos(head - 1) === 'PROPN')
    )
  }

  /** A noun phrase that names a record: "the polls", "video of the incident", "documents from his return". */
  protected isRecord(phrase: WordRange): boolean {
    for (let i = phrase.start; i < phrase.end; i++) {
      if (!EVIDENCE.has(this.words[i]!.norm)) continue
      // The record heads its phrase: "the poll workers" are people.
      if (i + 1 >= phrase.end || !/^(?:NOUN|PROPN)$/u.test(this.language.pos(i + 1))) return true
    }
    return false
  }
}
