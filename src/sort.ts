import type {Root} from 'mdast'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'

/** unified plugin: messages in reading order, one per rule and range. */
export const sortMessages: Plugin<[], Root> = function () {
  return function (_tree: Root, file: VFile) {
    const seen = new Set<string>()
    const offset = (m: VFile['messages'][number], side: 'start' | 'end'): number => {
      const place = m.place
      if (!place) return 0
      const point = 'start' in place ? place[side] : place
      return point.offset ?? 0
    }
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
