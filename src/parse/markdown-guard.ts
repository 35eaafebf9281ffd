import type {Root, Yaml} from 'mdast'
import type {Plugin} from 'unified'
import {NAME} from '../constants.js'
import {frontMatterEnd} from './front-matter.js'
import {MARKDOWN_PIECE, parseInPieces} from './markdown-pieces.js'
import {parseText} from './text.js'

/** Front matter longer than this is not handed to micromark (see markdownGuard). */
const MAX_FRONT_MATTER_PARSED = 64 * 1024

/**
 * Markdown whose parse would take quadratic time or overflow the stack: micromark resolves deep
 * container nesting line by line against every open container, and emphasis, brackets and
 * code ticks by searching back through every earlier delimiter of the paragraph; remark-gfm
 * then walks the tree recursively. No draft comes near these limits.
 */
const MAX_CONTAINER_PREFIX = 256
const MAX_DELIMITERS_PER_PARAGRAPH = 2000
/**
 * micromark with GFM holds about 250 bytes of events per character of a paragraph (the
 * autolink and table extensions look at every word), so a multi-megabyte paragraph needed
 * gigabytes. A run of lines with no blank line this long is no news paragraph.
 */
export const MAX_PARAGRAPH_CHARS = 256 * 1024

/** Why `source` is not safe to parse as Markdown (with its line), or undefined. One linear pass. */
export function pathologicalMarkdown(source: string): string | undefined {
  // Front matter is not Markdown: the checks start after it.
  const frontMatter = frontMatterEnd(source)
  let line = 1 + countLines(source, frontMatter)
  let delimiters = 0
  let paragraphLine = line
  let paragraphStart = frontMatter
  let atLineStart = true
  let prefix = 0
  let blank = true
  // Table rows and fenced code are not paragraphs: each of their lines starts a new run.
  let notParagraph = false
  let inFence = false
  for (let i = frontMatter; i < source.length; i++) {
    const code = source.charCodeAt(i)
    if (code === 10 || code === 13) {
      if (code === 13 && source.charCodeAt(i + 1) === 10) i++
      if (i - paragraphStart > MAX_PARAGRAPH_CHARS) return `a paragraph over ${MAX_PARAGRAPH_CHARS / 1024} KB (from line ${paragraphLine})`
      if (blank) {
        delimiters = 0
        paragraphLine = line + 1
      }
      if (blank || notParagraph || inFence) paragraphStart = i + 1
      line++
      atLineStart = true
      prefix = 0
      blank = true
      notParagraph = false
      continue
    }
    if (atLineStart) {
      // Leading white space, `>` and list markers: the containers this line sits in.
      const marker = containerMarker(source, i)
      if (marker > 0) {
        prefix += marker
        if (prefix > MAX_CONTAINER_PREFIX) return `Markdown nested too deeply (line ${line})`
        i += marker - 1
        continue
      }
      atLineStart = false
      const fence = (code === 96 || code === 126) && source.charCodeAt(i + 1) === code && source.charCodeAt(i + 2) === code
      if (fence) inFence = !inFence
      notParagraph = fence || code === 124
    }
    if (code !== 32 && code !== 9) blank = false
    if (i - paragraphStart > MAX_PARAGRAPH_CHARS) return `a paragraph over ${MAX_PARAGRAPH_CHARS / 1024} KB (from line ${paragraphLine})`
    // * _ [ ] ` ~
    if (code === 42 || code === 95 || code === 91 || code === 93 || code === 96 || code === 126) {
      if (++delimiters > MAX_DELIMITERS_PER_PARAGRAPH) return `too many emphasis, link or code marks in one paragraph (from line ${paragraphLine})`
    }
  }
  return undefined
}

function countLines(source: string, end: number): number {
  let lines = 0
  for (let i = source.indexOf('\n'); i >= 0 && i < end; i = source.indexOf('\n', i + 1)) lines++
  return lines
}

/** Length of the container marker at `i` (white space, `>`, `-`/`+`/`*` or `1.`/`1)` before a space), or 0. */
function containerMarker(source: string, i: number): number {
  const code = source.charCodeAt(i)
  if (code === 32 || code === 9 || code === 62) return 1
  const spaceAt = (j: number): boolean => source.charCodeAt(j) === 32 || source.charCodeAt(j) === 9
  if ((code === 45 || code === 43 || code === 42) && spaceAt(i + 1)) return 2
  let j = i
  while (j - i < 9 && source.charCodeAt(j) >= 48 && source.charCodeAt(j) <= 57) j++
  if (j > i && (source.charCodeAt(j) === 46 || source.charCodeAt(j) === 41) && spaceAt(j + 1)) return j - i + 2
  return 0
}

export interface GuardOptions {
  /**
   * Parse long documents in pieces (see parseInPieces): not for MDX, whose JSX elements run on
   * past blank lines.
   */
  pieces?: boolean
}

/**
 * unified plugin, after the Markdown parser: a document that is not safe to parse as Markdown
 * is read as plain text instead (linear, offsets exact), with an info message saying why; a
 * long one is parsed in pieces.
 */
export const markdownGuard: Plugin<[GuardOptions?], string, Root> = function ({pieces = false} = {}) {
  const markdown = this.parser!
  this.parser = (document, file) => {
    const problem = pathologicalMarkdown(document)
    if (problem !== undefined) {
      file.message(`${problem}; linted as plain text`, {ruleId: 'plain-text-fallback', source: NAME})
      return parseText(document)
    }
    const parse = (text: string): Root => markdown(text, file) as Root
    const size = pieces ? MARKDOWN_PIECE : Infinity
    // micromark holds events for every line of the front matter: a long one is cut off before
    // the parse and put back as one `yaml` node (too long for its genre to be read).
    const frontMatter = frontMatterEnd(document)
    if (frontMatter <= MAX_FRONT_MATTER_PARSED || !document.startsWith('---')) return parseInPieces(parse, document, {size})
    const body = parseInPieces(parse, document, {from: frontMatter, size})
    // The node remark-frontmatter makes: from the opening fence to the end of the closing one.
    let fenceEnd = frontMatter
    if (document.charCodeAt(fenceEnd - 1) === 10) fenceEnd--
    if (document.charCodeAt(fenceEnd - 1) === 13) fenceEnd--
    const closeStart = document.lastIndexOf('\n', fenceEnd - 1) + 1
    const valueStart = document.indexOf('\n') + 1
    const valueEnd = closeStart - (document.charCodeAt(closeStart - 2) === 13 ? 2 : 1)
    const yaml: Yaml = {
      type: 'yaml',
      value: document.slice(valueStart, Math.max(valueStart, valueEnd)),
      position: {start: {line: 1, column: 1, offset: 0}, end: {line: countLines(document, fenceEnd) + 1, column: fenceEnd - closeStart + 1, offset: fenceEnd}}
    }
    body.children.unshift(yaml)
    body.position = {start: {line: 1, column: 1, offset: 0}, end: body.position?.end ?? yaml.position!.end}
    return body
  }
}
