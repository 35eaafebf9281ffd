import type {Heading, Paragraph, Root} from 'mdast'
import type {Plugin} from 'unified'
import {location} from 'vfile-location'

const HEADLINE_MAX_WORDS = 20

/**
 * unified parser for plain-text drafts: no Markdown, just paragraphs. A line is a paragraph,
 * unless it is hard-wrapped (it ends mid-sentence and the next line goes on in lower case);
 * blank lines separate paragraphs too. A short first line with no closing punctuation (or in
 * title case) is the headline, as in most wire copy; a later short line in title case is a subhead.
 */
export const textParse: Plugin<[], string, Root> = function () {
  this.parser = parseText
}

/** The words of a paragraph that is one short line, or undefined. */
function shortLine(value: string): string[] | undefined {
  const words = value.split(/\s+/u)
  return words.length <= HEADLINE_MAX_WORDS && !/[\r\n]/u.test(value) ? words : undefined
}

/**
 * The first paragraph is the headline when it is one short line with no closing punctuation,
 * one that opens with a kicker or a speaker and a colon, one that quotes a speaker after a colon,
 * one that ends in the semicolon before its dek, or a short line in title case ("Poll: Wealthy
 * Voters Abandon the Party."), as exported copy often ends headlines with a full stop.
 */
function isHeadline(value: string): boolean {
  const words = shortLine(value)
  if (!words) return false
  if (!/[.!?…:;,"”'’)]$/u.test(value)) return true
  // "Poll: Clinton and Trump in dead heat." / "Sanders: Clinton needs to …": a kicker or a
  // speaker and a colon open the line.
  if (/^(?:\S+\s+){0,3}\S+?:\s+\S/u.test(value) && !/:\s*$/u.test(value)) return true
  // `Silverman heckles Sanders supporters: 'You're being ridiculous.'`: a speaker's line quoted after a colon.
  if (/^[^.!?:"\u201C\u2018]+:\s+["'\u201C\u2018][^"\u201C\u201D]+["'\u201D\u2019]$/u.test(value)) return true
  // `Obama rips rhetoric over 'radical Islam';`: a headline ending in a semicolon before its dek (USA Today style).
  if (value.endsWith(';')) return true
  return /\.[\u2019\u201D'"]*$/u.test(value) && titleCase(words)
}

/**
 * A later paragraph is a subhead when it is one short line in title case (`Maria Hinojosa Explained
 * Why She Felt "Invisible" As A Child.`), as listicles and exported copy set them.
 */
function isSubhead(value: string): boolean {
  const words = shortLine(value)
  return words !== undefined && titleCase(words)
}

/** Three or more content words, nearly all capitalised. */
function titleCase(words: readonly string[]): boolean {
  const lettered = words.filter((word) => /^\P{L}*\p{L}/u.test(word) && !MINOR.has(word.toLowerCase()))
  const capitalised = lettered.filter((word) => /^\P{L}*\p{Lu}/u.test(word))
  return lettered.length >= 3 && capitalised.length / lettered.length >= 0.8
}

const MINOR = new Set('a an the of and or in on at to for with from by as vs is are be but nor'.split(' '))

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
    const depth = children.length === 0 ? (isHeadline(value) ? 1 : undefined) : isSubhead(value) ? 2 : undefined
    children.push(depth ? {type: 'heading', depth, children: [text], position} : {type: 'paragraph', children: [text], position})
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
