// The HTML report in a real headless Chromium: the page loads without errors and fetches
// nothing; every finding is highlighted over its words; at desktop width (1280×800) the
// sourcing map sits beside the article and the notes in its margin, at phone width (375×812)
// both fall below without any horizontal scrolling; the summary's links jump to each finding;
// the filters by rule, severity and voice hide and show highlights and entries, with
// JavaScript off. Screenshots at both widths land in test-artifacts/ (not committed). Run by
// `npm run test:browser`, not by `npm test` (which needs only Node).
import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {after, before, describe, it} from 'node:test'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {sharedCase} from '../test/shared-cases.js'
import {executablePath, launchChromium, openPage} from './chromium.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const bin = path.join(root, 'dist/cli/index.js')
const artifacts = path.join(root, 'test-artifacts')
const DESKTOP = {width: 1280, height: 800}
const PHONE = {width: 375, height: 812}

const ARTICLE = [
  '# Riot police clash with protesters as pension vote nears',
  '',
  'Thousands marched through Kiev on Saturday against the draconian reform, in what organisers called the largest protest in a decade.',
  '',
  '"We will not let them take our retirement," said Marta Silva, 61, a school cook.',
  '',
  'Labour Minister Tomas Berg claimed that the reform was unavoidable. Critics say the plan will hurt the poorest workers most.',
  '',
  '> The minister insisted that the terrorists were behind the unrest, his office said.',
  '',
  '- Police said 12 people were arrested after a group of "anarchists" smashed windows.',
  '- Unfortunately, the march ended in chaos & <confusion>.',
  '',
  '"Nobody saw it coming, nobody at all."',
  '',
  'See https://example.org/a/very/long/address/that/would/not/fit/on/a/phone/screen/without/wrapping/anywhere for the full statement.',
  ''
].join('\n')

function report(dir, files) {
  const r = spawnSync(process.execPath, [bin, '--preset', 'ap', '--report', 'html', ...files], {cwd: dir, encoding: 'utf8', timeout: 60000})
  assert.ok(r.stdout.startsWith('<!doctype html>'), r.stderr)
  const json = spawnSync(process.execPath, [bin, '--preset', 'ap', '--report', 'json', ...files], {cwd: dir, encoding: 'utf8', timeout: 60000})
  return {html: r.stdout, files: JSON.parse(json.stdout)}
}

/** The element's box in the viewport, and whether it is (at least partly) in view. */
const inView = (loc) =>
  loc.evaluate((el) => {
    const r = el.getBoundingClientRect()
    return r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth
  })
const highlighted = (loc) => loc.evaluate((el) => getComputedStyle(el).backgroundColor !== 'rgba(0, 0, 0, 0)')

