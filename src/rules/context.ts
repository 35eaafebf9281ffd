import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import {analysisOf} from '../analysis.js'
import {DOCS_URL, NAME} from '../constants.js'
import type {SlantMessage, SlantMessageData} from '../message.js'
import type {Language} from '../language/language.js'
import {adaptSuggestion, linkWords, type PhraseMatch} from '../match/phrase-index.js'
import type {Prose} from '../parse/prose.js'
import type {Voice, VoiceAnalysis} from '../voice/voice.js'
import type {RuleSetting, RuleSpec, Severity, TermSpec} from './spec.js'

/** Everything a rule reads: the prose, who speaks each word, and which words stand together. */
export interface RuleContext {
  file: VFile
  prose: Prose
  voice: VoiceAnalysis
  /** Parts of speech and lemmas, tagged per sentence on first use. */
  language: Language
  linked: Uint8Array
}

/** The context of a file the analysis plugin has run on. */
export function ruleContext(file: VFile): RuleContext {
  const {prose, voice, language} = analysisOf(file)
  return {file, prose, voice, language, linked: linkWords(prose.words, (b) => prose.blocks[b]!.text)}
}

/** A rule as configured for this run. */
export class ActiveRule {
  constructor(
    readonly spec: RuleSpec,
    readonly setting: RuleSetting
  ) {}

  get id(): string {
    return this.spec.id
  }

  /** An option's value: the user's setting, else the default the rule's YAML declares. */
  option<T>(name: string): T {
    if (!Object.hasOwn(this.spec.options, name)) throw new Error(`rule \`${this.id}\` reads the undeclared option \`${name}\``)
    const options = this.setting.options
    return (Object.hasOwn(options, name) ? options[name] : this.spec.options[name]?.default) as T
  }

  /** The severity of a finding in `voice`, or undefined when the rule ignores that voice. */
  severityFor(voice: Voice): Severity | undefined {
    if (this.setting.severity === 'off') return undefined
    const policy = this.setting.voices[voice] ?? this.spec.voices[voice]
    if (policy === 'off') return undefined
    return policy === 'on' ? this.setting.severity : policy
  }
}

export interface Finding {
  /** Block and prose offsets of the flagged text. */
  block: number
  start: number
  end: number
  reason: string
  voice: Voice
  severity: Severity
  expected?: string[]
  term?: TermSpec
  /** Word index used to look up a speaker for the hover text. */
  word?: number
  note?: string
}

/** Voices ranked by how much they protect the words from the reporter's-voice rules. */
const VOICE_RANK: Record<Voice, number> = {narrative: 0, headline: 1, reported: 2, scare: 3, quote: 4}

/** The voice of a run of words: the most protective one among them. */
function voiceOfRange(voice: VoiceAnalysis, start: number, end: number): Voice {
  let best: Voice = voice.voices[start] ?? 'narrative'
  for (let i = start + 1; i < end; i++) if (VOICE_RANK[voice.voices[i]!] > VOICE_RANK[best]) best = voice.voices[i]!
  return best
}

const locations = new WeakMap<VFile, ReturnType<typeof location>>()

/** Adds a message with an exact range: its `actual` is the source text at that range. */
export function report(ctx: RuleContext, rule: ActiveRule, finding: Finding): SlantMessage {
  const {file, prose} = ctx
  let place = locations.get(file)
  if (!place) {
    place = location(file)
    locations.set(file, place)
  }
  const range = prose.sourceRange(finding.block, finding.start, finding.end)
  const start = {...place.toPoint(range.start)!, offset: range.start}
  const end = {...place.toPoint(range.end)!, offset: range.end}
  const message = file.message(finding.reason, {place: {start, end}, ruleId: rule.id, source: NAME}) as SlantMessage
  const actual = prose.source.slice(range.start, range.end)
  message.actual = actual
  message.expected = (finding.expected ?? []).map((e) => matchCase(e, actual))
  const source = finding.term?.source ?? rule.spec.source
  const note = finding.note ?? finding.term?.note
  message.note = `${note ? `${note} ` : ''}Source: ${source.guide} <${source.url}>`
  message.url = `${DOCS_URL}${rule.id}.md`
  message.fatal = finding.severity === 'error' ? true : finding.severity === 'warning' ? false : undefined
  const decodedText = prose.blocks[finding.block]!.text.slice(finding.start, finding.end)
  let fixable = finding.term?.fixable ?? rule.spec.fixable
  // An edit over Markdown markup (emphasis inside the phrase, an entity) would lose the markup.
  if (fixable === 'safe' && (decodedText !== actual || message.expected.length !== 1)) fixable = 'suggest'
  if (message.expected.length === 0) fixable = 'none'
  const data: SlantMessageData = {voice: finding.voice, fixable, family: rule.spec.family}
  if (finding.term) data.term = finding.term.id
  const speaker = finding.word === undefined ? undefined : speakerOf(ctx, finding.word)
  if (speaker) data.speaker = speaker
  message.data = data
  return message
}

