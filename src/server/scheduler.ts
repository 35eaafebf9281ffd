import type {TextDocument} from 'vscode-languageserver-textdocument'
import {configDiagnostic} from './diagnostics.js'
import type {LintJob} from './lint-document.js'
import {LintThread, type Linted} from './lint-thread.js'
import {autoDebounce, type Settings} from './settings.js'

/** The latest lint of a document: the version and text it was linted from, and its result. */
export interface DocumentLint {
  version: number
  text: string
  result: Linted
  /** Names this result for pull diagnostics (`previousResultId`). */
  resultId: string
}

interface DocState {
  timer?: NodeJS.Timeout | undefined
  latest?: DocumentLint
  /** Waiting for the document to have no lint pending (pull diagnostics, fix-all). */
  waiters: Array<(lint: DocumentLint | undefined) => void>
}

export interface SchedulerOptions {
  /** The lint worker's script. */
  worker: URL
  /** The open document at `uri`, as it is now. */
  document: (uri: string) => TextDocument | undefined
  settings: () => Settings
  /** A lint of the document's current version with nothing newer pending: publish it. */
  linted: (uri: string, lint: DocumentLint) => void
  log: (what: string, error: unknown) => void
}

/**
 * When each open document is linted: after the typing pauses (`debounce`, or as long as its
 * last lint took), one document at a time on the lint thread, always its newest text. A result
 * that newer typing has overtaken is kept for hover but not published; the newer run publishes.
 */
export class LintScheduler {
  private readonly states = new Map<string, DocState>()
  /** Documents whose pause is over, waiting for the lint thread (in order). */
  private readonly queue = new Set<string>()
  private inflight: LintJob | undefined
  private results = 0
  private readonly thread: LintThread

  constructor(private readonly options: SchedulerOptions) {
    this.thread = new LintThread(options.worker, () => this.pump(), options.log)
  }

  warm(): void {
    this.thread.warm()
  }

  /** The document opened, or changed: lint it at once when new, else after the pause. */
  changed(uri: string): void {
    const state = this.state(uri)
    const debounce = this.options.settings().debounce
    this.schedule(uri, state.latest === undefined ? 0 : (debounce ?? autoDebounce(state.latest.result.ms)))
  }

  /** Lints every open document again with fresh configurations (settings or a config file changed). */
  relintAll(uris: readonly string[]): void {
    this.thread.reset()
    for (const uri of uris) this.schedule(uri, 0)
  }

  close(uri: string): void {
    const state = this.states.get(uri)
    if (!state) return
    clearTimeout(state.timer)
    this.queue.delete(uri)
    this.states.delete(uri)
    for (const waiter of state.waiters) waiter(undefined)
  }

  /** Stops the lint thread (shutdown). */
  stop(): void {
    for (const uri of [...this.states.keys()]) this.close(uri)
    this.thread.close()
  }

  latest(uri: string): DocumentLint | undefined {
    return this.states.get(uri)?.latest
  }

  /** The latest lint once no lint of the document is pending (undefined if it closes first). */
  settled(uri: string): Promise<DocumentLint | undefined> {
    const state = this.states.get(uri)
    if (!state) return Promise.resolve(undefined)
    if (!this.pending(uri, state)) return Promise.resolve(state.latest)
    return new Promise((resolve) => state.waiters.push(resolve))
  }

  private state(uri: string): DocState {
    let state = this.states.get(uri)
    if (!state) this.states.set(uri, (state = {waiters: []}))
    return state
  }

  private pending(uri: string, state: DocState): boolean {
    return state.timer !== undefined || this.queue.has(uri) || this.inflight?.uri === uri
  }

  private schedule(uri: string, delay: number): void {
    const state = this.state(uri)
    clearTimeout(state.timer)
    this.queue.delete(uri)
    state.timer = setTimeout(() => {
      state.timer = undefined
      this.queue.add(uri)
      this.pump()
    }, delay)
  }

  /** Sends the next due document to the lint thread when it is free. */
  private pump(): void {
    while (!this.thread.busy && this.queue.size > 0) {
      const uri = this.queue.values().next().value!
      this.queue.delete(uri)
      const doc = this.options.document(uri)
      if (!doc || !this.states.has(uri)) continue
      const job: LintJob = {uri, languageId: doc.languageId, version: doc.version, text: doc.getText(), settings: this.options.settings()}
      this.inflight = job
      this.thread.run(job).then(
        (result) => this.done(uri, job, result),
        (error: Error) => this.done(uri, job, {diagnostics: [configDiagnostic(`cannot lint this document: ${error.message}`)], findings: [], edits: [], ms: 0, markdown: false})
      )
    }
  }

  private done(uri: string, job: LintJob, result: Linted): void {
    if (this.inflight === job) this.inflight = undefined
    if (result.failure) this.options.log('lint', result.failure)
    const state = this.states.get(uri)
    if (!state) return
    const lint: DocumentLint = {version: job.version, text: job.text, result, resultId: String(++this.results)}
    state.latest = lint
    if (this.pending(uri, state)) return
    this.options.linted(uri, lint)
    const waiters = state.waiters.splice(0)
    for (const waiter of waiters) waiter(lint)
  }
}
