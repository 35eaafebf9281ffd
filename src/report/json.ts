import type {VFile} from 'vfile'
import type {SlantMessage} from '../message.js'

/**
 * The vfile-reporter-json shape (an array of `{path, cwd, history, messages}`), with slant's
 * own fields added to each message: `severity`, `voice`, `speaker`, `fixable`, `family`,
 * `term`. As in remark-lint, `fatal: true` means the file could not be linted (unreadable,
 * binary, a crash); a rule's finding carries its level in `severity` and `fatal: false`.
 */
export function reportJson(files: readonly VFile[], options: {quiet?: boolean} = {}): string {
  const out = []
  for (const file of files) {
    if (options.quiet && file.messages.length === 0) continue
    out.push({
      path: file.path,
      cwd: file.cwd,
      history: file.history,
      messages: file.messages.map((m) => {
        const message = m as SlantMessage
        const failed = message.fatal === true && !message.data
        return {
          column: message.column,
          fatal: failed || (message.fatal === undefined ? undefined : false),
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
