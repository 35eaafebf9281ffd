import fs from 'node:fs'
import path from 'node:path'

/** A temporary file of slant's own naming (see `tempName`): `.NAME.slant-PID-RANDOM.tmp`. */
const TEMP = /^\..+\.slant-(\d+)-[0-9a-f]{8}\.tmp$/u

/**
 * Removes the temporary files a killed `--fix` left in `folder`: regular files of slant's own
 * naming whose process is gone (or is this one, which writes its files synchronously). Returns
 * the names removed. Anything else, and the files of a `--fix` still running, are left alone.
 */
export function removeStaleTemps(folder: string): string[] {
  let names: string[]
  try {
    names = fs.readdirSync(folder)
  } catch {
    return []
  }
  const removed: string[] = []
  for (const name of names) {
    const match = TEMP.exec(name)
    if (!match || running(Number(match[1]))) continue
    const file = path.join(folder, name)
    try {
      if (!fs.lstatSync(file).isFile()) continue
      fs.unlinkSync(file)
      removed.push(name)
    } catch {
      // Gone already, or not ours to remove.
    }
  }
  return removed
}

function running(pid: number): boolean {
  if (pid === process.pid) return false
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}
