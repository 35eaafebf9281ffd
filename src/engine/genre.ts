import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import YAML from 'yaml'
import {genreNames, loadGenres} from '../config/genres.js'
import {NAME} from '../constants.js'

/**
 * The `genre:` of a draft's YAML front matter, if it names a known one. An unknown genre is
 * reported on the draft (the draft is still linted, as the config's genre).
 */
export function genreOf(tree: Root, file: VFile): string | undefined {
  const head = tree.children[0]
  if (head?.type !== 'yaml') return undefined
  let data: unknown
  try {
    data = YAML.parse(head.value)
  } catch {
    return undefined
  }
  if (data === null || typeof data !== 'object' || !('genre' in data)) return undefined
  const genre = String((data as {genre: unknown}).genre)
  if (loadGenres().has(genre)) return genre
  file.message(`unknown genre \`${genre}\` in the front matter (expected ${genreNames().join(', ')})`, {place: head.position, ruleId: 'genre', source: NAME})
  return undefined
}
