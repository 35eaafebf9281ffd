import type {Attribution} from '../voice/attribution.js'
import {sourceKind} from '../voice/source-kind.js'
import {CUE_LEMMAS} from '../voice/cues.js'
import {MASTHEADS, MASTHEADS_AFTER_THE, MODAL_AUXILIARIES, OUTLET_NAMES, OUTLET_NOUNS} from '../data/word-classes.js'
import {isClause} from '../language/clause.js'
import {contextWindow, report, textOf, type Reporter, type RuleContext} from './context.js'
import {loadRuleSpecs} from './spec.js'
import {loadedTermRules, termIndex} from './term-index.js'

/** Words that say where an unnamed source stands (AP: "as specifically as possible"). */
const AFFILIATION = new Set(
  (
    'police military army navy government administration ministry department embassy campaign company party ' +
    'intelligence security defence defense justice health foreign finance treasury senior administration ' +
    'federal state local city council court prosecution union palace agency industry'
  ).split(' ')
)
/** Phrases that say how the source knows. */
const KNOWLEDGE =
  /\b(?:familiar with|involved in|close to|with (?:direct )?knowledge of|briefed on|who (?:attended|saw|took part|participated|was present|were present|witnessed|(?:was|were) (?:at|in) the (?:meeting|room|talks|briefing|hearing)))\b/iu
/** Phrases that give the reason for anonymity (AP, Reuters, NPR). */
const REASON =
  /\b(?:(?:on|under) (?:the )?condition (?:of|that)|anonymity|anonymously|not authori[sz]ed|asked not to be (?:named|identified)|declined to be (?:named|identified)|requested that (?:his|her|their) name|not permitted to|fear(?:ing|ed)? (?:of )?reprisals?|because (?:he|she|they) (?:was|were) not)\b/iu

/**
 * Anonymous sourcing (AP, Reuters, NPR): an attribution to unnamed sources is flagged when it
 * does not say who they are and how they know, or why they are not named. When the unnamed
 * source delivers a judgement or an attack (loaded words in what it is credited with), the
 * message is an error: anonymity is for information, not opinion.
 */
export function anonymousSources(reporter: Reporter): void {
  const {ctx, rule} = reporter
  const {prose, voice} = ctx
  let reasonGiven: boolean | undefined
  houseFormulas(reporter)
  // One message per source: "a U.S. official said …, but cautioned …" is one unnamed source.
  const seen = new Set<number>()
  for (const a of voice.attributions) {
    // (A side taken, "one official backed the plan", is news about the official, not sourcing.)
    if (!a.source || a.kind === 'position' || seen.has(a.source.start) || sourceKind(prose, a) !== 'anonymous') continue
    // Sourcing is information: a claim (a clause, a quotation, what something is said to be, or what
    // came before "…, officials said"), not a question asked, a statement denied ("have not said
    // when"), or a reaction with an object ("officials praised the protests", "expressed outrage over …").
    if (!givesInformation(ctx, a)) continue
    seen.add(a.source.start)
    const start = Math.min(a.source.start, a.cue.start)
    const end = Math.max(a.source.end, a.cue.end)
    const verdict = reporter.judge(start, end)
    if (!verdict) continue
    const described = isDescribed(ctx, a)
    const block = prose.blocks[prose.words[start]!.block]!
    // The reason for anonymity is often given once, anywhere in the story.
    reasonGiven ??= prose.blocks.some((b) => REASON.test(b.text))
    const reason = reasonGiven
    if (described && reason) continue
    const attack = carriesJudgement(ctx, a)
    const first = prose.words[start]!
    const last = prose.words[end - 1]!
    const text = block.text.slice(first.start, last.end)
    const missing = [described ? '' : 'who they are and how they know', reason ? '' : 'why they are not named'].filter(Boolean).join(', nor ')
    report(ctx, rule, {
      block: first.block,
      start: first.start,
      end: last.end,
      reason: attack
        ? `\`${text}\`: an unnamed source delivering a judgement or an attack; anonymity is for information, not opinion`
        : `\`${text}\`: unnamed source; the story does not say ${missing}`,
      voice: verdict.voice,
      severity: attack ? 'error' : verdict.severity,
      word: start
    })
  }
}

/**
 * Newsroom formulas that hide who the source is: "Fox News has learned", "the Ledger is told",
 * "we were told", "I'm told" with no one named as the teller. The auxiliary each verb takes
 * ("has been told" reads "been" and then "has").
 */
const FORMULA_AUXILIARIES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['learned', new Set(['has', 'have'])],
  ['told', new Set(['is', 'are', 'am', 'was', 'were', 'been', "i'm"])]
])

/**
 * Whether the word before a formula is the newsroom: an outlet's name ("Fox News", "The Ledger",
 * "CNN", "Politico"), "the network" or "the paper", or "we" and "I", the newsroom and the reporter.
 */
function isOutlet(words: ReadonlyArray<{text: string; norm: string}>, i: number): boolean {
  const {text, norm} = words[i]!
  if (norm === 'we' || norm === 'i' || /^\p{Lu}{2,}$/u.test(text)) return true
  if (/^\p{Lu}/u.test(text) && (OUTLET_NAMES.has(norm) || MASTHEADS.has(norm) || MASTHEADS_AFTER_THE.has(norm) || OUTLET_NOUNS.has(norm))) return true
  return OUTLET_NOUNS.has(norm) && /^(?:the|this)$/u.test(words[i - 1]?.norm ?? '')
}

