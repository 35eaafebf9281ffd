import type {VFile} from 'vfile'
import {PhraseIndex} from '../match/phrase-index.js'
import {NAME} from '../constants.js'
import type {RuleContext} from './context.js'

const indexes = new WeakMap<readonly string[], PhraseIndex<true>>()

/** A phrase with capitals (a name: `Legendary Pictures`) is allowed only with those capitals. */
function indexOf(phrases: readonly string[]): PhraseIndex<true> {
  let index = indexes.get(phrases)
  if (!index) {
    index = new PhraseIndex<true>()
    for (const phrase of phrases) index.add(phrase, true, phrase !== phrase.toLowerCase())
    indexes.set(phrases, index)
  }
  return index
}

/** Source ranges of every occurrence of the allowed phrases. */
export function allowedRanges(ctx: RuleContext, phrases: readonly string[]): Array<[number, number]> {
  const index = indexOf(phrases)
  const {words} = ctx.prose
  const ranges: Array<[number, number]> = []
  for (let i = 0; i < words.length; i++) {
    for (const match of index.matchAt(words, ctx.linked, i, ctx.language)) ranges.push([words[match.start]!.sourceStart, words[match.end - 1]!.sourceEnd])
  }
  return ranges
}

/** Drops slant's findings that lie inside an allowed phrase: the phrase suppresses only itself. */
export function dropAllowed(file: VFile, ranges: ReadonlyArray<[number, number]>): void {
  if (ranges.length === 0) return
  // Compacted in place: a spread of every kept message would overflow the stack on a long draft.
  let kept = 0
  for (const m of file.messages) {
    const start = m.place && 'start' in m.place ? m.place.start.offset : undefined
    const end = m.place && 'end' in m.place ? m.place.end.offset : undefined
    if (m.source !== NAME || start === undefined || end === undefined || !ranges.some(([a, b]) => a <= start && end <= b)) file.messages[kept++] = m
  }
  file.messages.length = kept
}
