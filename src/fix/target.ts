import fs from 'node:fs'
import path from 'node:path'

export interface TargetPolicy {
  /** The tree being linted: a symbolic link is fixed through only to a file inside it. */
  root: string
  /** Fix files the process may not write (or that have no write bit) too. */
  fixReadOnly?: boolean
}

export type Target = {file: string; stat: fs.Stats} | {skip: string}

/**
 * Where `--fix` may write a draft's fixes, or why it may not: a symbolic link is followed to its
 * target only inside `root`; a file with several hard links is refused (replacing it would split
 * the links, and writing in place is not atomic); a read-only file is left alone unless
 * `fixReadOnly`.
 */
export function fixTarget(file: string, policy: TargetPolicy): Target {
  let real: string
  let stat: fs.Stats
  try {
    real = fs.realpathSync(file)
    stat = fs.statSync(real)
  } catch (error) {
    return {skip: `cannot read it again (${(error as NodeJS.ErrnoException).code ?? 'error'})`}
  }
  if (real !== path.resolve(file) && !inside(real, realRoot(policy.root))) return {skip: 'it is a symbolic link to a file outside the linted folder'}
  if (!stat.isFile()) return {skip: 'it is not a regular file'}
  if (stat.nlink > 1) return {skip: `it has ${stat.nlink} hard links, and replacing it would split them; fix it by hand`}
  if (!policy.fixReadOnly && !writable(real, stat)) return {skip: 'it is read-only; pass --fix-read-only to fix it anyway'}
  return {file: real, stat}
}

function realRoot(root: string): string {
  try {
    return fs.realpathSync(root)
  } catch {
    return path.resolve(root)
  }
}

function inside(file: string, folder: string): boolean {
  const relative = path.relative(folder, file)
  return relative !== '' && !relative.startsWith(`..${path.sep}`) && relative !== '..' && !path.isAbsolute(relative)
}

/** Writable by this process, and not marked read-only for everyone (root may write anything). */
function writable(file: string, stat: fs.Stats): boolean {
  if ((stat.mode & 0o222) === 0) return false
  try {
    fs.accessSync(file, fs.constants.W_OK)
    return true
  } catch {
    return false
  }
}
