/**
 * Frames right after a quotation that closes on a comma, a question or an exclamation: any finite verb
 * with its speaker before it (`closingVerb`: `"…," Toomey fumed`) or after it (`invertedVerb`: `"…,"
 * agrees Michelle Stevens`).
 */
import {PEOPLE, PERSONAL_PRONOUNS as PERSONAL} from '../../data/word-classes.js'
import {CUE_FORMS, SOURCE_NOUNS} from '../cues.js'
import type {Attribution} from './types.js'
import {QuestionFrames} from './questions.js'
import {DETERMINERS, TIME_NAMES} from './words.js'

export abstract class AfterQuoteFrames extends QuestionFrames {
  /**
   * `"…," Toomey fumed on Tuesday.` / `"…?" the host shot back.`: right after a quotation that
   * closes on a comma, a question or an exclamation, a name, a pronoun or a person by role and
   * any verb, ending the sentence, say who spoke, whatever the verb.
   */
  protected closingVerb(k: number): Attribution | undefined {
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
  protected invertedVerb(k: number): Attribution | undefined {
    if (this.quoted[k] || k <= this.first || !this.quoted[k - 1] || !/[,?!]\s*(?:["\u201D]|'')\s*$/u.test(this.gap(k - 1, k))) return undefined
    if (!this.finiteAfterQuote(k)) return undefined
    const subject = this.subjectAfter(k + 1)
    if (!subject || !this.namesSpeaker(subject.start, subject.end)) return undefined
    return this.make('speech', subject, {start: k, end: k + 1}, {start: this.first, end: k})
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
   * `the Saudis state in the white paper, which …`, `said a spokesman for the ministry, Oleg
   * Voloshyn, who …`: the tail after a closing cue up to a relative clause set off by a comma.
   */
  protected tailBeforeRelative(from: number): number {
    for (let i = from + 1; i < this.end; i++) if (/,/u.test(this.gap(i - 1, i)) && /^(?:which|who|where|when)$/u.test(this.words[i]!.norm)) return i
    return this.end
  }
}
