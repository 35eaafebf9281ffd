import {initCommand} from './init-command.js'
import {lintCommand} from './lint-command.js'
import {sourcesCommand} from './sources-command.js'
import {presetsCommand} from './presets-command.js'

/** What every command gets: where to write, where it runs, and a way to read standard input. */
export interface CommandIo {
  stdout: NodeJS.WritableStream
  cwd: string
  stdin: () => Promise<Buffer>
}

export type Command = (argv: readonly string[], io: CommandIo) => Promise<number>

/** Subcommands by name (`slant NAME …`); anything else is the lint command's arguments. */
export const COMMANDS: Readonly<Record<string, Command>> = {
  sources: sourcesCommand,
  init: initCommand,
  presets: presetsCommand
}

export function dispatch(argv: readonly string[], io: CommandIo): Promise<number> {
  const command = argv[0] === undefined ? undefined : COMMANDS[argv[0]]
  return command ? command(argv.slice(1), io) : lintCommand(argv, io)
}
