import type {VFile} from 'vfile'
import {NAME} from '../constants.js'
import {unifiedDiff} from './diff.js'
import {fixText, type Edit} from './edits.js'
import {fixTarget, type TargetPolicy} from './target.js'
import {FileChangedError, sha256, writeFileAtomic, type WriteFs} from './write.js'

/** What `--fix` did to one draft (on `file.data.slantFix`). */
export interface FixReport {
  applied: Edit[]
  /** The fixed text, with the draft's byte order mark if it had one (also when nothing was written). */
  output: string
  /** With `dryRun`: the unified diff from the original to the fixed text ('' when unchanged). */
  diff: string
  written: boolean
}

declare module 'vfile' {
  interface DataMap {
    slantFix: FixReport
  }
}

export interface FixOptions {
  /** Compute the fixes and the diff, write nothing. */
  dryRun?: boolean
  /** Absolute path to write to; none for standard input. */
  target?: string
  /** The draft began with a UTF-8 byte order mark (not part of `value`); the fixed file keeps it. */
  bom?: boolean
  /** Which files may be written (symbolic links, read-only files); the current folder by default. */
  policy?: TargetPolicy
  io?: Partial<WriteFs>
}

const BOM = '\uFEFF'

/**
 * Fixes one draft: applies its safe fixes (re-linting until none is left), writes the result
 * atomically unless `dryRun`, and returns the file as linted last (its messages are what
 * remains) with a `slantFix` report. A draft that may not be written (see `fixTarget`), that
 * changed on disk while it was linted, or whose write failed is left as it was, with a fatal
 * message saying why.
 */
export function fixDraft(value: string, shown: string, lint: (value: string) => VFile, options: FixOptions = {}): VFile {
  const result = fixText(value, lint)
  const file = result.file
  const bom = options.bom ? BOM : ''
  const report: FixReport = {
    applied: result.applied,
    output: bom + result.output,
    diff: options.dryRun ? unifiedDiff(shown, value, result.changes) : '',
    written: false
  }
  file.data.slantFix = report
  if (result.output === value || options.dryRun || options.target === undefined) return file
  const target = fixTarget(options.target, options.policy ?? {root: process.cwd()})
  if ('skip' in target) return notWritten(`fixes not written: ${target.skip}`)
  try {
    const expected = sha256(Buffer.from(bom + value))
    writeFileAtomic(target.file, Buffer.from(bom + result.output), {stat: target.stat, expected, ...(options.io ? {io: options.io} : {})})
    report.written = true
  } catch (error) {
    if (error instanceof FileChangedError) return notWritten('fixes not written: the file changed while slant was fixing it; run slant --fix again')
    return notWritten(`cannot write fixes: ${(error as Error).message}; the file was left unchanged`)
  }
  return file

  function notWritten(reason: string): VFile {
    // Report the original draft's messages, not the fixed text's.
    const original = lint(value)
    original.data.slantFix = {...report, applied: [], output: bom + value}
    const message = original.message(reason, {ruleId: 'write', source: NAME})
    message.fatal = true
    return original
  }
}

/** `--fix --dry-run` output: one unified diff for every draft that would change. */
export function fixDiffs(files: readonly VFile[]): string {
  return files.map((file) => file.data.slantFix?.diff ?? '').join('')
}
