// What `npm pack` would publish: the built code, data, docs, schema and licence; no build
// tools, sources, tests or source maps (nothing that points at src/, which is not shipped).
import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {describe, it} from 'node:test'
import {fileURLToPath} from 'node:url'

const repo = fileURLToPath(new URL('..', import.meta.url))
const manifest = JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8'))

describe('npm pack', () => {
  const npm = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {cwd: repo, encoding: 'utf8', timeout: 120000})
  const files = npm.status === 0 ? JSON.parse(npm.stdout)[0].files.map((f) => f.path) : []

  it('packs', () => assert.equal(npm.status, 0, npm.stderr))

  it('ships the entry points, types, bins, data, schema, docs and licence', () => {
    const targets = [...Object.values(manifest.bin), manifest.types, ...Object.values(manifest.exports).flatMap((e) => [e.types, e.default])].map((p) =>
      p.replace(/^\.\//u, '')
    )
    for (const file of [
      ...targets,
      'LICENSE',
      'README.md',
      'package.json',
      'rules/retext-equality.json',
      'dist/yaml-cache.json',
      'schema/slantrc.schema.json',
      'presets/ap.yml',
      'docs/api.md'
    ]) {
      assert.ok(files.includes(file), `${file} is packed`)
    }
  })

  it('leaves out build tools, sources, tests and source maps', () => {
    const unwanted = files.filter(
      (f) => /^(src|test|bench|editors|test-browser|scratch|\.ci)\//u.test(f) || f.startsWith('dist/tools/') || f.endsWith('.map') || f === 'tsconfig.json'
    )
    assert.deepEqual(unwanted, [])
    const mapped = files.filter((f) => f.endsWith('.js') && fs.readFileSync(path.join(repo, f), 'utf8').includes('sourceMappingURL='))
    assert.deepEqual(mapped, [])
  })

  it('has the fields a registry page needs', () => {
    assert.equal(manifest.license, 'MIT')
    assert.match(fs.readFileSync(path.join(repo, 'LICENSE'), 'utf8'), /^MIT License/u)
    for (const field of ['repository', 'homepage', 'bugs', 'types', 'description', 'engines']) assert.ok(manifest[field], field)
    // Build-time only: the patterns are generated into rules/ by the build.
    assert.equal(manifest.dependencies['retext-equality'], undefined)
  })
})
