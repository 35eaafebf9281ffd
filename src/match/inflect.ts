/**
 * Simple English inflections for house vocabulary, so a config entry `spearhead` also matches
 * "spearheads", "spearheaded" and "spearheading". Regular forms only: irregular ones (`went`, `children`)
 * are listed by hand or with a `(a|b)` group.
 */
export type Form = 'base' | 's' | 'ed' | 'ing' | 'possessive'

const VOWEL = /[aeiou]/u
/** One syllable ending consonant–vowel–consonant: the consonant doubles (slam → slammed). */
const DOUBLES = /^[^aeiou]*[aeiou][^aeiouwxy]$/u

export function inflect(word: string, form: Form): string {
  const stem = word.slice(0, -1)
  const last = word.at(-1) ?? ''
  const consonantY = last === 'y' && !VOWEL.test(word.at(-2) ?? 'a')
  switch (form) {
    case 'base':
      return word
    case 'possessive':
      return `${word}'s`
    case 's':
      if (/(?:s|x|z|ch|sh)$/u.test(word)) return `${word}es`
      return consonantY ? `${stem}ies` : `${word}s`
    case 'ed':
      if (last === 'e') return `${word}d`
      if (consonantY) return `${stem}ied`
      return DOUBLES.test(word) ? `${word}${last}ed` : `${word}ed`
    case 'ing':
      if (word.endsWith('ie')) return `${word.slice(0, -2)}ying`
      if (last === 'e' && !/[eoy]e$/u.test(word)) return `${stem}ing`
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
  if (words.length > 1) return ['base', 's']
  return /^\p{Lu}/u.test(phrase) ? ['base', 'possessive'] : ['base', 's', 'ed', 'ing', 'possessive']
}

/** A phrase in a form: verb forms change the first word, plurals the last, possessives the end. */
export function inflectPhrase(phrase: string, form: Form): string {
  const words = phrase.trim().split(/\s+/u)
  if (form === 'base') return words.join(' ')
  if (form === 'possessive') return inflect(words.join(' '), form)
  const at = form === 's' ? words.length - 1 : 0
  words[at] = inflect(words[at]!, form)
  return words.join(' ')
}
