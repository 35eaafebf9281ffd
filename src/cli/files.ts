import fs from 'node:fs'
import path from 'node:path'
import {glob, isDynamicPattern} from 'tinyglobby'
import {MARKDOWN_EXTENSIONS, TEXT_EXTENSIONS} from '../constants.js'
import {IgnoreFinder} from '../engine/ignore.js'

const EXTENSIONS = [...MARKDOWN_EXTENSIONS, ...TEXT_EXTENSIONS]
const DRAFTS = `**/*.{${EXTENSIONS.join(',')}}`
const SKIP = ['**/node_modules/**', '**/.git/**']

export class UsageError extends Error {}

/**
 * Expands the command line's paths into files: a file as given, a folder into its drafts
 * (Markdown and text), a glob into its matches. Drafts listed by the nearest `.slantignore` from
 * their own folder upwards are left out (an ignored file named explicitly is still linted).
 */
export async function expandPaths(inputs: readonly string[], cwd: string, useIgnore: boolean): Promise<string[]> {
  const finder = new IgnoreFinder()
  const ignored = useIgnore ? (file: string) => finder.ignored(file) : () => false
  const files = new Set<string>()
  for (const input of inputs.length === 0 ? ['.'] : inputs) {
    const absolute = path.resolve(cwd, input)
    if (!isDynamicPattern(input) && fs.existsSync(absolute)) {
      if (fs.statSync(absolute).isDirectory()) {
        for (const file of await glob(DRAFTS, {cwd: absolute, absolute: true, ignore: SKIP, dot: false})) if (!ignored(file)) files.add(file)
      } else files.add(absolute)
      continue
    }
    if (!isDynamicPattern(input)) throw new UsageError(`no such file or folder: ${input}`)
    const matches = await glob(input, {cwd, absolute: true, ignore: SKIP})
    for (const file of matches) if (!ignored(file)) files.add(file)
  }
  return [...files].sort()
}
