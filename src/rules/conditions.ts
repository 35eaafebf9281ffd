import {contextWindow, textOf, type RuleContext} from './context.js'

/**
 * Named conditions a rule's YAML can list under `when:`. Each says whether a match should be
 * reported; logic that word lists cannot express lives here, not in the data.
 */
export type Condition = (ctx: RuleContext, start: number, end: number) => boolean

/** Words that introduce the names behind a vague group: "critics, including Sen. Jane Doe". */
const NAMING = new Set(['including', 'includes', 'like', 'notably', 'namely', 'led', 'among', 'such'])

/** MOS:WEASEL: vague attribution is fine when the same sentence names who is meant. */
const noNamedSource: Condition = (ctx, start, end) => {
  const {words, sentences} = ctx.prose
  const sentence = sentences[words[start]!.sentence]!
  const {from} = contextWindow(ctx, start, end)
  const last = Math.min(sentence.endWord, end + 8)
  for (let i = from; i < last; i++) {
    if (!NAMING.has(words[i]!.norm)) continue
    for (let j = i + 1; j < Math.min(last + 3, sentence.endWord, i + 5); j++) {
      if (/^\p{Lu}/u.test(words[j]!.text)) return false
    }
  }
  // "Critics (Jane Doe and …)" or "experts at Harvard University say": a name right after the group.
  const next = words[end]
  if (next && next.sentence === sentence.index && /^(?:at|from|with)$/u.test(next.norm)) {
    const after = words[end + 1]
    if (after && /^\p{Lu}/u.test(after.text)) return false
  }
  return true
}

/** Words that show a study is identified: where it was published, or by whom. */
const STUDY_NAMED = /\b(?:published|journal|university|institute|(?:19|20)\d\d)\b/iu

/** A research claim is fine when the sentence names the study (a name, a journal, a year). */
const noNamedStudy: Condition = (ctx, start, end) => {
  const {words, sentences} = ctx.prose
  const sentence = sentences[words[start]!.sentence]!
  const {from, to} = contextWindow(ctx, start, end)
  for (let i = from; i < to; i++) {
    if (i >= start && i < end) continue
    if (i !== sentence.firstWord && /^\p{Lu}/u.test(words[i]!.text)) return false
  }
  return !STUDY_NAMED.test(textOf(ctx, from, to))
}

/** True when some word near the match, in its sentence, is in `set`. */
function sentenceHas(ctx: RuleContext, start: number, set: ReadonlySet<string>): boolean {
  const {from, to} = contextWindow(ctx, start, start + 1)
  for (let i = from; i < to; i++) if (set.has(ctx.prose.words[i]!.norm)) return true
  return false
}

const words = (list: string) => new Set(list.split(' '))

/** A court or tribunal's finding in the sentence: "the tribunal ruled the killings were genocide". */
const LEGAL_FINDING = words('court courts tribunal tribunals icj icc icty ictr judge judges ruled rules ruling judgment judgement verdict convicted conviction convictions')
/** Events whose legal characterisation is settled by international courts. */
const ESTABLISHED = words('srebrenica rwandan holocaust')

/** Peace-journalism guidance: genocide, massacre and the like need attribution or a legal finding. */
const noLegalFinding: Condition = (ctx, start) => {
  const before = start > 0 ? ctx.prose.words[start - 1]!.norm : ''
  return !ESTABLISHED.has(before) && !sentenceHas(ctx, start, LEGAL_FINDING)
}

const CONVICTION = words('convicted conviction convictions guilty sentenced verdict')

/** AP: nobody is a murderer (or murdered) before a murder conviction. */
const noConviction: Condition = (ctx, start) => !sentenceHas(ctx, start, CONVICTION)

/** Who makes allegations in a crime story: naming one of them sources it. */
const ACCUSERS = words('prosecutor prosecutors police indictment indicted charges charged charge lawsuit complaint court prosecution plaintiff plaintiffs accuser accusers investigators affidavit')

/** AP: always name the source of an allegation: the sentence attributes it to someone. */
const unattributed: Condition = (ctx, start) => {
  const sentence = ctx.prose.words[start]!.sentence
  return !ctx.voice.attributions.some((a) => a.sentence === sentence && !a.vague) && !sentenceHas(ctx, start, ACCUSERS)
}

export const CONDITIONS: Readonly<Record<string, Condition>> = {
  'no-named-source': noNamedSource,
  'no-named-study': noNamedStudy,
  'no-legal-finding': noLegalFinding,
  'no-conviction': noConviction,
  unattributed
}

export const CONDITION_NAMES: readonly string[] = Object.keys(CONDITIONS)
