/**
 * Stances: a belief, an intention or a finding with a clause or an infinitive after the verb
 * ("believes the plan will fail", "wants voters to back it", "the audit found that …"), and a side
 * taken with its object ("endorsed Trump", a `position`).
 */
import {POSITION_LEMMAS, type CueClass} from '../cues.js'
import type {Attribution, WordRange} from './types.js'
import {ParticipleFrames} from './participles.js'
import {PERSONAL_OBJECTS, WH_CLAUSE} from './words.js'

export abstract class StanceFrames extends ParticipleFrames {
  /**
   * Beliefs, intentions and evidence ("She believes the plan will fail", "He wants to run",
   * "The audit found that …"): a person, a group or a document as subject, and a clause or an
   * infinitive after the verb; a verb of taking a side, its object ("endorsed Trump", a
   * `position`). Anything else ("know him", "want a car") is not attribution.
   */
  protected stance(klass: CueClass, k: number, cue: WordRange): Attribution | undefined {
    const subject = this.holderBefore(k, klass)
    if (!subject) return undefined
    const next = this.skipAdverbs(cue.end)
    if (next >= this.end) return undefined
    const word = this.words[next]!
    if (klass === 'intention' || klass === 'position') {
      // "wants to run", or with its own subject first: "wants voters to back the plan".
      const to = klass === 'position' ? undefined : this.infinitiveAt(next) ? next : this.objectThenInfinitive(next)
      if (to !== undefined || (klass === 'intention' && this.objectThenParticiple(next)))
        return this.make('speech', subject, cue, {start: next, end: this.clauseEnd(next)})
      // "endorsed Trump", "support a temporary ban": the side taken, a noun phrase or a gerund.
      const object = POSITION_LEMMAS.has(this.language.lemma(k)) ? this.positionObject(next) : undefined
      return object ? this.make('position', subject, cue, object) : undefined
    }
    // "Officials expect it to raise rates", "believe him to be honest": a belief about someone, then an infinitive.
    if (klass === 'belief' && this.objectThenInfinitive(next) !== undefined) return this.make('speech', subject, cue, {start: next, end: this.clauseEnd(next)})
    if (word.norm === 'that' && !this.quoted[next]) return this.make('speech', subject, cue, {start: next + 1, end: this.end})
    // "considers Clinton honest", "considers him a racist": what the object is held to be.
    if (this.language.lemma(k) === 'consider' && this.namesObject(next)) return this.make('speech', subject, cue, {start: next, end: this.clauseEnd(next)})
    // "agreed with Ivana Trump that …": the one agreed with, then the clause.
    const that = word.norm === 'with' ? this.thatAfterPartner(next + 1) : undefined
    if (that !== undefined) return this.make('speech', subject, cue, {start: that + 1, end: this.end})
    if (WH_CLAUSE.has(word.norm)) return this.make('speech', subject, cue, {start: next, end: this.end})
    return this.clauseAt(next) ? this.make('speech', subject, cue, {start: next, end: this.end}) : undefined
  }

  /** After "with", a short noun phrase and then "that": the index of "that" ("with Ivana Trump that", "with critics that"). */
  private thatAfterPartner(i: number): number | undefined {
    for (let j = i; j < Math.min(this.end, i + 6); j++) {
      // ("agreed with the union that represents them": a relative clause, its verb right after "that".)
      if (this.words[j]!.norm === 'that' && j > i && !this.quoted[j])
        return j + 1 < this.end && /^(?:VERB|AUX)$/u.test(this.language.pos(j + 1)) ? undefined : j
      if (!/^(?:DET|ADJ|NOUN|PROPN|PRON)$/u.test(this.language.pos(j)) || !/^\s+$/u.test(this.gap(j - 1, j))) return undefined
    }
    return undefined
  }

  /** A short object (a pronoun, a name or a noun phrase) from word `i`, then an infinitive: the index of its "to". */
  private objectThenInfinitive(i: number): number | undefined {
    const pos = this.language.pos(i)
    if (pos === 'PRON') return PERSONAL_OBJECTS.has(this.words[i]!.norm) && this.infinitiveAt(i + 1) ? i + 1 : undefined
    let j = i
    while (
      j < this.end &&
      j - i < 4 &&
      !this.quoted[j] &&
      /^(?:DET|ADJ|NOUN|PROPN)$/u.test(this.language.pos(j)) &&
      (j === i || /^\s+$/u.test(this.gap(j - 1, j)))
    )
      j++
    return j > i && this.language.pos(j - 1) !== 'DET' && this.language.pos(j - 1) !== 'ADJ' && this.infinitiveAt(j) ? j : undefined
  }

  /** A short noun phrase from word `i` and a past participle after it: "wants the plan scrapped", "want him gone". */
  private objectThenParticiple(i: number): boolean {
    let j = i
    if (this.language.pos(j) === 'PRON' && PERSONAL_OBJECTS.has(this.words[j]!.norm)) j++
    else while (j < this.end && j - i < 4 && /^(?:DET|ADJ|NOUN|PROPN)$/u.test(this.language.pos(j)) && (j === i || /^\s+$/u.test(this.gap(j - 1, j)))) j++
    if (j === i || j >= this.end || this.quoted[j] || !/^\s+$/u.test(this.gap(j - 1, j))) return false
    const word = this.words[j]!.norm
    // A past form, regular or not ("scrapped", "built", "gone"), ending its phrase.
    const past = this.language.pos(j) === 'VERB' && !/(?:ing|s)$/u.test(word) && this.language.lemma(j) !== word
    return past && (j + 1 === this.end || /^(?:ADP|PUNCT|CCONJ|ADV)$/u.test(this.language.pos(j + 1)))
  }
}
