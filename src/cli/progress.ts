/** Runs with at least this many files show a progress line (on a terminal). */
export const PROGRESS_MIN_FILES = 200

export interface Progress {
  /** `done` files of the total are linted. */
  tick(done: number): void
  /** Clears the line. */
  end(): void
}

const NONE: Progress = {tick: () => {}, end: () => {}}

/**
 * A progress line on standard error (`slant: 120/3000 files`), for long runs on a terminal
 * only: redrawn at most ten times a second, and cleared at the end so the report stands alone.
 */
export function progressLine(total: number, stream: NodeJS.WriteStream): Progress {
  if (!stream.isTTY || total < PROGRESS_MIN_FILES) return NONE
  let last = 0
  let shown = false
  return {
    tick(done) {
      const now = Date.now()
      if (now - last < 100 && done < total) return
      last = now
      shown = true
      stream.write(`\r\u001B[Kslant: ${done}/${total} files`)
    },
    end() {
      if (shown) stream.write('\r\u001B[K')
    }
  }
}
