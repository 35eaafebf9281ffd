import fs from 'node:fs'
import {DataError, object, parseYaml, string} from '../data/validate.js'
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
  table = genres
  return genres
}

export function genreNames(): string[] {
  return [...loadGenres().keys()]
}

/** Checks a genre name (from config or front matter). */
export function checkGenre(name: unknown, file: string): string {
  const genre = string(name, file, '`genre`')
  if (!loadGenres().has(genre)) throw new DataError(file, `unknown genre \`${genre}\` (expected ${genreNames().join(', ')})`)
  return genre
}

/**
 * The rule settings for a genre: the genre's changes applied to the rules that are on. A rule
 * the preset leaves off stays off; a change without a severity keeps the preset's severity.
 */
export function applyGenre(rules: ReadonlyMap<string, RuleSetting>, name: string): Map<string, RuleSetting> {
  const specs = loadRuleSpecs()
  const result = new Map(rules)
  for (const [id, value] of Object.entries(loadGenres().get(name)?.rules ?? {})) {
    const spec = specs.get(id)
    if (!spec) throw new DataError(FILE, `unknown rule \`${id}\` in genre \`${name}\``)
    const current = result.get(id)
    if (!current || current.severity === 'off') continue
    const change = parseSetting(value, spec, FILE)
    const keepsSeverity = value !== null && typeof value === 'object' && !Array.isArray(value) && !('severity' in value)
    result.set(id, mergeSetting(current, keepsSeverity ? {...change, severity: current.severity} : change))
  }
  return result
}
