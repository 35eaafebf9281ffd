// Reports leak nothing and stay stable: links only to http(s) or relative URLs, a strict
// Content-Security-Policy in the HTML report, control characters escaped in every report a
// person reads and in every error, no config bytes in errors, and SARIF fingerprints that are
// the same for any --jobs and any set of files.
import assert from 'node:assert/strict'
import fs from 'node:fs'
import path from 'node:path'
import {describe, it} from 'node:test'
import {reportHtml} from '../dist/report/html.js'
import {isSafeUrl} from '../dist/data/safe-url.js'
import {lint} from '../dist/index.js'
import {folder, slant} from './cli-helpers.js'
import {dataOf} from './message-parts.js'

const ESC = '\x1b'
/** A scare-quoted word with terminal escapes inside (clear screen, set the window title, bell). */
const HOSTILE = `Police arrested the "anarchists${ESC}[2J\x07" on Monday.\n\nThe \u202egnidaeR\u202c report.\n`

describe('URLs from configuration', () => {
  it('only http, https and relative links are allowed', () => {
    for (const url of ['https://example.org/memo', 'http://x.test', '/style/memo.html', 'memo.html#kiev', '//cdn.example/x'])
      assert.equal(isSafeUrl(url), true, url)
    for (const url of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'java\tscript:alert(1)',
      ' javascript:alert(1)',
      'data:text/html,<b>',
      'vbscript:x',
      'file:///etc/passwd',
      '',
      'https://x.test/"onmouseover=x'
    ])
      assert.equal(isSafeUrl(url), false, url)
  })

  it('a house vocabulary source with a javascript: URL is a config error naming the file', () => {
    const dir = folder({
      '.slantrc.json': JSON.stringify({prefer: {Burma: {use: 'Myanmar', source: {guide: 'Memo', url: 'javascript:alert(document.cookie)'}}}}),
      'a.md': 'Burma.\n'
    })
    const r = slant(['a.md'], {cwd: dir})
    assert.equal(r.code, 2)
    assert.match(r.stderr, /^slant: \S*\.slantrc\.json: prefer\.Burma\.source\.url: expected an http or https address or a relative link/)
    assert.equal(r.stderr.trim().split('\n').length, 1)
  })
})

