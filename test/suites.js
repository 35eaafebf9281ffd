// The three test suites. `npm test` runs every file; `node test/suites.js SUITE…` (npm run
// test:unit, test:e2e, test:stress) runs the files of the suites named:
//
//   unit    the API in this process: no process started, no bundle needed (under a minute)
//   e2e     the CLI and the language server as processes
//   stress  adversarial sizes, the fuzzer and the long property runs
//
// A file is end-to-end when it starts processes, itself or through a helper (see
// startsProcesses); the stress files are listed here; every other test file is a unit test.
// Files stay where they are: the rule reads them.
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

export const SUITES = ['unit', 'e2e', 'stress']

/** Stress tests, by file name. */
export const STRESS = ['stress.test.js', 'adversarial.test.js', 'fuzz.test.js', 'properties.test.js']

const here = path.dirname(fileURLToPath(import.meta.url))

/**
 * Whether the test file (or helper) at `file` starts processes: it imports child_process or
 * worker_threads, takes `slant` or `bin` (the bundled CLI) from cli-helpers.js, or imports a
 * local module that starts processes (slant's own modules in dist/ aside).
 * @param {string} file
 * @param {Set<string>} [seen] files already read
 * @returns {boolean}
 */
export function startsProcesses(file, seen = new Set()) {
  if (seen.has(file)) return false
  seen.add(file)
  const source = fs.readFileSync(file, 'utf8')
  for (const [, names = '', specifier] of source.matchAll(/^import\s+(?:\{([^}]*)\}|[^'{}]*?)\s*from\s+'([^']+)'/gmu)) {
    if (/^(?:node:)?(?:child_process|worker_threads)$/u.test(specifier)) return true
    if (!specifier.startsWith('.') || specifier.includes('dist/')) continue
    const target = path.resolve(path.dirname(file), specifier)
    // Its temporary-folder helper starts nothing; the rest of cli-helpers.js runs the CLI.
    if (path.basename(target) === 'cli-helpers.js' ? /\b(?:slant|bin)\b/u.test(names) : startsProcesses(target, seen)) return true
  }
  return false
}

/** The suite of the test file `name` in test/. @param {string} name */
export function suiteOf(name) {
  if (STRESS.includes(name)) return 'stress'
  return startsProcesses(path.join(here, name)) ? 'e2e' : 'unit'
}

/** The test files of test/ (paths relative to the repository) in `suite`. @param {string} suite */
export function suiteFiles(suite) {
  if (!SUITES.includes(suite)) throw new Error(`no test suite ${suite} (${SUITES.join(', ')})`)
  const names = fs
    .readdirSync(here)
    .filter((name) => name.endsWith('.test.js'))
    .sort()
  return names.filter((name) => suiteOf(name) === suite).map((name) => path.join('test', name))
}

// `node test/suites.js unit e2e [--typecheck]` (not when the test runner loads this file as a
// test of its own). --typecheck runs `tsc -p tsconfig.test.json` beside the tests: node --test
// keeps one core busy on this machine's two, and the check takes the other.
if (import.meta.url === `file://${process.argv[1]}` && !process.env.NODE_TEST_CONTEXT) {
  const args = process.argv.slice(2)
  const typecheck = args.includes('--typecheck')
  const suites = args.filter((arg) => arg !== '--typecheck')
  if (suites.length === 0) throw new Error(`name a suite: ${SUITES.join(', ')}`)
  const files = suites.flatMap(suiteFiles)
  // Imported here only: the suites test imports this module and starts no process.
  const {spawn} = await import('node:child_process')
  const {createRequire} = await import('node:module')
  const root = path.dirname(here)
  /** Runs node with `argv` and resolves to its exit code. @param {string[]} argv */
  const node = (argv) => new Promise((resolve) => spawn(process.execPath, argv, {cwd: root, stdio: 'inherit'}).on('exit', (code) => resolve(code ?? 1)))
  const runs = [node(['--test', '--test-timeout=600000', ...files])]
  if (typecheck) runs.push(node([createRequire(import.meta.url).resolve('typescript/bin/tsc'), '-p', 'tsconfig.test.json']))
  const codes = await Promise.all(runs)
  if (typecheck && codes[1] !== 0) console.error('\nthe type check of the tests failed (tsc -p tsconfig.test.json)')
  process.exitCode = codes.find((code) => code !== 0) ?? 0
}
