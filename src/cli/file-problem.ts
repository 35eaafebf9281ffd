import {VFile} from 'vfile'
import {NAME} from '../constants.js'

/**
 * A file slant did not lint, with one message saying why and no rule id (as unified-engine
 * reports a file it cannot process): fatal when the file failed (unreadable, too large, a crash
 * while linting it), info when it was skipped on purpose (a FIFO, a link out of the folder).
 */
export function problemFile(shown: string, reason: string, severity: 'fatal' | 'info'): VFile {
  const file = new VFile({path: shown, cwd: process.cwd()})
  if (severity === 'info') file.info(reason, {source: NAME})
  else file.message(reason, {source: NAME}).fatal = true
  return file
}
