import {parseArgs} from 'node:util'
import {UsageError} from './files.js'

/** The lint command's flags: one table for parsing and for `--help`. */
const FLAGS = {
  preset: {
    type: 'string',
    short: 'p',
    help: 'house style: a preset, layer or pack name, or several joined by commas: ap,inclusive (default: from config, else neutral)'
  },
  report: {
    type: 'string',
    short: 'r',
    multiple: true,
    help: 'report format: human (default), json, sarif, github or html; FORMAT:FILE writes it to FILE; repeat for several reports'
  },
  'output-file': {type: 'string', short: 'o', help: 'write the report that names no FILE here instead of standard output'},
  'files-from': {type: 'string', help: 'lint the paths listed in this file, one a line (- reads standard input)'},
  diff: {type: 'boolean', help: 'report only messages on lines changed since HEAD in git (--diff=BASE: since BASE)'},
  'max-warnings': {type: 'string', help: 'exit 1 when there are more than this many warnings'},
  'allow-empty': {type: 'boolean', help: 'exit 0 when no file matches (default: exit 2)'},
  'print-config': {type: 'string', help: 'print the configuration this file would be linted with (JSON), and lint nothing'},
  fix: {type: 'boolean', help: 'apply the safe fixes (house terms, loaded speech verbs) in place'},
  'dry-run': {type: 'boolean', help: 'with --fix: print a unified diff of the fixes instead of writing'},
  'fix-read-only': {type: 'boolean', help: 'with --fix: fix read-only files too (they stay read-only)'},
  stdin: {type: 'boolean', help: 'lint the text on standard input'},
  'file-path': {type: 'string', help: 'with --stdin: the path to report and look up config for'},
  config: {type: 'string', short: 'c', help: 'use this config file instead of looking for .slantrc*'},
  'no-config': {type: 'boolean', help: 'use no config file'},
  'no-ignore': {type: 'boolean', help: 'lint files that .slantignore leaves out'},
  'follow-symlinks': {type: 'boolean', help: 'follow symbolic links that lead out of the folders given (never into a loop)'},
  quiet: {type: 'boolean', short: 'q', help: 'report only files that have messages'},
  frail: {type: 'boolean', short: 'f', help: 'exit 1 on warnings too'},
  jobs: {type: 'string', short: 'j', help: 'lint on this many threads (default: one, or the available cores for runs large enough to gain)'},
  why: {type: 'boolean', short: 'w', help: "print each message's note: why, and the style guide it comes from"},
  color: {type: 'boolean', help: 'force colour in the human report (--no-color turns it off)'},
  'no-color': {type: 'boolean', help: ''},
  help: {type: 'boolean', short: 'h', help: 'show this help'},
  version: {type: 'boolean', short: 'v', help: 'show the version'}
} as const

/** One report to write: its format, and a file (else standard output or --output-file). */
export interface ReportTarget {
  format: (typeof REPORTS)[number]
  file?: string
}

export interface LintArgs {
  paths: string[]
  /** `--files-from`: a file listing paths, or `-` for standard input. */
  filesFrom?: string
  preset?: string
  reports: ReportTarget[]
  /** `--diff`: the git revision whose changed lines are reported. */
  diff?: string
  maxWarnings?: number
  allowEmpty: boolean
  /** `--print-config FILE`. */
  printConfig?: string
  fix: boolean
  dryRun: boolean
  fixReadOnly: boolean
  stdin: boolean
  filePath?: string
  config?: string
  noConfig: boolean
  noIgnore: boolean
  followSymlinks: boolean
  quiet: boolean
  frail: boolean
  why: boolean
  /** Worker threads for several files; 1 lints in the main thread; unset: by the size of the run. */
  jobs?: number
  color?: boolean
  help: boolean
  version: boolean
}

export const REPORTS = ['human', 'json', 'sarif', 'github', 'html'] as const

