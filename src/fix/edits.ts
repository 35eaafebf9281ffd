import type {VFile} from 'vfile'
import type {SlantMessage} from '../message.js'
import {composeChanges, type Change} from './compose.js'

/** One text replacement in a draft, with the text it expects to replace. */
export interface Edit {
  /** Source offsets (UTF-16 code units) of the replaced text. */
  start: number
  end: number
  /** The replacement. */
  text: string
  /** What the source must hold at `start..end` for the edit to apply. */
  actual: string
  ruleId: string
}

export interface SkippedEdit {
  edit: Edit
  reason: 'changed' | 'overlap'
}

export interface EditResult {
  output: string
  applied: Edit[]
  skipped: SkippedEdit[]
}

/** Offsets of a message's range, when it has one. */
export function messageRange(message: VFile['messages'][number]): {start: number; end: number} | undefined {
  const place = message.place
  if (!place || !('start' in place)) return undefined
  const {start, end} = place
  if (start.offset === undefined || end.offset === undefined) return undefined
  return {start: start.offset, end: end.offset}
}

/** The edit a message suggests, for its `index`th suggestion. */
export function messageEdit(message: SlantMessage, index = 0): Edit | undefined {
  const range = messageRange(message)
  const text = message.expected?.[index]
  if (!range || typeof text !== 'string' || typeof message.actual !== 'string') return undefined
  return {...range, text, actual: message.actual, ruleId: message.ruleId ?? ''}
}

/**
 * The safe edits of a linted file: messages whose rule declares the suggestion safe
 * (`data.fixable === 'safe'`, one suggestion). Judgements never come through here.
 */
export function safeEdits(file: VFile): Edit[] {
  const edits: Edit[] = []
  for (const message of file.messages as SlantMessage[]) {
    if (message.data?.fixable !== 'safe' || message.expected?.length !== 1) continue
    const edit = messageEdit(message)
    if (edit) edits.push(edit)
  }
  return edits
}

/**
 * Applies edits to `source`: each is checked against the text it expects to replace (an edit
 * whose text changed is skipped), an edit that overlaps one already taken is skipped, and
 * everything between edits is copied unchanged, so line endings and markup stay as they were.
 */
export function applyEdits(source: string, edits: readonly Edit[]): EditResult {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end)
  const applied: Edit[] = []
  const skipped: SkippedEdit[] = []
  const parts: string[] = []
  let last = 0
  for (const edit of sorted) {
    if (edit.start < 0 || edit.end > source.length || edit.end < edit.start || source.slice(edit.start, edit.end) !== edit.actual) {
      skipped.push({edit, reason: 'changed'})
      continue
    }
    const previous = applied.at(-1)
    if (previous && (edit.start < previous.end || (edit.start === previous.start && edit.start === edit.end))) {
      skipped.push({edit, reason: 'overlap'})
      continue
    }
    parts.push(source.slice(last, edit.start), edit.text)
    last = edit.end
    applied.push(edit)
  }
  parts.push(source.slice(last))
  return {output: parts.join(''), applied, skipped}
}

export interface FixResult {
  output: string
  /** Every edit applied, over all passes (each in the offsets of the text of its pass). */
  applied: Edit[]
  /** The same edits as changes to the original text, merged where they overlap or touch. */
  changes: Change[]
  skipped: SkippedEdit[]
  /** The file as linted last: its messages are what is left after the fixes. */
  file: VFile
}

/** Most lint-and-fix passes over one draft (a fix may make room for another). */
export const MAX_PASSES = 10

/**
 * Lints, applies the safe fixes, and lints again until nothing changes, so that a second
 * `--fix` run finds nothing to do. `lint` turns a text into a linted file.
 */
export function fixText(source: string, lint: (value: string) => VFile): FixResult {
  let output = source
  let file = lint(output)
  const applied: Edit[] = []
  let changes: Change[] = []
  let skipped: SkippedEdit[] = []
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const edits = safeEdits(file)
    if (edits.length === 0) break
    const result = applyEdits(output, edits)
    skipped = result.skipped
    if (result.applied.length === 0 || result.output === output) break
    for (const edit of result.applied) applied.push(edit)
    changes = composeChanges(changes, result.applied, output)
    output = result.output
    file = lint(output)
  }
  return {output, applied, changes, skipped, file}
}
