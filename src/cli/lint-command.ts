import fs from 'node:fs'
import path from 'node:path'
import {VFile} from 'vfile'
import {NAME, VERSION} from '../constants.js'
import {helpText, parseLintArgs, type LintArgs} from './args.js'
import {fromRecord} from './file-record.js'
import {problemFile} from './file-problem.js'
import {expandPaths} from './files.js'
import type {LinterOptions} from './linter.js'
import {lintInWorkers} from './pool.js'
import {decodeDraft, readDraft} from '../engine/read.js'
import {reportJson} from '../report/json.js'
import {reportHuman} from '../report/human.js'
import {reportSarif} from '../report/sarif.js'
import {reportGithub} from '../report/github.js'
import {reportHtml} from '../report/html.js'
import {fixDiffs} from '../fix/run.js'
import {removeStaleTemps} from '../fix/stale.js'
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

export async function lintFiles(args: LintArgs, io: Pick<CommandIo, 'cwd' | 'stdin'>, needs: {analysis?: boolean} = {}): Promise<LintRun> {
  const files: VFile[] = []
  // With workers, the main thread only reports: it never loads the parsers and rules.
  const inThread = async () => new (await import('./linter.js')).Linter(linterOptions(args), io.cwd)
  // The sourcing map, the HTML report, --why and --fix read each file's analysis, which stays
  // in the thread that built it.
  const analysis = needs.analysis || args.fix || args.why || args.report === 'html'
  if (args.stdin) {
    const filePath = path.resolve(io.cwd, args.filePath ?? 'stdin.md')
    files.push((await inThread()).lintOrFix(filePath, decodeDraft(await io.stdin()), args.filePath ?? '<stdin>', false))
  } else {
    const entries = await expandPaths(args.paths, io.cwd, {useIgnore: !args.noIgnore, followSymlinks: args.followSymlinks})
    const shown = (filePath: string) => path.relative(io.cwd, filePath) || filePath
    const tasks = entries.filter((entry) => entry.skip === undefined).map((entry) => ({filePath: entry.path, shown: shown(entry.path)}))
    const linted: VFile[] = []
    // The temporary files a killed `--fix` left beside these drafts.
    if (args.fix && !args.dryRun) for (const folder of new Set(tasks.map((task) => realFolder(task.filePath)))) removeStaleTemps(folder)
    if (!analysis && args.jobs > 1 && tasks.length > 1) {
      linted.push(...(await lintInWorkers(tasks, linterOptions(args), io.cwd, args.jobs, args.report === 'sarif')).map(fromRecord))
    } else {
      const linter = await inThread()
      for (const task of tasks) linted.push(linter.lintOrFix(task.filePath, readDraft(task.filePath), task.shown, true))
    }
    // Skipped entries (a FIFO, a link out of the folder) keep their place in path order.
    let next = 0
    for (const entry of entries) files.push(entry.skip === undefined ? linted[next++]! : problemFile(shown(entry.path), entry.skip, entry.fatal ? 'fatal' : 'info'))
  }
  const fatal = files.some((file) => file.messages.some((m) => m.fatal === true))
  const warned = files.some((file) => file.messages.some((m) => m.fatal === false))
  return {files, code: fatal || (args.frail && warned) ? 1 : 0}
}

/** The folder a draft really lives in (where `--fix` writes its temporary file). */
function realFolder(file: string): string {
  try {
    return path.dirname(fs.realpathSync(file))
  } catch {
    return path.dirname(file)
  }
}

function linterOptions(args: LintArgs): LinterOptions {
  const options: LinterOptions = {noConfig: args.noConfig, fix: args.fix, dryRun: args.dryRun, fixReadOnly: args.fixReadOnly}
  if (args.preset !== undefined) options.preset = args.preset
  if (args.config !== undefined) options.config = args.config
  return options
}

function formatReport(files: VFile[], args: LintArgs): string {
  if (args.report === 'json') return reportJson(files, {quiet: args.quiet})
  if (args.report === 'sarif') return reportSarif(files, {quiet: args.quiet})
  if (args.report === 'github') return reportGithub(files)
  if (args.report === 'html') return reportHtml(files, {quiet: args.quiet})
  return reportHuman(files, {quiet: args.quiet, why: args.why, color: args.color ?? Boolean(process.stdout.isTTY)})
}
