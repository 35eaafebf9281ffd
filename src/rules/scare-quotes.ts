import {reasonFor, report, type Reporter} from './context.js'

/**
 * Flags quotation marks that distance the reporter from a word without crediting anyone:
 * short fragments with no speaker, and quoted proper names (the voice analysis decides which
 * quotations are `scare`).
 */
export function scareQuotes({ctx, rule}: Reporter): void {
  for (const q of ctx.voice.quotations) {
    if (q.kind !== 'scare') continue
    const severity = rule.severityFor('scare')
    if (!severity) continue
    const text = ctx.prose.blocks[q.block]!.text
    const inner = text.slice(q.inner.start, q.inner.end)
    report(ctx, rule, {
      block: q.block,
      start: q.start,
      end: q.end,
      reason: reasonFor(rule.spec, inner, {suggest: [inner]}),
      voice: 'scare',
      severity,
      expected: [inner],
      word: q.words.start
    })
  }
}
