import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {formatOfPath, type Format} from '../engine/format.js'

/** The file a document is, for `file:` URIs (an unsaved or virtual document has none). */
export function filePathOf(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? path.resolve(fileURLToPath(uri)) : undefined
  } catch {
    return undefined
  }
}

/** The format of a document: plain text for `plaintext` documents and `.txt` files. */
export function formatOf(languageId: string, filePath: string | undefined): Format {
  if (languageId === 'plaintext' || languageId === 'text') return 'text'
  if (languageId === 'mdx') return 'mdx'
  if (languageId === 'markdown') return 'markdown'
  return formatOfPath(filePath)
}
