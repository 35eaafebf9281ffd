/** Names shared by the CLI, the API and (later) the language server. */
export const NAME = 'slant'
export const VERSION = '0.1.0'
/** Config files looked for in each folder, in this order; the first found wins. */
export const RC_NAMES = ['.slantrc', '.slantrc.json', '.slantrc.yaml', '.slantrc.yml'] as const
/**
 * Config files that would be code. slant never runs code from a repository (a draft folder may
 * come from anyone): finding one of these is an error that says to write the settings as data.
 */
export const CODE_CONFIG_NAMES = [
  '.slantrc.js',
  '.slantrc.cjs',
  '.slantrc.mjs',
  '.slantrc.ts',
  'slant.config.js',
  'slant.config.cjs',
  'slant.config.mjs',
  'slant.config.ts'
] as const
export const PACKAGE_FIELD = 'slant'
export const IGNORE_NAME = '.slantignore'
export const MARKDOWN_EXTENSIONS = ['md', 'markdown', 'mdown', 'mkd', 'mkdn'] as const
export const TEXT_EXTENSIONS = ['txt', 'text'] as const
export const MDX_EXTENSIONS = ['mdx'] as const
export const DEFAULT_PRESET = 'neutral'
/** The genre of a draft whose front matter and config name none. */
export const DEFAULT_GENRE = 'news'
/** Where generated rule docs live; message URLs point here. */
export const DOCS_URL = 'https://github.com/slant-lint/slant/blob/main/docs/rules/'
/** Files larger than this are reported, not linted (a draft is never this big). */
export const MAX_FILE_BYTES = 16 * 1024 * 1024
/** Config files (`.slantrc*`, `package.json`, `.slantignore`) larger than this are refused. */
export const MAX_CONFIG_BYTES = 1024 * 1024
