import type {VFile} from 'vfile'
import type {SlantMessage} from '../message.js'

/**
 * The vfile-reporter-json shape (an array of `{path, cwd, history, messages}`), with slant's
 * own fields added to each message: `severity`, `voice`, `speaker`, `fixable`, `family`,
 * `term`. `fatal` follows vfile's convention, as every vfile reporter reads it: `true` is an
 * error, `false` a warning, unset an informational note; `severity` says the same in words.
 * A file that could not be linted has a fatal message with no rule id. No absolute path is
 * written (no `cwd`): paths are as shown, relative to the folder slant ran in.
 */
export function reportJson(files: readonly VFile[], options: {quiet?: boolean} = {}): string {
  const out = []
  for (const file of files) {
    if (options.quiet && file.messages.length === 0) continue
    out.push({
      path: file.path,
      history: file.history,
      messages: file.messages.map((m) => {
        const message = m as SlantMessage
        return {
          column: message.column,
          fatal: message.fatal,
          severity: severityOf(message),
          line: message.line,
          place: message.place,
          reason: message.reason,
          ruleId: message.ruleId,
          source: message.source,
          actual: message.actual,
          expected: message.expected,
          note: message.note,
          url: message.url,
          ...message.data
        }
      })
    })
  }
  return JSON.stringify(out)
}

export function severityOf(message: SlantMessage): 'error' | 'warning' | 'info' {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
}
