import fs from 'node:fs'

/** What `readCapped` found: the bytes, or one line saying why the file was not read. */
export type CappedRead = {bytes: Buffer} | {problem: string; kind: 'missing' | 'special' | 'too-large' | 'unreadable'}

// O_NONBLOCK: opening a FIFO with no writer would otherwise wait forever. It does not change
// how a regular file reads. (Windows has no such flag, and no FIFOs to open.)
const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0)
const CHUNK = 64 * 1024

/**
 * Reads a file of at most `cap` bytes: open, fstat, refuse what is not a regular file, then
 * read at most `cap + 1` bytes, so a file that lies about its size (a device, a file growing
 * while read, `/proc`) costs at most the cap. Every draft and config file slant reads comes
 * through here; `what` names the file's kind in the problem ("file", "config file").
 */
export function readCapped(file: string, cap: number, what = 'file'): CappedRead {
  let fd: number
  try {
    fd = fs.openSync(file, OPEN_FLAGS)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error'
    return code === 'ENOENT' ? {problem: `${what} not found`, kind: 'missing'} : {problem: `cannot read ${what} (${code})`, kind: 'unreadable'}
  }
  try {
    const stat = fs.fstatSync(fd)
    if (!stat.isFile()) return {problem: `${what} is not a regular file (${fileKind(stat)})`, kind: 'special'}
    if (stat.size > cap) return tooLarge(what, cap, stat.size)
    const chunks: Buffer[] = []
    let total = 0
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(CHUNK, cap + 1 - total))
      const read = fs.readSync(fd, chunk, 0, chunk.length, null)
      if (read === 0) break
      chunks.push(read === chunk.length ? chunk : chunk.subarray(0, read))
      total += read
      if (total > cap) return tooLarge(what, cap)
    }
    return {bytes: Buffer.concat(chunks, total)}
  } catch (error) {
    return {problem: `cannot read ${what} (${(error as NodeJS.ErrnoException).code ?? 'error'})`, kind: 'unreadable'}
  } finally {
    fs.closeSync(fd)
  }
}

/** Reads a stream (standard input) up to `cap` bytes, stopping at `cap + 1`. */
export async function readStreamCapped(stream: AsyncIterable<Uint8Array | string>, cap: number, what = 'input'): Promise<CappedRead> {
  const chunks: Buffer[] = []
  let total = 0
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
    chunks.push(bytes)
    total += bytes.length
    if (total > cap) return tooLarge(what, cap)
  }
  return {bytes: Buffer.concat(chunks, total)}
}

/** What a non-regular file is, in words: "a FIFO", "a character device", … */
export function fileKind(stat: fs.Stats): string {
  if (stat.isDirectory()) return 'a folder'
  if (stat.isFIFO()) return 'a FIFO'
  if (stat.isSocket()) return 'a socket'
  if (stat.isCharacterDevice()) return 'a character device'
  if (stat.isBlockDevice()) return 'a block device'
  if (stat.isSymbolicLink()) return 'a symbolic link'
  return 'not a regular file'
}

/** The size is known from fstat; a device or a stream is only known to go past the cap. */
function tooLarge(what: string, cap: number, size?: number): CappedRead {
  const problem =
    size === undefined
      ? `${what} is larger than the limit of ${formatBytes(cap)}`
      : `${what} is too large (${formatBytes(size)}; the limit is ${formatBytes(cap)})`
  return {problem, kind: 'too-large'}
}

function formatBytes(bytes: number): string {
  if (bytes >= 1048576) return `${Math.round(bytes / 1048576)} MB`
  return `${Math.round(bytes / 1024)} KB`
}
