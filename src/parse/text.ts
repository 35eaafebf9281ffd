import type {Heading, Paragraph, Root} from 'mdast'
import type {Plugin} from 'unified'
import {location} from 'vfile-location'

const HEADLINE_MAX_WORDS = 20

/**
 * unified parser for plain-text drafts: no Markdown, just paragraphs. A line is a paragraph,
 * unless it is hard-wrapped (it ends mid-sentence and the next line goes on in lower case);
 * blank lines separate paragraphs too. A short first line with no closing punctuation is the
 * headline, as in most wire copy.
 */
export const textParse: Plugin<[], string, Root> = function () {
  this.parser = parseText
}

export function parseText(document: string): Root {
  const place = location(document)
  const children: Array<Paragraph | Heading> = []
  const lines = [...document.matchAll(/[^\r\n]*(?:\r\n|\r|\n|$)/gu)]
  let start = -1
  let end = -1
  const flush = (): void => {
    if (start < 0) return
    const value = document.slice(start, end)
    const position = {start: {...place.toPoint(start)!, offset: start}, end: {...place.toPoint(end)!, offset: end}}
    const text = {type: 'text' as const, value, position}
    const headline = children.length === 0 && !/[.!?…:;,"”'’)]$/u.test(value) && value.split(/\s+/u).length <= HEADLINE_MAX_WORDS
    children.push(headline ? {type: 'heading', depth: 1, children: [text], position} : {type: 'paragraph', children: [text], position})
    start = -1
  }
  for (const line of lines) {
    const content = line[0].replace(/[\r\n]+$/u, '')
    const at = line.index
    if (content.trim() === '') {
      flush()
      continue
    }
    const contentStart = at + content.length - content.trimStart().length
    const contentEnd = at + content.trimEnd().length
    const wrapped = start >= 0 && !/[.!?…:"”]$/u.test(document.slice(start, end)) && /^\p{Ll}/u.test(content.trimStart())
    if (!wrapped) flush()
    if (start < 0) start = contentStart
    end = contentEnd
  }
  flush()
  return {type: 'root', children, position: {start: place.toPoint(0)!, end: place.toPoint(document.length)!}}
}
