import type {VFile} from 'vfile'
import {NAME} from '../constants.js'
import {escapeControl} from '../data/escape.js'
import {messagesOf} from './describe.js'

/**
 * GitHub Actions workflow commands, one annotation per message:
 * `::warning file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`.
 * Errors are `error`, warnings `warning` and info messages `notice`.
 */
export function reportGithub(files: readonly VFile[]): string {
  const lines: string[] = []
  for (const file of files) {
    for (const message of messagesOf(file)) {
      const command = message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'notice'
      const place = message.place
      const start = place && 'start' in place ? place.start : place
      const end = place && 'start' in place ? place.end : undefined
      const props: Array<[string, string | number | undefined]> = [
        ['file', file.path],
        ['line', start?.line],
        ['col', start?.column],
        ['endLine', end?.line],
        ['endColumn', end?.column],
        ['title', `${message.ruleId ?? NAME} (${NAME})`]
      ]
      const text = props
        .filter((p): p is [string, string | number] => p[1] !== undefined)
        .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
        .join(',')
      const body = message.note ? `${message.reason}\n${message.note}` : message.reason
      lines.push(`::${command} ${text}::${escapeData(body)}`)
    }
  }
  return lines.join('\n')
}

/** Escapes a message the way @actions/core does, and control characters (the log shows them). */
export function escapeData(value: string): string {
  return escapeControl(value).replace(/%/gu, '%25').replace(/\r/gu, '%0D').replace(/\n/gu, '%0A')
}

/** Escapes a property value (also `:` and `,`, which separate properties). */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/gu, '%3A').replace(/,/gu, '%2C')
}
