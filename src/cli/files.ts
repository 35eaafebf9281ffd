import fs from 'node:fs'
import path from 'node:path'
import ignore, {type Ignore} from 'ignore'
import {glob, isDynamicPattern} from 'tinyglobby'
import {readConfigText, present} from '../config/discover.js'
import {IGNORE_NAME, MARKDOWN_EXTENSIONS, TEXT_EXTENSIONS} from '../constants.js'
import {fileKind} from '../data/read-capped.js'
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
 * files; links are followed only with `followSymlinks`). Drafts matched by the nearest
 * `.slantignore` are left out (an ignored file named explicitly is still linted). A FIFO,
 * device or link out of the folder becomes an entry with `skip`: one line, not linted.
 */
export async function expandPaths(inputs: readonly string[], cwd: string, options: ExpandOptions): Promise<Entry[]> {
  const ignored = options.useIgnore ? ignoreFilter(cwd) : () => false
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
    if (!isDynamicPattern(input)) throw new UsageError(`no such file or folder: ${input}`)
    const matches = await glob(input, {cwd, absolute: true, ignore: SKIP, followSymbolicLinks: options.followSymlinks})
    for (const file of matches) if (!ignored(file)) entries.set(file, {path: file})
  }
  return [...entries.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
}

/** The nearest `.slantignore` from `cwd` upwards, as a predicate on absolute paths. */
function ignoreFilter(cwd: string): (file: string) => boolean {
  let folder = path.resolve(cwd)
  for (;;) {
    const candidate = path.join(folder, IGNORE_NAME)
    if (present(candidate)) {
      const rules: Ignore = ignore().add(readConfigText(candidate))
      const base = folder
      return (file) => {
        const relative = path.relative(base, file)
        return !relative.startsWith('..') && relative !== '' && rules.ignores(relative.split(path.sep).join('/'))
      }
    }
    const parent = path.dirname(folder)
    if (parent === folder) return () => false
    folder = parent
  }
}
