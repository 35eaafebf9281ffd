import type {Language} from '../language/language.js'
import {singularBySpelling as singular} from '../match/inflect.js'
import {endsWithColon, type Prose} from '../parse/prose.js'
import {creditsContent} from '../voice/attribution.js'
import type {VoiceAnalysis} from '../voice/voice.js'
import {report, type Reporter} from './context.js'
import {figuresIn} from './figures.js'

/**
 * A statistic in the reporter's voice (a percentage, a money amount, a count of people,
 * casualties or things) in a sentence that credits no source, in a paragraph that has credited
 * none before it, outside headlines.
 */
export function unsourcedFigures(reporter: Reporter): void {
  const {ctx, rule} = reporter
  const {prose, voice} = ctx
  const continued = continuedAccounts(prose, voice, ctx.language)
  for (const sentence of prose.sentences) {
    // A headline's figures are the story's: the body sources them.
    if (voice.sourced[sentence.index] || continued.has(sentence.index) || prose.blocks[sentence.block]!.kind === 'heading') continue
    for (const figure of figuresIn(prose, sentence.index)) {
      if (figure.kind === 'count' && intended(prose, ctx.language, figure.start)) continue
      const verdict = reporter.judge(figure.start, figure.end)
      if (!verdict) continue
      const text = prose.blocks[sentence.block]!.text.slice(figure.from, figure.to)
      report(ctx, rule, {
        block: sentence.block,
        start: figure.from,
        end: figure.to,
        reason: `\`${text}\`: a ${figure.kind} with no source in this sentence; say who counted it ("…, police said" or "according to …")`,
        ...verdict,
        word: figure.start
      })
    }
  }
}

/** Words of approximation between a verb and its count: "hire up to 100", "build about 20". */
const APPROXIMATE = new Set('about around nearly almost some roughly up to more than at least over new additional another'.split(' '))

/**
 * A count that is the object of a verb in its base form says what is to be done, not what was
 * counted: "to build 20 new schools", "will hire 100 teachers", "(requests to) …, build 20 new
 * medical schools". ("built 20 schools", "hired 100 teachers" are counts.)
 */
function intended(prose: Prose, language: Language, start: number): boolean {
  const {words} = prose
  const first = prose.sentences[words[start]!.sentence]!.firstWord
  let k = start - 1
  while (k >= first && APPROXIMATE.has(words[k]!.norm)) k--
  if (k < first) return false
  // "build 20 new medical and 20 new dental schools": the second count is the same verb's.
  if (words[k]!.norm === 'and' || words[k]!.norm === 'or') {
    for (let j = k - 1; j >= Math.max(first, k - 4); j--) if (/^\d/u.test(words[j]!.text)) return intended(prose, language, j)
    return false
  }
  return language.pos(k) === 'VERB' && words[k]!.norm === language.lemma(k)
}

/** How many paragraphs back a run of credited paragraphs is read for what its source counted. */
const ACCOUNT_REACH = 4

/** Nouns of measure that name no thing a source counted ("per cent", "the first ten months"). */
const MEASURE_NOUNS = /^(?:per|cent|percent|percentage|years?|months?|weeks?|days?|hours?|times?|period|total|number|amount)$/u

/**
 * The opening sentences of paragraphs that go on with a source's account the paragraph before
 * carried whole: "Maryland contracts for future construction … totaled $77,389,000, …, F. W.
 * Dodge … reported." ¶ "Dodge reported the following breakdown:" ¶ "Nonresidential at
 * $20,447,000, …" ¶ "The cumulative total of construction contracts for the first ten months …
 * amounted to $634,517,000, a 4 per cent increase …". The paragraph before is the source's list:
 * no source of its own, every sentence of it credited to the lead-in ending on a colon in the
 * paragraph before it. The story is running the source's figures; the sentence is unsourced and its
 * subject, a definite noun phrase ("The …"), names a thing the source's account counted in that
 * run of credited paragraphs. After a paragraph with its own source ("The ministry said 40 people
 * were killed." ¶ "The toll rose to 52 by Monday."), or one a thing the source named carried ("The
 * email went on to say, …" ¶ "The organization of 1,500 members …"), voice decides alone: a new
 * figure there needs its source.
 */
function continuedAccounts(prose: Prose, voice: VoiceAnalysis, language: Language): Set<number> {
  const continued = new Set<number>()
  const {sentences, blocks, words} = prose
  // Sentence ranges per block, and whether a block credits a source of its own.
  const first = new Map<number, number>()
  const last = new Map<number, number>()
  for (const s of sentences) {
    if (!first.has(s.block)) first.set(s.block, s.index)
    last.set(s.block, s.index)
  }
  const told = new Map<number, number[]>()
  for (const a of voice.attributions) {
    if (!creditsContent(a) || !a.source) continue
    const block = sentences[a.sentence]!.block
    const list = told.get(block) ?? []
    if (a.content) for (let i = a.content.start; i < a.content.end; i++) list.push(i)
    told.set(block, list)
  }
  // A quotation with its speaker is a source of its paragraph's own too.
  for (const q of voice.quotations) if (q.speaker && !told.has(q.block)) told.set(q.block, [])
  const credited = (block: number): boolean => {
    const from = first.get(block)
    if (from === undefined || blocks[block]!.kind === 'heading') return false
    for (let s = from; s <= last.get(block)!; s++) if (!voice.sourced[s]) return false
    return true
  }
  for (const [block, s] of first) {
    // The paragraph before is a list the source's colon lead-in introduced, with no source of its own.
    const list = !told.has(block - 1) && credited(block - 1) && told.has(block - 2) && endsWithColon(blocks[block - 2]!.text)
    if (voice.sourced[s] || blocks[block]!.kind === 'heading' || !list) continue
    const subject = definiteSubject(prose, language, s)
    if (subject.length === 0) continue
    const counted = new Set<string>()
    for (let b = block - 1; b >= Math.max(0, block - ACCOUNT_REACH) && credited(b); b--)
      for (const i of told.get(b) ?? []) if (/^(?:NOUN|PROPN)$/u.test(language.pos(i))) counted.add(singular(words[i]!.norm))
    if (subject.some((i) => counted.has(singular(words[i]!.norm)))) continued.add(s)
  }
  return continued
}

/**
 * The nouns of a sentence's subject when it is a definite noun phrase: "The cumulative total of
 * construction contracts for the first ten months of 1961 amounted to …" gives total,
 * construction, contracts and months (less the nouns of measure); up to its first verb.
 */
function definiteSubject(prose: Prose, language: Language, sentence: number): number[] {
  const {firstWord, endWord} = prose.sentences[sentence]!
  const {words} = prose
  if (words[firstWord]?.norm !== 'the') return []
  const nouns: number[] = []
  for (let i = firstWord + 1; i < Math.min(endWord, firstWord + 16); i++) {
    const pos = language.pos(i)
    if (pos === 'VERB' || pos === 'AUX') return nouns
    if ((pos === 'NOUN' || pos === 'PROPN') && !MEASURE_NOUNS.test(words[i]!.norm)) nouns.push(i)
  }
  return []
}
