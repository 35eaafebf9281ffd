import type {Root} from 'nlcst'
import type {Plugin} from 'unified'
import {resolveConfig, type UserConfig} from '../config/settings.js'
import {createProcessor} from '../processor.js'

const OPTIONS = 'retext-slant options'

/**
 * retext plugin: lints a plain-text document with slant in a retext pipeline
 * (`retext().use(retextSlant, {preset: 'ap'})`). slant's voice analysis needs its own reading
 * of the text (paragraphs, headline, quotations), so the plugin lints the file's text as slant
 * does for `.txt` drafts and adds the messages to the file; the nlcst tree is left as it is.
 */
const retextSlant: Plugin<[UserConfig?], Root> = function (options) {
  const processor = createProcessor({format: 'text'}, resolveConfig(options ?? {}, OPTIONS))
  return function (_tree, file) {
    processor.runSync(processor.parse(file), file)
  }
}

export default retextSlant
