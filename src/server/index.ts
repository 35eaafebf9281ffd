#!/usr/bin/env node
import {createConnection, ProposedFeatures} from 'vscode-languageserver/node.js'
import {NAME, VERSION} from '../constants.js'
import {startServer} from './server.js'

/**
 * `slant-language-server`: `--stdio` (the default), `--node-ipc`, `--socket=PORT` or
 * `--pipe=NAME`, as vscode-languageserver reads them from the command line.
 */
const argv = process.argv.slice(2)
if (argv.includes('--version') || argv.includes('-v')) {
  process.stdout.write(`${NAME}-language-server ${VERSION}\n`)
} else if (argv.includes('--help') || argv.includes('-h')) {
  process.stdout.write(
    `Usage: ${NAME}-language-server [--stdio | --node-ipc | --socket=PORT | --pipe=NAME]\n\nThe slant language server (LSP): diagnostics, quick fixes and hover for Markdown and plain-text drafts.\n`
  )
} else {
  if (!argv.some((a) => /^--(stdio|node-ipc|socket|pipe)/u.test(a))) process.argv.push('--stdio')
  process.title = `${NAME}-language-server`
  process.on('uncaughtException', (error) => {
    process.stderr.write(`${NAME}-language-server: ${error.stack ?? error.message}\n`)
  })
  process.on('unhandledRejection', (error) => {
    process.stderr.write(`${NAME}-language-server: ${String((error as Error)?.stack ?? error)}\n`)
  })
  startServer(createConnection(ProposedFeatures.all))
}
