import {availableParallelism} from 'node:os'
import {parseArgs} from 'node:util'
import {UsageError} from './files.js'

/** The lint command's flags: one table for parsing and for `--help`. */
const FLAGS = {
  preset: {type: 'string', short: 'p', help: 'house style: a preset, layer or pack name, or several joined by commas: ap,inclusive (default: from config, else neutral)'},
  report: {type: 'string', short: 'r', help: 'report format: human (default), json, sarif, github or html'},
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
  jobs: {type: 'string', short: 'j', help: 'lint on this many threads (default: the available cores)'},
  why: {type: 'boolean', short: 'w', help: 'print each message\'s note: why, and the style guide it comes from'},
  color: {type: 'boolean', help: 'force colour in the human report (--no-color turns it off)'},
  'no-color': {type: 'boolean', help: ''},
  help: {type: 'boolean', short: 'h', help: 'show this help'},
  version: {type: 'boolean', short: 'v', help: 'show the version'}
} as const

export interface LintArgs {
  paths: string[]
  preset?: string
  report: (typeof REPORTS)[number]
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
  /** Worker threads for several files; 1 lints in the main thread. */
  jobs: number
  color?: boolean
  help: boolean
  version: boolean
}

export const REPORTS = ['human', 'json', 'sarif', 'github', 'html'] as const

export function parseLintArgs(argv: readonly string[]): LintArgs {
  let parsed
  try {
    parsed = parseArgs({args: [...argv], options: FLAGS, allowPositionals: true, strict: true})
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\. To specify a positional.*$/su, ''))
  }
  const v = parsed.values
  const report = (v.report ?? 'human') as LintArgs['report']
  if (!REPORTS.includes(report)) throw new UsageError(`unknown report \`${v.report}\` (expected ${REPORTS.join(', ')})`)
  if (v.stdin && parsed.positionals.length > 0) throw new UsageError('give either --stdin or paths, not both')
  if (v['file-path'] !== undefined && !v.stdin) throw new UsageError('--file-path goes with --stdin')
  if (v['dry-run'] && !v.fix) throw new UsageError('--dry-run goes with --fix')
  if (v['fix-read-only'] && !v.fix) throw new UsageError('--fix-read-only goes with --fix')
  if (v.config !== undefined && v['no-config']) throw new UsageError('give either --config or --no-config, not both')
  if (parsed.positionals.includes('')) throw new UsageError('a path is empty (\'\'); name a file, folder or glob, or give none to lint the current folder')
  if (v.preset !== undefined && v.preset.split(',').every((name) => name.trim() === '')) throw new UsageError('--preset needs a name (see `slant presets`)')
  const args: LintArgs = {
    paths: parsed.positionals,
    report,
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
    jobs: v.jobs === undefined ? availableParallelism() : parseJobs(v.jobs),
    help: Boolean(v.help),
    version: Boolean(v.version)
  }
  if (v.preset !== undefined) args.preset = v.preset
  if (v['file-path'] !== undefined) args.filePath = v['file-path']
  if (v.config !== undefined) args.config = v.config
  if (v['no-color']) args.color = false
  else if (v.color) args.color = true
  return args
}

function parseJobs(value: string): number {
  if (!/^[1-9]\d{0,2}$/u.test(value)) throw new UsageError(`expected --jobs to be a number from 1 to 999, got \`${value}\``)
  return Number(value)
}

export function helpText(): string {
  const lines = ['Usage: slant [options] [paths, folders or globs…]', '', 'Lints news drafts (Markdown and plain text) for loaded wording, by who is speaking.', '', 'Options:']
  for (const [name, flag] of Object.entries(FLAGS)) {
    if (!flag.help) continue
    const short = 'short' in flag ? `-${flag.short}, ` : '    '
    const value = flag.type === 'string' ? ' <value>' : ''
    lines.push(`  ${short}--${name}${value}`.padEnd(30) + flag.help)
  }
  lines.push('', 'Commands:', '  slant presets [NAME]          list presets, layers, packs and genres, or show what one turns on')
  lines.push('  slant init [--preset NAME]    write a commented .slantrc.yaml here (never overwrites one)')
  lines.push('', 'Exit codes: 0 clean or warnings only, 1 errors (or warnings with --frail), 2 usage or configuration error.')
  return lines.join('\n')
}
