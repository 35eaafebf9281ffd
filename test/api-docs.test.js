// docs/api.md is runnable: every `js` block runs as a module in a project that has slant
// installed (a node_modules/slant link to this package), and prints exactly the `text` block
// that follows it.
import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {describe, it} from 'node:test'
import {fileURLToPath} from 'node:url'
import {folder} from './cli-helpers.js'

const repo = fileURLToPath(new URL('..', import.meta.url))
const page = fs.readFileSync(path.join(repo, 'docs/api.md'), 'utf8')
const blocks = [...page.matchAll(/^```(\w+)\n([\s\S]*?)^```$/gmu)].map((m) => ({lang: m[1], code: m[2], line: page.slice(0, m.index).split('\n').length}))

describe('docs/api.md examples', () => {
  const project = folder({'package.json': '{"type": "module"}'})
  fs.mkdirSync(path.join(project, 'node_modules'))
  fs.symlinkSync(repo, path.join(project, 'node_modules', 'slant'), 'dir')
  // The other packages the examples import, as the project would install them.
  for (const name of ['remark-parse', 'remark-stringify', 'retext', 'unified'])
    fs.symlinkSync(path.join(repo, 'node_modules', name), path.join(project, 'node_modules', name), 'dir')
  const examples = blocks.flatMap((block, i) =>
    block.lang === 'js' ? [{...block, output: blocks[i + 1]?.lang === 'text' ? blocks[i + 1].code : undefined}] : []
  )

  it('has examples, each with its output', () => {
    assert.ok(examples.length >= 6)
    for (const example of examples) assert.ok(example.output !== undefined, `the example at line ${example.line} has no text block after it`)
  })

  for (const example of examples) {
    it(`line ${example.line} prints what the page says`, () => {
      const file = path.join(project, `example-${example.line}.mjs`)
      fs.writeFileSync(file, example.code)
      const run = spawnSync(process.execPath, [file], {cwd: project, encoding: 'utf8', timeout: 60000})
      assert.equal(run.stderr, '')
      assert.equal(run.stdout, example.output)
    })
  }
})
