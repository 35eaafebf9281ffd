import {Worker} from 'node:worker_threads'
import {DataError} from '../data/validate.js'
import type {FileRecord} from './file-record.js'
import {UsageError} from './files.js'
import type {LinterOptions} from './linter.js'

export interface LintTask {
  index: number
  filePath: string
  shown: string
}

export interface WorkerReply {
  index: number
  record?: FileRecord
  error?: {kind: 'data'; message: string; file: string; line?: number | undefined} | {kind: 'usage' | 'internal'; message: string; stack?: string | undefined}
}

/**
 * Lints files on `jobs` worker threads. Each worker takes the next file when it finishes one,
 * so big and small files balance out; the records come back in the order of `tasks`, with each
 * file's text when `text` (for the reports that read it).
 */
export function lintInWorkers(
  tasks: readonly Omit<LintTask, 'index'>[],
  options: LinterOptions,
  cwd: string,
  jobs: number,
  text = false,
  onDone: (done: number) => void = () => {}
): Promise<FileRecord[]> {
  const records = new Array<FileRecord>(tasks.length)
  const workers: Worker[] = []
  let next = 0
  let done = 0
  if (tasks.length === 0) return Promise.resolve([])
  return new Promise((resolve, reject) => {
    const stop = (error?: Error): void => {
      for (const worker of workers) void worker.terminate()
      if (error) reject(error)
      else resolve(records)
    }
    const feed = (worker: Worker): void => {
      if (next < tasks.length) {
        const task: LintTask = {index: next, ...tasks[next]!}
        next++
        worker.postMessage(task)
      }
    }
    for (let i = 0; i < Math.min(jobs, tasks.length); i++) {
      const worker = new Worker(new URL('./lint-worker.js', import.meta.url), {workerData: {options, cwd, text}})
      workers.push(worker)
      worker.on('message', (reply: WorkerReply) => {
        if (reply.error) return stop(rebuildError(reply.error))
        records[reply.index] = reply.record!
        onDone(++done)
        if (done === tasks.length) return stop()
        feed(worker)
      })
      worker.on('error', (error) => stop(error))
      feed(worker)
    }
  })
}

function rebuildError(error: NonNullable<WorkerReply['error']>): Error {
  if (error.kind === 'data') return new DataError(error.file, error.message, error.line)
  if (error.kind === 'usage') return new UsageError(error.message)
  const rebuilt = new Error(error.message)
  if (error.stack) rebuilt.stack = error.stack
  return rebuilt
}
