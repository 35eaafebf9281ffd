import {VFile} from 'vfile'
import {NAME} from '../constants.js'
import {unifiedDiff} from './diff.js'
import {fixText, type Edit} from './edits.js'
import {writeFileAtomic, type WriteFs} from './write.js'

/** What `--fix` did to one draft (on `file.data.slantFix`). */
export interface FixReport {
  applied: Edit[]
  /** The fixed text (also when nothing was written). */
  output: string
  /** The unified diff from the original to the fixed text ('' when unchanged). */
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
  io?: WriteFs
}

/**
 * Fixes one draft: applies its safe fixes (re-linting until none is left), writes the result
 * atomically unless `dryRun`, and returns the file as linted last (its messages are what
 * remains) with a `slantFix` report. A failed write leaves the draft as it was and becomes a
 * fatal message.
 */
export function fixDraft(value: string, shown: string, lint: (value: string) => VFile, options: FixOptions = {}): VFile {
  const result = fixText(value, lint)
  const file = result.file
  const report: FixReport = {applied: result.applied, output: result.output, diff: unifiedDiff(shown, value, result.output), written: false}
  file.data.slantFix = report
  if (result.output === value || options.dryRun || options.target === undefined) return file
  try {
    writeFileAtomic(options.target, result.output, options.io)
    report.written = true
  } catch (error) {
    // The fixes were not written: report the original draft's messages, not the fixed text's.
    const original = lint(value)
    original.data.slantFix = {...report, applied: [], output: value}
    const message = original.message(`cannot write fixes: ${(error as Error).message}; the file was left unchanged`, {ruleId: 'write', source: NAME})
    message.fatal = true
    return original
  }
  return file
}

/** `--fix --dry-run` output: one unified diff for every draft that would change. */
export function fixDiffs(files: readonly VFile[]): string {
  return files.map((file) => file.data.slantFix?.diff ?? '').join('')
}
