import type {Nodes as MdastNodes, Root as MdastRoot, Heading, Paragraph, TableCell} from 'mdast'
import type {Sentence as NlcstSentence} from 'nlcst'
import {ParseEnglish} from 'parse-english'
import {OffsetMap} from './offset-map.js'

/** A unit of running prose: a paragraph or a heading, with its text as the analysis reads it. */
export interface Block {
  index: number
  kind: 'paragraph' | 'heading'
  /** Heading depth (1–6); 0 for paragraphs. */
  depth: number
  /** Inside a Markdown block quote (`> …`). */
  quoted: boolean
  /** Decoded prose; inline code, HTML, images and bare URLs are one U+FFFC each. */
  text: string
  map: OffsetMap
  /** Source offsets of the block. */
  start: number
  end: number
}

export interface Word {
  index: number
  block: number
  sentence: number
  /** The word as written in the prose. */
  text: string
  /** Lower case, curly apostrophes made straight: what phrase matching compares. */
  norm: string
  /** Prose offsets within the block. */
  start: number
  end: number
  /** Offsets in the source file. */
  sourceStart: number
  sourceEnd: number
}

export interface Sentence {
  index: number
  block: number
  /** Prose offsets within the block. */
  start: number
  end: number
  /** Words of the sentence: `words[firstWord]` up to, not including, `words[endWord]`. */
  firstWord: number
  endWord: number
}

/** Everything the analysis and the rules read: built once per file. */
export interface Prose {
  source: string
  blocks: Block[]
  words: Word[]
  sentences: Sentence[]
  /** Source offset of a word (or of a prose range in a block). */
  sourceRange(block: number, start: number, end: number): {start: number; end: number}
}

export const PLACEHOLDER = '\uFFFC'

// parse-english keeps no state between calls, so one instance serves the whole process.
const english = new ParseEnglish()

/**
 * Whether `text` up to `end` ends on a colon, trailing spaces aside: a lead-in ("Ruiz told
 * reporters:"). Reads back from the end only, so a long paragraph costs no more than a short one.
 */
export function endsWithColon(text: string, end = text.length): boolean {
  let i = end - 1
  while (i >= 0 && /\s/u.test(text[i]!)) i--
  return text[i] === ':'
}

export function normalizeWord(text: string): string {
  const norm = text.toLowerCase().replace(/[\u2018\u2019]/g, "'")
  // The same string when nothing changed: V8 copies a word cut from text with curly quotes
  // (two bytes a character) even then, and most words are already lower case.
  return norm === text ? text : norm
}

/** Lower-case abbreviations that a capital may follow inside a sentence ("vs. Smith", "approx. 40"). */
const ABBREVIATIONS = new Set([
  'vs',
  'v',
  'cf',
  'approx',
  'no',
  'nos',
  'vol',
  'pp',
  'ca',
  'viz',
  'al',
  'fig',
  'ed',
  'eds',
  'op',
  'cit',
  'dept',
  'est',
  'jr',
  'sr'
])

/** "No." and "Nos." before a number ("the No. 2 Republican") end no sentence. */
const NUMBER_ABBREVIATION = /^Nos?\.\.?$/u
/** Capitalised subject pronouns: after "U.S." or "D.C." they start a sentence. */
const SUBJECT_PRONOUNS = /^(?:He|She|They|We|It|I)$/u

