/**
 * Cues that hang on another clause: a participle ("…, saying …", "a statement announcing that …",
 * "After saying …, she left") speaks for the attribution before it or for the sentence's subject, and
 * a second cue coordinated with the one before shares its speaker ("denied the report and added that
 * …"); both end the earlier attribution's content where they start.
 */
import {AUXILIARIES, PARTICIPLE_LEADS, PRONOUNS} from '../cues.js'
import type {Attribution, WordRange} from './types.js'
import {AfterQuoteFrames} from './after-quote.js'
import {UTTERANCES} from './words.js'

export abstract class ParticipleFrames extends AfterQuoteFrames {
  /** "…, saying …", "before asking her, …": a participle after a comma or a time conjunction. */
  protected isParticiple(k: number): boolean {
    if (k <= this.first || !this.words[k]!.norm.endsWith('ing') || (this.language.pos(k) !== 'VERB' && !this.participleByPlace(k))) return false
    return /,/u.test(this.gap(k - 1, k)) || PARTICIPLE_LEADS.has(this.words[k - 1]!.norm) || this.utteranceSays(k) || this.afterCommaAndAdverb(k)
  }

  /** ", also saying …", ", even suggesting …": one adverb between the comma and the participle. */
  private afterCommaAndAdverb(k: number): boolean {
    return k - 1 > this.first && this.language.pos(k - 1) === 'ADV' && /,/u.test(this.gap(k - 2, k - 1)) && /^\s+$/u.test(this.gap(k - 1, k))
  }

  /** "a news conference announcing that …", "a statement saying the plan …": a participle after what was said or issued, with its clause. */
  private utteranceSays(k: number): boolean {
    if (!UTTERANCES.has(this.words[k - 1]!.norm) || !/^\s+$/u.test(this.gap(k - 1, k)) || k + 1 >= this.end) return false
    return this.words[k + 1]!.norm === 'that' || this.clauseAt(k + 1)
  }

  /**
   * The participle's speaker is the subject of the clause it hangs on: the speaker of the
   * attribution just before it (`…," the mayor said, adding that …`), or else the sentence's
   * subject. What follows is the content, and the attribution before it ends at its comma.
   */
  protected participle(k: number, cue: WordRange, previous: Attribution | undefined): Attribution | undefined {
    if (k - 1 === this.first) return this.openingParticiple(cue)
    // "known for saying little": after a preposition the participle needs its clause.
    if (/^(?:for|from)$/u.test(this.words[k - 1]!.norm) && !this.complement(cue)) return undefined
    const hangsOn = previous?.source && previous.cue.end <= k && !this.finiteVerbBetween(previous.cue.end, k) ? previous : undefined
    const subject = hangsOn?.source ?? this.joinedClauseSubject(k) ?? this.mainSubject(k)
    if (!subject) return undefined
    let start = cue.end
    if (start < this.end && this.words[start]!.norm === 'that') start++
    else if (start < this.end && this.language.pos(start) === 'PRON' && start + 1 < this.end && /,/u.test(this.gap(start, start + 1))) start++
    if (start >= this.end) return undefined
    if (previous && (hangsOn || previous.source?.start === subject.start)) this.endContentBefore(previous, this.afterCommaAndAdverb(k) ? k - 1 : k)
    return this.make('speech', subject, cue, {start, end: this.end})
  }

  /**
   * "…, and she becomes upset, shouting …", "…, and the governor replied on Tuesday, saying …": a
   * participle hangs on the clause nearest before it; when a conjunction joins that clause with a
   * subject of its own, that subject is the speaker, not the sentence's first one.
   */
  private joinedClauseSubject(k: number): WordRange | undefined {
    for (let j = k - 1; j > this.first; j--) {
      if (this.quoted[j] || (this.words[j]!.norm !== 'and' && this.words[j]!.norm !== 'but')) continue
      if (!this.clauseAt(j + 1)) return undefined
      let verb = j + 1
      while (verb < k && !/^(?:VERB|AUX)$/u.test(this.language.pos(verb))) verb++
      if (verb >= k || !this.language.isNominal(verb - 1)) return undefined
      const phrase = this.phraseEndingAt(verb - 1)
      return phrase.start > j && this.speaksAsPhrase(phrase) ? phrase : undefined
    }
    return undefined
  }

  /**
   * `After saying her foot was swollen, she left.`: a participle that opens the sentence reports
   * what the main clause's subject, after the comma, said.
   */
  private openingParticiple(cue: WordRange): Attribution | undefined {
    let comma = cue.end + 1
    while (comma < this.end && comma - cue.end < 25 && !/,/u.test(this.gap(comma - 1, comma))) comma++
    if (comma >= this.end || !/,/u.test(this.gap(comma - 1, comma))) return undefined
    // The main clause's subject: a pronoun, or a noun phrase, right before its verb.
    let end = comma
    if (PRONOUNS.has(this.words[comma]!.norm)) end++
    else while (end < this.end && end - comma < 6 && /^(?:PROPN|NOUN|DET|ADJ)$/u.test(this.language.pos(end))) end++
    if (end === comma || end >= this.end || !/^(?:AUX|VERB)$/u.test(this.language.pos(end))) return undefined
    const subject = {start: comma, end}
    if (!this.speaksAsPhrase(subject)) return undefined
    const start = this.words[cue.end]!.norm === 'that' ? cue.end + 1 : cue.end
    return this.make('speech', subject, cue, {start, end: comma})
  }

  /**
   * A second cue coordinated with the one before and sharing its speaker: "His aides say it is
   * too early but noted that …", "She denied the report and added that …". It needs a clause
   * after it; the first attribution's content ends at the conjunction.
   */
  protected coordinated(k: number, cue: WordRange, previous: Attribution | undefined): Attribution | undefined {
    if (!previous?.source || !previous.content || previous.cue.end > k) return undefined
    let j = k - 1
    while (j > previous.cue.end && (AUXILIARIES.has(this.words[j]!.norm) || this.isAdverb(j))) j--
    const conjunction = this.words[j]!.norm
    if ((conjunction !== 'and' && conjunction !== 'but') || this.quoted[j] || j < previous.content.start || j >= previous.content.end) return undefined
    const content = this.complement(cue)
    if (!content) return undefined
    this.endContentBefore(previous, j)
    return this.make('speech', previous.source, cue, content)
  }

  /** Cuts an earlier attribution's content off before word `k` (and the comma or conjunction there). */
  private endContentBefore(attribution: Attribution, k: number): void {
    const {content} = attribution
    if (content && content.start < k && k < content.end) content.end = k
  }
}
