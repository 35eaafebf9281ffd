// The HTML report is safe to open, in headless Chromium: a draft with control characters in its
// text and `javascript:` links in its Markdown and (refused) in config still gives a page with
// a Content-Security-Policy, no clickable script URL, no script at all, its style sheet applied
// (the CSP admits it by hash) and the control characters shown as escapes. Run by
// `npm run test:browser`.
import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {after, before, describe, it} from 'node:test'
import {fileURLToPath} from 'node:url'
import {reportHtml} from '../dist/report/html.js'
import {lint} from '../dist/index.js'
import {launchChromium, openPage} from './chromium.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const bin = path.join(root, 'dist/bin/index.js')

const DRAFT = [
  '# Aid \x1b]0;pwned\x07talks',
  '',
  'Police arrested the "anarchists\x1b[2J\x07" on Monday, [details](javascript:alert(1)) and <a href="javascript:alert(2)">more</a>.',
  '',
  'Troops entered Kiev. The \u202egnidaeR\u202c report said so.',
  ''
].join('\n')
const CONFIG = {preset: 'wire', prefer: {Kiev: {use: 'Kyiv', source: {guide: 'Memo', url: 'javascript:alert(document.cookie)'}}}}

describe('HTML report safety in headless Chromium', () => {
  let browser
  let dir
  before(async () => {
    browser = await launchChromium()
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'slant-html-safety-'))
    fs.writeFileSync(path.join(dir, 'hostile.md'), DRAFT)
  })
  after(async () => {
    await browser?.close()
  })

  it('a config with a javascript: URL is refused before any report is written', () => {
    fs.writeFileSync(path.join(dir, '.slantrc.json'), JSON.stringify(CONFIG))
    const r = spawnSync(process.execPath, [bin, '--report', 'html', 'hostile.md'], {cwd: dir, encoding: 'utf8', timeout: 60000})
    fs.rmSync(path.join(dir, '.slantrc.json'))
    assert.equal(r.status, 2)
    assert.equal(r.stdout, '')
    assert.match(r.stderr, /source\.url: expected an http or https address or a relative link/)
  })

  for (const how of ['the command line', 'messages carrying javascript: URLs']) {
    it(`the page from ${how} has a CSP, no script URL to click, and escaped control characters`, async () => {
      let html
      if (how === 'the command line') {
        const r = spawnSync(process.execPath, [bin, '--preset', 'wire', '--report', 'html', 'hostile.md'], {cwd: dir, encoding: 'utf8', timeout: 60000})
        html = r.stdout
      } else {
        // What the config loader refuses, the renderer must not link either.
        const file = lint(DRAFT, {preset: 'wire', path: 'hostile.md'})
        for (const message of file.messages) {
          message.url = 'javascript:alert(3)'
          message.note = 'Why. Source: Memo <javascript:alert(4)>'
        }
        html = reportHtml([file])
      }
      assert.ok(html.startsWith('<!doctype html>'))
      const file = path.join(dir, `${how.replace(/\W+/g, '-')}.html`)
      fs.writeFileSync(file, html)
      const {page, problems} = await openPage(browser, file)
      const facts = await page.evaluate(() => ({
        csp: document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content'),
        scripts: document.querySelectorAll('script').length,
        scriptLinks: [...document.querySelectorAll('[href], [src], [action], [formaction]')].filter((el) =>
          /^\s*(javascript|data|vbscript):/i.test(
            el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action') ?? el.getAttribute('formaction') ?? ''
          )
        ).length,
        handlers: [...document.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => /^on/i.test(a.name))).length,
        links: [...document.querySelectorAll('a')].filter((a) => a.hasAttribute('href')).map((a) => a.protocol),
        text: document.body.innerText,
        background: getComputedStyle(document.body).backgroundColor
      }))
      assert.match(facts.csp, /^default-src 'none'; style-src 'sha256-[^']+'; img-src 'none'; base-uri 'none'; form-action 'none'$/)
      assert.equal(facts.scripts, 0)
      assert.equal(facts.scriptLinks, 0)
      assert.equal(facts.handlers, 0)
      assert.ok(
        facts.links.every((p) => p === 'https:' || p === 'http:' || p === 'file:'),
        facts.links.join(' ')
      )
      assert.equal(facts.background, 'rgb(246, 246, 244)', 'the style sheet is applied (admitted by its hash)')
      assert.ok(!/[\x00-\x08\x0b-\x1f\x7f\u202a-\u202e]/u.test(facts.text), 'no raw control characters on the page')
      assert.match(facts.text, /anarchists\\x1b\[2J\\x07/)
      assert.match(facts.text, /\\u202egnidaeR\\u202c/)
      // Clicking every link runs nothing.
      for (const link of await page.locator('a[href]').all()) {
        const href = await link.getAttribute('href')
        if (href.startsWith('#')) await link.click()
      }
      assert.deepEqual(problems, [])
      await page.close()
    })
  }
})
