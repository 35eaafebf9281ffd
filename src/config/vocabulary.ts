import {formsOf, inflectPhrase} from '../match/inflect.js'
import {array, DataError, guide, object, string, type GuideSource} from '../data/validate.js'
import type {RuleSpec, TermSpec} from '../rules/spec.js'

/** The rule that carries a config's own vocabulary (`prefer` and `avoid`). */
export const HOUSE_RULE = 'house-custom'

/** A house's own word list, from `.slantrc*`: no code needed. */
export interface Vocabulary {
  /** Substitutions: `Burma: Myanmar`, or `{use, note, source}`. */
  prefer?: Record<string, unknown>
  /** Terms to flag: `term: message`, or `{message, use, note, source}`. */
  avoid?: Record<string, unknown>
  /** Phrases no rule may flag (a product named Legendary). */
  allow?: string[]
}

interface Entry {
  phrase: string
  use: string[]
  message?: string
  note?: string
  source?: GuideSource
}

/**
 * The `house-custom` rule with the config's `prefer` and `avoid` entries as terms, each in its
 * inflected forms (with its suggestions inflected the same way). Undefined when there are none.
 */
export function houseRule(base: RuleSpec, vocabulary: Vocabulary, file: string): RuleSpec | undefined {
  const entries = [
    ...Object.entries(vocabulary.prefer ?? {}).map(([phrase, value]) => entry(phrase, value, 'use', file)),
    ...Object.entries(vocabulary.avoid ?? {}).map(([phrase, value]) => ({message: 'avoided in this house style', ...entry(phrase, value, 'message', file)}))
  ]
  if (entries.length === 0) return undefined
  const source: GuideSource = {guide: `house vocabulary in ${file}`, url: base.source.url}
  const terms: TermSpec[] = []
  for (const e of entries) {
    const id = e.phrase.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/gu, '')
    for (const form of formsOf(e.phrase)) {
      const term: TermSpec = {
        id,
        match: [inflectPhrase(e.phrase, form)],
        suggest: e.use.map((s) => (s === '' ? s : inflectPhrase(s, form))),
        source: e.source ?? source
      }
      if (e.note !== undefined) term.note = e.note
      if (e.message !== undefined) term.message = `\`{actual}\`: ${e.message}`
      terms.push(term)
    }
  }
  return {...base, terms, file}
}

/** `prefer` values default to suggestions (`use`), `avoid` values to a message. */
function entry(phrase: string, value: unknown, shorthand: 'use' | 'message', file: string): Entry {
  const what = `the vocabulary entry \`${phrase}\``
  if (phrase.trim() === '') throw new DataError(file, 'a vocabulary entry has an empty term')
  const data: Record<string, unknown> =
    typeof value === 'string' || Array.isArray(value) ? {[shorthand]: value} : value === null ? {} : object(value, file, what)
  for (const key of Object.keys(data)) {
    if (!['use', 'message', 'note', 'source'].includes(key)) throw new DataError(file, `unknown key \`${key}\` in ${what} (expected use, message, note, source)`)
  }
  const use = data.use === undefined ? [] : Array.isArray(data.use) ? data.use.map((u) => string(u, file, `use of ${what}`)) : [string(data.use, file, `use of ${what}`)]
  const result: Entry = {phrase: phrase.trim(), use}
  if (data.message !== undefined) result.message = string(data.message, file, `message of ${what}`)
  if (data.note !== undefined) result.note = string(data.note, file, `note of ${what}`)
  if (data.source !== undefined) result.source = guide(data.source, file)
  return result
}

/** Checks the vocabulary keys of a user config. */
export function validateVocabulary(data: Record<string, unknown>, file: string): Vocabulary {
  const vocabulary: Vocabulary = {}
  if (data.prefer !== undefined) vocabulary.prefer = object(data.prefer, file, '`prefer`')
  if (data.avoid !== undefined) vocabulary.avoid = object(data.avoid, file, '`avoid`')
  if (data.allow !== undefined) vocabulary.allow = array(data.allow, file, '`allow`').map((a) => string(a, file, 'an `allow` entry'))
  return vocabulary
}
