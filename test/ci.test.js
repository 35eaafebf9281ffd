// slant in CI at scale: several reports in one run, file lists instead of argument lists,
// --max-warnings, empty matches, report paths from the repository root, SARIF invocations and
// tool notifications, rule levels as applied, changed-lines mode (--diff), the GitHub Action's
// script against a fixture repository, and the pre-commit hook.
import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {describe, it} from 'node:test'
import {fileURLToPath} from 'node:url'
import YAML from 'yaml'
import {bin, folder, slant} from './cli-helpers.js'
import {sarifValidator} from './sarif.js'

const repo = fileURLToPath(new URL('..', import.meta.url))
const validSarif = sarifValidator()

/** @param {string} text */
function assertSarif(text) {
  const log = JSON.parse(text)
  assert.ok(validSarif(log), JSON.stringify(validSarif.errors, null, 2))
  return log
}

function git(cwd, ...args) {
  const r = spawnSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org'}
  })
  assert.equal(r.status, 0, r.stderr)
  return r.stdout.trim()
}

/** A git repository with `files` committed. */
function repository(files) {
  const dir = folder(files)
  git(dir, 'init', '-q', '-b', 'main')
  git(dir, 'add', '-A')
  git(dir, 'commit', '-q', '-m', 'base')
  return dir
}

const annotations = (stdout) => stdout.split('\n').filter((l) => l.startsWith('::'))

describe('several reports, file lists, limits', () => {
  it('--report FORMAT:FILE is repeatable; --output-file takes the report with no FILE', () => {
    const dir = folder({'a.md': 'A legendary coach.\n'})
    const r = slant(['--report', 'sarif:out/a.sarif', '--report', 'json', '--output-file', 'a.json', '--report', 'github:gh.txt', 'a.md'], {cwd: dir})
    assert.equal(r.code, 2, 'the out/ folder does not exist')
    assert.match(r.stderr, /cannot write the report to .*a\.sarif: ENOENT/)
    fs.mkdirSync(path.join(dir, 'out'))
    const ok = slant(['--report', 'sarif:out/a.sarif', '--report', 'json', '--output-file', 'a.json', '--report', 'github:gh.txt', 'a.md'], {cwd: dir})
    assert.equal(ok.code, 0, ok.stderr)
    assert.equal(ok.stdout, '')
    assert.equal(assertSarif(fs.readFileSync(path.join(dir, 'out/a.sarif'), 'utf8')).runs[0].results.length, 1)
    assert.equal(JSON.parse(fs.readFileSync(path.join(dir, 'a.json'), 'utf8'))[0].messages[0].ruleId, 'puffery')
    assert.equal(annotations(fs.readFileSync(path.join(dir, 'gh.txt'), 'utf8')).length, 1)
  })

  it('refuses two reports on one stream and unknown formats', () => {
    assert.match(slant(['--report', 'json', '--report', 'sarif', 'a.md']).stderr, /only one report can go to standard output/)
    assert.match(slant(['--report', 'xml:out.xml']).stderr, /unknown report `xml`/)
    assert.match(slant(['--report', 'sarif:']).stderr, /expected a file after --report sarif:/)
  })

  it('--files-from FILE and - (standard input), one path a line', () => {
    const dir = folder({'a.md': 'A legendary coach.\n', 'b c.md': 'Critics say so.\n', 'list.txt': 'a.md\r\n\r\nb c.md\n'})
    const ids = (r) => JSON.parse(r.stdout).map((f) => [f.path, f.messages.map((m) => m.ruleId)])
    assert.deepEqual(ids(slant(['--files-from', 'list.txt', '--report', 'json'], {cwd: dir})), [
      ['a.md', ['puffery']],
      ['b c.md', ['weasel']]
    ])
    assert.deepEqual(ids(slant(['--files-from', '-', '--report', 'json'], {cwd: dir, input: 'b c.md\n'})), [['b c.md', ['weasel']]])
    assert.match(slant(['--files-from', 'nope.txt'], {cwd: dir}).stderr, /cannot read --files-from nope\.txt: ENOENT/)
  })

  it('--max-warnings N fails the run past N warnings', () => {
    const dir = folder({'a.md': 'A legendary coach. Critics say so.\n'})
    assert.equal(slant(['--max-warnings', '2', 'a.md'], {cwd: dir}).code, 0)
    assert.equal(slant(['--max-warnings', '1', 'a.md'], {cwd: dir}).code, 1)
    assert.equal(slant(['--max-warnings', 'x', 'a.md'], {cwd: dir}).code, 2)
  })

  it('an empty match exits 2 unless --allow-empty', () => {
    const dir = folder({'a.md': 'Fine.\n', 'empty.txt': '\n'})
    const glob = slant(['drafts/**/*.md'], {cwd: dir})
    assert.equal(glob.code, 2)
    assert.match(glob.stderr, /no drafts to lint: nothing matched drafts\/\*\*\/\*\.md/)
    assert.equal(slant(['--files-from', 'empty.txt'], {cwd: dir}).code, 2)
    const allowed = slant(['--allow-empty', '--report', 'sarif', 'drafts/**/*.md'], {cwd: dir})
    assert.equal(allowed.code, 0)
    assert.deepEqual(assertSarif(allowed.stdout).runs[0].results, [])
    assert.equal(slant(['--allow-empty', '--files-from', 'empty.txt'], {cwd: dir}).code, 0)
  })

  it('--help lists every command', () => {
    const help = slant(['--help']).stdout
    for (const command of ['sources', 'init', 'presets']) assert.match(help, new RegExp(`slant ${command}`))
    for (const flag of ['--files-from', '--max-warnings', '--allow-empty', '--diff', '--output-file']) assert.ok(help.includes(flag), flag)
  })
})

