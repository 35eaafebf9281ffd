// The table of bad configurations, in process: each is a DataError naming the file and key path
// when the configuration is resolved, and none leaves anything on Object.prototype.
import assert from 'node:assert/strict'
import fs from 'node:fs'
import path from 'node:path'
import {after, describe, it} from 'node:test'
import {Engine} from '../dist/engine/engine.js'
import {DataError} from '../dist/data/validate.js'
import {BAD_CONFIGS} from './bad-configs.js'
import {folder} from './cli-helpers.js'

const prototypeKeys = () => Object.getOwnPropertyNames(Object.prototype).sort()

describe('bad configurations are refused when the configuration is resolved', () => {
  const before = prototypeKeys()
  const dirs = []
  after(() => {
    for (const dir of dirs) fs.rmSync(dir, {recursive: true, force: true})
  })

  it('the table has at least 40 cases', () => assert.ok(BAD_CONFIGS.length >= 40))

  for (const [what, files, pattern] of BAD_CONFIGS) {
    it(what, () => {
      const dir = folder({'a.md': 'The legendary coach arrived.\n', ...files})
      dirs.push(dir)
      let error
      try {
        new Engine({cwd: dir}).processorFor(path.join(dir, 'a.md'))
      } catch (e) {
        error = e
      }
      assert.ok(error instanceof DataError, `expected a DataError, got ${error}`)
      const line = String(error).replaceAll(dir + path.sep, '')
      assert.doesNotMatch(line, /\n/u)
      assert.match(line, new RegExp(pattern, 'u'))
      assert.ok(
        Object.keys(files).some((name) => line.startsWith(name)),
        line
      )
      assert.deepEqual(prototypeKeys(), before)
      assert.equal({}.polluted, undefined)
    })
  }
})