/** A word with a full stop that ends its sentence: one plain lower-case word ("cent."), not an abbreviation ("vs.", "p.m."). */
function endsSentence(text: string): boolean {
  return /^\p{Ll}[\p{Ll}'’-]*\.$/u.test(text) && !ABBREVIATIONS.has(text.slice(0, -1))
}

/** A word whose full stop ends its sentence: a plain lower-case word ("cent.") or a number ("65."). */
function stopEndsSentence(text: string): boolean {
  return endsSentence(text) || /^\d[\d,]*\.$/u.test(text)
}

/** Takes a sentence's full stop off the word it was read into. */
function dropFullStop(word: Word, block: Block): void {
  word.text = word.text.slice(0, -1)
  word.norm = normalizeWord(word.text)
  word.end -= 1
  word.sourceEnd = block.map.toSource(word.end, 'end')
}

/** Builds the prose view of a Markdown (or plain-text) mdast tree. */
export function buildProse(root: MdastRoot, source: string): Prose {
  const blocks: Block[] = []
  const words: Word[] = []
  const sentences: Sentence[] = []

  const visitBlocks = (node: MdastNodes, quoted: boolean): void => {
    // A table cell is a block of prose of its own, like a paragraph.
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      addBlock(node, quoted)
      return
    }
    // Code, HTML, front matter and MDX (JSX elements; imports, exports and expressions have no
    // children) are not prose.
    if (node.type === 'code' || node.type === 'html' || node.type === 'yaml' || (node.type as string) === 'mdxJsxFlowElement') return
    if ('children' in node) {
      const inQuote = quoted || node.type === 'blockquote'
      for (const child of node.children) visitBlocks(child as MdastNodes, inQuote)
    }
  }

  const addBlock = (node: Paragraph | Heading | TableCell, quoted: boolean): void => {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined) return
    const map = new OffsetMap()
    const text = collectInline(node, source, map, {text: ''}).text
    if (!/[\p{L}\p{N}]/u.test(text)) return
    const index = blocks.length
    const block: Block = {
      index,
      kind: node.type === 'heading' ? 'heading' : 'paragraph',
      depth: node.type === 'heading' ? node.depth : 0,
      quoted,
      text,
      map,
      start,
      end
    }
    blocks.push(block)
    // The nlcst tree is read for its words and sentences, then dropped: keeping a whole
    // document's syntax tree alive only feeds the garbage collector.
    for (const [offset, chunk] of sentenceChunks(text)) {
      for (const paragraph of english.parse(chunk).children) {
        if (paragraph.type !== 'ParagraphNode') continue
        for (const child of paragraph.children) if (child.type === 'SentenceNode') addSentence(block, child, offset)
      }
    }
  }

  const addSentence = (block: Block, node: NlcstSentence, offset: number): void => {
    let firstWord = words.length
    let start = node.position!.start.offset! + offset
    // "the No. 2 Republican": parse-english ends a sentence at "No." before a number; rejoin it.
    const last = sentences.at(-1)
    const lastWord = words.at(-1)
    if (last?.block === block.index && lastWord && NUMBER_ABBREVIATION.test(block.text.slice(lastWord.start, lastWord.end + 1))) {
      const firstChild = node.children.find((child) => child.type === 'WordNode')
      if (firstChild && /^\d/u.test(block.text.slice(firstChild.position!.start.offset! + offset))) {
        sentences.pop()
        firstWord = last.firstWord
        start = last.start
        for (let w = firstWord; w < words.length; w++) words[w]!.sentence = last.index
      }
    }
    const close = (end: number): void => {
      sentences.push({index: sentences.length, block: block.index, start, end, firstWord, endWord: words.length})
      firstWord = words.length
    }
    for (const child of node.children) {
      if (child.type !== 'WordNode') continue
      const wordStart = child.position!.start.offset! + offset
      const wordEnd = child.position!.end.offset! + offset
      // parse-english keeps every character, so a word's text is its slice of the block.
      const text = block.text.slice(wordStart, wordEnd)
      // Each case below is a capital after a word with a full stop: most words are not.
      const previous = words.length > firstWord && words.at(-1)!.text.endsWith('.') && /^\p{Lu}/u.test(text) ? words.at(-1) : undefined
      // "to 64. Labour" (an ordinal to parse-english) and "the U.S. He says" (an abbreviation
      // before a subject pronoun): a capital after them starts a new sentence.
      if (previous && /^(?:\p{Lu}\.){2,}$/u.test(previous.text) && SUBJECT_PRONOUNS.test(text)) {
        close(previous.end)
        start = wordStart
      } else if (previous && stopEndsSentence(previous.text)) {
        // "rose 5 per cent. Sales fell", "valued at $65. The watch": parse-english reads "cent."
        // as an abbreviation and "65." as an ordinal; a plain lower-case word or a number with a
        // full stop before a capital ends the sentence, and the stop is not part of the word.
        const sentenceEnd = previous.end
        dropFullStop(previous, block)
        close(sentenceEnd)
        start = wordStart
      }
      words.push({
        index: words.length,
        block: block.index,
        sentence: sentences.length,
        text,
        norm: normalizeWord(text),
        start: wordStart,
        end: wordEnd,
        sourceStart: block.map.toSource(wordStart, 'start'),
        sourceEnd: block.map.toSource(wordEnd, 'end')
      })
    }
    // The same at the paragraph's end: "… down 45 per cent." is "cent" and a full stop.
    const final = words.length > firstWord ? words.at(-1)! : undefined
    if (final && stopEndsSentence(final.text)) dropFullStop(final, block)
    close(node.position!.end.offset! + offset)
  }

  visitBlocks(root, false)

  return {
    source,
    blocks,
    words,
    sentences,
    sourceRange(blockIndex, start, end) {
      const map = blocks[blockIndex]!.map
      return {start: map.toSource(start, 'start'), end: map.toSource(end, 'end')}
    }
  }
}

