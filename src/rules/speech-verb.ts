import {isClause} from '../language/clause.js'
import {contextWindow, type Reporter, type RuleContext} from './context.js'
import {ruleIndex} from './term-index.js'

/** Words that show the verb is used in its legal sense (a confession in court is a confession). */
const LEGAL = new Set(['court', 'trial', 'testified', 'testimony', 'pleaded', 'plea', 'jury', 'judge', 'sentencing', 'hearing', 'guilty'])
/** Subjects that can really refute (disprove) something. */
const EVIDENCE = new Set(['data', 'evidence', 'study', 'studies', 'research', 'results', 'findings', 'tests', 'test', 'experiment', 'experiments', 'analysis', 'figures', 'records', 'footage', 'report'])

/**
 * Loaded verbs of attribution (MOS:SAID): flags an attribution cue whose verb is in the rule's
 * term list, when it really attributes speech: content before it (`…, she insisted.`), or a
 * clause or quotation after it (`claimed that …`, `admitted he …`). "Admitted to hospital",
 * "claimed the title" and "conceded defeat" are not attributions.
 */
export function speechVerbs(report: Reporter): void {
  const {ctx, rule} = report
  const {words, blocks} = ctx.prose
  const index = ruleIndex(rule.spec)
  for (const attribution of ctx.voice.attributions) {
    if (attribution.kind !== 'speech') continue
    const [match] = index.matchAt(words, ctx.linked, attribution.cue.start, ctx.language)
    if (!match) continue
    const cueEnd = match.end
    const contentFirst = attribution.content && attribution.content.end <= attribution.cue.start
    const next = words[cueEnd]
    const text = blocks[words[match.start]!.block]!.text
    const after = next && next.sentence === words[match.start]!.sentence ? text.slice(words[cueEnd - 1]!.end, next.start) : ''
    // "Refuted the report" is the misuse itself (refute means disprove), object or clause alike.
    const subjectHead = attribution.source ? words[attribution.source.end - 1]!.norm : ''
    // The attribution frame decided that the verb reports speech: content before it, or a clause
    // (with or without "that"), a quotation or a colon after it. Evidence does refute.
    const speaks = words[match.start]!.norm.startsWith('refut')
      ? !EVIDENCE.has(subjectHead)
      : contentFirst || /["\u201C\u2018:]/u.test(after) || (attribution.content !== undefined && isClause(ctx.prose, ctx.language, attribution.content))
    // Court reporting (genre `court`) sets `legal-context`: every sentence is a legal one.
    if (!speaks || rule.option<boolean>('legal-context') || inLegalContext(ctx, match.start)) continue
    report.match(match)
  }
}

function inLegalContext(ctx: RuleContext, word: number): boolean {
  const {from, to} = contextWindow(ctx, word, word + 1)
  for (let i = from; i < to; i++) if (LEGAL.has(ctx.prose.words[i]!.norm)) return true
  return false
}
