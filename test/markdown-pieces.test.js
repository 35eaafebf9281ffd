// Long Markdown is parsed in pieces (src/parse/markdown-pieces.ts) to bound the parser's memory:
// the pieces must give exactly the tree the whole document gives, positions included.
import assert from 'node:assert/strict'
import {describe, it} from 'node:test'
import fc from 'fast-check'
import {lint} from '../dist/index.js'
import {MARKDOWN_PIECE, parseInPieces} from '../dist/parse/markdown-pieces.js'
import {createParser} from '../dist/processor.js'
import {fuzzCase} from './fuzz.js'
import {span} from './message-parts.js'

const parser = createParser('markdown')
const parse = (text) => parser.parse(text)

// Blocks that meet at a cut: among them every construct that runs on past a blank line
// (fenced code, comments and the other HTML blocks with an end marker), unclosed ones, ones in
// containers, indented code and tables.
const BLOCKS = [
  'Plain words here.',
  'Another para\nwith two lines.',
  '```\ncode\n\nText inside\n```',
  '```js\nx\n\nText\n',
  '````\n```\n\nText\n````',
  '~~~\nA\n\nB\n~~~~',
  '  ```\n  a\n\nWord\n   ```',
  '``` `\n\nText\n```',
  ' ~~~ a ~\n\nText\n~~~',
  '<!-- comment\n\nText in comment\n-->',
  '<!-- a --> b',
  '<!-->\n\nText',
  '<pre>\n\nText\n</pre>',
  '<PRE>\n\nText</pre> tail',
  '<script>\n\nx\n</script>',
  '<style>a</style>\n\nText',
  '<textarea\n\nText',
  '<?php\n\nText ?>',
  '<!DOCTYPE html\n\nText>',
  '<![CDATA[\n\nText]]>',
  '<div>\n\nText\n</div>',
  '- item\n\n  ```\n  code\n\nText',
  '> ```\n> a\n\nText',
  '> quote\n\nText',
  '1. one\n\n   two',
  '    indented\n\n    more',
  '\t```\n\nText',
  '| a | b |\n|---|---|\n| c | d |',
  'Heading\n===',
  '# Head',
  '---',
  'Text `code\n\nText` more',
  'x\n```\n\nText'
]
const SEPARATORS = ['\n\n', '\n', '\n\n\n', '\n  \n', '\n\t\n']
// Front matter with a blank line and a word after it (a place to cut, were it not front matter).
const FRONT_MATTER = [
  '',
  '',
  '---\ngenre: news\n---\n',
  '---\na: 1\n\nb: 2\n---\n\n',
  '+++\na = 1\n\nb = 2\n+++\n',
  '---\n\nWord\n\n',
  '---  \na: 1\n\nb: 2\n---\n'
]

const documents = fc
  .tuple(
    fc.constantFrom(...FRONT_MATTER),
    fc.array(fc.tuple(fc.constantFrom(...BLOCKS), fc.constantFrom(...SEPARATORS)), {minLength: 2, maxLength: 10}),
    fc.constantFrom('\n', '\r\n', '\r')
  )
  .map(([frontMatter, blocks, eol]) => (frontMatter + blocks.map(([block, separator]) => block + separator).join('')).replace(/\n/g, eol))

describe('Markdown in pieces', () => {
  it('gives the whole document’s tree, cut at every place it may be', () => {
    // Cases found by the property below: a block that runs on, then a thematic break the next
    // piece would read as front matter.
    for (const [text, size] of /** @type {Array<[string, number]>} */ ([['<![CDATA[\n\nText]]>\n---\n\nPlain words here.\n\n---\n\n', 4]]))
      assert.deepEqual(parseInPieces(parse, text, {size}), parse(text))
    fc.assert(
      fc.property(documents, fc.integer({min: 1, max: 40}), (text, size) => {
        assert.deepEqual(parseInPieces(parse, text, {size}), parse(text))
      }),
      {numRuns: 1000}
    )
  })

  it('gives the whole tree for mutated press prose (the fuzzer’s cases)', () => {
    for (let index = 0; index < 300; index++) {
      const {text} = fuzzCase(20261203, index)
      assert.deepEqual(parseInPieces(parse, text, {size: 1}), parse(text), `case ${index}`)
    }
  })

  it('a long draft: front matter and fenced code across the cuts stay what they are, every range exact', () => {
    const paragraph = 'The council met on Monday to discuss the budget, a spokesman said.\n\n'
    const filler = paragraph.repeat(Math.ceil(MARKDOWN_PIECE / paragraph.length))
    const code = '```\nThe legendary coach arrived.\n\nLegendary, said the fans.\n```\n\n'
    // Front matter longer than a piece, with blank lines and a puffery word in it.
    const frontMatter = `---\ntitle: The legendary coach\n\n${'note: x\n\n'.repeat(MARKDOWN_PIECE / 8)}---\n\n`
    const text = `${frontMatter}${filler}${code.repeat(3)}${filler}The legendary coach arrived.\n`
    assert.ok(frontMatter.length > MARKDOWN_PIECE && text.length > 3 * MARKDOWN_PIECE)
    const {messages} = lint(text)
    for (const m of messages) assert.equal(text.slice(span(m).start.offset, span(m).end.offset), m.actual)
    const puffery = messages.filter((m) => m.ruleId === 'puffery')
    assert.deepEqual(
      puffery.map((m) => span(m).start.line),
      [text.split('\n').length - 1]
    )
  })
})
