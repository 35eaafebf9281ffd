import {loadRuleSpecs} from '../rules/spec.js'
import {genreNames} from './genres.js'
import {loadPreset, presetNames, type PresetData, type PresetKind} from './presets.js'
import {resolveConfig, type RuleSetting} from './settings.js'

/**
 * Plain-text descriptions of presets, shared by `slant presets` and docs/presets.md so that
 * the two always agree.
 */
const GROUPS: ReadonlyArray<[PresetKind, string]> = [
  ['preset', 'House styles (--preset NAME, or `preset:` in .slantrc):'],
  ['layer', 'Layers, added to any preset (--preset ap,inclusive):'],
  ['pack', 'Topic packs, added to any preset (--preset wire,packs/middle-east):']
]

export function presetsOfKind(kind: PresetKind): PresetData[] {
  return presetNames()
    .map((name) => loadPreset(name))
    .filter((preset) => preset.kind === kind)
}

/** `slant presets`: every preset, layer and pack, and the genres. */
export function presetListing(): string {
  const width = Math.max(...presetNames().map((name) => name.length)) + 2
  const lines: string[] = []
  for (const [kind, heading] of GROUPS) {
    lines.push(heading)
    for (const preset of presetsOfKind(kind)) {
      const parents = preset.extends.length > 0 ? ` (extends ${preset.extends.join(', ')})` : ''
      lines.push(`  ${preset.name.padEnd(width)}${preset.title}${parents}`)
    }
    lines.push('')
  }
  lines.push(`Genres (front matter \`genre:\`, or \`genre:\` in .slantrc): ${genreNames().join(', ')}`)
  lines.push('`slant presets NAME` shows what a preset turns on.')
  return lines.join('\n')
}

/** A rule setting in words: `error`, `warning (voices: reported off; when: no-legal-finding)`. */
export function settingText(setting: RuleSetting | undefined): string {
  if (!setting || setting.severity === 'off') return 'off'
  const extras: string[] = []
  const voices = Object.entries(setting.voices).map(([voice, policy]) => `${voice} ${policy}`)
  if (voices.length > 0) extras.push(`voices: ${voices.join(', ')}`)
  for (const [name, value] of Object.entries(setting.options))
    extras.push(`${name}: ${Array.isArray(value) ? value.map(itemText).join(', ') : JSON.stringify(value)}`)
  return extras.length > 0 ? `${setting.severity} (${extras.join('; ')})` : setting.severity
}

/** An item of a list option: text as it is, a condition with its argument as `{before: money}`. */
function itemText(item: unknown): string {
  if (typeof item === 'string') return item
  if (item === null || typeof item !== 'object' || Array.isArray(item)) return JSON.stringify(item)
  return `{${Object.entries(item)
    .map(([key, value]) => `${key}: ${Array.isArray(value) ? `[${value.join(', ')}]` : String(value)}`)
    .join(', ')}}`
}

/** `slant presets NAME`: what a preset turns on, with severities, and how it differs from its parents. */
export function describePreset(name: string): string {
  const preset = loadPreset(name)
  const own = resolveConfig({preset: name}).rules
  const parent = resolveConfig({preset: preset.extends}).rules
  const ids = [...loadRuleSpecs().keys()].filter((id) => own.get(id)?.severity !== undefined && own.get(id)!.severity !== 'off')
  const width = Math.max(...ids.map((id) => id.length)) + 2
  const lines = [`${preset.name}: ${preset.title} (${preset.kind})`]
  if (preset.extends.length > 0) lines.push(`extends: ${preset.extends.join(', ')}`)
  lines.push('', ...wrap(preset.description, 92), '', 'Rules it turns on:')
  for (const id of ids) lines.push(`  ${id.padEnd(width)}${settingText(own.get(id))}`)
  const changed = [...loadRuleSpecs().keys()].filter((id) => settingText(own.get(id)) !== settingText(parent.get(id)))
  lines.push('', preset.extends.length > 0 ? `Compared with ${preset.extends.join(' + ')}:` : 'Compared with no preset:')
  for (const id of changed) lines.push(`  ${id.padEnd(width)}${settingText(parent.get(id))} -> ${settingText(own.get(id))}`)
  if (changed.length === 0) lines.push('  (no changes)')
  if (preset.sources.length > 0) {
    lines.push('', 'Sources:')
    for (const source of preset.sources) lines.push(`  ${source.guide} <${source.url}>`)
  }
  return lines.join('\n')
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/u)) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  if (line) lines.push(line)
  return lines
}
