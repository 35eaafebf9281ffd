import type {Root} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import type {Plugin} from 'unified'
import {resolveConfig, type UserConfig} from '../config/settings.js'
import {slantLint} from '../processor.js'

/** Where option errors say they come from. */
const OPTIONS = 'remark-slant options'

/**
 * remark plugin: lints the document with slant in any remark pipeline (remark-cli,
 * unified-engine, a docs site's build). Options are a slant configuration (`preset`, `rules`,
 * `genre`, `prefer`, `avoid`, `allow`, `attribution`), checked as `.slantrc` is. It adds GFM and
 * front matter parsing, as slant reads drafts, and its messages carry slant's rule ids, so
 * `<!-- slant ignore id -->` comments work.
 */
const remarkSlant: Plugin<[UserConfig?], Root> = function (options) {
  const config = resolveConfig(options ?? {}, OPTIONS)
  this.use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).use(slantLint, config)
}

export default remarkSlant
