import type {VFile} from 'vfile'
import {analysisOf} from '../analysis.js'
import {lowerBound} from '../data/lower-bound.js'
import type {Prose} from '../parse/prose.js'
import type {SlantMessage} from '../message.js'
import type {Attribution, WordRange} from '../voice/attribution.js'
import {sourceKind, type SourceKind} from '../voice/source-kind.js'
import {namedPeople, resolveReferents} from './referents.js'
import type {Quotation} from '../voice/voice.js'

/** A span of the source file: 0-based offsets and the text between them. */
export interface Span {
  start: number
  end: number
  text: string
}

export interface MappedAttribution {
  /** direct: the content is quoted; mixed: partly quoted; indirect: reported speech; headline: "…: X" / "X: …"; position: a side taken ("endorsed Trump"). */
  kind: 'direct' | 'mixed' | 'indirect' | 'headline' | 'position' | 'evidential' | 'issued'
  source?: Span
  /** For a pronoun, a surname or a description ("the mayor"), the named source it stands for. */
  resolved?: string
  sourceKind: SourceKind
  /** For a resolved pronoun, what kind of source it stands for ("they" after "Residents said": group). */
  resolvedKind?: SourceKind
  cue?: Span
  /** Who was told: "told [La Tribune Dimanche] that …". */
  recipient?: Span
  content?: Span
}

export interface UnattributedClaim {
  /** The sentence, and the findings that make it a claim with no source. */
  sentence: Span
  voice: 'narrative' | 'headline'
  findings: Array<{ruleId: string; actual: string}>
}

export interface SourcingSummary {
  named: string[]
  anonymous: string[]
  /** Unnamed groups of people: "residents", "both sides". */
  groups: string[]
  vague: string[]
  directQuotes: number
  quotesWithoutSpeaker: number
  attributions: number
  /** Sentences in the reporter's voice that carry a loaded word, a judgement or a figure, with no source. */
  unsourcedClaims: number
  /** How often each flagged word occurs in those sentences ("genocide": 3). */
  unsourcedTerms: Record<string, number>
}

export interface SourcingMap {
  path: string
  attributions: MappedAttribution[]
  unattributed: UnattributedClaim[]
  summary: SourcingSummary
}

/** Rule families whose findings in the reporter's voice make a sentence a claim that needs a source. */
const CLAIM_FAMILIES = new Set(['loaded', 'sourcing'])
const NOT_CLAIMS = new Set(['quote-without-speaker', 'anonymous-source'])

/**
 * Who is quoted or cited in a linted file and what they are credited with, in reading order,
 * with the sentences that make claims in the reporter's voice and credit no one.
 */
