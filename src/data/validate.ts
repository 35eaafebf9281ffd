import {cachedYaml, yamlLibrary} from './yaml-cache.js'

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
  const doc = yamlLibrary().parseDocument(text, {prettyErrors: true, uniqueKeys: true})
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
  return {guide: string(data.guide, file, 'source.guide'), url: string(data.url, file, 'source.url')}
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
