import {IRREGULAR_VERBS} from '../match/irregular.js'
import {reasonFor, report, voiceOfRange, type ActiveRule, type RuleContext} from './context.js'

/** Verbs whose passive hides who holds the view: "is expected to", "are seen as", "it is believed". */
const VIEW_LEMMAS = new Set(
  ('say think believe know expect see consider regard view describe accept report rumour rumor suggest claim allege ' +
    'understand feel fear hold estimate assume acknowledge argue predict deem perceive portray characterise characterize ' +
    'brand label tout bill hail criticise criticize praise recognise recognize agree dispute question doubt speculate').split(' ')
)
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", 'am'])
/** What follows the participle when it frames a view: "expected to", "seen as", "believed that". */
const FRAME_AFTER = new Set(['to', 'as', 'that', 'by'])
/** Agents that are no agent at all: "seen by many as", "considered by some". */
const VAGUE_AGENTS = new Set('many some most others few several critics observers experts analysts people commentators insiders'.split(' '))
const REACH = 3

/** Whether word `i` is the past participle of a view verb. */
function viewParticiple(ctx: RuleContext, i: number): boolean {
  const word = ctx.prose.words[i]!
  const lemma = ctx.language.lemma(i)
  if (!VIEW_LEMMAS.has(lemma)) return false
  const irregular = IRREGULAR_VERBS.get(lemma)
  return word.norm.endsWith('ed') || word.norm === irregular?.participle || word.norm === irregular?.past
}

/**
 * Agentless and collective attribution in the reporter's voice: a passive of a view verb with
 * no agent or a vague one ("it is widely believed that", "is expected to face", "are seen by
 * many as", "is often described as"), in a sentence that credits nobody.
 */
export function agentlessAttribution(ctx: RuleContext, rule: ActiveRule): void {
  const {words, blocks} = ctx.prose
  for (let i = 1; i < words.length; i++) {
    const word = words[i]!
    if (!/(?:ed|en|wn|ght|id|ld|ne|un)$/u.test(word.norm) || ctx.voice.sourced[word.sentence]) continue
    if (!viewParticiple(ctx, i)) continue
    // A form of "be" shortly before, with only adverbs and "not" between ("is widely known").
    let be = -1
    for (let j = i - 1; j >= Math.max(0, i - REACH) && words[j]!.sentence === word.sentence; j--) {
      if (BE.has(words[j]!.norm)) {
        be = j
        break
      }
      if (ctx.language.pos(j) !== 'ADV' && words[j]!.norm !== 'not') break
    }
    if (be < 0) continue
    const next = words[i + 1]
    const sameSentence = next !== undefined && next.sentence === word.sentence && ctx.linked[i] === 1
    const subject = impersonalSubject(ctx, be)
    const impersonal = subject >= 0
    if (!impersonal && !(sameSentence && FRAME_AFTER.has(next.norm))) continue
    // "is expected to face": an infinitive; "are reported to the floor" is a place, not a view.
    if (!impersonal && next!.norm === 'to' && ctx.language.pos(i + 2) !== 'VERB' && ctx.language.pos(i + 2) !== 'AUX') continue
    let end = i + 1
    if (sameSentence && next.norm === 'by') {
      // "by many" is no agent; "by the minister" or "by Ruiz" is.
      const agent = words[i + 2]
      if (!agent || agent.sentence !== word.sentence || !VAGUE_AGENTS.has(agent.norm)) continue
      end = i + 3
    }
    const start = impersonal ? subject : be
    const first = words[start]!
    const last = words[end - 1]!
    const voice = voiceOfRange(ctx.voice, start, end)
    const severity = rule.severityFor(voice)
    if (!severity) continue
    const actual = blocks[first.block]!.text.slice(first.start, last.end)
    report(ctx, rule, {
      block: first.block,
      start: first.start,
      end: last.end,
      reason: reasonFor(rule.spec, actual, {suggest: []}),
      voice,
      severity,
      word: start
    })
  }
}


/** The "it" of an impersonal passive ("it is said", "it has been suggested"), auxiliaries between, or -1. */
function impersonalSubject(ctx: RuleContext, be: number): number {
  const {words} = ctx.prose
  for (let j = be - 1; j >= Math.max(0, be - 3) && words[j]!.sentence === words[be]!.sentence; j--) {
    if (words[j]!.norm === 'it') return j
    if (ctx.language.pos(j) !== 'AUX') return -1
  }
  return -1
}
