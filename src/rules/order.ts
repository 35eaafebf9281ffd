import type {Root} from 'mdast'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import {loadRuleSpecs} from './spec.js'

type Message = VFile['messages'][number]

function offset(m: Message, side: 'start' | 'end'): number {
  const place = m.place
  if (!place) return 0
  const point = 'start' in place ? place[side] : place
  return point.offset ?? 0
}

/**
 * unified plugin: a message from a rule that `supersedes` another drops that rule's message on
 * overlapping words (run before comment control, so ignoring the message shown leaves nothing).
 */
export const dropSuperseded: Plugin<[], Root> = function () {
  const specs = loadRuleSpecs()
  return function (_tree: Root, file: VFile) {
    const superseding = file.messages.filter((m) => (specs.get(String(m.ruleId))?.supersedes.length ?? 0) > 0)
    if (superseding.length === 0) return
    const superseded = (m: Message): boolean =>
      superseding.some(
        (s) =>
          specs.get(String(s.ruleId))!.supersedes.includes(String(m.ruleId)) && offset(s, 'start') < offset(m, 'end') && offset(m, 'start') < offset(s, 'end')
      )
    file.messages = file.messages.filter((m) => !superseded(m))
  }
}

/** unified plugin: messages in reading order, one per rule and range. */
export const sortMessages: Plugin<[], Root> = function () {
  return function (_tree: Root, file: VFile) {
    const seen = new Set<string>()
    file.messages = file.messages
      .filter((m) => {
        const key = `${m.ruleId}:${offset(m, 'start')}:${offset(m, 'end')}`
        if (seen.has(key)) return false
        seen.add(key)
        return true
      })
      .sort((a, b) => offset(a, 'start') - offset(b, 'start') || offset(a, 'end') - offset(b, 'end') || String(a.ruleId).localeCompare(String(b.ruleId)))
  }
}