/** Reports a term matched on words [start, end): the shape every word-list finding shares. */
function reportTerm(ctx: RuleContext, rule: ActiveRule, match: PhraseMatch<TermSpec>, voice: Voice, severity: Severity, note?: string): SlantMessage {
  const {words, blocks} = ctx.prose
  const first = words[match.start]!
  const last = words[match.end - 1]!
  const actual = blocks[first.block]!.text.slice(first.start, last.end)
  const expected = match.value.suggest.map((s) => adaptSuggestion(s, match))
  const finding: Finding = {
    block: first.block,
    start: first.start,
    end: last.end,
    reason: reasonFor(rule.spec, actual, {suggest: expected, ...(match.value.message === undefined ? {} : {message: match.value.message})}),
    voice,
    severity,
    expected,
    term: match.value,
    word: match.start
  }
  if (note) finding.note = note
  return report(ctx, rule, finding)
}

/** Where the rule speaks on words [start, end): their voice and its severity there. */
export interface Verdict {
  voice: Voice
  severity: Severity
}

/**
 * A rule bound to one file, as remark-lint binds `file.message`: the rule finds words, and the
 * reporter decides their voice and the rule's severity there (nothing is reported in a voice
 * the rule ignores) and builds the message with its exact range.
 */
export class Reporter {
  constructor(
    readonly ctx: RuleContext,
    readonly rule: ActiveRule
  ) {}

  /** The voice of words [start, end) (or `voice`) and the rule's severity there; undefined when the rule ignores that voice. */
  judge(start: number, end: number, voice: Voice = voiceOfRange(this.ctx.voice, start, end)): Verdict | undefined {
    const severity = this.rule.severityFor(voice)
    return severity ? {voice, severity} : undefined
  }

  /** Reports a term match (its suggestions shaped like the matched words); false when the voice is ignored. */
  match(match: PhraseMatch<TermSpec>, note?: string): boolean {
    const verdict = this.judge(match.start, match.end)
    if (verdict) reportTerm(this.ctx, this.rule, match, verdict.voice, verdict.severity, note)
    return verdict !== undefined
  }

  /**
   * Reports words [start, end) of one block with the rule's message (or `reason`), in their voice
   * (or `voice`, when the rule knows better); false when the voice is ignored.
   */
  words(start: number, end: number, reason?: (actual: string) => string, voice?: Voice): boolean {
    const verdict = this.judge(start, end, voice)
    if (!verdict) return false
    const {words, blocks} = this.ctx.prose
    const first = words[start]!
    const last = words[end - 1]!
    const actual = blocks[first.block]!.text.slice(first.start, last.end)
    report(this.ctx, this.rule, {
      block: first.block,
      start: first.start,
      end: last.end,
      reason: reason ? reason(actual) : reasonFor(this.rule.spec, actual, {suggest: []}),
      ...verdict,
      word: start
    })
    return true
  }
}

/** The speaker of the quotation or the source of the reported speech a word is in. */
export function speakerOf(ctx: RuleContext, word: number): string | undefined {
  const {voice, prose} = ctx
  const q = voice.quotationOf[word]!
  const range = q >= 0 ? voice.quotations[q]!.speaker : voice.attributionOf[word]! >= 0 ? voice.attributions[voice.attributionOf[word]!]!.source : undefined
  if (!range || range.end <= range.start) return undefined
  const first = prose.words[range.start]!
  const last = prose.words[range.end - 1]!
  return prose.blocks[first.block]!.text.slice(first.start, last.end)
}

/** Capitalises a suggestion when the flagged text starts with a capital. */
function matchCase(suggestion: string, actual: string): string {
  if (!suggestion || !/^\p{Lu}/u.test(actual) || /^\p{Lu}/u.test(suggestion)) return suggestion
  return suggestion[0]!.toUpperCase() + suggestion.slice(1)
}

/** The reason line: the term's or the rule's `message` template, or "`actual`: title; consider …". */
export function reasonFor(spec: RuleSpec, actual: string, term: Pick<TermSpec, 'suggest' | 'message'>): string {
  const suggest = term.suggest
  const expected = suggest
    .filter(Boolean)
    .map((s) => `\`${s}\``)
    .join(', ')
  // Templates write `{expected}` in backticks: several suggestions become `a`, `b`.
  const template = term.message ?? spec.message
  if (template) return template.replaceAll('{actual}', actual).replaceAll('{expected}', suggest.filter(Boolean).join('`, `'))
  const base = `\`${actual}\`: ${spec.title.toLowerCase()}`
  return suggest.length === 0 ? base : suggest.every((s) => s === '') ? `${base}; consider removing it` : `${base}; consider ${expected}`
}

/** How far (in words) rules look around a match for context; bounded so huge sentences stay linear. */
export const CONTEXT_WORDS = 30

/** Word indices around a match, clipped to its sentence: [from, to). */
export function contextWindow(ctx: RuleContext, start: number, end: number): {from: number; to: number} {
  const sentence = ctx.prose.sentences[ctx.prose.words[start]!.sentence]!
  return {from: Math.max(sentence.firstWord, start - CONTEXT_WORDS), to: Math.min(sentence.endWord, end + CONTEXT_WORDS)}
}

/** The prose text of words [from, to) of one block. */
export function textOf(ctx: RuleContext, from: number, to: number): string {
  const first = ctx.prose.words[from]!
  const last = ctx.prose.words[to - 1]!
  return ctx.prose.blocks[first.block]!.text.slice(first.start, last.end)
}
