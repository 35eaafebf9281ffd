import fs from 'node:fs'
import {fileURLToPath} from 'node:url'
import {expandGroups} from '../match/phrase-index.js'
import {
  array,
  checkKeys,
  DataError,
  errorAt,
  guide,
  keyPath,
  listAt,
  mappingAt,
  object,
  oneOf,
  parseYaml,
  string,
  textAt,
  type GuideSource
} from '../data/validate.js'
import {checkOption, parseOptionType, type OptionSpec} from './options.js'
import type {Voice} from '../voice/voice.js'
import {conditionOf, type ConditionRef} from './when.js'

/** Data that describes a rule: one `rules/<id>.yml` file (format in rules/README.md). */
export type Severity = 'error' | 'warning' | 'info'
/** How a rule treats one voice: use its severity (`on`), a fixed severity, or skip (`off`). */
export type VoicePolicy = 'on' | 'off' | Severity
/** How one rule runs: its severity (or off), per-voice policies and its own options. */
export interface RuleSetting {
  severity: Severity | 'off'
  voices: Partial<Record<Voice, VoicePolicy>>
  options: Record<string, unknown>
}

export type Family = 'loaded' | 'attribution' | 'sourcing' | 'inclusive' | 'house' | 'precision'

/** Word classes an `unless` list may name besides words: a numeral (`12`, `3.5`), a score (`41-8`). */
export const UNLESS_CLASSES: Readonly<Record<string, RegExp>> = {'#number': /^\d[\d.,]*$/u, '#score': /^\d+-\d+$/u}

export interface TermSpec {
  id: string
  match: string[]
  suggest: string[]
  note?: string
  /** A reason template for this term only (instead of the rule's `message`). */
  message?: string
  source?: GuideSource
  /** Words (or word classes, `UNLESS_CLASSES`) before or after the match that show another sense. */
  unless?: {before?: string[]; after?: string[]}
  case?: 'sensitive'
  fixable?: 'none' | 'suggest' | 'safe'
  /** Conditions (when.ts) this term's matches must also meet: the structure a sense needs. */
  when?: ConditionRef[]
}

/** A `--fix` example: the draft, and the draft after slant's safe fixes (asserted like ESLint's RuleTester `output`). */
export interface FixedExample {
  from: string
  to: string
}

export interface RuleSpec {
  id: string
  title: string
  family: Family
  kind: 'terms' | 'code'
  severity: Severity
  fixable: 'none' | 'suggest' | 'safe'
  voices: Record<Voice, VoicePolicy>
  description: string
  message?: string
  source: GuideSource
  when: ConditionRef[]
  /** Rules whose message on the same words this rule's message replaces (it is more specific). */
  supersedes: string[]
  terms: TermSpec[]
  /** The options a user may set, with their types and defaults (`when` for every terms rule). */
  options: Record<string, OptionSpec>
  /** `config`: user settings the examples run with (a rule fed by `.slantrc` vocabulary needs some). */
  examples: {fire: string[]; clean: string[]; fixed: FixedExample[]; config?: Record<string, unknown>}
  /** The file the rule came from (for error messages and docs). */
  file: string
}

export const RULES_DIR = fileURLToPath(new URL('../../rules/', import.meta.url))

const VOICES: readonly Voice[] = ['narrative', 'headline', 'reported', 'quote', 'scare']
const DEFAULT_VOICES: Record<Voice, VoicePolicy> = {narrative: 'on', headline: 'on', reported: 'off', quote: 'off', scare: 'off'}

let cache: ReadonlyMap<string, RuleSpec> | undefined

