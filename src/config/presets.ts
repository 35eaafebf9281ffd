import fs from 'node:fs'
import {fileURLToPath} from 'node:url'
import {array, DataError, errorAt, guide, object, oneOf, parseYaml, string, type GuideSource} from '../data/validate.js'
import type {AttributionSettings} from '../voice/attribution.js'

export const PRESETS_DIR = fileURLToPath(new URL('../../presets/', import.meta.url))
/** Topic packs live in `presets/packs/` and are named `packs/<name>`. */
const PACKS = 'packs'

/** A house style (`preset`), an add-on layer over any preset (`layer`), or a topic pack (`pack`). */
export type PresetKind = 'preset' | 'layer' | 'pack'

/** One `presets/*.yml` or `presets/packs/*.yml` file (format in presets/README.md). */
export interface PresetData {
  name: string
  file: string
  kind: PresetKind
  title: string
  description: string
  extends: string[]
  /** The guides the preset follows; each term names its own guide too. */
  sources: GuideSource[]
  rules: Record<string, unknown>
  attribution: AttributionSettings
  /** Run as tests under this preset: `fire` examples must be flagged exactly on their marks. */
  examples: {fire: string[]; clean: string[]}
}

const cache = new Map<string, PresetData>()
let names: string[] | undefined

/** Every preset, layer and pack name: `ap`, …, `packs/middle-east`, …. */
export function presetNames(): string[] {
  if (names) return names
  const inFolder = (folder: string) =>
    fs
      .readdirSync(folder)
      .filter((name) => name.endsWith('.yml') && name !== 'genres.yml')
      .map((name) => name.slice(0, -4))
      .sort()
  names = [...inFolder(PRESETS_DIR), ...inFolder(`${PRESETS_DIR}${PACKS}/`).map((name) => `${PACKS}/${name}`)]
  return names
}

export function loadPreset(name: string, from = 'preset', path = 'preset'): PresetData {
  const cached = cache.get(name)
  if (cached) return cached
  if (!presetNames().includes(name)) throw errorAt(from, path, `unknown preset \`${name}\` (expected one of ${presetNames().join(', ')})`)
  const file = `${PRESETS_DIR}${name}.yml`
  const data = object(parseYaml(fs.readFileSync(file, 'utf8'), file), file, 'preset')
  const kind = oneOf(data.kind ?? 'preset', ['preset', 'layer', 'pack'] as const, file, 'kind')
  if ((kind === 'pack') !== name.startsWith(`${PACKS}/`)) throw new DataError(file, `a pack lives in presets/${PACKS}/ and says \`kind: pack\``)
  const examples = data.examples === undefined ? {} : object(data.examples, file, 'examples')
  const texts = (value: unknown, what: string) => (value === undefined ? [] : array(value, file, what).map((v) => string(v, file, what)))
  const preset: PresetData = {
    name,
    file,
    kind,
    title: string(data.title ?? name, file, 'title'),
    description: string(data.description ?? '', file, 'description').trim(),
    extends: presetList(data.extends, file, 'extends'),
    sources: data.sources === undefined ? [] : array(data.sources, file, 'sources').map((s) => guide(s, file)),
    rules: data.rules === undefined ? {} : object(data.rules, file, 'rules'),
    attribution: data.attribution === undefined ? {} : (object(data.attribution, file, 'attribution') as AttributionSettings),
    examples: {fire: texts(examples.fire, 'examples.fire'), clean: texts(examples.clean, 'examples.clean')}
  }
  cache.set(name, preset)
  return preset
}

/** `ap`, `ap,inclusive` or `[ap, inclusive, packs/middle-east]`. */
export function presetList(value: unknown, file: string, what: string): string[] {
  if (value === undefined || value === null) return []
  if (typeof value === 'string')
    return value
      .split(',')
      .map((v) => v.trim())
      .filter(Boolean)
  if (Array.isArray(value)) return value.map((v) => string(v, file, what))
  throw new DataError(file, `expected ${what} to be a name or a list of names`)
}
