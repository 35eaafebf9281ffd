import {parentPort} from 'node:worker_threads'
import {ignoreAnchors, type IgnoreAnchor} from './ignore-comment.js'
import {lintDocument} from './lint-document.js'
import type {FromWorker, ToWorker} from './lint-thread.js'
import {DEFAULT_SETTINGS} from './settings.js'
import {Workspace} from './workspace.js'

/**
 * The language server's lint thread: it owns the workspace (configurations, processors, the
 * tagger) and answers one request at a time, so the main thread stays free to answer hover and
 * code actions: a lint of one document version, or the "ignore here" anchors of a Markdown text.
 */
const workspace = new Workspace()
// Load the parsers, the rules and the tagger now, not on the first keystroke.
lintDocument(workspace, {
  uri: 'untitled:warm-up',
  languageId: 'markdown',
  version: 0,
  text: 'The minister said on Monday that talks would resume.\n',
  settings: DEFAULT_SETTINGS
})

parentPort!.on('message', (message: ToWorker) => {
  if (message.kind === 'reset') return workspace.reset()
  post(
    message.kind === 'lint'
      ? {kind: 'lint', id: message.id, result: lintDocument(workspace, message.job)}
      : {kind: 'anchors', id: message.id, anchors: anchorsOf(message.text, message.offsets)}
  )
})

/** An anchor that cannot be found is no "ignore here" action, never a failed thread. */
function anchorsOf(text: string, offsets: number[]): Array<IgnoreAnchor | undefined> {
  try {
    return ignoreAnchors(text, offsets)
  } catch {
    return []
  }
}

function post(message: FromWorker): void {
  parentPort!.postMessage(message)
}
