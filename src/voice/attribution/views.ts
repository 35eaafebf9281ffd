/**
 * Frames of views and inferences: the reporter's own inference, credited to no one (`evidential`:
 * "seemed to", "is expected to"), hearsay credited to no one (`hearsay`: "reportedly", "allegedly"),
 * a view held of something (`seesAs`: "sees X as …"), and a claim someone owns (`possessedClaim`:
 * "his suggestion that …", with `complementEnd` for where its clause ends).
 */
import {BE_FORMS, PERSONAL_PRONOUNS as PERSONAL, POSSESSIVE_DETERMINERS} from '../../data/word-classes.js'
import {SPEECH_ACT_NOUNS} from '../cues.js'
import type {Attribution} from './types.js'
import {SourcePhraseFrames} from './according-to.js'
import {DETERMINERS, RELATIVE_SUBJECTS} from './words.js'

/** Verbs of holding a view of something, before "as": "see golf courses as wasted space". */
const VIEW_FORMS = new Set('see sees saw seen view views viewed regard regards regarded'.split(' '))
/** The same verbs as participles after a comma, which take the main clause's subject: "Obama demurred, seeing it as showmanship". */
const VIEWING = new Set(['seeing', 'viewing', 'regarding'])
/** Adverbs of hearsay: someone unnamed says so. */
const HEARSAY = new Set(['reportedly', 'allegedly', 'purportedly', 'supposedly', 'reputedly'])
/** Words that open a clause of their own before a hearsay adverb's subject: "With Bloomberg reportedly …". */
const CLAUSE_OPENERS = new Set('with that because after while when although though since as if who which'.split(' '))
/** Verbs of seeming: the reporter's inference ("seemed to", "appears uneasy"). */
const SEEM_FORMS = new Set('seem seems seemed appear appears appeared'.split(' '))

export abstract class ViewFrames extends SourcePhraseFrames {
  /**
   * The reporter's inference, credited to no one, as the annotated corpora count it: `Trump
   * seemed to appreciate …`, `he appears somewhat uneasy`, `It appears, though, that …`, `Trump is
   * expected to deliver a speech`. The content is the whole clause, subject included; its words
   * stay in the reporter's voice. Not "appeared on CNN" or "appeared in court".
   */
  protected evidential(k: number): Attribution | undefined {
    const norm = this.words[k]!.norm
    const seeming = SEEM_FORMS.has(norm)
    if ((!seeming && norm !== 'expected') || k === this.first || this.quoted[k]) return undefined
    let cue = {start: k, end: k + 1}
    if (norm === 'expected') {
      let be = k - 1
      while (be > this.first && this.isAdverb(be)) be--
      if (!BE_FORMS.has(this.words[be]!.norm) || this.words[k + 1]?.norm !== 'to' || this.language.pos(k + 2) === 'NOUN') return undefined
      cue = {start: be, end: k + 1}
    } else {
      // ("his seeming calm": a modifier after a determiner or a possessive.)
      if (DETERMINERS.has(this.words[k - 1]!.norm) || POSSESSIVE_DETERMINERS.has(this.words[k - 1]!.norm)) return undefined
      const next = this.skipAdverbs(k + 1)
      if (next >= this.end) return undefined
      const word = this.words[next]!.norm
      const pos = this.language.pos(next)
      const infinitive = word === 'to' && next + 1 < this.end && /^(?:VERB|AUX)$/u.test(this.language.pos(next + 1))
      const clause = word === 'that' || word === 'like' || (/^\s*,/u.test(this.gap(k, k + 1)) && this.someWordWithin(k + 1, 5, (w) => w.norm === 'that'))
      if (!infinitive && !clause && pos !== 'ADJ') return undefined
    }
    let start = cue.start
    while (
      start > this.first &&
      cue.start - start < 15 &&
      !/[,;:()\u2014]/u.test(this.gap(start - 1, start)) &&
      !RELATIVE_SUBJECTS.has(this.words[start]!.norm)
    )
      start--
    // A relative clause ends at its comma ("the delegates, who are expected to …, met").
    const stops = RELATIVE_SUBJECTS.has(this.words[start]!.norm) ? /[,;:]/u : /[;:]/u
    let end = cue.end
    while (end < this.end && !stops.test(this.gap(end - 1, end))) end++
    return this.make('evidential', undefined, cue, {start, end})
  }

  /**
   * A view held of something: `developers see golf courses as wasted space`, `Mr. Obama sees Mr.
   * Netanyahu as captured by …`, `many whites saw the program as detrimental`. The subject holds
   * the view; its content is the object and what it is seen as.
   */
  protected seesAs(k: number): Attribution | undefined {
    const norm = this.words[k]!.norm
    const participle = VIEWING.has(norm) && k > this.first && /,\s*$/u.test(this.gap(k - 1, k))
    if ((!VIEW_FORMS.has(norm) && !participle) || k === this.first || this.quoted[k] || !this.someWordWithin(k + 2, 8, (w) => w.norm === 'as')) return undefined
    let as = k + 1
    while (as < this.end && as - k <= 8 && this.words[as]!.norm !== 'as' && !/[,;:()]/u.test(this.gap(as - 1, as))) {
      // (A participle after a noun modifies it: "see the elections held Sunday as a test".)
      const modifier =
        this.language.pos(as) === 'VERB' && /^(?:NOUN|PROPN)$/u.test(this.language.pos(as - 1)) && /(?:ed|en|wn|ld|ht)$/u.test(this.words[as]!.norm)
      if (/^(?:VERB|AUX)$/u.test(this.language.pos(as)) && !modifier) return undefined
      as++
    }
    // ("saw him at the rally as he left", "as the crowd cheered": "as" opening a clause of its own is a time, not a view.)
    if (as === k + 1 || as >= this.end - 1 || this.words[as]!.norm !== 'as' || this.words[as + 1]!.norm === 'well') return undefined
    const verbAt = (i: number) => i < this.end && /^(?:VERB|AUX)$/u.test(this.language.pos(i))
    // ("as insufficiently committed": an adverb and a participle are what it is seen as.)
    const clauseAfter = (verbAt(as + 2) && this.language.pos(as + 1) !== 'ADV') || (this.language.pos(as + 1) === 'DET' && verbAt(as + 3))
    if (PERSONAL.has(this.words[as + 1]!.norm) || clauseAfter) return undefined
    // (The tagger may read "The union views" as nouns: a noun phrase opening the sentence right before the verb is its subject.)
    let phrase = this.first
    while (phrase < k && /^(?:DET|ADJ|NOUN|PROPN)$/u.test(this.language.pos(phrase))) phrase++
    const opening = phrase === k && k > this.first ? {start: this.first, end: k} : undefined
    const subject = participle ? this.mainSubject(k) : (this.holderBefore(k, 'belief') ?? (opening && this.canHold(opening, 'belief') ? opening : undefined))
    if (!subject) return undefined
    return this.make('speech', subject, {start: k, end: k + 1}, {start: k + 1, end: this.clauseEnd(as)})
  }

