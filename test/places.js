// Where a message is, for tests that slice the draft at it. VFileMessage types `place` as
// `Point | Position | undefined`; slant gives every message a start and an end, and this
// checks it instead of assuming it.
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
