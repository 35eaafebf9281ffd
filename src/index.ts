import {VFile} from 'vfile'
import {Engine} from './engine/engine.js'
import {formatOfPath, type Format} from './engine/format.js'
import {createParser, createProcessor, lintFile, type ProcessorOptions} from './processor.js'
import {analysisOf, slantAnalysis, type Analysis} from './analysis.js'
import {fixText, type Edit} from './fix/edits.js'

export {createProcessor, type ProcessorOptions} from './processor.js'
export type {Format} from './engine/format.js'
export {default as remarkSlant} from './plugins/remark.js'
export {default as retextSlant} from './plugins/retext.js'
export {sourcingMap, type SourcingMap, type SourcingSummary, type MappedAttribution, type UnattributedClaim} from './sources/map.js'
export {safeEdits, applyEdits, type Edit, type EditResult} from './fix/edits.js'
export {resolveConfig, type UserConfig, type ResolvedConfig, type RuleSetting} from './config/settings.js'
export {presetNames, loadPreset, type PresetData, type PresetKind} from './config/presets.js'
export {genreNames} from './config/genres.js'
export type {Vocabulary} from './config/vocabulary.js'
export {DataError} from './data/validate.js'
export {loadRuleSpecs, type RuleSpec, type TermSpec, type Severity} from './rules/spec.js'
export type {Voice, Quotation, VoiceAnalysis} from './voice/voice.js'
export type {Attribution} from './voice/attribution.js'
export type {SlantMessage, SlantMessageData} from './message.js'
export type {Analysis} from './analysis.js'

export interface LintOptions extends ProcessorOptions {
  /** Path of the file, used in messages and to pick the format from its extension. */
  path?: string
  /**
   * Find the configuration and `.slantignore` the way the CLI and the language server do: from
   * the file's own folder upwards (needs `path`). The options given are laid over the found
   * configuration; a file `.slantignore` lists comes back with no messages.
   */
  discover?: boolean
}

/** Lints a draft and returns its VFile: `file.messages` holds the findings. */
export function lint(value: string | VFile, options: LintOptions = {}): VFile {
  const {path, discover, format: _format, ...config} = options
  const file = typeof value === 'string' ? new VFile(path === undefined ? {value} : {value, path}) : value
  const format: Format = options.format ?? formatOfPath(file.path)
  if (discover && file.path !== undefined) {
    const engine = new Engine({overrides: config})
    return engine.ignored(file.path) ? file : engine.run(file, file.path, format)
  }
  // A bad option throws (the caller's mistake); a failure on the text is a fatal message on it.
  return lintFile(createProcessor({...config, format}), file)
}

/** Who is speaking each word: the analysis the rules use, for tools that want to show it. */
export function analyzeVoice(value: string, options: {format?: Format} = {}): Analysis {
  const file = new VFile({value})
  const processor = createParser(options.format ?? 'markdown').use(slantAnalysis)
  processor.runSync(processor.parse(file), file)
  return analysisOf(file)
}

export interface FixOutcome {
  /** The draft with the safe fixes applied (every other byte as it was). */
  value: string
  /** The edits applied, pass by pass. */
  applied: Edit[]
  /** The fixed draft, linted: its messages are what is left. */
  file: VFile
}

/**
 * Applies the safe fixes (house terms, loaded speech verbs), as `slant --fix` does: each edit is
 * checked against the text it replaces, and the draft is linted again until nothing changes.
 */
export function fix(value: string, options: LintOptions = {}): FixOutcome {
  const result = fixText(value, (text) => lint(text, options))
  return {value: result.output, applied: result.applied, file: result.file}
}
