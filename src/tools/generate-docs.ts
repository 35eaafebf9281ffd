import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {presetNames} from '../config/presets.js'
import {resolveConfig} from '../config/settings.js'
import YAML from 'yaml'
import {presetsPage} from './preset-docs.js'
import {loadRuleSpecs, type RuleSpec} from '../rules/spec.js'
import {settingText} from '../config/describe.js'
import {exampleLines} from './examples.js'
import {configSchema, packageSchema, presetListSchema} from '../config/schema.js'

/**
 * Writes docs/rules/<id>.md for every rule, docs/rules/README.md and docs/presets.md, the JSON
 * Schemas of the configuration (schema/) and the editor extension's `slant.preset` setting, from
 * the same YAML the tests run. `--check` writes nothing and fails when a file is missing or stale.
 */
const REPO = fileURLToPath(new URL('../../', import.meta.url))
const DOCS = `${REPO}docs/rules/`
const EXTENSION_MANIFEST = 'editors/vscode/package.json'

function presetTable(spec: RuleSpec): string {
  const rows = presetNames().map((name) => `| \`${name}\` | ${settingText(resolveConfig({preset: name}).rules.get(spec.id))} |`)
  return ['| preset | severity |', '| - | - |', ...rows].join('\n')
}

export function rulePage(spec: RuleSpec): string {
  const voices = Object.entries(spec.voices)
    .map(([voice, policy]) => `| ${voice} | ${policy === 'on' ? `${spec.severity} (the rule's severity)` : policy} |`)
    .join('\n')
  const parts = [
    `<!-- Generated from rules/${spec.id}.yml by \`npm run generate\`. Do not edit. -->`,
    `# \`${spec.id}\`: ${spec.title}`,
    '',
    spec.description,
    '',
    `- **Family:** ${spec.family}`,
    `- **Default severity:** ${spec.severity}`,
    `- **Fixes:** ${spec.fixable === 'safe' ? 'safe (`slant --fix` applies the suggestion)' : spec.fixable === 'suggest' ? 'suggested (offered as a quick fix)' : 'none'}`,
    `- **Source:** [${spec.source.guide}](${spec.source.url})`,
    `- **Implemented by:** ${spec.kind === 'terms' ? 'the term matcher (data only)' : `\`src/rules/\` (code rule)`}`,
    '',
    '## By voice',
    '',
    '| voice | treatment |',
    '| - | - |',
    voices,
    '',
    '## Presets',
    '',
    presetTable(spec),
    ''
  ]
  if (spec.terms.length > 0) {
    parts.push('## Terms', '', '| id | matches | suggestion | note |', '| - | - | - | - |')
    for (const term of spec.terms) {
      const cell = (s: string) => s.replace(/\|/gu, '\\|').replace(/\n/gu, ' ')
      parts.push(
        `| \`${term.id}\` | ${cell(term.match.join(', '))} | ${cell(term.suggest.map((s) => (s ? s : '(remove)')).join(', '))} | ${cell(term.note ?? '')}${term.source ? ` [${cell(term.source.guide)}](${term.source.url})` : ''} |`
      )
    }
    parts.push('')
  }
  parts.push('## Examples', '')
  if (spec.examples.config) parts.push('With this configuration:', '', '```yaml', YAML.stringify(spec.examples.config).trimEnd(), '```', '')
  parts.push(...exampleLines('Flagged (the flagged words in bold):', spec.examples))
  if (spec.examples.fixed.length > 0) parts.push('Fixed by `slant --fix`:', '', ...spec.examples.fixed.map(({from, to}) => `- ${from}\n  → ${to}`), '')
  return parts.join('\n')
}

export function indexPage(specs: readonly RuleSpec[]): string {
  const rows = specs.map((s) => `| [\`${s.id}\`](./${s.id}.md) | ${s.title} | ${s.family} | ${s.severity} |`)
  return [
    '<!-- Generated from rules/*.yml and presets/*.yml by `npm run generate`. Do not edit. -->',
    '# Rules',
    '',
    '| rule | what it flags | family | default severity |',
    '| - | - | - | - |',
    ...rows,
    '',
    'Presets, layers, topic packs and genres: [presets.md](../presets.md).',
    ''
  ].join('\n')
}

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`

/** The extension's manifest with its `slant.preset` setting taking exactly slant's preset names. */
function extensionManifest(): string | undefined {
  const file = path.join(REPO, EXTENSION_MANIFEST)
  if (!fs.existsSync(file)) return undefined
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as {contributes: {configuration: {properties: Record<string, Record<string, unknown>>}}}
  const setting = manifest.contributes.configuration.properties['slant.preset']!
  manifest.contributes.configuration.properties['slant.preset'] = {
    ...presetListSchema(),
    default: setting.default,
    markdownDescription: setting.markdownDescription
  }
  return json(manifest)
}

function main(check: boolean): number {
  const specs = [...loadRuleSpecs().values()]
  const pages = new Map<string, string>(specs.map((spec) => [`docs/rules/${spec.id}.md`, rulePage(spec)]))
  pages.set('docs/rules/README.md', indexPage(specs))
  pages.set('docs/presets.md', presetsPage())
  pages.set('schema/slantrc.schema.json', json(configSchema()))
  pages.set('schema/package.schema.json', json(packageSchema()))
  const manifest = extensionManifest()
  if (manifest) pages.set(EXTENSION_MANIFEST, manifest)
  const stale: string[] = []
  for (const [name, content] of pages) {
    const file = path.join(REPO, name)
    const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined
    if (current === content) continue
    if (check) stale.push(name)
    else {
      fs.mkdirSync(path.dirname(file), {recursive: true})
      fs.writeFileSync(file, content)
    }
  }
  const extra = fs.existsSync(DOCS) ? fs.readdirSync(DOCS).filter((name) => !pages.has(`docs/rules/${name}`)) : []
  for (const name of extra) {
    if (check) stale.push(`docs/rules/${name} (no such rule)`)
    else fs.rmSync(path.join(DOCS, name))
  }
  if (stale.length > 0) {
    process.stderr.write(`Generated docs are stale; run \`npm run generate\`:\n  ${stale.join('\n  ')}\n`)
    return 1
  }
  return 0
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  process.exitCode = main(process.argv.includes('--check'))
}
