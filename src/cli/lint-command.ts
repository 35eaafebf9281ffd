import path from 'node:path'
import {VFile} from 'vfile'
import {reporter} from 'vfile-reporter'
import {NAME, VERSION} from '../constants.js'
import {ConfigFinder, readConfigFile, type FoundConfig} from '../config/discover.js'
import {resolveConfig, type ResolvedConfig, type UserConfig} from '../config/settings.js'
import {createProcessor, type Format} from '../processor.js'
import {TEXT_EXTENSIONS} from '../constants.js'
import {helpText, parseLintArgs, type LintArgs} from './args.js'
import {expandPaths} from './files.js'
import {decodeDraft, readDraft, type ReadResult} from './read.js'
import {reportJson} from './report-json.js'
import {summaryLine} from '../sources/format.js'
import {sourcingMap} from '../sources/map.js'
import {reportSarif} from './report-sarif.js'
import {reportGithub} from './report-github.js'
import {reportHtml} from './report-html.js'
import {fixDiffs, fixDraft} from '../fix/run.js'
import type {CommandIo} from './commands.js'

/** What a run produced: the linted files and the exit code. */
export interface LintRun {
  files: VFile[]
  code: number
}

/** `slant [options] [paths…]`: lints drafts and prints a report. */
export async function lintCommand(argv: readonly string[], io: CommandIo): Promise<number> {
  const args = parseLintArgs(argv)
  if (args.help) {
    io.stdout.write(`${helpText()}\n`)
    return 0
  }
  if (args.version) {
    io.stdout.write(`${NAME} ${VERSION}\n`)
    return 0
  }
  const run = await lintFiles(args, io)
  // `--fix --dry-run` prints the diff; `--fix --stdin` prints the fixed text.
  if (args.fix && args.dryRun) io.stdout.write(fixDiffs(run.files))
  else if (args.fix && args.stdin) io.stdout.write(run.files[0]?.data.slantFix?.output ?? '')
  else io.stdout.write(`${formatReport(run.files, args)}\n`)
  return run.code
}

export async function lintFiles(args: LintArgs, io: Pick<CommandIo, 'cwd' | 'stdin'>): Promise<LintRun> {
  const linter = new Linter(args, io.cwd)
  const files: VFile[] = []
  if (args.stdin) {
    const filePath = path.resolve(io.cwd, args.filePath ?? 'stdin.md')
    files.push(linter.lintOrFix(filePath, decodeDraft(await io.stdin()), args.filePath ?? '<stdin>', false))
  } else {
    for (const file of await expandPaths(args.paths, io.cwd, !args.noIgnore)) {
      files.push(linter.lintOrFix(file, readDraft(file), path.relative(io.cwd, file) || file, true))
    }
  }
  const fatal = files.some((file) => file.messages.some((m) => m.fatal === true))
  const warned = files.some((file) => file.messages.some((m) => m.fatal === false))
  return {files, code: fatal || (args.frail && warned) ? 1 : 0}
}

/** Lints files one by one, with one processor per configuration (built once, reused). */
class Linter {
  private readonly finder = new ConfigFinder()
  private readonly explicit: FoundConfig | undefined
  private readonly processors = new Map<string, ReturnType<typeof createProcessor>>()
  private readonly configs = new Map<string, ResolvedConfig>()

  constructor(
    private readonly args: LintArgs,
    cwd: string
  ) {
    if (args.config !== undefined) {
      const file = path.resolve(cwd, args.config)
      this.explicit = {file, config: readConfigFile(file)}
    }
  }

  /** Lints a draft, or with `--fix` fixes it (writing it back when `write`) and lints the result. */
  lintOrFix(filePath: string, read: ReadResult, shown: string, write: boolean): VFile {
    if (!this.args.fix || 'problem' in read) return this.lint(filePath, read, shown)
    const options = write && !this.args.dryRun ? {target: filePath} : {dryRun: true}
    return fixDraft(read.value, shown, (value) => this.lint(filePath, {value}, shown), options)
  }

  lint(filePath: string, read: ReadResult, shown: string): VFile {
    const file = new VFile({path: shown, cwd: process.cwd()})
    if ('problem' in read) {
      const message = file.message(read.problem, {ruleId: 'unreadable', source: NAME})
      message.fatal = true
      return file
    }
    file.value = read.value
    const found = this.args.noConfig ? undefined : (this.explicit ?? this.finder.find(filePath))
    const format: Format = (TEXT_EXTENSIONS as readonly string[]).includes(path.extname(filePath).slice(1).toLowerCase()) ? 'text' : 'markdown'
    const processor = this.processor(found, format)
    try {
      processor.runSync(processor.parse(file), file)
    } catch (error) {
      // A crash on one draft must not stop the run: report it on that file.
      const message = file.message(`cannot lint this file: ${(error as Error).message}`, {ruleId: 'crash', source: NAME})
      message.fatal = true
    }
    return file
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
      if (this.args.preset !== undefined) user.preset = this.args.preset
      config = resolveConfig(user, found?.file ?? (this.args.preset === undefined ? 'configuration' : '--preset'))
      this.configs.set(key, config)
    }
    return config
  }
}

function formatReport(files: VFile[], args: LintArgs): string {
  if (args.report === 'json') return reportJson(files, {quiet: args.quiet})
  if (args.report === 'sarif') return reportSarif(files, {quiet: args.quiet})
  if (args.report === 'github') return reportGithub(files)
  if (args.report === 'html') return reportHtml(files, {quiet: args.quiet})
  const options: Parameters<typeof reporter>[1] = {quiet: args.quiet, verbose: args.why}
  if (args.color !== undefined) options.color = args.color
  else options.color = Boolean(process.stdout.isTTY)
  const report = reporter(files, options)
  if (!args.why) return report
  // --why ends with each article's sourcing summary.
  const summaries = files.filter((file) => file.data.slant).map((file) => `${file.path}: ${summaryLine(sourcingMap(file))}.`)
  return [report, '', 'Sourcing:', ...summaries].join('\n')
}
