// slant's Markdown parser leaves GFM tables and autolink literals out where they cannot apply
// (src/parse/gfm.ts): its trees must be exactly remark-gfm's, positions included.
import assert from 'node:assert/strict'
import {describe, it} from 'node:test'
import fc from 'fast-check'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkMdx from 'remark-mdx'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {analyzeVoice, lint} from '../dist/index.js'
import {createParser} from '../dist/processor.js'

const reference = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml'])
const referenceMdx = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml'])
const markdown = createParser('markdown')
const mdx = createParser('mdx')

// Autolink literals and near misses, in every spelling that decodes to one; tables, their
// delimiter rows and near misses (thematic breaks, heading underlines); and the constructs they
// meet: emphasis, strikethrough, code, links, images, HTML, lists, block quotes, footnotes.
const FRAGMENTS = [
  'www.example.com',
  'WWW.Example.COM/a_b_',
  'www.x',
  'http://a.b/c_d_e',
  'https://example.org/path(with)parens).',
  'HTTPS://x.y/~a~',
  'http:/not.a.link',
  'a@b.co',
  'first.last+tag@mail-host.example.org',
  'x@y.z_',
  'mailto:a@b.org',
  'xmpp:a@b.org/res',
  '@handle',
  'foo@',
  '&#64;',
  '&commat;',
  'www&#46;x.com',
  'http&#58;//x.com',
  '\\@',
  '<http://a.b>',
  '<a@b.co>',
  '`http://code.span`',
  '[www.label.com](http://u.rl)',
  '![www.alt.com](img.png)',
  '[ref]',
  '[^1]',
  '*',
  '_',
  '~',
  '`',
  '[',
  ']',
  '(',
  ')',
  '<',
  '>',
  '.',
  ',',
  '"',
  '\\',
  'word',
  'The terrorist group slams it.',
  ' ',
  '\n',
  '\n\n',
  '> ',
  '- ',
  '1. ',
  '# ',
  '| a | b |\n| - | - |\n| c | d |\n',
  'a | b',
  '| - |',
  ':-',
  '-:',
  ' :-: ',
  '---',
  '-',
  '|',
  ':',
  '\t',
  '    ',
  '<div x="y">',
  '```',
  '[ref]: http://ref.example\n',
  '[^1]: www.note.org\n'
]

const document = fc.array(fc.constantFrom(...FRAGMENTS), {maxLength: 30}).map((parts) => parts.join(''))

// Whole lines, for tables in and out of containers, interrupting and interrupted.
const LINES = [
  'a | b',
  '| a |',
  'a',
  'a b',
  ':-',
  '-:',
  '| - | - |',
  '|-',
  '---',
  '- x',
  '* :-',
  '> a | b',
  '> :-',
  '>:-|',
  '  :-',
  '\t:-',
  '',
  '1. a',
  '<div x="y">',
  '```',
  '# h',
  'x@y.z'
]
const lines = fc.array(fc.constantFrom(...LINES), {maxLength: 12}).map((parts) => parts.join('\n'))

describe('parsing without tables and autolink literals where they cannot apply', () => {
  it('gives remark-gfm’s tree on any mix of tables, URLs, addresses and other constructs', () => {
    fc.assert(
      fc.property(document, (text) => {
        assert.deepEqual(markdown.parse(text), reference.parse(text))
      }),
      {numRuns: 3000}
    )
    fc.assert(
      fc.property(lines, (text) => {
        assert.deepEqual(markdown.parse(text), reference.parse(text))
      }),
      {numRuns: 3000}
    )
  })

  it('gives remark-gfm’s tree in MDX too', () => {
    for (const text of [
      'See www.example.com and <b>a@b.co</b>.',
      'No links at all, *just* ~words~.',
      'a | b\n- | -\n<X>c</X> | d',
      '<Note>http://x.org</Note>\n\nText.'
    ]) {
      assert.deepEqual(mdx.parse(text), referenceMdx.parse(text))
    }
  })

  it('reports nothing inside a bare URL or address, and exact places outside them', () => {
    const text = 'Read www.terrorist-watch.org and slams@example.com for more, then the terrorist group slams it.'
    const file = lint(text)
    const after = text.indexOf('then')
    assert.ok(file.messages.length > 0)
    for (const message of file.messages) {
      const start = message.place && 'start' in message.place ? message.place.start.offset : undefined
      assert.ok(start !== undefined && start > after, `${message.ruleId} at ${start}`)
      assert.equal(message.actual, text.slice(start, message.place && 'end' in message.place ? message.place.end.offset : undefined))
    }
  })

  it('reads a bare URL or address as one placeholder, as a link whose text is its address', () => {
    const bare = analyzeVoice('Read www.example.com and news@example.com now. Then stop.').prose
    const linked = analyzeVoice('Read <http://www.example.com> and <news@example.com> now. Then stop.').prose
    assert.deepEqual(
      bare.words.map((word) => word.text),
      linked.words.map((word) => word.text)
    )
    assert.equal(bare.sentences.length, linked.sentences.length)
  })
})
