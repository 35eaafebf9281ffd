import {VFile} from 'vfile'
import {createParser, createProcessor, lintFile, type Format, type ProcessorOptions} from './processor.js'
import {analysisOf, slantAnalysis, type Analysis} from './analysis.js'

export {createProcessor, type Format, type ProcessorOptions} from './processor.js'
export {resolveConfig, type UserConfig, type ResolvedConfig, type RuleSetting} from './config/settings.js'
export {presetNames, loadPreset, type PresetData, type PresetKind} from './config/presets.js'
export {genreNames} from './config/genres.js'
export type {Vocabulary} from './config/vocabulary.js'
export {loadRuleSpecs, DataError, type RuleSpec, type TermSpec, type Severity} from './rules/spec.js'
export type {Voice, Quotation, VoiceAnalysis} from './voice/voice.js'
export type {Attribution} from './voice/attribution.js'
export type {SlantMessage, SlantMessageData} from './rules/context.js'
export type {Analysis} from './analysis.js'

export interface LintOptions extends ProcessorOptions {
  /** Path of the file, used in messages and to pick the format from its extension. */
  path?: string
}

/** Lints a draft and returns its VFile: `file.messages` holds the findings. */
export function lint(value: string | VFile, options: LintOptions = {}): VFile {
  const file = typeof value === 'string' ? new VFile(options.path === undefined ? {value} : {value, path: options.path}) : value
  const format: Format = options.format ?? (file.extname && /^\.te?xt$/iu.test(file.extname) ? 'text' : 'markdown')
  // A bad option throws (the caller's mistake); a failure on the text is a fatal message on it.
  return lintFile(createProcessor({...options, format}), file)
}

/** Who is speaking each word: the analysis the rules use, for tools that want to show it. */
export function analyzeVoice(value: string, options: {format?: Format} = {}): Analysis {
  const file = new VFile({value})
  const processor = createParser(options.format ?? 'markdown').use(slantAnalysis)
  processor.runSync(processor.parse(file), file)
  return analysisOf(file)
}
