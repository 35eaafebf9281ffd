import {createHash} from 'node:crypto'
import type {VFile} from 'vfile'
import {NAME, VERSION} from '../constants.js'
import {escapeControl} from '../data/escape.js'
import {isSafeUrl} from '../data/safe-url.js'
import type {Block} from '../parse/prose.js'
import type {SlantMessage} from '../message.js'
import {messageRange} from '../fix/edits.js'
import {describeVoice, messagesOf, splitNote} from './describe.js'
import {sourcingMap, type SourcingMap} from '../sources/map.js'

const FAMILIES: Record<string, {label: string; color: string}> = {
  loaded: {label: 'Loaded wording', color: '#ffb3b3'},
  attribution: {label: 'Attribution', color: '#ffd27f'},
  sourcing: {label: 'Sourcing', color: '#d9b8ff'},
  inclusive: {label: 'Inclusive language', color: '#a8d8ff'},
  house: {label: 'House style', color: '#b5e8b0'},
  precision: {label: 'Precision', color: '#9ee6dc'},
  other: {label: 'Other', color: '#dddddd'}
}

const VOICES: Array<[string, string]> = [
  ['narrative', "reporter's voice"],
  ['headline', 'headline'],
  ['reported', 'reported speech'],
  ['quote', 'quotation'],
  ['scare', 'scare quotes']
]

interface Flag {
  n: number
  message: SlantMessage
  start: number
  end: number
  family: string
}

/**
 * One self-contained HTML page for the whole run: every article rendered as prose with its
 * flagged spans highlighted (colour: the rule's category; underline: whose voice the words are
 * in), the message on hover and numbered in the margin beside the paragraph, and a summary of
 * the article's findings and sourcing. No scripts, fonts or images are loaded from anywhere.
 */
