// The suites of test/suites.js: the stress list up to date, and the rule that keeps processes
// out of the unit suite.
import assert from 'node:assert/strict'
import fs from 'node:fs'
import path from 'node:path'
import {it} from 'node:test'
import {folder} from './cli-helpers.js'
import {STRESS, startsProcesses, suiteFiles} from './suites.js'

it('every stress file listed exists and is the stress suite; an unknown suite is an error', () => {
  for (const name of STRESS) assert.ok(fs.existsSync(new URL(name, import.meta.url)), name)
  assert.deepEqual(suiteFiles('stress'), STRESS.map((name) => `test/${name}`).sort())
  assert.throws(() => suiteFiles('fast'), /no test suite fast \(unit, e2e, stress\)/u)
})

it('a file that starts processes, itself or through a helper, is end-to-end; a temporary folder or a string is not', () => {
  const dir = folder({
    'cli-helpers.js': "import {spawnSync} from 'node:child_process'\nexport const slant = () => spawnSync('x')\nexport const folder = () => '/tmp'\n",
    'lsp.js': "import {spawn} from 'node:child_process'\nexport class Client {}\n",
    'spawns.test.js': "import assert from 'node:assert/strict'\nimport {spawnSync} from 'node:child_process'\n",
    'workers.test.js': "import {Worker} from 'node:worker_threads'\n",
    'client.test.js': "import {it} from 'node:test'\nimport {Client} from './lsp.js'\n",
    'cli.test.js': "import {\n  folder,\n  slant\n} from './cli-helpers.js'\n",
    'folder.test.js': "import {folder} from './cli-helpers.js'\nimport {lint} from '../dist/index.js'\n",
    'string.test.js': 'const source = "import {x} from \'node:child_process\'"\n',
    'a.test.js': "import {b} from './b.js'\n",
    'b.js': "import {a} from './a.test.js'\nexport const b = 1\n"
  })
  const starts = (name) => startsProcesses(path.join(dir, name))
  for (const name of ['spawns.test.js', 'workers.test.js', 'client.test.js', 'cli.test.js']) assert.equal(starts(name), true, name)
  for (const name of ['folder.test.js', 'string.test.js', 'a.test.js']) assert.equal(starts(name), false, name)
})
