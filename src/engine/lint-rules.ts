import type {Root} from 'mdast'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import {activeRules} from '../config/active-rules.js'
import type {ResolvedConfig} from '../config/settings.js'
import {ruleContext, type ActiveRule} from '../rules/context.js'
import {runRules} from '../rules/index.js'
import {genreOf} from './genre.js'

/**
 * unified plugin: runs every active rule over the analysis the `analysis` plugin left on the
 * file, with the rule settings of the draft's genre (front matter `genre:`, else the config's),
 * then drops findings inside the config's allowed phrases.
 */
export const slantRules: Plugin<[ResolvedConfig], Root> = function (config) {
  const byGenre = new Map<string, Map<string, ActiveRule>>()
  return function (tree: Root, file: VFile) {
    const genre = genreOf(tree, file) ?? config.genre
    let rules = byGenre.get(genre)
    if (!rules) {
      rules = activeRules(config, genre)
      byGenre.set(genre, rules)
    }
    runRules(ruleContext(file), rules, config.house, config.allow)
  }
}
