import path from 'node:path'
import type {VFile} from 'vfile'
import {NAME} from '../constants.js'
import {escapeControl} from '../data/escape.js'
import {messagesOf} from './describe.js'

/**
 * GitHub Actions workflow commands, one annotation per message:
 * `::warning file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`.
 * Errors are `error`, warnings `warning` and info messages `notice`. `file` is relative to
 * `root` (the repository root), as Actions expects.
 */
export function reportGithub(files: readonly VFile[], options: {cwd?: string; root?: string} = {}): string {
  const cwd = options.cwd ?? process.cwd()
  const root = options.root ?? cwd
  const lines: string[] = []
  for (const file of files) {
    const shown = path.relative(root, path.resolve(cwd, file.path)).split(path.sep).join('/')
    for (const message of messagesOf(file)) {
      const command = message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'notice'
      const place = message.place
      const start = place && 'start' in place ? place.start : place
      const end = place && 'start' in place ? place.end : undefined
      const props: Array<[string, string | number | undefined]> = [
        ['file', shown],
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
