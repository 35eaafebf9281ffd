import type {Block} from '../parse/prose.js'

/** A pair of quotation marks found in one block (prose offsets). */
export interface QuoteMarks {
  block: number
  /** Offset of the opening mark, and just past the closing mark (or the block end when open). */
  start: number
  end: number
  /** The text between the marks. */
  innerStart: number
  innerEnd: number
  /** No closing mark before the block ended (a quote running on into the next paragraph). */
  open: boolean
  double: boolean
}

type Role = 'open' | 'close' | 'either'

const OPEN_BEFORE = /[\s([{\-\u2013\u2014/:;]/u
const WORDISH = /[\p{L}\p{N}]/u
const CLOSE_AFTER = /[\s)\]}.,;:!?\-\u2013\u2014/]/u

/** Elisions that look like opening single quotes: 'n', 'em, 'tis, '90s, '24… */
const ELISION = /^(?:n'|n\u2019|em\b|tis\b|twas\b|cause\b|til\b|bout\b|round\b|\d)/i

/**
 * How many characters the double quotation mark at `at` spans: 1, or 2 for the typewriter
 * pairs ``…'' and ''…'' that wire copy and older archives use for “…”; 0 if there is none.
 */
function doubleMarkAt(text: string, at: number): number {
  const ch = text[at]!
  if (ch === '"' || ch === '\u201C' || ch === '\u201D' || ch === '\u201E' || ch === '\u00AB' || ch === '\u00BB') return 1
  if (ch !== "'" && ch !== '`') return 0
  let start = at
  while (start > 0 && text[start - 1] === ch) start--
  let end = at + 1
  while (end < text.length && text[end] === ch) end++
  if (end - start === 2) return at === start ? 2 : 0
  if (end - start !== 3) return 0
  // ''' is a double and a single mark together: opening, the double comes first (''' 'Tis …');
  // closing, the single does (… by that?''' Mr. Biden said).
  const opening = start === 0 || OPEN_BEFORE.test(text[start - 1]!)
  return at === (opening ? start : start + 1) ? 2 : 0
}

function roleOfDouble(text: string, at: number, width: number): Role | undefined {
  const ch = text[at]!
  // A left mark after a word and before a space closes a quotation typed with the wrong mark: "… here,“ said".
  if (ch === '\u201C' && at > 0 && !OPEN_BEFORE.test(text[at - 1]!) && (at + 1 >= text.length || /\s/u.test(text[at + 1]!))) return 'close'
  if (ch === '\u201C' || ch === '\u201E' || ch === '\u00AB' || ch === '`') return 'open'
  // A right mark after a space and before a word opens a quotation typed with the wrong mark: ”We …”.
  if (ch === '\u201D') return (at === 0 || OPEN_BEFORE.test(text[at - 1]!)) && WORDISH.test(text[at + 1] ?? '') ? 'open' : 'close'
  if (ch === '\u00BB') return 'close'
  // Straight quote: decide by its neighbours.
  const before = at === 0 ? ' ' : text[at - 1]!
  const after = at + width >= text.length ? ' ' : text[at + width]!
  const canOpen = (OPEN_BEFORE.test(before) || before === '\u201C' || before === "'" || before === '\u2018') && !/\s/u.test(after)
  const canClose = !/\s/u.test(before) && (CLOSE_AFTER.test(after) || after === "'" || after === '\u2019')
  if (canOpen && canClose) return 'either'
  if (canOpen) return 'open'
  if (canClose) return 'close'
  // Spaces on both sides: the close of a quotation that ends in a nested quote or a stray space
  // ("… 'a flight to quality,' " he said); it never opens one.
  return /\s/u.test(before) && /\s/u.test(after) ? 'close' : undefined
}

function roleOfSingle(text: string, at: number): Role | undefined {
  const ch = text[at]!
  const before = at === 0 ? ' ' : text[at - 1]!
  const after = at + 1 >= text.length ? ' ' : text[at + 1]!
  // Inside a word (Israel's, don't) it is an apostrophe.
  if (WORDISH.test(before) && WORDISH.test(after)) return undefined
  if ((OPEN_BEFORE.test(before) || before === '"' || before === '\u201C' || before === "'") && WORDISH.test(after)) {
    if (ch === '\u2019' && /\d/u.test(after)) return undefined
    if (ELISION.test(text.slice(at + 1, at + 6))) return undefined
    return 'open'
  }
  if (!/\s/u.test(before) && (CLOSE_AFTER.test(after) || after === '"' || after === '\u201D' || after === "'")) return 'close'
  return undefined
}

/**
 * Pairs quotation marks in each block. Double quotes pair across the whole block and may stay
 * open at its end; single quotes pair only when both marks are found (otherwise they are
 * apostrophes: the students' union, rock 'n' roll).
 */
export function findQuoteMarks(blocks: readonly Block[]): QuoteMarks[] {
  const found: QuoteMarks[] = []
  for (const block of blocks) {
    const {text} = block
    const firstOfBlock = found.length
    let openDouble = -1
    let openWidth = 1
    // A quotation in the other style of double marks opened inside the open one ("… “…” …"): part of it.
    let nested = false
    let openSingle = -1
    const singles: QuoteMarks[] = []
    for (let at = 0; at < text.length; at++) {
      const ch = text[at]!
      const width = doubleMarkAt(text, at)
      if (width > 0) {
        const role = roleOfDouble(text, at, width)
        const sameStyle = openDouble >= 0 && straight(text[openDouble]!) === straight(ch)
        if (nested && !sameStyle) {
          if (role !== undefined && role !== 'open') nested = false
        } else if (role !== undefined && openDouble >= 0 && role !== 'open') {
          found.push(marks(block.index, openDouble, at + width, false, true, openWidth, width))
          openDouble = -1
          openSingle = -1
          nested = false
        } else if (role === 'open' && openDouble >= 0 && !sameStyle) {
          nested = true
        } else if (role !== undefined && role !== 'close') {
          openDouble = at
          openWidth = width
        }
        at += width - 1
      } else if (ch === "'" || ch === '\u2018' || ch === '\u2019') {
        const role = roleOfSingle(text, at)
        if (role === 'open') openSingle = at
        else if (role === 'close' && openSingle >= 0) {
          singles.push(marks(block.index, openSingle, at + 1, false, false))
          openSingle = -1
        }
      }
    }
    if (openDouble >= 0) found.push(marks(block.index, openDouble, text.length, true, true, openWidth, 0))
    // A single-quoted span inside a double-quoted one is part of that quotation. Doubles of this
    // block are in order, so one pass over both lists keeps this linear.
    const doubles = found.slice(firstOfBlock)
    let d = 0
    for (const single of singles) {
      while (d < doubles.length && doubles[d]!.end < single.end) d++
      const outer = doubles[d]
      if (!(outer && outer.start < single.start && single.end <= outer.end)) found.push(single)
    }
  }
  return found.sort((a, b) => a.block - b.block || a.start - b.start)
}

/** A straight double mark, as against a typographic one. */
const straight = (ch: string): boolean => ch === '"'

function marks(block: number, start: number, end: number, open: boolean, double: boolean, openWidth = 1, closeWidth = 1): QuoteMarks {
  return {block, start, end, innerStart: start + openWidth, innerEnd: end - closeWidth, open, double}
}
