import {PhraseIndex} from '../match/phrase-index.js'
import {DataError} from '../data/validate.js'
import type {RuleSpec, TermSpec} from './spec.js'

/** A term of one of a catalogue's term rules, as the shared index holds it. */
export interface TermRef {
  rule: string
  term: TermSpec
}

/** The compiled index of each rule catalogue (a catalogue is read once, so this compiles once per catalogue). */
const compiled = new WeakMap<ReadonlyMap<string, RuleSpec>, PhraseIndex<TermRef>>()
const houseIndexes = new WeakMap<RuleSpec, PhraseIndex<TermRef>>()
const ruleIndexes = new WeakMap<RuleSpec, PhraseIndex<TermSpec>>()

/** The terms of one code rule that matches words itself (speech verbs, extrajudicial verbs). */
export function ruleIndex(spec: RuleSpec): PhraseIndex<TermSpec> {
  let index = ruleIndexes.get(spec)
  if (!index) {
    index = new PhraseIndex<TermSpec>()
    for (const term of spec.terms) for (const phrase of term.match) index.add(phrase, term, term.case === 'sensitive')
    ruleIndexes.set(spec, index)
  }
  return index
}

function indexTerms(index: PhraseIndex<TermRef>, spec: RuleSpec): void {
  for (const term of spec.terms) {
    for (const phrase of term.match) {
      try {
        index.add(phrase, {rule: spec.id, term}, term.case === 'sensitive')
      } catch (error) {
        // Too many alternatives to expand (a user's term list): name the rule's file.
        if (error instanceof RangeError) throw new DataError(spec.file, `term \`${term.id}\`: ${error.message}`)
        throw error
      }
    }
  }
}

/** One index over the terms of every term rule of a catalogue, compiled on first use. */
export function termIndex(specs: ReadonlyMap<string, RuleSpec>): PhraseIndex<TermRef> {
  const cached = compiled.get(specs)
  if (cached) return cached
  const index = new PhraseIndex<TermRef>()
  for (const spec of specs.values()) if (spec.kind === 'terms') indexTerms(index, spec)
  compiled.set(specs, index)
  return index
}

/** A config's own vocabulary (the `house-custom` rule), compiled once per configuration. */
export function houseIndex(spec: RuleSpec): PhraseIndex<TermRef> {
  let index = houseIndexes.get(spec)
  if (!index) {
    index = new PhraseIndex<TermRef>()
    indexTerms(index, spec)
    houseIndexes.set(spec, index)
  }
  return index
}

const loadedRules = new WeakMap<ReadonlyMap<string, RuleSpec>, ReadonlySet<string>>()

/** The ids of a catalogue's loaded-language term rules (what makes an anonymous source's words a judgement), found once per catalogue. */
export function loadedTermRules(specs: ReadonlyMap<string, RuleSpec>): ReadonlySet<string> {
  let ids = loadedRules.get(specs)
  if (!ids) {
    ids = new Set([...specs.values()].filter((s) => s.family === 'loaded' && s.kind === 'terms').map((s) => s.id))
    loadedRules.set(specs, ids)
  }
  return ids
}
