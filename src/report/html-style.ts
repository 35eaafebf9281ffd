import {FAMILIES} from './html-facets.js'

const families = Object.entries(FAMILIES)
  .map(([k, f]) => `.fam-${k}{background:${f.color}}li.finding.fam-${k}{border-left-color:${f.edge}}`)
  .join('\n')

/**
 * The report's style sheet (the filter rules are added per page). Wide screens: the article and
 * its finding notes side by side, the summary and sourcing map in a column on the right that
 * stays in view; under 1100 px that column moves below the article; under 720 px the notes
 * follow their paragraph and the text stays large enough to read on a phone.
 */
export const STYLE = `
:root{--ink:#1d1d1f;--muted:#6b6b70;--line:#e4e4e8;--paper:#fff;--bg:#f6f6f4}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--ink);font:17px/1.6 Georgia,'Times New Roman',serif;overflow-wrap:anywhere}
header.page,main{max-width:1440px;margin:0 auto;padding:0 24px}
header.page,.side,.notes,.path,.other{font-family:system-ui,sans-serif}
header.page h1{font:600 24px/1.3 system-ui,sans-serif;margin:20px 0 4px}
.totals{color:var(--muted);margin:0 0 8px}
summary{cursor:pointer;font-weight:600}
.filters{font-size:14px;background:var(--paper);border:1px solid var(--line);border-radius:8px;padding:8px 12px;margin:8px 0}
.filters fieldset{border:0;margin:8px 0 0;padding:0}
.filters legend{padding:0;font-size:12px;text-transform:uppercase;letter-spacing:.05em;color:var(--muted)}
.chip{display:inline-flex;align-items:center;gap:4px;border-radius:12px;padding:1px 8px;margin:2px 0;background:#eee;white-space:nowrap;cursor:pointer}
.chip small{color:var(--muted)}.chip.sev-error{box-shadow:inset 0 0 0 1px #c0392b}
.voices .chip{text-decoration-line:underline;text-decoration-thickness:2px;text-underline-offset:3px}
.group{margin:2px 0}.family{font-size:12px;color:var(--muted);margin-right:4px}
nav ol{font-size:14px;columns:2;margin:8px 0}
.doc{background:var(--paper);border:1px solid var(--line);border-radius:8px;margin:20px 0;padding:8px 24px 24px}
.path{font-size:18px;margin:12px 0 8px;word-break:break-all}.path small{font-weight:400;color:var(--muted)}
.layout{display:grid;grid-template-columns:minmax(0,1fr) 320px;gap:28px;align-items:start}
.side{position:sticky;top:12px;max-height:calc(100vh - 24px);overflow:auto;font-size:14px;line-height:1.45}
.side details{border:1px solid var(--line);border-radius:8px;padding:8px 12px;margin-bottom:12px;background:#fcfcfb}
.side h3{font-size:12px;text-transform:uppercase;letter-spacing:.05em;color:var(--muted);margin:10px 0 4px}
.by-rule{border-collapse:collapse;width:100%;margin-top:6px;overflow-wrap:normal}.by-rule td:first-child{overflow-wrap:anywhere}.by-rule th{overflow-wrap:normal;white-space:nowrap}.by-rule td,.by-rule th{border-bottom:1px solid var(--line);padding:3px 6px 3px 0;text-align:left;vertical-align:top}
.jumps a{display:inline-block;min-width:1.8em;text-align:center;border-radius:4px;background:#eee;margin:1px;text-decoration:none;color:var(--ink)}
.dot{display:inline-block;width:.7em;height:.7em;border-radius:50%;margin-right:4px}
.facts,.sources,.claims{padding-left:18px;margin:4px 0}.sources ul{padding-left:16px;margin:2px 0 6px}
.kind,.how{color:var(--muted);font-size:12px}.said{font-style:italic}
.row{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:20px;padding:2px 0}
.row.flagged{border-top:1px dashed var(--line)}
.block{margin:8px 0}
.block.item::before{content:'• ';color:var(--muted)}
blockquote{margin:8px 0;padding-left:14px;border-left:3px solid var(--line);color:#333}
h2.block,h3.block,h4.block,h5.block,h6.block{font-family:system-ui,sans-serif}
${families}
mark.flag{position:relative;border-radius:3px;padding:0 1px;color:inherit;text-decoration-line:underline;text-decoration-thickness:2px;text-underline-offset:3px;cursor:help;scroll-margin-top:30vh}
mark.flag mark.flag{padding:0}
.voice-narrative{text-decoration-style:solid}.voice-headline{text-decoration-style:double}.voice-reported{text-decoration-style:dashed}
.voice-quote{text-decoration-style:dotted}.voice-scare{text-decoration-style:wavy}
mark.flag.sev-error{outline:1px solid #c0392b}
mark.flag:target,li.finding:target{outline:2px solid var(--ink)}
@media (hover:hover) and (min-width:721px){mark.flag[data-tip]:hover:not(:has(mark.flag:hover))::after,mark.flag[data-tip]:focus::after{content:attr(data-tip);white-space:pre-line;position:absolute;left:0;top:100%;z-index:10;width:min(340px,60vw);padding:8px 10px;background:#222;color:#fff;font:13px/1.4 system-ui,sans-serif;border-radius:6px;box-shadow:0 4px 12px rgba(0,0,0,.25)}}
sup.ref{font:600 11px system-ui,sans-serif;margin-left:1px}sup.ref a{color:var(--muted);text-decoration:none;padding:0 2px}
.notes{list-style:none;margin:8px 0;padding:0;font-size:13px;line-height:1.4}
li.finding{border-left:4px solid #ccc;background:#fafafa;padding:6px 8px;margin-bottom:8px;border-radius:0 4px 4px 0;scroll-margin-top:12px}
li.finding:target{background:#fff8d6}
.head{display:flex;flex-wrap:wrap;gap:2px 8px;align-items:baseline}.head .where{margin-left:auto;color:var(--muted)}
.num{font-weight:700;color:var(--ink)}.sev{font-weight:600}
.sev-error .sev,td.sev-error,span.sev-error{color:#c0392b}.sev-warning .sev,td.sev-warning,span.sev-warning{color:#b9770e}.sev-info .sev,td.sev-info,span.sev-info{color:#2471a3}
.rule{color:var(--muted)}.voice-tag{font-size:11px;border-radius:8px;padding:0 6px;background:#eee;text-decoration-line:underline}
.finding .reason{margin:2px 0}.finding .voice,.finding .why,.finding .guide{color:#444;margin-top:2px}
.safe{background:#b5e8b0;border-radius:8px;padding:0 6px;font-size:11px}
.other{font-size:14px}
@media (max-width:1099px){.layout{grid-template-columns:minmax(0,1fr)}.side{position:static;max-height:none;overflow:visible}}
@media (max-width:720px){header.page,main{padding:0 10px}.doc{padding:4px 12px 16px;margin:12px 0}.row{grid-template-columns:minmax(0,1fr);gap:0}.notes,.side,.filters,.other{font-size:15px}nav ol{columns:1;padding-left:20px}}
`
