// Builds the extension: the client bundled to out/extension.js, and a copy of the slant
// language server (bundled, with the rule data and presets it reads at run time) under slant/.
import {build} from 'esbuild'
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))
const root = path.resolve(here, '../..')
const server = path.join(root, 'dist/server/index.js')
if (!fs.existsSync(server)) {
  console.error('build.mjs: dist/server/index.js is missing; run `npm run build` at the repository root first')
  process.exit(1)
}

await build({
  entryPoints: [path.join(here, 'src/extension.ts')],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node18',
  external: ['vscode'],
  outfile: path.join(here, 'out/extension.js'),
  logLevel: 'warning'
})

/**
 * The server must not resolve any package at run time (an installed extension has no
 * node_modules): each of slant's lazy loaders (`src/data/yaml-library.ts`,
 * `src/language/wink-library.ts`) is replaced by a module with the same export that imports
 * the package statically, so the package goes into the bundle.
 */
function bundleLibrary(name, contents) {
  const filter = new RegExp(`[\\\\/]${name}\\.js$`)
  return {
    name: `bundle-${name}`,
    setup(bundle) {
      bundle.onResolve({filter}, (args) => ({path: path.resolve(args.resolveDir, args.path), namespace: name}))
      bundle.onLoad({filter: /.*/, namespace: name}, () => ({contents, resolveDir: root, loader: 'js'}))
    }
  }
}

const libraries = [
  bundleLibrary('yaml-library', "import * as yaml from 'yaml'\nexport function yamlLibrary() { return yaml }\n"),
  bundleLibrary('wink-library', "import winkNlp from 'wink-nlp'\nimport model from 'wink-eng-lite-web-model'\nexport function winkLibrary() { return {winkNlp, model} }\n")
]

// The server and its lint worker (which it finds beside itself as lint-worker.mjs), sharing
// their common code in chunks. They read rules/ and presets/ two folders above their own file,
// as in the package, and the parsed-YAML cache one folder above; schema/ is for the
// jsonValidation and yamlValidation contributions.
const out = path.join(here, 'slant')
fs.rmSync(out, {recursive: true, force: true})
await build({
  entryPoints: {server, 'lint-worker': path.join(root, 'dist/server/lint-worker.js')},
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  // A language level, not `node18`: for a Node target esbuild rewrites every `\p{…}` regular
  // expression literal as `new RegExp(…)`, compiled again on each evaluation in hot loops.
  target: 'es2022',
  outdir: path.join(out, 'dist/server'),
  outExtension: {'.js': '.mjs'},
  // CommonJS dependencies call require(): give the ES module one.
  banner: {js: "import {createRequire as __slantRequire} from 'node:module'; const require = __slantRequire(import.meta.url);"},
  plugins: libraries,
  logLevel: 'warning'
})
fs.copyFileSync(path.join(root, 'dist/yaml-cache.json'), path.join(out, 'dist/yaml-cache.json'))
for (const folder of ['rules', 'presets', 'schema']) {
  fs.cpSync(path.join(root, folder), path.join(out, folder), {recursive: true, filter: (src) => !src.endsWith('README.md')})
}
console.log('built out/extension.js and slant/dist/server/server.mjs with lint-worker.mjs')
