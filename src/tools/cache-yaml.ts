import fs from 'node:fs'
import {CACHE_FILE, hashText, yamlLibrary} from '../data/yaml-cache.js'
import {PRESETS_DIR} from '../config/presets.js'
import {RULES_DIR} from '../rules/spec.js'

/**
 * Writes dist/yaml-cache.json: the parsed value of every rule and preset YAML file, by hash of
 * its text (see data/yaml-cache.ts). A file that does not parse is left out, so slant reports
 * its error at run time as usual.
 */
const entries: Record<string, unknown> = {}
for (const dir of [RULES_DIR, PRESETS_DIR, `${PRESETS_DIR}packs/`]) {
  for (const name of fs.readdirSync(dir)) {
    if (!/\.ya?ml$/u.test(name)) continue
    const text = fs.readFileSync(dir + name, 'utf8')
    const doc = yamlLibrary().parseDocument(text, {uniqueKeys: true})
    if (doc.errors.length === 0) entries[hashText(text)] = doc.toJS()
  }
}
fs.writeFileSync(CACHE_FILE, JSON.stringify(entries))
