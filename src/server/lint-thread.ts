import {Worker} from 'node:worker_threads'
import type {IgnoreAnchor} from './ignore-comment.js'
import type {LintJob, LintResult} from './lint-document.js'

export type ToWorker = {kind: 'lint'; id: number; job: LintJob} | {kind: 'anchors'; id: number; text: string; offsets: number[]} | {kind: 'reset'}
export type FromWorker = {kind: 'lint'; id: number; result: LintResult} | {kind: 'anchors'; id: number; anchors: Array<IgnoreAnchor | undefined>}

interface Running {
  id: number
  resolve: (reply: FromWorker) => void
  reject: (error: Error) => void
}

/**
 * The lint worker thread seen from the main thread: one request at a time (a lint, or the
 * "ignore here" anchors of a Markdown text), then `onIdle`. A thread that dies (an exception,
 * memory) fails its request and is started afresh for the next one; `close()` terminates it.
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

  async lint(job: LintJob): Promise<LintResult> {
    const reply = await this.request((id) => ({kind: 'lint', id, job}))
    return (reply as FromWorker & {kind: 'lint'}).result
  }

  /** Where "ignore here" comments go for `offsets` in a Markdown `text` (`ignoreAnchors`). */
  async anchors(text: string, offsets: number[]): Promise<Array<IgnoreAnchor | undefined>> {
    const reply = await this.request((id) => ({kind: 'anchors', id, text, offsets}))
    return (reply as FromWorker & {kind: 'anchors'}).anchors
  }

  /** Forgets every configuration and processor (a watched file changed); applies before the next request. */
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

  private request(message: (id: number) => ToWorker): Promise<FromWorker> {
    if (this.running) return Promise.reject(new Error('the lint thread is busy'))
    if (this.closed) return Promise.reject(new Error('the server is shutting down'))
    const worker = this.thread()
    const id = this.nextId++
    return new Promise((resolve, reject) => {
      this.running = {id, resolve, reject}
      this.send(worker, message(id))
    })
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
    this.running = undefined
    running.resolve(message)
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
    running?.reject(error)
  }
}
