// The editor's view of the language server: a real server process over stdio, the server's own
// settings (its default debounce included), a 2,000-word article open. Each edit is a burst of
// three keystrokes 40 ms apart; measured from the last keystroke's didChange to the
// publishDiagnostics for that version. While waiting, a hover and a code action request go out
// every 10 ms (over a flagged word), and each answer's latency is recorded: what the editor feels
// while the server is debouncing and linting. Prints the latencies as JSON.
//
//   node bench/tasks/editor.mjs ARTICLE [EDITS] [SERVER]
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {performance} from 'node:perf_hooks'
import {pathToFileURL} from 'node:url'
import {Client} from '../../test/lsp-client.js'

const [article, editsArg, server] = process.argv.slice(2)
const edits = Number(editsArg ?? 30)
const KEYSTROKE_MS = 40
const PROBE_MS = 10

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'slant-bench-editor-'))
const uri = pathToFileURL(path.join(dir, 'article.md')).href
const text = fs.readFileSync(article, 'utf8')
const client = new Client({server})
await client.initialize(undefined, {})
const opened = await client.open(uri, text)
const target = opened.diagnostics.find((d) => d.range.start.line > 0) ?? opened.diagnostics[0]
if (!target) throw new Error('the article raised no diagnostic to hover over')

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))
/** Inserts after the n-th paragraph-ending line, away from the hovered word. */
const lines = text.split('\n')
const spots = lines.flatMap((line, i) => (line.length > 40 && i !== target.range.start.line ? [{line: i, character: line.length}] : []))

const diagnostics = []
const hovers = []
const actions = []
// The first edits warm the lint threads up (as a few minutes in the editor would); not counted.
const WARM_UP = 5
for (let n = -WARM_UP; n < edits; n++) {
  const at = spots[((n + WARM_UP) * 7919) % spots.length]
  let version
  for (const [i, key] of [' ', 'n', 'o'].entries()) {
    if (i > 0) await sleep(KEYSTROKE_MS)
    version = await client.change(uri, [
      {range: {start: {line: at.line, character: at.character + i}, end: {line: at.line, character: at.character + i}}, text: key}
    ])
  }
  const start = performance.now()
  let done = false
  const published = client
    .diagnostics(uri, (p) => p.version === version, {fresh: true})
    .then(() => {
      if (n >= 0) diagnostics.push(performance.now() - start)
      done = true
    })
  // Probe the main thread until the diagnostics land: hover, then a code action on the word.
  while (!done) {
    const asked = performance.now()
    await client.hover(uri, target.range.start)
    if (n >= 0) hovers.push(performance.now() - asked)
    const asked2 = performance.now()
    await client.codeActions(uri, [target])
    if (n >= 0) actions.push(performance.now() - asked2)
    await Promise.race([published, sleep(PROBE_MS)])
  }
  await sleep(100)
}
await client.close()
fs.rmSync(dir, {recursive: true, force: true})
process.stdout.write(JSON.stringify({diagnostics, hovers, actions}))
