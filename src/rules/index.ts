import {Reporter, type ActiveRule, type RuleContext} from './context.js'
import {agentlessAttribution} from './agentless-attribution.js'
import {asymmetricWording} from './asymmetric-wording.js'
import {conflictFraming} from './conflict-framing.js'
import {allowedRanges, dropAllowed} from './allow.js'
import {anonymousSources} from './anonymous-source.js'
import {equality} from './equality.js'
import {evaluative} from './evaluative.js'
import {quoteWithoutSpeaker} from './quote-without-speaker.js'
import {unsourcedFigures} from './unsourced-figure.js'
import {extrajudicial} from './extrajudicial.js'
import {scareQuotes} from './scare-quotes.js'
import {loadRuleSpecs, type RuleSpec} from './spec.js'
import {speechVerbs} from './speech-verb.js'
import {runTermRules} from './term-rule.js'

/** A rule whose logic is code: it finds words and reports them through its reporter (bound to the file and the rule). */
export type CodeRule = (report: Reporter) => void

/** Rules whose logic is code (`kind: code` in their YAML), by id. */
export const CODE_RULES: Readonly<Record<string, CodeRule>> = {
  'agentless-attribution': agentlessAttribution,
  'asymmetric-wording': asymmetricWording,
  'conflict-framing': conflictFraming,
  extrajudicial,
  'scare-quotes': scareQuotes,
  'speech-verb': speechVerbs,
  equality,
  evaluative,
  'unsourced-figure': unsourcedFigures,
  'quote-without-speaker': quoteWithoutSpeaker,
  'anonymous-source': anonymousSources
}

/**
 * Runs the active rules over one analysed file: the term rules in one pass, then each code
 * rule; then drops findings inside the allowed phrases.
 */
export function runRules(ctx: RuleContext, rules: ReadonlyMap<string, ActiveRule>, house: RuleSpec | undefined, allow: readonly string[]): void {
  runTermRules(ctx, rules, loadRuleSpecs(), house)
  for (const rule of rules.values()) CODE_RULES[rule.id]?.(new Reporter(ctx, rule))
  if (allow.length > 0) dropAllowed(ctx.file, allowedRanges(ctx, allow))
}
