import {createHash} from 'node:crypto'
import path from 'node:path'
import type {VFile} from 'vfile'
import {DOCS_URL, NAME, VERSION} from '../constants.js'
import type {SlantMessage} from '../message.js'
import {ruleSpec} from '../rules/spec.js'
import {messagesOf} from './describe.js'

const INFORMATION_URI = 'https://github.com/slant-lint/slant'
const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json'
const SRCROOT = '%SRCROOT%'

type Level = 'error' | 'warning' | 'note'

/**
 * A SARIF 2.1.0 log for all files, as GitHub code scanning reads it: one run, the rules that
 * fired with their help text and doc links, and one result per finding with its region, the
 * flagged text as snippet, suggested fixes, and a fingerprint that survives edits elsewhere in
 * the draft (rule, flagged text and the line's text, not its number). Paths are relative to
 * `root` (the repository root) and no absolute path is written. Messages about the run itself
 * (a file that could not be linted, a fallback to plain text, an unknown rule in an ignore
 * comment) are tool notifications in `invocations`, not results; a file that could not be
 * linted makes `executionSuccessful` false. A rule's level is the level it ran at.
 */
export function reportSarif(files: readonly VFile[], options: {quiet?: boolean; cwd?: string; root?: string} = {}): string {
  const cwd = options.cwd ?? process.cwd()
  const root = options.root ?? cwd
  const rules: Array<Record<string, unknown>> = []
  const ruleIndex = new Map<string, number>()
  const artifacts: Array<Record<string, unknown>> = []
  const results: Array<Record<string, unknown>> = []
  const notifications: Array<Record<string, unknown>> = []
  let successful = true

  const ruleFor = (message: SlantMessage): number => {
    const id = message.ruleId ?? NAME
    let index = ruleIndex.get(id)
    if (index === undefined) {
      index = rules.length
      ruleIndex.set(id, index)
      rules.push(ruleDescriptor(id, message))
    }
    return index
  }

  for (const file of files) {
    const messages = messagesOf(file)
    if (options.quiet && messages.length === 0) continue
    const uri = artifactUri(file, cwd, root)
    const artifactIndex = artifacts.length
    artifacts.push({location: {uri, uriBaseId: SRCROOT}, ...(typeof file.value === 'string' ? {length: Buffer.byteLength(file.value)} : {})})
    const seen = new Map<string, number>()
    const source = typeof file.value === 'string' ? file.value : ''
    for (const message of messages) {
      const location = {artifactLocation: {uri, uriBaseId: SRCROOT, index: artifactIndex}, region: region(message)}
      if (!ruleSpec(message.ruleId)) {
        if (message.fatal === true && !message.ruleId) successful = false
        notifications.push({
          level: level(message),
          message: {text: message.reason},
          locations: [{physicalLocation: location}],
          ...(message.ruleId ? {descriptor: {id: message.ruleId}} : {})
        })
        continue
      }
      const index = ruleFor(message)
      raiseLevel(rules[index]!, level(message))
      const base = fingerprint(message, source)
      const occurrence = (seen.get(base) ?? 0) + 1
      seen.set(base, occurrence)
      const result: Record<string, unknown> = {
        ruleId: message.ruleId ?? NAME,
        ruleIndex: index,
        level: level(message),
        message: {text: message.reason},
        locations: [{physicalLocation: location}],
        partialFingerprints: {'slant/v1': `${base}:${occurrence}`}
      }
      const fixes = (message.expected ?? []).flatMap((text) => {
        const r = location.region
        if (r.charOffset === undefined) return []
        const what = text === '' ? `Remove \`${message.actual}\`` : `Replace \`${message.actual}\` with \`${text}\``
        return [
          {
            description: {text: what},
            artifactChanges: [
              {
                artifactLocation: {uri, uriBaseId: SRCROOT, index: artifactIndex},
                replacements: [{deletedRegion: {charOffset: r.charOffset, charLength: r.charLength}, insertedContent: {text}}]
              }
            ]
          }
        ]
      })
      if (fixes.length > 0) result.fixes = fixes
      if (message.data) result.properties = {...message.data}
      results.push(result)
    }
  }

  const log = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {driver: {name: NAME, version: VERSION, semanticVersion: VERSION, informationUri: INFORMATION_URI, rules}},
        invocations: [{executionSuccessful: successful, toolExecutionNotifications: notifications}],
        originalUriBaseIds: {[SRCROOT]: {description: {text: 'The root of the repository (else the folder slant ran in); artifact URIs are relative to it.'}}},
        artifacts,
        columnKind: 'utf16CodeUnits',
        results
      }
    ]
  }
  return JSON.stringify(log, null, 2)
}

