/**
 * Finds attributions (who says what, by which cue) in prose; the public entry of the finder in
 * ./attribution/. `findAttributions` runs `SentenceAttributions.find()` on each sentence, which tries
 * every frame at every word outside quotations (one module per kind of frame in ./attribution/;
 * sentence-reader.ts describes the layers), then gives a lead-in that ends its paragraph (`Limbaugh
 * added:`) the next paragraph as content. Also `namePartsOf` and the re-exported types.
 */
import type {Language} from '../language/language.js'
import {endsWithColon, type Prose} from '../parse/prose.js'
import {ACCORDING, SPEECH_VERBS} from './cues.js'
import type {Attribution, AttributionSettings} from './attribution/types.js'
import {IdiomFrames} from './attribution/idioms.js'

export {creditsContent, type Attribution, type AttributionSettings, type CueMark, type WordRange} from './attribution/types.js'

/** Conjunctions that join a clause of its own after a comma: "…, but he said …". */
const CLAUSE_JOINS = new Set(['and', 'but', 'yet'])

const verbSets = new WeakMap<AttributionSettings, ReadonlySet<string>>()

/** The speech verbs with the configuration's own added, built once per configuration. */
function verbsFor(settings: AttributionSettings): ReadonlySet<string> {
  if (!settings.verbs?.length) return SPEECH_VERBS
  let verbs = verbSets.get(settings)
  if (!verbs) {
    const set = new Set(SPEECH_VERBS)
    for (const verb of settings.verbs) set.add(verb.toLowerCase())
    verbs = set
    verbSets.set(settings, verbs)
  }
  return verbs
}

/** Finds the attributions of every sentence, ignoring words inside quotations. */
export function findAttributions(prose: Prose, quoted: readonly boolean[], language: Language, settings: AttributionSettings = {}): Attribution[] {
  const verbs = verbsFor(settings)
  const found: Attribution[] = []
  // Words the story uses inside names, read only if a headline asks (namePartsOf keeps them).
  const storyNames = (): ReadonlySet<string> => namePartsOf(prose)
  for (const sentence of prose.sentences) {
    const finder = new SentenceAttributions(prose, sentence, quoted, verbs, language, storyNames)
    found.push(...finder.find())
  }
  for (const attribution of found) leadInParagraph(prose, attribution)
  return found
}

/** Each story's name parts, read once: the source-kind check asks for them for every short source. */
const namePartsByProse = new WeakMap<Prose, ReadonlySet<string>>()

/** Capitalised words that follow another capitalised word in their sentence: the later parts of names. */
export function namePartsOf(prose: Prose): ReadonlySet<string> {
  const cached = namePartsByProse.get(prose)
  if (cached) return cached
  const parts = new Set<string>()
  namePartsByProse.set(prose, parts)
  const {words} = prose
  for (let j = 1; j < words.length; j++) {
    const word = words[j]!
    const before = words[j - 1]!
    if (before.sentence === word.sentence && /^\p{Lu}\p{Ll}/u.test(before.text) && /^\p{Lu}/u.test(word.text)) parts.add(word.text)
  }
  return parts
}

/** The most words between a lead-in's cue and its colon ("said in a statement on Monday night:"). */
const LEAD_IN_TAIL = 8

/**
 * `Limbaugh added:` ending its paragraph, with no quotation marks after it: what was said is the
 * next paragraph (a block quote, a transcript excerpt or a statement pasted as plain text). The
 * few words between the cue and the colon ("told reporters on Monday:") were not what was said.
 */
function leadInParagraph(prose: Prose, attribution: Attribution): void {
  const {words, blocks} = prose
  if (!attribution.source || attribution.vague || attribution.mark) return
  const cue = words[attribution.cue.end - 1]!
  const block = blocks[cue.block]!
  if (block.kind !== 'paragraph' || !endsWithColon(block.text)) return
  // Adjuncts may stand between the cue and the colon ("told reporters on Monday:"), not another sentence.
  let start = attribution.cue.end
  while (start < words.length && words[start]!.block === block.index) {
    if (words[start]!.sentence !== cue.sentence || start - attribution.cue.end >= LEAD_IN_TAIL) return
    start++
  }
  const next = blocks[words[start]?.block ?? -1]
  if (next?.index !== block.index + 1 || next.kind !== 'paragraph') return
  let end = start
  while (end < words.length && words[end]!.block === next.index) end++
  attribution.content = {start, end}
}

