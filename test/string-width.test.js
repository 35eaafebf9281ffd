// The report's fast string width agrees with string-width on any text, colour codes included.
import assert from 'node:assert/strict'
import {it} from 'node:test'
import fc from 'fast-check'
import stringWidth from 'string-width'
import fastStringWidth from '../dist/report/string-width.js'

it('fastStringWidth equals string-width', () => {
  const piece = fc.oneof(fc.string(), fc.string({unit: 'grapheme'}), fc.constantFrom('\u001B[33m', '\u001B[39m', '\u001B[1m', '中文', '👩‍👩‍👧', 'e\u0301', '\t'))
  fc.assert(
    fc.property(fc.array(piece, {maxLength: 8}), (parts) => {
      const text = parts.join('')
      assert.equal(fastStringWidth(text), stringWidth(text))
    }),
    {numRuns: 1000}
  )
})
