/**
 * Who stands before or after a cue: `subjectBefore` (with appositions, relative clauses, coordinated
 * verbs and unnamed sources "familiar with the matter"), `sourcePastModifiers` and
 * `subjectAcrossAdjuncts` (a subject set off from its verb by modifiers, adjuncts or an aside),
 * `subjectAfter` (an inverted speaker: "…, said Jane Doe"), `mainSubject` (the main clause's subject,
 * for a participle), `infinitiveSubject` ("was quick to say") and `issuerOfUtterance` ("released a
 * statement saying …").
 */
import {BE_FORMS, isAgentNoun, ORGANISATIONS, PEOPLE, PERSONAL_PRONOUNS as PERSONAL} from '../../data/word-classes.js'
import {isSpeakerWord, subjectOf} from '../../language/clause.js'
import {AUXILIARIES, PRONOUNS, SOURCE_NOUNS, VAGUE_SOURCES, type CueClass} from '../cues.js'
import type {WordRange} from './types.js'
import {PhraseReader} from './phrases.js'
import {DETERMINERS, EVIDENCE, GROUP_PRONOUNS, NAMING, NP_STOP, OBJECT_PREPOSITIONS, QUOTE_CHARS, TIME_NAMES, UNAMBIGUOUS, UTTERANCES} from './words.js'

/** Words that may follow an inverted speaker: "said the ministry on Monday", "said Lind, who …". */
const ADJUNCTS = new Set('on in at during after before yesterday today tonight late early last this who when as while adding according to from of'.split(' '))
/** "found", "showed": only documents, evidence and people make these attribution cues. */
const EVIDENCE_VERBS = new Set('found find finds show shows showed shown'.split(' '))
/** Descriptions of unnamed sources: "familiar with", "close to", "involved in", "briefed on". */
const KNOWLEDGE_LINKS = new Map([
  ['familiar', 'with'],
  ['close', 'to'],
  ['involved', 'in'],
  ['briefed', 'on'],
  ['knowledge', 'of']
])
/** Participles of being minded to do something, which leave the infinitive to their subject: "were inclined to explain". */
const DISPOSED = new Set('inclined prepared determined disposed poised resolved'.split(' '))
/** Verbs whose infinitive shares their subject and happens: "hastened to add", "rushed to deny" (not "declined to say"). */
const INFINITIVE_GOVERNORS = new Set('hasten rush move begin start continue try seem appear repeat'.split(' '))
/** A state or a country abbreviated after a home town: "Md.", "Va.", "N.C.", "Calif.", "D.C.". */
const STATE_ABBREVIATION = /^(?:\p{Lu}\p{Ll}{1,4}\.|(?:\p{Lu}\.){2})$/u

/** Pronouns that open a restrictive relative clause: "officials who spoke with the Post". */
const RELATIVES = new Set(['who', 'that'])

export abstract class SubjectReader extends PhraseReader {
  protected subjectBefore(k: number): WordRange | undefined {
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
    if (this.quoted[j]) return undefined
    // "Asante, who led the trial, said": the source is the noun phrase before ", who" (whatever
    // ends the aside: "Schiff, who has served for a decade, told").
    if (/,/u.test(between)) return this.appositive(j, UNAMBIGUOUS.has(this.words[k]!.norm))
    if (TIME_NAMES.test(head.norm) && !this.surnameLike(j)) return undefined
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
        (isAgentNoun(head.norm) && this.language.pos(j) === 'NOUN') ||
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
      return NAMING.has(this.language.lemma(k)) ? undefined : (this.beforeRelative(start) ?? this.beforeReducedRelative(start, j))
    // "People who attended the meeting said": the object of a relative clause's verb is not the subject.
    if (start - 2 >= this.first && this.language.pos(start - 1) === 'VERB' && RELATIVES.has(this.words[start - 2]!.norm)) return this.beforeRelative(start)
    // "The survey published by the ministry found …": the agent of a participle is not the subject.
    const p = start - 2
    if (p > this.first && this.words[start - 1]!.norm === 'by' && this.modifiesNoun(p) && /^\s+$/u.test(this.gap(p - 1, p)))
      return {start: this.extendBack(p - 1), end: p}
    return {start: this.jointStart(this.withKnowledge(start)), end: j + 1}
  }

  /**
   * The subject before the verb at `k`, or else the noun phrase right before it ("Clinton allies
   * believe", "questioners ranged"), for frames whose caller checks that it can speak or hold a view.
   */
  protected subjectOrPhraseBefore(k: number): WordRange | undefined {
    return this.subjectBefore(k) ?? (this.language.isNominal(k - 1) ? this.phraseEndingAt(k - 1) : undefined)
  }

