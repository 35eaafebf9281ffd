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

// The server reads rules/ and presets/ two folders above its own file, as in the package.
const out = path.join(here, 'slant')
fs.rmSync(out, {recursive: true, force: true})
await build({
  entryPoints: [server],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node18',
  outfile: path.join(out, 'dist/server/server.mjs'),
  // CommonJS dependencies call require(): give the ES module one.
  banner: {js: "import {createRequire as __slantRequire} from 'node:module'; const require = __slantRequire(import.meta.url);"},
  logLevel: 'warning'
})
for (const folder of ['rules', 'presets']) {
  fs.cpSync(path.join(root, folder), path.join(out, folder), {recursive: true, filter: (src) => !src.endsWith('README.md')})
}
console.log('built out/extension.js and slant/dist/server/server.mjs')