export function reportHtml(files: readonly VFile[], options: {quiet?: boolean; title?: string} = {}): string {
  const shown = files.filter((f) => !options.quiet || f.messages.length > 0)
  const total = shown.reduce((n, f) => n + f.messages.length, 0)
  const title = options.title ?? `${NAME} report`
  const nav = shown.map((f, i) => `<li><a href="#doc-${i + 1}">${esc(f.path ?? 'stdin')}</a> <span class="count">${countLabel(f.messages.length)}</span></li>`).join('')
  const body = shown.map((f, i) => renderFile(f, i + 1)).join('\n')
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${NAME} ${VERSION}">
<title>${esc(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header class="page">
<h1>${esc(title)}</h1>
<p class="totals">${shown.length} ${shown.length === 1 ? 'article' : 'articles'}, ${countLabel(total)}</p>
${legend()}
${shown.length > 1 ? `<nav><ol>${nav}</ol></nav>` : ''}
</header>
<main>
${body}
</main>
</body>
</html>
`
}

function renderFile(file: VFile, index: number): string {
  const messages = messagesOf(file)
  const analysis = file.data.slant
  const source = typeof file.value === 'string' ? file.value : String(file.value ?? '')
  const flags: Flag[] = messages.map((message, i) => {
    const range = messageRange(message)
    return {n: i + 1, message, start: range?.start ?? -1, end: range?.end ?? -1, family: message.data?.family ?? 'other'}
  })
  const placed = new Set<Flag>()
  const rows: string[] = []
  for (const block of analysis?.prose.blocks ?? []) {
    const inBlock = flags.filter((f) => f.start >= block.start && f.end <= block.end && f.start >= 0)
    for (const f of inBlock) placed.add(f)
    rows.push(renderBlock(block, source, inBlock, analysis!.prose.sourceRange.bind(analysis!.prose)))
  }
  const unplaced = flags.filter((f) => !placed.has(f))
  const summary = analysis ? sourcingMap(file) : undefined
  return `<article class="doc" id="doc-${index}">
<h2 class="path">${esc(file.path ?? 'stdin')}</h2>
<section class="summary">
${findingsSummary(flags)}
${summary ? renderSourcing(summary) : ''}
</section>
<div class="rows">
${rows.join('\n')}
</div>
${unplaced.length > 0 ? `<section class="other"><h3>Other messages</h3><ol>${unplaced.map(note).join('')}</ol></section>` : ''}
</article>`
}

function renderBlock(block: Block, source: string, flags: Flag[], sourceRange: (b: number, s: number, e: number) => {start: number; end: number}): string {
  const text = block.text
  // Prose offsets of each flag: the first prose offset that maps at or after its source offsets.
  const toProse = (offset: number, side: 'start' | 'end'): number => {
    let lo = 0
    let hi = text.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      const at = side === 'start' ? sourceRange(block.index, mid, mid).start : sourceRange(block.index, mid, mid).end
      if (at >= offset) hi = mid
      else lo = mid + 1
    }
    return lo
  }
  const spans = flags.map((f) => ({flag: f, start: toProse(f.start, 'start'), end: Math.max(toProse(f.end, 'end'), toProse(f.start, 'start'))}))
  const cuts = new Set<number>([0, text.length])
  for (const s of spans) cuts.add(s.start).add(s.end)
  const points = [...cuts].sort((a, b) => a - b)
  let html = ''
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i]!
    const b = points[i + 1]!
    const covering = spans.filter((s) => s.start <= a && s.end >= b && s.end > s.start)
    const segment = renderText(text.slice(a, b), block, a, source, sourceRange)
    if (covering.length === 0) html += segment
    else {
      const main = covering.reduce((x, y) => (y.end - y.start < x.end - x.start ? y : x)).flag
      const tip = covering.map((s) => tooltip(s.flag)).join('\n\n')
      const classes = ['flag', `fam-${familyKey(main.family)}`, `voice-${main.message.data?.voice ?? 'narrative'}`, `sev-${severity(main.message)}`]
      const described = covering.map((s) => noteId(s.flag)).join(' ')
      html += `<mark class="${classes.join(' ')}" data-n="${covering.map((s) => s.flag.n).join(' ')}" data-tip="${esc(tip)}" aria-describedby="${esc(described)}" tabindex="0">${segment}</mark>`
    }
    for (const s of spans) if (s.end === b) html += `<sup class="ref"><a href="#${esc(noteId(s.flag))}">${s.flag.n}</a></sup>`
  }
  const tag = block.kind === 'heading' ? `h${Math.min(6, block.depth + 2)}` : 'p'
  const item = block.kind === 'paragraph' && /^[ \t]*(?:[-*+]|\d+[.)])[ \t]+$/u.test(linePrefix(source, block.start)) ? ' item' : ''
  const content = `<${tag} class="block${block.quoted ? ' quoted' : ''}${item}">${html}</${tag}>`
  const notes = flags.length > 0 ? `<aside class="notes"><ol>${flags.map(note).join('')}</ol></aside>` : '<aside class="notes"></aside>'
  return `<div class="row${flags.length > 0 ? ' flagged' : ''}"><div class="prose">${block.quoted ? `<blockquote>${content}</blockquote>` : content}</div>${notes}</div>`
}

/** Prose text as HTML; each U+FFFC placeholder (inline code, HTML, a URL) shows its source. */
function renderText(text: string, block: Block, offset: number, source: string, sourceRange: (b: number, s: number, e: number) => {start: number; end: number}): string {
  let out = ''
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    if (ch === '\uFFFC') {
      const r = sourceRange(block.index, offset + i, offset + i + 1)
      out += `<code>${esc(source.slice(r.start, r.end))}</code>`
    } else out += ch === '\n' ? ' ' : esc(ch)
  }
  return out
}

function linePrefix(source: string, offset: number): string {
  return source.slice(source.lastIndexOf('\n', offset - 1) + 1, offset)
}

function note(flag: Flag): string {
  const m = flag.message
  const {why, guide, url} = splitNote(m)
  const place = m.place && 'start' in m.place ? `${m.place.start.line}:${m.place.start.column}` : m.line ? `${m.line}:${m.column}` : ''
  const voice = describeVoice(m.data)
  const fix = m.expected && m.expected.length > 0 ? `<span class="fix">→ ${m.expected.map((e) => (e === '' ? '<em>remove</em>' : `<code>${esc(e)}</code>`)).join(' or ')}${m.data?.fixable === 'safe' ? ' <span class="safe">safe fix</span>' : ''}</span>` : ''
  return `<li id="${esc(noteId(flag))}" class="note fam-${familyKey(flag.family)} sev-${severity(m)}" value="${flag.n}">
<span class="where">${esc(place)}</span> <span class="sev">${severity(m)}</span> ${link(m.url, m.ruleId ?? NAME, 'rule')}
<div class="reason">${code(m.reason)}</div>
${fix}
${voice ? `<div class="voice">In ${esc(voice)}.</div>` : ''}
${why ? `<div class="why">${esc(why)}</div>` : ''}
${guide ? `<div class="guide">Source: ${link(url, guide)}</div>` : ''}
</li>`
}

function noteId(flag: Flag): string {
  return `n-${flag.n}-${flag.message.ruleId ?? ''}`
}

function tooltip(flag: Flag): string {
  const m = flag.message
  const voice = describeVoice(m.data)
  const {guide} = splitNote(m)
  return [`${flag.n}. ${m.ruleId ?? NAME}: ${m.reason}`, voice ? `In ${voice}.` : '', guide ? `Source: ${guide}` : ''].filter(Boolean).join('\n')
}

function findingsSummary(flags: Flag[]): string {
  const bySeverity = new Map<string, number>()
  const byFamily = new Map<string, number>()
  const byVoice = new Map<string, number>()
  for (const f of flags) {
    bySeverity.set(severity(f.message), (bySeverity.get(severity(f.message)) ?? 0) + 1)
    byFamily.set(familyKey(f.family), (byFamily.get(familyKey(f.family)) ?? 0) + 1)
    const v = f.message.data?.voice
    if (v) byVoice.set(v, (byVoice.get(v) ?? 0) + 1)
  }
  const list = (m: Map<string, number>, label: (k: string) => string, cls: (k: string) => string) =>
    [...m].map(([k, n]) => `<li class="${cls(k)}">${esc(label(k))}: <b>${n}</b></li>`).join('')
  return `<div class="findings"><h3>Findings</h3>
<p>${countLabel(flags.length)}; ${flags.filter((f) => f.message.data?.fixable === 'safe').length} with a safe fix (<code>slant --fix</code>).</p>
<ul class="chips">${list(bySeverity, (k) => k, (k) => `sev-${k}`)}</ul>
<ul class="chips">${list(byFamily, (k) => FAMILIES[k]!.label, (k) => `fam-${k}`)}</ul>
<ul class="chips">${list(byVoice, (k) => VOICES.find(([v]) => v === k)?.[1] ?? k, (k) => `voice-${k}`)}</ul>
</div>`
}

function renderSourcing(map: SourcingMap): string {
  const s = map.summary
  const credited = new Map<string, {kind: string; direct: number; other: number}>()
  for (const a of map.attributions) {
    if (!a.source) continue
    const name = a.resolved ?? a.source.text
    const entry = credited.get(name) ?? {kind: a.sourceKind, direct: 0, other: 0}
    if (a.kind === 'direct') entry.direct++
    else entry.other++
    credited.set(name, entry)
  }
  const sources = credited.size
    ? `<table class="sources"><thead><tr><th>Source</th><th>Kind</th><th>Quoted</th><th>Credited</th></tr></thead><tbody>${[...credited]
        .map(([name, x]) => `<tr><td>${esc(name)}</td><td>${esc(x.kind)}</td><td>${x.direct}</td><td>${x.other}</td></tr>`)
        .join('')}</tbody></table>`
    : '<p>No sources credited.</p>'
  const claims = map.unattributed.length
    ? `<ul class="claims">${map.unattributed.map((c) => `<li>${esc(c.sentence.text)} <small>(${esc(c.findings.map((f) => f.actual).join(', '))})</small></li>`).join('')}</ul>`
    : ''
  return `<div class="sourcing"><h3>Sourcing</h3>
<ul class="facts">
<li>Named sources: <b>${s.named.length}</b>; anonymous: <b>${s.anonymous.length}</b>; groups: <b>${s.groups.length}</b>; vague: <b>${s.vague.length}</b></li>
<li>Direct quotes: <b>${s.directQuotes}</b> with a speaker, ${s.quotesWithoutSpeaker} without</li>
<li>Sentences in the reporter's voice with claims and no source: <b>${s.unsourcedClaims}</b></li>
</ul>
${sources}
${claims}
</div>`
}

function legend(): string {
  const fams = Object.entries(FAMILIES)
    .filter(([k]) => k !== 'other')
    .map(([k, f]) => `<li><mark class="flag fam-${k}">${esc(f.label)}</mark></li>`)
    .join('')
  const voices = VOICES.map(([k, label]) => `<li><mark class="flag fam-other voice-${k}">${esc(label)}</mark></li>`).join('')
  return `<div class="legend"><span>Category:</span><ul>${fams}</ul><span>Voice (underline):</span><ul>${voices}</ul></div>`
}

function familyKey(family: string): string {
  return family in FAMILIES ? family : 'other'
}

function severity(m: SlantMessage): 'error' | 'warning' | 'info' {
  return m.fatal === true ? 'error' : m.fatal === false ? 'warning' : 'info'
}

function countLabel(n: number): string {
  return `${n} ${n === 1 ? 'message' : 'messages'}`
}

/** Escaped text with `code` spans for backticks. */
function code(text: string): string {
  return esc(text).replace(/`([^`]+)`/gu, '<code>$1</code>')
}

/** A link where `url` is an http(s) or relative address; anything else (`javascript:`…) stays text. */
function link(url: string | undefined, text: string, className?: string): string {
  const cls = className ? ` class="${className}"` : ''
  return url !== undefined && isSafeUrl(url) ? `<a${cls} href="${esc(url)}">${esc(text)}</a>` : `<span${cls}>${esc(text)}</span>`
}

/** HTML text or attribute value: markup characters as references, control characters as escapes. */
function esc(text: string): string {
  return escapeControl(text).replace(/[&<>"']/gu, (c) => `&#${c.charCodeAt(0)};`)
}

const STYLE = `
:root{--ink:#1d1d1f;--muted:#6b6b70;--line:#e4e4e8;--paper:#fff;--bg:#f6f6f4}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--ink);font:16px/1.6 Georgia,'Times New Roman',serif}
header.page,main{max-width:1180px;margin:0 auto;padding:0 24px}
header.page h1{font:600 24px/1.3 system-ui,sans-serif;margin:24px 0 4px}
.totals,.legend,nav,.summary,.notes,.path,.other{font-family:system-ui,sans-serif}
.totals{color:var(--muted);margin:0 0 12px}
.legend{display:flex;flex-wrap:wrap;gap:6px 12px;align-items:center;font-size:13px;margin-bottom:12px}
.legend ul,.chips{display:flex;flex-wrap:wrap;gap:6px;list-style:none;margin:0;padding:0}
nav ol{font-size:14px;columns:2}
.doc{background:var(--paper);border:1px solid var(--line);border-radius:8px;margin:24px 0;padding:8px 24px 24px}
.path{font-size:18px;margin:16px 0 8px;word-break:break-all}
.summary{display:grid;grid-template-columns:1fr 1fr;gap:16px;font-size:14px;border-bottom:1px solid var(--line);padding-bottom:12px;margin-bottom:12px}
.summary h3{font-size:13px;text-transform:uppercase;letter-spacing:.05em;color:var(--muted);margin:8px 0}
.chips{margin:6px 0}.chips li{border-radius:10px;padding:0 8px;background:#eee}
.facts{padding-left:18px;margin:0}
.sources{border-collapse:collapse;margin-top:8px}.sources td,.sources th{border-bottom:1px solid var(--line);padding:2px 10px 2px 0;text-align:left}
.row{display:grid;grid-template-columns:minmax(0,2fr) minmax(0,1fr);gap:24px;padding:2px 0}
.row.flagged{border-top:1px dashed var(--line)}
.block{margin:8px 0}
.block.item::before{content:'• ';color:var(--muted)}
blockquote{margin:8px 0;padding-left:14px;border-left:3px solid var(--line);color:#333}
h2.block,h3.block,h4.block,h5.block,h6.block{font-family:system-ui,sans-serif}
mark.flag{position:relative;border-radius:3px;padding:0 1px;color:inherit;text-decoration-line:underline;text-decoration-thickness:2px;text-underline-offset:3px;cursor:help}
.fam-loaded{background:${FAMILIES.loaded!.color}}.fam-attribution{background:${FAMILIES.attribution!.color}}.fam-sourcing{background:${FAMILIES.sourcing!.color}}
.fam-inclusive{background:${FAMILIES.inclusive!.color}}.fam-house{background:${FAMILIES.house!.color}}.fam-precision{background:${FAMILIES.precision!.color}}.fam-other{background:${FAMILIES.other!.color}}
.voice-narrative{text-decoration-style:solid}.voice-headline{text-decoration-style:double}.voice-reported{text-decoration-style:dashed}
.voice-quote{text-decoration-style:dotted}.voice-scare{text-decoration-style:wavy}
mark.sev-error{outline:1px solid #c0392b}
mark.flag[data-tip]:hover::after,mark.flag[data-tip]:focus::after{content:attr(data-tip);white-space:pre-line;position:absolute;left:0;top:100%;z-index:10;width:340px;padding:8px 10px;background:#222;color:#fff;font:13px/1.4 system-ui,sans-serif;border-radius:6px;box-shadow:0 4px 12px rgba(0,0,0,.25)}
sup.ref{font:600 10px system-ui,sans-serif;margin-left:1px}sup.ref a{color:var(--muted);text-decoration:none}
.notes ol{list-style:none;margin:8px 0;padding:0;font-size:13px;line-height:1.4}
.note{border-left:4px solid #ccc;background:#fafafa;padding:6px 8px;margin-bottom:8px;border-radius:0 4px 4px 0}
.note.fam-loaded{border-left-color:#e06666}.note.fam-attribution{border-left-color:#e0a030}.note.fam-sourcing{border-left-color:#9a5ae0}
.note.fam-inclusive{border-left-color:#3d8fd6}.note.fam-house{border-left-color:#4caf50}.note.fam-precision{border-left-color:#2a9d8f}
.note{background-color:#fafafa}
.note .where{color:var(--muted)}.note .sev{font-weight:600}.note.sev-error .sev{color:#c0392b}.note.sev-warning .sev{color:#b9770e}.note.sev-info .sev{color:#2471a3}
.note .rule{float:right;color:var(--muted)}.note .reason{margin:2px 0}.note .voice,.note .why,.note .guide{color:#444;margin-top:2px}
.note .safe{background:#b5e8b0;border-radius:8px;padding:0 6px;font-size:11px}
.note::before{content:attr(value) '. ';font-weight:700}
@media (max-width:800px){.row,.summary{grid-template-columns:1fr}}
`

/**
 * The page may load nothing and run nothing: no scripts (so no `javascript:` link can run), no
 * fetches, frames, forms or base URL; only its own style sheet, by hash.
 */
const CSP = `default-src 'none'; style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'; img-src 'none'; base-uri 'none'; form-action 'none'`
