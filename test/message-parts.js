// The parts of a message the tests read, checked instead of assumed. lint() types its messages
// as plain VFileMessages: `place` is `Point | Position | undefined` and `data` is unknown to
// them, while slant gives every message a start and an end and its own `data`.
import assert from 'node:assert/strict'

/**
 * The start and end of `message` (a message that is missing fails the test here too).
 * @param {import('vfile-message').VFileMessage | undefined} message
 * @returns {import('unist').Position}
 */
export function span(message) {
  assert.ok(message, 'no such message')
  const {place} = message
  assert.ok(place && 'start' in place, `no start and end on "${message.reason}"`)
  return place
}

/**
 * slant's own fields on `message` (voice, family, speaker, fix tier).
 * @param {import('vfile-message').VFileMessage} message
 * @returns {import('../dist/index.js').SlantMessageData}
 */
export function dataOf(message) {
  // What lint() puts in file.messages are SlantMessages (see dist/message.d.ts).
  const {data} = /** @type {import('../dist/index.js').SlantMessage} */ (message)
  assert.ok(data, `no slant data on "${message.reason}"`)
  return data
}