describe('SARIF and annotations for code scanning', () => {
  it('paths from the repository root, no absolute path anywhere, tool problems as notifications, levels as applied', () => {
    const dir = repository({
      'desk/.slantrc.yaml': 'rules:\n  puffery: error\n',
      'desk/a.md': '<!-- slant ignore no-such-rule -->\nA legendary coach. Critics say so.\n',
      'desk/bin.md': Buffer.from([0xff, 0xfe, 0x00, 0x41, 0x00])
    })
    const cwd = path.join(dir, 'desk')
    const r = slant(['--report', 'sarif:out.sarif', '--report', 'github', 'a.md', 'bin.md'], {cwd})
    assert.equal(r.code, 1)
    const text = fs.readFileSync(path.join(cwd, 'out.sarif'), 'utf8')
    for (const output of [text, r.stdout])
      assert.ok(!output.includes(dir) && !output.includes(fs.realpathSync(dir)) && !output.includes('file://'), 'no absolute path')
    const [run] = assertSarif(text).runs
    assert.deepEqual(
      run.artifacts.map((a) => a.location.uri),
      ['desk/a.md', 'desk/bin.md']
    )
    assert.deepEqual(
      run.results.map((x) => x.ruleId),
      ['puffery', 'weasel']
    )
    assert.deepEqual(Object.fromEntries(run.tool.driver.rules.map((rule) => [rule.id, rule.defaultConfiguration.level])), {puffery: 'error', weasel: 'warning'})
    const [invocation] = run.invocations
    assert.equal(invocation.executionSuccessful, false, 'bin.md could not be linted')
    const notes = invocation.toolExecutionNotifications
    assert.equal(notes.length, 2)
    assert.ok(notes.some((n) => n.descriptor?.id === 'known' && /no-such-rule/.test(n.message.text)))
    assert.ok(notes.some((n) => n.level === 'error' && n.locations[0].physicalLocation.artifactLocation.uri === 'desk/bin.md'))
    assert.ok(annotations(r.stdout).every((a) => a.includes('file=desk/')))
  })

  it('executionSuccessful is true when every file was linted; outside a repository, paths are from the working folder', () => {
    const dir = folder({'drafts/a.md': 'A legendary coach.\n'})
    const [run] = assertSarif(slant(['--report', 'sarif', 'drafts'], {cwd: dir}).stdout).runs
    assert.equal(run.invocations[0].executionSuccessful, true)
    assert.deepEqual(run.invocations[0].toolExecutionNotifications, [])
    assert.equal(run.artifacts[0].location.uri, 'drafts/a.md')
  })

  it('lints 3,000 files from --files-from into one valid SARIF document and annotations', () => {
    /** @type {Record<string, string>} */
    const files = {}
    for (let i = 0; i < 3000; i++)
      files[`drafts/${String(i).padStart(4, '0')}.md`] = i % 3 === 0 ? `Story ${i}: a legendary coach.\n` : `Story ${i}: the council met.\n`
    const dir = folder(files)
    fs.writeFileSync(path.join(dir, 'list.txt'), Object.keys(files).join('\n'))
    const r = slant(['--files-from', 'list.txt', '--report', 'sarif:out.sarif', '--report', 'github'], {cwd: dir})
    assert.equal(r.code, 0, r.stderr)
    const [run] = assertSarif(fs.readFileSync(path.join(dir, 'out.sarif'), 'utf8')).runs
    assert.equal(run.artifacts.length, 3000)
    assert.equal(run.results.length, 1000)
    assert.equal(annotations(r.stdout).length, 1000)
  })
})

