/** What the editor may set (`slant.*` settings, or `initializationOptions`). */
export interface Settings {
  enable: boolean
  /** A preset for drafts whose configuration names none. */
  preset?: string
  /** Milliseconds to wait after a keystroke before linting; unset: adapted to the document (`autoDebounce`). */
  debounce?: number
  /** Lint only drafts that have a slant configuration (`.slantrc*`, `package.json#slant`) above them. */
  requireConfig: boolean
}

export const DEFAULT_SETTINGS: Settings = {enable: true, requireConfig: false}

/** The shortest and longest pause the adaptive debounce waits for. */
export const AUTO_DEBOUNCE = {min: 20, max: 250}

/**
 * The pause after a keystroke when `debounce` is unset: half as long as the document's last
 * lint took, within `AUTO_DEBOUNCE`. A short draft is linted almost as you type (the lint runs
 * on its own thread, and a newer keystroke only makes its result stale); a long one waits
 * longer, so that lints typing makes stale do not keep a core busy.
 */
export function autoDebounce(lastLintMs: number | undefined): number {
  return Math.round(Math.min(AUTO_DEBOUNCE.max, Math.max(AUTO_DEBOUNCE.min, (lastLintMs ?? 0) / 2)))
}

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
  else if (s.debounce === null || s.debounce === 'auto') delete out.debounce
  return out
}
