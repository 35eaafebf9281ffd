import {contextWindow, type Reporter} from './context.js'
import {excluded, ruleIndex} from './term-rule.js'

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
  const index = ruleIndex(rule.spec)
  let reached = 0
  for (let i = 0; i < words.length; i++) {
    const [match] = index.matchAt(words, ctx.linked, i, ctx.language).sort((a, b) => b.end - a.end)
    if (!match || i < reached || excluded(ctx, match.value, match.start, match.end)) continue
    const {from, to} = contextWindow(ctx, match.start, match.end)
    const norms = words.slice(from, to).map((w) => w.norm)
    const context = lists.get(contexts[match.value.id] ?? 'conflict') ?? new Set()
    if (norms.some((w) => judicial.has(w)) || !norms.some((w) => context.has(w))) continue
    if (report.match(match)) reached = match.end
  }
}
