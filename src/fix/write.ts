import fs from 'node:fs'
import path from 'node:path'
import {randomBytes} from 'node:crypto'

/** The file-system calls an atomic write makes (replaceable in tests to inject failures). */
export interface WriteFs {
  openSync: typeof fs.openSync
  writeSync: (fd: number, data: string) => number
  fsyncSync: typeof fs.fsyncSync
  closeSync: typeof fs.closeSync
  renameSync: typeof fs.renameSync
  unlinkSync: typeof fs.unlinkSync
  statSync: typeof fs.statSync
}

const realFs: WriteFs = {
  openSync: fs.openSync,
  writeSync: (fd, data) => fs.writeSync(fd, data),
  fsyncSync: fs.fsyncSync,
  closeSync: fs.closeSync,
  renameSync: fs.renameSync,
  unlinkSync: fs.unlinkSync,
  statSync: fs.statSync
}

/**
 * Replaces `file` with `content` atomically: writes a temporary file beside it (same folder, so
 * the same file system), flushes it to disk, then renames it over the original. A crash or a
 * failed write leaves the original untouched and removes the temporary file. The file keeps
 * its permission bits.
 */
export function writeFileAtomic(file: string, content: string, io: WriteFs = realFs): void {
  const folder = path.dirname(file)
  const temp = path.join(folder, `.${path.basename(file)}.slant-${process.pid}-${randomBytes(4).toString('hex')}.tmp`)
  let mode = 0o666
  try {
    mode = io.statSync(file).mode & 0o7777
  } catch {
    // A new file gets the default mode.
  }
  const fd = io.openSync(temp, 'wx', mode)
  let closed = false
  try {
    const bytes = Buffer.byteLength(content)
    const written = io.writeSync(fd, content)
    if (written !== bytes) throw new Error(`short write to ${temp} (${written} of ${bytes} bytes)`)
    io.fsyncSync(fd)
    io.closeSync(fd)
    closed = true
    io.renameSync(temp, file)
  } catch (error) {
    if (!closed) {
      try {
        io.closeSync(fd)
      } catch {
        // Already failing: keep the first error.
      }
    }
    try {
      io.unlinkSync(temp)
    } catch {
      // The temporary file may not exist.
    }
    throw error
  }
}
