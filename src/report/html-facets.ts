import {NAME} from '../constants.js'
import type {SlantMessage, Voice} from '../message.js'
import {esc} from './html-text.js'

/**
 * What an editor can filter the HTML report's findings by: rule, severity and voice. Every
 * highlight, reference, list entry and summary link carries one class per facet
 * (`rule-2 sev-error voice-quote`), and the page's style sheet hides what an unticked box names,
 * with `:has()`, so the filters work with no script at all.
 */

export const FAMILIES: Record<string, {label: string; color: string; edge: string}> = {
  loaded: {label: 'Loaded wording', color: '#ffb3b3', edge: '#e06666'},
  attribution: {label: 'Attribution', color: '#ffd27f', edge: '#e0a030'},
  sourcing: {label: 'Sourcing', color: '#d9b8ff', edge: '#9a5ae0'},
  inclusive: {label: 'Inclusive language', color: '#a8d8ff', edge: '#3d8fd6'},
  house: {label: 'House style', color: '#b5e8b0', edge: '#4caf50'},
  precision: {label: 'Precision', color: '#9ee6dc', edge: '#2a9d8f'},
  other: {label: 'Other', color: '#dddddd', edge: '#aaaaaa'}
}

export type Severity = 'error' | 'warning' | 'info'
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info']

/** A message's voice, or `none` for one about the whole file (no words are anyone's). */
export type VoiceKey = Voice | 'none'
export const VOICES: ReadonlyArray<[VoiceKey, string]> = [
  ['narrative', "reporter's voice"],
  ['headline', 'headline'],
  ['reported', 'reported speech'],
  ['quote', 'quotation'],
  ['scare', 'scare quotes'],
  ['none', 'whole article']
]

/** The facets of one finding, and the classes that name them. */
export interface Facets {
  rule: string
  family: string
  severity: Severity
  voice: VoiceKey
  /** `rule-N sev-S voice-V`: what the filters hide by. */
  classes: string
}

/**
 * Rule ids as class names: ids come from configuration too (custom rules), so each is named by
 * its place in the sorted list of the report's rules, never by its text.
 */
export class RuleClasses {
  readonly #index: Map<string, number>
  constructor(messages: Iterable<SlantMessage>) {
    const ids = new Set<string>()
    for (const m of messages) ids.add(ruleOf(m))
    this.#index = new Map([...ids].sort().map((id, i) => [id, i]))
  }
  of(rule: string): string {
    return `rule-${this.#index.get(rule) ?? 'x'}`
  }
  get rules(): string[] {
    return [...this.#index.keys()]
  }
}

export function facetsOf(message: SlantMessage, rules: RuleClasses): Facets {
  const rule = ruleOf(message)
  const family = familyKey(message.data?.family)
  const severity = severityOf(message)
  // Checked, not trusted: a class name made from a file's data could break out of its attribute.
  const voice = VOICES.find(([v]) => v === message.data?.voice)?.[0] ?? 'none'
  return {rule, family, severity, voice, classes: `${rules.of(rule)} sev-${severity} voice-${voice}`}
}

export function severityOf(m: SlantMessage): Severity {
  return m.fatal === true ? 'error' : m.fatal === false ? 'warning' : 'info'
}

export function voiceLabel(voice: VoiceKey): string {
  return VOICES.find(([v]) => v === voice)![1]
}

function ruleOf(m: SlantMessage): string {
  return m.ruleId ?? NAME
}

function familyKey(family: string | undefined): string {
  return family !== undefined && family in FAMILIES ? family : 'other'
}

/** The filter boxes: one per rule (grouped by family), severity and voice the report has. */
export function renderFilters(found: readonly Facets[], rules: RuleClasses): string {
  const count = <K>(key: (f: Facets) => K) => {
    const counts = new Map<K, number>()
    for (const f of found) counts.set(key(f), (counts.get(key(f)) ?? 0) + 1)
    return counts
  }
  const box = (id: string, label: string, n: number, className: string) =>
    `<label class="chip ${className}"><input type="checkbox" id="${id}" checked> ${esc(label)} <small>${n}</small></label>`
  const bySeverity = count((f) => f.severity)
  const byVoice = count((f) => f.voice)
  const byRule = count((f) => f.rule)
  const familyOf = new Map(found.map((f) => [f.rule, f.family]))
  const ruleGroups = Object.entries(FAMILIES)
    .map(([family, {label}]) => {
      const boxes = rules.rules.filter((r) => familyOf.get(r) === family).map((r) => box(`f-${rules.of(r)}`, r, byRule.get(r)!, `fam-${family}`))
      return boxes.length ? `<div class="group"><span class="family">${esc(label)}</span> ${boxes.join(' ')}</div>` : ''
    })
    .join('')
  return `<details class="filters"><summary>Filter findings by rule, severity and voice</summary>
<fieldset><legend>Severity</legend>${SEVERITIES.filter((s) => bySeverity.has(s))
    .map((s) => box(`f-sev-${s}`, s, bySeverity.get(s)!, `sev-${s}`))
    .join(' ')}</fieldset>
<fieldset><legend>Voice</legend>${VOICES.filter(([v]) => byVoice.has(v))
    .map(([v, label]) => box(`f-voice-${v}`, label, byVoice.get(v)!, `voice-${v}`))
    .join(' ')}</fieldset>
<fieldset><legend>Rule</legend>${ruleGroups}</fieldset>
</details>`
}

/** The style rules that make the boxes work: an unticked box hides what its class names. */
export function filterStyle(rules: RuleClasses): string {
  const classes = [...SEVERITIES.map((s) => `sev-${s}`), ...VOICES.map(([v]) => `voice-${v}`), ...rules.rules.map((r) => rules.of(r))]
  return classes
    .map((c) => {
      const off = `body:has(#f-${c}:not(:checked))`
      return `${off} main :is(.finding,sup.ref,a.jump).${c}{display:none}${off} main mark.flag.${c}{background:none;text-decoration:none;outline:none;cursor:auto}${off} main mark.flag.${c}::after{display:none}`
    })
    .join('\n')
}
