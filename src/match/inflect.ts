/**
 * Simple English inflections for house vocabulary, so a config entry `spearhead` also matches
 * "spearheads", "spearheaded" and "spearheading". Regular forms only: irregular ones (`went`, `children`)
 * are listed by hand or with a `(a|b)` group.
 */
import {IRREGULAR_VERBS} from './irregular.js'

/** How a word or phrase is inflected: `s`, `ed` and `ing` change a phrase's first word (a verb), `plural` its last. */
export type Form = 'base' | 's' | 'ed' | 'en' | 'ing' | 'possessive' | 'plural'

/** Third-person forms that the -s rule gets wrong. */
const IRREGULAR_S: Readonly<Record<string, string>> = {be: 'is', have: 'has', do: 'does', go: 'goes'}

const VOWEL = /[aeiou]/u
/** One syllable ending consonant–vowel–consonant: the consonant doubles (slam → slammed). */
const DOUBLES = /^[^aeiou]*[aeiou][^aeiouwxy]$/u
/** Ends consonant–vowel–consonant after another syllable (admit, regret, control). */
const STRESSED_END = /[aeiou][^aeiou]*[^aeiou][aeiou][^aeiouwxy]$/u

export function inflect(word: string, form: Form): string {
  const stem = word.slice(0, -1)
  const last = word.at(-1) ?? ''
  const consonantY = last === 'y' && !VOWEL.test(word.at(-2) ?? 'a')
  switch (form) {
    case 'base':
      return word
    case 'possessive':
      return `${word}'s`
    case 'plural':
    case 's':
      if (IRREGULAR_S[word]) return IRREGULAR_S[word]
      if (/(?:s|x|z|ch|sh)$/u.test(word)) return `${word}es`
      return consonantY ? `${stem}ies` : `${word}s`
    case 'ed': {
      const irregular = IRREGULAR_VERBS.get(word)
      if (irregular) return irregular.past
      if (last === 'e') return `${word}d`
      if (consonantY) return `${stem}ied`
      return DOUBLES.test(word) ? `${word}${last}ed` : `${word}ed`
    }
    case 'en':
      return IRREGULAR_VERBS.get(word)?.participle ?? inflect(word, 'ed')
    case 'ing':
      if (word.endsWith('ie')) return `${word.slice(0, -2)}ying`
      if (last === 'e' && !/[eoy]e$/u.test(word) && word !== 'be') return `${stem}ing`
      return DOUBLES.test(word) ? `${word}${last}ing` : `${word}ing`
  }
}

/**
 * The forms a vocabulary phrase is matched in: a lower-case single word as a noun or a verb
 * (-s, -ed, -ing, possessive); a capitalised word (a name) and its possessive; a phrase with
 * its last word in the plural. Phrases with `(a|b)` groups are matched as written.
 */
export function formsOf(phrase: string): Form[] {
  const words = phrase.trim().split(/\s+/u)
  if (/[()]/u.test(phrase) || !/^[\p{L}'-]+$/u.test(words.at(-1)!)) return ['base']
  // A lower-case phrase is a noun phrase (plural last word) or a verb phrase ("take part": took part, taking part).
  if (words.length > 1) return /^\p{Ll}/u.test(phrase) ? ['base', 'plural', 's', 'ed', 'en', 'ing'] : ['base', 'plural']
  return /^\p{Lu}/u.test(phrase) ? ['base', 'possessive'] : ['base', 's', 'ed', 'en', 'ing', 'possessive']
}

/** A phrase in a form: verb forms change the first word, plurals the last, possessives the end. */
export function inflectPhrase(phrase: string, form: Form): string {
  const words = phrase.trim().split(/\s+/u)
  if (form === 'base') return words.join(' ')
  if (form === 'possessive') return inflect(words.join(' '), form)
  const at = form === 'plural' ? words.length - 1 : 0
  words[at] = inflect(words[at]!, form)
  return words.join(' ')
}

/** Every written form of a verb: base, -s, past, past participle, -ing. */
export function verbForms(verb: string): string[] {
  const participle = IRREGULAR_VERBS.get(verb)?.participle
  const forms = [verb, inflect(verb, 's'), inflect(verb, 'ed'), inflect(verb, 'ing'), ...(participle ? [participle] : [])]
  // A stressed last syllable doubles its consonant (admit → admitted) and spelling cannot tell
  // stress, so both spellings are matched; the part of speech still has to agree.
  if (STRESSED_END.test(verb) && !DOUBLES.test(verb)) forms.push(`${verb}${verb.at(-1)}ed`, `${verb}${verb.at(-1)}ing`)
  return forms
}

/** Which form of `verb` a written word is (for inflecting a suggestion the same way). */
export function verbFormOf(verb: string, written: string): Form {
  const word = written.toLowerCase()
  if (word === verb) return 'base'
  if (word.endsWith('ing') && !verb.endsWith('ing')) return 'ing'
  if (word === inflect(verb, 's')) return 's'
  return 'ed'
}

/** A plural noun's singular by spelling alone ("rings" → "ring"; "news", "bus" and "glass" kept): for matching a thing named twice. */
export function singularBySpelling(norm: string): string {
  return norm.replace(/(?<=[^s])s$/u, '')
}