/** All rule specs, read and validated once per process. */
export function loadRuleSpecs(): ReadonlyMap<string, RuleSpec> {
  if (cache) return cache
  const specs = new Map<string, RuleSpec>()
  for (const name of fs.readdirSync(RULES_DIR).sort()) {
    if (!name.endsWith('.yml')) continue
    const file = RULES_DIR + name
    const spec = validateRule(parseYaml(fs.readFileSync(file, 'utf8'), file), file)
    if (spec.id !== name.slice(0, -4)) throw new DataError(file, `rule id \`${spec.id}\` must equal the file name`)
    specs.set(spec.id, spec)
  }
  for (const spec of specs.values()) {
    for (const id of spec.supersedes) if (!specs.has(id)) throw new DataError(spec.file, `\`supersedes\` names an unknown rule \`${id}\``)
  }
  cache = specs
  return specs
}

function validateRule(raw: unknown, file: string): RuleSpec {
  const data = object(raw, file, 'rule')
  const id = string(data.id, file, 'id')
  const voices = {...DEFAULT_VOICES}
  if (data.voices !== undefined) {
    for (const [voice, policy] of Object.entries(object(data.voices, file, 'voices'))) {
      if (!VOICES.includes(voice as Voice)) throw new DataError(file, `unknown voice \`${voice}\` (expected ${VOICES.join(', ')})`)
      voices[voice as Voice] = voicePolicy(policy, file)
    }
  }
  const terms = data.terms === undefined ? [] : array(data.terms, file, 'terms').map((t) => validateTerm(t, file))
  const seen = new Set<string>()
  for (const term of terms) {
    if (seen.has(term.id)) throw new DataError(file, `duplicate term id \`${term.id}\``)
    seen.add(term.id)
  }
  const examples = data.examples === undefined ? {} : object(data.examples, file, 'examples')
  const spec: RuleSpec = {
    id,
    title: string(data.title, file, 'title'),
    family: oneOf(data.family, ['loaded', 'attribution', 'sourcing', 'inclusive', 'house', 'precision'], file, 'family'),
    kind: oneOf(data.kind ?? 'terms', ['terms', 'code'], file, 'kind'),
    severity: oneOf(data.severity ?? 'warning', ['error', 'warning', 'info'], file, 'severity'),
    fixable: oneOf(data.fixable ?? 'none', ['none', 'suggest', 'safe'], file, 'fixable'),
    voices,
    description: string(data.description ?? '', file, 'description').trim(),
    source: guide(data.source, file),
    when: data.when === undefined ? [] : conditions(data.when, file, 'when'),
    supersedes: data.supersedes === undefined ? [] : array(data.supersedes, file, 'supersedes').map((w) => string(w, file, 'supersedes')),
    terms,
    options: ruleOptions(data.options, data.kind === 'code' ? 'code' : 'terms', file),
    examples: {
      fire: examples.fire === undefined ? [] : array(examples.fire, file, 'examples.fire').map((e) => string(e, file, 'example')),
      clean: examples.clean === undefined ? [] : array(examples.clean, file, 'examples.clean').map((e) => string(e, file, 'example')),
      fixed:
        examples.fixed === undefined ? [] : array(examples.fixed, file, 'examples.fixed').map((e, i) => fixedExample(e, file, keyPath('examples.fixed', i)))
    },
    file
  }
  if (data.message !== undefined) spec.message = string(data.message, file, 'message')
  if (examples.config !== undefined) spec.examples.config = object(examples.config, file, 'examples.config')
  return spec
}

function fixedExample(raw: unknown, file: string, at: string): FixedExample {
  const data = mappingAt(raw, file, at)
  checkKeys(data, ['from', 'to'], file, at)
  return {from: textAt(data.from, file, keyPath(at, 'from')), to: textAt(data.to, file, keyPath(at, 'to'))}
}

/** The `when` option every terms rule has: more conditions its matches must meet. */
const WHEN: OptionSpec = {type: {kind: 'list', of: {kind: 'condition'}}, default: [], description: 'more conditions a match must meet'}

