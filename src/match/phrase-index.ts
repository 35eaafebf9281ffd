import {normalizeWord, type Word} from '../parse/prose.js'

/**
 * A phrase list compiled into an index keyed by the phrase's first word, so matching costs one
 * map lookup per word of text however many phrases there are. Build it once per process.
 */
export interface PhraseMatch<T> {
  /** Word indices: `words[start]` up to, not including, `words[end]`. */
  start: number
  end: number
  value: T
}

interface Entry<T> {
  words: string[]
  caseSensitive: boolean
  value: T
}

export class PhraseIndex<T> {
  private readonly byFirst = new Map<string, Array<Entry<T>>>()

  /**
   * Adds a phrase; `(a|b|)` groups expand to every alternative (an empty one is optional), and
   * `*` after the first word stands for any one word.
   */
  add(phrase: string, value: T, caseSensitive = false): void {
    for (const variant of expandGroups(phrase)) {
      const words = variant.split(/\s+/u).filter(Boolean)
      if (words.length === 0) continue
      const keyed = caseSensitive ? words : words.map(normalizeWord)
      const key = normalizeWord(keyed[0]!)
      const list = this.byFirst.get(key)
      const entry = {words: keyed, caseSensitive, value}
      if (list) list.push(entry)
      else this.byFirst.set(key, [entry])
    }
  }

  /**
   * Every phrase that starts at word `i`. `linked[j]` says word j and j + 1 stand next to each
   * other with only white space between them (same block, no punctuation).
   */
  matchAt(words: readonly Word[], linked: Uint8Array, i: number): Array<PhraseMatch<T>> {
    const entries = this.byFirst.get(words[i]!.norm)
    if (!entries) return []
    const found: Array<PhraseMatch<T>> = []
    for (const entry of entries) {
      const n = entry.words.length
      if (i + n > words.length) continue
      let ok = true
      for (let k = 0; k < n && ok; k++) {
        const word = words[i + k]!
        const want = entry.words[k]!
        ok = want === '*' || (entry.caseSensitive ? word.text.replace(/\u2019/gu, "'") : word.norm) === want
        if (ok && k < n - 1) ok = linked[i + k] === 1
      }
      if (ok) found.push({start: i, end: i + n, value: entry.value})
    }
    return found
  }
}

/** The most variants one phrase may expand to: `(a|b)` groups multiply, so a long phrase could explode. */
export const MAX_VARIANTS = 10_000

/** Expands `(a|b|)` groups into every combination of alternatives. */
export function expandGroups(phrase: string): string[] {
  if (countVariants(phrase) > MAX_VARIANTS) throw new RangeError(`the phrase \`${phrase.slice(0, 60)}\` expands to more than ${MAX_VARIANTS} variants`)
  return expandVariants(phrase)
}

/**
 * How many strings `expandGroups` builds for `phrase` (counted up to just past MAX_VARIANTS):
 * groups expand innermost first, so every group, nested or not, multiplies the count by its own
 * number of alternatives. Linear in the phrase's length; an unbalanced parenthesis is text.
 */
export function countVariants(phrase: string): number {
  // For each open group: the `|` directly inside it.
  const open: number[] = []
  let count = 1
  for (const ch of phrase) {
    if (ch === '(') open.push(0)
    else if (ch === '|' && open.length > 0) open[open.length - 1]!++
    else if (ch === ')' && open.length > 0) count = Math.min(count * (open.pop()! + 1), MAX_VARIANTS + 1)
  }
  return count
}

function expandVariants(phrase: string): string[] {
  const group = /\(([^()]*)\)/u.exec(phrase)
  if (!group) return [phrase.trim()]
  const head = phrase.slice(0, group.index)
  const tail = phrase.slice(group.index + group[0].length)
  return group[1]!.split('|').flatMap((alternative) => expandVariants(`${head}${alternative}${tail}`))
}

/** For each word, whether the next word follows it with only white space between (same block). */
export function linkWords(words: readonly Word[], blockText: (block: number) => string): Uint8Array {
  const linked = new Uint8Array(words.length)
  for (let i = 0; i + 1 < words.length; i++) {
    const a = words[i]!
    const b = words[i + 1]!
    if (a.block === b.block && /^[ \t\r\n]+$/u.test(blockText(a.block).slice(a.end, b.start))) linked[i] = 1
  }
  return linked
}
