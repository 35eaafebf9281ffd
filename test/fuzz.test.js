// Fuzzing real news prose (see test/fuzz.js): every failure the fuzzer has found is a fixture in
// test/fixtures/fuzz/, then a fixed-seed run. SLANT_FUZZ_CASES and SLANT_FUZZ_SEED run more or
// other cases (a failure names its seed and case: add it as a fixture, then fix it).
import fs from 'node:fs'
import {describe, it} from 'node:test'
import {checkCase, fuzz} from './fuzz.js'

const FIXTURES = new URL('./fixtures/fuzz/', import.meta.url)
const CASES = Number(process.env.SLANT_FUZZ_CASES ?? 300)
const SEED = Number(process.env.SLANT_FUZZ_SEED ?? 20261202)

describe('fuzzing', () => {
  for (const name of fs
    .readdirSync(FIXTURES)
    .filter((n) => n.endsWith('.json'))
    .sort()) {
    it(`fixture ${name}`, () => checkCase(JSON.parse(fs.readFileSync(new URL(name, FIXTURES), 'utf8'))))
  }
  it(`${CASES} cases of mutated press prose, seed ${SEED}: no failure, exact ranges, deterministic, --fix idempotent and local`, () => {
    const failures = fuzz(CASES, SEED)
    if (failures.length > 0) {
      const [first] = failures
      throw new Error(
        `${failures.length} of ${CASES} cases failed; first: case ${first.index} (seed ${SEED}): ${first.error.message.split('\n')[0]}\n${JSON.stringify(first.input)}`
      )
    }
  })
})
