// An LSP client driving the language server as a real process, over stdio or node IPC.
import {fork, spawn} from 'node:child_process'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {createProtocolConnection, IPCMessageReader, IPCMessageWriter, StreamMessageReader, StreamMessageWriter} from 'vscode-languageserver-protocol/node.js'

// SLANT_SERVER runs the same tests against another build (the VS Code extension's bundle).
export const serverBin = process.env.SLANT_SERVER ? path.resolve(process.env.SLANT_SERVER) : fileURLToPath(new URL('../dist/server/index.js', import.meta.url))

/** Every client whose server is still running, so a failed test cannot leave one behind. @type {Set<Client>} */
const running = new Set()

/**
 * Stops the servers of every client still running: a test file calls it in `after`, since a
 * server left running (after a failed assertion) keeps the file's process, and the test run, alive.
 */
export function stopAll() {
  for (const client of running) client.proc.kill()
  running.clear()
}

/** A client talking to a spawned server (`server`: another server script than `serverBin`). */
export class Client {
  constructor({ipc = false, settings = {}, server = serverBin} = {}) {
    this.settings = settings
    this.stderr = ''
    if (ipc) {
      this.proc = fork(server, ['--node-ipc'], {stdio: ['pipe', 'pipe', 'pipe', 'ipc']})
      this.connection = createProtocolConnection(new IPCMessageReader(this.proc), new IPCMessageWriter(this.proc))
    } else {
      this.proc = spawn(process.execPath, [server, '--stdio'], {stdio: ['pipe', 'pipe', 'pipe']})
      this.connection = createProtocolConnection(new StreamMessageReader(this.proc.stdout), new StreamMessageWriter(this.proc.stdin))
    }
    // Both ways give the server piped stdio; the types allow a child without pipes.
    if (!this.proc.stderr) throw new Error('the language server has no stderr pipe')
    this.proc.stderr.on('data', (d) => (this.stderr += d))
    running.add(this)
    this.exited = new Promise((resolve) => this.proc.on('exit', (code) => (running.delete(this), resolve(code))))
    /** @type {Map<string, import('vscode-languageserver-protocol').PublishDiagnosticsParams[]>} */
    this.published = new Map()
    /** @type {Array<{uri: string, test: (params: import('vscode-languageserver-protocol').PublishDiagnosticsParams) => boolean, resolve: (params: import('vscode-languageserver-protocol').PublishDiagnosticsParams) => void}>} */
    this.waiters = []
    /** @type {string[]} */
    this.logs = []
    this.connection.onNotification('textDocument/publishDiagnostics', (params) => {
      const list = this.published.get(params.uri) ?? []
      list.push(params)
      this.published.set(params.uri, list)
      this.waiters = this.waiters.filter((w) => !(w.uri === params.uri && w.test(params) && (w.resolve(params), true)))
    })
    this.connection.onNotification('window/logMessage', (params) => this.logs.push(params.message))
    this.connection.onRequest('workspace/configuration', (params) => params.items.map(() => this.settings))
    this.connection.onRequest('client/registerCapability', () => null)
    this.refreshes = 0
    this.connection.onRequest('workspace/diagnostic/refresh', () => (this.refreshes++, null))
    this.connection.listen()
    /** @type {Map<string, TextDocument>} */
    this.docs = new Map()
  }

  /**
   * @param {import('vscode-languageserver-protocol').ClientCapabilities} [capabilities]
   * @param {Record<string, unknown>} [initializationOptions] slant's (`debounce` in ms, …)
   */
  async initialize(
    capabilities = {workspace: {configuration: true, didChangeWatchedFiles: {dynamicRegistration: true}}},
    initializationOptions = {debounce: 30}
  ) {
    const result = await this.connection.sendRequest('initialize', {processId: process.pid, rootUri: null, capabilities, initializationOptions})
    await this.connection.sendNotification('initialized', {})
    return result
  }

  /**
   * The next diagnostics for `uri` that pass `test` (or the latest already published).
   * @param {string} uri
   * @param {(params: import('vscode-languageserver-protocol').PublishDiagnosticsParams) => boolean} [test]
   * @param {{timeout?: number, fresh?: boolean}} [options]
   */
  diagnostics(uri, test = () => true, {timeout = 15000, fresh = false} = {}) {
    const latest = this.published.get(uri)?.at(-1)
    if (!fresh && latest && test(latest)) return Promise.resolve(latest)
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} in time; stderr: ${this.stderr}`)), timeout)
      this.waiters.push({uri, test, resolve: (p) => (clearTimeout(timer), resolve(p))})
    })
  }

  /**
   * Opens `uri` with `text` and returns its first diagnostics.
   * @param {string} uri
   * @param {string} text
   */
  async open(uri, text, languageId = 'markdown') {
    const doc = TextDocument.create(uri, languageId, 1, text)
    this.docs.set(uri, doc)
    await this.connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId, version: 1, text}})
    return this.diagnostics(uri, (p) => p.version === 1)
  }

  /**
   * Sends incremental changes and returns the document's new version.
   * @param {string} uri
   * @param {import('vscode-languageserver-protocol').TextDocumentContentChangeEvent[]} edits
   */
  async change(uri, edits) {
    const doc = this.document(uri)
    const version = doc.version + 1
    const updated = TextDocument.update(doc, edits, version)
    this.docs.set(uri, updated)
    await this.connection.sendNotification('textDocument/didChange', {textDocument: {uri, version}, contentChanges: edits})
    return version
  }

  /** The open document `uri`, as the client holds it. @param {string} uri */
  document(uri) {
    const doc = this.docs.get(uri)
    if (!doc) throw new Error(`${uri} is not open`)
    return doc
  }

  /** @param {string} uri */
  text(uri) {
    return this.document(uri).getText()
  }

  /**
   * @param {string} uri
   * @param {import('vscode-languageserver-protocol').Diagnostic[]} diagnostics
   * @param {import('vscode-languageserver-protocol').Range} [range] the first diagnostic's by default
   * @param {string[]} [only] code action kinds
   */
  codeActions(uri, diagnostics, range = diagnostics[0]?.range, only) {
    const context = only ? {diagnostics, only} : {diagnostics}
    return this.connection.sendRequest('textDocument/codeAction', {textDocument: {uri}, range, context})
  }

  /**
   * Pull diagnostics (`textDocument/diagnostic`); `previousResultId` from an earlier report.
   * @param {string} uri
   * @param {string} [previousResultId]
   */
  pull(uri, previousResultId) {
    return this.connection.sendRequest('textDocument/diagnostic', {textDocument: {uri}, ...(previousResultId === undefined ? {} : {previousResultId})})
  }

  /**
   * @param {string} uri
   * @param {import('vscode-languageserver-protocol').Position} position
   */
  hover(uri, position) {
    return this.connection.sendRequest('textDocument/hover', {textDocument: {uri}, position})
  }

  async close() {
    try {
      await this.connection.sendRequest('shutdown')
      await this.connection.sendNotification('exit')
    } catch {}
    const timer = setTimeout(() => this.proc.kill(), 5000)
    const code = await this.exited
    clearTimeout(timer)
    this.connection.dispose()
    return code
  }
}
