import {VFile} from 'vfile'
import {reporter} from 'vfile-reporter'
import {escapeControl} from '../data/escape.js'
import {sourcingMap} from '../sources/map.js'
import {summaryLine} from './sources.js'

/**
 * The report for people (vfile-reporter's), with every control character of a path, message or
 * note escaped first: a draft's text reaches the reasons (`actual`) and must not drive the
 * terminal. `why` adds each message's note and ends with each article's sourcing summary.
 */
export function reportHuman(files: VFile[], options: {quiet: boolean; why: boolean; color: boolean}): string {
  const report = reporter(files.map(escaped), {quiet: options.quiet, verbose: options.why, color: options.color})
  if (!options.why) return report
  const summaries = files.filter((file) => file.data.slant).map((file) => escapeControl(`${file.path}: ${summaryLine(sourcingMap(file))}.`))
  return [report, '', 'Sourcing:', ...summaries].join('\n')
}

/** A copy of the file for the terminal: its path and messages with control characters escaped. */
function escaped(file: VFile): VFile {
  const copy = new VFile({path: escapeControl(file.path ?? '', {oneLine: true}), cwd: file.cwd})
  copy.messages = file.messages.map((m) => {
    const reason = escapeControl(m.reason, {oneLine: true})
    const clone = Object.assign(Object.create(Object.getPrototypeOf(m) as object) as typeof m, m, {reason, message: reason, file: copy.path})
    if (m.note !== undefined) clone.note = escapeControl(m.note)
    return clone
  })
  return copy
}
