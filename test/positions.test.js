// Every message's range must hold exactly its `actual` in the source, whatever Markdown did
// to the text in between (entities, escapes, emphasis, links, CRLF, astral characters).
import assert from 'node:assert/strict'
import {describe, it} from 'node:test'
import {lint} from '../dist/index.js'
import {span} from './message-parts.js'

const config = {preset: [], rules: {puffery: 'on', euphemism: 'on', 'loaded-label': 'on', 'scare-quotes': 'on'}}

function flagged(text, options = {}) {
  const file = lint(text, {...config, ...options})
  for (const m of file.messages) {
    assert.equal(text.slice(span(m).start.offset, span(m).end.offset), m.actual, `range of ${m.reason}`)
  }
  return file.messages.map((m) => m.actual)
}

describe('message positions', () => {
  it('after a character reference', () => assert.deepEqual(flagged('Tom &amp; Jerry are legendary.'), ['legendary']))
  it('after a numeric reference and an astral one', () => assert.deepEqual(flagged('A &#x1F600; &#128512; legendary act.'), ['legendary']))
  it('after a backslash escape', () => assert.deepEqual(flagged('The \\*legendary\\* band.'), ['legendary']))
  it('inside emphasis', () => assert.deepEqual(flagged('The *legendary* band.'), ['legendary']))
  it('across emphasis splitting a phrase', () => assert.deepEqual(flagged('He *passed* away on Friday.'), ['passed* away']))
  it('inside a link', () => assert.deepEqual(flagged('See [the legendary band](https://example.com).'), ['legendary']))
  it('with CRLF line ends', () => assert.deepEqual(flagged('# Title\r\n\r\nFirst line\r\nthe legendary band.\r\n'), ['legendary']))
  it('after astral characters', () => assert.deepEqual(flagged('😀😀 𝒜 the legendary band.'), ['legendary']))
  it('in a block quote continuation line', () => assert.deepEqual(flagged('Intro.\n\n> First line\n> and a legendary second.\n'), []))
  it('in a list item spanning lines', () => assert.deepEqual(flagged('- first line\n  and a legendary second\n'), ['legendary']))
  it('in plain text', () => assert.deepEqual(flagged('Title here\nThe legendary band played.\n', {format: 'text'}), ['legendary']))
  it('for scare quotes, marks included', () => assert.deepEqual(flagged('Its &quot;report&quot; came out.'), ['&quot;report&quot;']))
})

describe('what is never linted', () => {
  it('skips code, inline code, HTML, front matter and URLs', () => {
    const text =
      '---\ntitle: legendary\n---\n\n`legendary` and <img alt="legendary"> and https://legendary.example.com\n\n<div>legendary</div>\n\n```\nlegendary\n```\n'
    assert.deepEqual(flagged(text), [])
  })
  it('lints table cells, each a block of its own, with exact ranges', () =>
    assert.deepEqual(flagged('| a | b |\n| --- | --- |\n| legendary | x |\n'), ['legendary']))
})

describe('characters Markdown replaces', () => {
  it('maps a NUL (read as U+FFFD) to its own position', () => assert.deepEqual(flagged('\u0000The legendary band.'), ['legendary']))
})
