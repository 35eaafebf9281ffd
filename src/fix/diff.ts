import {structuredPatch} from 'diff'

/**
 * A unified diff (`--- a/…`, `+++ b/…`, hunks with three lines of context), or '' when the
 * texts are equal. Line endings are kept as they are in each line.
 */
export function unifiedDiff(name: string, before: string, after: string): string {
  if (before === after) return ''
  const patch = structuredPatch(`a/${name}`, `b/${name}`, before, after, undefined, undefined, {context: 3})
  const lines = [`--- a/${name}`, `+++ b/${name}`]
  for (const hunk of patch.hunks) {
    lines.push(`@@ -${range(hunk.oldStart, hunk.oldLines)} +${range(hunk.newStart, hunk.newLines)} @@`, ...hunk.lines)
  }
  return `${lines.join('\n')}\n`
}

function range(start: number, count: number): string {
  // An empty range names the line before it.
  return count === 1 ? String(start) : `${count === 0 ? start - 1 : start},${count}`
}