describe('the HTML report', () => {
  const page = () => {
    const file = lint(HOSTILE, {preset: 'wire', path: 'hostile.md'})
    // What a config could not give (it is refused), the report must not link either.
    for (const message of file.messages) {
      message.url = 'javascript:alert(1)'
      message.note = 'Why. Source: Memo <javascript:alert(2)>'
    }
    return reportHtml([file])
  }

  it('has a strict Content-Security-Policy: no script, no fetch, its own style sheet by hash', () => {
    const html = page()
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1]
    assert.ok(csp, 'CSP meta tag')
    assert.match(csp, /^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'; img-src 'none'; base-uri 'none'; form-action 'none'$/)
    assert.ok(html.indexOf('Content-Security-Policy') < html.indexOf('<style>'), 'before the style sheet')
  })

  it('never links a script URL and escapes control characters', () => {
    const html = page()
    assert.ok(!/href="\s*javascript/i.test(html))
    assert.ok(!html.includes('<a class="rule" href="javascript'))
    assert.match(html, /<span class="rule">scare-quotes<\/span>/)
    assert.ok(!/[\0-\x08\x0b\x0c\x0e-\x1f\x7f\u202a-\u202e]/u.test(html), 'no raw control characters')
    assert.match(html, /anarchists\\x1b\[2J\\x07/)
  })

  it('puts no data from a message into a class name: an unknown voice or family is shown as none', () => {
    const file = lint('Troops entered Kiev.\n', {preset: 'wire', path: 'a.md'})
    for (const message of file.messages) Object.assign(dataOf(message), {voice: '"><b>voice</b>', family: '"><b>family</b>'})
    const html = reportHtml([file])
    assert.ok(!html.includes('<b>voice') && !html.includes('<b>family'))
    assert.match(html, /<mark id="d1-m1" class="flag fam-other rule-\d+ sev-\w+ voice-none"/)
  })
})

describe('control characters in what a person reads', () => {
  it('the human report escapes them, with and without colour', () => {
    const dir = folder({'hostile.md': HOSTILE})
    for (const color of ['--no-color', '--color']) {
      const r = slant(['--preset', 'wire', color, 'hostile.md'], {cwd: dir})
      // The scare quote is reported (at info: its precision on real copy is not yet proven).
      assert.equal(r.code, 0)
      assert.match(r.stdout, /anarchists\\x1b\[2J\\x07/)
      // Only the reporter's own colour codes (ESC [ … m) remain.
      assert.ok(!/\x1b(?!\[\d+(?:;\d+)*m)|\x07/u.test(r.stdout), JSON.stringify(r.stdout))
    }
  })

  it('errors that echo config values (a preset name) escape them', () => {
    const r = slant(['--preset', `${ESC}[31mred${ESC}]0;x\x07`, 'a.md'], {cwd: folder({'a.md': 'Text.\n'})})
    assert.equal(r.code, 2)
    assert.ok(!/[\x07\x1b]/u.test(r.stderr))
    assert.match(r.stderr, /unknown preset `\\x1b\[31mred\\x1b\]0;x\\x07`/)
  })

  it("an error about a config that is a link to another file never prints that file's bytes", () => {
    const dir = folder({secret: 'root:x:0:0:hunter2:/root:/bin/bash\n', 'a.md': 'Text.\n'})
    for (const name of ['.slantrc.json', '.slantrc', 'package.json']) {
      const sub = path.join(dir, name.replace(/\W/g, '_'))
      fs.mkdirSync(sub)
      fs.writeFileSync(path.join(sub, 'a.md'), 'Text.\n')
      fs.symlinkSync(path.join(dir, 'secret'), path.join(sub, name))
      const r = slant(['a.md'], {cwd: sub})
      assert.equal(r.code, 2, name)
      assert.ok(!/root|hunter2|bash/.test(r.stderr), r.stderr)
      assert.equal(r.stderr.trim().split('\n').length, 1)
    }
  })
})

describe('SARIF fingerprints', () => {
  const DRAFTS = {
    'a.md': 'The minister claimed that it worked.\n\nTroops entered Kiev, he said.\n',
    'b.md': 'The mayor claimed that it was over.\n\nThe minister claimed that it worked.\n',
    'c.md': 'Critics say the plan will fail. Unfortunately, it did.\n\nThe minister claimed that it worked.\n',
    'd.txt': 'Officials called the plan draconian.\nThe minister claimed that it worked.\n'
  }
  /** uri → the fingerprints of its results, in order. */
  const prints = (dir, args) => {
    const r = slant(['--preset', 'ap', '--report', 'sarif', ...args], {cwd: dir})
    const out = {}
    for (const result of JSON.parse(r.stdout).runs[0].results)
      (out[result.locations[0].physicalLocation.artifactLocation.uri] ??= []).push(result.partialFingerprints['slant/v1'])
    return out
  }

  it('are the same for --jobs 1, --jobs 2 and each file linted alone', () => {
    const dir = folder(DRAFTS)
    const names = Object.keys(DRAFTS)
    const one = prints(dir, ['--jobs', '1', ...names])
    assert.equal(Object.keys(one).length, names.length)
    assert.deepEqual(prints(dir, ['--jobs', '2', ...names]), one)
    const alone = Object.assign({}, ...names.map((name) => prints(dir, [name])))
    assert.deepEqual(alone, one)
    // A fingerprint hashes the line's text (not its number): \`claimed\` on the same line text in
    // a.md (line 1) and b.md (line 3) has one hash, and another on another line.
    const claimed = (uri, line) => {
      const sarif = JSON.parse(slant(['--preset', 'ap', '--report', 'sarif', uri], {cwd: dir}).stdout).runs[0].results
      return sarif.find((r) => r.ruleId === 'speech-verb' && r.locations[0].physicalLocation.region.startLine === line).partialFingerprints['slant/v1']
    }
    assert.equal(claimed('a.md', 1), claimed('b.md', 3))
    assert.notEqual(claimed('b.md', 1), claimed('b.md', 3))
  })
})
