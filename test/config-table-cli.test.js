// The table of bad configurations, through the command: exit 2, one line naming the file and
// key path, no stack trace.
import assert from 'node:assert/strict'
import fs from 'node:fs'
import path from 'node:path'
import {describe, it} from 'node:test'
import {BAD_CONFIGS} from './bad-configs.js'
import {folder, slant} from './cli-helpers.js'

describe('slant on a bad configuration', () => {
  for (const [what, files, pattern] of BAD_CONFIGS) {
    it(`${what}: exit 2, one line`, () => {
      const dir = folder({'a.md': 'The legendary coach arrived.\n', ...files})
      try {
        const r = slant(['a.md'], {cwd: dir})
        const stderr = r.stderr.replaceAll(dir + path.sep, '')
        assert.equal(r.code, 2, stderr)
        assert.match(stderr, /^slant: [^\n]+\n$/u)
        assert.match(stderr, new RegExp(pattern, 'u'))
        assert.doesNotMatch(stderr, /\n\s+at /u)
        assert.equal(r.stdout, '')
      } finally {
        fs.rmSync(dir, {recursive: true, force: true})
      }
    })
  }
})