/** Blocks longer than this are handed to parse-english in pieces (see sentenceChunks). */
const CHUNK = 32 * 1024

/**
 * A block's text in pieces for parse-english, each with its offset. parse-english holds a
 * whole paragraph's syntax tree (about 1.5 KB a word), so a 10 MB one-line paragraph would
 * need gigabytes: long blocks are cut after a sentence end (or else at white space) once
 * a piece reaches CHUNK characters.
 */
export function* sentenceChunks(text: string): Generator<[number, string]> {
  const sentenceEnd = /[.!?][\u201D\u2019"')\]]*\s+(?=[\p{Lu}\d\u201C"'])/u
  const space = /\s+/gu
  let from = 0
  while (text.length - from > CHUNK) {
    // A sentence end within the next CHUNK characters (a bounded search), else the next space.
    const sentence = sentenceEnd.exec(text.slice(from + CHUNK, from + 2 * CHUNK))
    space.lastIndex = from + CHUNK
    const spaced = sentence ? undefined : space.exec(text)
    const end = sentence ? from + CHUNK + sentence.index + sentence[0].length : spaced ? spaced.index + spaced[0].length : -1
    if (end < 0) break
    yield [from, text.slice(from, end)]
    from = end
  }
  yield [from, from === 0 ? text : text.slice(from)]
}

interface Buffer {
  text: string
}

function collectInline(node: MdastNodes, source: string, map: OffsetMap, out: Buffer): Buffer {
  if (!('children' in node)) return out
  for (const child of node.children as MdastNodes[]) {
    const start = child.position?.start.offset
    const end = child.position?.end.offset
    if (start === undefined || end === undefined) continue
    switch (child.type) {
      case 'text':
        map.addDecoded(child.value, source.slice(start, end), start)
        out.text += child.value
        break
      case 'break':
        map.addAtom(1, start, end - start)
        out.text += '\n'
        break
      case 'link':
        if (isBareUrl(child.url, child.children)) placeholder(map, out, start, end)
        else collectInline(child, source, map, out)
        break
      case 'emphasis':
      case 'strong':
      case 'delete':
      case 'linkReference':
        collectInline(child, source, map, out)
        break
      default:
        // inline code, inline HTML, images, footnote references: never prose.
        placeholder(map, out, start, end)
    }
  }
  return out
}

function placeholder(map: OffsetMap, out: Buffer, start: number, end: number): void {
  map.addAtom(1, start, end - start)
  out.text += PLACEHOLDER
}

function isBareUrl(url: string, children: MdastNodes[]): boolean {
  const label = children.map((child) => ('value' in child ? child.value : '')).join('')
  return label === url || url === `mailto:${label}` || url === `http://${label}` || url === `https://${label}`
}
