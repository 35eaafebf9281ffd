/**
 * Frames of records that report figures: `recordShows` ("polls show …", "…, records show.", "a poll
 * showing …"), `recordHolds` ("the poll has Clinton at 46 percent", "put his support at 5 percent"),
 * `inRecord` ("… in the latest CNN/ORC poll") and `inRecordLead` ("In its report, the agency …").
 */
import {POSSESSIVE_DETERMINERS} from '../../data/word-classes.js'
import type {Attribution} from './types.js'
import {ObjectReader} from './objects.js'
import {EVIDENCE} from './words.js'

/** Prepositions whose phrase belongs to a record's name: "results of exit polls", "records from the 2008 cycle". */
const RECORD_OF = new Set(['of', 'from', 'on', 'for'])
/** Words that open a clause before a record's phrase: "as polls show", "where polls show", "and polls show". */
const CLAUSE_LINKS = new Set('as where when while because since although though if and but despite'.split(' '))
/** The forms of "show" a record shows by: "polls show", "the returns showed", "a poll showing". */
const SHOW_FORMS = new Set('show shows showed showing'.split(' '))
/** Records whose figures a phrase with "in" credits: "in the latest poll", "in the RealClearPolitics average". */
const RECORD_HEADS = new Set('poll survey average census tally count'.split(' '))
/** Verbs by which a record holds a figure: "the poll has Clinton at 46 percent", "put his support at 5 percent". */
const ESTIMATE_VERBS = new Set('puts put places placed pegs pegged'.split(' '))
const RECORD_VERBS = new Set(['has', 'had', 'have', 'gives', 'gave', ...ESTIMATE_VERBS])

export abstract class RecordFrames extends ObjectReader {
  /**
   * A record that shows something, however long its subject phrase: `Early results of exit polls
   * conducted by Edison Research show …`, `Polls show as many as 30 percent …`, `…, records
   * compiled by the center show.`, `a new poll showing his standing down to 14 percent`. The
   * source is the phrase from the start of the clause through the record noun and its "of" phrase.
   */
  protected recordShows(k: number): Attribution | undefined {
    const norm = this.words[k]!.norm
    if (!SHOW_FORMS.has(norm) || k === this.first || /^(?:up|off)$/u.test(this.words[k + 1]?.norm ?? '')) return undefined
    // The clause before the cue: back to a comma, a semicolon, a bracket or "that".
    let start = k
    while (start > this.first && k - start < 16 && !/[,;:()—]/u.test(this.gap(start - 1, start)) && this.words[start - 1]!.norm !== 'that') start--
    const head = this.recordHeadIn(start, k)
    if (head < 0) return undefined
    // "The commissioner says an internal review shows …", "The campaign responded as polls show …": a clause of its own before the record's phrase.
    for (let i = head - 1; i >= start; i--) {
      const pos = this.language.pos(i)
      if (pos === 'AUX' || pos === 'SCONJ' || CLAUSE_LINKS.has(this.words[i]!.norm) || (pos === 'VERB' && !/(?:ed|en|wn|ing)$/u.test(this.words[i]!.norm))) {
        start = i + 1
        break
      }
    }
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
      // (Right before the cue, "where polls show": a record whatever the tagger reads.)
      const record = (EVIDENCE.has(norm) || norm === 'polling') && (pos !== 'VERB' || i + 1 === to)
      const polling = norm === 'polling' && i > from && /^(?:ADJ|NOUN|PROPN)$/u.test(this.language.pos(i - 1))
      if (!record && !polling) continue
      // The record heads its phrase: "the poll workers" and "polling places" are no records.
      if (i + 1 >= to || !/^\s+$/u.test(this.gap(i, i + 1)) || !/^(?:NOUN|PROPN)$/u.test(this.language.pos(i + 1))) return i
    }
    return -1
  }

  /**
   * `Wednesday's Quinnipiac poll has Clinton leading by six points (46 percent …)`, `A Field Poll
   * put his support at 5 percent`: a record that has or puts someone at a figure reports it.
   */
  protected recordHolds(k: number): Attribution | undefined {
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

  /**
   * `In the latest Post-ABC poll, Clinton led by 5 points.` / `In its report, the agency …`: a
   * sentence that opens with a record it reads from (a poll, a survey, a report, a filing).
   */
  protected inRecordLead(): Attribution | undefined {
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
  protected inRecord(k: number): Attribution | undefined {
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
}
