import {build} from 'esbuild'

/**
 * Bundles the command and its `--jobs` worker into dist/bin/: loading some 300 ES modules
 * (micromark alone is dozens) was half of a cold start. The bundles sit one folder below dist/,
 * like every compiled module, so their `import.meta.url` paths to rules/, presets/ and
 * yaml-cache.json resolve the same way. retext-equality stays external: its pattern list is
 * loaded from beside its entry point.
 */
await build({
  entryPoints: ['dist/cli/index.js', 'dist/cli/lint-worker.js'],
  outdir: 'dist/bin',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['retext-equality'],
  // CommonJS dependencies (yaml, loaded lazily) need `require` inside an ES module.
  banner: {js: "import {createRequire as __slantRequire} from 'node:module'; const require = __slantRequire(import.meta.url);"},
  logLevel: 'warning'
})
