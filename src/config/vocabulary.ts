import {formsOf, inflectPhrase} from '../match/inflect.js'
import {countVariants, MAX_VARIANTS} from '../match/phrase-index.js'
import {isSafeUrl} from '../data/safe-url.js'
import {checkKeys, errorAt, keyPath, listAt, mappingAt, textAt, type GuideSource} from '../data/validate.js'
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
    ...Object.entries(vocabulary.prefer ?? {}).map(([phrase, value]) => entry(phrase, value, 'use', file, keyPath('prefer', phrase))),
    ...Object.entries(vocabulary.avoid ?? {}).map(([phrase, value]) => ({
      message: 'avoided in this house style',
      ...entry(phrase, value, 'message', file, keyPath('avoid', phrase))
    }))
  ]
  if (entries.length === 0) return undefined
  const source: GuideSource = {guide: `house vocabulary in ${file}`, url: base.source.url}
  const terms: TermSpec[] = []
  for (const e of entries) {
    const id = e.phrase
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/gu, '')
    const seen = new Set<string>()
    for (const form of formsOf(e.phrase)) {
      // A regular verb's participle is its past ("used", "used"): each written form once.
      const written = inflectPhrase(e.phrase, form)
      if (seen.has(written)) continue
      seen.add(written)
      const term: TermSpec = {
        id,
        match: [written],
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
function entry(phrase: string, value: unknown, shorthand: 'use' | 'message', file: string, path: string): Entry {
  if (phrase.trim() === '') throw errorAt(file, path, 'a vocabulary entry needs a term')
  bounded(phrase, file, path)
  const data: Record<string, unknown> =
    typeof value === 'string' || Array.isArray(value) ? {[shorthand]: value} : value === null ? {} : mappingAt(value, file, path)
  checkKeys(data, ['use', 'message', 'note', 'source'], file, path)
  const texts = (v: unknown, at: string) => (Array.isArray(v) ? v.map((u, i) => textAt(u, file, keyPath(at, i))) : [textAt(v, file, at)])
  const use = data.use === undefined ? [] : texts(data.use, keyPath(path, 'use'))
  const result: Entry = {phrase: phrase.trim(), use}
  if (data.message !== undefined) result.message = textAt(data.message, file, keyPath(path, 'message'))
  if (data.note !== undefined) result.note = textAt(data.note, file, keyPath(path, 'note'))
  if (data.source !== undefined) {
    const at = keyPath(path, 'source')
    const source = mappingAt(data.source, file, at)
    checkKeys(source, ['guide', 'url'], file, at)
    const url = textAt(source.url, file, keyPath(at, 'url'))
    if (!isSafeUrl(url)) throw errorAt(file, keyPath(at, 'url'), `expected an http or https address or a relative link, got ${JSON.stringify(url)}`)
    result.source = {guide: textAt(source.guide, file, keyPath(at, 'guide')), url}
  }
  return result
}

/** A phrase whose `(a|b)` groups, nested ones included, expand to at most MAX_VARIANTS variants. */
function bounded(phrase: string, file: string, path: string): string {
  if (countVariants(phrase) > MAX_VARIANTS)
    throw errorAt(
      file,
      path,
      `the phrase \`${phrase.slice(0, 40)}${phrase.length > 40 ? '…' : ''}\` expands to more than ${MAX_VARIANTS} variants; split it into several entries`
    )
  return phrase
}

/** Checks the vocabulary keys of a user config, each entry at its key path. */
export function validateVocabulary(data: Record<string, unknown>, file: string, base = ''): Vocabulary {
  const vocabulary: Vocabulary = {}
  for (const [key, shorthand] of [
    ['prefer', 'use'],
    ['avoid', 'message']
  ] as const) {
    if (data[key] === undefined) continue
    const at = keyPath(base, key)
    const entries = mappingAt(data[key], file, at)
    for (const [phrase, value] of Object.entries(entries)) entry(phrase, value, shorthand, file, keyPath(at, phrase))
    vocabulary[key] = entries
  }
  if (data.allow !== undefined) {
    const at = keyPath(base, 'allow')
    vocabulary.allow = listAt(data.allow, file, at).map((a, i) => bounded(textAt(a, file, keyPath(at, i)), file, keyPath(at, i)))
  }
  return vocabulary
}
