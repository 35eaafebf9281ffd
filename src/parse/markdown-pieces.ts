import type {Html, Root, RootContent} from 'mdast'
import {visit} from 'unist-util-visit'
import {frontMatterEnd} from './front-matter.js'

/** A Markdown parser: one document (or piece of one) in, its mdast tree out. */
export type MarkdownParser = (document: string) => Root

/**
 * Markdown longer than this is parsed in pieces of about this size. micromark holds every event
 * of a document until the tree is built (about 100 bytes a character of news prose), so a 10 MB
 * draft peaked at a gigabyte in the parser alone; in pieces it holds one piece's events at a time.
 * Small pieces also keep those events young: a 64 KB piece's outlived several scavenges and
 * were copied to the old generation (125 MB promoted on a 1 MB draft, 82 MB with 16 KB pieces).
 */
export const MARKDOWN_PIECE = 16 * 1024

/**
 * A place to cut: the start of an empty line followed by a line that starts with a letter.
 * Such a line cannot continue a list, a block quote, a table, a paragraph or indented code, so
 * the document before the empty line parses alone to the same blocks as in the whole (the
 * empty line goes with the next piece: at the end of a piece it would join unclosed code in a
 * list; a line of spaces could be indented code's). Only fenced code and the HTML blocks that
 * run until an end marker (comments, `<pre>`…) go on past it; those are checked after the
 * parse (see `runsOn`).
 */
const CUT = /(?:\r\n|\r(?!\n)|\n)(?=(?:\r\n|\r(?!\n)|\n)\p{L})/gu

export interface PieceOptions {
  /** Where the Markdown starts (after front matter the caller cut off); a line start. */
  from?: number
  size?: number
}

/**
 * Parses `document` in pieces cut where each parses to the same tree alone as in the whole,
 * with every position in the whole document's lines and offsets. Front matter is never cut,
 * nor a document that opens with a fence left unclosed; a document with link or footnote
 * definitions (`[x]: …`, which any piece may use) is parsed whole.
 */
export function parseInPieces(parse: MarkdownParser, document: string, {from = 0, size = MARKDOWN_PIECE}: PieceOptions = {}): Root {
  const firstCut = from > 0 ? from : frontMatterEnd(document) || (/^(?:---|\+\+\+)/u.test(document) ? document.length : 0)
  if (document.length - from <= size || document.includes(']:', from)) {
    const tree = parse(from === 0 ? document : document.slice(from))
    return from === 0 ? tree : shift(tree, from, lineCount(document, 0, from))
  }
  const children: RootContent[] = []
  let start = from
  let lines = lineCount(document, 0, from)
  let end = {line: 1, column: 1, offset: 0}
  while (start < document.length) {
    let cut = cutAfter(document, Math.max(start + size, firstCut))
    let tree = parse(document.slice(start, cut))
    for (let ends = runsOn(tree, document.slice(start, cut)); ends && cut < document.length; ends = runsOn(tree, document.slice(start, cut))) {
      // The last block goes on past the cut. After an empty line, it starts the next piece:
      // everything before it is closed by then, so the piece's other blocks stand as parsed.
      const before = emptyLineBefore(document, start, start + tree.children.at(-1)!.position!.start.offset!)
      if (before !== undefined) {
        tree.children.pop()
        cut = before
        break
      }
      // Else the piece runs to the end of the line that ends the block (or of the document):
      // after it, too, everything is closed.
      ends.lastIndex = cut
      const close = ends.exec(document)
      cut = close ? lineAfter(document, close.index + close[0].length) : document.length
      tree = parse(document.slice(start, cut))
    }
    shift(tree, start, lines)
    for (const child of tree.children) children.push(child)
    if (tree.position) end = tree.position.end as typeof end
    lines += lineCount(document, start, cut)
    start = cut
  }
  return {type: 'root', children, position: {start: {line: 1, column: 1, offset: 0}, end}}
}

/** The first cut at or after `at` (the start of the line after it), or the document's end. */
function cutAfter(document: string, at: number): number {
  CUT.lastIndex = at
  const cut = CUT.exec(document)
  return cut ? cut.index + cut[0].length : document.length
}