  /**
   * Hearsay named by an adverb, credited to no one: `Bloomberg is reportedly considering a run`,
   * `the official allegedly took bribes`. The clause around the adverb is its content; with no
   * source, it stays in the reporter's voice (the weasel and allegation rules read the adverb).
   */
  protected hearsay(k: number): Attribution | undefined {
    if (!HEARSAY.has(this.words[k]!.norm) || this.quoted[k]) return undefined
    let start = k
    while (start > this.first && !/[,;:(\u2014]/u.test(this.gap(start - 1, start)) && !CLAUSE_OPENERS.has(this.words[start - 1]!.norm)) start--
    const clauseEnd = this.clauseEnd(k + 1)
    let end = k + 1
    while (end < clauseEnd && !/[,;:)\u2014]/u.test(this.gap(end - 1, end))) end++
    return end > k + 1 ? this.make('speech', undefined, {start: k, end: k + 1}, {start, end}) : undefined
  }

  /** `a similarly timed debate`, `the newly elected board`: a past participle after an adverb or a determiner, before a noun. */
  private attributiveParticiple(i: number): boolean {
    return /ed$/u.test(this.words[i]!.norm) && /^(?:ADV|DET)$/u.test(this.language.pos(i - 1)) && this.language.pos(i + 1) === 'NOUN'
  }

  /**
   * A claim named by a noun that someone owns: `Mr. Obama's patronizing suggestion that she was
   * "likable enough"`, `Trump's accusation that Clinton is playing the "woman's card"`, `his claim
   * that …`. The owner is the source; the clause after "that" is what was claimed.
   */
  protected possessedClaim(k: number): Attribution | undefined {
    if (!SPEECH_ACT_NOUNS.has(this.words[k]!.norm) || this.quoted[k] || !this.someWordWithin(k + 1, 7, (w) => w.norm === 'that')) return undefined
    // "suggestion at a similarly timed debate that …": a short phrase may come between.
    let that = k + 1
    // (A participle used as an adjective, "a similarly timed debate", is part of the phrase.)
    const verb = (i: number): boolean => /^(?:VERB|AUX)$/u.test(this.language.pos(i)) && !this.attributiveParticiple(i)
    while (that < this.end && that - k <= 6 && this.words[that]!.norm !== 'that' && !verb(that)) that++
    if (that + 1 >= this.end || this.words[that]!.norm !== 'that' || (that > k + 1 && this.language.pos(k + 1) !== 'ADP')) return undefined
    if (this.language.pos(that) !== 'SCONJ' && !this.clauseAt(that + 1)) return undefined
    let owner = k - 1
    while (owner > this.first && this.language.pos(owner) === 'ADJ') owner--
    if (owner < this.first) return undefined
    const word = this.words[owner]!
    const possessive = /['\u2019]s?$/u.test(word.text) && this.isCapitalized(owner)
    if (!possessive && !POSSESSIVE_DETERMINERS.has(word.norm)) return undefined
    // "Mr. Obama's": the name and its title before the possessive.
    let start = owner
    while (possessive && start > this.first && this.isCapitalized(start - 1) && /^\s+$/u.test(this.gap(start - 1, start))) start--
    return this.make('speech', {start, end: owner + 1}, {start: k, end: k + 1}, {start: that + 1, end: this.complementEnd(that + 1)})
  }

  /**
   * Where a clause that completes a noun ends: before the finite verb of the sentence it sits in
   * ("Trump's accusation that Clinton is playing the card | touched off a debate"), else at the sentence end.
   */
  private complementEnd(from: number): number {
    let verb = false
    for (let i = from; i < this.end; i++) {
      // "… will fail and that jobs will go": another "that" opens another clause of the complement.
      if (this.words[i]!.norm === 'that') verb = false
      const pos = this.language.pos(i)
      const finite = pos === 'AUX' || (pos === 'VERB' && !this.words[i]!.norm.endsWith('ing') && this.words[i - 1]!.norm !== 'to')
      if (!finite) continue
      // A verb group ("would have been rigged") or a verb joined to the clause's own ("and", "who") stays in it.
      let before = i - 1
      while (before > from && this.language.pos(before) === 'ADV') before--
      const joined = /^(?:AUX|PART)$/u.test(this.language.pos(before)) || /^(?:and|or|but|that|who|which|to)$/u.test(this.words[before]!.norm)
      if (verb && !joined) return i
      verb = true
    }
    return this.end
  }
}
