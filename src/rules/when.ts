import {CONDITIONS, type Condition} from './conditions.js'
import type {ActiveRule} from './context.js'
import type {TermSpec} from './spec.js'

const ofRules = new WeakMap<ActiveRule, readonly Condition[]>()
const ofTerms = new WeakMap<TermSpec, readonly Condition[]>()

/** The conditions a rule runs under: its data's `when`, then its settings' `when` option (validated when loaded). */
export function ruleConditions(rule: ActiveRule): readonly Condition[] {
  let conditions = ofRules.get(rule)
  if (!conditions) {
    const settings = Object.hasOwn(rule.spec.options, 'when') ? rule.option<string[]>('when') : []
    conditions = [...rule.spec.when, ...settings].map((name) => CONDITIONS[name]!)
    ofRules.set(rule, conditions)
  }
  return conditions
}

/** A term's own `when`: the conditions its sense needs ("slam" as criticism, "just" before an amount). */
export function termConditions(term: TermSpec): readonly Condition[] {
  let conditions = ofTerms.get(term)
  if (!conditions) {
    conditions = (term.when ?? []).map((name) => CONDITIONS[name]!)
    ofTerms.set(term, conditions)
  }
  return conditions
}
