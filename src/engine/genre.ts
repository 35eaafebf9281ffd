import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import {genreNames, loadGenres} from '../config/genres.js'
import {NAME} from '../constants.js'
import {yamlLibrary} from '../data/yaml-cache.js'

/** Front matter longer than this is not parsed (a draft's is a few lines): its genre is not read. */
export const MAX_FRONT_MATTER = 32 * 1024
/** YAML limits for front matter: aliases expanded, and nesting (a flow `[[[…` recursion). */
const MAX_ALIASES = 100
const MAX_NESTING = 64

/**
 * The `genre:` of a draft's YAML front matter, if it names a known one. Front matter that is
 * too long, too deep, not valid YAML or names an unknown genre is reported on the draft (the
 * draft is still linted, as the config's genre).
 */
export function genreOf(tree: Root, file: VFile): string | undefined {
  const head = tree.children[0]
  if (head?.type !== 'yaml') return undefined
  // Reported on the opening fence: a message's range is its `actual` text, and the whole front
  // matter may be megabytes.
  const start = head.position?.start
  const report = (reason: string): undefined => {
    const place = start && start.offset !== undefined ? {start, end: {line: start.line, column: start.column + 3, offset: start.offset + 3}} : undefined
    const message = file.message(reason, {place, ruleId: 'genre', source: NAME})
    if (place) message.actual = String(file.value).slice(place.start.offset, place.end.offset)
    return undefined
  }
  if (head.value.length > MAX_FRONT_MATTER) return report(`front matter over ${MAX_FRONT_MATTER / 1024} KB; its genre is not read`)
  if (nesting(head.value) > MAX_NESTING) return report(`front matter nested over ${MAX_NESTING} levels deep; its genre is not read`)
  let data: unknown
  try {
    const doc = yamlLibrary().parseDocument(head.value, {uniqueKeys: false})
    const error = doc.errors[0]
    if (error)
      return report(`front matter is not valid YAML (${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/u, '')}); its genre is not read`)
    data = doc.toJS({maxAliasCount: MAX_ALIASES})
  } catch (error) {
    return report(`front matter cannot be read (${(error as Error).message.split('\n')[0]}); its genre is not read`)
  }
  if (data === null || typeof data !== 'object' || !Object.hasOwn(data, 'genre')) return undefined
  const value = (data as {genre: unknown}).genre
  if (typeof value !== 'string') return report(`\`genre\` in the front matter must be a name (expected ${genreNames().join(', ')})`)
  if (loadGenres().has(value)) return value
  return report(`unknown genre \`${value}\` in the front matter (expected ${genreNames().join(', ')})`)
}

/** The deepest bracket nesting of flow collections (`[`/`{`), counted in one pass. */
function nesting(text: string): number {
  let depth = 0
  let deepest = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code === 91 || code === 123) deepest = Math.max(deepest, ++depth)
    else if ((code === 93 || code === 125) && depth > 0) depth--
  }
  return deepest
}
