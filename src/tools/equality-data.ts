import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {EQUALITY_DATA_FILE, type EqualityData} from '../rules/equality-data.js'

interface UpstreamPattern {
  id: string
  inconsiderate: Record<string, string>
  considerate?: Record<string, string>
  note?: string
}

/**
 * Writes rules/retext-equality.json: retext-equality's English patterns as slant's rule data,
 * at build time, so nothing resolves that package at run time (the language server bundled in
 * the editor extension has no node_modules). The package generates its pattern list from its
 * YAML data when it is published (`lib/patterns-en.js`, beside its exported entry point); this
 * keeps the fields slant's `equality` rule reads, for every pattern (a config may list any id).
 */
const entry = fileURLToPath(import.meta.resolve('retext-equality'))
const lib = path.dirname(entry)
const manifest = JSON.parse(fs.readFileSync(path.join(lib, '..', 'package.json'), 'utf8')) as {name: string; version: string}
const {patterns} = (await import(pathToFileURL(path.join(lib, 'patterns-en.js')).href)) as {patterns: UpstreamPattern[]}

const data: EqualityData = {
  generatedFrom: `${manifest.name}@${manifest.version} (lib/patterns-en.js) by src/tools/equality-data.ts`,
  patterns: patterns.map((pattern) => ({
    id: pattern.id,
    inconsiderate: Object.keys(pattern.inconsiderate),
    considerate: Object.keys(pattern.considerate ?? {}),
    ...(pattern.note ? {note: pattern.note} : {})
  }))
}
fs.writeFileSync(EQUALITY_DATA_FILE, `${JSON.stringify(data, null, 1)}\n`)
