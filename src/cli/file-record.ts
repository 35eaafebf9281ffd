import {VFile} from 'vfile'
import type {SlantMessage} from '../message.js'

/**
 * A linted file as plain data: what crosses from a worker thread to the reporter (and what
 * `--cache` stores). Only what the reports read is kept: the path and every message field.
 */
export interface FileRecord {
  path: string
  /** The file's text, for the reports that read it (SARIF fingerprints hash each line's text). */
  value?: string
  messages: MessageRecord[]
}

type MessageRecord = Pick<SlantMessage, 'reason' | 'place' | 'ruleId' | 'source' | 'fatal' | 'actual' | 'expected' | 'note' | 'url'> & {
  data?: SlantMessage['data'] | undefined
}

export function toRecord(file: VFile, options: {text?: boolean} = {}): FileRecord {
  return {
    path: file.path,
    ...(options.text && typeof file.value === 'string' ? {value: file.value} : {}),
    messages: file.messages.map((m) => {
      const {reason, place, ruleId, source, fatal, actual, expected, note, url, data} = m as SlantMessage
      return {reason, place, ruleId, source, fatal, actual, expected, note, url, data}
    })
  }
}

export function fromRecord(record: FileRecord): VFile {
  const file = new VFile({path: record.path, cwd: process.cwd()})
  if (record.value !== undefined) file.value = record.value
  for (const {reason, place, ruleId, source, fatal, actual, expected, note, url, data} of record.messages) {
    const message = file.message(reason, {place, ruleId, source}) as SlantMessage
    message.fatal = fatal
    if (actual !== undefined) message.actual = actual
    if (expected !== undefined) message.expected = expected
    if (note !== undefined) message.note = note
    if (url !== undefined) message.url = url
    if (data !== undefined) message.data = data
  }
  return file
}
