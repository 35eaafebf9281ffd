import {performance} from 'node:perf_hooks'
import type {Diagnostic} from 'vscode-languageserver/node.js'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {DataError} from '../data/validate.js'
import {messageRange, safeEdits, type Edit} from '../fix/edits.js'
import type {SlantMessage} from '../message.js'
import {ruleSpec} from '../rules/spec.js'
import {configDiagnostic, toDiagnostic} from './diagnostics.js'
import {filePathOf, formatOf} from './document-kind.js'
import {hoverText} from './hover.js'
import type {Settings} from './settings.js'
import type {Workspace} from './workspace.js'

/** One document version to lint, as the main thread sends it to the lint thread. */
export interface LintJob {
  uri: string
  languageId: string
  version: number
  text: string
  settings: Settings
}

/** A finding with a range, what hover and "ignore here" need without the engine. */
export interface Finding {
  start: number
  end: number
  ruleId: string
  /** The hover's Markdown for this finding. */
  hover: string
  /** A rule of slant's (not a message about a comment): "ignore here" can silence it. */
  ignorable: boolean
}

/** What a lint sends back: plain data, so that it crosses threads by structured clone. */
export interface LintResult {
  diagnostics: Diagnostic[]
  findings: Finding[]
  /** The safe fixes (`source.fixAll.slant`). */
  edits: Edit[]
  /** How long the lint took, for the adaptive debounce. */
  ms: number
  /** A Markdown draft: its findings get "ignore here" (the anchors are found when the thread is idle). */
  markdown: boolean
  /** An unexpected failure's stack, for the server's log. */
  failure?: string
}

/**
 * Lints one document version with the workspace's configuration: nothing when slant is off
 * for it (disabled, listed in `.slantignore`, or no configuration under `requireConfig`); a
 * broken configuration as one error at the top, like the CLI's exit 2.
 */
export function lintDocument(workspace: Workspace, job: LintJob): LintResult {
  const started = performance.now()
  const filePath = filePathOf(job.uri)
  const format = formatOf(job.languageId, filePath)
  const result: LintResult = {diagnostics: [], findings: [], edits: [], ms: 0, markdown: format === 'markdown'}
  const off = !job.settings.enable || (filePath !== undefined && workspace.ignored(filePath)) || (job.settings.requireConfig && !workspace.configured(filePath))
  if (!off) {
    try {
      const file = workspace.lint(job.text, filePath, format, job.settings)
      const doc = TextDocument.create(job.uri, job.languageId, job.version, job.text)
      for (const message of file.messages as SlantMessage[]) {
        result.diagnostics.push(toDiagnostic(message, doc))
        const range = messageRange(message)
        if (range && message.ruleId)
          result.findings.push({...range, ruleId: message.ruleId, hover: hoverText(message), ignorable: ruleSpec(message.ruleId) !== undefined})
      }
      result.edits = safeEdits(file)
    } catch (error) {
      const message = error instanceof DataError ? error.toString() : `cannot lint this document: ${(error as Error).message}`
      if (!(error instanceof DataError)) result.failure = (error as Error).stack ?? String(error)
      result.diagnostics = [configDiagnostic(message)]
      result.findings = []
    }
  }
  result.ms = performance.now() - started
  return result
}
