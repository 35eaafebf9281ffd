import fs from 'node:fs'
import path from 'node:path'
import {createHash, randomBytes} from 'node:crypto'

/** The file-system calls an atomic write makes (replaceable in tests to inject failures). */
export interface WriteFs {
  openSync: (file: string, flags: string, mode: number) => number
  writeSync: (fd: number, data: Uint8Array) => number
  fsyncSync: (fd: number) => void
  fchownSync: (fd: number, uid: number, gid: number) => void
  fchmodSync: (fd: number, mode: number) => void
  closeSync: (fd: number) => void
  renameSync: (from: string, to: string) => void
  unlinkSync: (file: string) => void
  readFileSync: (file: string) => Uint8Array
}

const realFs: WriteFs = {
  openSync: (file, flags, mode) => fs.openSync(file, flags, mode),
  writeSync: (fd, data) => fs.writeSync(fd, data),
  fsyncSync: fs.fsyncSync,
  fchownSync: fs.fchownSync,
  fchmodSync: fs.fchmodSync,
  closeSync: fs.closeSync,
  renameSync: fs.renameSync,
  unlinkSync: fs.unlinkSync,
  readFileSync: (file) => fs.readFileSync(file)
}

/** The file changed on disk after it was read: its new content is kept and nothing is written. */
export class FileChangedError extends Error {}

export interface WriteOptions {
  /** The original's metadata: the replacement gets its mode bits and, where permitted, owner. */
  stat?: Pick<fs.Stats, 'mode' | 'uid' | 'gid'>
  /** The SHA-256 (hex) the original must still have just before it is replaced. */
  expected?: string
  /** Replaces some file-system calls (tests inject failures and concurrent edits). */
  io?: Partial<WriteFs>
}

/** The temporary file's name beside `file`: `.NAME.slant-PID-RANDOM.tmp`. */
export function tempName(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.slant-${process.pid}-${randomBytes(4).toString('hex')}.tmp`)
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/**
 * Replaces `file` with `content` atomically: writes a temporary file beside it (same folder, so
 * the same file system), gives it the original's owner (where the process may) and exact mode
 * bits (setuid, setgid and sticky included, not narrowed by the umask), flushes it to disk,
 * checks that the original still has the `expected` hash, then renames it over the original. A
 * crash, a failed write or a changed original leaves the original untouched and removes the
 * temporary file.
 */
export function writeFileAtomic(file: string, content: Uint8Array, options: WriteOptions = {}): void {
  const io: WriteFs = {...realFs, ...options.io}
  const temp = tempName(file)
  const fd = io.openSync(temp, 'wx', 0o600)
  let closed = false
  try {
    const written = io.writeSync(fd, content)
    if (written !== content.byteLength) throw new Error(`short write to ${temp} (${written} of ${content.byteLength} bytes)`)
    if (options.stat) {
      try {
        // Before the mode: a change of owner clears the setuid and setgid bits.
        io.fchownSync(fd, options.stat.uid, options.stat.gid)
      } catch {
        // Only a privileged process may give a file away; the file then belongs to this user.
      }
      io.fchmodSync(fd, options.stat.mode & 0o7777)
    }
    io.fsyncSync(fd)
    io.closeSync(fd)
    closed = true
    if (options.expected !== undefined && sha256(io.readFileSync(file)) !== options.expected) throw new FileChangedError(`${file} changed after it was read`)
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
