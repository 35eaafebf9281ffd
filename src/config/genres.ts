import fs from 'node:fs'
import {errorAt, keyPath, object, oneOfAt, parseYaml, string} from '../data/validate.js'
import {loadRuleSpecs} from '../rules/spec.js'
import {PRESETS_DIR} from './presets.js'
import {mergeSetting, parseSetting, type RuleSetting} from './settings.js'

/** What kind of piece a draft is: it changes which judgements apply (table in presets/genres.yml). */
export interface Genre {
  name: string
  description: string
  /** Changes to rules that are on: a severity (`off`, `info`, …), or voices and options. */
  rules: Record<string, unknown>
}

const FILE = `${PRESETS_DIR}genres.yml`
let table: ReadonlyMap<string, Genre> | undefined

export function loadGenres(): ReadonlyMap<string, Genre> {
  if (table) return table
  const data = object(parseYaml(fs.readFileSync(FILE, 'utf8'), FILE), FILE, 'genres')
  const genres = new Map<string, Genre>()
  for (const [name, raw] of Object.entries(object(data.genres, FILE, 'genres'))) {
    const genre = object(raw, FILE, `genre \`${name}\``)
    genres.set(name, {
      name,
      description: string(genre.description ?? '', FILE, 'description').trim(),
      rules: genre.rules === undefined || genre.rules === null ? {} : object(genre.rules, FILE, `rules of \`${name}\``)
    })
  }
  // Every change names a rule and is a valid setting for it: checked when the table is read.
  const specs = loadRuleSpecs()
  for (const genre of genres.values()) {
    for (const [id, value] of Object.entries(genre.rules)) {
      const at = keyPath(keyPath(keyPath('genres', genre.name), 'rules'), id)
      const spec = specs.get(id)
      if (!spec) throw errorAt(FILE, at, 'unknown rule')
      parseSetting(value, spec, FILE, at)
    }
  }
  table = genres
  return genres
}

export function genreNames(): string[] {
  return [...loadGenres().keys()]
}

/** Checks a genre name (from config or front matter). */
export function checkGenre(name: unknown, file: string, path = 'genre'): string {
  return oneOfAt(name, genreNames(), file, path)
}

/**
 * The rule settings for a genre: the genre's changes applied to the rules that are on. A rule
 * the preset leaves off stays off; a change without a severity keeps the preset's severity.
 */
export function applyGenre(rules: ReadonlyMap<string, RuleSetting>, name: string): Map<string, RuleSetting> {
  const specs = loadRuleSpecs()
  const result = new Map(rules)
  for (const [id, value] of Object.entries(loadGenres().get(name)?.rules ?? {})) {
    const spec = specs.get(id)!
    const current = result.get(id)
    if (!current || current.severity === 'off') continue
    const change = parseSetting(value, spec, FILE, keyPath(keyPath(keyPath('genres', name), 'rules'), id))
    const keepsSeverity = value !== null && typeof value === 'object' && !Array.isArray(value) && !('severity' in value)
    result.set(id, mergeSetting(current, keepsSeverity ? {...change, severity: current.severity} : change))
  }
  return result
}