/** `options:` of a rule: `name: {type, default, description}` each. */
function ruleOptions(raw: unknown, kind: 'terms' | 'code', file: string): Record<string, OptionSpec> {
  const options: Record<string, OptionSpec> = kind === 'terms' ? {when: WHEN} : {}
  if (raw === undefined) return options
  for (const [name, value] of Object.entries(mappingAt(raw, file, 'options'))) {
    const at = keyPath('options', name)
    if (name === 'severity' || name === 'voices' || Object.hasOwn(options, name)) throw errorAt(file, at, 'this option name is reserved')
    const data = mappingAt(value, file, at)
    checkKeys(data, ['type', 'default', 'description'], file, at)
    const type = parseOptionType(textAt(data.type, file, keyPath(at, 'type')), file, keyPath(at, 'type'))
    if (data.default === undefined) throw errorAt(file, keyPath(at, 'default'), 'an option needs a default')
    checkOption(data.default, type, file, keyPath(at, 'default'))
    const option: OptionSpec = {type, default: data.default}
    if (data.description !== undefined) option.description = textAt(data.description, file, keyPath(at, 'description')).trim()
    options[name] = option
  }
  return options
}

function validateTerm(raw: unknown, file: string): TermSpec {
  const data = object(raw, file, 'term')
  const id = string(data.id, file, 'term id')
  const match = (Array.isArray(data.match) ? data.match : [data.match]).map((m) => string(m, file, `match of \`${id}\``))
  if (match.length === 0) throw new DataError(file, `term \`${id}\` has no \`match\``)
  for (const phrase of match.flatMap(expandGroups)) {
    if (/^\*(?:\s|$)/u.test(phrase) || phrase === '') throw new DataError(file, `term \`${id}\`: a phrase cannot be empty or start with \`*\``)
  }
  const term: TermSpec = {
    id,
    match,
    suggest: data.suggest === undefined ? [] : array(data.suggest, file, 'suggest').map((s) => (s === null ? '' : string(s, file, 'suggest')))
  }
  if (data.note !== undefined) term.note = string(data.note, file, 'note')
  if (data.message !== undefined) term.message = string(data.message, file, 'message')
  if (data.source !== undefined) term.source = guide(data.source, file)
  if (data.case !== undefined) term.case = oneOf(data.case, ['sensitive'] as const, file, 'case')
  if (data.fixable !== undefined) term.fixable = oneOf(data.fixable, ['none', 'suggest', 'safe'] as const, file, 'fixable')
  if (data.when !== undefined) term.when = conditions(data.when, file, `term \`${id}\` when`)
  if (data.unless !== undefined) {
    const unless = object(data.unless, file, 'unless')
    term.unless = {}
    if (unless.before !== undefined) term.unless.before = contextWords(unless.before, file, `term \`${id}\` unless.before`)
    if (unless.after !== undefined) term.unless.after = contextWords(unless.after, file, `term \`${id}\` unless.after`)
  }
  return term
}

/** A `when:` list, each condition checked (`when[1].before: expected one of amount, money, verb …`). */
function conditions(value: unknown, file: string, path: string): ConditionRef[] {
  return listAt(value, file, path).map((ref, i) => {
    conditionOf(ref, file, keyPath(path, i))
    return ref as ConditionRef
  })
}

function contextWords(value: unknown, file: string, key: string): string[] {
  return array(value, file, key).map((w) => {
    const word = string(w, file, key).toLowerCase()
    if (word.startsWith('#') && !(word in UNLESS_CLASSES))
      throw new DataError(file, `${key}: unknown word class \`${word}\` (expected ${Object.keys(UNLESS_CLASSES).join(', ')})`)
    return word
  })
}

function voicePolicy(value: unknown, file: string): VoicePolicy {
  if (value === true) return 'on'
  if (value === false) return 'off'
  return oneOf(value, ['on', 'off', 'error', 'warning', 'info'], file, 'voice policy')
}

/** A rule's spec by id, when the id is one of slant's rules. */
export function ruleSpec(id: string | undefined): RuleSpec | undefined {
  return id === undefined ? undefined : loadRuleSpecs().get(id)
}
