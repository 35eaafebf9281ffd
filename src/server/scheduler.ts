import type {TextDocument} from 'vscode-languageserver-textdocument'
import {configDiagnostic} from './diagnostics.js'
import type {IgnoreAnchor} from './ignore-comment.js'
import type {LintJob, LintResult} from './lint-document.js'
import {LintThread} from './lint-thread.js'
import {autoDebounce, type Settings} from './settings.js'

type LintAnchors = Array<IgnoreAnchor | undefined>

/** The latest lint of a document: the version and text it was linted from, and its result. */
export interface DocumentLint {
  version: number
  text: string
  result: LintResult
  /** Names this result for pull diagnostics (`previousResultId`). */
  resultId: string
  /** Markdown: where "ignore here" goes for each finding, once the lint thread had time. */
  anchors?: LintAnchors
  /** Settles when the anchors are in, or when they never will be (a newer lint, closed). */
  anchored: Promise<void>
  settle: () => void
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
 * When each open document is linted: after the typing pauses (`debounce`, or half as long as
 * its last lint took), one document at a time on the lint thread, always its newest text. A
 * result that newer typing has overtaken is kept for hover but not published; the newer run
 * publishes. (One thread: a second one, to start the newer text while a stale lint finishes,
 * was slower on a loaded two-core machine, and doubles the memory.) Lints go first; the
 * "ignore here" anchors of the latest lints are found when the thread has nothing else to do.
 */
export class LintScheduler {
  private readonly states = new Map<string, DocState>()
  /** Documents whose pause is over, waiting for the lint thread (in order). */
  private readonly queue = new Set<string>()
  private inflight: LintJob | undefined
  /** Lints whose anchors are being found. */
  private readonly anchoring = new Set<DocumentLint>()
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
    state.latest?.settle()
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

  /** Whether a lint of the document is waiting for the pause, for the thread, or running. */
  linting(uri: string): boolean {
    const state = this.states.get(uri)
    return state !== undefined && this.pending(uri, state)
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
    // A newer lint is coming: whoever waits for the latest one's anchors waits no longer.
    state.latest?.settle()
    clearTimeout(state.timer)
    this.queue.delete(uri)
    state.timer = setTimeout(() => {
      state.timer = undefined
      this.queue.add(uri)
      this.pump()
    }, delay)
  }

  /** Gives the lint thread, when free, the next due document, else anchors to find. */
  private pump(): void {
    while (!this.thread.busy && this.queue.size > 0) {
      const uri = this.queue.values().next().value!
      this.queue.delete(uri)
      const doc = this.options.document(uri)
      if (!doc || !this.states.has(uri)) continue
      const job: LintJob = {uri, languageId: doc.languageId, version: doc.version, text: doc.getText(), settings: this.options.settings()}
      this.inflight = job
      this.thread.lint(job).then(
        (result) => this.done(job, result),
        (error: Error) =>
          this.done(job, {diagnostics: [configDiagnostic(`cannot lint this document: ${error.message}`)], findings: [], edits: [], ms: 0, markdown: false})
      )
    }
    if (!this.thread.busy) this.anchorNext()
  }

  private done(job: LintJob, result: LintResult): void {
    if (this.inflight === job) this.inflight = undefined
    if (result.failure) this.options.log('lint', result.failure)
    const state = this.states.get(job.uri)
    if (state) {
      state.latest?.settle()
      let settle = (): void => {}
      const anchored = new Promise<void>((resolve) => (settle = resolve))
      const lint: DocumentLint = {version: job.version, text: job.text, result, resultId: String(++this.results), anchored, settle}
      state.latest = lint
      if (!result.markdown || result.findings.length === 0) lint.settle()
      if (!this.pending(job.uri, state)) {
        this.options.linted(job.uri, lint)
        for (const waiter of state.waiters.splice(0)) waiter(lint)
      }
    }
    this.pump()
  }

  /** Finds the anchors of one latest Markdown lint that has none and no newer lint coming. */
  private anchorNext(): void {
    for (const [uri, state] of this.states) {
      const lint = state.latest
      if (!lint || lint.anchors || this.anchoring.has(lint) || !lint.result.markdown || lint.result.findings.length === 0 || this.pending(uri, state)) continue
      this.anchoring.add(lint)
      const found = (anchors: LintAnchors): void => {
        // A thread that died on it leaves no "ignore here" for this lint, and no retry.
        lint.anchors = anchors
        this.anchoring.delete(lint)
        lint.settle()
        this.pump()
      }
      this.thread
        .anchors(
          lint.text,
          lint.result.findings.map((f) => f.start)
        )
        .then(found, () => found([]))
      return
    }
  }
}
