import type {Root} from 'mdast'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import type {ResolvedConfig} from '../config/settings.js'
import {linkWords} from '../match/phrase-index.js'
import {analysisOf} from '../analysis.js'
import {ActiveRule, type RuleContext} from './context.js'
import {anonymousSources} from './anonymous-source.js'
import {equality} from './equality.js'
import {quoteWithoutSpeaker} from './quote-without-speaker.js'
import {unsourcedFigures} from './unsourced-figure.js'
import {scareQuotes} from './scare-quotes.js'
import {DataError, loadRuleSpecs} from './spec.js'
import {speechVerbs} from './speech-verb.js'
import {runTermRules} from './term-rule.js'

export type CodeRule = (ctx: RuleContext, rule: ActiveRule) => void

/** Rules whose logic is code (`kind: code` in their YAML), by id. */
export const CODE_RULES: Readonly<Record<string, CodeRule>> = {
  'scare-quotes': scareQuotes,
  'speech-verb': speechVerbs,
  equality,
  'unsourced-figure': unsourcedFigures,
  'quote-without-speaker': quoteWithoutSpeaker,
  'anonymous-source': anonymousSources
}

/** The rules that are on in a configuration. */
export function activeRules(config: ResolvedConfig): Map<string, ActiveRule> {
  const specs = loadRuleSpecs()
  const active = new Map<string, ActiveRule>()
  for (const [id, setting] of config.rules) {
    if (setting.severity === 'off') continue
    const spec = specs.get(id)!
    if (spec.kind === 'code' && !CODE_RULES[id]) throw new DataError(spec.file, `no implementation for code rule \`${id}\``)
    active.set(id, new ActiveRule(spec, setting))
  }
  return active
}

/** unified plugin: runs every active rule over the analysis the `analysis` plugin left on the file. */
export const slantRules: Plugin<[ResolvedConfig], Root> = function (config) {
  const rules = activeRules(config)
  const specs = [...loadRuleSpecs().values()]
  return function (_tree: Root, file: VFile) {
    const {prose, voice} = analysisOf(file)
    const ctx: RuleContext = {file, prose, voice, linked: linkWords(prose.words, (b) => prose.blocks[b]!.text)}
    runTermRules(ctx, rules, specs)
    for (const rule of rules.values()) CODE_RULES[rule.id]?.(ctx, rule)
  }
}