describe('changed lines (--diff)', () => {
  it('reports only the lines changed since HEAD, or since --diff=BASE, and every line of a new file', () => {
    const dir = repository({'a.md': 'A legendary coach.\n\nCritics say so.\n\nThe council met.\n'})
    const base = git(dir, 'rev-parse', 'HEAD')
    fs.writeFileSync(path.join(dir, 'a.md'), 'A legendary coach.\n\nCritics say so.\n\nThe draconian council met.\n')
    fs.writeFileSync(path.join(dir, 'new.md'), 'A legendary start.\n')
    const ids = (r) => Object.fromEntries(JSON.parse(r.stdout).map((f) => [f.path, f.messages.map((m) => `${m.line}:${m.ruleId}`)]))
    assert.deepEqual(ids(slant(['--diff', '--report', 'json', 'a.md', 'new.md'], {cwd: dir})), {'a.md': ['5:loaded-emotive'], 'new.md': ['1:puffery']})
    git(dir, 'add', '-A')
    git(dir, 'commit', '-q', '-m', 'change')
    assert.deepEqual(ids(slant(['--diff', '--report', 'json', 'a.md'], {cwd: dir})), {'a.md': []})
    assert.deepEqual(ids(slant([`--diff=${base}`, '--report', 'json', 'a.md', 'new.md'], {cwd: dir})), {'a.md': ['5:loaded-emotive'], 'new.md': ['1:puffery']})
    const bad = slant(['--diff=no-such-rev', 'a.md'], {cwd: dir})
    assert.equal(bad.code, 2)
    assert.match(bad.stderr, /--diff: git diff/)
  })
})

describe('GitHub Action and pre-commit hook', () => {
  it('action.yml is a composite action whose script lints the changed drafts of a fixture repository', () => {
    const action = YAML.parse(fs.readFileSync(path.join(repo, 'action.yml'), 'utf8'))
    assert.equal(action.runs.using, 'composite')
    const steps = action.runs.steps
    assert.ok(steps.some((s) => /npm ci/.test(s.run ?? '')))
    assert.ok(steps.some((s) => /action\/lint-changed\.sh/.test(s.run ?? '')))
    assert.ok(steps.some((s) => /upload-sarif/.test(s.uses ?? '')))

    const dir = repository({'docs/story.md': 'A legendary coach.\n\nThe council met.\n', 'notes.txt': 'Critics say so.\n', 'code.js': '// legendary\n'})
    const base = git(dir, 'rev-parse', 'HEAD')
    fs.writeFileSync(path.join(dir, 'docs/story.md'), 'A legendary coach.\n\nSources said the council met.\n')
    fs.writeFileSync(path.join(dir, 'docs/new.md'), 'Unfortunately, it rained.\n')
    fs.writeFileSync(path.join(dir, 'code.js'), '// legendary, draconian\n')
    git(dir, 'add', '-A')
    git(dir, 'commit', '-q', '-m', 'pr')
    const run = (env) =>
      spawnSync(path.join(repo, 'action/lint-changed.sh'), [], {
        cwd: path.join(dir, 'docs'),
        encoding: 'utf8',
        env: {...process.env, SLANT_CLI: bin, SLANT_SARIF: 'slant.sarif', ...env}
      })
    const r = run({SLANT_BASE: base, SLANT_PRESET: 'ap'})
    assert.equal(r.status, 1, r.stderr)
    const [sarif] = assertSarif(fs.readFileSync(path.join(dir, 'docs/slant.sarif'), 'utf8')).runs
    assert.deepEqual(
      sarif.results.map((x) => `${x.locations[0].physicalLocation.artifactLocation.uri}:${x.locations[0].physicalLocation.region.startLine}:${x.ruleId}`),
      ['docs/new.md:1:editorializing', 'docs/story.md:3:anonymous-source']
    )
    assert.deepEqual(
      annotations(r.stdout).map((a) => a.split(' ')[0]),
      ['::warning', '::error']
    )
    // No base (a first push): the previous commit.
    const first = run({SLANT_BASE: '0000000000000000000000000000000000000000'})
    assert.equal(first.status, 0, first.stderr)
    // Nothing changed: a clean, empty report.
    const none = run({SLANT_BASE: 'HEAD'})
    assert.equal(none.status, 0, none.stderr)
    assert.deepEqual(JSON.parse(fs.readFileSync(path.join(dir, 'docs/slant.sarif'), 'utf8')).runs[0].results, [])
  })

  it('.pre-commit-hooks.yaml runs the slant command on the staged drafts it selects', () => {
    const [hook] = YAML.parse(fs.readFileSync(path.join(repo, '.pre-commit-hooks.yaml'), 'utf8'))
    assert.equal(hook.id, 'slant')
    assert.equal(hook.language, 'node')
    const manifest = JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8'))
    assert.ok(manifest.bin[hook.entry], 'the entry is a command the package installs')
    const selects = new RegExp(hook.files, 'u')
    assert.deepEqual(
      ['a.md', 'b.markdown', 'c.txt', 'd.js', 'e.md.bak'].filter((f) => selects.test(f)),
      ['a.md', 'b.markdown', 'c.txt']
    )
    // pre-commit appends the selected file names to the entry.
    const dir = folder({'a.md': 'Troops entered Kiev.\n', 'c.txt': 'The council met.\n', '.slantrc.yaml': 'preset: ap\nrules:\n  house-ap: error\n'})
    const failing = spawnSync(process.execPath, [bin, 'a.md', 'c.txt'], {cwd: dir, encoding: 'utf8'})
    assert.equal(failing.status, 1)
    assert.match(failing.stdout, /Kiev/)
    assert.equal(spawnSync(process.execPath, [bin, 'c.txt'], {cwd: dir}).status, 0)
  })
})
