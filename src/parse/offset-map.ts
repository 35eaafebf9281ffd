import {decodeNamedCharacterReference} from 'decode-named-character-reference'

/**
 * Maps offsets in a block's prose (the decoded text the analysis reads) back to offsets in the
 * source file. Markdown decodes `&amp;`, `\*` and drops container markers (`> ` in block
 * quotes), so prose and source drift apart; every message range goes through this map so that
 * `source.slice(start, end) === actual` holds.
 *
 * A run maps `plen` prose characters onto `slen` source characters. When the lengths agree the
 * mapping inside the run is linear; otherwise the run is atomic (an entity or an escape).
 */
interface Run {
  p: number
  s: number
  plen: number
  slen: number
}

export class OffsetMap {
  private readonly runs: Run[] = []
  private length = 0

  /** Appends prose that is byte-for-byte the source at `sourceStart`. */
  addExact(proseLength: number, sourceStart: number): void {
    if (proseLength === 0) return
    const last = this.runs.at(-1)
    if (last && last.plen === last.slen && last.p + last.plen === this.length && last.s + last.slen === sourceStart) {
      last.plen += proseLength
      last.slen += proseLength
    } else {
      this.runs.push({p: this.length, s: sourceStart, plen: proseLength, slen: proseLength})
    }
    this.length += proseLength
  }

  /** Appends prose that stands for a source span of another length (a placeholder, an entity). */
  addAtom(proseLength: number, sourceStart: number, sourceLength: number): void {
    if (proseLength === sourceLength) return this.addExact(proseLength, sourceStart)
    this.runs.push({p: this.length, s: sourceStart, plen: proseLength, slen: sourceLength})
    this.length += proseLength
  }

  /**
   * Appends a decoded text value whose raw form is `raw` (starting at `rawStart` in the source).
   * The alignment is greedy: equal characters map one to one, escapes and character references
   * map as atoms, and source characters with no prose counterpart (block-quote markers,
   * indentation after a line break, `\r`) are skipped.
   */
  addDecoded(value: string, raw: string, rawStart: number): void {
    if (value === raw) return this.addExact(value.length, rawStart)
    let i = 0
    let j = 0
    while (i < value.length) {
      if (j >= raw.length) {
        // The value outruns its raw text (should not happen); pin the rest to the end.
        this.addAtom(value.length - i, rawStart + raw.length, 0)
        return
      }
      const ch = value[i]
      const r = raw[j]
      if (r === ch) {
        let k = 1
        while (i + k < value.length && j + k < raw.length && value[i + k] === raw[j + k]) k++
        this.addExact(k, rawStart + j)
        i += k
        j += k
      } else if (ch === '\uFFFD' && r === '\u0000') {
        // micromark replaces NUL with U+FFFD.
        this.addAtom(1, rawStart + j, 1)
        i++
        j++
      } else if (r === '\\' && raw[j + 1] === ch) {
        this.addAtom(1, rawStart + j, 2)
        i++
        j += 2
      } else if (r === '&') {
        const reference = matchReference(raw, j)
        if (reference && value.startsWith(reference.decoded, i)) {
          this.addAtom(reference.decoded.length, rawStart + j, reference.length)
          i += reference.decoded.length
          j += reference.length
        } else j++
      } else {
        j++
      }
    }
  }

  /** Source offset of a prose offset; `side` says whether it starts or ends a range. */
  toSource(offset: number, side: 'start' | 'end'): number {
    const runs = this.runs
    if (runs.length === 0) return 0
    let lo = 0
    let hi = runs.length - 1
    // Last run whose start is <= offset (an end offset belongs to the run it closes).
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      const p = runs[mid]!.p
      if (p < offset || (p === offset && side === 'start')) lo = mid
      else hi = mid - 1
    }
    const run = runs[lo]!
    const delta = Math.min(Math.max(offset - run.p, 0), run.plen)
    if (run.plen === run.slen) return run.s + delta
    return delta === 0 ? run.s : run.s + run.slen
  }
}

function matchReference(raw: string, at: number): {decoded: string; length: number} | undefined {
  const match = /^&(?:#(\d{1,7})|#[xX]([\da-fA-F]{1,6})|([a-zA-Z\d]{1,32}));/.exec(raw.slice(at, at + 40))
  if (!match) return undefined
  let decoded: string | false
  if (match[1] !== undefined || match[2] !== undefined) {
    const code = match[1] === undefined ? Number.parseInt(match[2]!, 16) : Number.parseInt(match[1], 10)
    decoded = code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD'
  } else {
    decoded = decodeNamedCharacterReference(match[3]!)
  }
  return decoded ? {decoded, length: match[0].length} : undefined
}
