import {VFile} from 'vfile'
import type {ResolvedConfig} from '../config/settings.js'
import {Engine, type EngineOptions} from '../engine/engine.js'
import {knownFormat, unknownFormat} from '../engine/format.js'
import {fixDraft, type FixOptions} from '../fix/run.js'
import {lintFile} from '../processor.js'
import {problemFile} from './file-problem.js'
import type {ReadResult} from '../engine/read.js'

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
 * Lints files one by one with the engine (one processor per configuration, built once, reused).
 * The CLI calls it in its own thread or in worker threads (`--jobs`).
 */
export class Linter {
  private readonly engine: Engine

  constructor(
    private readonly options: LinterOptions,
    private readonly cwd: string
  ) {
    const engine: EngineOptions = {cwd}
    if (options.noConfig) engine.config = false
    else if (options.config !== undefined) engine.config = options.config
    if (options.preset !== undefined) {
      engine.overrides = {preset: options.preset}
      engine.settingsName = '--preset'
    }
    this.engine = new Engine(engine)
  }

  /** Lints a draft, or with `--fix` fixes it (writing it back when `write`) and lints the result. */
  lintOrFix(filePath: string, read: ReadResult, shown: string, write: boolean): VFile {
    if (!this.options.fix || 'problem' in read) return this.lint(filePath, read, shown)
    const options: FixOptions =
      write && !this.options.dryRun
        ? {target: filePath, policy: {root: this.cwd, fixReadOnly: this.options.fixReadOnly ?? false}}
        : {dryRun: this.options.dryRun ?? false}
    if (read.bom) options.bom = true
    return fixDraft(read.value, shown, (value) => this.lint(filePath, {value}, shown), options)
  }

  lint(filePath: string, read: ReadResult, shown: string): VFile {
    if ('problem' in read) return problemFile(shown, read.problem, 'fatal')
    const file = new VFile({path: shown, cwd: process.cwd()})
    file.value = read.value
    const format = knownFormat(filePath)
    if (format === undefined) return problemFile(shown, unknownFormat(filePath), 'fatal')
    // A broken configuration stops the run (exit 2) before any draft is linted with it; a
    // failure on one draft is a fatal message on that file.
    return lintFile(this.engine.processorFor(filePath, format), file)
  }

  /** The configuration a draft at `filePath` is linted with, and the file it comes from. */
  configFor(filePath: string): {file?: string; config: ResolvedConfig} {
    const found = this.engine.configFor(filePath)
    return {...(found ? {file: found.file} : {}), config: this.engine.resolvedFor(filePath)}
  }
}
