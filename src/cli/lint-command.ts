import path from 'node:path'
import {VFile} from 'vfile'
import {reporter} from 'vfile-reporter'
import {NAME, VERSION} from '../constants.js'
import {helpText, parseLintArgs, type LintArgs} from './args.js'
import {fromRecord} from './file-record.js'
import {expandPaths} from './files.js'
import type {LinterOptions} from './linter.js'
import {lintInWorkers} from './pool.js'
import {decodeDraft, readDraft} from './read.js'
import {reportJson} from './report-json.js'
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
  io.stdout.write(`${formatReport(run.files, args)}\n`)
  return run.code
}

export async function lintFiles(args: LintArgs, io: Pick<CommandIo, 'cwd' | 'stdin'>): Promise<LintRun> {
  const files: VFile[] = []
  // With workers, the main thread only reports: it never loads the parsers and rules.
  const inThread = async () => new (await import('./linter.js')).Linter(linterOptions(args), io.cwd)
  if (args.stdin) {
    const filePath = path.resolve(io.cwd, args.filePath ?? 'stdin.md')
    files.push((await inThread()).lint(filePath, decodeDraft(await io.stdin()), args.filePath ?? '<stdin>'))
  } else {
    const paths = await expandPaths(args.paths, io.cwd, !args.noIgnore)
    const tasks = paths.map((filePath) => ({filePath, shown: path.relative(io.cwd, filePath) || filePath}))
    if (args.jobs > 1 && tasks.length > 1) {
      files.push(...(await lintInWorkers(tasks, linterOptions(args), io.cwd, args.jobs)).map(fromRecord))
    } else {
      const linter = await inThread()
      for (const task of tasks) files.push(linter.lint(task.filePath, readDraft(task.filePath), task.shown))
    }
  }
  const fatal = files.some((file) => file.messages.some((m) => m.fatal === true))
  const warned = files.some((file) => file.messages.some((m) => m.fatal === false))
  return {files, code: fatal || (args.frail && warned) ? 1 : 0}
}

function linterOptions(args: LintArgs): LinterOptions {
  const options: LinterOptions = {noConfig: args.noConfig}
  if (args.preset !== undefined) options.preset = args.preset
  if (args.config !== undefined) options.config = args.config
  return options
}

function formatReport(files: VFile[], args: LintArgs): string {
  if (args.report === 'json') return reportJson(files, {quiet: args.quiet})
  const options: Parameters<typeof reporter>[1] = {quiet: args.quiet, verbose: args.why}
  if (args.color !== undefined) options.color = args.color
  else options.color = Boolean(process.stdout.isTTY)
  return reporter(files, options)
}
