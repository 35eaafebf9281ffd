import {parseArgs} from 'node:util'
import {location} from 'vfile-location'
import {formatMap} from '../report/sources.js'
import {sourcingMap} from '../sources/map.js'
import {escapeControl} from '../data/escape.js'
import type {CommandIo} from './commands.js'
import {UsageError} from './files.js'
import {lintFiles} from './lint-command.js'
import {parseLintArgs} from './args.js'

const USAGE = `Usage: slant sources [--json] [--preset NAME] [--config FILE | --no-config] FILE…

Prints who each article quotes or cites, with what cue and what content, in reading order;
the sentences in the reporter's voice that make claims with no source; and a summary.
--json prints [{path, attributions: [{kind, source, cue, content, …}], unattributed, summary}]
with 0-based character offsets into each file.`

/** `slant sources FILE…`: the sourcing map of each article. */
export async function sourcesCommand(argv: readonly string[], io: CommandIo): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        json: {type: 'boolean'},
        preset: {type: 'string', short: 'p'},
        config: {type: 'string', short: 'c'},
        'no-config': {type: 'boolean'},
        help: {type: 'boolean', short: 'h'}
      }
    })
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
  if (parsed.values.help) {
    io.stdout.write(`${USAGE}\n`)
    return 0
  }
  if (parsed.positionals.length === 0) throw new UsageError('slant sources needs at least one file')
  const lintArgv = [...parsed.positionals]
  if (parsed.values.preset !== undefined) lintArgv.push('--preset', parsed.values.preset)
  if (parsed.values.config !== undefined) lintArgv.push('--config', parsed.values.config)
  if (parsed.values['no-config']) lintArgv.push('--no-config')
  const run = await lintFiles(parseLintArgs(lintArgv), io, {analysis: true})
  const maps = run.files.filter((file) => file.data.slant).map((file) => ({file, map: sourcingMap(file)}))
  if (parsed.values.json) {
    io.stdout.write(`${JSON.stringify(maps.map((m) => m.map))}\n`)
  } else {
    const text = maps.map(({file, map}) => {
      const place = location(file)
      return escapeControl(formatMap(map, (offset) => place.toPoint(offset)?.line ?? 0))
    })
    io.stdout.write(`${text.join('\n\n')}\n`)
  }
  return 0
}