describe('HTML report in headless Chromium', () => {
  let browser
  let dir
  let page$
  let linted
  before(async () => {
    browser = await launchChromium()
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'slant-html-'))
    fs.writeFileSync(path.join(dir, 'protest.md'), ARTICLE)
    // The page shows every level: speech-verb raised to an error (ap keeps it a warning).
    fs.writeFileSync(path.join(dir, '.slantrc.json'), '{"rules": {"speech-verb": "error"}}')
    fs.writeFileSync(path.join(dir, 'wire.txt'), 'Aid talks resume\nTroops entered Kiev on Monday, officials said.\n')
    const seed = sharedCase('seed-article.md')
    if (seed !== undefined) fs.writeFileSync(path.join(dir, 'seed-article.md'), seed)
    const names = fs
      .readdirSync(dir)
      .filter((f) => /\.(md|txt)$/.test(f))
      .sort()
    const {html, files} = report(dir, names)
    linted = files
    page$ = path.join(dir, 'report.html')
    fs.writeFileSync(page$, html)
    fs.mkdirSync(artifacts, {recursive: true})
  })
  after(async () => {
    await browser?.close()
  })

  it('loads without errors, fetches nothing and highlights every finding over its words', async () => {
    const {page, problems, requests} = await openPage(browser, page$, {viewport: DESKTOP})
    assert.deepEqual(problems, [])
    assert.deepEqual(
      requests.filter((u) => !u.startsWith('file:')),
      [],
      'self-contained: nothing fetched'
    )
    assert.equal(await page.locator('article.doc').count(), linted.length)
    // Every message with a range is highlighted by a visible mark, and a numbered ref follows it.
    const placed = linted.flatMap((f) => f.messages).filter((m) => m.place && m.place.start)
    assert.equal(await page.locator('sup.ref').count(), placed.length)
    const marks = page.locator('main mark.flag')
    const count = await marks.count()
    assert.ok(count >= placed.length, `${count} marks for ${placed.length} messages`)
    for (let i = 0; i < count; i++) {
      const mark = marks.nth(i)
      await mark.scrollIntoViewIfNeeded()
      assert.ok(await mark.isVisible(), `mark ${i} is visible`)
      assert.ok(await highlighted(mark), `mark ${i} is highlighted`)
    }
    // The marks of each finding hold exactly its words (a finding crossing another is cut in two).
    const protest = linted.findIndex((f) => f.path === 'protest.md') + 1
    for (const [i, m] of linted[protest - 1].messages.entries()) {
      if (!m.place?.start) continue
      const marked = await page.locator(`#doc-${protest} mark.flag[data-n="${i + 1}"]`).evaluateAll((els) => els.map((el) => el.textContent).join(''))
      assert.equal(marked, ARTICLE.slice(m.place.start.offset, m.place.end.offset), m.ruleId)
    }
    const kiev = page.locator('main mark.flag.fam-house', {hasText: 'Kiev'}).first()
    assert.equal(await kiev.textContent(), 'Kiev')
    assert.ok(await page.locator('main mark.flag.sev-error', {hasText: 'claimed'}).first().isVisible())
    // Category (colour) and voice (underline) are styled apart.
    const style = (loc) => loc.evaluate((el) => ({bg: getComputedStyle(el).backgroundColor, line: getComputedStyle(el).textDecorationStyle}))
    assert.notEqual((await style(kiev)).bg, (await style(page.locator('main mark.flag.fam-loaded').first())).bg)
    const quoted = await style(page.locator('main mark.flag.voice-quote').first())
    assert.notEqual(quoted.line, (await style(kiev)).line)
    // Hovering shows the message.
    await kiev.hover()
    const tip = await kiev.evaluate((el) => getComputedStyle(el, '::after').content)
    assert.match(tip, /house-ap: AP style: use `Kyiv` rather than `Kiev`/)
    // Each entry gives rule, severity, voice, reason, suggestion and a link to the rule's docs.
    const entry = page.locator(`#${await kiev.getAttribute('aria-describedby')}`)
    assert.match(
      await entry.innerText(),
      /warning\s+house-ap\s+reporter's voice[\s\S]*AP style: use Kyiv rather than Kiev\s+→ Kyiv\s+safe fix[\s\S]*In the reporter's own words\./
    )
    assert.match(await entry.locator('a.rule').getAttribute('href'), /^https:\/\/.*house-ap/)
    // Text from the draft is shown as text.
    assert.ok((await page.locator(`#doc-${protest}`).textContent()).includes('<confusion>'))
    assert.ok(await page.getByText('Marta Silva').first().isVisible())
    await page.close()
  })

  it('at desktop width: the article first, notes in its margin, the sourcing map beside it', async () => {
    const {page} = await openPage(browser, page$, {viewport: DESKTOP})
    const doc = page.locator('article.doc').first()
    const text = await doc.locator('.text').boundingBox()
    const sourcing = await doc.locator('details.sourcing').boundingBox()
    const summary = await doc.locator('details.summary').boundingBox()
    assert.ok(sourcing.x >= text.x + text.width, `the sourcing map (x ${sourcing.x}) is right of the article (ends ${text.x + text.width})`)
    assert.ok(sourcing.y < text.y + text.height, 'beside it, not below')
    assert.ok(summary.x >= text.x + text.width)
    assert.ok(text.width > 2 * sourcing.width, 'the article has most of the width')
    const note = await doc.locator('.row.flagged .notes li.finding').first().boundingBox()
    const prose = await doc.locator('.row.flagged .prose').first().boundingBox()
    assert.ok(note.x >= prose.x + prose.width, 'notes are in the margin')
    // The sourcing map folds away, and the article keeps its place.
    assert.equal(await doc.locator('details.sourcing').getAttribute('open'), '')
    await doc.locator('details.sourcing > summary').click()
    assert.equal(await doc.locator('details.sourcing').getAttribute('open'), null)
    assert.equal(await doc.locator('details.sourcing h3').first().isVisible(), false)
    await doc.locator('details.sourcing > summary').click()
    assert.ok(await doc.locator('details.sourcing').getByText('Marta Silva').isVisible())
    await page.screenshot({path: path.join(artifacts, 'html-report-desktop.png'), fullPage: true})
    assert.ok(fs.statSync(path.join(artifacts, 'html-report-desktop.png')).size > 10000)
    await page.close()
  })

  it('at phone width: no horizontal scrolling, readable text, notes and sourcing map below the article', async () => {
    const {page} = await openPage(browser, page$, {viewport: PHONE, isMobile: true, hasTouch: true, deviceScaleFactor: 2})
    // Open everything that folds, so that it is measured too.
    await page.locator('details.filters > summary').click()
    const widths = await page.evaluate(() => ({scroll: document.documentElement.scrollWidth, body: document.body.scrollWidth, viewport: innerWidth}))
    assert.equal(widths.viewport, PHONE.width)
    assert.ok(widths.scroll <= widths.viewport && widths.body <= widths.viewport, JSON.stringify(widths))
    const overflowing = await page.evaluate(() =>
      [...document.querySelectorAll('body *')].filter((el) => el.getBoundingClientRect().right > innerWidth + 0.5).map((el) => el.outerHTML.slice(0, 80))
    )
    assert.deepEqual(overflowing, [])
    const px = (sel) =>
      page
        .locator(sel)
        .first()
        .evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
    assert.ok((await px('main p.block')) >= 16, 'article text at 16 px or more')
    assert.ok((await px('li.finding')) >= 14, 'notes at 14 px or more')
    assert.ok((await px('details.sourcing')) >= 14, 'sourcing map at 14 px or more')
    const doc = page.locator('article.doc').first()
    const text = await doc.locator('.text').boundingBox()
    const sourcing = await doc.locator('details.sourcing').boundingBox()
    assert.ok(sourcing.y >= text.y + text.height, 'the sourcing map is below the article')
    const note = await doc.locator('.row.flagged .notes li.finding').first().boundingBox()
    const prose = await doc.locator('.row.flagged .prose').first().boundingBox()
    assert.ok(note.y >= prose.y + prose.height, 'notes follow their paragraph')
    await page.screenshot({path: path.join(artifacts, 'html-report-phone.png'), fullPage: true})
    assert.ok(fs.statSync(path.join(artifacts, 'html-report-phone.png')).size > 10000)
    await page.close()
  })

  for (const viewport of [DESKTOP, PHONE]) {
    it(`the summary's links jump to each finding, and each finding back to its words (${viewport.width} px)`, async () => {
      const {page, problems} = await openPage(browser, page$, {viewport})
      const jumps = page.locator('a.jump')
      const total = linted.reduce((n, f) => n + f.messages.length, 0)
      assert.equal(await jumps.count(), total, 'one link per finding')
      for (let i = 0; i < total; i++) {
        const jump = jumps.nth(i)
        const id = (await jump.getAttribute('href')).slice(1)
        await jump.scrollIntoViewIfNeeded()
        await jump.click()
        const target = page.locator(`[id="${id}"]`)
        assert.equal(await target.count(), 1, id)
        assert.equal(await target.evaluate((el) => el.matches('li.finding:target')), true, id)
        assert.ok(await inView(target), `${id} is in view after the click`)
        // From the entry back to its highlight in the text.
        const back = target.locator('a.num')
        if ((await back.count()) === 0) continue
        await back.click()
        const mark = page.locator(`[id="${(await back.getAttribute('href')).slice(1)}"]`)
        assert.ok(await mark.evaluate((el) => el.matches('mark.flag:target')), id)
        assert.ok(await inView(mark), `the highlight of ${id} is in view`)
      }
      assert.deepEqual(problems, [])
      await page.close()
    })
  }

  it('the filters by severity, voice and rule hide and show highlights and entries, with JavaScript off', async () => {
    const context = await browser.newContext({viewport: DESKTOP, javaScriptEnabled: false})
    const {page, problems} = await openPage(context, page$)
    const shown = (sel) => page.locator(sel).evaluateAll((els) => els.filter((el) => el.getClientRects().length > 0).length)
    const lit = (sel) => page.locator(sel).evaluateAll((els) => els.filter((el) => getComputedStyle(el).backgroundColor !== 'rgba(0, 0, 0, 0)').length)
    const all = {entries: await shown('li.finding'), jumps: await shown('a.jump'), refs: await shown('sup.ref'), marks: await lit('main mark.flag')}
    assert.ok(all.entries > 0 && all.entries === all.jumps && all.entries >= all.refs)
    await page.locator('details.filters > summary').click()
    const box = (name) => page.locator('details.filters label.chip', {hasText: name}).first().locator('input')

    // Severity: warnings off leaves errors and infos.
    const warnings = await shown('li.finding.sev-warning')
    assert.ok(warnings > 0 && warnings < all.entries)
    await box('warning').uncheck()
    assert.equal(await shown('li.finding.sev-warning'), 0)
    assert.equal(await shown('a.jump.sev-warning'), 0)
    assert.equal(await shown('sup.ref.sev-warning'), 0)
    assert.equal(await lit('main mark.flag.sev-warning'), 0)
    assert.equal(await shown('li.finding'), all.entries - warnings)
    assert.ok((await lit('main mark.flag.sev-error')) > 0, 'errors still highlighted')
    assert.ok(await page.locator('main mark.flag.sev-error', {hasText: 'claimed'}).first().isVisible())
    await page.screenshot({path: path.join(artifacts, 'html-report-filtered.png')})
    await box('warning').check()
    assert.deepEqual({entries: await shown('li.finding'), jumps: await shown('a.jump'), refs: await shown('sup.ref'), marks: await lit('main mark.flag')}, all)

    // Voice: the reporter's voice off leaves quotations and reported speech.
    await box("reporter's voice").uncheck()
    assert.equal(await shown('li.finding.voice-narrative'), 0)
    assert.equal(await lit('main mark.flag.voice-narrative'), 0)
    assert.ok(
      (await shown('li.finding.voice-reported')) > 0 && (await shown('li.finding.voice-reported')) === (await page.locator('li.finding.voice-reported').count())
    )
    assert.ok((await lit('main mark.flag.voice-reported')) > 0)
    await box("reporter's voice").check()

    // Rule: house-ap off, in every article at once; a flag nested in another keeps the other's colour.
    const kievs = await page.locator('li.finding', {has: page.locator('a.rule', {hasText: /^house-ap$/})}).count()
    assert.ok(kievs >= 2, 'Kiev in more than one article')
    await box('house-ap').uncheck()
    assert.equal(
      await page
        .locator('li.finding', {has: page.locator('a.rule', {hasText: /^house-ap$/})})
        .evaluateAll((els) => els.filter((el) => el.getClientRects().length > 0).length),
      0
    )
    const kiev = page.locator('main mark.flag', {hasText: /^Kiev$/}).first()
    assert.equal(await highlighted(kiev), false)
    assert.ok(await kiev.isVisible(), 'the words stay')
    assert.equal(await shown('li.finding'), all.entries - kievs)
    await box('house-ap').check()
    assert.equal(await highlighted(kiev), true)
    assert.deepEqual(problems, [])
    await context.close()
  })

  it('chromium --dump-dom renders the same page', () => {
    const {html} = report(dir, ['protest.md'])
    const file = path.join(dir, 'one.html')
    fs.writeFileSync(file, html)
    const r = spawnSync(executablePath, ['--headless', '--no-sandbox', '--disable-gpu', '--dump-dom', pathToFileURL(file).href], {
      encoding: 'utf8',
      timeout: 120000
    })
    assert.equal(r.status, 0, r.stderr)
    assert.match(r.stdout, /<mark id="d1-m\d+" class="flag fam-house [^>]*>Kiev<\/mark>/)
  })
})
