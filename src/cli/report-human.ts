import type {VFile} from 'vfile'
import {reporter} from 'vfile-reporter'
import {escapeControl} from '../escape.js'
import {summaryLine} from '../sources/format.js'
import {sourcingMap} from '../sources/map.js'
import {fromRecord, toRecord} from './file-record.js'

export interface HumanOptions {
  quiet?: boolean
  /** `--why`: each message's note, and each article's sourcing summary at the end. */
  why?: boolean
  color: boolean
}

/**
 * The terminal report (vfile-reporter's), with every control character of a path, message or
 * note escaped first: a draft's text reaches the reasons (`actual`) and must not drive the
 * terminal. With `why`, it ends with each article's sourcing summary.
 */
export function reportHuman(files: readonly VFile[], options: HumanOptions): string {
  const report = reporter(files.map(escaped), {quiet: options.quiet ?? false, verbose: options.why ?? false, color: options.color})
  if (!options.why) return report
  const summaries = files.filter((file) => file.data.slant).map((file) => escapeControl(`${file.path}: ${summaryLine(sourcingMap(file))}.`))
  return [report, '', 'Sourcing:', ...summaries].join('\n')
}

function escaped(file: VFile): VFile {
  const record = toRecord(file)
  record.path = escapeControl(record.path, {oneLine: true})
  for (const message of record.messages) {
    message.reason = escapeControl(message.reason, {oneLine: true})
    if (message.note !== undefined) message.note = escapeControl(message.note)
    if (message.ruleId !== undefined) message.ruleId = escapeControl(message.ruleId, {oneLine: true})
  }
  return fromRecord(record)
}
