import retextEquality from 'retext-equality'
import {VFile} from 'vfile'
import {report, voiceOfRange, type ActiveRule, type RuleContext} from './context.js'

interface EqualityPattern {
  id: string
  inconsiderate: Record<string, string>
}

// retext-equality does not export its pattern list; read it from beside its entry point.
const patternsUrl = new URL('patterns-en.js', import.meta.resolve('retext-equality'))
const {patterns} = (await import(patternsUrl.href)) as {patterns: EqualityPattern[]}

type Transform = (tree: unknown, file: VFile) => void
const transforms = new Map<string, Transform>()

/** One retext-equality transformer per allow-list of pattern ids, built once per process. */
function transformFor(ids: readonly string[]): Transform {
  const key = ids.join(' ')
  let transform = transforms.get(key)
  if (!transform) {
    const keep = new Set(ids)
    const ignore = patterns.filter((p) => !keep.has(p.id)).flatMap((p) => Object.keys(p.inconsiderate))
    transform = (retextEquality as unknown as (options: {ignore: string[]}) => Transform)({ignore})
    transforms.set(key, transform)
  }
  return transform
}

/**
 * Inclusive language through retext-equality: its messages become `equality` messages (its
 * pattern id goes into `data.term`), under the same voice policy as every slant rule. Only the
 * pattern ids in the rule's `ids` option run: many of its patterns (he/she, "just", "master")
 * are noise in news copy.
 */
export function equality(ctx: RuleContext, rule: ActiveRule): void {
  const scratch = new VFile({value: ctx.prose.source})
  transformFor(rule.option<string[]>('ids', []))(ctx.prose.tree, scratch)
  const {words} = ctx.prose
  for (const message of scratch.messages) {
    const start = message.place && 'start' in message.place ? message.place.start.offset : undefined
    const end = message.place && 'end' in message.place ? message.place.end.offset : undefined
    if (start === undefined || end === undefined) continue
    const first = wordAt(words, start)
    if (first < 0) continue
    let last = first
    while (last + 1 < words.length && words[last + 1]!.sourceEnd <= end) last++
    const voice = voiceOfRange(ctx.voice, first, last + 1)
    const severity = rule.severityFor(voice)
    if (!severity) continue
    const w0 = words[first]!
    const reason = message.reason.replace('in somes cases', 'in some cases')
    report(ctx, rule, {
      block: w0.block,
      start: w0.start,
      end: words[last]!.end,
      reason,
      voice,
      severity,
      expected: (message.expected ?? []) as string[],
      word: first,
      note: `${message.note ?? ''} (retext-equality: ${message.ruleId})`.trim()
    })
  }
}

/** Index of the word starting at a source offset (binary search), or -1. */
function wordAt(words: RuleContext['prose']['words'], offset: number): number {
  let lo = 0
  let hi = words.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const start = words[mid]!.sourceStart
    if (start === offset) return mid
    if (start < offset) lo = mid + 1
    else hi = mid - 1
  }
  return -1
}
