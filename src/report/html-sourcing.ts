import type {MappedAttribution, SourcingMap} from '../sources/map.js'
import {esc} from './html-text.js'
import {clip} from './sources.js'

const KIND_LABEL: Record<MappedAttribution['kind'], string> = {
  direct: 'quoted',
  mixed: 'partly quoted',
  indirect: 'reported',
  headline: 'headline',
  position: 'side taken',
  evidential: "the reporter's inference",
  issued: 'put out'
}

/**
 * Who is speaking in the article, as `slant sources` tells it: the counts, each source with what
 * it is credited with in reading order, and the sentences that make claims and credit no one.
 * A `<details>` element, open at first, that the editor can fold away.
 */
export function renderSourcing(map: SourcingMap): string {
  const s = map.summary
  const bySource = new Map<string, {kind: string; said: MappedAttribution[]}>()
  for (const a of map.attributions) {
    const name = a.source ? (a.resolved ?? a.source.text) : ''
    const entry = bySource.get(name) ?? {kind: a.sourceKind, said: []}
    entry.said.push(a)
    bySource.set(name, entry)
  }
  const sources = [...bySource]
    .map(([name, {kind, said}]) => {
      const items = said
        .map(
          (a) =>
            `<li><span class="how">${esc([a.cue?.text, KIND_LABEL[a.kind]].filter(Boolean).join(', '))}</span>${a.content ? ` <span class="said">${esc(clip(a.content.text, 120))}</span>` : ''}</li>`
        )
        .join('')
      return `<li class="source"><b>${name ? esc(name) : '<em>no source</em>'}</b> <span class="kind">${esc(kind)}</span><ul>${items}</ul></li>`
    })
    .join('')
  const claims = map.unattributed
    .map((c) => `<li>${esc(clip(c.sentence.text, 160))} <small>(${esc(c.findings.map((f) => f.actual).join(', '))})</small></li>`)
    .join('')
  return `<details class="sourcing" open><summary>Sourcing map</summary>
<ul class="facts">
<li>Named sources: <b>${s.named.length}</b>; anonymous: <b>${s.anonymous.length}</b>; groups: <b>${s.groups.length}</b>; vague: <b>${s.vague.length}</b></li>
<li>Direct quotes: <b>${s.directQuotes}</b> with a speaker, ${s.quotesWithoutSpeaker} without</li>
<li>Sentences in the reporter's voice with claims and no source: <b>${s.unsourcedClaims}</b></li>
</ul>
<h3>Who is speaking</h3>
${sources ? `<ol class="sources">${sources}</ol>` : '<p>No sources credited.</p>'}
${claims ? `<h3>Claims with no source</h3><ul class="claims">${claims}</ul>` : ''}
</details>`
}
