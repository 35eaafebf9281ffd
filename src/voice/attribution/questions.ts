/**
 * Frames of questions: one put by someone the sentence names after "by" or not at all (`questionPut`:
 * "when asked whether …", "was asked, "…""), and a sentence that opens with one (`askedLead`: "Asked
 * whether she would run, Ruiz said …"), credited to the main clause's subject or to those polled.
 */
import {BE_FORMS, PEOPLE, PERSONAL_PRONOUNS as PERSONAL} from '../../data/word-classes.js'
import {SOURCE_NOUNS} from '../cues.js'
import type {Attribution, WordRange} from './types.js'
import {ViewFrames} from './views.js'
import {DETERMINERS, WH_CLAUSE} from './words.js'

/** Words before "asked" that leave the asker unnamed: "when asked whether", "if asked about". */
const ASKED_LEADS = new Set('when if after before once as unless until while'.split(' '))

export abstract class QuestionFrames extends ViewFrames {
  /**
   * A question put by someone the sentence does not name: "said no when asked whether she would
   * run", "Trump was asked, "…"", "was asked about the plan". The question is credited
   * to no one (the annotated corpora count it so); its speaker is the interviewer.
   */
  protected questionPut(k: number): Attribution | undefined {
    // An opening "Asked whether …," or "When asked …," is the main subject's (see openingParticiple and speech).
    if (this.words[k]!.norm !== 'asked' || k - 1 <= this.first) return undefined
    const before = this.words[k - 1]!.norm
    const passive = BE_FORMS.has(before)
    if (!ASKED_LEADS.has(before) && !passive) return undefined
    // ("asked how …": "how" and "when" open the question, adverbs as the tagger may read them.)
    const next = WH_CLAUSE.has(this.words[k + 1]?.norm ?? '') ? k + 1 : this.skipAdverbs(k + 1)
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
   * `Asked whether she would run, Ruiz said …` / `When asked about the vote, he …`: a sentence
   * that opens with "asked" puts a question to the subject of its main clause; the question
   * runs to the comma.
   */
  protected askedLead(): Attribution | undefined {
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
}
