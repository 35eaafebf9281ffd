import fs from 'node:fs'
import {DataError} from '../data/validate.js'
import {RULES_DIR} from './spec.js'

/** One retext-equality pattern, as slant's `equality` rule reads it. */
export interface EqualityPattern {
  id: string
  /** Phrases to flag. */
  inconsiderate: string[]
  /** Suggested replacements. */
  considerate: string[]
  note?: string
}

export interface EqualityData {
  generatedFrom: string
  patterns: EqualityPattern[]
}

/** Written by the build (tools/equality-data) from the installed retext-equality; shipped with the rules. */
export const EQUALITY_DATA_FILE = `${RULES_DIR}retext-equality.json`

let loaded: EqualityPattern[] | undefined

/** retext-equality's patterns, read once per process from the generated rule data. */
export function equalityPatterns(): EqualityPattern[] {
  if (!loaded) {
    let text: string
    try {
      text = fs.readFileSync(EQUALITY_DATA_FILE, 'utf8')
    } catch {
      throw new DataError(EQUALITY_DATA_FILE, 'missing: `npm run build` generates it from retext-equality')
    }
    loaded = (JSON.parse(text) as EqualityData).patterns
  }
  return loaded
}
