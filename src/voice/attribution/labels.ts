/**
 * Frames of a speaker or a record named at a colon, the colon being the cue: headlines (`Poll: …`,
 * `Opposition: minister lied …`, `Claim … : French FM`), transcript or interview turns (`JAKE
 * TAPPER: …`, `Q: …`), and a clause that introduces a quotation (`Voters were blunt: "…"`).
 */
import {ORGANISATIONS, PEOPLE} from '../../data/word-classes.js'
import {isClause} from '../../language/clause.js'
import {SOURCE_NOUNS} from '../cues.js'
import type {Attribution, WordRange} from './types.js'
import {SpeechFrames} from './speech.js'
import {DETERMINERS, EVIDENCE} from './words.js'

/** Kickers before a colon that are not speakers: "Analysis: …", "Read more: …". */
const HEADLINE_LABELS = new Set(
  'read analysis opinion exclusive breaking live latest update updated explainer factbox editorial comment watch video photos timeline correction review interview'.split(
    ' '
  )
)

export abstract class LabelFrames extends SpeechFrames {
  /** Headline style: `Claim … : French FM` (a short speaker after the last colon). */
  protected headlineColon(): Attribution | undefined {
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
  protected headlineLead(): Attribution | undefined {
    if (!this.heading) return undefined
    for (let i = this.first + 1; i < this.end && i - this.first <= 4; i++) {
      if (!/:/u.test(this.gap(i - 1, i))) continue
      // ("The Latest:": a kicker's head word, after its article.)
      const kicker = HEADLINE_LABELS.has(this.words[this.first]!.norm) || HEADLINE_LABELS.has(this.words[i - 1]!.norm)
      if (!this.isCapitalized(this.first) || kicker || !this.canLabel({start: this.first, end: i})) return undefined
      return this.withColon(this.make('headline', {start: this.first, end: i}, {start: i, end: i}, {start: i, end: this.end}), i)
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

  /**
   * A transcript or interview turn: a paragraph that opens with the speaker's name and a colon
   * (`JAKE TAPPER: …`, `Luciana Lopez: …`, `Q: …`). The name is in capitals, or a full name of two
   * or three words; "Note:" or "Update:" are not speakers.
   */
  protected speakerLabel(): Attribution | undefined {
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
   * `Obama's first five questioners ranged from skeptical to hostile: "Is it time …?"`, `He had
   * one message for voters: "Get out and vote."`: a clause with no cue of its own whose subject
   * can speak, ending in a colon right before the sentence's first quotation, introduces that
   * quotation as the subject's (the colon is the cue).
   */
  protected colonQuote(): Attribution | undefined {
    // (The text first: only a sentence with a colon before an opening mark is worth tagging.)
    if (this.heading || !/:\s*(?:["\u201C]|``)/u.test(this.text.slice(this.sentence.start, this.sentence.end))) return undefined
    let verb = -1
    for (let i = this.first + 1; i < this.end; i++) {
      if (!this.quoted[i]) {
        if (verb < 0 && /^(?:VERB|AUX)$/u.test(this.language.pos(i))) verb = i
        continue
      }
      if (verb < 0 || !/:\s*(?:["\u201C]|``)\s*$/u.test(this.gap(i - 1, i))) return undefined
      // ("Obama's first five questioners ranged …": a noun phrase of people right before the verb.)
      const subject = this.subjectOrPhraseBefore(verb)
      if (!subject || subject.end > verb || !this.speaksAsPhrase(subject)) return undefined
      return this.withColon(this.make('speech', subject, {start: i, end: i}, {start: i, end: this.end}), i)
    }
    return undefined
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
}
