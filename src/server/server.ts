import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  ErrorCodes,
  LSPErrorCodes,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  type CancellationToken,
  type CodeAction,
  type CodeActionParams,
  type Connection,
  type Diagnostic,
  type DocumentDiagnosticParams,
  type DocumentDiagnosticReport,
  type Hover,
  type HoverParams,
  type InitializeParams,
  type InitializeResult,
  type TextEdit
} from 'vscode-languageserver/node.js'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {IGNORE_NAME, NAME, RC_NAMES, VERSION} from '../constants.js'
import {applyEdits} from '../fix/edits.js'
import {slantData, type DiagnosticData} from './diagnostics.js'
import {filePathOf, formatOf} from './document-kind.js'
import {LintScheduler, type DocumentLint} from './scheduler.js'
import {DEFAULT_SETTINGS, readSettings, type Settings} from './settings.js'
import {TextShift} from './text-shift.js'

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.${NAME}`

/** Files whose change reloads the configuration. */
export const WATCHED = [`**/{${RC_NAMES.join(',')}}`, `**/${IGNORE_NAME}`, '**/package.json']

/**
 * The lint worker's script beside this module, with this module's extension: `lint-worker.js`
 * in the package, `lint-worker.mjs` beside the VS Code extension's bundled `server.mjs`.
 */
function workerScript(): URL {
  return new URL(`./lint-worker${path.extname(fileURLToPath(import.meta.url))}`, import.meta.url)
}

/**
 * Runs slant as a language server on `connection`: diagnostics on open and as the user types
 * (debounced, linted on a worker thread, stale runs dropped), pushed or pulled
 * (`textDocument/diagnostic`) as the client prefers; quick fixes, "ignore here", fix-all for the
 * safe fixes, and hover, answered on the main thread from the latest lint. Every handler
 * catches its own errors: a bad request gets an empty answer, not a crash.
 */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument)
  let settings: Settings = {...DEFAULT_SETTINGS}
  let pullConfiguration = false
  let dynamicWatchers = false
  let dynamicConfiguration = false
  /** The client pulls diagnostics (`textDocument/diagnostic`): never push to it. */
  let pullDiagnostics = false
  let refreshDiagnostics = false

  const log = (what: string, error: unknown): void => {
    try {
      connection.console.error(`${NAME}: ${what}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
    } catch {
      // The connection may be gone.
    }
  }

  const linter = new LintScheduler({
    worker: workerScript(),
    document: (uri) => documents.get(uri),
    settings: () => settings,
    linted: (uri, lint) => {
      if (!pullDiagnostics) void connection.sendDiagnostics({uri, version: lint.version, diagnostics: lint.result.diagnostics}).catch((e) => log('publish', e))
    },
    log
  })

  function guard<P, R>(what: string, fallback: R, handler: (params: P) => R): (params: P) => R {
    return (params: P) => {
      try {
        const result = handler(params)
        return result instanceof Promise ? (result.catch((error: unknown) => (log(what, error), fallback)) as R) : result
      } catch (error) {
        log(what, error)
        return fallback
      }
    }
  }

  // The LSP lifecycle: before `initialize` a request gets ServerNotInitialized (-32002) and a
  // notification is dropped; after `shutdown` a request gets InvalidRequest.
  let phase: 'new' | 'running' | 'shut down' = 'new'
  const lifecycleError = (): ResponseError<never> | undefined =>
    phase === 'new'
      ? new ResponseError<never>(ErrorCodes.ServerNotInitialized, 'the server is not initialized: send initialize first')
      : phase === 'shut down'
        ? new ResponseError<never>(ErrorCodes.InvalidRequest, 'the server is shut down: send exit')
        : undefined

  function request<P, R>(
    what: string,
    fallback: Awaited<R>,
    handler: (params: P, token?: CancellationToken) => R
  ): (params: P, token?: CancellationToken) => R | ResponseError<never> {
    return (params: P, token?: CancellationToken) => lifecycleError() ?? guard(what, fallback as R, (p: P) => handler(p, token))(params)
  }

  connection.onRequest((method: string) => lifecycleError() ?? new ResponseError(ErrorCodes.MethodNotFound, `Unhandled method ${method}`))

  connection.onShutdown(() => {
    const error = lifecycleError()
    if (error) return error as never
    phase = 'shut down'
    linter.stop()
  })

  connection.onExit(() => linter.stop())

  connection.onInitialize(
    guard<InitializeParams, InitializeResult | ResponseError<never>>('initialize', {capabilities: {}}, (params) => {
      if (phase !== 'new')
        return new ResponseError(ErrorCodes.InvalidRequest, phase === 'running' ? 'the server is already initialized' : 'the server is shut down: send exit')
      phase = 'running'
      const caps = params?.capabilities ?? {}
      pullConfiguration = Boolean(caps.workspace?.configuration)
      dynamicWatchers = Boolean(caps.workspace?.didChangeWatchedFiles?.dynamicRegistration)
      dynamicConfiguration = Boolean(caps.workspace?.didChangeConfiguration?.dynamicRegistration)
      pullDiagnostics = Boolean(caps.textDocument?.diagnostic)
      refreshDiagnostics = Boolean(caps.workspace?.diagnostics?.refreshSupport)
      settings = readSettings(params?.initializationOptions, settings)
      linter.warm()
      return {
        capabilities: {
          textDocumentSync: {openClose: true, change: TextDocumentSyncKind.Incremental},
          codeActionProvider: {codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND]},
          hoverProvider: true,
          ...(pullDiagnostics ? {diagnosticProvider: {identifier: NAME, interFileDependencies: false, workspaceDiagnostics: false}} : {})
        },
        serverInfo: {name: `${NAME}-language-server`, version: VERSION}
      }
    })
  )

  connection.onInitialized(() => {
    try {
      if (dynamicWatchers) {
        void connection.client
          .register(DidChangeWatchedFilesNotification.type, {watchers: WATCHED.map((globPattern) => ({globPattern}))})
          .catch((e) => log('register watchers', e))
      }
      if (dynamicConfiguration)
        void connection.client.register(DidChangeConfigurationNotification.type, undefined).catch((e) => log('register configuration', e))
      if (pullConfiguration) void refreshSettings()
    } catch (error) {
      log('initialized', error)
    }
  })

  async function refreshSettings(pushed?: unknown): Promise<void> {
    try {
      if (pullConfiguration) {
        const pulled: unknown = await connection.workspace.getConfiguration(NAME)
        settings = readSettings(pulled ?? {}, settings)
      } else if (pushed !== undefined) settings = readSettings(pushed, settings)
    } catch (error) {
      log('configuration', error)
    }
    relintAll()
  }

  connection.onDidChangeConfiguration((change) => {
    void refreshSettings(change?.settings)
  })

  connection.onDidChangeWatchedFiles(() => relintAll())

  function relintAll(): void {
    if (phase !== 'running') return
    linter.relintAll(documents.all().map((doc) => doc.uri))
    if (pullDiagnostics && refreshDiagnostics) connection.languages.diagnostics.refresh()
  }

  // Fired on open too: a new document is linted at once, an edit after the typing pauses.
  documents.onDidChangeContent((event) => {
    try {
      if (phase === 'running') linter.changed(event.document.uri)
    } catch (error) {
      log('change', error)
    }
  })

  documents.onDidClose((event) => {
    try {
      linter.close(event.document.uri)
      if (!pullDiagnostics) void connection.sendDiagnostics({uri: event.document.uri, diagnostics: []}).catch((e) => log('publish', e))
    } catch (error) {
      log('close', error)
    }
  })

  /** How the latest lint's ranges map into the document as it is now (one per lint and version). */
  const shifts = new WeakMap<DocumentLint, {version: number; shift: TextShift}>()
  function shiftOf(lint: DocumentLint, doc: TextDocument): TextShift {
    let known = shifts.get(lint)
    if (!known || known.version !== doc.version) shifts.set(lint, (known = {version: doc.version, shift: new TextShift(lint.text, doc.getText())}))
    return known.shift
  }

  connection.languages.diagnostics.on(
    request<DocumentDiagnosticParams, Promise<DocumentDiagnosticReport | ResponseError<never>>>(
      'diagnostic',
      {kind: DocumentDiagnosticReportKind.Full, items: []},
      async (params, token) => {
        const uri = params?.textDocument?.uri
        if (!documents.get(uri)) return {kind: DocumentDiagnosticReportKind.Full, items: []}
        // Answer for the text as it is once the pending lint is in (the debounce included).
        const lint = await Promise.race([linter.settled(uri), cancelled(token)])
        if (token?.isCancellationRequested) return new ResponseError<never>(LSPErrorCodes.RequestCancelled, 'cancelled')
        if (!lint) return {kind: DocumentDiagnosticReportKind.Full, items: []}
        if (params.previousResultId === lint.resultId) return {kind: DocumentDiagnosticReportKind.Unchanged, resultId: lint.resultId}
        return {kind: DocumentDiagnosticReportKind.Full, resultId: lint.resultId, items: lint.result.diagnostics}
      }
    )
  )

  connection.onCodeAction(
    request<CodeActionParams, Promise<CodeAction[]>>('codeAction', [], async (params) => {
      const uri = params?.textDocument?.uri
      if (!documents.get(uri)) return []
      const only = params.context?.only
      const wants = (kind: string): boolean => !only || only.length === 0 || only.some((o) => kind === o || kind.startsWith(`${o}.`))
      // Fix-all asked for by name (on save) waits for the lint of the current text; the
      // light bulb is answered at once from the latest lint.
      const lint = only?.length && wants(FIX_ALL_KIND) ? await linter.settled(uri) : linter.latest(uri)
      const doc = documents.get(uri)
      if (!doc) return []
      const markdown = formatOf(doc.languageId, filePathOf(doc.uri)) === 'markdown'
      // The anchors for "ignore here" follow a lint within milliseconds when no newer lint is
      // coming; while one is, the light bulb does without them rather than wait.
      if (markdown && lint && !lint.anchors && !linter.linting(uri)) await lint.anchored
      if (!documents.get(uri)) return []
      const shift = lint && shiftOf(lint, doc)
      const actions: CodeAction[] = []
      const text = doc.getText()
      const ignored = new Set<string>()
      for (const diagnostic of params.context?.diagnostics ?? []) {
        const data = slantData(diagnostic)
        if (!data || !validRange(diagnostic.range)) continue
        if (wants(CodeActionKind.QuickFix)) {
          actions.push(...quickFixes(doc, diagnostic, data))
          if (markdown && !ignored.has(data.ruleId)) {
            const edit = lint && shift && ignoreEdit(text, doc.offsetAt(diagnostic.range.start), data.ruleId, lint, shift)
            if (edit) {
              ignored.add(data.ruleId)
              const at = doc.positionAt(edit.offset)
              actions.push({
                title: `Ignore ${data.ruleId} here`,
                kind: CodeActionKind.QuickFix,
                diagnostics: [diagnostic],
                edit: {changes: {[doc.uri]: [{range: {start: at, end: at}, newText: edit.text}]}}
              })
            }
          }
        }
      }
      const fixAll = lint && shift ? fixAllEdits(doc, lint, shift) : []
      if (fixAll.length > 0) {
        const title = `Fix all safe ${NAME} issues (${fixAll.length})`
        if (wants(FIX_ALL_KIND)) actions.push({title, kind: FIX_ALL_KIND, edit: {changes: {[doc.uri]: fixAll}}})
        const safeAsked = (params.context?.diagnostics ?? []).some((d) => slantData(d)?.fixable === 'safe')
        if (safeAsked && wants(CodeActionKind.QuickFix) && fixAll.length > 1)
          actions.push({title, kind: CodeActionKind.QuickFix, edit: {changes: {[doc.uri]: fixAll}}})
      }
      return actions
    })
  )

  /** One quick fix per suggestion, offered only while the text at the range is still `actual`. */
  function quickFixes(doc: TextDocument, diagnostic: Diagnostic, data: DiagnosticData): CodeAction[] {
    if (typeof data.actual !== 'string' || doc.getText(diagnostic.range) !== data.actual) return []
    const suggestions = data.expected.filter((e): e is string => typeof e === 'string')
    return suggestions.map((suggestion) => ({
      title: suggestion === '' ? `Remove “${data.actual}”` : `Replace “${data.actual}” with “${suggestion}”`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      isPreferred: data.fixable === 'safe' && suggestions.length === 1,
      edit: {changes: {[doc.uri]: [{range: diagnostic.range, newText: suggestion}]}}
    }))
  }

  /**
   * Where "ignore here" inserts its comment for the finding at `offset`: the anchor the lint
   * thread found for it, if the latest lint has that finding of one of slant's rules and the
   * anchor is not in what was typed since.
   */
  function ignoreEdit(text: string, offset: number, ruleId: string, lint: DocumentLint, shift: TextShift): {offset: number; text: string} | undefined {
    const index = lint.result.findings.findIndex((f) => f.ignorable && f.ruleId === ruleId && shift.forward(f.start, f.end)?.start === offset)
    const anchor = lint.anchors?.[index]
    const at = anchor && shift.forward(anchor.offset, anchor.offset)
    if (!anchor || !at) return undefined
    const eol = /\r\n/u.test(text) ? '\r\n' : '\n'
    return {offset: at.start, text: `${anchor.indent}<!-- ${NAME} ignore ${ruleId} -->${eol}`}
  }

  /** The latest lint's safe fixes, outside what was typed since, each checked against the live text. */
  function fixAllEdits(doc: TextDocument, lint: DocumentLint, shift: TextShift): TextEdit[] {
    const edits = lint.result.edits.flatMap((edit) => {
      const range = shift.forward(edit.start, edit.end)
      return range ? [{...edit, ...range}] : []
    })
    const {applied} = applyEdits(doc.getText(), edits)
    return applied.map((e) => ({range: {start: doc.positionAt(e.start), end: doc.positionAt(e.end)}, newText: e.text}))
  }

  connection.onHover(
    request<HoverParams, Hover | null>('hover', null, (params) => {
      const doc = documents.get(params?.textDocument?.uri)
      const lint = doc && linter.latest(doc.uri)
      if (!doc || !lint || !params.position) return null
      const shift = shiftOf(lint, doc)
      const offset = doc.offsetAt(params.position)
      const hits = lint.result.findings.flatMap((finding) => {
        const range = shift.forward(finding.start, finding.end)
        return range && range.start <= offset && offset <= range.end && range.end > range.start ? [{range, hover: finding.hover}] : []
      })
      const first = hits[0]
      if (!first) return null
      return {
        contents: {kind: 'markdown', value: hits.map((h) => h.hover).join('\n\n---\n\n')},
        range: {start: doc.positionAt(first.range.start), end: doc.positionAt(first.range.end)}
      }
    })
  )

  documents.listen(connection)
  connection.listen()
}

/** Resolves when the request is cancelled (never without a token). */
function cancelled(token: CancellationToken | undefined): Promise<undefined> {
  return new Promise((resolve) => token?.onCancellationRequested(() => resolve(undefined)))
}

function validRange(range: unknown): boolean {
  const r = range as {start?: {line?: unknown; character?: unknown}; end?: {line?: unknown; character?: unknown}} | undefined
  return Boolean(
    r && typeof r.start?.line === 'number' && typeof r.start.character === 'number' && typeof r.end?.line === 'number' && typeof r.end.character === 'number'
  )
}
