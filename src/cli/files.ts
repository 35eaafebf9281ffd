import fs from 'node:fs'
import path from 'node:path'
import ignore, {type Ignore} from 'ignore'
import {glob, isDynamicPattern} from 'tinyglobby'
import {IGNORE_NAME, MARKDOWN_EXTENSIONS, TEXT_EXTENSIONS} from '../constants.js'

const EXTENSIONS = [...MARKDOWN_EXTENSIONS, ...TEXT_EXTENSIONS]
const DRAFTS = `**/*.{${EXTENSIONS.join(',')}}`
const SKIP = ['**/node_modules/**', '**/.git/**']

export class UsageError extends Error {}

/**
 * Expands the command line's paths into files: a file as given, a folder into its drafts
 * (Markdown and text), a glob into its matches. Drafts matched by the nearest `.slantignore`
 * are left out (an ignored file named explicitly is still linted).
 */
export async function expandPaths(inputs: readonly string[], cwd: string, useIgnore: boolean): Promise<string[]> {
  const ignored = useIgnore ? ignoreFilter(cwd) : () => false
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

/** The nearest `.slantignore` from `cwd` upwards, as a predicate on absolute paths. */
function ignoreFilter(cwd: string): (file: string) => boolean {
  let folder = path.resolve(cwd)
  for (;;) {
    const candidate = path.join(folder, IGNORE_NAME)
    if (fs.existsSync(candidate)) {
      const rules: Ignore = ignore().add(fs.readFileSync(candidate, 'utf8'))
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
