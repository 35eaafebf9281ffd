// Shared by the tests that run slant as a real process.
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

/** The `slant` command as users run it (the bundle `bin.slant` points to). */
export const bin = fileURLToPath(new URL('../dist/bin/index.js', import.meta.url))

/**
 * Runs `slant ARGS` and returns its exit code and output.
 * @param {string[]} args
 * @param {{cwd?: string, input?: string}} [options]
 */
export function slant(args, {cwd, input} = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], {cwd, input, encoding: 'utf8', timeout: 180000})
  return {code: r.status, stdout: r.stdout, stderr: r.stderr}
}

/**
 * A temporary folder holding `files` ({relative path: content}).
 * @param {Record<string, string | Uint8Array>} files
 */
export function folder(files) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'slant-test-'))
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), {recursive: true})
    fs.writeFileSync(path.join(dir, name), content)
  }
  return dir
}
