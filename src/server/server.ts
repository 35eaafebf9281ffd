import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type CodeActionParams,
  type Connection,
  type Diagnostic,
  type Hover,
  type HoverParams,
  type InitializeParams,
  type InitializeResult,
  type TextEdit
} from 'vscode-languageserver/node.js'
import {TextDocument} from 'vscode-languageserver-textdocument'
import type {VFile} from 'vfile'
import {IGNORE_NAME, NAME, RC_NAMES, VERSION} from '../constants.js'
import {DataError} from '../data/validate.js'
import type {SlantMessage} from '../message.js'
import {applyEdits, messageRange, safeEdits} from '../fix/edits.js'
import {describeVoice, splitNote} from '../report/describe.js'
import {ruleSpec} from '../rules/spec.js'
import {slantData, toDiagnostics, type DiagnosticData} from './diagnostics.js'
import {ignoreCommentEdit} from './ignore-comment.js'
import {DEFAULT_SETTINGS, formatOf, readSettings, Workspace, type Settings} from './workspace.js'

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.${NAME}`

/** Files whose change reloads the configuration. */
export const WATCHED = [`**/{${RC_NAMES.join(',')}}`, `**/${IGNORE_NAME}`, '**/package.json']

interface DocState {
  /** The version last linted, its file and the diagnostics published for it. */
  version?: number
  file?: VFile
  timer?: NodeJS.Timeout | undefined
  /** Bumped on every change: a run that finds a newer generation drops its result. */
  generation: number
}

/**
 * Runs slant as a language server on `connection`: diagnostics on open and as the user types
 * (debounced, stale runs dropped), quick fixes, "ignore here", fix-all for the safe fixes, and
 * hover. Every handler catches its own errors: a bad request gets an empty answer, not a crash.
 */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument)
  const workspace = new Workspace()
  const states = new Map<string, DocState>()
  let settings: Settings = {...DEFAULT_SETTINGS}
  let pullConfiguration = false
  let dynamicWatchers = false
  let dynamicConfiguration = false

  const log = (what: string, error: unknown): void => {
    try {
      connection.console.error(`${NAME}: ${what}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
    } catch {
      // The connection may be gone.
    }
  }

  function guard<P, R>(what: string, fallback: R, handler: (params: P) => R): (params: P) => R {
    return (params: P) => {
      try {
        return handler(params)
      } catch (error) {
        log(what, error)
        return fallback
      }
    }
  }

  // The LSP lifecycle: before `initialize` a request gets ServerNotInitialized (-32002) and a
  // notification is dropped; after `shutdown` a request gets InvalidRequest.
  let phase: 'new' | 'running' | 'shut down' = 'new'
  const lifecycleError = (): ResponseError<void> | undefined =>
    phase === 'new'
      ? new ResponseError(ErrorCodes.ServerNotInitialized, 'the server is not initialized: send initialize first')
      : phase === 'shut down'
        ? new ResponseError(ErrorCodes.InvalidRequest, 'the server is shut down: send exit')
        : undefined

  function request<P, R>(what: string, fallback: R, handler: (params: P) => R): (params: P) => R | ResponseError<void> {
    const guarded = guard(what, fallback, handler)
    return (params: P) => lifecycleError() ?? guarded(params)
  }

  connection.onRequest((method: string) => lifecycleError() ?? new ResponseError(ErrorCodes.MethodNotFound, `Unhandled method ${method}`))

  connection.onShutdown(() => {
    const error = lifecycleError()
    if (error) return error as never
    phase = 'shut down'
  })

  connection.onInitialize(
    guard<InitializeParams, InitializeResult | ResponseError<never>>('initialize', {capabilities: {}}, (params) => {
      if (phase !== 'new') return new ResponseError(ErrorCodes.InvalidRequest, phase === 'running' ? 'the server is already initialized' : 'the server is shut down: send exit')
      phase = 'running'
      const caps = params?.capabilities ?? {}
      pullConfiguration = Boolean(caps.workspace?.configuration)
      dynamicWatchers = Boolean(caps.workspace?.didChangeWatchedFiles?.dynamicRegistration)
      dynamicConfiguration = Boolean(caps.workspace?.didChangeConfiguration?.dynamicRegistration)
      settings = readSettings(params?.initializationOptions, settings)
      return {
        capabilities: {
          textDocumentSync: {openClose: true, change: TextDocumentSyncKind.Incremental},
          codeActionProvider: {codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND]},
          hoverProvider: true
        },
        serverInfo: {name: `${NAME}-language-server`, version: VERSION}
      }
    })
  )

  connection.onInitialized(() => {
    try {
      if (dynamicWatchers) {
        void connection.client.register(DidChangeWatchedFilesNotification.type, {watchers: WATCHED.map((globPattern) => ({globPattern}))}).catch((e) => log('register watchers', e))
      }
      if (dynamicConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, undefined).catch((e) => log('register configuration', e))
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
    workspace.reset()
    relintAll()
  }

  connection.onDidChangeConfiguration((change) => {
    void refreshSettings(change?.settings)
  })

  connection.onDidChangeWatchedFiles(() => {
    workspace.reset()
    relintAll()
  })

  const state = (uri: string): DocState => {
    let s = states.get(uri)
    if (!s) states.set(uri, (s = {generation: 0}))
    return s
  }

  function filePathOf(uri: string): string | undefined {
    try {
      return uri.startsWith('file:') ? path.resolve(fileURLToPath(uri)) : undefined
    } catch {
      return undefined
    }
  }

  /** Lints a document now; undefined when slant is off for it. */
  function lintNow(doc: TextDocument): {file?: VFile; diagnostics: Diagnostic[]} {
    const filePath = filePathOf(doc.uri)
    if (!settings.enable || (filePath !== undefined && workspace.ignored(filePath))) return {diagnostics: []}
    if (settings.requireConfig && !workspace.configured(filePath)) return {diagnostics: []}
    try {
      const file = workspace.lint(doc.getText(), filePath, formatOf(doc.languageId, filePath), settings)
      return {file, diagnostics: toDiagnostics(file, doc)}
    } catch (error) {
      // A broken configuration is shown on the document, in one line, like the CLI's exit 2.
      const message = error instanceof DataError ? error.toString() : `cannot lint this document: ${(error as Error).message}`
      if (!(error instanceof DataError)) log('lint', error)
      return {diagnostics: [{range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}}, severity: 1, source: NAME, code: 'config', message: `${NAME}: ${message}`}]}
    }
  }

  function run(uri: string): void {
    const doc = documents.get(uri)
    const s = states.get(uri)
    if (!doc || !s) return
    const generation = s.generation
    const version = doc.version
    const {file, diagnostics} = lintNow(doc)
    // A change that arrived while linting makes this result stale: the newer run publishes.
    if (s.generation !== generation || documents.get(uri)?.version !== version) return
    s.version = version
    if (file) s.file = file
    else delete s.file
    void connection.sendDiagnostics({uri, version, diagnostics}).catch((e) => log('publish', e))
  }

  function schedule(uri: string, delay: number): void {
    if (phase !== 'running') return
    const s = state(uri)
    s.generation++
    if (s.timer) clearTimeout(s.timer)
    s.timer = setTimeout(() => {
      s.timer = undefined
      try {
        run(uri)
      } catch (error) {
        log('lint', error)
      }
    }, delay)
  }

  function relintAll(): void {
    for (const doc of documents.all()) schedule(doc.uri, 0)
  }

  documents.onDidOpen((event) => {
    try {
      state(event.document.uri)
      schedule(event.document.uri, 0)
    } catch (error) {
      log('open', error)
    }
  })

  documents.onDidChangeContent((event) => {
    try {
      const s = state(event.document.uri)
      // The first content (open) is linted at once; edits wait for the typing to pause.
      schedule(event.document.uri, s.version === undefined ? 0 : settings.debounce)
    } catch (error) {
      log('change', error)
    }
  })

  documents.onDidClose((event) => {
    try {
      const s = states.get(event.document.uri)
      if (s?.timer) clearTimeout(s.timer)
      states.delete(event.document.uri)
      void connection.sendDiagnostics({uri: event.document.uri, diagnostics: []}).catch((e) => log('publish', e))
    } catch (error) {
      log('close', error)
    }
  })

  /** The document's lint result for its current version (linting it again if stale). */
  function current(doc: TextDocument): VFile | undefined {
    const s = states.get(doc.uri)
    if (s && s.version === doc.version && s.file) return s.file
    return lintNow(doc).file
  }

  connection.onCodeAction(
    request<CodeActionParams, CodeAction[]>('codeAction', [], (params) => {
      const doc = documents.get(params?.textDocument?.uri)
      if (!doc) return []
      const only = params.context?.only
      const wants = (kind: string): boolean => !only || only.length === 0 || only.some((o) => kind === o || kind.startsWith(`${o}.`))
      const actions: CodeAction[] = []
      const text = doc.getText()
      const markdown = formatOf(doc.languageId, filePathOf(doc.uri)) === 'markdown'
      const ignored = new Set<string>()
      for (const diagnostic of params.context?.diagnostics ?? []) {
        const data = slantData(diagnostic)
        if (!data || !validRange(diagnostic.range)) continue
        if (wants(CodeActionKind.QuickFix)) {
          actions.push(...quickFixes(doc, diagnostic, data))
          if (markdown && data.ruleId !== 'config' && !ignored.has(data.ruleId) && ruleSpec(data.ruleId)) {
            const edit = ignoreCommentEdit(text, doc.offsetAt(diagnostic.range.start), data.ruleId)
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
      const fixAll = fixAllEdits(doc)
      if (fixAll.length > 0) {
        const title = `Fix all safe ${NAME} issues (${fixAll.length})`
        if (wants(FIX_ALL_KIND)) actions.push({title, kind: FIX_ALL_KIND, edit: {changes: {[doc.uri]: fixAll}}})
        const safeAsked = (params.context?.diagnostics ?? []).some((d) => slantData(d)?.fixable === 'safe')
        if (safeAsked && wants(CodeActionKind.QuickFix) && fixAll.length > 1) actions.push({title, kind: CodeActionKind.QuickFix, edit: {changes: {[doc.uri]: fixAll}}})
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

  /** The safe fixes of the document as it is now, each checked against the live text. */
  function fixAllEdits(doc: TextDocument): TextEdit[] {
    const file = current(doc)
    if (!file) return []
    const {applied} = applyEdits(doc.getText(), safeEdits(file))
    return applied.map((e) => ({range: {start: doc.positionAt(e.start), end: doc.positionAt(e.end)}, newText: e.text}))
  }

  connection.onHover(
    request<HoverParams, Hover | null>('hover', null, (params) => {
      const doc = documents.get(params?.textDocument?.uri)
      if (!doc || !params.position) return null
      const file = current(doc)
      if (!file) return null
      const offset = doc.offsetAt(params.position)
      const hits = (file.messages as SlantMessage[]).filter((m) => {
        const r = messageRange(m)
        return r !== undefined && r.start <= offset && offset <= r.end && r.end > r.start
      })
      if (hits.length === 0) return null
      const first = messageRange(hits[0]!)!
      return {
        contents: {kind: 'markdown', value: hits.map(hoverText).join('\n\n---\n\n')},
        range: {start: doc.positionAt(first.start), end: doc.positionAt(first.end)}
      }
    })
  )

  documents.listen(connection)
  connection.listen()
}

function validRange(range: unknown): boolean {
  const r = range as {start?: {line?: unknown; character?: unknown}; end?: {line?: unknown; character?: unknown}} | undefined
  return Boolean(r && typeof r.start?.line === 'number' && typeof r.start.character === 'number' && typeof r.end?.line === 'number' && typeof r.end.character === 'number')
}

/** Hover: the rule, why it fires (note and source guide) and whose voice the words are in. */
export function hoverText(message: SlantMessage): string {
  const spec = ruleSpec(message.ruleId)
  const {why, guide, url} = splitNote(message)
  const severity = message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
  const lines = [`**${NAME}: ${spec?.title ?? message.ruleId}** (\`${message.ruleId}\`, ${severity})`, '', md(message.reason)]
  const voice = describeVoice(message.data)
  if (voice) lines.push('', `**Voice:** ${md(voice)}`)
  if (why) lines.push('', `**Why:** ${md(why)}`)
  if (guide) lines.push('', `**Source:** ${url ? `[${md(guide)}](${url})` : md(guide)}`)
  if (message.expected?.length) lines.push('', `**Suggestion:** ${message.expected.map((e) => (e === '' ? 'remove it' : `\`${e}\``)).join(', ')}${message.data?.fixable === 'safe' ? ' (safe: `slant --fix` applies it)' : ''}`)
  if (message.url) lines.push('', `[Rule documentation](${message.url})`)
  return lines.join('\n')
}

/** Text for Markdown, keeping the backtick code spans slant's reasons use. */
function md(text: string): string {
  return text.replace(/([\\*_[\]<>#])/gu, '\\$1')
}
