import {report, type Reporter} from './context.js'
import {figuresIn} from './figures.js'

/**
 * A statistic in the reporter's voice (a percentage, a money amount, a count of people,
 * casualties or things) in a sentence that credits no source, in a paragraph that has credited
 * none before it, outside headlines.
 */
export function unsourcedFigures(reporter: Reporter): void {
  const {ctx, rule} = reporter
  const {prose, voice} = ctx
  for (const sentence of prose.sentences) {
    // A headline's figures are the story's: the body sources them.
    if (voice.sourced[sentence.index] || prose.blocks[sentence.block]!.kind === 'heading') continue
    for (const figure of figuresIn(prose, sentence.index)) {
      const verdict = reporter.judge(figure.start, figure.end)
      if (!verdict) continue
      const text = prose.blocks[sentence.block]!.text.slice(figure.from, figure.to)
      report(ctx, rule, {
        block: sentence.block,
        start: figure.from,
        end: figure.to,
        reason: `\`${text}\`: a ${figure.kind} with no source in this sentence; say who counted it ("…, police said" or "according to …")`,
        ...verdict,
        word: figure.start
      })
    }
  }
}