const RANK: Record<Level, number> = {note: 0, warning: 1, error: 2}

/** A rule's level is the highest level its results ran at (the preset's, or the config's). */
function raiseLevel(rule: Record<string, unknown>, to: Level): void {
  const configuration = rule.defaultConfiguration as {level: Level}
  if (RANK[to] > RANK[configuration.level]) configuration.level = to
}

function ruleDescriptor(id: string, message: SlantMessage): Record<string, unknown> {
  const spec = ruleSpec(id)!
  const helpUri = `${DOCS_URL}${spec.id}.md`
  const description = spec.description.trim()
  const source = `Source: ${spec.source.guide} <${spec.source.url}>`
  return {
    id: spec.id,
    name: pascal(spec.id),
    shortDescription: {text: spec.title},
    fullDescription: {text: firstParagraph(description)},
    helpUri,
    help: {
      text: `${description}\n\n${source}\n\nMore: ${helpUri}`,
      markdown: `${description}\n\n${source.replace(/<(.+)>$/u, '[$1]($1)')}\n\n[${spec.id} documentation](${helpUri})`
    },
    defaultConfiguration: {level: level(message)},
    properties: {
      tags: [NAME, spec.family],
      family: spec.family,
      fixable: spec.fixable,
      precision: 'medium',
      'problem.severity': spec.severity === 'info' ? 'recommendation' : spec.severity
    }
  }
}

function level(message: SlantMessage): Level {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'note'
}

function region(message: SlantMessage): {
  startLine: number
  startColumn: number
  endLine: number
  endColumn: number
  charOffset?: number
  charLength?: number
  snippet?: {text: string}
} {
  const place = message.place
  const start = place && 'start' in place ? place.start : place
  const end = place && 'start' in place ? place.end : place
  const r: ReturnType<typeof region> = {
    startLine: start?.line ?? 1,
    startColumn: start?.column ?? 1,
    endLine: end?.line ?? start?.line ?? 1,
    endColumn: end?.column ?? start?.column ?? 1
  }
  if (start?.offset !== undefined && end?.offset !== undefined) {
    r.charOffset = start.offset
    r.charLength = end.offset - start.offset
  }
  if (typeof message.actual === 'string' && message.actual !== '') r.snippet = {text: message.actual}
  return r
}

/** A hash of what the finding is about: rule, flagged text, and the text of its line. */
function fingerprint(message: SlantMessage, source: string): string {
  const place = message.place
  const offset = place && 'start' in place ? place.start.offset : place?.offset
  let line = ''
  if (offset !== undefined) {
    const from = source.lastIndexOf('\n', offset - 1) + 1
    const to = source.indexOf('\n', offset)
    line = source.slice(from, to === -1 ? undefined : to)
  }
  const normal = (s: string) => s.replace(/\s+/gu, ' ').trim()
  return createHash('sha256')
    .update(`${message.ruleId ?? ''}\0${normal(message.actual ?? '')}\0${normal(line)}\0${message.reason}`)
    .digest('hex')
    .slice(0, 32)
}

function artifactUri(file: VFile, cwd: string, root: string): string {
  const relative = path.relative(root, path.resolve(cwd, file.path ?? 'stdin'))
  return relative.split(path.sep).map(encodeURIComponent).join('/')
}

function pascal(id: string): string {
  return id.replace(/(^|[-_])(\w)/gu, (_, _sep, c: string) => c.toUpperCase())
}

function firstParagraph(text: string): string {
  return text
    .split(/\n\s*\n/u)[0]!
    .replace(/\s+/gu, ' ')
    .trim()
}
