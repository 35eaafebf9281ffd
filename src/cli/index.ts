#!/usr/bin/env node
import {MAX_FILE_BYTES, NAME} from '../constants.js'
import {readStreamCapped} from '../data/read-capped.js'
import {escapeControl} from '../data/escape.js'
import {DataError} from '../data/validate.js'
import {UsageError} from './files.js'
import {dispatch} from './commands.js'

/** Entry point of the `slant` command: dispatches, and turns every failure into one line. */
async function main(argv: string[]): Promise<number> {
  return dispatch(argv, {stdout: process.stdout, cwd: process.cwd(), stdin: readStdin})
}

/** Standard input, read up to the draft size limit (a draft piped from `/dev/zero` stops there). */
async function readStdin(): Promise<Buffer> {
  const read = await readStreamCapped(process.stdin, MAX_FILE_BYTES, 'standard input')
  if ('problem' in read) throw new UsageError(read.problem)
  return read.bytes
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    if (error instanceof DataError || error instanceof UsageError) {
      // Errors echo paths and config values (a preset name, a key): none may drive the terminal.
      process.stderr.write(`${NAME}: ${escapeControl(String(error instanceof DataError ? error.toString() : error.message), {oneLine: true})}\n`)
      process.exitCode = 2
    } else {
      process.stderr.write(`${NAME}: internal error: ${escapeControl((error as Error).message, {oneLine: true})}\n`)
      if (process.env.SLANT_DEBUG) process.stderr.write(`${(error as Error).stack}\n`)
      process.exitCode = 70
    }
  }
)
