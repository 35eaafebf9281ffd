import type {Root} from 'mdast'
import type {Plugin} from 'unified'
import {NAME} from '../constants.js'
import {parseText} from './text.js'

/**
 * Markdown whose parse would take quadratic time or overflow the stack: micromark resolves deep
 * container nesting line by line against every open container, and emphasis, brackets and
 * code ticks by searching back through every earlier delimiter of the paragraph; remark-gfm
 * then walks the tree recursively. No draft comes near these limits.
 */
const MAX_CONTAINER_PREFIX = 256
const MAX_DELIMITERS_PER_PARAGRAPH = 2000

/** Why `source` is not safe to parse as Markdown (with its line), or undefined. One linear pass. */
export function pathologicalMarkdown(source: string): string | undefined {
  let line = 1
  let delimiters = 0
  let paragraphLine = 1
  let atLineStart = true
  let prefix = 0
  let blank = true
  for (let i = 0; i < source.length; i++) {
    const code = source.charCodeAt(i)
    if (code === 10 || code === 13) {
      if (code === 13 && source.charCodeAt(i + 1) === 10) i++
      if (blank) {
        delimiters = 0
        paragraphLine = line + 1
      }
      line++
      atLineStart = true
      prefix = 0
      blank = true
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
    }
    if (code !== 32 && code !== 9) blank = false
    // * _ [ ] ` ~
    if (code === 42 || code === 95 || code === 91 || code === 93 || code === 96 || code === 126) {
      if (++delimiters > MAX_DELIMITERS_PER_PARAGRAPH) return `too many emphasis, link or code marks in one paragraph (from line ${paragraphLine})`
    }
  }
  return undefined
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

/**
 * unified plugin, after the Markdown parser: a document that is not safe to parse as Markdown
 * is read as plain text instead (linear, offsets exact), with an info message saying why.
 */
export const markdownGuard: Plugin<[], string, Root> = function () {
  const markdown = this.parser!
  this.parser = (document, file) => {
    const problem = pathologicalMarkdown(document)
    if (problem === undefined) return markdown(document, file)
    file.message(`${problem}; linted as plain text`, {ruleId: 'plain-text-fallback', source: NAME})
    return parseText(document)
  }
}
