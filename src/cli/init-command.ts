import fs from 'node:fs'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {RC_NAMES} from '../constants.js'
import {genreNames} from '../config/genres.js'
import {loadPreset, presetList} from '../config/presets.js'
import {presetsOfKind} from '../config/describe.js'
import {UsageError} from './files.js'
import {DataError} from '../data/validate.js'
import type {CommandIo} from './commands.js'
import {readConfigText} from '../config/discover.js'

const FILE = '.slantrc.yaml'

/**
 * `slant init [--preset NAME]`: writes a commented `.slantrc.yaml` in the current folder, with
 * the preset, the packs on offer, example vocabulary and a CI snippet. It never overwrites a
 * config that is already there, and asks nothing.
 */
export async function initCommand(argv: readonly string[], io: CommandIo): Promise<number> {
  let values
  try {
    ;({values} = parseArgs({args: [...argv], options: {preset: {type: 'string', short: 'p'}}, strict: true}))
  } catch (error) {
    throw new UsageError(`${(error as Error).message.replace(/\. To specify a positional.*$/su, '')} (usage: slant init [--preset NAME])`)
  }
  const presets = presetList(values.preset ?? 'neutral', '--preset', 'preset')
  if (presets.length === 0) throw new UsageError('--preset needs a name (see `slant presets`)')
  for (const name of presets) loadPreset(name, '--preset')
  const existing = [...RC_NAMES, 'package.json'].find(
    (name) => fs.existsSync(path.join(io.cwd, name)) && (name !== 'package.json' || hasSlantField(path.join(io.cwd, name)))
  )
  if (existing) throw new UsageError(`${existing} already configures slant here; not overwriting it`)
  const target = path.join(io.cwd, FILE)
  try {
    // `wx` never follows or replaces anything: a link to a missing file is there too.
    fs.writeFileSync(target, scaffold(presets), {flag: 'wx'})
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new DataError(
      target,
      code === 'EEXIST'
        ? 'something is already there (a link to a missing file?); not overwriting it'
        : `cannot write it here (${code ?? (error as Error).message})`
    )
  }
  io.stdout.write(`wrote ${FILE} (preset: ${presets.join(', ')})\n`)
  return 0
}

function hasSlantField(file: string): boolean {
  try {
    return 'slant' in (JSON.parse(readConfigText(file)) as object)
  } catch {
    return false
  }
}

/** The commented config: every line after the preset is an example to uncomment. */
export function scaffold(presets: readonly string[]): string {
  const packs = presetsOfKind('pack').map((p) => `#   ${p.name.padEnd(22)} ${p.title}`)
  const layers = presetsOfKind('layer').map((p) => `#   ${p.name.padEnd(22)} ${p.title}`)
  return `# slant configuration: https://github.com/slant-lint/slant#configuration
# \`slant presets\` lists the presets, layers and packs; \`slant presets NAME\` shows what one turns on.

# House style. Add a layer or topic packs after it; later entries override earlier ones.
preset: [${presets.join(', ')}]
#
# Layers:
${layers.join('\n')}
# Topic packs:
${packs.join('\n')}

# The kind of piece, when a draft's front matter does not say (genre: opinion):
# one of ${genreNames().join(', ')}.
# genre: news

# Rule settings override every preset: off | info | warn | error, or [severity, {voices: …}].
# rules:
#   cliche: off
#   loaded-label: [error, {voices: {reported: off}}]

# Your own house vocabulary, no code needed. Single lower-case words match their inflections
# (spearhead: spearheads, spearheaded, spearheading); use (a|b) groups for anything else.
# prefer:
#   Burma: Myanmar
#   migrant worker: {use: guest worker, note: Desk style since 2021., source: {guide: Style memo, url: https://example.org/memo}}
# avoid:
#   spearhead: Journalese; say who led it.
# allow:
#   - Legendary Pictures

# CI: fail the build on errors (add --frail to fail on warnings too). GitHub Actions:
#   - uses: actions/setup-node@v4
#     with: {node-version: 20}
#   - run: npx slant --quiet
`
}
