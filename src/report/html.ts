import {createHash} from 'node:crypto'
import type {VFile} from 'vfile'
import {NAME, VERSION} from '../constants.js'
import {sourcingMap} from '../sources/map.js'
import {renderArticle} from './html-article.js'
import {filterStyle, renderFilters, RuleClasses} from './html-facets.js'
import {findingsOf, renderFinding, renderSummary, type Finding} from './html-findings.js'
import {renderSourcing} from './html-sourcing.js'
import {STYLE} from './html-style.js'
import {countLabel, esc} from './html-text.js'
import {messagesOf} from './describe.js'

/**
 * One self-contained HTML page for the whole run, for an editor to read: each article first,
 * its findings highlighted over their exact words (colour: the rule's category; underline: whose
 * voice the words are in) and listed beside their paragraph; a summary linking to each finding
 * and the sourcing map beside the article (below it on a phone); filters by rule, severity and
 * voice. No script at all (the filters are style rules), nothing loaded from anywhere.
 */
export function reportHtml(files: readonly VFile[], options: {quiet?: boolean; title?: string} = {}): string {
  const shown = files.filter((f) => !options.quiet || f.messages.length > 0)
  const rules = new RuleClasses(shown.flatMap(messagesOf))
  const docs = shown.map((file, i) => ({file, findings: findingsOf(file, i + 1, rules)}))
  const total = docs.reduce((n, d) => n + d.findings.length, 0)
  const title = options.title ?? `${NAME} report`
  const style = STYLE + filterStyle(rules)
  const nav = docs.map((d, i) => `<li><a href="#doc-${i + 1}">${esc(d.file.path ?? 'stdin')}</a> <small>${countLabel(d.findings.length)}</small></li>`).join('')
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp(style)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${NAME} ${VERSION}">
<title>${esc(title)}</title>
<style>${style}</style>
</head>
<body>
<header class="page">
<h1>${esc(title)}</h1>
<p class="totals">${countLabel(shown.length, 'article')}, ${countLabel(total)}</p>
${
  total > 0
    ? renderFilters(
        docs.flatMap((d) => d.findings.map((f) => f.facets)),
        rules
      )
    : ''
}
${shown.length > 1 ? `<nav><ol>${nav}</ol></nav>` : ''}
</header>
<main>
${docs.map((d, i) => renderDoc(d.file, d.findings, i + 1)).join('\n')}
</main>
</body>
</html>
`
}

function renderDoc(file: VFile, findings: readonly Finding[], index: number): string {
  const {html, unplaced} = renderArticle(file, findings)
  const sourcing = file.data.slant ? renderSourcing(sourcingMap(file)) : ''
  const other =
    unplaced.length > 0
      ? `<section class="other"><h3>Other messages</h3><ol class="notes">${unplaced.map((f) => renderFinding(f, false)).join('')}</ol></section>`
      : ''
  return `<article class="doc" id="doc-${index}">
<h2 class="path">${esc(file.path ?? 'stdin')} <small>${countLabel(findings.length)}</small></h2>
<div class="layout">
<div class="text">
${html}
${other}
</div>
<aside class="side">
${renderSummary(findings)}
${sourcing}
</aside>
</div>
</article>`
}

/**
 * The page may load nothing and run nothing: no scripts (so no `javascript:` link can run), no
 * fetches, frames, forms or base URL; only its own style sheet, by hash.
 */
function csp(style: string): string {
  return `default-src 'none'; style-src 'sha256-${createHash('sha256').update(style).digest('base64')}'; img-src 'none'; base-uri 'none'; form-action 'none'`
}
