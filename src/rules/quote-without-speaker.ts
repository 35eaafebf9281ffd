import {report, type Reporter} from './context.js'

/** Fewer words than this is a fragment: the scare-quotes rule judges those. */
const MIN_WORDS = 4

/**
 * A direct quotation (or a Markdown block quote) of several words that no one is credited
 * with: no speaker in its sentence, the sentence before or after, a colon lead-in, or the
 * quotation it continues.
 */
export function quoteWithoutSpeaker({ctx, rule}: Reporter): void {
  for (const q of ctx.voice.quotations) {
    if (q.speaker || (q.kind !== 'direct' && q.kind !== 'block') || q.words.end - q.words.start < MIN_WORDS) continue
    const severity = rule.severityFor('quote')
    if (!severity) continue
    report(ctx, rule, {
      block: q.block,
      start: q.start,
      end: q.end,
      reason: 'Quotation with no speaker; say who said it, in this sentence or the next',
      voice: 'quote',
      severity,
      word: q.words.start
    })
  }
}
