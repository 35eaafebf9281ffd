import {Worker} from 'node:worker_threads'
import type {IgnoreAnchor} from './ignore-comment.js'
import type {LintJob, LintResult} from './lint-document.js'

export type ToWorker = {kind: 'lint'; id: number; job: LintJob} | {kind: 'reset'}
export type FromWorker = {kind: 'result'; id: number; result: LintResult} | {kind: 'anchors'; id: number; anchors: Array<IgnoreAnchor | undefined>}

/** A lint result on the main thread; `anchors` (one per finding) arrive after it, for Markdown. */
export interface Linted extends LintResult {
  anchors?: Array<IgnoreAnchor | undefined>
}

interface Running {
  id: number
  resolve: (result: Linted) => void
  reject: (error: Error) => void
  result?: Linted
}

/**
 * The lint worker thread seen from the main thread: one job at a time, busy until the job's
 * anchors are in, then `onIdle`. A thread that dies (an exception, memory) fails its job and is
 * started afresh for the next one; `close()` terminates it.
 */
export class LintThread {
  private worker: Worker | undefined
  private running: Running | undefined
  private nextId = 1
  private closed = false

  constructor(
    private readonly script: URL,
    private readonly onIdle: () => void,
    private readonly log: (what: string, error: unknown) => void
  ) {}

  get busy(): boolean {
    return this.running !== undefined
  }

  /** Starts the thread now (it loads the parsers and the tagger while the editor sets up). */
  warm(): void {
    if (!this.closed) this.thread()
  }

  run(job: LintJob): Promise<Linted> {
    if (this.running) return Promise.reject(new Error('the lint thread is busy'))
    if (this.closed) return Promise.reject(new Error('the server is shutting down'))
    const worker = this.thread()
    const id = this.nextId++
    return new Promise((resolve, reject) => {
      this.running = {id, resolve, reject}
      this.send(worker, {kind: 'lint', id, job})
    })
  }

  /** Forgets every configuration and processor (a watched file changed); applies before the next job. */
  reset(): void {
    if (this.worker) this.send(this.worker, {kind: 'reset'})
  }

  close(): void {
    this.closed = true
    const worker = this.worker
    this.worker = undefined
    this.fail(new Error('the server is shutting down'))
    if (worker) void worker.terminate()
  }

  private thread(): Worker {
    if (this.worker) return this.worker
    // stdout: the worker's own is piped, never mixed into the LSP stream on the server's stdout.
    const worker = new Worker(this.script, {stdout: true})
    worker.stdout.on('data', (chunk: Buffer) => process.stderr.write(chunk))
    worker.unref()
    worker.on('message', (message: FromWorker) => this.receive(message))
    worker.on('error', (error) => this.died(worker, error))
    worker.on('exit', (code) => this.died(worker, new Error(`the lint thread stopped (exit code ${code})`)))
    this.worker = worker
    return worker
  }

  private send(worker: Worker, message: ToWorker): void {
    try {
      worker.postMessage(message)
    } catch (error) {
      this.died(worker, error as Error)
    }
  }

  private receive(message: FromWorker): void {
    const running = this.running
    if (!running || message.id !== running.id) return
    if (message.kind === 'result') {
      running.result = message.result
      running.resolve(message.result)
      return
    }
    if (running.result && running.result.markdown) running.result.anchors = message.anchors
    this.running = undefined
    this.onIdle()
  }

  private died(worker: Worker, error: Error): void {
    if (worker !== this.worker) return
    this.worker = undefined
    void worker.terminate()
    this.log('lint thread', error)
    this.fail(error)
    if (!this.closed) this.onIdle()
  }

  private fail(error: Error): void {
    const running = this.running
    this.running = undefined
    if (running && !running.result) running.reject(error)
  }
}
