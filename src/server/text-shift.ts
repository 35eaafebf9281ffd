/**
 * How ranges of an older text of a document map into its current text: the two share
 * a prefix and a suffix, and only the span between them changed (what typing since the last
 * lint did). A range that touches the changed span, or only borders it (typing at the end of a
 * flagged word makes another word), has no counterpart. O(length) to build.
 */
export class TextShift {
  /** Length of the shared prefix. */
  private readonly head: number
  /** Where the shared suffix starts, in the older and in the newer text. */
  private readonly oldTail: number
  private readonly newTail: number
  private readonly same: boolean

  constructor(older: string, newer: string) {
    const most = Math.min(older.length, newer.length)
    let head = 0
    while (head < most && older.charCodeAt(head) === newer.charCodeAt(head)) head++
    let tail = 0
    while (tail < most - head && older.charCodeAt(older.length - 1 - tail) === newer.charCodeAt(newer.length - 1 - tail)) tail++
    this.head = head
    this.oldTail = older.length - tail
    this.newTail = newer.length - tail
    this.same = older.length === newer.length && head === older.length
  }

  /** A range of the older text in the newer one; undefined when it touches the changed span. */
  forward(start: number, end: number): {start: number; end: number} | undefined {
    if (this.same || end < this.head) return {start, end}
    if (start > this.oldTail) return {start: start - this.oldTail + this.newTail, end: end - this.oldTail + this.newTail}
    return undefined
  }
}
