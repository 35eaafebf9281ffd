import type {VFile} from 'vfile'
import {NAME} from '../constants.js'
import {messageRange} from '../fix/edits.js'
import type {SlantMessage} from '../message.js'
import {describeVoice, messagesOf, splitNote} from './describe.js'
import {facetsOf, SEVERITIES, voiceLabel, type Facets, type RuleClasses} from './html-facets.js'
import {code, countLabel, esc, link} from './html-text.js'

/** One message of one article, numbered as the page shows it. */
export interface Finding {
  /** 1-based, in the article's order: the number beside the highlight and on the list entry. */
  n: number
  message: SlantMessage
  /** Source offsets of the flagged words; -1 for a message about the whole file. */
  start: number
  end: number
  facets: Facets
  /** The anchor of its list entry (`d2-f5`), what the summary and the text link to. */
  id: string
  /** The anchor of its first highlight in the text (`d2-m5`). */
  markId: string
}

export function findingsOf(file: VFile, doc: number, rules: RuleClasses): Finding[] {
  return messagesOf(file).map((message, i) => {
    const range = messageRange(message)
    return {
      n: i + 1,
      message,
      start: range?.start ?? -1,
      end: range?.end ?? -1,
      facets: facetsOf(message, rules),
      id: `d${doc}-f${i + 1}`,
      markId: `d${doc}-m${i + 1}`
    }
  })
}

/**
 * A finding's list entry: rule (linked to its docs), severity, voice, place, reason, suggested
 * wording and the guide it comes from. Its number links back to the highlight when it has one.
 */
export function renderFinding(f: Finding, placed: boolean): string {
  const m = f.message
  const {why, guide, url} = splitNote(m)
  const place = m.place && 'start' in m.place ? `${m.place.start.line}:${m.place.start.column}` : m.line ? `${m.line}:${m.column}` : ''
  const voice = describeVoice(m.data)
  const number = placed ? `<a class="num" href="#${f.markId}" title="Show in the text">${f.n}</a>` : `<span class="num">${f.n}</span>`
  const fix =
    m.expected && m.expected.length > 0
      ? `<div class="fix">→ ${m.expected.map((e) => (e === '' ? '<em>remove</em>' : `<code>${esc(e)}</code>`)).join(' or ')}${m.data?.fixable === 'safe' ? ' <span class="safe">safe fix</span>' : ''}</div>`
      : ''
  return `<li id="${f.id}" class="finding fam-${f.facets.family} ${f.facets.classes}">
<div class="head">${number} <span class="sev">${f.facets.severity}</span> ${link(m.url, f.facets.rule, 'rule')} <span class="voice-tag voice-${f.facets.voice}">${esc(voiceLabel(f.facets.voice))}</span> <span class="where">${esc(place)}</span></div>
<div class="reason">${code(m.reason)}</div>
${fix}
${voice ? `<div class="voice">In ${esc(voice)}.</div>` : ''}
${why ? `<div class="why">${esc(why)}</div>` : ''}
${guide ? `<div class="guide">Source: ${link(url, guide)}</div>` : ''}
</li>`
}

/** A finding's text on hover: its number, rule, reason and voice. */
export function tooltip(f: Finding): string {
  const m = f.message
  const voice = describeVoice(m.data)
  const {guide} = splitNote(m)
  return [`${f.n}. ${m.ruleId ?? NAME}: ${m.reason}`, voice ? `In ${voice}.` : '', guide ? `Source: ${guide}` : ''].filter(Boolean).join('\n')
}

/** Counts by severity, and by rule with a link to each finding. */
export function renderSummary(findings: readonly Finding[]): string {
  const rows = new Map<string, Finding[]>()
  for (const f of findings) {
    const key = `${f.facets.rule}\0${f.facets.severity}`
    const row = rows.get(key) ?? []
    row.push(f)
    rows.set(key, row)
  }
  const order = (f: Finding) => SEVERITIES.indexOf(f.facets.severity)
  const table = [...rows.values()]
    .sort((a, b) => order(a[0]!) - order(b[0]!) || a[0]!.facets.rule.localeCompare(b[0]!.facets.rule))
    .map((group) => {
      const {rule, severity, family} = group[0]!.facets
      const jumps = group.map((f) => `<a class="jump ${f.facets.classes}" href="#${f.id}">${f.n}</a>`).join(' ')
      return `<tr><td><span class="dot fam-${family}"></span>${esc(rule)}</td><td class="sev-${severity}">${severity}</td><td>${group.length}</td><td class="jumps">${jumps}</td></tr>`
    })
    .join('')
  const bySeverity = SEVERITIES.map((s) => [s, findings.filter((f) => f.facets.severity === s).length] as const).filter(([, n]) => n > 0)
  const safe = findings.filter((f) => f.message.data?.fixable === 'safe').length
  return `<details class="summary" open><summary>Findings: ${findings.length}</summary>
<p>${bySeverity.map(([s, n]) => `<span class="sev-${s}">${n} ${s}${n === 1 || s === 'info' ? '' : 's'}</span>`).join(', ') || 'None.'}${safe ? `; ${countLabel(safe, 'safe fix')} (<code>slant --fix</code>)` : ''}</p>
${table ? `<table class="by-rule"><thead><tr><th>Rule</th><th>Level</th><th>#</th><th>Go to</th></tr></thead><tbody>${table}</tbody></table>` : ''}
</details>`
}