class SentenceAttributions extends IdiomFrames {
  find(): Attribution[] {
    // A sentence of symbols alone ("𖿲") has no words to read.
    if (this.first >= this.end) return []
    const out: Attribution[] = []
    const taken = new Set<number>()
    for (let k = this.first; k < this.end; k++) {
      if (this.quoted[k] || taken.has(k)) continue
      const found =
        this.words[k]!.norm === ACCORDING
          ? this.accordingTo(k)
          : (this.recordShows(k) ??
            this.evidential(k) ??
            this.hearsay(k) ??
            this.seesAs(k) ??
            this.inViewOf(k) ??
            this.possessedClaim(k) ??
            this.speech(k, out.at(-1)) ??
            this.closingVerb(k) ??
            this.invertedVerb(k) ??
            this.recordHolds(k) ??
            this.inWordsOf(k) ??
            this.inRecord(k) ??
            this.moreFrom(k) ??
            this.utteranceObject(k) ??
            this.asPutIt(k) ??
            this.madeClear(k))
      if (found) {
        out.push(found)
        for (let i = found.cue.start; i < found.cue.end; i++) taken.add(i)
      }
    }
    // "Fundraising documents show …": a noun read as a cue ("documents") inside the source of the next cue is no cue.
    for (let n = out.length - 2; n >= 0; n--) {
      const next = out[n + 1]!.source
      if (next && next.start <= out[n]!.cue.start && out[n]!.cue.end <= next.end) out.splice(n, 1)
    }
    this.endAtCoordinatedClause(out)
    // A clause with no cue of its own that introduces a quotation after a colon.
    const introduced = out.length === 0 ? this.colonQuote() : undefined
    if (introduced) out.push(introduced)
    const asked = taken.size === 0 || !out.some((a) => a.cue.start <= this.first + 1) ? this.askedLead() : undefined
    if (asked) {
      // "Asked if …, 46 percent of voters said yes": the question is the lead's; what was said follows the cue.
      const leadEnd = asked.content?.end ?? asked.cue.end
      for (const a of out) {
        if (!a.content || a.content.start > asked.cue.start || a.content.end > leadEnd + 1) continue
        const after = this.contentAfter(a.cue.end)
        if (after) a.content = after
        else delete a.content
      }
      out.unshift(asked)
    }
    const headline = this.headlineColon() ?? this.headlineLead() ?? this.speakerLabel() ?? this.inRecordLead()
    if (!headline) return out
    // "Obama: I'm Optimistic Americans Will Say No to Trump": a headline's speaker label holds
    // what follows its colon; a title-case "cue" inside that is part of what was said.
    const inside = (a: Attribution) =>
      headline.kind === 'headline' && headline.content !== undefined && headline.content.start <= a.cue.start && a.cue.end <= headline.content.end
    // A transcript turn (`FALLIN: Well, I think …`) holds whatever its speaker reports in it.
    if (headline.kind === 'speech') return [headline, ...out]
    const rest = out.filter((a) => !inside(a))
    return rest.length === 0 ? [headline] : out
  }

  /**
   * "He agreed that Trump may struggle, but he said that …": a clause of its own with its own
   * speaker and cue, joined by a conjunction after a comma, ends what the attribution before it
   * reports (the map would otherwise read "he said" as restating the first speaker).
   */
  private endAtCoordinatedClause(out: Attribution[]): void {
    for (let n = 0; n + 1 < out.length; n++) {
      const a = out[n]!
      const b = out[n + 1]!
      if (!a.content || !b.source || b.source.end > b.cue.start || (b.content && b.content.start < b.cue.end)) continue
      const join = b.source.start - 1
      if (join <= a.content.start || join >= a.content.end || !CLAUSE_JOINS.has(this.words[join]!.norm) || !/,/u.test(this.gap(join - 1, join))) continue
      a.content = {start: a.content.start, end: join}
    }
  }
}
