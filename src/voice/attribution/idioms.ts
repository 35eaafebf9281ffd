/**
 * Idioms of attribution whose verb reports nothing on its own: `asPutIt` ("As Vulture put it,
 * "…"", "…, as one voter put it.") and `madeClear` ("made clear that …", "made it clear Monday
 * that …"). The cue is the whole idiom; the speaker is its subject.
 */
import type {Attribution} from './types.js'
import {UtteranceFrames} from './utterances.js'

/** Forms of "make" before "clear": "made it clear", "makes clear". */
const MAKE_FORMS = new Set(['make', 'makes', 'made', 'making'])

export abstract class IdiomFrames extends UtteranceFrames {
  /**
   * "As Vulture put it, "Hello, it's the Biebs."" / "…, as one voter put it.": "as", a speaker and
   * "put it"; what was put is the rest of the sentence after the comma, or the sentence before it.
   */
  protected asPutIt(k: number): Attribution | undefined {
    if (this.words[k]!.norm !== 'put' || this.words[k + 1]?.norm !== 'it' || k + 1 >= this.end || k - 2 < this.first) return undefined
    let as = k - 1
    while (as > this.first && k - as <= 6 && this.words[as]!.norm !== 'as') as--
    if (this.words[as]!.norm !== 'as' || as + 1 >= k) return undefined
    const subject = {start: as + 1, end: k}
    if (!this.speaksAsPhrase(subject) || this.finiteVerbBetween(subject.start, subject.end)) return undefined
    const cue = {start: k, end: k + 2}
    // Opening the sentence: what follows its comma (or colon); closing it: what came before "as".
    if (as === this.first)
      return k + 2 < this.end ? this.make('speech', subject, cue, {start: k + 2, end: this.end}) : this.make('speech', subject, cue, undefined)
    return /,\s*$/u.test(this.gap(as - 1, as)) ? this.make('speech', subject, cue, {start: this.first, end: as}) : undefined
  }

  /** "Trump made clear that he felt they should drop out", "officials made it clear Monday that …". */
  protected madeClear(k: number): Attribution | undefined {
    if (!MAKE_FORMS.has(this.words[k]!.norm)) return undefined
    const clear = this.words[k + 1]?.norm === 'it' ? k + 2 : k + 1
    if (clear >= this.end || this.words[clear]!.norm !== 'clear') return undefined
    let that = clear + 1
    // A short adjunct may come first: "made clear Monday that", "made it clear in a statement that".
    while (that < this.end && that - clear <= 5 && this.words[that]!.norm !== 'that' && !/[,;:]/u.test(this.gap(that - 1, that))) that++
    const clause = that < this.end && this.words[that]!.norm === 'that' ? that + 1 : this.clauseAt(clear + 1) ? clear + 1 : -1
    if (clause < 0 || clause >= this.end) return undefined
    const subject = this.subjectBefore(k)
    if (!subject || !this.speaksAsPhrase(subject)) return undefined
    return this.make('speech', subject, {start: k, end: clear + 1}, {start: clause, end: this.end})
  }
}
