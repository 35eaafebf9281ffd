import {report, type Reporter} from './context.js'

type Verb = 'killed' | 'died'

/** A capitalised demonym or group name: Israelis, Palestinian, Russians, Sudanese, Kurdish. */
const DEMONYM = /^\p{Lu}\p{Ll}+(?:ans?|is?|ese|ish)$/u
/** A capitalised word after these is a place ("in Paris", "from Tunis"), not the victims. */
const PLACE = new Set(['in', 'at', 'from', 'near', 'to', 'of', 'into', 'across', 'outside', 'inside', 'around'])
/** How far from the verb the victims may stand (in words of the same sentence). */
const REACH = 6

/**
 * Peace journalism: comparable deaths on different sides deserve the same verb. Over the whole
 * article, finds the victims of each death verb in the reporter's words (the demonym before
 * "were killed" / "died", after active "killed") and notes a group whose dead only ever "died"
 * when another group's dead were "killed".
 */
export function asymmetricWording({ctx, rule}: Reporter): void {
  const {words, sentences, blocks} = ctx.prose
  const verbs = new Map<string, Verb>()
  for (const w of rule.option<string[]>('killed')) verbs.set(w, 'killed')
  for (const w of rule.option<string[]>('died')) verbs.set(w, 'died')
  const passive = new Set(rule.option<string[]>('passive'))
  const sides = new Map<string, Partial<Record<Verb, number>>>()
  for (let i = 0; i < words.length; i++) {
    const verb = verbs.get(words[i]!.norm)
    if (!verb || !rule.severityFor(ctx.voice.voices[i]!)) continue
    const sentence = sentences[words[i]!.sentence]!
    const agentless = verb === 'died' || (i > sentence.firstWord && passive.has(words[i - 1]!.norm))
    const range = agentless ? span(i - 1, Math.max(sentence.firstWord, i - REACH), -1) : span(i + 1, Math.min(sentence.endWord - 1, i + REACH), 1)
    const victim = range.find((j) => DEMONYM.test(words[j]!.text) && !(j > sentence.firstWord && PLACE.has(words[j - 1]!.norm)))
    if (victim === undefined) continue
    const side = words[victim]!.text.replace(/s$/u, '')
    const seen = sides.get(side) ?? {}
    seen[verb] ??= i
    sides.set(side, seen)
  }
  const killedOnly = [...sides].filter(([, v]) => v.killed !== undefined && v.died === undefined)
  for (const [side, seen] of sides) {
    const other = killedOnly.find(([name]) => name !== side)
    if (seen.died === undefined || seen.killed !== undefined || !other) continue
    const word = words[seen.died]!
    const severity = rule.severityFor(ctx.voice.voices[seen.died]!)
    if (!severity) continue
    const actual = blocks[word.block]!.text.slice(word.start, word.end)
    report(ctx, rule, {
      block: word.block,
      start: word.start,
      end: word.end,
      reason: `\`${actual}\` for ${side} dead, but \`${words[other[1].killed!]!.text}\` for ${other[0]} dead in this article; use the same verb for comparable deaths`,
      voice: ctx.voice.voices[seen.died]!,
      severity,
      expected: [],
      word: seen.died
    })
  }
}

/** Word indices from `from` to `to` (inclusive), stepping by `step`. */
function span(from: number, to: number, step: 1 | -1): number[] {
  const out: number[] = []
  for (let i = from; step > 0 ? i <= to : i >= to; i += step) out.push(i)
  return out
}
