import path from 'node:path'
import {TEXT_EXTENSIONS} from '../constants.js'

export type Format = 'markdown' | 'text'

/** The format of a draft by its file name: plain text for `.txt` and `.text`, else Markdown. */
export function formatOfPath(filePath: string | undefined): Format {
  const ext = filePath === undefined ? '' : path.extname(filePath).slice(1).toLowerCase()
  return (TEXT_EXTENSIONS as readonly string[]).includes(ext) ? 'text' : 'markdown'
}