function houseFormulas(reporter: Reporter): void {
  const {ctx, rule} = reporter
  const {prose} = ctx
  const words = prose.words
  // Each word is read once: a formula ends on "told" or "learned" right after its auxiliary.
  const together = (a: number, b: number) =>
    words[a]!.block === words[b]!.block && /^\s+$/u.test(prose.blocks[words[a]!.block]!.text.slice(words[a]!.end, words[b]!.start))
  for (let v = 1; v < words.length; v++) {
    const auxiliaries = FORMULA_AUXILIARIES.get(words[v]!.norm)
    if (!auxiliaries || !auxiliaries.has(words[v - 1]!.norm) || !together(v - 1, v)) continue
    let first = v - 1
    if (words[first]!.norm === 'been') {
      if (first === 0 || !/^ha(?:s|ve)$/u.test(words[first - 1]!.norm) || !together(first - 1, first)) continue
      first--
    }
    const last = v + 1
    const block = prose.blocks[words[v]!.block]!
    // Not "was told by aides": the teller is named.
    if (last < words.length && words[last]!.norm === 'by' && together(v, last)) continue
    // The outlet or the newsroom is the subject: "Fox News has learned", "we were told that";
    // not a person ("Ruiz was told that she had lost"). ("I'm told" carries its subject.)
    const inFormula = words[first]!.norm === "i'm"
    if (!inFormula && (first === 0 || words[first - 1]!.block !== block.index || !isOutlet(words, first - 1))) continue
    // What was told: a "that" clause, a bare clause ("is told the bill is dead") or nothing; not "told to leave".
    const rest = block.text.slice(words[v]!.end)
    const sentenceEnd = prose.sentences[words[first]!.sentence]!.endWord
    const clauseAfter = last < sentenceEnd && words[last]!.block === block.index && isClause(prose, ctx.language, {start: last, end: sentenceEnd})
    // What was learned: a "that" clause or a bare one; not "have learned a lot from her".
    const told = words[v]!.norm === 'told'
    if (told ? !/^\s*(?:that\b|[,.;:]|$)/u.test(rest) && !clauseAfter : !/^\s*that\b/u.test(rest) && !clauseAfter) continue
    const verdict = reporter.judge(first, last)
    if (!verdict) continue
    const formula = block.text.slice(words[first]!.start, words[v]!.end)
    report(ctx, rule, {
      block: block.index,
      start: words[first]!.start,
      end: words[v]!.end,
      reason: `\`${formula}\`: a formula that hides the source; say who told you, or describe them and why they are not named`,
      ...verdict,
      word: first
    })
  }
}

/** Words before a cue that deny it: "have not said", "would never say". */
const NEGATIONS = new Set(['not', "n't", 'never', 'no'])

function givesInformation(ctx: RuleContext, a: Attribution): boolean {
  const {words} = ctx.prose
  const cue = a.cue.start
  if (ctx.language.lemma(cue) === 'ask') return false
  // "one person in a hundred would know what to do": a hypothetical belief is nobody's information.
  if (cue > 0 && MODAL_AUXILIARIES.has(words[cue - 1]!.text) && CUE_LEMMAS.get(ctx.language.lemma(cue)) === 'belief') return false
  for (let i = Math.max(a.source!.end, cue - 2); i < cue; i++) if (NEGATIONS.has(words[i]!.norm) || /n['\u2019]t$/u.test(words[i]!.norm)) return false
  const content = a.content
  if (!content || content.end <= a.cue.start) return true
  // ("described the tenor of the speeches as "inconclusive"", "explain the decline as a reaction …":
  // what something is said to be is information too.)
  for (let i = content.start; i < content.end; i++) if (ctx.voice.quotationOf[i]! >= 0 || words[i]!.norm === 'as') return true
  return isClause(ctx.prose, ctx.language, content)
}

function isDescribed(ctx: RuleContext, a: Attribution): boolean {
  const {words, sentences} = ctx.prose
  const source = a.source!
  for (let i = source.start; i < source.end - 1; i++) {
    const word = words[i]!
    if (AFFILIATION.has(word.norm) || (/^\p{Lu}/u.test(word.text) && i !== sentences[word.sentence]!.firstWord)) return true
  }
  const {from, to} = contextWindow(ctx, source.start, source.end)
  return KNOWLEDGE.test(textOf(ctx, from, to))
}

/** The content credited to the source holds a word from the loaded-language rules. */
function carriesJudgement(ctx: RuleContext, a: Attribution): boolean {
  if (!a.content) return false
  const specs = loadRuleSpecs()
  const loaded = loadedTermRules(specs)
  const index = termIndex(specs)
  for (let i = a.content.start; i < a.content.end; i++) {
    if (index.matchAt(ctx.prose.words, ctx.linked, i, ctx.language).some((m) => loaded.has(m.value.rule) && m.end <= a.content!.end)) return true
  }
  return false
}
