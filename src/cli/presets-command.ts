import {describePreset, presetListing} from '../config/describe.js'
import {loadPreset} from '../config/presets.js'
import {UsageError} from './files.js'
import type {CommandIo} from './commands.js'

/** `slant presets [NAME]`: lists presets, layers, packs and genres, or shows what one turns on. */
export async function presetsCommand(argv: readonly string[], io: CommandIo): Promise<number> {
  if (argv.length > 1 || argv[0]?.startsWith('-')) throw new UsageError('usage: slant presets [NAME]')
  const [name] = argv
  if (name !== undefined) loadPreset(name, 'slant presets')
  io.stdout.write(`${name === undefined ? presetListing() : describePreset(name)}\n`)
  return 0
}
