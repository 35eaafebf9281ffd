import type {VFileMessage} from 'vfile-message'

/**
 * Who is speaking, word by word:
 * - `narrative`: the reporter's own words;
 * - `quote`: inside a direct quotation (or a partial quote credited to a speaker, or a title);
 * - `reported`: reported speech credited to a source ("X said the …", "according to X, …");
 * - `scare`: a short quoted fragment no one is credited with (or a quoted proper name);
 * - `headline`: the reporter's words in a title or subheading.
 */
export type Voice = 'narrative' | 'quote' | 'reported' | 'scare' | 'headline'

/** Extra fields slant puts on every message (also in the JSON report). */
export interface SlantMessageData {
  voice: Voice
  /** The words' speaker when they are in a quotation or reported speech. */
  speaker?: string
  /** none: no edit; suggest: a quick fix to offer; safe: `--fix` may apply `expected[0]`. */
  fixable: 'none' | 'suggest' | 'safe'
  family: string
  term?: string
}

export type SlantMessage = VFileMessage & {data?: SlantMessageData}