  /** `X, a former teacher, said` / `the minister, who …, said`: the phrase before the comma. */
  private appositive(j: number, speechVerb: boolean): WordRange | undefined {
    let i = j
    while (i > this.first && !/[,;:]/u.test(this.gap(i - 1, i))) i--
    if (i <= this.first) return undefined
    let before = i - 1
    // "Rep. Zoe Lofgren (D-Calif.), who introduced …, said": the name before its bracketed tag.
    const open = this.skipBracketBack(before + 1)
    if (open <= before && open - 1 >= this.first) before = open - 1
    // "Woodrow Benford, 58, who lives …, says", "Jane Doe, 59, of Ashton, Md., who …, said": an age and
    // a home town set off by commas stand after the name.
    for (let step = 0; step < 4; step++) {
      let chunk = before
      while (chunk > this.first && !/[,;:]/u.test(this.gap(chunk - 1, chunk))) chunk--
      if (chunk <= this.first || !/^\s*,\s*$/u.test(this.gap(chunk - 1, chunk))) break
      const age = chunk === before && this.language.pos(before) === 'NUM'
      const home = /^(?:of|from)$/u.test(this.words[chunk]!.norm) && this.isCapitalized(before)
      // (The full stop may be the word's or stand after it.)
      const written = this.text.slice(this.words[chunk]!.start, this.words[before]!.end).replace(/\s+/gu, '')
      const state = chunk >= before - 1 && STATE_ABBREVIATION.test(this.text[this.words[before]!.end] === '.' ? `${written}.` : written)
      if (!age && !home && !state) break
      before = chunk - 1
    }
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
    let head = j - 1
    // "Sen. Claire McCaskill (D-Mo.), who …": the name before its bracketed tag.
    const open = this.skipBracketBack(j)
    if (open < j && open - 1 >= this.first) head = open - 1
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

  /**
   * "People briefed on the move said", "officials speaking on condition of anonymity said": a noun
   * that can speak, a participle and its prepositional phrase ending at `j`; the whole phrase is the source.
   */
  private beforeReducedRelative(start: number, j: number): WordRange | undefined {
    const p = start - 2
    // ("A survey published by the ministry found": the agent's phrase is another frame's.)
    if (this.words[start - 1]!.norm === 'by') return undefined
    const participle =
      this.modifiesNoun(p) || (p > this.first && /ing$/u.test(this.words[p]!.norm) && this.language.pos(p) === 'VERB' && this.language.isNominal(p - 1))
    if (!participle || !/^\s+$/u.test(this.gap(p - 1, p)) || this.quoted[p - 1]) return undefined
    const head = this.words[p - 1]!.norm
    const speaks = PEOPLE.has(head) || SOURCE_NOUNS.has(head) || VAGUE_SOURCES.has(head) || isAgentNoun(head) || this.language.pos(p - 1) === 'PROPN'
    return speaks ? {start: this.extendBack(p - 1), end: j + 1} : undefined
  }

  /** "Ruiz smiled and said …": the subject of the verb before "and", if it is someone who can speak. */
  private coordinatedSubject(k: number): WordRange | undefined {
    let head = subjectOf(this.prose, this.language, k)
    // "Rep. Jason Chaffetz (R-Utah) leaned over and asked": the name before its bracketed tag.
    const open = head >= this.first && head + 1 < this.end ? this.skipBracketBack(head + 1) : head + 1
    if (open <= head) head = open - 1
    if (head < this.first || this.quoted[head] || !isSpeakerWord(this.prose, this.language, head)) return undefined
    // "Ivanka Trump, a senior adviser, lauded … and said": the head of an apposition is not the subject.
    if (head + 1 < this.end && /,/u.test(this.gap(head, head + 1))) return undefined
    return {start: this.extendBack(head), end: head + 1}
  }

  /** "people familiar with the matter", "sources close to the talks": the whole description. */
  private withKnowledge(start: number): number {
    if (start - 2 < this.first) return start
    const link = this.words[start - 1]!.norm
    const adjective = this.words[start - 2]!.norm
    if (KNOWLEDGE_LINKS.get(adjective) !== link || /[,;:]/u.test(this.gap(start - 2, start))) return start
    return start - 3 >= this.first ? this.extendBack(start - 3) : start - 2
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

  /** Before a bracketed group that closes right before word `k`: the word before it opened. */
  private skipBracketBack(k: number): number {
    if (k <= this.first || !/\)/u.test(this.gap(k - 1, k))) return k
    for (let j = k - 1; j > Math.max(this.first, k - 6); j--) if (/\(/u.test(this.gap(j - 1, j))) return j
    return k
  }

  /**
   * A record or a speaker set off from its verb by what modifies it: "a report released last
   * year found", "an arbitration panel in 2001 found", "an analysis released by the department
   * last month reveals". Only a word that names a record or someone who speaks heads it.
   */
  /**
   * The holder of a view or an intention before word `k`: the subject, or else a person or body
   * past its modifiers ("Democratic voters in all five states see …", where "states" ends the phrase).
   */
  protected holderBefore(k: number, klass: CueClass): WordRange | undefined {
    const subject = this.subjectBefore(k)
    if (subject && this.canHold(subject, klass)) return subject
    const past = this.sourcePastModifiers(k)
    return past && this.canHold(past, klass) ? past : undefined
  }

  protected sourcePastModifiers(k: number): WordRange | undefined {
    const j = this.pastAdjuncts(k - 1)
    if (j >= k - 1 || j < this.first || this.quoted[j] || !/^\s+$/u.test(this.gap(j, j + 1))) return undefined
    const norm = this.words[j]!.norm
    const record = EVIDENCE.has(norm) || SOURCE_NOUNS.has(norm) || SOURCE_NOUNS.has(norm.replace(/s$/u, ''))
    // (A capital opening the sentence names no one by itself: "Sales in the last year showed …"; "Voters in Ohio" and "Majorities in …" do.)
    const opening = j === this.first && !PEOPLE.has(norm) && !ORGANISATIONS.has(norm) && !isAgentNoun(norm) && !this.isShareOfPeople(j)
    if (!record && (opening || !isSpeakerWord(this.prose, this.language, j))) return undefined
    return {start: this.extendBack(j), end: j + 1}
  }

  /**
   * The subject of a verb that always reports speech, set off from it by adverbs, adjuncts and
   * one aside between commas: "Ruiz however said", "Tom Baker on Thursday evening said", "Ana
   * Ruiz of Ohio, the No. 2 Democrat in the Senate, said", "Mr. Baker, citing "…," said". No
   * verb of another clause may stand between, and the word reached must name someone (before a
   * colon, `anyNoun`: any noun, "The first of the beliefs, now reads:").
   */
  protected subjectAcrossAdjuncts(k: number, anyNoun = false): WordRange | undefined {
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

  /** The speaker after an inverted cue: `…, said Jane Doe, a nurse.` / `…, said the ministry on Monday.` */
  protected subjectAfter(from: number): WordRange | undefined {
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
    // (A capital is part of the name, whatever the tagger reads: "said Mr. Burr".)
    while (head - 1 > from && /^(?:VERB|ADJ)$/u.test(this.language.pos(head - 1)) && !this.isCapitalized(head - 1)) head--
    return {start: from, end: head}
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

  /** The subject of the sentence's main clause before word `k`: its first name, pronoun or noun phrase outside quotations. */
  protected mainSubject(k: number): WordRange | undefined {
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
        // ("Mr. Hedge said": after an abbreviated title a capital goes on with the name, whatever the tagger reads.)
        const titled = (at: number) => this.isCapitalized(at) && /^\p{Lu}\p{Ll}{0,3}\.$/u.test(this.words[at - 1]!.text)
        while (end < k && (this.language.pos(end) === 'PROPN' || titled(end)) && /^\s+$/u.test(this.gap(end - 1, end))) end++
        const subject = {start: this.extendBack(i), end}
        const next = end < k ? this.language.pos(end) : 'X'
        // A subject is followed by its verb (or an auxiliary, an adverb or an apposition).
        if (next === 'VERB' || next === 'AUX' || next === 'ADV' || next === 'CCONJ' || /[,(]/u.test(end < k ? this.gap(end - 1, end) : '')) return subject
      }
    }
    return undefined
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

  /**
   * The subject of a cue in the infinitive, taken from the verb or adjective that governs it:
   * "officials were quick to say", "Ruiz was careful to note", "she went on to say", "he
   * hastened to add". Not "the plan to say" or "in order to say".
   */
  protected infinitiveSubject(k: number): WordRange | undefined {
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
   * "The DNC issued a statement apologizing to Sanders", "The town released a statement Wednesday
   * saying …", "He sent a memo to the Post in April explaining his plan": a participle of saying
   * after an utterance that is the object of a verb speaks for that verb's subject, the issuer.
   */
  protected issuerOfUtterance(k: number): WordRange | undefined {
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
}
