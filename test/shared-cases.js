// The evaluation cases in ../shared (beside the repository), read at test time only: their
// text is not copied into the repository. SLANT_SHARED names another folder.
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const shared = process.env.SLANT_SHARED ?? path.resolve(root, '..', 'shared')

/**
 * The text of a shared case, or undefined when ../shared is not there.
 * @param {string} name a file name in eval/cases
 */
export function sharedCase(name) {
  const file = path.join(shared, 'eval', 'cases', name)
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined
}
