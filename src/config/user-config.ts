import {checkKeys, keyPath, listAt, mappingAt, textAt} from '../data/validate.js'
import type {AttributionSettings} from '../voice/attribution.js'
import {checkGenre} from './genres.js'
import type {UserConfig} from './settings.js'
import {validateVocabulary} from './vocabulary.js'

const KEYS = ['preset', 'rules', 'attribution', 'genre', 'prefer', 'avoid', 'allow']

/**
 * Checks the shape of a user config (a file's, `package.json#slant` at `base: 'slant'`, or the
 * API's options), naming the key path of the first problem; the rule settings are checked
 * when presets resolve.
 */
export function validateConfig(raw: unknown, file: string, base = ''): UserConfig {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return mappingAt(raw, file, base === '' ? 'the configuration' : base)
  const data = raw as Record<string, unknown>
  checkKeys(data, KEYS, file, base, 'setting')
  const config: UserConfig = {}
  if (data.preset !== undefined) {
    const at = keyPath(base, 'preset')
    if (Array.isArray(data.preset)) config.preset = data.preset.map((p, i) => textAt(p, file, keyPath(at, i)))
    else config.preset = textAt(data.preset, file, at)
  }
  if (data.rules !== undefined) config.rules = mappingAt(data.rules, file, keyPath(base, 'rules'))
  if (data.attribution !== undefined) config.attribution = validateAttribution(data.attribution, file, keyPath(base, 'attribution'))
  if (data.genre !== undefined) config.genre = checkGenre(data.genre, file, keyPath(base, 'genre'))
  return {...config, ...validateVocabulary(data, file, base)}
}

function validateAttribution(raw: unknown, file: string, path: string): AttributionSettings {
  const data = mappingAt(raw, file, path)
  checkKeys(data, ['verbs'], file, path, 'setting')
  if (data.verbs === undefined) return {}
  const at = keyPath(path, 'verbs')
  const verbs = listAt(data.verbs, file, at)
  // A loop, not map(): a list of a million verbs is fine.
  for (let i = 0; i < verbs.length; i++) textAt(verbs[i], file, keyPath(at, i))
  return {verbs: verbs as string[]}
}
