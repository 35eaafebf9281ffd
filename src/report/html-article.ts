import type {VFile} from 'vfile'
import type {Block, Prose} from '../parse/prose.js'
import {renderFinding, tooltip, type Finding} from './html-findings.js'
import {esc} from './html-text.js'

/**
 * The article as the editor reads it: each block of prose with its findings highlighted over
 * their exact words and numbered, and beside it (below it on a narrow screen) the list entries
 * of those findings. Findings with no place in the prose come back as `unplaced`.
 */
export function renderArticle(file: VFile, findings: readonly Finding[]): {html: string; unplaced: Finding[]} {
  const prose = file.data.slant?.prose
  const source = typeof file.value === 'string' ? file.value : String(file.value ?? '')
  const placed = new Set<Finding>()
  const rows: string[] = []
  for (const block of prose?.blocks ?? []) {
    const inBlock = findings.filter((f) => f.start >= 0 && f.start >= block.start && f.end <= block.end)
    for (const f of inBlock) placed.add(f)
    rows.push(renderBlock(block, source, inBlock, prose!))
  }
  return {html: rows.join('\n'), unplaced: findings.filter((f) => !placed.has(f))}
}

interface Span {
  finding: Finding
  /** Prose offsets within the block. */
  start: number
  end: number
}

function renderBlock(block: Block, source: string, findings: Finding[], prose: Prose): string {
  const text = block.text
  // Prose offsets of each finding: the first prose offset that maps at or after its source offsets.
  const toProse = (offset: number, side: 'start' | 'end'): number => {
    let lo = 0
    let hi = text.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (prose.sourceRange(block.index, mid, mid)[side] >= offset) hi = mid
      else lo = mid + 1
    }
    return lo
  }
  const spans: Span[] = findings.map((f) => {
    const start = toProse(f.start, 'start')
    return {finding: f, start, end: Math.max(toProse(f.end, 'end'), start)}
  })
  const cuts = new Set<number>([0, text.length])
  for (const s of spans) cuts.add(s.start).add(s.end)
  const points = [...cuts].sort((a, b) => a - b)
  const marked = new Set<Finding>()
  let html = ''
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i]!
    const b = points[i + 1]!
    // One mark per finding over this stretch, the longest outermost, so that hiding one (a
    // filter) leaves the others' colour showing.
    const covering = spans
      .filter((s) => s.start <= a && s.end >= b && s.end > s.start)
      .sort((x, y) => y.end - y.start - (x.end - x.start) || x.finding.n - y.finding.n)
    let segment = renderText(text.slice(a, b), block, a, source, prose)
    for (const s of covering.reverse()) {
      const f = s.finding
      const id = marked.has(f) ? '' : ` id="${f.markId}"`
      marked.add(f)
      segment = `<mark${id} class="flag fam-${f.facets.family} ${f.facets.classes}" data-n="${f.n}" data-tip="${esc(tooltip(f))}" aria-describedby="${f.id}" tabindex="0">${segment}</mark>`
    }
    html += segment
    for (const s of spans) if (s.end === b) html += `<sup class="ref ${s.finding.facets.classes}"><a href="#${s.finding.id}">${s.finding.n}</a></sup>`
  }
  const tag = block.kind === 'heading' ? `h${Math.min(6, block.depth + 2)}` : 'p'
  const item = block.kind === 'paragraph' && /^[ \t]*(?:[-*+]|\d+[.)])[ \t]+$/u.test(linePrefix(source, block.start)) ? ' item' : ''
  const content = `<${tag} class="block${block.quoted ? ' quoted' : ''}${item}">${html}</${tag}>`
  const notes = findings.length > 0 ? `<ol class="notes">${findings.map((f) => renderFinding(f, true)).join('')}</ol>` : ''
  return `<div class="row${findings.length > 0 ? ' flagged' : ''}"><div class="prose">${block.quoted ? `<blockquote>${content}</blockquote>` : content}</div>${notes}</div>`
}

/** Prose text as HTML; each U+FFFC placeholder (inline code, HTML, a URL) shows its source. */
function renderText(text: string, block: Block, offset: number, source: string, prose: Prose): string {
  let out = ''
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    if (ch === '\uFFFC') {
      const r = prose.sourceRange(block.index, offset + i, offset + i + 1)
      out += `<code>${esc(source.slice(r.start, r.end))}</code>`
    } else out += ch === '\n' ? ' ' : esc(ch)
  }
  return out
}

function linePrefix(source: string, offset: number): string {
  return source.slice(source.lastIndexOf('\n', offset - 1) + 1, offset)
}
