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
export function formatOfPath(filePath: string): Format | undefined {
  const ext = path.extname(filePath).slice(1).toLowerCase()
  return ext === '' ? 'markdown' : BY_EXTENSION.get(ext)
}

/** Why a file is not linted, for a file whose extension slant does not read. */
export function unknownFormat(filePath: string): string {
  const list = (exts: readonly string[]) => exts.map((e) => `.${e}`).join(', ')
  return `cannot lint a ${path.extname(filePath)} file: slant reads Markdown (${list(MARKDOWN_EXTENSIONS)}), MDX (${list(MDX_EXTENSIONS)}) and plain text (${list(TEXT_EXTENSIONS)})`
}
