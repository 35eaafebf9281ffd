import path from 'node:path'
import {MARKDOWN_EXTENSIONS, MDX_EXTENSIONS, TEXT_EXTENSIONS} from '../constants.js'

/** What slant reads: Markdown (GFM, front matter), MDX (Markdown with JSX and imports) or plain text. */
export type Format = 'markdown' | 'mdx' | 'text'

const BY_EXTENSION = new Map<string, Format>([
  ...MARKDOWN_EXTENSIONS.map((ext) => [ext, 'markdown'] as const),
  ...MDX_EXTENSIONS.map((ext) => [ext, 'mdx'] as const),
  ...TEXT_EXTENSIONS.map((ext) => [ext, 'text'] as const)
])

/** The format of a file by its extension (a file with none is Markdown); undefined when slant does not read it. */
export function knownFormat(filePath: string): Format | undefined {
  const ext = path.extname(filePath).slice(1).toLowerCase()
  return ext === '' ? 'markdown' : BY_EXTENSION.get(ext)
}

/** The format of a draft by its file name: Markdown when it has none or one slant does not know. */
export function formatOfPath(filePath: string | undefined): Format {
  return (filePath === undefined ? undefined : knownFormat(filePath)) ?? 'markdown'
}

/** Why a file is not linted, for a file whose extension slant does not read. */
export function unknownFormat(filePath: string): string {
  const list = (exts: readonly string[]) => exts.map((e) => `.${e}`).join(', ')
  return `cannot lint a ${path.extname(filePath)} file: slant reads Markdown (${list(MARKDOWN_EXTENSIONS)}), MDX (${list(MDX_EXTENSIONS)}) and plain text (${list(TEXT_EXTENSIONS)})`
}