export function sourcingMap(file: VFile): SourcingMap {
  const {prose, voice} = analysisOf(file)
  const span = (range: WordRange): Span => wordSpan(prose, range)
  const attributions: MappedAttribution[] = []
  // The words of each source, for what follows it (an apposition that gives a gender).
  const sourceRanges = new Map<MappedAttribution, WordRange>()
  const byQuote = new Set<number>()
  const bySentence = new Map<number, Attribution[]>()
  for (const a of voice.attributions) {
    const list = bySentence.get(a.sentence)
    if (list) list.push(a)
    else bySentence.set(a.sentence, [a])
  }
  for (const a of voice.attributions) {
    if (restatesSpeaker(prose, a, bySentence.get(a.sentence)!)) continue
    const quoted = a.content ? quotedShare(voice.quotationOf, a.content) : 0
    for (const q of voice.quotations) if (a.content && overlaps(q.words, a.content)) byQuote.add(q.index)
    const mapped: MappedAttribution = {
      kind:
        a.kind === 'headline' || a.kind === 'position' || a.kind === 'evidential' || a.kind === 'issued'
          ? a.kind
          : quoted >= 0.8
            ? 'direct'
            : quoted > 0
              ? 'mixed'
              : 'indirect',
      sourceKind: sourceKind(prose, a)
    }
    if (a.source) mapped.source = span(a.source)
    if (a.cue.end > a.cue.start) mapped.cue = span(a.cue)
    else if (a.mark) {
      const range = prose.sourceRange(a.mark.block, a.mark.start, a.mark.end)
      mapped.cue = {...range, text: prose.source.slice(range.start, range.end)}
    }
    const told = a.content && a.content.start > a.cue.end && /^tell|^told/u.test(prose.words[a.cue.start]!.norm)
    if (told) mapped.recipient = span({start: a.cue.end, end: a.content!.start - (prose.words[a.content!.start - 1]!.norm === 'that' ? 1 : 0)})
    if (a.content) mapped.content = contentSpan(prose, a, voice.quotations)
    else {
      // `"…?" Graham asked.`: the quotation this attribution's source was found to speak.
      const spoken = voice.quotations.find((q) => q.speaker === a.source && !byQuote.has(q.index))
      if (spoken) {
        byQuote.add(spoken.index)
        mapped.content = quotationSpan(prose, spoken)
        mapped.kind = 'direct'
      }
    }
    attributions.push(mapped)
    if (a.source) sourceRanges.set(mapped, a.source)
  }
  // Quotations credited by continuation or a colon lead-in, not inside any attribution's content.
  for (const q of voice.quotations) {
    if (!q.speaker || byQuote.has(q.index) || q.kind === 'title' || q.kind === 'scare') continue
    const speaker: Attribution = {
      kind: 'speech',
      sentence: prose.words[q.speaker.start]!.sentence,
      source: q.speaker,
      cue: {start: q.words.start, end: q.words.start},
      vague: false
    }
    const mapped: MappedAttribution = {kind: 'direct', source: span(q.speaker), sourceKind: sourceKind(prose, speaker), content: span(q.words)}
    attributions.push(mapped)
    sourceRanges.set(mapped, q.speaker)
  }
  attributions.sort((a, b) => (a.content?.start ?? a.source?.start ?? 0) - (b.content?.start ?? b.source?.start ?? 0))
  // Referents in the order their names are read: a source where it stands ("…," he said comes
  // after the quotation), and people named without being credited, who may be "the mayor" later.
  const sources = attributions.flatMap((a) => {
    const range = sourceRanges.get(a)
    const described = range && appositionAfter(prose, range)
    // (A speaker is salient: a later "he said" most likely goes on with them; not one inside what
    // someone else said: "Earnest said that Obama has called for …. He said" is Earnest.)
    const nested =
      a.source !== undefined &&
      attributions.some((b) => b !== a && b.content !== undefined && b.content.start <= a.source!.start && a.source!.end <= b.content.end)
    const placed = range ? {sentence: prose.words[range.start]!.sentence, salient: !nested} : {}
    return a.source
      ? [{mapped: a, mention: {source: a.source, sourceKind: a.sourceKind, ...(described ? {described} : {}), ...placed}, at: a.source.start}]
      : []
  })
  // (Sources by start, so that each name is checked with a binary search, not against them all.)
  const spans = sources.map(({mention}) => mention.source).sort((a, b) => a.start - b.start)
  const taken = (at: number): boolean => {
    const last = lowerBound(0, spans.length, (i) => spans[i]!.start > at) - 1
    return last >= 0 && at < spans[last]!.end
  }
  // (Names inside a quotation are the speaker's words: "Mr. President, will you …" names no referent.)
  const others = namedPeople(prose, (word) => voice.quotationOf[word] !== -1)
    .filter((person) => !taken(person.at))
    .map((person) => ({mapped: undefined, mention: person, at: person.at}))
  const read = [...sources, ...others].sort((a, b) => a.at - b.at)
  resolveReferents(read.map(({mention}) => mention)).forEach((resolution, i) => {
    const {mapped} = read[i]!
    if (!mapped || !resolution) return
    mapped.resolved = resolution.name
    if (mapped.sourceKind === 'pronoun') mapped.resolvedKind = resolution.kind
  })

  const unattributed = unattributedClaims(file, prose)
  const unsourcedTerms: Record<string, number> = {}
  for (const claim of unattributed) for (const f of claim.findings) unsourcedTerms[f.actual] = (unsourcedTerms[f.actual] ?? 0) + 1
  // A pronoun names someone only once resolved, and counts as the kind of source it stands for.
  const names = (kinds: SourceKind[]) => [
    ...new Set(
      attributions
        .filter(
          (a) =>
            a.source && kinds.includes(a.sourceKind === 'pronoun' ? (a.resolvedKind ?? 'pronoun') : a.sourceKind) && (a.sourceKind !== 'pronoun' || a.resolved)
        )
        .map((a) => a.resolved ?? a.source!.text)
    )
  ]
  return {
    path: file.path,
    attributions,
    unattributed,
    summary: {
      named: names(['person', 'organisation', 'document']),
      anonymous: names(['anonymous']),
      groups: names(['group']),
      vague: names(['vague']),
      directQuotes: voice.quotations.filter((q) => q.speaker && q.kind !== 'title' && q.kind !== 'scare').length,
      quotesWithoutSpeaker: voice.quotations.filter((q) => !q.speaker && (q.kind === 'direct' || q.kind === 'block')).length,
      attributions: attributions.length,
      unsourcedClaims: unattributed.length,
      unsourcedTerms
    }
  }
}

/** Pronouns that, inside what someone is credited with, stand for that same someone. */
const SAME_SPEAKER = new Set(['he', 'she', 'i', 'we', 'they'])

/**
 * "Rubio says he feels he did great": a pronoun attribution inside the content of another, in
 * the same sentence, restates its speaker; the map credits the outer one only. `all`: the
 * attributions of `a`'s sentence.
 */
