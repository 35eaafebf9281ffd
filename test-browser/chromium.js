// What the browser tests share: Debian's headless Chromium (CHROMIUM_PATH names another), and a
// page that records whatever goes wrong on it. Not a test file itself.
import assert from 'node:assert/strict'
import fs from 'node:fs'
import {pathToFileURL} from 'node:url'
import {chromium} from 'playwright-core'

export const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage']

export function launchChromium() {
  assert.ok(fs.existsSync(executablePath), `${executablePath} is missing: apt-get install chromium`)
  return chromium.launch({executablePath, headless: true, args: CHROMIUM_ARGS})
}

/**
 * `file` open in a new page of `browser` (or of a context: `{javaScriptEnabled: false}`…), with
 * `problems` (script errors, console errors, failed requests, dialogs) and every URL requested.
 */
export async function openPage(target, file, options = {}) {
  const page = await target.newPage(options)
  const problems = []
  const requests = []
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`))
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`))
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`))
  page.on('dialog', (d) => (problems.push(`dialog: ${d.message()}`), d.dismiss()))
  page.on('request', (r) => requests.push(r.url()))
  const response = await page.goto(pathToFileURL(file).href, {waitUntil: 'load'})
  assert.ok(response.ok())
  return {page, problems, requests}
}
