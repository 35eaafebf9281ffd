import type {SourcingMap} from '../sources/map.js'

/** `text` on one line, cut to `n` characters with an ellipsis. */
export function clip(text: string, n = 70): string {
  const flat = text.replace(/\s+/gu, ' ')
  return flat.length > n ? `${flat.slice(0, n - 1)}…` : flat
}

/** The one-paragraph summary shown by `slant sources` and at the end of `slant --why`. */
export function summaryLine(map: SourcingMap): string {
  const s = map.summary
  const list = (items: string[]) => (items.length ? ` (${items.join(', ')})` : '')
  const terms = Object.entries(s.unsourcedTerms)
    .sort((a, b) => b[1] - a[1])
    .map(([term, n]) => (n > 1 ? `${term} ×${n}` : term))
  return [
    `${s.named.length} named source${s.named.length === 1 ? '' : 's'}${list(s.named)}`,
    `${s.anonymous.length} anonymous${list(s.anonymous)}`,
    `${s.groups.length} group${s.groups.length === 1 ? '' : 's'}${list(s.groups)}`,
    `${s.vague.length} vague${list(s.vague)}`,
    `${s.directQuotes} direct quote${s.directQuotes === 1 ? '' : 's'} with a speaker, ${s.quotesWithoutSpeaker} without`,
    `${s.unsourcedClaims} sentence${s.unsourcedClaims === 1 ? '' : 's'} in the reporter's voice with claims and no source${terms.length ? ` (${terms.join(', ')})` : ''}`
  ].join('; ')
}

/** The human sourcing map of one article. */
export function formatMap(map: SourcingMap, lineOf: (offset: number) => number): string {
  const lines = [map.path, '  Who is credited, in reading order:']
  if (map.attributions.length === 0) lines.push('    (no attributions)')
  for (const a of map.attributions) {
    const at = a.content?.start ?? a.source?.start ?? 0
    const who = a.source ? `${a.source.text}${a.resolved ? ` (= ${a.resolved})` : ''}` : '(no source)'
    const cue = a.cue ? ` ${a.cue.text}${a.recipient ? ` ${a.recipient.text}` : ''}` : ''
    lines.push(`    ${String(lineOf(at)).padStart(4)}  ${who} [${a.sourceKind}]${cue} (${a.kind}): ${a.content ? `“${clip(a.content.text)}”` : ''}`)
  }
  lines.push('  Unattributed claims:')
  if (map.unattributed.length === 0) lines.push('    (none)')
  for (const claim of map.unattributed) {
    const found = claim.findings.map((f) => `${f.actual} (${f.ruleId})`).join(', ')
    lines.push(`    ${String(lineOf(claim.sentence.start)).padStart(4)}  ${claim.voice}: “${clip(claim.sentence.text)}” — ${found}`)
  }
  lines.push(`  Summary: ${summaryLine(map)}.`)
  return lines.join('\n')
}
