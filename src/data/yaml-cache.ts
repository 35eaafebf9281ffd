import {createHash} from 'node:crypto'
import fs from 'node:fs'
import {fileURLToPath} from 'node:url'

/**
 * Parsed YAML by content hash. Parsing the rule and preset YAML took most of a cold start
 * (about 0.8 s of 1.1 s on a 1 KB draft), so the build stores every shipped data file's parsed
 * value in `dist/yaml-cache.json` (`npm run build` runs `tools/cache-yaml`). The key is a
 * hash of the text, so a file edited since the build simply misses and is parsed again.
 */
export const CACHE_FILE = fileURLToPath(new URL('../yaml-cache.json', import.meta.url))

let cache: Map<string, unknown> | undefined

export function hashText(text: string): string {
  return createHash('sha1').update(text).digest('base64')
}

export function cachedYaml(text: string): {value: unknown} | undefined {
  if (!cache) {
    cache = new Map()
    try {
      cache = new Map(Object.entries(JSON.parse(fs.readFileSync(CACHE_FILE, 'utf8')) as Record<string, unknown>))
    } catch {
      // No cache (a build without the cache step): every file is parsed.
    }
  }
  const key = hashText(text)
  return cache.has(key) ? {value: structuredClone(cache.get(key))} : undefined
}

export {yamlLibrary} from './yaml-library.js'