export function parseLintArgs(argv: readonly string[]): LintArgs {
  let parsed
  // `--diff=BASE` names the base; a bare `--diff` means HEAD (parseArgs has no optional values).
  let diff: string | undefined
  const rest = argv.filter((arg) => {
    const match = /^--diff=(.*)$/su.exec(arg)
    if (!match) return true
    if (match[1] === '') throw new UsageError('expected a git revision after --diff=')
    diff = match[1]
    return false
  })
  try {
    parsed = parseArgs({args: rest, options: FLAGS, allowPositionals: true, strict: true})
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\. To specify a positional.*$/su, ''))
  }
  const v = parsed.values
  if (v.diff) diff ??= 'HEAD'
  const reports = (v.report ?? ['human']).map(reportTarget)
  const toStream = reports.filter((r) => r.file === undefined)
  if (toStream.length > 1)
    throw new UsageError(
      `only one report can go to ${v['output-file'] === undefined ? 'standard output' : v['output-file']}; give the others a file: --report ${toStream[1]!.format}:FILE`
    )
  if (v['output-file'] !== undefined) {
    if (toStream.length === 0) throw new UsageError('--output-file is for the report that names no FILE, and every --report names one')
    toStream[0]!.file = v['output-file']
  }
  if (v.stdin && (parsed.positionals.length > 0 || v['files-from'] !== undefined)) throw new UsageError('give either --stdin or paths, not both')
  if (v['files-from'] === '-' && v.stdin) throw new UsageError('--files-from - and --stdin both read standard input')
  if (v['file-path'] !== undefined && !v.stdin) throw new UsageError('--file-path goes with --stdin')
  if (v['dry-run'] && !v.fix) throw new UsageError('--dry-run goes with --fix')
  if (v['fix-read-only'] && !v.fix) throw new UsageError('--fix-read-only goes with --fix')
  if (v.config !== undefined && v['no-config']) throw new UsageError('give either --config or --no-config, not both')
  if (parsed.positionals.includes('')) throw new UsageError("a path is empty (''); name a file, folder or glob, or give none to lint the current folder")
  if (v.preset !== undefined && v.preset.split(',').every((name) => name.trim() === '')) throw new UsageError('--preset needs a name (see `slant presets`)')
  const args: LintArgs = {
    paths: parsed.positionals,
    reports,
    allowEmpty: Boolean(v['allow-empty']),
    fix: Boolean(v.fix),
    dryRun: Boolean(v['dry-run']),
    fixReadOnly: Boolean(v['fix-read-only']),
    stdin: Boolean(v.stdin),
    noConfig: Boolean(v['no-config']),
    noIgnore: Boolean(v['no-ignore']),
    followSymlinks: Boolean(v['follow-symlinks']),
    quiet: Boolean(v.quiet),
    frail: Boolean(v.frail),
    why: Boolean(v.why),
    help: Boolean(v.help),
    version: Boolean(v.version)
  }
  if (v.preset !== undefined) args.preset = v.preset
  if (v['files-from'] !== undefined) args.filesFrom = v['files-from']
  if (v.jobs !== undefined) args.jobs = parseJobs(v.jobs)
  if (v['print-config'] !== undefined) args.printConfig = v['print-config']
  if (diff !== undefined) args.diff = diff
  if (v['max-warnings'] !== undefined) {
    if (!/^\d{1,9}$/u.test(v['max-warnings'])) throw new UsageError(`expected --max-warnings to be a number, got \`${v['max-warnings']}\``)
    args.maxWarnings = Number(v['max-warnings'])
  }
  if (v['file-path'] !== undefined) args.filePath = v['file-path']
  if (v.config !== undefined) args.config = v.config
  if (v['no-color']) args.color = false
  else if (v.color) args.color = true
  return args
}

/** `FORMAT` or `FORMAT:FILE`. */
function reportTarget(value: string): ReportTarget {
  const colon = value.indexOf(':')
  const format = (colon === -1 ? value : value.slice(0, colon)) as ReportTarget['format']
  if (!REPORTS.includes(format)) throw new UsageError(`unknown report \`${format}\` (expected ${REPORTS.join(', ')}, optionally :FILE)`)
  if (colon === -1) return {format}
  const file = value.slice(colon + 1)
  if (file === '') throw new UsageError(`expected a file after --report ${format}:`)
  return {format, file}
}

function parseJobs(value: string): number {
  if (!/^[1-9]\d{0,2}$/u.test(value)) throw new UsageError(`expected --jobs to be a number from 1 to 999, got \`${value}\``)
  return Number(value)
}

export function helpText(): string {
  const lines = [
    'Usage: slant [options] [paths, folders or globs…]',
    '',
    'Lints news drafts (Markdown and plain text) for loaded wording, by who is speaking.',
    '',
    'Options:'
  ]
  for (const [name, flag] of Object.entries(FLAGS)) {
    if (!flag.help) continue
    const short = 'short' in flag ? `-${flag.short}, ` : '    '
    const value = flag.type === 'string' ? ' <value>' : ''
    lines.push(`  ${short}--${name}${value}`.padEnd(30) + flag.help)
  }
  lines.push('', 'Commands:', '  slant presets [NAME]          list presets, layers, packs and genres, or show what one turns on')
  lines.push('  slant init [--preset NAME]    write a commented .slantrc.yaml here (never overwrites one)')
  lines.push('  slant sources [--json] FILE…  who is quoted or cited in each article, and the claims with no source')
  lines.push(
    '',
    'Exit codes: 0 clean or warnings only, 1 errors (or warnings with --frail, or more than --max-warnings),',
    '2 usage or configuration error, or no file matched (unless --allow-empty).'
  )
  return lines.join('\n')
}
