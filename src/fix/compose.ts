/** A replacement of `start..end` of the original text by `text` (the final text there). */
export interface Change {
  start: number
  end: number
  text: string
}

/**
 * Composes `changes` (original text → `current`) with `edits` (sorted, non-overlapping
 * replacements in `current`'s offsets), giving the changes from the original text to the result
 * of the edits. Changes and edits that overlap or touch merge into one; linear in the number of
 * changes and edits plus the length of the merged text.
 */
export function composeChanges(changes: readonly Change[], edits: readonly Change[], current: string): Change[] {
  const out: Change[] = []
  // A merged region in `current`'s offsets, the shift (current − original) before it, and the
  // edits inside it.
  let region: {from: number; to: number; shiftBefore: number; edits: Change[]} | undefined
  let shift = 0
  let c = 0
  let e = 0
  const flush = (): void => {
    if (!region) return
    const parts: string[] = []
    let at = region.from
    for (const edit of region.edits) {
      parts.push(current.slice(at, edit.start), edit.text)
      at = edit.end
    }
    parts.push(current.slice(at, region.to))
    out.push({start: region.from - region.shiftBefore, end: region.to - shift, text: parts.join('')})
    region = undefined
  }
  while (c < changes.length || e < edits.length) {
    const change = changes[c]
    const at = change ? change.start + shift : Infinity
    const edit = edits[e]
    let from: number
    let to: number
    if (edit && edit.start < at) {
      from = edit.start
      to = edit.end
    } else {
      from = at
      to = at + change!.text.length
    }
    if (!region || from > region.to) {
      flush()
      region = {from, to, shiftBefore: shift, edits: []}
    } else region.to = Math.max(region.to, to)
    if (edit && edit.start < at) {
      region.edits.push(edit)
      e++
    } else {
      shift += change!.text.length - (change!.end - change!.start)
      c++
    }
  }
  flush()
  return out
}
