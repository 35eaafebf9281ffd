/**
 * The attribution records the finder returns (PARC style: who, how, what, as source, cue and content
 * word ranges), the marks that serve as cues, and the finder's settings. src/voice/attribution.ts
 * re-exports them, so importers keep using `voice/attribution.js`.
 */

/** A range of words: `words[start]` up to, not including, `words[end]`. */
export interface WordRange {
  start: number
  end: number
}

/**
 * One attribution relation (PARC / Citron style): who (source), how (cue), what (content).
 * `vague` marks weasel sources ("critics say", "studies show"): their content is still the
 * reporter's claim.
 */
export interface Attribution {
  /**
   * `position`: a side taken ("endorsed Trump"); its content is the reporter's words for what the side is on.
   * `evidential`: the reporter's own inference, credited to no one ("Trump seemed to …", "is expected to …").
   * `issued`: an utterance, a document or a plan put out ("sent a letter", "released a video"); its content is the
   * reporter's description of the thing, not its wording.
   */
  kind: 'speech' | 'according-to' | 'headline' | 'position' | 'evidential' | 'issued'
  sentence: number
  source?: WordRange
  cue: WordRange
  content?: WordRange
  vague: boolean
  /** A cue that is a punctuation mark, not a word (the colon of `Poll: …`, the dash of `"…" — Ana Ruiz`): prose offsets in its block. */
  mark?: CueMark
}

/** Whether an attribution credits what it reports to a source: not a vague one, a side taken, an inference or a thing put out. */
export function creditsContent(a: Attribution): boolean {
  return !a.vague && a.kind !== 'position' && a.kind !== 'evidential' && a.kind !== 'issued'
}

export interface CueMark {
  block: number
  start: number
  end: number
}

export interface AttributionSettings {
  /** Extra speech verbs that count as attribution cues. */
  verbs?: readonly string[]
}
