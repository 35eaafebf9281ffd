import fs from 'node:fs'
import path from 'node:path'
import {glob, isDynamicPattern} from 'tinyglobby'
import {present} from '../config/discover.js'
import {MARKDOWN_EXTENSIONS, TEXT_EXTENSIONS} from '../constants.js'
import {fileKind} from '../data/read-capped.js'
import {IgnoreFinder} from '../engine/ignore.js'
import {walkDrafts, type Entry} from './walk.js'

const EXTENSIONS = new Set<string>([...MARKDOWN_EXTENSIONS, ...TEXT_EXTENSIONS])
const SKIP = ['**/node_modules/**', '**/.git/**']

export class UsageError extends Error {}

export interface ExpandOptions {
  useIgnore: boolean
  followSymlinks: boolean
}

/**
 * Expands the command line's paths into entries: a file as given, a folder into its drafts
 * (Markdown and text, regular files only: see walkDrafts), a glob into its matches (regular
 * files; links are followed only with `followSymlinks`). Drafts listed by the nearest
 * `.slantignore` from their own folder upwards are left out (an ignored file named explicitly
 * is still linted). A FIFO, device or link out of the folder becomes an entry with `skip`: one
 * line, not linted.
 */
export async function expandPaths(inputs: readonly string[], cwd: string, options: ExpandOptions): Promise<Entry[]> {
  const finder = new IgnoreFinder()
  const ignored = options.useIgnore ? (file: string) => finder.ignored(file) : () => false
  const isDraft = (name: string): boolean => EXTENSIONS.has(path.extname(name).slice(1))
  const entries = new Map<string, Entry>()
  for (const input of inputs.length === 0 ? ['.'] : inputs) {
    const absolute = path.resolve(cwd, input)
    if (!isDynamicPattern(input) && present(absolute)) {
      let stat: fs.Stats | undefined
      try {
        stat = fs.statSync(absolute)
      } catch (error) {
        entries.set(absolute, {path: absolute, skip: `cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'}); skipped`})
        continue
      }
      if (stat.isDirectory()) {
        for (const entry of walkDrafts(absolute, {followSymlinks: options.followSymlinks, isDraft, ignored})) entries.set(entry.path, entry)
      } else if (stat.isFile()) entries.set(absolute, {path: absolute})
      else entries.set(absolute, {path: absolute, skip: `not a regular file (${fileKind(stat)}); skipped`})
      continue
    }
    // A missing path is reported on its own and the rest are linted, as ESLint and remark do.
    if (!isDynamicPattern(input)) {
      entries.set(absolute, {path: absolute, skip: 'no such file or folder', fatal: true})
      continue
    }
    const matches = await glob(input, {cwd, absolute: true, ignore: SKIP, followSymbolicLinks: options.followSymlinks})
    for (const file of matches) if (!ignored(file)) entries.set(file, {path: file})
  }
  return [...entries.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
}
