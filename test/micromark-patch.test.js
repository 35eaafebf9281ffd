// slant's linear EditMap.consume gives exactly what micromark-util-edit-map 1.0.0's gives.
import assert from 'node:assert/strict'
import {it} from 'node:test'
import fc from 'fast-check'
import {EditMap} from 'micromark-util-edit-map'
import {linearConsume} from '../dist/parse/micromark-patch.js'
import {lint} from '../dist/index.js'

/** The shipped algorithm (micromark-util-edit-map 1.0.0), for reference. */
function originalConsume(map, events) {
  map.sort((a, b) => a[0] - b[0])
  if (map.length === 0) return
  let index = map.length
  const vecs = []
  while (index > 0) {
    index -= 1
    vecs.push(events.slice(map[index][0] + map[index][1]), map[index][2])
    events.length = map[index][0]
  }
  vecs.push(events.slice())
  events.length = 0
  let slice = vecs.pop()
  while (slice) {
    for (const element of slice) events.push(element)
    slice = vecs.pop()
  }
}

it('the patched consume equals the original on any edits', () => {
  const edit = fc.tuple(fc.nat(40), fc.nat(6), fc.array(fc.integer({min: 100, max: 999}), {maxLength: 4}), fc.boolean())
  fc.assert(
    fc.property(fc.integer({min: 0, max: 40}), fc.array(edit, {maxLength: 8}), (length, edits) => {
      const events = Array.from({length}, (_, i) => i)
      const patched = new EditMap()
      const reference = new EditMap()
      // micromark edits inside the list (or at its end), never past it. The edit map moves
      // elements without reading them, so numbers stand in for micromark's events here (easy
      // to compare and to read in a counterexample): the types, which ask for Event[], are
      // told so on each call below.
      for (const [position, remove, add, before] of edits) {
        const at = position % (length + 1)
        if (before) {
          // @ts-expect-error numbers stand in for events (see above)
          patched.addBefore(at, remove, [...add])
          // @ts-expect-error numbers stand in for events (see above)
          reference.addBefore(at, remove, [...add])
        } else {
          // @ts-expect-error numbers stand in for events (see above)
          patched.add(at, remove, [...add])
          // @ts-expect-error numbers stand in for events (see above)
          reference.add(at, remove, [...add])
        }
      }
      const expected = [...events]
      originalConsume(reference.map, expected)
      // @ts-expect-error numbers stand in for events (see above)
      linearConsume.call(patched, events)
      assert.deepEqual(events, expected)
    }),
    {numRuns: 2000}
  )
})

it('importing slant leaves micromark alone; its parser uses the linear consume only while it parses', () => {
  const shipped = EditMap.prototype.consume
  assert.notEqual(shipped, linearConsume)
  let calls = 0
  const spy = EditMap.prototype.consume
  // The list closes, so micromark consumes an edit map during the parse.
  lint('- a\n- b\n\n> c\n\nText.\n')
  assert.equal(EditMap.prototype.consume, shipped)
  EditMap.prototype.consume = function (events) {
    calls++
    return spy.call(this, events)
  }
  try {
    lint('- a\n- b\n\n> c\n\nText.\n')
  } finally {
    EditMap.prototype.consume = shipped
  }
  // slant swapped its own consume in for the parse, so the shipped one (here the spy) was not called.
  assert.equal(calls, 0)
})
