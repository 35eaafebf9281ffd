import type {Word} from '../parse/prose.js'
import type {Condition} from './conditions.js'
import type {RuleContext} from './context.js'

/**
 * What stands next to a match, for the `before` and `after` conditions: `before: money` holds
 * when a sum of money follows the match, `after: superlative` when a superlative precedes it.
 */

const NUMBER_WORDS = new Set(
  'one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty hundred hundreds thousand thousands dozen dozens handful fraction half a'.split(
    ' '
  )
)

/** The word right after a match in its sentence, and the text between them; undefined at a sentence's end. */
function following(ctx: RuleContext, end: number): {next: Word; between: string} | undefined {
  const {words, blocks} = ctx.prose
  const next = words[end]
  const last = words[end - 1]!
  if (!next || next.block !== last.block || next.sentence !== last.sentence) return undefined
  return {next, between: blocks[next.block]!.text.slice(last.end, next.start)}
}

/** A number or an amount follows: "just $1.4 billion", "only 12 people", "a mere handful". */
const amount: Condition = (ctx, _start, end) => {
  const after = following(ctx, end)
  if (!after || !/^\s*[$£€¥]?\s*$/u.test(after.between)) return false
  const {next, between} = after
  if (/^\d/u.test(next.text) || /[$£€¥]/u.test(between)) return true
  const then = ctx.prose.words[end + 1]?.norm
  if (next.norm === 'a') return then === 'handful' || then === 'fraction' || then === 'few'
  return NUMBER_WORDS.has(next.norm)
}

/** A sum of money follows: "just $1.4 billion", "only £20m" (not "only one of her films"). */
const money: Condition = (ctx, _start, end) => {
  const after = following(ctx, end)
  return after !== undefined && /^\s*[$£€¥]\s*$/u.test(after.between) && /^\d/u.test(after.next.text)
}

/** A verb follows, joined to the match: "finally opened", "has finally agreed", not a list ("and finally in the post"). */
const verb: Condition = (ctx, _start, end) => {
  const next = ctx.prose.words[end]
  if (!next || next.sentence !== ctx.prose.words[end - 1]!.sentence || !ctx.linked[end - 1]) return false
  const pos = ctx.language.pos(end)
  return pos === 'VERB' || pos === 'AUX'
}

/** A superlative stands shortly before: "the largest of its kind", "the worst in history". */
const superlative: Condition = (ctx, start) => {
  const {words} = ctx.prose
  const sentence = words[start]!.sentence
  for (let i = start - 1; i >= 0 && i >= start - 6 && words[i]!.sentence === sentence; i--) {
    const norm = words[i]!.norm
    if (norm === 'most' || norm === 'best' || norm === 'worst' || norm === 'least') return true
    if (/est$/u.test(norm) && (ctx.language.pos(i) === 'ADJ' || ctx.language.pos(i) === 'ADV')) return true
  }
  return false
}

/** What `before: …` may name: what follows the match. */
export const FOLLOWING: Readonly<Record<string, Condition>> = {amount, money, verb}

/** What `after: …` may name: what precedes the match. */
export const PRECEDING: Readonly<Record<string, Condition>> = {superlative}
