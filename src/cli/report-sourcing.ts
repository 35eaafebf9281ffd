import type {VFile} from 'vfile'
import type {Analysis} from '../analysis.js'
import type {WordRange} from '../voice/attribution.js'

/** Who a draft quotes and credits, in numbers (shown per article in the HTML report). */
export interface SourcingSummary {
  /** Direct, partial and block quotations (scare quotes and titles are not counted). */
  quotations: number
  quotationsWithSpeaker: number
  quotationsWithoutSpeaker: number
  /** "X said …", "according to X" relations, including vague ones. */
  attributions: number
  /** Attributions to a vague source ("critics say"). */
  vagueAttributions: number
  /** Named sources, by how often they are quoted or credited, most first. */
  sources: Array<{name: string; quotations: number; attributions: number}>
  sentences: {total: number; reported: number; narrative: number; headline: number}
}

/**
 * A sourcing summary computed from the voice analysis on `file.data.slant`. Kept behind this
 * one function so that a fuller sourcing map can take its place.
 */
export function sourcingSummary(file: VFile): SourcingSummary | undefined {
  const analysis: Analysis | undefined = file.data.slant
  if (!analysis) return undefined
  const {prose, voice} = analysis
  const text = (range: WordRange | undefined): string | undefined => {
    if (!range || range.end <= range.start) return undefined
    const first = prose.words[range.start]!
    const last = prose.words[range.end - 1]!
    return prose.blocks[first.block]!.text.slice(first.start, last.end).replace(/\s+/gu, ' ')
  }
  const sources = new Map<string, {name: string; quotations: number; attributions: number}>()
  const source = (name: string) => {
    const key = name.toLowerCase().replace(/^(the|a|an) /u, '')
    let entry = sources.get(key)
    if (!entry) sources.set(key, (entry = {name, quotations: 0, attributions: 0}))
    return entry
  }
  let quotations = 0
  let withSpeaker = 0
  for (const q of voice.quotations) {
    if (q.kind === 'scare' || q.kind === 'title') continue
    quotations++
    let root = q
    for (let guard = 0; root.continues !== undefined && !root.speaker && guard < 100; guard++) root = voice.quotations[root.continues]!
    const name = text(root.speaker)
    if (name) {
      withSpeaker++
      source(name).quotations++
    }
  }
  let vague = 0
  for (const a of voice.attributions) {
    if (a.vague) vague++
    const name = text(a.source)
    if (name && !a.vague) source(name).attributions++
  }
  const sentences = {total: prose.sentences.length, reported: 0, narrative: 0, headline: 0}
  for (const sentence of prose.sentences) {
    let kind: 'reported' | 'narrative' | 'headline' = 'narrative'
    for (let i = sentence.firstWord; i < sentence.endWord; i++) {
      const v = voice.voices[i]
      if (v === 'quote' || v === 'reported') {
        kind = 'reported'
        break
      }
      if (v === 'headline') kind = 'headline'
    }
    sentences[kind]++
  }
  return {
    quotations,
    quotationsWithSpeaker: withSpeaker,
    quotationsWithoutSpeaker: quotations - withSpeaker,
    attributions: voice.attributions.length,
    vagueAttributions: vague,
    sources: [...sources.values()].sort((a, b) => b.quotations + b.attributions - (a.quotations + a.attributions) || a.name.localeCompare(b.name)),
    sentences
  }
}
