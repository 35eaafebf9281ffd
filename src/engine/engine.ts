import path from 'node:path'
import type {VFile} from 'vfile'
import {ConfigFinder, readConfigFile, type FoundConfig} from '../config/discover.js'
import {resolveConfig, type UserConfig} from '../config/settings.js'
import {createProcessor, lintFile} from '../processor.js'
import {formatOfPath, type Format} from './format.js'
import {IgnoreFinder} from './ignore.js'

export interface EngineOptions {
  /** Resolves a relative `config` path. */
  cwd?: string
  /** A config file for every draft (`--config FILE`), or `false` for none (`--no-config`); default: discovery. */
  config?: string | false
  /** Settings laid over the found configuration (the API's options, `--preset`). */
  overrides?: UserConfig
  /** A preset for drafts whose configuration names none (an editor's setting). */
  fallbackPreset?: string
  /** What to name in an error when no configuration file was found (`--preset`, a setting). */
  settingsName?: string
}

/**
 * The one lint path behind `lint()`, the CLI and the language server: for each draft, the
 * configuration found from its own folder upwards (`.slantrc*`, `package.json#slant`), the
 * nearest `.slantignore`, the format from its extension, and one processor per configuration
 * and format, built once and reused.
 */
export class Engine {
  private readonly finder = new ConfigFinder()
  private readonly ignores = new IgnoreFinder()
  private readonly explicit: FoundConfig | undefined
  private readonly processors = new Map<string, ReturnType<typeof createProcessor>>()

  constructor(private readonly options: EngineOptions = {}) {
    if (typeof options.config === 'string') {
      const file = path.resolve(options.cwd ?? process.cwd(), options.config)
      this.explicit = {file, config: readConfigFile(file)}
    }
  }

  /** Whether the nearest `.slantignore` above the draft lists it. */
  ignored(filePath: string): boolean {
    return this.ignores.ignored(filePath)
  }

  /** The configuration file that applies to a draft (none for an unsaved one). */
  configFor(filePath: string | undefined): FoundConfig | undefined {
    if (this.options.config === false) return undefined
    return this.explicit ?? (filePath === undefined ? undefined : this.finder.find(filePath))
  }

  /** The processor for a draft: its configuration resolved, in `format`. */
  processorFor(filePath: string | undefined, format: Format = formatOfPath(filePath)): ReturnType<typeof createProcessor> {
    const found = this.configFor(filePath)
    const key = `${found?.file ?? ''}\0${format}`
    let processor = this.processors.get(key)
    if (!processor) {
      const user = overlay(found?.config ?? {}, this.options.overrides ?? {})
      if (user.preset === undefined && this.options.fallbackPreset !== undefined) user.preset = this.options.fallbackPreset
      processor = createProcessor({format}, resolveConfig(user, found?.file ?? this.options.settingsName ?? 'configuration', found?.base))
      this.processors.set(key, processor)
    }
    return processor
  }

  /**
   * Lints `file` (its value set) as the draft at `filePath`; `file.messages` holds the findings.
   * A broken configuration throws; a failure on the draft is a fatal message on it.
   */
  run(file: VFile, filePath: string | undefined, format: Format = formatOfPath(filePath)): VFile {
    return lintFile(this.processorFor(filePath, format), file)
  }
}

/** `over` laid on `base`: its keys win, and its rule settings are added to the base's. */
function overlay(base: UserConfig, over: UserConfig): UserConfig {
  const user: Record<string, unknown> = {...base}
  for (const [key, value] of Object.entries(over)) if (value !== undefined) user[key] = value
  if (base.rules && over.rules) user.rules = {...base.rules, ...over.rules}
  return user as UserConfig
}
