import {subjectOf} from '../language/clause.js'
import {PEOPLE, PERSONAL_PRONOUNS} from '../data/word-classes.js'
import type {Language} from '../language/language.js'
import type {Prose} from '../parse/prose.js'
import type {Quotation} from '../voice/voice.js'
import {report, type Reporter, type RuleContext} from './context.js'

/** Fewer words than this is a fragment: the scare-quotes rule judges those. */
const MIN_WORDS = 4

/** How many wholly quoted sentences before a quotation are passed over to find who is in view. */
const MAX_RUN = 8

/**
 * A direct quotation (or a Markdown block quote) of several words that no one is credited
 * with: no speaker in its sentence, the sentence before or after, a colon lead-in, or the
 * quotation it continues; and no person in view whom the reader would take for the speaker.
 */
export function quoteWithoutSpeaker({ctx, rule}: Reporter): void {
  for (const q of ctx.voice.quotations) {
    if (q.speaker || (q.kind !== 'direct' && q.kind !== 'block') || q.words.end - q.words.start < MIN_WORDS) continue
    const severity = rule.severityFor('quote')
    if (!severity || personInView(ctx, q)) continue
    report(ctx, rule, {
      block: q.block,
      start: q.start,
      end: q.end,
      reason: 'Quotation with no speaker; say who said it, in this sentence or the next',
      voice: 'quote',
      severity,
      word: q.words.start
    })
  }
}

/**
 * A person is the subject of a verb in the quotation's own sentences, the sentence before it or
 * the sentence after it ("He then turned to the crowd. "Who will pay for it?""; "Ruiz shook her
 * head. "…""): real copy leaves such a speaker implicit, and the reader is not misled. An
 * organisation or a thing in view ("The council met on Monday.") does not count.
 */
function personInView({prose, language, voice}: RuleContext, q: Quotation): boolean {
  const {words, sentences} = prose
  let first = words[q.words.start]!.sentence
  const last = words[q.words.end - 1]!.sentence
  // A run of quotations: the person is named before the first of them.
  for (let back = 0; back < MAX_RUN && first > 0 && allQuoted(prose, voice.quotationOf, first - 1); back++) first--
  for (let s = Math.max(0, first - 1); s <= Math.min(sentences.length - 1, last + 1); s++) {
    const sentence = sentences[s]!
    for (let i = sentence.firstWord; i < sentence.endWord; i++) {
      if (voice.quotationOf[i] !== -1 || (language.pos(i) !== 'VERB' && language.pos(i) !== 'AUX')) continue
      const subject = subjectOf(prose, language, i)
      if (subject >= 0 && voice.quotationOf[subject] === -1 && isPerson(prose, language, subject)) return true
    }
  }
  return false
}

/** A personal pronoun, a capitalised name or a person by role ("the senator", "protesters"). */
function isPerson(prose: Prose, language: Language, index: number): boolean {
  const word = prose.words[index]!
  if (PERSONAL_PRONOUNS.has(word.norm)) return true
  if (language.pos(index) === 'PROPN' && /^\p{Lu}/u.test(word.text)) return true
  return language.pos(index) === 'NOUN' && PEOPLE.has(word.norm)
}

/** Every word of sentence `s` is inside a quotation. */
function allQuoted(prose: Prose, quotationOf: Int32Array, s: number): boolean {
  const sentence = prose.sentences[s]!
  for (let i = sentence.firstWord; i < sentence.endWord; i++) if (quotationOf[i] === -1) return false
  return sentence.endWord > sentence.firstWord
}
