import {parentPort} from 'node:worker_threads'
import {findingAnchors, lintDocument} from './lint-document.js'
import type {FromWorker, ToWorker} from './lint-thread.js'
import {DEFAULT_SETTINGS} from './settings.js'
import {Workspace} from './workspace.js'

/**
 * The language server's lint thread: it owns the workspace (configurations, processors, the
 * tagger) and lints one document version at a time, so the main thread stays free to answer
 * hover and code actions. The result goes out first; the "ignore here" anchors follow, and the
 * thread is ready for the next job after them.
 */
const workspace = new Workspace()
// Load the parsers, the rules and the tagger now, not on the first keystroke.
lintDocument(workspace, {uri: 'untitled:warm-up', languageId: 'markdown', version: 0, text: 'The minister said on Monday that talks would resume.\n', settings: DEFAULT_SETTINGS})

parentPort!.on('message', (message: ToWorker) => {
  if (message.kind === 'reset') return workspace.reset()
  const result = lintDocument(workspace, message.job)
  post({kind: 'result', id: message.id, result})
  let anchors: FromWorker & {kind: 'anchors'}
  try {
    anchors = {kind: 'anchors', id: message.id, anchors: findingAnchors(message.job.text, result)}
  } catch {
    anchors = {kind: 'anchors', id: message.id, anchors: []}
  }
  post(anchors)
})

function post(message: FromWorker): void {
  parentPort!.postMessage(message)
}
