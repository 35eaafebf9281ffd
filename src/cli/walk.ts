import fs from 'node:fs'
import path from 'node:path'
import {fileKind} from '../data/read-capped.js'

/** A path the command line leads to: a draft to lint, or an entry skipped with one line saying why. */
export interface Entry {
  path: string
  /** Why the entry is not linted (one line). */
  skip?: string
  /** The skip is an error (a path that does not exist), not a choice (a FIFO, a link out). */
  fatal?: boolean
}

export interface WalkOptions {
  /** Follow symbolic links that lead out of the folder (never into a loop). */
  followSymlinks: boolean
  /** Whether a file name is a draft's (by its extension). */
  isDraft(name: string): boolean
  /** Whether `.slantignore` leaves the file out. */
  ignored(file: string): boolean
}

const SKIP_FOLDERS = new Set(['node_modules'])

/**
 * The drafts under `root`: regular files only. Hidden entries and `node_modules` are not entered.
 * A symbolic link is followed only while it stays inside `root` (or with `followSymlinks`), and
 * a folder is entered once by its real path, so a link to `/` or to a parent is no loop. A FIFO,
 * socket or device with a draft's name, and a link leading out of the folder, are reported as
 * skipped. Iterative: the depth of the tree is not the depth of a stack.
 */
export function walkDrafts(root: string, options: WalkOptions): Entry[] {
  const entries: Entry[] = []
  const rootReal = realPath(root) ?? path.resolve(root)
  const inside = (real: string): boolean => real === rootReal || real.startsWith(rootReal.endsWith(path.sep) ? rootReal : rootReal + path.sep)
  const visited = new Set<string>([rootReal])
  const folders = [root]
  while (folders.length > 0) {
    const folder = folders.pop()!
    let dirents: fs.Dirent[]
    try {
      dirents = fs.readdirSync(folder, {withFileTypes: true})
    } catch (error) {
      entries.push({path: folder, skip: `cannot read folder (${(error as NodeJS.ErrnoException).code ?? 'error'}); skipped`})
      continue
    }
    const subfolders: string[] = []
    for (const dirent of dirents) {
      if (dirent.name.startsWith('.')) continue
      const full = path.join(folder, dirent.name)
      const draft = options.isDraft(dirent.name)
      if (dirent.isDirectory()) {
        if (!SKIP_FOLDERS.has(dirent.name)) subfolders.push(full)
      } else if (dirent.isFile()) {
        if (draft && !options.ignored(full)) entries.push({path: full})
      } else if (dirent.isSymbolicLink()) {
        const link = followLink(full, draft, options.followSymlinks, inside, visited)
        if (link === 'folder') subfolders.push(full)
        else if (link && !options.ignored(full)) entries.push(link)
      } else if (draft && !options.ignored(full)) {
        entries.push({path: full, skip: `not a regular file (${kindOf(full)}); skipped`})
      }
    }
    // Depth first, in name order.
    folders.push(...subfolders.sort().reverse())
  }
  return entries
}

/** What a symbolic link in the walk leads to: a folder to enter, a draft or skipped entry, or nothing. */
function followLink(link: string, draft: boolean, follow: boolean, inside: (real: string) => boolean, visited: Set<string>): Entry | 'folder' | undefined {
  let real: string
  try {
    real = fs.realpathSync(link)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (!draft) return undefined
    return {path: link, skip: code === 'ELOOP' ? 'symbolic link loop; skipped' : `broken symbolic link (${code ?? 'error'}); skipped`}
  }
  let stat: fs.Stats
  try {
    stat = fs.statSync(real)
  } catch {
    return undefined
  }
  if (!inside(real) && !follow) {
    if (!draft && !stat.isDirectory()) return undefined
    return {path: link, skip: `symbolic link to ${real}, outside the folder; not followed (--follow-symlinks follows it)`}
  }
  if (stat.isDirectory()) {
    // Inside the folder its target is walked anyway; followed, each real folder is entered once.
    if (inside(real) || visited.has(real)) return undefined
    visited.add(real)
    return 'folder'
  }
  if (!draft) return undefined
  if (!stat.isFile()) return {path: link, skip: `symbolic link to ${fileKind(stat)} (${real}); skipped`}
  return {path: link}
}

function kindOf(file: string): string {
  try {
    return fileKind(fs.lstatSync(file))
  } catch {
    return 'not a regular file'
  }
}

function realPath(file: string): string | undefined {
  try {
    return fs.realpathSync(file)
  } catch {
    return undefined
  }
}
