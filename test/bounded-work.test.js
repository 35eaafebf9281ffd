// Bounded work and no throw escapes: front matter is capped and parsed with limits, a paragraph
// too long for the Markdown parser is read as plain text, and a failure while linting one file
// becomes a fatal message with no rule id on that file.
import assert from 'node:assert/strict'
import {describe, it} from 'node:test'
import {VFile} from 'vfile'
import {analyzeVoice, createProcessor, lint} from '../dist/index.js'
import {lintFile} from '../dist/processor.js'
import {span} from './message-parts.js'

const genreMessages = (file) => file.messages.filter((m) => m.ruleId === 'genre').map((m) => m.reason)

describe('front matter', () => {
  it('malformed front matter is a message on the file, not a throw', () => {
    for (const head of ['genre: [x', 'genre: {a', '"genre: x', 'genre: *a', 'genre:\n  toString: 1', 'genre: !!binary x']) {
      const text = `---\n${head}\n---\n\nThe legendary coach arrived.\n`
      const file = lint(text)
      assert.equal(genreMessages(file).length, 1, head)
      assert.match(genreMessages(file)[0], /front matter|`genre`/u)
      assert.ok(
        file.messages.some((m) => m.ruleId === 'puffery'),
        head
      )
      const message = file.messages.find((m) => m.ruleId === 'genre')
      assert.ok(message)
      assert.equal(text.slice(span(message).start.offset, span(message).end.offset), message.actual)
    }
  })
  it('front matter over 32 KB is not parsed; the body keeps exact positions', () => {
    for (const eol of ['\n', '\r\n']) {
      const head = Array.from({length: 20_000}, (_, i) => `key${i}: value ${i}`).join(eol)
      const text = `---${eol}genre: opinion${eol}${head}${eol}---${eol}${eol}The legendary coach arrived.${eol}`
      const file = lint(text)
      assert.deepEqual(genreMessages(file), ['front matter over 32 KB; its genre is not read'])
      const puffery = file.messages.find((m) => m.ruleId === 'puffery')
      assert.ok(puffery)
      assert.equal(text.slice(span(puffery).start.offset, span(puffery).end.offset), 'legendary')
      assert.equal(puffery.line, 20_005)
      assert.equal(puffery.column, 5)
    }
  })
  it('deeply nested and alias-heavy front matter is refused with a message', () => {
    assert.match(genreMessages(lint(`---\ngenre: ${'['.repeat(5000)}${']'.repeat(5000)}\n---\nText.\n`))[0], /nested over 64 levels/u)
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x]',
      ...[...'bcdefgh'].map((name, i) => `${name}: &${name} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(', ')}]`)
    ]
    assert.match(genreMessages(lint(`---\n${bomb.join('\n')}\n---\nText.\n`))[0], /front matter cannot be read \(Excessive alias count/u)
  })
})

describe('long paragraphs', () => {
  it('a paragraph over 256 KB is linted as plain text, with a note; a long table or code block is still Markdown', () => {
    const sentence = 'The council met on Monday, a spokesman said. '
    const long = lint(`# Title\n\n${sentence.repeat(6000)}The legendary coach arrived.\n`)
    assert.match(long.messages[0].reason, /^a paragraph over 256 KB \(from line 3\); linted as plain text$/u)
    assert.ok(long.messages.some((m) => m.ruleId === 'puffery'))
    const code = lint(`\`\`\`\n${'const legendary = 1\n'.repeat(20_000)}\`\`\`\n`)
    assert.deepEqual(code.messages, [])
  })
  it('a paragraph of 5,000 quotations: every one credited, in linear time (see the stress tests)', () => {
    const text = '\u201CThe council,\u201D he said, \u201Cmet on Monday.\u201D '.repeat(2500)
    const {voice} = analyzeVoice(text, {format: 'text'})
    assert.equal(voice.quotations.length, 5000)
    assert.ok(voice.quotations.every((q) => q.speaker))
  })
})

describe('no throw escapes', () => {
  it('a failure while linting becomes a fatal message with no rule id on that file', () => {
    /** @type {import('unified').Plugin<[], import('mdast').Root>} */
    const failing = () => () => {
      throw new RangeError('Maximum call stack size exceeded')
    }
    const processor = createProcessor().use(failing)
    const file = lintFile(processor, new VFile({value: 'Text.', path: 'a.md'}))
    assert.equal(file.messages.length, 1)
    assert.equal(file.messages[0].fatal, true)
    assert.equal(file.messages[0].ruleId, undefined)
    assert.equal(file.messages[0].reason, 'cannot lint this file: Maximum call stack size exceeded')
  })
})
