import type {Change} from './compose.js'

/** Lines of context around each change, as in `diff -u`. */
const CONTEXT = 3

interface Block {
  /** The first and last changed line of the original (0-based, inclusive). */
  from: number
  to: number
  /** The lines that replace them, each with its line ending. */
  lines: string[]
}

/**
 * A unified diff (`--- a/…`, `+++ b/…`, hunks with three lines of context) of `before` and
 * the same text with `changes` (sorted, non-overlapping, in `before`'s offsets) applied, or ''
 * when nothing changes. Built from the changes in one pass over the text: no line matching,
 * so its cost is linear however many changes there are. A line keeps its ending (`\r` shows).
 */
export function unifiedDiff(name: string, before: string, changes: readonly Change[]): string {
  const starts = lineStarts(before)
  const count = starts.length - 1
  const line = (i: number): string => before.slice(starts[i], starts[i + 1])
  const blocks = changedBlocks(before, changes, starts)
  if (blocks.length === 0) return ''
  const out = [`--- a/${name}`, `+++ b/${name}`]
  let shift = 0
  for (let b = 0; b < blocks.length;) {
    // One hunk: the blocks whose gaps are at most twice the context.
    let last = b
    while (last + 1 < blocks.length && blocks[last + 1]!.from - blocks[last]!.to - 1 <= 2 * CONTEXT) last++
    const from = Math.max(0, blocks[b]!.from - CONTEXT)
    const to = Math.min(count - 1, blocks[last]!.to + CONTEXT)
    const body: string[] = []
    let added = 0
    let at = from
    for (let i = b; i <= last; i++) {
      const block = blocks[i]!
      for (; at < block.from; at++) push(body, ' ', line(at))
      for (; at <= block.to; at++) push(body, '-', line(at))
      for (const text of block.lines) push(body, '+', text)
      added += block.lines.length - (block.to - block.from + 1)
    }
    for (; at <= to; at++) push(body, ' ', line(at))
    const oldLines = to - from + 1
    out.push(`@@ -${range(from + 1, oldLines)} +${range(from + 1 + shift, oldLines + added)} @@`, ...body)
    shift += added
    b = last + 1
  }
  return `${out.join('\n')}\n`
}

/** The offset where each line starts, and the text's length at the end. */
function lineStarts(text: string): number[] {
  const starts = [0]
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1)
  if (starts.at(-1) !== text.length) starts.push(text.length)
  return starts
}

/** The changed lines, merged where changes share or touch a line, with their new text. */
function changedBlocks(before: string, changes: readonly Change[], starts: readonly number[]): Block[] {
  const blocks: Array<{from: number; to: number; changes: Change[]}> = []
  let lineIndex = 0
  const lineOf = (offset: number): number => {
    // Changes come in order, so the line index only moves forward.
    while (lineIndex + 1 < starts.length - 1 && starts[lineIndex + 1]! <= offset) lineIndex++
    return lineIndex
  }
  for (const change of changes) {
    if (change.text === before.slice(change.start, change.end)) continue
    const from = lineOf(change.start)
    // A change that removes a line ending joins the next line to its own.
    const to = change.end > change.start && before[change.end - 1] !== '\n' ? lineOf(change.end - 1) : lineOf(change.end)
    const previous = blocks.at(-1)
    if (previous && from <= previous.to + 1) {
      previous.to = Math.max(previous.to, to)
      previous.changes.push(change)
    } else blocks.push({from, to, changes: [change]})
  }
  return blocks.map(({from, to, changes: inside}) => {
    const end = starts[Math.min(to + 1, starts.length - 1)]!
    const parts: string[] = []
    let at = starts[from]!
    for (const change of inside) {
      parts.push(before.slice(at, change.start), change.text)
      at = change.end
    }
    parts.push(before.slice(at, end))
    return {from, to: Math.min(to, starts.length - 2), lines: splitLines(parts.join(''))}
  })
}

function splitLines(text: string): string[] {
  const lines: string[] = []
  let at = 0
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    lines.push(text.slice(at, i + 1))
    at = i + 1
  }
  if (at < text.length) lines.push(text.slice(at))
  return lines
}

/** One diff line; a line with no newline (the file's last) is followed by the usual marker. */
function push(body: string[], mark: string, text: string): void {
  if (text.endsWith('\n')) body.push(mark + text.slice(0, -1))
  else body.push(mark + text, '\\ No newline at end of file')
}

function range(start: number, count: number): string {
  // An empty range names the line before it.
  return count === 1 ? String(start) : `${count === 0 ? start - 1 : start},${count}`
}
