import path from 'node:path'
import ignore, {type Ignore} from 'ignore'
import {VFile} from 'vfile'
import {IGNORE_NAME, TEXT_EXTENSIONS} from '../constants.js'
import {ConfigFinder, present, readConfigText} from '../config/discover.js'
import {resolveConfig, type UserConfig} from '../config/settings.js'
import {createProcessor, lintFile, type Format} from '../processor.js'

/** What the editor may set (`slant.*` settings, or `initializationOptions`). */
export interface Settings {
  enable: boolean
  /** A preset for drafts whose configuration names none. */
  preset?: string
  /** Milliseconds to wait after a keystroke before linting. */
  debounce: number
  /** Lint only drafts that have a slant configuration (`.slantrc*`, `package.json#slant`) above them. */
  requireConfig: boolean
}

export const DEFAULT_SETTINGS: Settings = {enable: true, debounce: 250, requireConfig: false}

/** Reads settings from whatever shape a client sends; unknown or wrong values are dropped. */
export function readSettings(raw: unknown, base: Settings = DEFAULT_SETTINGS): Settings {
  const out: Settings = {...base}
  if (!raw || typeof raw !== 'object') return out
  const r = raw as Record<string, unknown>
  const s = (r.slant && typeof r.slant === 'object' ? r.slant : r) as Record<string, unknown>
  if (typeof s.enable === 'boolean') out.enable = s.enable
  if (typeof s.requireConfig === 'boolean') out.requireConfig = s.requireConfig
  if (typeof s.preset === 'string') {
    if (s.preset.trim() === '') delete out.preset
    else out.preset = s.preset.trim()
  } else if (Array.isArray(s.preset) && s.preset.every((p) => typeof p === 'string')) out.preset = s.preset.join(',')
  else if (s.preset === null) delete out.preset
  if (typeof s.debounce === 'number' && Number.isFinite(s.debounce) && s.debounce >= 0) out.debounce = Math.min(s.debounce, 10000)
  return out
}

/**
 * The CLI's configuration discovery, cached for an editor session: the nearest `.slantrc*` or
 * `package.json#slant` per draft, the nearest `.slantignore`, and one processor per
 * configuration and format. `reset()` forgets everything (a watched file changed).
 */
export class Workspace {
  private finder = new ConfigFinder()
  private readonly processors = new Map<string, ReturnType<typeof createProcessor>>()
  private readonly ignores = new Map<string, {base: string; rules: Ignore} | null>()

  reset(): void {
    this.finder = new ConfigFinder()
    this.processors.clear()
    this.ignores.clear()
  }

  /** Whether the nearest `.slantignore` above the draft lists it. */
  ignored(filePath: string): boolean {
    const found = this.ignoreFile(path.dirname(filePath))
    if (!found) return false
    const relative = path.relative(found.base, filePath)
    return relative !== '' && !relative.startsWith('..') && found.rules.ignores(relative.split(path.sep).join('/'))
  }

  /**
   * Whether a slant configuration applies to the draft (`slant.requireConfig`). A broken one
   * counts: linting then shows what is wrong with it.
   */
  configured(filePath: string | undefined): boolean {
    if (filePath === undefined) return false
    try {
      return this.finder.find(filePath) !== undefined
    } catch {
      return true
    }
  }

  /** Lints `value` as the draft at `filePath` (or an unsaved one), with `settings`. */
  lint(value: string, filePath: string | undefined, format: Format, settings: Settings): VFile {
    const found = filePath === undefined ? undefined : this.finder.find(filePath)
    const key = `${found?.file ?? ''}\0${format}\0${settings.preset ?? ''}`
    let processor = this.processors.get(key)
    if (!processor) {
      const user: UserConfig = {...found?.config}
      if (user.preset === undefined && settings.preset !== undefined) user.preset = settings.preset
      processor = createProcessor({format}, resolveConfig(user, found?.file ?? 'the slant.preset setting'))
      this.processors.set(key, processor)
    }
    return lintFile(processor, new VFile(filePath === undefined ? {value} : {value, path: filePath}))
  }

  private ignoreFile(folder: string): {base: string; rules: Ignore} | null {
    const cached = this.ignores.get(folder)
    if (cached !== undefined) return cached
    let found: {base: string; rules: Ignore} | null = null
    const candidate = path.join(folder, IGNORE_NAME)
    try {
      if (present(candidate)) found = {base: folder, rules: ignore().add(readConfigText(candidate))}
    } catch {
      found = null
    }
    if (!found) {
      const parent = path.dirname(folder)
      found = parent === folder ? null : this.ignoreFile(parent)
    }
    this.ignores.set(folder, found)
    return found
  }
}

/** The format of a document: plain text for `plaintext` documents and `.txt` files. */
export function formatOf(languageId: string, filePath: string | undefined): Format {
  if (languageId === 'plaintext' || languageId === 'text') return 'text'
  if (languageId === 'markdown' || languageId === 'mdx') return 'markdown'
  const ext = filePath ? path.extname(filePath).slice(1).toLowerCase() : ''
  return (TEXT_EXTENSIONS as readonly string[]).includes(ext) ? 'text' : 'markdown'
}
