import {parentPort, workerData} from 'node:worker_threads'
import {DataError} from '../data/validate.js'
import {toRecord} from './file-record.js'
import {UsageError} from './files.js'
import {Linter, type LinterOptions} from './linter.js'
import type {LintTask, WorkerReply} from './pool.js'
import {readDraft} from '../engine/read.js'

/** A `--jobs` worker thread: lints the files the pool sends, with the same Linter as one job. */
const {options, cwd, text} = workerData as {options: LinterOptions; cwd: string; text: boolean}
let linter: Linter | undefined

parentPort!.on('message', (task: LintTask) => {
  let reply: WorkerReply
  try {
    linter ??= new Linter(options, cwd)
    reply = {index: task.index, record: toRecord(linter.lint(task.filePath, readDraft(task.filePath), task.shown), {text})}
  } catch (error) {
    reply = {index: task.index, error: describeError(error)}
  }
  parentPort!.postMessage(reply)
})

function describeError(error: unknown): NonNullable<WorkerReply['error']> {
  if (error instanceof DataError) return {kind: 'data', message: error.message, file: error.file, line: error.line}
  if (error instanceof UsageError) return {kind: 'usage', message: error.message}
  return {kind: 'internal', message: (error as Error).message, stack: (error as Error).stack}
}
