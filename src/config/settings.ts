import {DEFAULT_GENRE, DEFAULT_PRESET} from '../constants.js'
import {DataError, object, string} from '../data/validate.js'
import {loadRuleSpecs, type RuleSetting, type RuleSpec, type Severity, type VoicePolicy} from '../rules/spec.js'
import {checkGenre} from './genres.js'
import {loadPreset, presetList, type PresetData} from './presets.js'
import {HOUSE_RULE, houseRule, type Vocabulary} from './vocabulary.js'
import type {AttributionSettings} from '../voice/attribution.js'
import type {Voice} from '../voice/voice.js'

export type {RuleSetting}

/** What a user writes (in `.slantrc*`, `package.json#slant` or the API). */
export interface UserConfig extends Vocabulary {
  preset?: string | string[]
  rules?: Record<string, unknown>
  attribution?: AttributionSettings
  /** The kind of piece when its front matter does not say (`news`, `opinion`, …). */
  genre?: string
}

/** Configuration after presets and overrides are applied. */
export interface ResolvedConfig {
  presets: string[]
  rules: Map<string, RuleSetting>
  attribution: AttributionSettings
  /** The genre of drafts whose front matter names none. */
  genre: string
  /** `house-custom` with the config's `prefer` and `avoid` terms, when it has any. */
  house?: RuleSpec
  /** Phrases no rule may flag. */
  allow: string[]
}

/**
 * Applies presets (each after the presets it extends; later presets win), then the user's rule
 * settings. Every rule no preset mentions is off, except `house-custom` when the user's config
 * has vocabulary of its own.
 */
export function resolveConfig(config: UserConfig = {}, file = 'configuration'): ResolvedConfig {
  const specs = loadRuleSpecs()
  // No preset given means the default; an explicit empty list means none at all.
  const presets = presetList(config.preset ?? DEFAULT_PRESET, file, 'preset')
  const order: PresetData[] = []
  const visit = (name: string, from: string, trail: string[]): void => {
    if (trail.includes(name)) throw new DataError(from, `preset \`${name}\` extends itself (${[...trail, name].join(' → ')})`)
    const preset = loadPreset(name, from)
    for (const parent of preset.extends) visit(parent, preset.file, [...trail, name])
    if (!order.includes(preset)) order.push(preset)
  }
  for (const name of presets) visit(name, file, [])

  const rules = new Map<string, RuleSetting>()
  const attribution: {verbs: string[]} = {verbs: []}
  const apply = (values: Record<string, unknown>, from: string): void => {
    for (const [id, value] of Object.entries(values)) {
      const spec = specs.get(id)
      if (!spec) throw new DataError(from, `unknown rule \`${id}\``)
      rules.set(id, mergeSetting(rules.get(id), parseSetting(value, spec, from)))
    }
  }
  for (const preset of order) {
    apply(preset.rules, preset.file)
    for (const verb of preset.attribution.verbs ?? []) attribution.verbs.push(verb)
  }
  if (config.rules !== undefined) apply(object(config.rules, file, 'rules'), file)
  // One at a time: spreading a user's list into push() overflows the stack past ~100k entries.
  for (const verb of config.attribution?.verbs ?? []) attribution.verbs.push(string(verb, file, 'attribution.verbs'))
  const resolved: ResolvedConfig = {
    presets,
    rules,
    attribution,
    genre: config.genre === undefined ? DEFAULT_GENRE : checkGenre(config.genre, file),
    allow: config.allow ?? []
  }
  const house = houseRule(specs.get(HOUSE_RULE)!, config, file)
  if (house) {
    resolved.house = house
    if (!rules.has(HOUSE_RULE)) rules.set(HOUSE_RULE, parseSetting('on', house, file))
  }
  return resolved
}

const SEVERITY_WORDS: Record<string, Severity | 'off' | 'default'> = {
  off: 'off',
  false: 'off',
  '0': 'off',
  on: 'default',
  true: 'default',
  '1': 'warning',
  warn: 'warning',
  warning: 'warning',
  info: 'info',
  suggestion: 'info',
  '2': 'error',
  error: 'error'
}

/** `off` | `warn` | `error` | `info` | `[severity, options]` | `{severity, voices, …options}`. */
export function parseSetting(value: unknown, spec: RuleSpec, file: string): RuleSetting {
  const severityOf = (v: unknown): Severity | 'off' => {
    const word = SEVERITY_WORDS[String(v)]
    if (word === undefined || (typeof v !== 'string' && typeof v !== 'boolean' && typeof v !== 'number')) {
      throw new DataError(file, `unexpected setting ${JSON.stringify(v)} for rule \`${spec.id}\`, expected off, info, warn, error or [severity, options]`)
    }
    return word === 'default' ? spec.severity : word
  }
  if (Array.isArray(value)) {
    if (value.length === 0 || value.length > 2) throw new DataError(file, `expected [severity, options] for rule \`${spec.id}\``)
    const options = value[1] === undefined ? {} : object(value[1], file, `options of \`${spec.id}\``)
    return {...splitOptions(options, spec, file), severity: severityOf(value[0])}
  }
  if (value !== null && typeof value === 'object') {
    const options = value as Record<string, unknown>
    return {...splitOptions(options, spec, file), severity: options.severity === undefined ? spec.severity : severityOf(options.severity)}
  }
  return {severity: severityOf(value), voices: {}, options: {}}
}

function splitOptions(options: Record<string, unknown>, spec: RuleSpec, file: string): Omit<RuleSetting, 'severity'> {
  const {voices, severity: _severity, ...rest} = options
  const policies: Partial<Record<Voice, VoicePolicy>> = {}
  if (voices !== undefined) {
    for (const [voice, policy] of Object.entries(object(voices, file, `voices of \`${spec.id}\``))) {
      if (!(voice in spec.voices)) throw new DataError(file, `unknown voice \`${voice}\` for rule \`${spec.id}\``)
      const p = policy === true ? 'on' : policy === false ? 'off' : policy
      if (!['on', 'off', 'error', 'warning', 'info'].includes(p as string)) throw new DataError(file, `unexpected policy ${JSON.stringify(policy)} for voice \`${voice}\` of \`${spec.id}\``)
      policies[voice as Voice] = p as VoicePolicy
    }
  }
  return {voices: policies, options: rest}
}

export function mergeSetting(base: RuleSetting | undefined, next: RuleSetting): RuleSetting {
  if (!base) return next
  return {severity: next.severity, voices: {...base.voices, ...next.voices}, options: {...base.options, ...next.options}}
}
