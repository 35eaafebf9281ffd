import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {UsageError} from './files.js'

/**
 * The repository root: the nearest folder from `cwd` upwards holding `.git` (a folder, or a
 * file in a worktree or submodule); `cwd` itself outside a repository. Report paths (SARIF,
 * annotations) are relative to it, as code scanning and annotations expect.
 */
export function repositoryRoot(cwd: string): string {
  let folder = path.resolve(cwd)
  for (;;) {
    if (fs.existsSync(path.join(folder, '.git'))) return folder
    const parent = path.dirname(folder)
    if (parent === folder) return path.resolve(cwd)
    folder = parent
  }
}

/** The lines of each file that changed since a git revision: a set of line numbers, or `all` (a new file). */
export type ChangedLines = Map<string, Set<number> | 'all'>

function git(args: readonly string[], cwd: string): string {
  const run = spawnSync('git', args, {cwd, encoding: 'utf8', maxBuffer: 1 << 30})
  if (run.error) throw new UsageError(`--diff needs git: ${run.error.message}`)
  if (run.status !== 0) throw new UsageError(`--diff: git ${args.slice(0, 2).join(' ')} failed: ${run.stderr.trim().split('\n')[0] ?? ''}`)
  return run.stdout
}

/**
 * Lines added or changed since `base` (a commit, branch or tag) in the working tree, from
 * `git diff -U0 base`, plus every line of files git does not track yet. Paths are absolute.
 */
export function changedLines(base: string, cwd: string): ChangedLines {
  const top = git(['rev-parse', '--show-toplevel'], cwd).trim()
  const changed: ChangedLines = new Map()
  const diff = git(['diff', '-U0', '--no-color', '--no-ext-diff', '--no-renames', base, '--'], top)
  let current: Set<number> | undefined
  for (const line of diff.split('\n')) {
    if (line.startsWith('+++ ')) {
      const name = line.slice(4)
      current = undefined
      if (name === '/dev/null') continue
      const file = path.resolve(top, unquote(name).replace(/^b\//u, ''))
      current = new Set()
      changed.set(file, current)
    } else if (current && line.startsWith('@@')) {
      const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/u.exec(line)
      if (!hunk) continue
      const start = Number(hunk[1])
      const count = hunk[2] === undefined ? 1 : Number(hunk[2])
      for (let n = start; n < start + count; n++) current.add(n)
    }
  }
  for (const name of git(['ls-files', '--others', '--exclude-standard', '-z'], top).split('\0')) {
    if (name) changed.set(path.resolve(top, name), 'all')
  }
  return changed
}

/** git quotes paths with unusual characters: "b/caf\303\251.md". */
function unquote(name: string): string {
  if (!name.startsWith('"')) return name
  const bytes: number[] = []
  const body = name.slice(1, -1)
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!
    if (c !== '\\') {
      bytes.push(...Buffer.from(c))
      continue
    }
    const next = body[++i]!
    if (/[0-7]/u.test(next)) {
      bytes.push(Number.parseInt(body.slice(i, i + 3), 8))
      i += 2
    } else bytes.push(({n: 10, t: 9, '"': 34, '\\': 92} as Record<string, number>)[next] ?? next.charCodeAt(0))
  }
  return Buffer.from(bytes).toString('utf8')
}
