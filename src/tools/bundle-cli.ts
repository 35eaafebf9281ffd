import {build, type Plugin} from 'esbuild'
import {fileURLToPath} from 'node:url'

/** vfile-reporter's `string-width` import gets slant's ASCII fast path (report/string-width.ts). */
const fastStringWidth: Plugin = {
  name: 'fast-string-width',
  setup(bundle) {
    const path = fileURLToPath(new URL('../report/string-width.js', import.meta.url))
    // esbuild runs the filter in Go: no `u` flag.
    bundle.onResolve({filter: /^string-width$/}, (args) => (/[\\/]vfile-reporter[\\/]/u.test(args.importer) ? {path} : undefined))
  }
}

/**
 * Bundles the command and its `--jobs` worker into dist/bin/: loading some 300 ES modules
 * (micromark alone is dozens) was half of a cold start. The bundles sit one folder below dist/,
 * like every compiled module, so their `import.meta.url` paths to rules/, presets/ and
 * yaml-cache.json resolve the same way. wink-nlp and its model stay external (CommonJS, loaded
 * on first use by src/language/wink-library.ts from the package's dependencies).
 */
await build({
  entryPoints: ['dist/cli/index.js', 'dist/cli/lint-worker.js'],
  outdir: 'dist/bin',
  bundle: true,
  platform: 'node',
  format: 'esm',
  // es2023 (Node 20's language), not `node20`: for a Node target esbuild rewrites every `\p{…}`
  // regular expression literal as `new RegExp(…)`, compiled again on each evaluation in hot loops.
  target: 'es2023',
  external: ['wink-nlp', 'wink-eng-lite-web-model'],
  // CommonJS dependencies (yaml, loaded lazily) need `require` inside an ES module.
  banner: {js: "import {createRequire as __slantRequire} from 'node:module'; const require = __slantRequire(import.meta.url);"},
  plugins: [fastStringWidth],
  logLevel: 'warning'
})
