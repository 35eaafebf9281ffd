/**
 * Frames of a source named in a phrase, not by a verb: "according to X", "in the words of X", "in X's
 * view", "in his eyes", "in the view of X" and "by her own admission", and a lead-in naming where a
 * quotation comes from ("More from X:", "From the Post:").
 */
import {BE_FORMS, POSSESSIVE_DETERMINERS} from '../../data/word-classes.js'
import type {Attribution, WordRange} from './types.js'
import {RecordFrames} from './records.js'

/** Nouns of a view held, after "in": in X's view, in his eyes, in the opinion of X. */
const VIEW_NOUNS = new Set('view eyes opinion estimation judgment judgement mind'.split(' '))
/** View nouns with a literal sense too ("tears in his eyes"). */
const BODILY = new Set(['eyes', 'mind'])
/** Nouns of an account given, after "by": by her own admission, by Ruiz's account. */
const ACCOUNT_NOUNS = new Set('account accounts admission telling reckoning estimate count recollection'.split(' '))

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

  /**
   * A view held or an account given, named in a phrase: `in Bolton's view`, `in his eyes`, `in the
   * opinion of many economists`, `by her own admission`, `by Ruiz's account`. The holder is the
   * source of the clause (before the phrase, or after it when the phrase opens the sentence).
   */
  protected inViewOf(k: number): Attribution | undefined {
    const lead = this.words[k]!.norm
    const nouns = lead === 'in' ? VIEW_NOUNS : lead === 'by' ? ACCOUNT_NOUNS : undefined
    if (!nouns || k + 2 >= this.end) return undefined
    const next = this.words[k + 1]!
    // "in the view of X", "in the eyes of X"
    if (lead === 'in' && next.norm === 'the' && nouns.has(this.words[k + 2]!.norm) && this.words[k + 3]?.norm === 'of')
      return BODILY.has(this.words[k + 2]!.norm) && k !== this.first ? undefined : this.phraseSource({start: k, end: k + 4})
    // "in Bolton's view", "in Professor Knittel's view", "in his eyes", "by her own admission"
    let owner = k + 1
    if (!POSSESSIVE_DETERMINERS.has(next.norm)) {
      while (owner < this.end && owner - k <= 4 && !/['\u2019]s?$/u.test(this.words[owner]!.text)) owner++
      if (owner >= this.end || !this.isCapitalized(owner)) return undefined
    }
    const noun = this.words[owner + 1]?.norm === 'own' ? owner + 2 : owner + 1
    if (noun >= this.end || !nouns.has(this.words[noun]!.norm)) return undefined
    // "tears in his eyes", "in his mind the war was lost": the literal senses. The view is one
    // opening the sentence before a comma, or closing a clause that says what someone is.
    if (BODILY.has(this.words[noun]!.norm)) {
      const opening = k === this.first && noun + 1 < this.end && /,/u.test(this.gap(noun, noun + 1))
      const closing = noun + 1 === this.end && this.someWordWithin(this.first, k - this.first, (w) => BE_FORMS.has(w.norm))
      if (!opening && !closing) return undefined
    }
    // "paid by his account": an agent, unless the phrase is set off or says "own".
    const own = noun === owner + 2
    const setOff = k === this.first || /,/u.test(this.boundaryBefore(k)) || (noun + 1 < this.end && /,/u.test(this.gap(noun, noun + 1)))
    if (lead === 'by' && !own && !setOff) return undefined
    // "who leads the party in his view, he said": a pronoun's view inside a clause is no aside; only
    // one opening the sentence, set off by a comma before it, closing the sentence, or "by her own …".
    const pronoun = POSSESSIVE_DETERMINERS.has(next.norm)
    if (pronoun && !own && k !== this.first && !/,/u.test(this.boundaryBefore(k)) && noun + 1 < this.end) return undefined
    const source = {start: k + 1, end: owner + 1}
    const cue = {start: owner + 1, end: noun + 1}
    const before = this.boundaryBefore(k)
    // Opening the sentence, the view covers what follows; closing it, what came before.
    if (k === this.first || (!/,/u.test(before) && k - this.first <= 3))
      return this.make('according-to', source, cue, noun + 1 < this.end ? {start: noun + 1, end: this.end} : undefined)
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
