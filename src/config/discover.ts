import fs from 'node:fs'
import path from 'node:path'
import {CODE_CONFIG_NAMES, MAX_CONFIG_BYTES, PACKAGE_FIELD, RC_NAMES} from '../constants.js'
import {readCapped} from '../data/read-capped.js'
import {DataError, parseYaml} from '../data/validate.js'
import type {UserConfig} from './settings.js'
import {validateConfig} from './user-config.js'

/** A configuration found on disk. */
export interface FoundConfig {
  file: string
  config: UserConfig
  /** Where the settings sit in the file: `slant` in a package.json. */
  base?: string
}

/**
 * Finds the configuration for a file the unified-engine way: from the file's folder upwards,
 * the first folder holding `.slantrc`, `.slantrc.json`, `.slantrc.yaml`, `.slantrc.yml` or a
 * `package.json` with a `slant` field wins (no cascade). Results are cached per folder.
 */
export class ConfigFinder {
  private readonly byFolder = new Map<string, FoundConfig | undefined>()

  find(filePath: string): FoundConfig | undefined {
    return this.inFolder(path.dirname(path.resolve(filePath)))
  }

  private inFolder(folder: string): FoundConfig | undefined {
    if (this.byFolder.has(folder)) return this.byFolder.get(folder)
    let found = readFolder(folder)
    if (!found) {
      const parent = path.dirname(folder)
      found = parent === folder ? undefined : this.inFolder(parent)
    }
    this.byFolder.set(folder, found)
    return found
  }
}

function readFolder(folder: string): FoundConfig | undefined {
  for (const name of RC_NAMES) {
    const file = path.join(folder, name)
    if (present(file)) return {file, config: readConfigFile(file)}
  }
  for (const name of CODE_CONFIG_NAMES) {
    const file = path.join(folder, name)
    if (present(file)) refuseCode(file)
  }
  const pkg = path.join(folder, 'package.json')
  if (present(pkg)) {
    const data: unknown = parseJson(readConfigText(pkg), pkg)
    if (data && typeof data === 'object' && PACKAGE_FIELD in data) {
      return {file: pkg, config: validateConfig((data as Record<string, unknown>)[PACKAGE_FIELD], pkg, PACKAGE_FIELD), base: PACKAGE_FIELD}
    }
  }
  return undefined
}

/** Reads a config file: JSON for `.slantrc` and `.slantrc.json`, YAML for `.yaml`/`.yml`. */
export function readConfigFile(file: string): UserConfig {
  if (/\.[cm]?[jt]s$/u.test(file)) refuseCode(file)
  const text = readConfigText(file)
  if (/\.ya?ml$/u.test(file)) return validateConfig(parseYaml(text, file) ?? {}, file)
  return validateConfig(text.trim() === '' ? {} : parseJson(text, file), file)
}

/**
 * JSON text (a leading byte order mark is allowed, as editors on Windows write one), or a
 * DataError with the line. The error never quotes the file: V8's message does (`"root:x:0:0"…
 * is not valid JSON`), and a config may be a link to a file whose bytes are nobody's business.
 */
function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)
  } catch (error) {
    const message = (error as Error).message
    const what = /end of JSON input/u.test(message) ? 'the text ends too early' : 'unexpected text'
    throw new DataError(file, `invalid JSON: ${what}`, lineOfJsonError(text, error as Error))
  }
}

/** Whether a name exists in the folder (a dangling or looping link too: reading it says why it fails). */
export function present(file: string): boolean {
  try {
    return fs.lstatSync(file, {throwIfNoEntry: false}) !== undefined
  } catch {
    return false
  }
}

/**
 * A config file's text (`.slantrc*`, `package.json`, `.slantignore`): a regular file of at most
 * MAX_CONFIG_BYTES, else a DataError in one line. A symlink is read if it leads to a regular file.
 */
export function readConfigText(file: string): string {
  const read = readCapped(file, MAX_CONFIG_BYTES, 'config file')
  if ('problem' in read) throw new DataError(file, read.problem)
  return new TextDecoder('utf-8').decode(read.bytes)
}

function refuseCode(file: string): never {
  throw new DataError(file, 'slant does not run code from configuration files; write the settings as data in .slantrc.json or .slantrc.yaml')
}

function lineOfJsonError(text: string, error: Error): number | undefined {
  const match = /position (\d+)/u.exec(error.message)
  if (!match) return undefined
  return text.slice(0, Number(match[1])).split('\n').length
}