/**
 * The start of the line after offset `at` (or the document's end); when that line opens with a
 * front-matter fence (a piece starting there would read front matter), the next cut instead.
 */
function lineAfter(document: string, at: number): number {
  const ending = /\r\n|\r|\n/gu
  ending.lastIndex = at
  const next = ending.exec(document)
  if (!next) return document.length
  const line = next.index + next[0].length
  return /^(?:---|\+\+\+)/u.test(document.slice(line, line + 3)) ? cutAfter(document, line) : line
}

/**
 * The start of the empty line just before the line holding offset `at`, if there is one after
 * `start` (preceded by a line ending, as a cut is); else undefined.
 */
function emptyLineBefore(document: string, start: number, at: number): number | undefined {
  const lineStart = Math.max(document.lastIndexOf('\n', at - 1), document.lastIndexOf('\r', at - 1)) + 1
  const ending = document.startsWith('\r\n', lineStart - 2) ? 2 : 1
  const empty = lineStart - ending
  const previous = document.charCodeAt(empty - 1)
  return empty > start && lineStart > 0 && (previous === 10 || previous === 13) ? empty : undefined
}

/**
 * When the piece's last block is fenced code or an HTML block with no end yet (it runs to the
 * end of the piece, and in the whole document past the cut): a global pattern for what ends
 * it, as CommonMark says (a closing fence line; the end marker). Otherwise undefined.
 */
function runsOn(tree: Root, piece: string): RegExp | undefined {
  const last = tree.children.at(-1)
  if (!last?.position) return undefined
  if (last.type === 'code') return openFence(piece.slice(last.position.start.offset, last.position.end.offset))
  if (last.type === 'html') return openHtml(last)
  return undefined
}

function openFence(text: string): RegExp | undefined {
  const marks = /^ {0,3}(`{3,}|~{3,})/u.exec(text)?.[1]
  if (!marks) return undefined
  const closing = ` {0,3}${marks[0]}{${marks.length},}[ \\t]*`
  const lines = text.split(/\r\n|\r|\n/u)
  if (lines.length > 1 && new RegExp(`^${closing}$`, 'u').test(lines.at(-1)!)) return undefined
  return new RegExp(`(?<=^|[\\r\\n])${closing}(?=[\\r\\n]|$)`, 'gu')
}

/** HTML blocks that end at a marker, not at a blank line: [opening, end marker]. */
const MARKED_HTML: Array<[RegExp, RegExp]> = [
  [/^<!--/u, /-->/u],
  [/^<\?/u, /\?>/u],
  [/^<!\[CDATA\[/u, /\]\]>/u],
  [/^<![A-Za-z]/u, />/u],
  [/^<(?:script|pre|style|textarea)(?:[\s>]|$)/iu, /<\/(?:script|pre|style|textarea)>/iu]
]

function openHtml(node: Html): RegExp | undefined {
  const value = node.value.trimStart()
  for (const [opening, end] of MARKED_HTML) {
    const open = opening.exec(value)
    if (!open) continue
    // Closed when the end marker comes after the whole opening (`<!-->` is left open: a
    // needless longer piece at worst).
    return end.test(value.slice(open[0].length)) ? undefined : new RegExp(end.source, `g${end.flags}`)
  }
  return undefined
}

/** `tree` parsed from a piece at `offset` (a line start, after `lines` line endings): its positions moved there. */
function shift(tree: Root, offset: number, lines: number): Root {
  visit(tree, (node) => {
    if (!node.position) return
    node.position.start.offset = (node.position.start.offset ?? 0) + offset
    node.position.end.offset = (node.position.end.offset ?? 0) + offset
    node.position.start.line += lines
    node.position.end.line += lines
  })
  return tree
}

/** Line endings (CRLF, CR or LF, as micromark counts them) from `start` to `end`. */
function lineCount(document: string, start: number, end: number): number {
  let lines = 0
  for (let i = start; i < end; i++) {
    const code = document.charCodeAt(i)
    if (code === 10 || (code === 13 && document.charCodeAt(i + 1) !== 10)) lines++
  }
  return lines
}
