import {DEFAULT_GENRE, DEFAULT_PRESET} from '../constants.js'
import {checkKeys, errorAt, keyPath, mappingAt, oneOfAt, shown} from '../data/validate.js'
import {checkOption} from '../rules/options.js'
import {loadRuleSpecs, type RuleSetting, type RuleSpec, type Severity, type VoicePolicy} from '../rules/spec.js'
import {loadPreset, presetList, type PresetData} from './presets.js'
import {validateConfig} from './user-config.js'
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
export function resolveConfig(input: UserConfig = {}, file = 'configuration', base = ''): ResolvedConfig {
  const config = validateConfig(input, file, base)
  const specs = loadRuleSpecs()
  // No preset given means the default; an explicit empty list means none at all.
  const presets = presetList(config.preset ?? DEFAULT_PRESET, file, 'preset')
  const order: PresetData[] = []
  const visit = (name: string, from: string, path: string, trail: string[]): void => {
    if (trail.includes(name)) throw errorAt(from, path, `preset \`${name}\` extends itself (${[...trail, name].join(' → ')})`)
    const preset = loadPreset(name, from, path)
    for (const parent of preset.extends) visit(parent, preset.file, 'extends', [...trail, name])
    if (!order.includes(preset)) order.push(preset)
  }
  for (const [i, name] of presets.entries()) visit(name, file, Array.isArray(config.preset) ? keyPath(keyPath(base, 'preset'), i) : keyPath(base, 'preset'), [])

  const rules = new Map<string, RuleSetting>()
  const attribution: {verbs: string[]} = {verbs: []}
  const apply = (values: Record<string, unknown>, from: string, at = 'rules'): void => {
    for (const [id, value] of Object.entries(values)) {
      const spec = specs.get(id)
      if (!spec) throw errorAt(from, keyPath(at, id), 'unknown rule')
      rules.set(id, mergeSetting(rules.get(id), parseSetting(value, spec, from, keyPath(at, id))))
    }
  }
  for (const preset of order) {
    apply(preset.rules, preset.file)
    for (const verb of preset.attribution.verbs ?? []) attribution.verbs.push(verb)
  }
  if (config.rules !== undefined) apply(config.rules, file, keyPath(base, 'rules'))
  // One at a time: spreading a user's list into push() overflows the stack past ~100k entries.
  for (const verb of config.attribution?.verbs ?? []) attribution.verbs.push(verb)
  const resolved: ResolvedConfig = {
    presets,
    rules,
    attribution,
    genre: config.genre ?? DEFAULT_GENRE,
    allow: config.allow ?? []
  }
  const house = houseRule(specs.get(HOUSE_RULE)!, config, file)
  if (house) {
    resolved.house = house
    if (!rules.has(HOUSE_RULE)) rules.set(HOUSE_RULE, parseSetting('on', house, file, keyPath('rules', HOUSE_RULE)))
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

/**
 * `off` | `warn` | `error` | `info` | `[severity, options]` | `{severity, voices, …options}`:
 * checked against the rule's declared options, naming the key path (`rules.equality.ids`) of
 * the first problem.
 */
export function parseSetting(value: unknown, spec: RuleSpec, file: string, path: string): RuleSetting {
  const severityOf = (v: unknown, at: string): Severity | 'off' => {
    const word =
      (typeof v === 'string' || typeof v === 'boolean' || typeof v === 'number') && Object.hasOwn(SEVERITY_WORDS, String(v))
        ? SEVERITY_WORDS[String(v)]
        : undefined
    if (word === undefined) throw errorAt(file, at, `expected off, info, warn, error, [severity, options] or {severity, …options}, got ${shown(v)}`)
    return word === 'default' ? spec.severity : word
  }
  if (Array.isArray(value)) {
    if (value.length === 0 || value.length > 2) throw errorAt(file, path, `expected [severity] or [severity, options], got a list of ${value.length}`)
    const options = value[1] === undefined ? {} : mappingAt(value[1], file, keyPath(path, 1))
    return {...splitOptions(options, spec, file, keyPath(path, 1)), severity: severityOf(value[0], keyPath(path, 0))}
  }
  if (value !== null && typeof value === 'object') {
    const options = value as Record<string, unknown>
    return {
      ...splitOptions(options, spec, file, path),
      severity: options.severity === undefined ? spec.severity : severityOf(options.severity, keyPath(path, 'severity'))
    }
  }
  return {severity: severityOf(value, path), voices: {}, options: {}}
}

const POLICIES = ['on', 'off', 'error', 'warning', 'info'] as const

function splitOptions(options: Record<string, unknown>, spec: RuleSpec, file: string, path: string): Omit<RuleSetting, 'severity'> {
  checkKeys(options, ['severity', 'voices', ...Object.keys(spec.options)], file, path, `option of \`${spec.id}\``)
  const policies: Partial<Record<Voice, VoicePolicy>> = {}
  const rest: Record<string, unknown> = {}
  for (const [name, value] of Object.entries(options)) {
    const at = keyPath(path, name)
    if (name === 'severity') continue
    if (name === 'voices') {
      const voices = mappingAt(value, file, at)
      checkKeys(voices, Object.keys(spec.voices), file, at, 'voice')
      for (const [voice, policy] of Object.entries(voices)) {
        policies[voice as Voice] = policy === true ? 'on' : policy === false ? 'off' : oneOfAt(policy, POLICIES, file, keyPath(at, voice))
      }
      continue
    }
    checkOption(value, spec.options[name]!.type, file, at)
    rest[name] = value
  }
  return {voices: policies, options: rest}
}

export function mergeSetting(base: RuleSetting | undefined, next: RuleSetting): RuleSetting {
  if (!base) return next
  return {severity: next.severity, voices: {...base.voices, ...next.voices}, options: {...base.options, ...next.options}}
}
