import type {Root} from 'mdast'
import {EditMap} from 'micromark-util-edit-map'
import type {Plugin} from 'unified'

type Events = Parameters<EditMap['consume']>[0]

/**
 * Makes micromark's `EditMap.consume` linear in the part of the document it edits.
 *
 * micromark calls `consume` on the whole document's event list every time a container (a list
 * or a block quote) closes, and the shipped version (micromark-util-edit-map 1.0.0) copies
 * every event of the list each time: O(containers × events). That was 13 % of slant's time on
 * a 1 MB file and 71 % on a 10 MB one. This version leaves the events before the first edit in
 * place and rebuilds only the rest, with the same result (test/micromark-patch.test.js checks
 * it against the original). `linearEditMap` puts it in place only while slant's own parser runs
 * (importing slant changes nothing); if a package manager ever gave micromark its own copy,
 * parsing would only be slower, never different.
 */
export function linearConsume(this: EditMap, events: Events): undefined {
  const edits = (this as unknown as {map: Array<[number, number, Events]>}).map
  if (edits.length === 0) return
  edits.sort((a, b) => a[0] - b[0])
  const first = edits[0]![0]
  const rest: Events = []
  let at = first
  for (const [index, remove, add] of edits) {
    for (let i = at; i < index; i++) rest.push(events[i]!)
    for (const event of add) rest.push(event)
    at = index + remove
  }
  for (let i = at; i < events.length; i++) rest.push(events[i]!)
  events.length = first
  for (const event of rest) events.push(event)
  edits.length = 0
  ;(this as unknown as {index: Map<number, unknown>}).index.clear()
}

/**
 * unified plugin, after remark-parse: the parser runs with the linear `consume` and puts the
 * original back when it returns (parsing is synchronous, so nothing else sees the swap).
 */
export const linearEditMap: Plugin<[], string, Root> = function () {
  const parse = this.parser!
  this.parser = (document, file) => {
    const original = EditMap.prototype.consume
    EditMap.prototype.consume = linearConsume
    try {
      return parse(document, file)
    } finally {
      EditMap.prototype.consume = original
    }
  }
}
