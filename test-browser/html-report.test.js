// The HTML report in a real headless Chromium (Debian's `chromium`, launched with --headless
// --no-sandbox): the page loads without errors, every flagged span is visible and highlighted,
// the hover text appears, and a screenshot lands in test-artifacts/. Run by `npm run
// test:browser`, not by `npm test` (which needs only Node).
import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {after, before, describe, it} from 'node:test'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {chromium} from 'playwright-core'
import {sharedCase} from '../test/shared-cases.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const bin = path.join(root, 'dist/cli/index.js')
const artifacts = path.join(root, 'test-artifacts')
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

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
  ''
].join('\n')

function report(dir, files) {
  const r = spawnSync(process.execPath, [bin, '--preset', 'ap', '--report', 'html', ...files], {cwd: dir, encoding: 'utf8', timeout: 60000})
  assert.ok(r.stdout.startsWith('<!doctype html>'), r.stderr)
  const json = spawnSync(process.execPath, [bin, '--preset', 'ap', '--report', 'json', ...files], {cwd: dir, encoding: 'utf8', timeout: 60000})
  return {html: r.stdout, messages: JSON.parse(json.stdout).flatMap((f) => f.messages)}
}

describe('HTML report in headless Chromium', () => {
  let browser
  let dir
  before(async () => {
    assert.ok(fs.existsSync(executablePath), `${executablePath} is missing: apt-get install chromium`)
    browser = await chromium.launch({executablePath, headless: true, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage']})
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'slant-html-'))
    fs.writeFileSync(path.join(dir, 'protest.md'), ARTICLE)
    // The page shows every level: speech-verb raised to an error (ap keeps it a warning).
    fs.writeFileSync(path.join(dir, '.slantrc.json'), '{"rules": {"speech-verb": "error"}}')
    fs.writeFileSync(path.join(dir, 'wire.txt'), 'Aid talks resume\nTroops entered Kiev on Monday, officials said.\n')
    const seed = sharedCase('seed-article.md')
    if (seed !== undefined) fs.writeFileSync(path.join(dir, 'seed-article.md'), seed)
    fs.mkdirSync(artifacts, {recursive: true})
  })
  after(async () => {
    await browser?.close()
  })

  it('loads without errors and shows every flagged span', async () => {
    const files = fs.readdirSync(dir).filter((f) => /\.(md|txt)$/.test(f)).sort()
    const {html, messages} = report(dir, files)
    const page$ = path.join(dir, 'report.html')
    fs.writeFileSync(page$, html)
    const page = await browser.newPage({viewport: {width: 1280, height: 900}})
    const problems = []
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`))
    page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`))
    page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`))
    const requests = []
    page.on('request', (r) => requests.push(r.url()))
    const response = await page.goto(pathToFileURL(page$).href, {waitUntil: 'load'})
    assert.ok(response.ok())
    assert.deepEqual(problems, [])
    assert.deepEqual(requests.filter((u) => !u.startsWith('file:')), [], 'self-contained: nothing fetched')
    assert.equal(await page.locator('article.doc').count(), files.length)

    // Every message with a range is highlighted by a visible mark (a numbered ref follows it).
    const placed = messages.filter((m) => m.place && m.place.start)
    const refs = await page.locator('sup.ref').count()
    assert.equal(refs, placed.length)
    const marks = page.locator('main mark.flag')
    const count = await marks.count()
    assert.ok(count >= placed.length, `${count} marks for ${placed.length} messages`)
    for (let i = 0; i < count; i++) {
      const mark = marks.nth(i)
      await mark.scrollIntoViewIfNeeded()
      assert.ok(await mark.isVisible(), `mark ${i} is visible`)
      const box = await mark.boundingBox()
      assert.ok(box && box.width > 0 && box.height > 0)
      const bg = await mark.evaluate((el) => getComputedStyle(el).backgroundColor)
      assert.notEqual(bg, 'rgba(0, 0, 0, 0)', 'highlighted')
    }
    // Flagged text matches the messages' text.
    const kiev = page.locator('main mark.flag.fam-house', {hasText: 'Kiev'}).first()
    assert.equal(await kiev.textContent(), 'Kiev')
    const claimed = page.locator('main mark.flag.sev-error', {hasText: 'claimed'}).first()
    assert.ok(await claimed.isVisible())
    // Category and voice are styled apart.
    const style = (loc) => loc.evaluate((el) => ({bg: getComputedStyle(el).backgroundColor, line: getComputedStyle(el).textDecorationStyle}))
    const a = await style(kiev)
    const b = await style(page.locator('main mark.flag.fam-loaded').first())
    assert.notEqual(a.bg, b.bg)
    // The hover shows the message.
    await kiev.hover()
    const tip = await kiev.evaluate((el) => getComputedStyle(el, '::after').content)
    assert.match(tip, /house-ap: AP style: use `Kyiv` rather than `Kiev`/)
    // Margin notes sit beside their paragraph.
    const noteBox = await page.locator('aside.notes li.note').first().boundingBox()
    const textBox = await page.locator('.row.flagged .prose').first().boundingBox()
    assert.ok(noteBox.x > textBox.x + textBox.width - 1, 'notes are in the margin')
    // The sourcing summary is there for each article.
    assert.equal(await page.locator('article.doc .sourcing').count(), files.length)
    assert.ok(await page.getByText('Marta Silva').first().isVisible())
    // The escaped text shows as text.
    assert.ok((await page.locator('article.doc').first().textContent()).includes('<confusion>'))

    await page.screenshot({path: path.join(artifacts, 'html-report.png'), fullPage: true})
    await kiev.hover()
    await page.screenshot({path: path.join(artifacts, 'html-report-hover.png')})
    assert.ok(fs.statSync(path.join(artifacts, 'html-report.png')).size > 10000)
    await page.close()
  })

  it('chromium --dump-dom renders the same page', () => {
    const {html} = report(dir, ['protest.md'])
    const file = path.join(dir, 'one.html')
    fs.writeFileSync(file, html)
    const r = spawnSync(executablePath, ['--headless', '--no-sandbox', '--disable-gpu', '--dump-dom', pathToFileURL(file).href], {encoding: 'utf8', timeout: 120000})
    assert.equal(r.status, 0, r.stderr)
    assert.match(r.stdout, /<mark class="flag fam-house[^>]*>Kiev<\/mark>/)
  })
})
