import type {Diagnostic, Range} from 'vscode-languageserver/node.js'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import {NAME} from '../constants.js'
import type {SlantMessage, SlantMessageData} from '../message.js'
import {messageRange} from '../fix/edits.js'
import {splitNote} from '../report/describe.js'

/** What each slant diagnostic carries in `data`, for code actions and hover. */
export interface DiagnosticData extends Partial<SlantMessageData> {
  ruleId: string
  actual?: string
  expected: string[]
  note?: string
}

// LSP DiagnosticSeverity: 1 error, 2 warning, 3 information.
const ERROR = 1
const WARNING = 2
const INFORMATION = 3

/** The range of a message in a document: its offsets, else its line and column. */
export function messageLspRange(message: SlantMessage, doc: TextDocument): Range {
  const offsets = messageRange(message)
  if (offsets) return {start: doc.positionAt(offsets.start), end: doc.positionAt(offsets.end)}
  const line = Math.max(0, (message.line ?? 1) - 1)
  const character = Math.max(0, (message.column ?? 1) - 1)
  return {start: {line, character}, end: {line, character}}
}

/**
 * A vfile message as an LSP diagnostic: severity from the rule's severity (error, warning,
 * information), the rule id as `code` with a link to its page, the source guide after the
 * reason, and the message's fields in `data`.
 */
export function toDiagnostic(message: SlantMessage, doc: TextDocument): Diagnostic {
  const {guide} = splitNote(message)
  const data: DiagnosticData = {...message.data, ruleId: message.ruleId ?? NAME, expected: (message.expected ?? []).filter((e) => typeof e === 'string')}
  if (typeof message.actual === 'string') data.actual = message.actual
  if (message.note) data.note = message.note
  const diagnostic: Diagnostic = {
    range: messageLspRange(message, doc),
    severity: message.fatal === true ? ERROR : message.fatal === false ? WARNING : INFORMATION,
    source: NAME,
    message: guide ? `${message.reason}\nSource: ${guide}` : message.reason,
    data
  }
  if (message.ruleId) diagnostic.code = message.ruleId
  if (message.url) diagnostic.codeDescription = {href: message.url}
  return diagnostic
}

/** A problem that stops the whole document from being linted (a broken configuration), shown at its top. */
export function configDiagnostic(message: string): Diagnostic {
  return {range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}}, severity: ERROR, source: NAME, code: 'config', message: `${NAME}: ${message}`}
}

/** Whether a diagnostic came from slant and carries usable data. */
export function slantData(diagnostic: Diagnostic | undefined): DiagnosticData | undefined {
  if (!diagnostic || diagnostic.source !== NAME) return undefined
  const data = diagnostic.data as DiagnosticData | undefined
  if (!data || typeof data !== 'object' || typeof data.ruleId !== 'string' || !Array.isArray(data.expected)) return undefined
  return data
}
