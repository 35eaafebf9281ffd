import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import remarkFrontmatter from 'remark-frontmatter'
import remarkMdx from 'remark-mdx'
import remarkMessageControl from 'remark-message-control'
import remarkParse from 'remark-parse'
import {unified, type Plugin, type Processor} from 'unified'
import {slantAnalysis} from './analysis.js'
import {NAME} from './constants.js'
import type {Format} from './engine/format.js'
import {resolveConfig, type ResolvedConfig, type UserConfig} from './config/settings.js'
import {gfmOnDemand} from './parse/gfm.js'
import {markdownGuard} from './parse/markdown-guard.js'
import {linearEditMap} from './parse/micromark-patch.js'
import {textParse} from './parse/text.js'
import {dropSuperseded, sortMessages} from './rules/order.js'
import {loadRuleSpecs} from './rules/spec.js'
import {slantRules} from './engine/lint-rules.js'

export interface ProcessorOptions extends UserConfig {
  format?: Format
}

/** A processor that only parses: Markdown (GFM, front matter), MDX or plain text into mdast. */
export function createParser(format: Format): Processor<Root> {
  const base = unified()
  if (format === 'text') return base.use(textParse) as unknown as Processor<Root>
  const markdown = base.use(remarkParse).use(linearEditMap)
  if (format === 'mdx') markdown.use(remarkMdx)
  return markdown
    .use(gfmOnDemand)
    .use(remarkFrontmatter, ['yaml', 'toml'])
    .use(markdownGuard, {pieces: format === 'markdown'}) as unknown as Processor<Root>
}

/**
 * unified plugin: slant's steps after parsing, on an mdast tree: analysis → rules → superseded
 * messages dropped → ignore comments → order. Dropping comes before comments, so ignoring the
 * message shown on a phrase ("slant ignore weasel") leaves nothing there; comment control runs
 * after every rule because it is attached after them.
 */
export const slantLint: Plugin<[ResolvedConfig], Root> = function (config) {
  this.use(slantAnalysis, config.attribution)
    .use(slantRules, config)
    .use(dropSuperseded)
    .use(commentControl, {name: NAME, source: NAME, known: [...loadRuleSpecs().keys()]})
    .use(actualText)
    .use(sortMessages)
}

/**
 * unified compiler: the draft as it was. slant reports, it does not rewrite, so `process()`
 * leaves `file.value` unchanged (safe fixes are `fix()` in the API and `--fix` in the CLI).
 */
export const unchangedSource: Plugin<[], Root, string> = function () {
  this.compiler = (_tree, file) => String(file.value)
}

/** A slant processor: parse (Markdown or plain text) → analysis → rules → ignore comments → order. */
export function createProcessor(options: ProcessorOptions = {}, resolved?: ResolvedConfig): Processor<Root, Root, Root, Root, string> {
  const {format = 'markdown', ...user} = options
  const config = resolved ?? resolveConfig(user)
  return createParser(format).use(slantLint, config).use(unchangedSource) as unknown as Processor<Root, Root, Root, Root, string>
}

/**
 * unified plugin: `<!-- slant … -->` comments (remark-message-control). A malformed one
 * (`<!-- slant disab le -->`) makes it throw with the problem already on the file: the file
 * keeps that message and every finding, and the steps after it still run (found by fuzzing).
 */
const commentControl: Plugin<[Parameters<typeof remarkMessageControl>[0]], Root> = function (options) {
  const control = remarkMessageControl(options)
  return (tree, file) => {
    try {
      control(tree, file)
    } catch (error) {
      if (!file.messages.includes(error as VFileMessage)) throw error
    }
  }
}

/**
 * unified plugin: every message with a range says the source text at that range (`actual`),
 * as slant's own do; remark-message-control's (an unknown rule in a comment) do not.
 */
const actualText: Plugin<[], Root> = function () {
  return (_tree, file) => {
    const source = String(file.value)
    for (const message of file.messages) {
      const place = message.place
      if (message.actual !== undefined || !place || !('start' in place) || place.start.offset === undefined || place.end.offset === undefined) continue
      message.actual = source.slice(place.start.offset, place.end.offset)
    }
  }
}

/**
 * Runs a slant processor on one file. Any failure becomes a fatal message with no rule id on
 * that file, as unified-engine reports a file it cannot process, so the caller goes on with the
 * next file: the API, the CLI and the language server all lint through here.
 */
export function lintFile(processor: Processor<Root, Root, Root, Root, string>, file: VFile): VFile {
  try {
    processor.runSync(processor.parse(file), file)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    file.message(`cannot lint this file: ${reason.split('\n')[0]}`, {source: NAME}).fatal = true
  }
  return file
}
