import {errorAt, keyPath, listAt, oneOfAt, shown, textAt} from '../data/validate.js'
import {CONDITIONS, noneNear, type Condition} from './conditions.js'
import type {ActiveRule} from './context.js'
import {FOLLOWING, PRECEDING} from './neighbours.js'
import type {TermSpec} from './spec.js'

/**
 * A condition as `when:` writes it, in a rule's YAML or a rule's settings: a name
 * (`criticism`), or a mapping of one name to its argument (`{before: money}`,
 * `{before: [money, amount]}`, `{none-near: [convicted, guilty]}`).
 */
export type ConditionRef = string | Readonly<Record<string, unknown>>

/** A condition that takes an argument: checks it (naming the key path of a mistake) and makes the condition. */
type Parameterised = (argument: unknown, file: string, path: string) => Condition

const PARAMETERISED: Readonly<Record<string, Parameterised>> = {
  before: (value, file, path) => anyOf(FOLLOWING, value, file, path),
  after: (value, file, path) => anyOf(PRECEDING, value, file, path),
  'none-near': (value, file, path) => {
    const list = listAt(value, file, path)
    if (list.length === 0) throw errorAt(file, path, 'expected a list of words, got []')
    return noneNear(new Set(list.map((word, i) => textAt(word, file, keyPath(path, i)).toLowerCase())))
  }
}

/** Names conditions had before they took arguments; settings that use them keep working. */
const ALIASES: Readonly<Record<string, ConditionRef>> = {
  'before-amount': {before: 'amount'},
  'before-money': {before: 'money'},
  'before-verb': {before: 'verb'},
  'after-superlative': {after: 'superlative'}
}

/** The conditions `when:` can name, for messages: those without an argument, then those with one. */
const CONDITION_NAMES: readonly string[] = Object.keys(CONDITIONS)
const PARAMETERISED_NAMES: readonly string[] = Object.keys(PARAMETERISED)

/** An own entry of a table (never `toString` or `constructor` from its prototype). */
function own<T>(table: Readonly<Record<string, T>>, name: string): T | undefined {
  return Object.hasOwn(table, name) ? table[name] : undefined
}

/** One kind of neighbour (`money`), or a list of them (any may hold). */
function anyOf(kinds: Readonly<Record<string, Condition>>, value: unknown, file: string, path: string): Condition {
  const names = Object.keys(kinds)
  if (!Array.isArray(value)) return kinds[oneOfAt(value, names, file, path)]!
  if (value.length === 0) throw errorAt(file, path, `expected one of ${names.join(', ')}, or a list of them`)
  const tests = value.map((kind, i) => kinds[oneOfAt(kind, names, file, keyPath(path, i))]!)
  return (ctx, start, end) => tests.some((test) => test(ctx, start, end))
}

/** The condition `value` writes, checked: an error names the file and the key path. */
export function conditionOf(value: unknown, file: string, path: string): Condition {
  if (typeof value === 'string') {
    const alias = own(ALIASES, value)
    const named = own(CONDITIONS, value) ?? (alias === undefined ? undefined : conditionOf(alias, file, path))
    if (named) return named
  } else if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const entries = Object.entries(value)
    if (entries.length !== 1) throw errorAt(file, path, `expected one condition name and its argument ({before: money}), got ${shown(value)}`)
    const [name, argument] = entries[0]!
    const parameterised = own(PARAMETERISED, name)
    if (!parameterised) throw errorAt(file, keyPath(path, name), `unknown condition with an argument (expected ${PARAMETERISED_NAMES.join(', ')})`)
    return parameterised(argument, file, keyPath(path, name))
  }
  throw errorAt(
    file,
    path,
    `expected one of ${CONDITION_NAMES.join(', ')}, or one of ${PARAMETERISED_NAMES.join(', ')} with its argument ({before: money}), got ${shown(value)}`
  )
}

const ofRules = new WeakMap<ActiveRule, readonly Condition[]>()
const ofTerms = new WeakMap<TermSpec, readonly Condition[]>()

/** The conditions a rule runs under: its data's `when`, then its settings' `when` option (both checked when loaded). */
export function ruleConditions(rule: ActiveRule): readonly Condition[] {
  let conditions = ofRules.get(rule)
  if (!conditions) {
    const settings = Object.hasOwn(rule.spec.options, 'when') ? rule.option<ConditionRef[]>('when') : []
    conditions = [...rule.spec.when, ...settings].map((ref) => conditionOf(ref, rule.spec.file, 'when'))
    ofRules.set(rule, conditions)
  }
  return conditions
}

/** A term's own `when`: the conditions its sense needs ("slam" as criticism, "just" before an amount). */
export function termConditions(term: TermSpec): readonly Condition[] {
  let conditions = ofTerms.get(term)
  if (!conditions) {
    conditions = (term.when ?? []).map((ref) => conditionOf(ref, '', 'when'))
    ofTerms.set(term, conditions)
  }
  return conditions
}
