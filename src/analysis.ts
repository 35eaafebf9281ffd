import type {Root} from 'mdast'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import {Language} from './language/language.js'
import {buildProse, type Prose} from './parse/prose.js'
import type {AttributionSettings} from './voice/attribution.js'
import {analyzeVoices, type VoiceAnalysis} from './voice/voice.js'

/** What the analysis leaves on `file.data.slant` for the rules (and for editors to show). */
export interface Analysis {
  prose: Prose
  /** Parts of speech and lemmas, tagged per sentence on first use. */
  language: Language
  voice: VoiceAnalysis
}

declare module 'vfile' {
  interface DataMap {
    slant: Analysis
  }
}

/** unified plugin: builds the prose view of the document and decides who speaks each word. */
export const slantAnalysis: Plugin<[AttributionSettings?], Root> = function (settings = {}) {
  return function (tree: Root, file: VFile) {
    const prose = buildProse(tree, String(file.value))
    const language = new Language(prose)
    file.data.slant = {prose, language, voice: analyzeVoices(prose, language, settings)}
  }
}

export function analysisOf(file: VFile): Analysis {
  const analysis = file.data.slant
  if (!analysis) throw new Error('slant: the analysis plugin must run before the rules')
  return analysis
}
