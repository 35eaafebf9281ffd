// --report sarif (validated against the SARIF 2.1.0 schema), github and html.
import assert from 'node:assert/strict'
import {describe, it} from 'node:test'
import {VFile} from 'vfile'
import {reportSarif} from '../dist/report/sarif.js'
import {reportGithub, escapeProperty} from '../dist/report/github.js'
import {reportHtml} from '../dist/report/html.js'
import {sourcingMap} from '../dist/sources/map.js'
import {lint} from '../dist/index.js'
import {folder, slant} from './cli-helpers.js'
import {sarifValidator} from './sarif.js'

const ARTICLE = [
  '# Riot police clash with protesters',
  '',
  'Thousands marched in Kiev against the draconian reform, in what organisers called a record.',
  '',
  '"We will not let them win," said Marta Silva, a teacher.',
  '',
  'Labour Minister Tomas Berg claimed that the reform was unavoidable. Critics say it will hurt <the> poor.',
  '',
  'Police said a group of "anarchists" smashed windows. Unfortunately, the march ended in chaos.',
  ''
].join('\n')

/** The reports show every level: speech-verb raised to an error (ap keeps it a warning). */
const RAISED = '{"rules": {"speech-verb": "error"}}'

const validator = sarifValidator

describe('--report sarif', () => {
  it('validates against the SARIF 2.1.0 schema', () => {
    const dir = folder({
      '.slantrc.json': RAISED,
      'drafts/a.md': ARTICLE,
      'drafts/clean.md': 'The council met.\n',
      'drafts/b c.txt': 'Kiev talks\nTroops entered Kiev.\n',
      'x.md': '<!-- slant disable no-such-rule -->\n\nText.\n'
    })
    const r = slant(['--preset', 'ap', '--report', 'sarif', '.'], {cwd: dir})
    const log = JSON.parse(r.stdout)
    const validate = validator()
    assert.ok(validate(log), JSON.stringify(validate.errors, null, 2))
    assert.equal(log.version, '2.1.0')
    const run = log.runs[0]
    assert.equal(run.tool.driver.name, 'slant')
    // Rules carry help text and links; every result points at a rule by id and index.
    for (const rule of run.tool.driver.rules) {
      assert.ok(rule.shortDescription.text)
      if (rule.id !== 'known' && rule.id !== 'slant' && !rule.id.startsWith('unknown')) {
        if (rule.helpUri) assert.match(rule.helpUri, /docs\/rules\/[a-z-]+\.md$/)
      }
    }
    const houseAp = run.tool.driver.rules.find((x) => x.id === 'house-ap')
    assert.ok(houseAp)
    assert.match(houseAp.help.text, /Kyiv/)
    assert.match(houseAp.help.markdown, /\[house-ap documentation\]\(https:/)
    for (const result of run.results) {
      assert.equal(run.tool.driver.rules[result.ruleIndex].id, result.ruleId)
      const {region, artifactLocation} = result.locations[0].physicalLocation
      assert.ok(region.startLine >= 1 && region.startColumn >= 1)
      assert.ok(artifactLocation.uri && !artifactLocation.uri.startsWith('/'))
      assert.match(result.partialFingerprints['slant/v1'], /^[0-9a-f]{32}:\d+$/)
    }
    const kiev = run.results.find((x) => x.ruleId === 'house-ap' && x.locations[0].physicalLocation.artifactLocation.uri === 'drafts/a.md')
    assert.ok(kiev)
    assert.deepEqual(kiev.locations[0].physicalLocation.region, {
      startLine: 3,
      startColumn: 22,
      endLine: 3,
      endColumn: 26,
      charOffset: ARTICLE.indexOf('Kiev'),
      charLength: 4,
      snippet: {text: 'Kiev'}
    })
    assert.equal(kiev.level, 'warning')
    assert.equal(kiev.fixes?.[0]?.artifactChanges[0]?.replacements[0]?.insertedContent.text, 'Kyiv')
    assert.equal(kiev.properties?.voice, 'narrative')
    assert.ok(run.results.some((x) => x.level === 'error'))
    assert.ok(run.artifacts.some((a) => a.location.uri === 'drafts/b%20c.txt'))
  })

  it('keeps fingerprints when lines are added above, and tells repeats apart', () => {
    const a = new VFile({path: 'a.md', value: 'Troops entered Kiev.\n\nTroops entered Kiev.\n'})
    const b = new VFile({path: 'a.md', value: 'A new first paragraph.\n\nTroops entered Kiev.\n\nTroops entered Kiev.\n'})
    const fingerprints = (file) => JSON.parse(reportSarif([lint(file, {preset: 'ap'})])).runs[0].results.map((r) => r.partialFingerprints['slant/v1'])
    const fa = fingerprints(a)
    assert.equal(fa.length, 2)
    assert.notEqual(fa[0], fa[1])
    assert.deepEqual(fingerprints(b), fa)
  })

  it('an empty run is valid too', () => {
    const log = JSON.parse(reportSarif([]))
    assert.ok(validator()(log))
    assert.deepEqual(log.runs[0].results, [])
  })
})

describe('--report github', () => {
  it('prints one workflow command per message', () => {
    const dir = folder({'.slantrc.json': RAISED, 'a.md': ARTICLE})
    const lines = slant(['--preset', 'ap', '--report', 'github', 'a.md'], {cwd: dir}).stdout.trim().split('\n')
    assert.ok(lines.length >= 5)
    for (const line of lines)
      assert.match(line, /^::(error|warning|notice) file=a\.md,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[a-z-]+ \(slant\)::[^\n]+$/)
    const houseAp = lines.find((l) => l.includes('house-ap'))
    assert.ok(houseAp)
    assert.ok(lines.includes('::warning file=a.md,line=3,col=22,endLine=3,endColumn=26,title=house-ap (slant)::' + houseAp.split('::')[2]))
    assert.ok(lines.some((l) => l.startsWith('::error ') && l.includes('speech-verb')))
    assert.match(houseAp, /::AP style: use `Kyiv` rather than `Kiev`%0AAP has used Kyiv/)
  })
  it('escapes properties and data', () => {
    assert.equal(escapeProperty('a,b:c%\nd'), 'a%2Cb%3Ac%25%0Ad')
    const file = lint(new VFile({path: 'odd, name:1.md', value: 'The legendary coach.\n'}))
    assert.match(reportGithub([file]), /^::warning file=odd%2C name%3A1\.md,line=1,col=5,/)
  })
})

describe('--report html', () => {
  it('is one self-contained page: the article with its findings, a summary linking to each, the sourcing map', () => {
    const dir = folder({'.slantrc.json': RAISED, 'a.md': ARTICLE, 'b.md': 'Troops entered Kiev.\n'})
    const r = slant(['--preset', 'ap', '--report', 'html', '.'], {cwd: dir})
    const html = r.stdout
    const messages = JSON.parse(slant(['--preset', 'ap', '--report', 'json', '.'], {cwd: dir}).stdout).flatMap((f, i) =>
      f.messages.map((m, j) => ({...m, id: `d${i + 1}-f${j + 1}`}))
    )
    assert.match(html, /^<!doctype html>/)
    assert.doesNotMatch(html, /<script|<link|<img|url\(|@import/i)
    assert.doesNotMatch(html, /(?:src)=["']https?:/)
    assert.equal((html.match(/<article class="doc"/g) ?? []).length, 2)
    // The article comes first in each file's section; the summary and sourcing map after it.
    const doc = html.slice(html.indexOf('<article class="doc" id="doc-1"'), html.indexOf('</article>'))
    assert.ok(doc.indexOf('Riot police') < doc.indexOf('<details class="summary" open>'))
    assert.ok(doc.indexOf('<details class="summary" open>') < doc.indexOf('<details class="sourcing" open>'))
    // Each finding over its exact words, with its rule, severity and voice as classes.
    assert.match(
      html,
      /<mark id="d1-m\d+" class="flag fam-house rule-\d+ sev-warning voice-narrative" data-n="\d+" data-tip="[^"]*house-ap[^"]*"[^>]*>Kiev<\/mark>/
    )
    assert.match(html, /<mark id="d1-m\d+" class="flag fam-attribution rule-\d+ sev-error voice-narrative"[^>]*>claimed<\/mark>/)
    // Every finding has one list entry (ids unique across files), one summary link to it, and,
    // when it has a place in the text, a highlight its entry links back to.
    assert.ok(messages.length >= 6)
    for (const m of messages) {
      assert.equal(html.split(`id="${m.id}"`).length, 2, m.id)
      assert.equal(html.split(`<a class="jump `).filter((x) => x.includes(`href="#${m.id}"`) && x.indexOf(`href="#${m.id}"`) < x.indexOf('>')).length, 1, m.id)
      const entry = new RegExp(
        `<li id="${m.id}" class="finding [^"]*">\\s*<div class="head"><a class="num" href="#${m.id.replace('-f', '-m')}"[^>]*>\\d+</a> <span class="sev">(error|warning|info)</span> <a class="rule" href="[^"]+">${m.ruleId}</a> <span class="voice-tag[^"]*">([^<]+)</span>`
      )
      assert.match(html, entry, m.id)
      assert.ok(html.includes(`<mark id="${m.id.replace('-f', '-m')}" `), m.id)
    }
    // The entry tells the reason, the suggestion, whose words they are and where the guidance is.
    const kiev = html.slice(html.indexOf(`<li id="${messages.find((m) => m.ruleId === 'house-ap').id}"`)).split('</li>')[0]
    assert.match(kiev, /AP style: use <code>Kyiv<\/code> rather than <code>Kiev<\/code>/)
    assert.match(kiev, /→ <code>Kyiv<\/code> <span class="safe">safe fix<\/span>/)
    assert.match(kiev, /In the reporter&#39;s own words\./)
    assert.match(kiev, /Source: <a href="https:[^"]+">AP/)
    // The summary counts by severity and rule.
    assert.match(doc, /<summary>Findings: \d+<\/summary>\n<p><span class="sev-error">1 error<\/span>/)
    assert.match(doc, /<tr><td><span class="dot fam-attribution"><\/span>speech-verb<\/td><td class="sev-error">error<\/td><td>1<\/td>/)
    // The sourcing map: who speaks, and what they are credited with.
    assert.match(html, /Direct quotes: <b>\d+<\/b>/)
    assert.match(
      doc,
      /<li class="source"><b>Marta Silva<\/b> <span class="kind">person<\/span><ul><li><span class="how">said, quoted<\/span> <span class="said">&#34;We will not let them win,&#34;<\/span>/
    )
    // A filter box for each severity, voice and rule found, and a style rule that makes it work.
    for (const id of ['f-sev-error', 'f-sev-warning', 'f-voice-narrative']) {
      assert.match(html, new RegExp(`<input type="checkbox" id="${id}" checked>`))
      assert.ok(html.includes(`body:has(#${id}:not(:checked)) main :is(.finding,sup.ref,a.jump).${id.slice(2)}{display:none}`), id)
    }
    const rules = [...new Set(messages.map((m) => m.ruleId))]
    assert.equal((html.match(/<input type="checkbox" id="f-rule-\d+" checked>/g) ?? []).length, rules.length)
    // Text is escaped: the draft's <the> is shown, not parsed.
    assert.match(html, /&#60;the&#62;|<code>&#60;the&#62;<\/code>/)
  })
  it('overlapping findings nest one mark each, the longest outermost', () => {
    const file = lint('Critics say the draconian reform failed.\n', {preset: 'ap'})
    const byRule = (id) => file.messages.find((m) => m.ruleId === id)
    assert.ok(byRule('weasel') && byRule('loaded-emotive'), file.messages.map((m) => m.ruleId).join())
    // A finding over the whole sentence, as a sourcing rule may give.
    const whole = file.message('whole sentence', {place: {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 41, offset: 40}}, ruleId: 'test-rule'})
    whole.fatal = false
    const html = reportHtml([file])
    const n = file.messages.indexOf(whole) + 1
    assert.match(
      html,
      new RegExp(
        `<mark id="d1-m${n}" class="flag fam-other rule-\\d+ sev-warning voice-none" data-n="${n}"[^>]*><mark id="d1-m\\d+" class="flag [^"]*" data-n="\\d+"[^>]*>Critics say</mark>`
      )
    )
    assert.match(
      html,
      new RegExp(
        `<mark class="flag fam-other rule-\\d+ sev-warning voice-none" data-n="${n}"[^>]*><mark id="d1-m\\d+" class="flag fam-loaded [^"]*"[^>]*>draconian</mark></mark>`
      )
    )
    assert.equal((html.match(new RegExp(`id="d1-m${n}"`, 'g')) ?? []).length, 1, 'one anchor per finding')
  })
  it('the sourcing summary counts quotations, speakers and attributions', () => {
    const {summary, attributions} = sourcingMap(lint(ARTICLE))
    assert.ok(summary.directQuotes >= 1)
    assert.ok(attributions.some((a) => a.source?.text === 'Marta Silva' && a.kind === 'direct'))
    assert.equal(summary.vague.length, 1)
  })
  it('renders a file without analysis (unreadable) as a list of messages', () => {
    const file = new VFile({path: 'bad.md'})
    file.message('cannot read file (EACCES)', {ruleId: 'unreadable', source: 'slant'}).fatal = true
    const html = reportHtml([file])
    assert.match(html, /Other messages/)
    assert.match(html, /cannot read file/)
  })
})
