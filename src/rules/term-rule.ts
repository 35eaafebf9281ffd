import {Reporter, type ActiveRule, type RuleContext} from './context.js'
import {scan} from './scanner.js'
import type {RuleSpec} from './spec.js'
import {houseIndex, termIndex} from './term-index.js'

/**
 * Runs every enabled term rule in one pass over the words: the house vocabulary first, then the
 * rules' data. Two dictionaries saying the same thing are reported once: a span already flagged
 * for the same term id (committed suicide in `house-ap` and `inclusive-suicide`), and words
 * already flagged by another `house` rule (Kiev in `house-ap` and in a topic pack).
 */
export function runTermRules(ctx: RuleContext, rules: ReadonlyMap<string, ActiveRule>, specs: ReadonlyMap<string, RuleSpec>, house?: RuleSpec): void {
  const reporters = new Map<string, Reporter>()
  const reported = new Set<string>()
  let houseReached = 0
  scan(ctx, {
    indexes: house ? [houseIndex(house), termIndex(specs)] : [termIndex(specs)],
    claim: ({rule: id, term}) => {
      const rule = rules.get(id)
      if (!rule) return undefined
      let report = reporters.get(id)
      if (!report) reporters.set(id, (report = new Reporter(ctx, rule)))
      return {report, term}
    },
    accept: ({match, report}) => !reported.has(spanOf(match)) && !(report.rule.spec.family === 'house' && match.start < houseReached),
    reported: ({match, report}) => {
      reported.add(spanOf(match))
      if (report.rule.spec.family === 'house') houseReached = Math.max(houseReached, match.end)
    }
  })
}

/** A reported span and its term id: the same term on the same words is reported once. */
function spanOf(match: {start: number; end: number; value: {id: string}}): string {
  return `${match.start}:${match.end}:${match.value.id}`
}
