import type {VFile} from 'vfile'
import {reporter} from 'vfile-reporter'
import {sourcingMap} from '../sources/map.js'
import {summaryLine} from './sources.js'

/** The report for people (vfile-reporter); `why` adds each message's note and ends with each article's sourcing summary. */
export function reportHuman(files: VFile[], options: {quiet: boolean; why: boolean; color: boolean}): string {
  const report = reporter(files, {quiet: options.quiet, verbose: options.why, color: options.color})
  if (!options.why) return report
  const summaries = files.filter((file) => file.data.slant).map((file) => `${file.path}: ${summaryLine(sourcingMap(file))}.`)
  return [report, '', 'Sourcing:', ...summaries].join('\n')
}
