import {DOCS_URL} from '../constants.js'
import {loadRuleSpecs} from '../rules/spec.js'
import {genreNames} from './genres.js'
import {loadPreset, presetNames} from './presets.js'

/** The `$id` of the configuration schema; `package.json#slant` refers to it. */
export const SCHEMA_ID = 'https://github.com/slant-lint/slant/blob/main/schema/slantrc.schema.json'

type Schema = Record<string, unknown>

const escape = (name: string): string => name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')

/** Every preset, layer and pack name, with its kind and title, for completion. */
function presetEntries(): {name: string; text: string}[] {
  return presetNames().map((name) => {
    const preset = loadPreset(name)
    return {name, text: `${preset.kind}: ${preset.title}`}
  })
}

/**
 * A preset name or a comma list of names (`ap,inclusive,packs/middle-east`), as `--preset`,
 * the `preset` key and the editor's `slant.preset` setting take them. Used by the editor
 * extension's settings too, so it is exported on its own.
 */
export function presetListSchema(): Schema {
  const entries = presetEntries()
  const name = `(${entries.map((e) => escape(e.name)).join('|')})`
  return {
    type: 'string',
    pattern: `^\\s*(${name}\\s*(,\\s*${name}\\s*)*)?$`,
    patternErrorMessage: `Expected preset names separated by commas: ${entries.map((e) => e.name).join(', ')}`,
    examples: [...entries.map((e) => e.name), 'ap,inclusive', 'wire,inclusive,packs/middle-east']
  }
}

/** One rule's setting: a severity word, `[severity, options]` or `{severity, voices, …options}`. */
function ruleSettingSchema(): Schema {
  const severity = {
    anyOf: [{enum: ['off', 'on', 'info', 'suggestion', 'warn', 'warning', 'error']}, {type: 'boolean'}, {enum: [0, 1, 2]}]
  }
  const voice = {anyOf: [{enum: ['on', 'off', 'info', 'warning', 'error']}, {type: 'boolean'}]}
  const voices = {
    type: 'object',
    description: 'How the rule treats each voice: on (its severity), off, or a fixed severity.',
    properties: Object.fromEntries(['narrative', 'headline', 'reported', 'quote', 'scare'].map((v) => [v, voice])),
    additionalProperties: false
  }
  const options = {type: 'object', properties: {severity, voices}}
  return {
    anyOf: [severity, {type: 'array', items: [severity, options], minItems: 1, maxItems: 2}, options]
  }
}

/**
 * The JSON Schema of a slant configuration (`.slantrc*`, `package.json#slant`), built from the
 * rule and preset data so that it names exactly the rules, presets and genres slant knows.
 * slant's own loader is the authority; the schema is for editors (validation and completion).
 */
export function configSchema(): Schema {
  const setting = ruleSettingSchema()
  const rules: Record<string, Schema> = {}
  for (const spec of loadRuleSpecs().values()) {
    rules[spec.id] = {
      ...setting,
      description: `${spec.title} (default: ${spec.severity})`,
      markdownDescription: `${spec.title} (default: ${spec.severity}). [Docs](${DOCS_URL}${spec.id}.md)`
    }
  }
  const presets = presetEntries()
  const list = presetListSchema()
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: SCHEMA_ID,
    title: 'slant configuration',
    description: 'Settings for slant, the editorial wording and bias linter (.slantrc, .slantrc.json, .slantrc.yaml, .slantrc.yml or package.json#slant).',
    type: 'object',
    properties: {
      preset: {
        description: 'House style: a preset, layers and topic packs; later entries override earlier ones.',
        anyOf: [list, {type: 'array', items: {enum: presets.map((p) => p.name), enumDescriptions: presets.map((p) => p.text)}}]
      },
      genre: {description: 'The genre of drafts whose front matter names none.', enum: genreNames()},
      rules: {
        description: 'Rule settings: off | info | warn | error, [severity, options] or {severity, voices, …options}.',
        type: 'object',
        properties: rules,
        additionalProperties: false
      },
      attribution: {
        type: 'object',
        properties: {verbs: {type: 'array', items: {type: 'string'}, description: 'More verbs that count as attribution cues.'}}
      },
      prefer: {
        type: 'object',
        description: 'House substitutions: term: suggestion, or {use, note, source}.',
        additionalProperties: {anyOf: [{type: 'string'}, {type: 'array', items: {type: 'string'}}, {type: 'null'}, vocabularyEntry()]}
      },
      avoid: {
        type: 'object',
        description: 'Terms to flag: term: message, or {message, use, note, source}.',
        additionalProperties: {anyOf: [{type: 'string'}, {type: 'array', items: {type: 'string'}}, {type: 'null'}, vocabularyEntry()]}
      },
      allow: {type: 'array', items: {type: 'string'}, description: 'Phrases no rule may flag.'}
    },
    additionalProperties: false
  }
}

function vocabularyEntry(): Schema {
  return {
    type: 'object',
    properties: {
      use: {anyOf: [{type: 'string'}, {type: 'array', items: {type: 'string'}}]},
      message: {type: 'string'},
      note: {type: 'string'},
      source: {type: 'object', properties: {guide: {type: 'string'}, url: {type: 'string'}}, required: ['guide', 'url'], additionalProperties: false}
    },
    additionalProperties: false
  }
}

/** `package.json` with a `slant` field that follows the configuration schema (inlined, so no reference needs resolving). */
export function packageSchema(): Schema {
  const {$schema, $id: _id, ...slant} = configSchema()
  return {$schema, title: 'package.json#slant', type: 'object', properties: {slant}}
}
