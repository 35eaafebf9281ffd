import {DataError, errorAt, keyPath, shown} from '../data/validate.js'
import {conditionOf} from './when.js'

/**
 * The type of a rule option, as a rule's YAML declares it: `boolean`, `text`, `condition` (a
 * condition as `when:` writes it, see when.ts), `list of T` or `map of T`.
 */
export type OptionType = {kind: 'boolean'} | {kind: 'text'} | {kind: 'condition'} | {kind: 'list'; of: OptionType} | {kind: 'map'; of: OptionType}

/** One option of a rule: its type, its default and what it does. */
export interface OptionSpec {
  type: OptionType
  default: unknown
  description?: string
}

/** `list of text` → {kind: list, of: {kind: text}}. */
export function parseOptionType(text: string, file: string, path: string): OptionType {
  const words = text.trim().split(/\s+/u)
  const parse = (i: number): OptionType => {
    const word = words[i]
    if ((word === 'list' || word === 'map') && words[i + 1] === 'of') return {kind: word, of: parse(i + 2)}
    if (i === words.length - 1 && (word === 'boolean' || word === 'text' || word === 'condition')) return {kind: word}
    throw errorAt(file, path, `unknown option type ${shown(text)} (expected boolean, text, condition, list of T or map of T)`)
  }
  return parse(0)
}

/** The type in words, for messages: `a list of text`. */
export function typeName(type: OptionType, article = true): string {
  switch (type.kind) {
    case 'list':
    case 'map':
      return `${article ? 'a ' : ''}${type.kind} of ${typeName(type.of, false)}`
    case 'boolean':
      return article ? 'true or false' : 'booleans'
    case 'text':
      return 'text'
    case 'condition':
      return article ? 'a condition' : 'conditions'
  }
}

/** Checks an option value against its type, naming the key path of the first mismatch. */
export function checkOption(value: unknown, type: OptionType, file: string, path: string): void {
  const fail = (): DataError => errorAt(file, path, `expected ${typeName(type)}, got ${shown(value)}`)
  switch (type.kind) {
    case 'boolean':
      if (typeof value !== 'boolean') throw fail()
      return
    case 'text':
      if (typeof value !== 'string') throw fail()
      return
    case 'condition':
      conditionOf(value, file, path)
      return
    case 'list':
      if (!Array.isArray(value)) throw fail()
      for (let i = 0; i < value.length; i++) checkOption(value[i], type.of, file, keyPath(path, i))
      return
    case 'map':
      if (value === null || typeof value !== 'object' || Array.isArray(value)) throw fail()
      for (const [key, item] of Object.entries(value)) checkOption(item, type.of, file, keyPath(path, key))
  }
}
