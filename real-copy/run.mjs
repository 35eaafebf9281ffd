#!/usr/bin/env node
// `npm run real-copy`: slant's precision per rule on the real-copy regression set, the messages
// no one has judged yet, and whether every rule holds its floor and baseline (exit 1 if not).
//
//   node real-copy/run.mjs [--verbose]   # --verbose also lists the judged messages that no longer fire
//   node real-copy/run.mjs --pending     # scores the fixture's pending documents with the scored ones
//   node real-copy/run.mjs --only-pending  # scores the pending documents alone
import {parseArgs} from 'node:util'
import {formatScore, lintDocuments, readFixture, score, withPending} from './score.mjs'

const {values} = parseArgs({options: {verbose: {type: 'boolean'}, pending: {type: 'boolean'}, 'only-pending': {type: 'boolean'}}})
let fixture = readFixture()
if (values.pending || values['only-pending']) fixture = withPending(fixture, {only: values['only-pending']})
const result = score(fixture, lintDocuments(fixture))
console.log(formatScore(result, {verbose: values.verbose}))
process.exitCode = result.failures.length > 0 ? 1 : 0
