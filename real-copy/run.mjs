#!/usr/bin/env node
// `npm run real-copy`: slant's precision per rule on the real-copy regression set, the messages
// no one has judged yet, and whether every rule holds its floor and baseline (exit 1 if not).
//
//   node real-copy/run.mjs [--verbose]   # --verbose also lists the judged messages that no longer fire
import {parseArgs} from 'node:util'
import {formatScore, lintDocuments, readFixture, score} from './score.mjs'

const {values} = parseArgs({options: {verbose: {type: 'boolean'}}})
const fixture = readFixture()
const result = score(fixture, lintDocuments(fixture))
console.log(formatScore(result, {verbose: values.verbose}))
process.exitCode = result.failures.length > 0 ? 1 : 0
