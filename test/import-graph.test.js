import assert from 'node:assert/strict'
import fs from 'node:fs'
import path from 'node:path'
import {test} from 'node:test'
import {fileURLToPath} from 'node:url'

/**
 * The layers of src/, lowest first: the one place the allowed import directions are written.
 * A module may import modules of its own layer and of the layers below it, never above. Faces
 * (the command line, the language server, the API's `index.ts`, the build tools) never import
 * each other. A path
 * ending in `/` names a folder; otherwise a single module. Type-only imports count too.
 * @type {Array<[string, string[]]>}
 */
export const LAYERS = [
  ['ground', ['data/', 'message.ts', 'constants.ts']],
  ['parse', ['parse/']],
  ['analysis', ['match/', 'voice/', 'language/', 'sources/', 'analysis.ts']],
  ['rules', ['rules/']],
  ['config', ['config/']],
  ['engine', ['engine/', 'processor.ts', 'plugins/']],
  ['report', ['report/', 'fix/']],
  ['face', ['cli/', 'server/', 'tools/', 'index.ts']]
]
const FACE = 'face'

const SRC = fileURLToPath(new URL('../src/', import.meta.url))

function sources(folder) {
  return fs.readdirSync(folder, {withFileTypes: true}).flatMap((entry) => {
    const full = path.join(folder, entry.name)
    if (entry.isDirectory()) return sources(full)
    return entry.name.endsWith('.ts') ? [full] : []
  })
}

/** Module path relative to src/, with `/` separators and the `.ts` extension. */
function relative(file) {
  return path.relative(SRC, file).split(path.sep).join('/')
}

function layerOf(module) {
  for (const [index, [name, members]] of LAYERS.entries()) {
    if (members.some((member) => (member.endsWith('/') ? module.startsWith(member) : module === member))) return {index, name, folder: module.split('/')[0]}
  }
  return undefined
}

/** Relative imports of a TypeScript module: static, re-exports, side-effect and dynamic. */
function importsOf(text) {
  const specifiers = []
  const pattern = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|\n)\s*import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gu
  for (const match of text.matchAll(pattern)) {
    const specifier = match[1] ?? match[2] ?? match[3]
    if (specifier.startsWith('.')) specifiers.push(specifier)
  }
  return specifiers
}

function graph() {
  const edges = []
  for (const file of sources(SRC)) {
    const from = relative(file)
    for (const specifier of importsOf(fs.readFileSync(file, 'utf8'))) {
      const to = relative(path.resolve(path.dirname(file), specifier.replace(/\.js$/u, '.ts')))
      edges.push({from, to})
    }
  }
  return edges
}

test('every module of src/ belongs to a layer', () => {
  const unplaced = sources(SRC)
    .map(relative)
    .filter((module) => !layerOf(module))
  assert.deepEqual(unplaced, [])
})

test('no import runs upward, and faces never import each other', () => {
  const wrong = []
  for (const {from, to} of graph()) {
    const a = layerOf(from)
    const b = layerOf(to)
    assert.ok(a, `${from} is in no layer`)
    assert.ok(b, `${from} imports ${to}, which is in no layer`)
    if (b.index > a.index) wrong.push(`${from} (${a.name}) imports ${to} (${b.name}): upward`)
    else if (a.name === FACE && b.name === FACE && a.folder !== b.folder) wrong.push(`${from} imports ${to}: face to face`)
  }
  assert.deepEqual(wrong, [])
})

test('the import reader sees every kind of import', () => {
  const text =
    "import a from './a.js'\nimport type {B} from '../b.js'\nexport {c} from './c.js'\nimport './d.js'\nconst e = await import('./e.js')\nimport x from 'node:fs'"
  assert.deepEqual(importsOf(text), ['./a.js', '../b.js', './c.js', './d.js', './e.js'])
})

test('the graph check catches an upward import', () => {
  /** @param {string} module */
  const layer = (module) => {
    const found = layerOf(module)
    assert.ok(found, `${module} is in no layer`)
    return found
  }
  assert.equal(layer('rules/index.ts').index < layer('config/settings.ts').index, true)
  assert.equal(layer('cli/index.ts').name, FACE)
  assert.equal(layer('data/validate.ts').name, 'ground')
})
