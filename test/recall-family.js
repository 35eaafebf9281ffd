// The harness of the recall-family tests: template products, the flagged text of a rule's
// messages, and a family that must pass at 95% of its triggers and clean counterparts.
import assert from 'node:assert/strict'
import {it} from 'node:test'
import {lint} from '../dist/index.js'

/** Every combination of the lists, as objects (the cartesian product). */
export function product(lists) {
  return Object.entries(lists).reduce((acc, [key, values]) => acc.flatMap((c) => values.map((v) => ({...c, [key]: v}))), [{}])
}

export const cap = (text) => text[0].toUpperCase() + text.slice(1)

/** Messages of `rule` (or any of several rules) on `text` under `preset` (default: neutral), as their flagged text. */
export function flagged(text, rule, preset) {
  const file = lint(text, preset ? {preset} : {})
  const rules = [rule].flat()
  return file.messages
    .filter((m) => rules.includes(m.ruleId))
    .map((m) => {
      assert.ok(m.actual !== undefined, `${m.ruleId} message with no flagged text: ${m.reason}`)
      return m.actual
    })
}

/**
 * A family: `fire` cases must have a `rule` message whose text includes `expect`; `clean`
 * cases no `cleanRule` message (the same rule unless given). The pass rate over both must reach 95%.
 * @param {string} name
 * @param {{rule: string | string[], fire: Array<{text: string, expect: string}>, clean: string[], preset?: string, cleanRule?: string | string[]}} cases
 */
export function family(name, {rule, fire, clean, preset, cleanRule = rule}) {
  it(`${name}: at least 95% of ${fire.length} triggers and ${clean.length} clean counterparts`, (t) => {
    const failures = []
    for (const {text, expect} of fire) {
      const got = flagged(text, rule, preset)
      if (!got.some((actual) => actual.toLowerCase().includes(expect.toLowerCase())))
        failures.push(`missed \`${expect}\` in: ${text} (got ${JSON.stringify(got)})`)
    }
    for (const text of clean) {
      const got = flagged(text, cleanRule, preset)
      if (got.length > 0) failures.push(`flagged ${JSON.stringify(got)} in clean: ${text}`)
    }
    const total = fire.length + clean.length
    const rate = (total - failures.length) / total
    t.diagnostic(`${name}: ${(rate * 100).toFixed(1)}% (${total - failures.length}/${total})`)
    assert.ok(fire.length > 0 && clean.length > 0)
    if (process.env.SHOW_FAILURES) t.diagnostic(failures.join('\n'))
    assert.ok(rate >= 0.95, `${name}: ${(rate * 100).toFixed(1)}% pass\n${failures.slice(0, 15).join('\n')}`)
  })
}
