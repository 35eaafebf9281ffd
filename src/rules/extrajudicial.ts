import {contextWindow, type Reporter} from './context.js'
import {scanTerms} from './scanner.js'
import {ruleIndex} from './term-index.js'

/**
 * BBC: *execute*, *liberate* and *court martial* are usually inappropriate without attribution
 * when there is no clear judicial process. A term is flagged only when its sentence has none of
 * the `judicial` words and has one of the words of its context (`contexts` maps a term id to a
 * list in `words`; the default is `conflict`): "the plan was executed" is not a killing.
 */
export function extrajudicial(report: Reporter): void {
  const {ctx, rule} = report
  const {words} = ctx.prose
  const lists = new Map(Object.entries(rule.option<Record<string, string[]>>('words')).map(([name, list]) => [name, new Set(list)]))
  const contexts = rule.option<Record<string, string>>('contexts')
  const judicial = lists.get('judicial') ?? new Set()
  scanTerms(report, ruleIndex(rule.spec), {
    accept: ({match}) => {
      const {from, to} = contextWindow(ctx, match.start, match.end)
      const norms = words.slice(from, to).map((w) => w.norm)
      const context = lists.get(contexts[match.value.id] ?? 'conflict') ?? new Set()
      return !norms.some((w) => judicial.has(w)) && norms.some((w) => context.has(w))
    }
  })
}
