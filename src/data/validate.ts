import {cachedYaml, yamlLibrary} from './yaml-cache.js'
import {isSafeUrl} from './safe-url.js'

/** Where a rule, term or preset comes from. */
export interface GuideSource {
  guide: string
  url: string
}

/** A problem in rule or config data: carries the file (and line) it was found in. */
export class DataError extends Error {
  constructor(
    readonly file: string,
    message: string,
    readonly line?: number
  ) {
    super(message)
    this.name = 'DataError'
  }

  override toString(): string {
    return `${this.file}${this.line ? `:${this.line}` : ''}: ${this.message}`
  }
}

/** Parses YAML, turning syntax errors into a DataError naming the file and line. */
export function parseYaml(text: string, file: string): unknown {
  const cached = cachedYaml(text)
  if (cached) return cached.value
  let doc: ReturnType<ReturnType<typeof yamlLibrary>['parseDocument']>
  try {
    doc = yamlLibrary().parseDocument(text, {prettyErrors: true, uniqueKeys: true})
  } catch (error) {
    // Nesting deep enough to exhaust the parser's stack is refused in one line too.
    throw new DataError(file, `invalid YAML: ${(error as Error).message}`)
  }
  const error = doc.errors[0]
  if (error) {
    const line = error.linePos?.[0].line
    throw new DataError(file, `invalid YAML: ${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/u, '')}`, line)
  }
  try {
    return doc.toJS({maxAliasCount: 1000})
  } catch (error) {
    // An alias bomb (aliases of aliases, exponential once expanded) is refused, not expanded.
    throw new DataError(file, `invalid YAML: ${(error as Error).message}`)
  }
}

/** A `{guide, url}` mapping: where a rule, term or preset comes from. */
export function guide(value: unknown, file: string): GuideSource {
  const data = object(value, file, 'source')
  const url = string(data.url, file, 'source.url')
  if (!isSafeUrl(url)) throw new DataError(file, `expected source.url to be an http or https address or a relative link, got ${JSON.stringify(url)}`)
  return {guide: string(data.guide, file, 'source.guide'), url}
}

export function object(value: unknown, file: string, what: string): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new DataError(file, `expected ${what} to be a mapping`)
  return value as Record<string, unknown>
}

export function array(value: unknown, file: string, what: string): unknown[] {
  if (!Array.isArray(value)) throw new DataError(file, `expected ${what} to be a list`)
  return value
}

export function string(value: unknown, file: string, what: string): string {
  if (typeof value === 'number') return String(value)
  if (typeof value !== 'string') throw new DataError(file, `expected ${what} to be text, got ${value === undefined ? 'nothing' : JSON.stringify(value)}`)
  return value
}

export function oneOf<T extends string>(value: unknown, options: readonly T[], file: string, what: string): T {
  if (typeof value !== 'string' || !options.includes(value as T)) {
    throw new DataError(file, `unexpected ${what} ${JSON.stringify(value)}, expected one of ${options.join(', ')}`)
  }
  return value as T
}

/** A key path into a data file, as messages name it: `rules.speech-verb.when[1]`. */
export function keyPath(base: string, key: string | number): string {
  if (typeof key === 'number') return `${base}[${key}]`
  const part = /^[\p{L}\p{N}_/-]+$/u.test(key) ? key : JSON.stringify(key)
  return base === '' ? part : `${base}.${part}`
}

/** A value as a message shows it: short JSON, cut after 40 characters. */
export function shown(value: unknown): string {
  if (value === undefined) return 'nothing'
  let text: string
  try {
    text = JSON.stringify(value) ?? String(value)
  } catch {
    text = String(value)
  }
  return text.length > 40 ? `${text.slice(0, 39)}…` : text
}

/** A problem at a key path of a data file: `file: key.path: problem`. */
export function errorAt(file: string, path: string, problem: string): DataError {
  return new DataError(file, path === '' ? problem : `${path}: ${problem}`)
}

/** The own keys of a mapping that are not in `known`: an unknown key is a typo, and an error. */
export function checkKeys(data: Record<string, unknown>, known: readonly string[], file: string, path: string, what = 'key'): void {
  for (const key of Object.keys(data)) {
    if (!known.includes(key)) throw errorAt(file, keyPath(path, key), `unknown ${what} (expected ${known.join(', ')})`)
  }
}

/** A mapping at a key path. */
export function mappingAt(value: unknown, file: string, path: string): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw errorAt(file, path, `expected a mapping, got ${shown(value)}`)
  return value as Record<string, unknown>
}

/** A list at a key path. */
export function listAt(value: unknown, file: string, path: string): unknown[] {
  if (!Array.isArray(value)) throw errorAt(file, path, `expected a list, got ${shown(value)}`)
  return value
}

/** Text at a key path. */
export function textAt(value: unknown, file: string, path: string): string {
  if (typeof value !== 'string') throw errorAt(file, path, `expected text, got ${shown(value)}`)
  return value
}

/** One of `options` at a key path. */
export function oneOfAt<T extends string>(value: unknown, options: readonly T[], file: string, path: string): T {
  if (typeof value !== 'string' || !options.includes(value as T)) throw errorAt(file, path, `expected one of ${options.join(', ')}, got ${shown(value)}`)
  return value as T
}
