import {VFile} from 'vfile'
import {Engine} from '../engine/engine.js'
import {formatOfPath, type Format} from '../engine/format.js'

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
 * The engine for an editor session, per `slant.preset` setting: the nearest `.slantrc*` or
 * `package.json#slant` per draft, the nearest `.slantignore`, and one processor per
 * configuration and format, as in the CLI. `reset()` forgets everything (a watched file changed).
 */
export class Workspace {
  private readonly engines = new Map<string, Engine>()

  reset(): void {
    this.engines.clear()
  }

  /** Whether the nearest `.slantignore` above the draft lists it (an unreadable one lists nothing). */
  ignored(filePath: string): boolean {
    try {
      return this.engine(undefined).ignored(filePath)
    } catch {
      return false
    }
  }

  /**
   * Whether a slant configuration applies to the draft (`slant.requireConfig`). A broken one
   * counts: linting then shows what is wrong with it.
   */
  configured(filePath: string | undefined): boolean {
    if (filePath === undefined) return false
    try {
      return this.engine(undefined).configFor(filePath) !== undefined
    } catch {
      return true
    }
  }

  /** Lints `value` as the draft at `filePath` (or an unsaved one), with `settings`. */
  lint(value: string, filePath: string | undefined, format: Format, settings: Settings): VFile {
    const file = new VFile(filePath === undefined ? {value} : {value, path: filePath})
    return this.engine(settings.preset).run(file, filePath, format)
  }

  private engine(preset: string | undefined): Engine {
    const key = preset ?? ''
    let engine = this.engines.get(key)
    if (!engine) {
      engine = new Engine(preset === undefined ? {settingsName: 'the slant.preset setting'} : {fallbackPreset: preset, settingsName: 'the slant.preset setting'})
      this.engines.set(key, engine)
    }
    return engine
  }
}

/** The format of a document: plain text for `plaintext` documents and `.txt` files. */
export function formatOf(languageId: string, filePath: string | undefined): Format {
  if (languageId === 'plaintext' || languageId === 'text') return 'text'
  if (languageId === 'markdown' || languageId === 'mdx') return 'markdown'
  return formatOfPath(filePath)
}
