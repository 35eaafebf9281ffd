import path from 'node:path'
import ignore, {type Ignore} from 'ignore'
import {present, readConfigText} from '../config/discover.js'
import {IGNORE_NAME} from '../constants.js'

interface IgnoreFile {
  base: string
  rules: Ignore
}

/**
 * `.slantignore` lookup: the nearest one from a draft's own folder upwards (gitignore syntax,
 * relative to its folder) says whether the draft is left alone. Results are cached per folder; an
 * unreadable `.slantignore` is a DataError.
 */
export class IgnoreFinder {
  private readonly byFolder = new Map<string, IgnoreFile | null>()

  ignored(filePath: string): boolean {
    const absolute = path.resolve(filePath)
    const found = this.inFolder(path.dirname(absolute))
    if (!found) return false
    const relative = path.relative(found.base, absolute)
    return relative !== '' && !relative.startsWith('..') && found.rules.ignores(relative.split(path.sep).join('/'))
  }

  private inFolder(folder: string): IgnoreFile | null {
    const cached = this.byFolder.get(folder)
    if (cached !== undefined) return cached
    let found: IgnoreFile | null = null
    const candidate = path.join(folder, IGNORE_NAME)
    if (present(candidate)) found = {base: folder, rules: ignore().add(readConfigText(candidate))}
    if (!found) {
      const parent = path.dirname(folder)
      found = parent === folder ? null : this.inFolder(parent)
    }
    this.byFolder.set(folder, found)
    return found
  }
}