function restatesSpeaker(prose: Prose, a: Attribution, all: readonly Attribution[]): boolean {
  if (!a.source || a.source.end - a.source.start !== 1 || !SAME_SPEAKER.has(prose.words[a.source.start]!.norm)) return false
  return all.some(
    (outer) =>
      outer !== a &&
      outer.source &&
      !outer.vague &&
      outer.sentence === a.sentence &&
      outer.content &&
      outer.content.start <= a.source!.start &&
      a.cue.end <= outer.content.end
  )
}

function wordSpan(prose: Prose, range: WordRange): Span {
  const first = prose.words[range.start]!
  const last = prose.words[range.end - 1]!
  return {start: first.sourceStart, end: last.sourceEnd, text: prose.source.slice(first.sourceStart, last.sourceEnd)}
}

/** The content, widened to the quotation marks of a quotation it starts or ends with. */
function contentSpan(prose: Prose, a: Attribution, quotations: readonly Quotation[]): Span {
  const content = a.content!
  const block = prose.words[content.start]!.block
  let from = prose.words[content.start]!.start
  let to = prose.words[content.end - 1]!.end
  // A quotation the content starts or ends in is credited whole, however many sentences it has.
  let last: Quotation | undefined
  for (const q of quotations) {
    if (q.block !== block) continue
    if (q.words.start <= content.start && content.start < q.words.end) from = Math.min(from, q.start)
    if (q.words.start < content.end && content.end <= q.words.end) {
      to = Math.max(to, q.end)
      last = q
    }
  }
  const range = prose.sourceRange(block, from, to)
  // `"Judge," Brafman said, "I have never …"`: the quotations that continue it (the same speaker,
  // later in the paragraph or in the paragraphs a quote left open runs on into) are credited too.
  let next = last ? quotations[last.index + 1] : undefined
  while (last && next?.continues === last.index) {
    last = next
    next = quotations[last.index + 1]
  }
  const end = last ? prose.sourceRange(last.block, last.start, last.end).end : range.end
  const span = {start: range.start, end: Math.max(range.end, end)}
  return {...span, text: prose.source.slice(span.start, span.end)}
}

function quotationSpan(prose: Prose, q: Quotation): Span {
  const range = prose.sourceRange(q.block, q.start, q.end)
  return {...range, text: prose.source.slice(range.start, range.end)}
}

function overlaps(a: WordRange, b: WordRange): boolean {
  return a.start < b.end && b.start < a.end
}

function quotedShare(quotationOf: Int32Array, range: WordRange): number {
  let quoted = 0
  for (let i = range.start; i < range.end; i++) if (quotationOf[i]! >= 0) quoted++
  return quoted / (range.end - range.start)
}

/** Sentences in the reporter's voice with a finding from the loaded or sourcing rules. */
function unattributedClaims(file: VFile, prose: Prose): UnattributedClaim[] {
  const claims = new Map<number, UnattributedClaim>()
  for (const m of file.messages as SlantMessage[]) {
    const data = m.data
    if (!data || !CLAIM_FAMILIES.has(data.family) || NOT_CLAIMS.has(String(m.ruleId))) continue
    if (data.voice !== 'narrative' && data.voice !== 'headline') continue
    const offset = m.place && 'start' in m.place ? m.place.start.offset : undefined
    if (offset === undefined) continue
    const sentence = sentenceAt(prose, offset)
    if (sentence < 0) continue
    let claim = claims.get(sentence)
    if (!claim) {
      const s = prose.sentences[sentence]!
      const range = prose.sourceRange(s.block, s.start, s.end)
      claim = {sentence: {...range, text: prose.source.slice(range.start, range.end)}, voice: data.voice, findings: []}
      claims.set(sentence, claim)
    }
    claim.findings.push({ruleId: String(m.ruleId), actual: m.actual ?? ''})
  }
  return [...claims.values()].sort((a, b) => a.sentence.start - b.sentence.start)
}

/** Index of the sentence holding a source offset (binary search over words), or -1. */
function sentenceAt(prose: Prose, offset: number): number {
  const {words} = prose
  const found = lowerBound(0, words.length, (i) => words[i]!.sourceStart > offset) - 1
  return found < 0 ? -1 : words[found]!.sentence
}

/** The words of an apposition set off by a comma after a source: "Katie Waldman[, a spokeswoman for the department,] said". */
function appositionAfter(prose: Prose, range: WordRange): string | undefined {
  const {words, source} = prose
  const first = words[range.end]
  if (!first || first.sentence !== words[range.end - 1]!.sentence || !/^\s*,/u.test(source.slice(words[range.end - 1]!.sourceEnd, first.sourceStart)))
    return undefined
  const described: string[] = []
  for (let i = range.end; i < words.length && i < range.end + 8 && words[i]!.sentence === first.sentence; i++) {
    described.push(words[i]!.norm)
    const next = words[i + 1]
    if (!next || /[,;:()]/u.test(source.slice(words[i]!.sourceEnd, next.sourceStart))) break
  }
  return described.join(' ')
}
