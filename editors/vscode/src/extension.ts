import fs from 'node:fs'
import path from 'node:path'
import * as vscode from 'vscode'
import {LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions} from 'vscode-languageclient/node'

const SECTION = 'slant'
/** Files whose change makes the server reload its configuration. */
const WATCHED = '**/{.slantrc,.slantrc.json,.slantrc.yaml,.slantrc.yml,.slantignore,package.json}'

let client: LanguageClient | undefined
let output: vscode.OutputChannel | undefined

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  output = vscode.window.createOutputChannel('slant')
  context.subscriptions.push(
    output,
    vscode.commands.registerCommand('slant.restart', async () => {
      await stop()
      await start(context)
      vscode.window.setStatusBarMessage('slant: language server restarted', 3000)
    }),
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (event.affectsConfiguration(`${SECTION}.server.path`)) {
        await stop()
        await start(context)
      }
    }),
    // Trusting the workspace may change which server runs (its own copy of slant).
    vscode.workspace.onDidGrantWorkspaceTrust(async () => {
      await stop()
      await start(context)
    })
  )
  await start(context)
}

export async function deactivate(): Promise<void> {
  await stop()
}

/**
 * The server to run: `slant.server.path` when set; else the workspace's own slant
 * (`node_modules/slant`), so a project's pinned version lints as its CI does; else the copy
 * bundled with the extension. An untrusted workspace runs only the bundled copy (limited mode:
 * its configuration is data, read as usual, but no code from the workspace runs).
 */
function serverModule(context: vscode.ExtensionContext): string {
  const bundled = context.asAbsolutePath(path.join('slant', 'dist', 'server', 'server.mjs'))
  if (!vscode.workspace.isTrusted) return bundled
  const configured = vscode.workspace.getConfiguration(SECTION).get<string>('server.path')?.trim()
  const folders = vscode.workspace.workspaceFolders ?? []
  if (configured) {
    if (path.isAbsolute(configured)) return configured
    for (const folder of folders) {
      const candidate = path.join(folder.uri.fsPath, configured)
      if (fs.existsSync(candidate)) return candidate
    }
  }
  for (const folder of folders) {
    const local = path.join(folder.uri.fsPath, 'node_modules', 'slant', 'dist', 'server', 'index.js')
    if (fs.existsSync(local)) return local
  }
  return bundled
}

function settings(): Record<string, unknown> {
  const config = vscode.workspace.getConfiguration(SECTION)
  return {enable: config.get('enable'), preset: config.get('preset'), debounce: config.get('debounce'), requireConfig: config.get('requireConfig')}
}

async function start(context: vscode.ExtensionContext): Promise<void> {
  const module = serverModule(context)
  output?.appendLine(`Starting ${module}`)
  const serverOptions: ServerOptions = {
    run: {module, transport: TransportKind.ipc},
    debug: {module, transport: TransportKind.ipc, options: {execArgv: ['--nolazy', '--inspect=6011']}}
  }
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      {scheme: 'file', language: 'markdown'},
      {scheme: 'file', language: 'plaintext'},
      {scheme: 'untitled', language: 'markdown'},
      {scheme: 'untitled', language: 'plaintext'}
    ],
    synchronize: {
      configurationSection: SECTION,
      fileEvents: vscode.workspace.createFileSystemWatcher(WATCHED)
    },
    initializationOptions: settings(),
    outputChannel: output
  }
  client = new LanguageClient(SECTION, 'slant', serverOptions, clientOptions)
  try {
    await client.start()
  } catch (error) {
    void vscode.window.showErrorMessage(`slant: the language server did not start: ${(error as Error).message}`)
  }
}

async function stop(): Promise<void> {
  const running = client
  client = undefined
  if (running) {
    try {
      await running.stop()
    } catch {
      // Already stopped.
    }
  }
}
