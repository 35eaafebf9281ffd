import path from 'node:path'
import {VFile} from 'vfile'
import {TEXT_EXTENSIONS} from '../constants.js'
import {ConfigFinder, readConfigFile, type FoundConfig} from '../config/discover.js'
import {resolveConfig, type ResolvedConfig, type UserConfig} from '../config/settings.js'
import {createProcessor, lintFile, type Format} from '../processor.js'
import {fixDraft, type FixOptions} from '../fix/run.js'
import {problemFile} from './file-problem.js'
import type {ReadResult} from './read.js'

/** What a linter needs from the command line: which configuration and preset to use. */
export interface LinterOptions {
  preset?: string
  config?: string
  noConfig: boolean
  /** `--fix`: apply the safe fixes; with `dryRun`, compute them without writing. */
  fix?: boolean
  dryRun?: boolean
  /** `--fix-read-only`: fix files that are read-only too. */
  fixReadOnly?: boolean
}

/**
 * Lints files one by one, with one processor per configuration (built once, reused). This is
 * the one lint path: the CLI calls it in its own thread or in worker threads (`--jobs`).
 */
export class Linter {
  private readonly finder = new ConfigFinder()
  private readonly explicit: FoundConfig | undefined
  private readonly processors = new Map<string, ReturnType<typeof createProcessor>>()
  private readonly configs = new Map<string, ResolvedConfig>()

  constructor(
    private readonly options: LinterOptions,
    private readonly cwd: string
  ) {
    if (options.config !== undefined) {
      const file = path.resolve(cwd, options.config)
      this.explicit = {file, config: readConfigFile(file)}
    }
  }

  /** Lints a draft, or with `--fix` fixes it (writing it back when `write`) and lints the result. */
  lintOrFix(filePath: string, read: ReadResult, shown: string, write: boolean): VFile {
    if (!this.options.fix || 'problem' in read) return this.lint(filePath, read, shown)
    const options: FixOptions = write && !this.options.dryRun ? {target: filePath, policy: {root: this.cwd, fixReadOnly: this.options.fixReadOnly ?? false}} : {dryRun: this.options.dryRun ?? false}
    if (read.bom) options.bom = true
    return fixDraft(read.value, shown, (value) => this.lint(filePath, {value}, shown), options)
  }

  lint(filePath: string, read: ReadResult, shown: string): VFile {
    if ('problem' in read) return problemFile(shown, read.problem, 'fatal')
    const file = new VFile({path: shown, cwd: process.cwd()})
    file.value = read.value
    const found = this.options.noConfig ? undefined : (this.explicit ?? this.finder.find(filePath))
    const format: Format = (TEXT_EXTENSIONS as readonly string[]).includes(path.extname(filePath).slice(1).toLowerCase()) ? 'text' : 'markdown'
    return lintFile(this.processor(found, format), file)
  }

  private processor(found: FoundConfig | undefined, format: Format) {
    const key = `${found?.file ?? ''}\0${format}`
    let processor = this.processors.get(key)
    if (!processor) {
      processor = createProcessor({format}, this.config(found))
      this.processors.set(key, processor)
    }
    return processor
  }

  private config(found: FoundConfig | undefined): ResolvedConfig {
    const key = found?.file ?? ''
    let config = this.configs.get(key)
    if (!config) {
      const user: UserConfig = {...found?.config}
      if (this.options.preset !== undefined) user.preset = this.options.preset
      config = resolveConfig(user, found?.file ?? (this.options.preset === undefined ? 'configuration' : '--preset'))
      this.configs.set(key, config)
    }
    return config
  }
}
