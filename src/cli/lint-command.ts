import fs from 'node:fs'
import {availableParallelism} from 'node:os'
import path from 'node:path'
import {VFile} from 'vfile'
import {NAME, VERSION} from '../constants.js'
import {helpText, parseLintArgs, type LintArgs, type ReportTarget} from './args.js'
import {ruleSpec} from '../rules/spec.js'
import {changedLines, repositoryRoot, type ChangedLines} from './git.js'
import {fromRecord} from './file-record.js'
import {problemFile} from './file-problem.js'
import {expandPaths, UsageError} from './files.js'
import type {LinterOptions} from './linter.js'
import {lintInWorkers} from './pool.js'
import {progressLine} from './progress.js'
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
  if (args.printConfig !== undefined) {
    io.stdout.write(`${await printConfig(args, io.cwd)}\n`)
    return 0
  }
  const run = await lintFiles(args, io)
  // `--fix --dry-run` prints the diff; `--fix --stdin` prints the fixed text.
  if (args.fix && args.dryRun) io.stdout.write(fixDiffs(run.files))
  else if (args.fix && args.stdin) io.stdout.write(run.files[0]?.data.slantFix?.output ?? '')
  else {
    const root = args.reports.some((r) => r.format === 'sarif' || r.format === 'github') ? repositoryRoot(io.cwd) : io.cwd
    for (const target of args.reports) {
      const text = `${formatReport(run.files, args, target.format, {cwd: io.cwd, root})}\n`
      if (target.file === undefined) io.stdout.write(text)
      else writeReport(path.resolve(io.cwd, target.file), text)
    }
  }
  return run.code
}

/** `--print-config FILE`: the resolved configuration for a draft, as JSON (paths relative to the working folder). */
async function printConfig(args: LintArgs, cwd: string): Promise<string> {
  const {Linter} = await import('./linter.js')
  const target = path.resolve(cwd, args.printConfig!)
  const {file, config} = new Linter(linterOptions(args), cwd).configFor(target)
  const rules: Record<string, unknown> = {}
  for (const [id, setting] of [...config.rules].sort(([a], [b]) => a.localeCompare(b))) {
    if (setting.severity === 'off') continue
    rules[id] = {
      severity: setting.severity,
      ...(Object.keys(setting.voices).length > 0 ? {voices: setting.voices} : {}),
      ...(Object.keys(setting.options).length > 0 ? {options: setting.options} : {})
    }
  }
  return JSON.stringify(
    {
      file: path.relative(cwd, target) || target,
      configFile: file === undefined ? null : path.relative(cwd, file),
      presets: config.presets,
      genre: config.genre,
      rules,
      attribution: config.attribution,
      allow: config.allow,
      ...(config.house ? {houseTerms: [...new Set(config.house.terms.map((t) => t.id))]} : {})
    },
    null,
    2
  )
}

/**
 * Colour in the human report: `--color` / `--no-color`, else `FORCE_COLOR` (any value but
 * `0` or `false`; it wins over `NO_COLOR`, as in Node), else `NO_COLOR` (any non-empty value
 * turns colour off), else whether standard output is a terminal.
 */
export function useColor(flag: boolean | undefined, env: NodeJS.ProcessEnv, tty: boolean): boolean {
  if (flag !== undefined) return flag
  if (env.FORCE_COLOR !== undefined) return !['0', 'false'].includes(env.FORCE_COLOR)
  if (env.NO_COLOR) return false
  return tty
}

function writeReport(file: string, text: string): void {
  try {
    fs.writeFileSync(file, text)
  } catch (error) {
    throw new UsageError(`cannot write the report to ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`)
  }
}

/** The paths `--files-from` lists: one a line (a CRLF list too); blank lines are skipped. */
async function listedPaths(from: string, io: Pick<CommandIo, 'cwd' | 'stdin'>): Promise<string[]> {
  let text: string
  if (from === '-') text = (await io.stdin()).toString('utf8')
  else {
    try {
      text = fs.readFileSync(path.resolve(io.cwd, from), 'utf8')
    } catch (error) {
      throw new UsageError(`cannot read --files-from ${from}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`)
    }
  }
  return text.split(/\r?\n|\0/u).filter((line) => line.trim() !== '')
}

