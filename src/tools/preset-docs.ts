import {describePreset, presetListing, presetsOfKind, settingText} from '../config/describe.js'
import {loadGenres} from '../config/genres.js'
import {resolveConfig} from '../config/settings.js'
import {loadRuleSpecs} from '../rules/spec.js'
import {exampleLines} from './examples.js'

const cell = (s: string) => s.replace(/\|/gu, '\\|')

/** docs/presets.md: side-by-side table, genre matrix, and each preset as `slant presets NAME` prints it. */
export function presetsPage(): string {
  const specs = [...loadRuleSpecs().keys()]
  const styles = [...presetsOfKind('preset'), ...presetsOfKind('layer')]
  const resolved = new Map(styles.map((p) => [p.name, resolveConfig({preset: p.name}).rules]))
  const used = specs.filter((id) => styles.some((p) => resolved.get(p.name)!.get(id)?.severity !== undefined))
  const genres = [...loadGenres().values()]
  const relaxed = specs.filter((id) => genres.some((g) => id in g.rules))
  const packs = presetsOfKind('pack')
  const parts = [
    '<!-- Generated from presets/*.yml and presets/genres.yml by `npm run generate`. Do not edit. -->',
    '# Presets, layers, topic packs and genres',
    '',
    'A **preset** is a house style; a **layer** adds a concern to any preset; a **topic pack** adds a',
    "topic's terminology. They compose: `--preset ap,inclusive,packs/middle-east` on the command",
    'line, or `preset: [ap, inclusive, packs/middle-east]` in `.slantrc.yaml`. Later entries override',
    "earlier ones, and the config's own `rules:` override them all. A rule no entry turns on is off.",
    '',
    '```text',
    presetListing(),
    '```',
    '',
    '## Side by side',
    '',
    `| rule | ${styles.map((p) => `\`${p.name}\``).join(' | ')} |`,
    `| - | ${styles.map(() => '-').join(' | ')} |`,
    ...used.map(
      (id) => `| [\`${id}\`](rules/${id}.md) | ${styles.map((p) => cell(settingText(resolved.get(p.name)!.get(id)).replace(/^off$/u, '–'))).join(' | ')} |`
    ),
    '',
    '## Topic packs',
    '',
    '| pack | rules | what it covers |',
    '| - | - | - |',
    ...packs.map(
      (p) =>
        `| \`${p.name}\` | ${Object.keys(p.rules)
          .map((id) => `[\`${id}\`](rules/${id}.md)`)
          .join(', ')} | ${cell(p.description)} |`
    ),
    '',
    '## Genres',
    '',
    "A draft's front matter (`genre: opinion`) or the config's `genre:` switches what applies. A genre",
    'only changes rules the preset turns on. Opinion and analysis keep the sourcing and attribution',
    'rules; only court reporting reads attribution verbs in their legal senses. In every genre, words',
    'inside direct quotations of named speakers are never flagged.',
    '',
    `| rule | ${genres.map((g) => `\`${g.name}\``).join(' | ')} |`,
    `| - | ${genres.map(() => '-').join(' | ')} |`,
    ...relaxed.map((id) => `| [\`${id}\`](rules/${id}.md) | ${genres.map((g) => cell(genreCell(g.rules[id]))).join(' | ')} |`),
    '',
    ...genres.map((g) => `- \`${g.name}\`: ${g.description}`),
    '',
    '## Each preset',
    ''
  ]
  for (const preset of [...styles, ...packs]) {
    parts.push(`### \`${preset.name}\``, '', '```text', describePreset(preset.name), '```', '')
    parts.push(...exampleLines('Flagged under this preset (in bold):', preset.examples))
  }
  return parts.join('\n')
}

function genreCell(change: unknown): string {
  if (change === undefined) return 'as preset'
  if (change === null || typeof change !== 'object') return String(change)
  return Object.entries(change)
    .map(
      ([key, value]) =>
        `${key}: ${
          typeof value === 'object' && value !== null
            ? Object.entries(value)
                .map(([k, v]) => `${k} ${String(v)}`)
                .join(', ')
            : String(value)
        }`
    )
    .join('; ')
}
