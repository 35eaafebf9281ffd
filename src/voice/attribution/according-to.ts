/**
 * Frames of a source named in a phrase, not by a verb: "according to X", "in the words of X", "in X's
 * view" and "in the view of X", and a lead-in naming where a quotation comes from ("More from X:",
 * "From the Post:").
 */
import type {Attribution, WordRange} from './types.js'
import {RecordFrames} from './records.js'

export abstract class SourcePhraseFrames extends RecordFrames {
  protected accordingTo(k: number): Attribution | undefined {
    if (k + 1 >= this.end || this.words[k + 1]!.norm !== 'to') return undefined
    return this.phraseSource({start: k, end: k + 2})
  }

  /**
   * `Mrs. Clinton was, in the words of a senior adviser, "the torchbearer"`: the words after the
   * source's comma are the source's.
   */
  protected inWordsOf(k: number): Attribution | undefined {
    const [the, words, of] = [k + 1, k + 2, k + 3].map((i) => this.words[i]?.norm)
    if (k + 4 >= this.end || this.words[k]!.norm !== 'in' || the !== 'the' || words !== 'words' || of !== 'of') return undefined
    const found = this.phraseSource({start: k, end: k + 4})
    if (found?.source && found.source.end < this.end) found.content = {start: found.source.end, end: this.end}
    return found
  }

  /** `in Bolton's view`, `in the view of many economists`: the holder of the view is the source of the clause. */
  protected inViewOf(k: number): Attribution | undefined {
    if (this.words[k]!.norm !== 'in' || k + 2 >= this.end) return undefined
    const possessive = this.words[k + 1]!
    // "in the view of X"
    if (possessive.norm === 'the' && this.words[k + 2]!.norm === 'view' && this.words[k + 3]?.norm === 'of') return this.phraseSource({start: k, end: k + 4})
    // "in Bolton's view", "in Professor Knittel's view"
    let view = k + 1
    while (view < this.end && view - k <= 4 && !/['\u2019]s?$/u.test(this.words[view]!.text)) view++
    if (view + 1 >= this.end || this.words[view + 1]!.norm !== 'view' || !this.isCapitalized(view)) return undefined
    const source = {start: k + 1, end: view + 1}
    const cue = {start: view + 1, end: view + 2}
    const lead = this.boundaryBefore(k)
    // Opening the sentence, the view covers what follows; closing it, what came before.
    if (k === this.first || (!/,/u.test(lead) && k - this.first <= 3))
      return this.make('according-to', source, cue, view + 2 < this.end ? {start: view + 2, end: this.end} : undefined)
    return this.make('according-to', source, cue, {start: this.first, end: k})
  }

  /** A source phrase after a cue phrase ("according to X, …", "…, according to X"), up to its comma. */
  private phraseSource(cue: WordRange): Attribution | undefined {
    const k = cue.start
    let i = cue.end
    while (i < this.end && i - cue.end < 14 && !/[,;:\u2014]/u.test(this.gap(i - 1, i))) i++
    if (i === cue.end) return undefined
    const source = {start: cue.end, end: i}
    const lead = this.boundaryBefore(k)
    if (k === this.first || (i < this.end && !/[,]/u.test(lead) && this.firstClause(k))) {
      return this.make('according-to', source, cue, i < this.end ? {start: i, end: this.end} : undefined)
    }
    return this.make('according-to', source, cue, k > this.first ? {start: this.first, end: k} : undefined)
  }

  /** Nothing but an adverbial opener stands between the sentence start and word `k`. */
  private firstClause(k: number): boolean {
    return k - this.first <= 3 && /,/u.test(this.boundaryBefore(k))
  }

  /**
   * `More from Blumenthal and Cohen: "…"`, `From the Post: "…"`: a lead-in that names where the
   * quotation after its colon comes from.
   */
  protected moreFrom(k: number): Attribution | undefined {
    if (this.words[k]!.norm !== 'from' || this.quoted[k]) return undefined
    const more = k > this.first && this.words[k - 1]!.norm === 'more'
    if (!more && k !== this.first) return undefined
    let end = k + 1
    while (
      end < this.end &&
      end - k <= 6 &&
      !this.quoted[end] &&
      (this.isCapitalized(end) || /^(?:and|the)$/u.test(this.words[end]!.norm)) &&
      !/:/u.test(this.gap(end - 1, end))
    )
      end++
    const colon = end < this.end ? this.gap(end - 1, end) : this.text.slice(this.words[end - 1]!.end)
    if (end === k + 1 || !this.isCapitalized(end - 1) || !/^\s*:/u.test(colon) || (end < this.end && !this.quoted[end])) return undefined
    return this.make('speech', {start: k + 1, end}, {start: more ? k - 1 : k, end: k + 1}, end < this.end ? {start: end, end: this.end} : undefined)
  }
}