export async function lintFiles(args: LintArgs, io: Pick<CommandIo, 'cwd' | 'stdin'>, needs: {analysis?: boolean} = {}): Promise<LintRun> {
  const files: VFile[] = []
  // With workers, the main thread only reports: it never loads the parsers and rules.
  const inThread = async () => new (await import('./linter.js')).Linter(linterOptions(args), io.cwd)
  // The sourcing map, the HTML report, --why and --fix read each file's analysis, which stays
  // in the thread that built it.
  const analysis = needs.analysis || args.fix || args.why || args.reports.some((r) => r.format === 'html')
  if (args.diff !== undefined && args.fix) throw new UsageError('--diff reports changed lines; it does not go with --fix')
  if (args.stdin) {
    const filePath = path.resolve(io.cwd, args.filePath ?? 'stdin.md')
    files.push((await inThread()).lintOrFix(filePath, decodeDraft(await io.stdin()), args.filePath ?? '<stdin>', false))
  } else {
    const inputs = args.filesFrom === undefined ? args.paths : [...args.paths, ...(await listedPaths(args.filesFrom, io))]
    // `--files-from` with an empty list lints nothing (not the whole folder).
    const entries =
      args.filesFrom !== undefined && inputs.length === 0
        ? []
        : await expandPaths(inputs, io.cwd, {useIgnore: !args.noIgnore, followSymlinks: args.followSymlinks})
    if (entries.length === 0 && !args.allowEmpty) {
      throw new UsageError(
        `no drafts to lint: ${args.filesFrom !== undefined && inputs.length === 0 ? `${args.filesFrom} lists no paths` : `nothing matched ${inputs.length === 0 ? '.' : inputs.join(' ')}`} (--allow-empty makes this a clean run)`
      )
    }
    const shown = (filePath: string) => path.relative(io.cwd, filePath) || filePath
    const tasks = entries.filter((entry) => entry.skip === undefined).map((entry) => ({filePath: entry.path, shown: shown(entry.path)}))
    const linted: VFile[] = []
    // The temporary files a killed `--fix` left beside these drafts.
    if (args.fix && !args.dryRun) for (const folder of new Set(tasks.map((task) => realFolder(task.filePath)))) removeStaleTemps(folder)
    const jobs = args.jobs ?? autoJobs(tasks.map((task) => task.filePath))
    const progress = progressLine(tasks.length, process.stderr)
    if (!analysis && jobs > 1 && tasks.length > 1) {
      // SARIF fingerprints read each file's text.
      const text = args.reports.some((r) => r.format === 'sarif')
      linted.push(...(await lintInWorkers(tasks, linterOptions(args), io.cwd, jobs, text, (done) => progress.tick(done))).map(fromRecord))
    } else {
      const linter = await inThread()
      for (const task of tasks) {
        linted.push(linter.lintOrFix(task.filePath, readDraft(task.filePath), task.shown, true))
        progress.tick(linted.length)
      }
    }
    progress.end()
    // Skipped entries (a FIFO, a link out of the folder) keep their place in path order.
    let next = 0
    for (const entry of entries)
      files.push(entry.skip === undefined ? linted[next++]! : problemFile(shown(entry.path), entry.skip, entry.fatal ? 'fatal' : 'info'))
  }
  if (args.diff !== undefined) keepChangedLines(files, changedLines(args.diff, io.cwd), io.cwd)
  const fatal = files.some((file) => file.messages.some((m) => m.fatal === true))
  const warnings = files.reduce((n, file) => n + file.messages.filter((m) => m.fatal === false).length, 0)
  const tooMany = args.maxWarnings !== undefined && warnings > args.maxWarnings
  return {files, code: fatal || (args.frail && warnings > 0) || tooMany ? 1 : 0}
}

/**
 * `--diff`: drops the findings on lines that did not change. Messages about the run itself (a
 * file that could not be read, a fallback to plain text) stay.
 */
function keepChangedLines(files: VFile[], changed: ChangedLines, cwd: string): void {
  for (const file of files) {
    const lines = changed.get(path.resolve(cwd, file.path))
    if (lines === 'all') continue
    file.messages = file.messages.filter((m) => !ruleSpec(m.ruleId ?? undefined) || (lines !== undefined && m.line !== undefined && lines.has(m.line)))
  }
}

/**
 * Worker threads pay off only past a break-even: each one loads the parsers and rule data
 * before it lints. Measured with copies of examples/protest.md (1.1 KB) on 2 cores: one thread
 * vs two took 4.5 vs 7.1 s at 35 KB, 13.3 vs 17.3 s at 324 KB, 17.5 vs 21.2 s at 639 KB and
 * 27.9 vs 29.2 s at 1.3 MB, the gap closing towards 2 MB; so below AUTO_JOBS_BYTES of drafts
 * one thread is used.
 */
export const AUTO_JOBS_BYTES = 2 * 1024 * 1024

function autoJobs(files: readonly string[]): number {
  const cores = availableParallelism()
  if (cores < 2) return 1
  let bytes = 0
  for (const file of files) {
    try {
      bytes += fs.statSync(file).size
    } catch {
      // Reported when it is read.
    }
    if (bytes >= AUTO_JOBS_BYTES) return cores
  }
  return 1
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

function formatReport(files: VFile[], args: LintArgs, format: ReportTarget['format'], where: {cwd: string; root: string}): string {
  if (format === 'json') return reportJson(files, {quiet: args.quiet})
  if (format === 'sarif') return reportSarif(files, {quiet: args.quiet, ...where})
  if (format === 'github') return reportGithub(files, where)
  if (format === 'html') return reportHtml(files, {quiet: args.quiet})
  return reportHuman(files, {quiet: args.quiet, why: args.why, color: useColor(args.color, process.env, Boolean(process.stdout.isTTY))})
}
