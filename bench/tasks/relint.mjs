// The language server's lint path: one processor built once (createProcessor), then each edit
// re-lints the whole document in process (`processor.runSync(processor.parse(file), file)`).
// Prints the latency of each re-lint after a one-word edit, as JSON.
import fs from 'node:fs'
import {performance} from 'node:perf_hooks'
import {VFile} from 'vfile'
import {createProcessor} from '../../dist/index.js'

const [path, editsArg] = process.argv.slice(2)
const edits = Number(editsArg ?? 40)
const original = fs.readFileSync(path, 'utf8')
const processor = createProcessor({format: 'markdown'})

const lint = (value) => {
  const file = new VFile({path, value})
  processor.runSync(processor.parse(file), file)
  return file.messages.length
}

// Edit the n-th word of the document: what an editor sends after one keystroke burst.
const words = [...original.matchAll(/\b[a-z]{4,}\b/gu)]
const edited = (n) => {
  const match = words[(n * 7919) % words.length]
  return original.slice(0, match.index) + match[0].toUpperCase() + original.slice(match.index + match[0].length)
}

lint(original)
const times = []
for (let n = 0; n < edits; n++) {
  const value = edited(n)
  const start = performance.now()
  lint(value)
  times.push(performance.now() - start)
}
process.stdout.write(JSON.stringify({times}))
