import {BE_FORMS} from '../data/word-classes.js'
import type {Pos} from '../language/tagger.js'
import {normalizeWord, type Word} from '../parse/prose.js'
import {inflect, verbForms, verbFormOf, type Form} from './inflect.js'

/**
 * A phrase list compiled into an index keyed by the phrase's first word, so matching costs one
 * map lookup per word of text however many phrases there are. Build it once per process.
 */
export interface PhraseMatch<T> {
  /** Word indices: `words[start]` up to, not including, `words[end]`. */
  start: number
  end: number
  value: T
  /** The form of the first lemma word matched (`claimed`: `ed`), to inflect a suggestion alike. */
  form?: Form
  /** The possessive ending the last word carried (`'s`), kept on a suggestion. */
  possessive?: string
}

/** A term's suggestion shaped like the words it replaces: `say` for "claimed" reads "said"; "Kiev's" keeps its `'s`. */
export function adaptSuggestion(suggestion: string, match: Pick<PhraseMatch<unknown>, 'form' | 'possessive'>): string {
  if (suggestion === '') return suggestion
  const words = suggestion.split(' ')
  if (match.form && match.form !== 'base') words[0] = inflect(words[0]!, match.form)
  return words.join(' ') + (match.possessive ?? '')
}

/** The part of speech a phrase may ask of a word: `claim (verb)`, `tragic (adjective)`. */
export type PosMark = 'verb' | 'noun' | 'adjective' | 'adverb'
const POS_OF_MARK: Readonly<Record<PosMark, readonly Pos[]>> = {verb: ['VERB'], noun: ['NOUN', 'PROPN'], adjective: ['ADJ'], adverb: ['ADV']}
const MARK = /(\S+)\s+\((verb|noun|adjective|adverb)\)/gu

/** A word of a phrase matched by lemma: any written form of it, in the part of speech asked. */
interface LemmaWord {
  lemma: string
  mark: PosMark
  forms: ReadonlySet<string>
}

type PhraseWord = string | LemmaWord

interface Entry<T> {
  words: PhraseWord[]
  caseSensitive: boolean
  value: T
  /** When the phrase was added: matches come back in this order. */
  order: number
}

/**
 * The phrases that start with one word, split by their second word: common first words ("the",
 * "in", "is") start hundreds of expanded phrases, and a word of text should try only those whose
 * second word it is followed by.
 */
interface Bucket<T> {
  /** One-word phrases, `*` second words and case-sensitive phrases: always tried. */
  open: Array<Entry<T>>
  bySecond: Map<string, Array<Entry<T>>>
}

/** Tags the index may ask for: parts of speech (the linguistic layer). */
export interface PosSource {
  pos(index: number): Pos
}

/** The written forms of a lemma in a part of speech: a verb's five, a noun's plural. */
function lemmaForms(lemma: string, mark: PosMark): string[] {
  if (mark === 'verb') return verbForms(lemma)
  if (mark === 'noun') return [lemma, inflect(lemma, 's')]
  return [lemma]
}

/** `claim#verb` (a marked word after group expansion) as a lemma word. */
function phraseWord(word: string): PhraseWord {
  const at = word.lastIndexOf('#')
  if (at <= 0) return word
  const lemma = normalizeWord(word.slice(0, at))
  const mark = word.slice(at + 1) as PosMark
  return {lemma, mark, forms: new Set(lemmaForms(lemma, mark))}
}

/** What may stand before a verb the tagger read as a noun: its subject (or a noun it mistook for an adjective, "the union"). */
const BEFORE_VERB: readonly Pos[] = ['NOUN', 'PROPN', 'PRON', 'ADJ']
/** What may start a clause after a base form read as a noun ("supporters claim it shows", "the Flemings claim that"). */
const CLAUSE_START: readonly Pos[] = ['SCONJ', 'PRON']
/** What may start the object or clause after such a verb. */
const OBJECT_START: readonly Pos[] = ['DET', 'PROPN', 'PRON', 'SCONJ', 'NUM', 'ADP']

/**
 * Whether word `index` is in the part of speech a lemma word asks. A past form right after a noun
 * is a verb even where the tagger reads a noun ("the council shot down …", "Mayor slams the plan").
 */
function hasPos(tags: PosSource, index: number, want: LemmaWord, written: string, before: string | undefined): boolean {
  const pos = tags.pos(index)
  // "They are slam dunks": a base form right after a form of "be" is no verb, whatever the tagger says.
  if (want.mark === 'verb' && before !== undefined && BE_FORMS.has(before) && written === want.lemma) return false
  if (POS_OF_MARK[want.mark].includes(pos)) return true
  if (want.mark !== 'verb' || pos !== 'NOUN' || index === 0 || !BEFORE_VERB.includes(tags.pos(index - 1))) return false
  // "Mayor slams the decision", "Ruiz claims that …": an -s form between a noun and the start of
  // its object or clause is a verb too.
  const form = verbFormOf(want.lemma, written)
  if (form === 'base') return tags.pos(index - 1) !== 'ADJ' && CLAUSE_START.includes(tags.pos(index + 1))
  return form === 'ed' || (form === 's' && OBJECT_START.includes(tags.pos(index + 1)))
}

/** A word without its possessive ending: "regime's" → "regime", "voters'" → "voters". */
function possessiveStem(written: string): string {
  return written.endsWith("'s") ? written.slice(0, -2) : written.endsWith("'") ? written.slice(0, -1) : written
}

export class PhraseIndex<T> {
  private readonly byFirst = new Map<string, Bucket<T>>()
  private added = 0

  /**
   * Adds a phrase; `(a|b|)` groups expand to every alternative (an empty one is optional), `*`
   * after the first word stands for any one word, and a word followed by `(verb)`, `(noun)`,
   * `(adjective)` or `(adverb)` matches any of its forms in that part of speech (`claim (verb)`:
   * claims, claimed, claiming; not the noun "a claim"). The last word may carry a possessive.
   */
  add(phrase: string, value: T, caseSensitive = false): void {
    for (const variant of expandGroups(phrase.replace(MARK, '$1#$2'))) {
      const written = variant.split(/\s+/u).filter(Boolean)
      if (written.length === 0) continue
      const words = written.map((w) => (w.includes('#') ? phraseWord(w) : caseSensitive ? w : normalizeWord(w)))
      const entry = {words, caseSensitive, value, order: this.added++}
      const second = words.length > 1 && !caseSensitive && words[1] !== '*' ? wordKeys(words[1]!) : undefined
      for (const key of wordKeys(words[0]!)) {
        let bucket = this.byFirst.get(key)
        if (!bucket) this.byFirst.set(key, (bucket = {open: [], bySecond: new Map()}))
        if (!second) bucket.open.push(entry)
        else for (const next of second) pushTo(bucket.bySecond, next, entry)
      }
    }
  }

  /** The phrases that may start at word `i`, in the order they were added. */
  private candidates(words: readonly Word[], linked: Uint8Array, i: number): Array<Entry<T>> {
    const first = words[i]!.norm
    // Only a word with an apostrophe can be a possessive ("regime's" for `regime`).
    const bucket = this.byFirst.get(first) ?? (first.includes("'") ? this.byFirst.get(possessiveStem(first)) : undefined)
    if (!bucket) return []
    if (linked[i] !== 1 || i + 1 >= words.length) return bucket.open
    const next = words[i + 1]!.norm
    const byNext = bucket.bySecond.get(next)
    const byStem = next.includes("'") ? bucket.bySecond.get(possessiveStem(next)) : undefined
    if (!byNext && !byStem) return bucket.open
    return mergeByOrder(mergeByOrder(bucket.open, byNext ?? []), byStem ?? [])
  }

  /**
   * Every phrase that starts at word `i`. `linked[j]` says word j and j + 1 stand next to each
   * other with only white space between them (same block, no punctuation). `tags` decides the
   * part of speech of lemma words; only sentences where such a word's form occurs are tagged.
   */
  matchAt(words: readonly Word[], linked: Uint8Array, i: number, tags?: PosSource): Array<PhraseMatch<T>> {
    const found: Array<PhraseMatch<T>> = []
    for (const entry of this.candidates(words, linked, i)) {
      const n = entry.words.length
      if (i + n > words.length) continue
      let ok = true
      let form: Form | undefined
      let possessive: string | undefined
      for (let k = 0; k < n && ok; k++) {
        const word = words[i + k]!
        const want = entry.words[k]!
        const last = k === n - 1
        if (typeof want === 'string') {
          const text = entry.caseSensitive ? word.text.replace(/\u2019/gu, "'") : word.norm
          ok = want === '*' || text === want
          if (!ok && last && text.includes("'") && possessiveStem(text) === want) {
            ok = true
            possessive = word.text.slice(want.length)
          }
        } else {
          const stem = last && word.norm.includes("'") ? possessiveStem(word.norm) : word.norm
          ok = want.forms.has(stem) && (!tags || hasPos(tags, i + k, want, stem, words[i + k - 1]?.norm))
          if (ok && stem !== word.norm) possessive = word.text.slice(stem.length)
          if (ok && form === undefined && want.mark === 'verb') form = verbFormOf(want.lemma, stem)
        }
        if (ok && !last) ok = linked[i + k] === 1
      }
      if (!ok) continue
      const match: PhraseMatch<T> = {start: i, end: i + n, value: entry.value}
      if (form !== undefined) match.form = form
      if (possessive !== undefined) match.possessive = possessive
      found.push(match)
    }
    return found
  }
}

/** The keys a phrase word is indexed under: the word itself, or every form of a lemma word. */
function wordKeys(word: PhraseWord): Iterable<string> {
  return typeof word === 'string' ? [normalizeWord(word)] : word.forms
}

function pushTo<T>(map: Map<string, Array<Entry<T>>>, key: string, entry: Entry<T>): void {
  const list = map.get(key)
  if (list) list.push(entry)
  else map.set(key, [entry])
}

/** Two lists sorted by `order` as one, each entry once. */
function mergeByOrder<T>(a: Array<Entry<T>>, b: Array<Entry<T>>): Array<Entry<T>> {
  if (b.length === 0) return a
  if (a.length === 0) return b
  const out: Array<Entry<T>> = []
  let i = 0
  let j = 0
  while (i < a.length || j < b.length) {
    const next = j >= b.length || (i < a.length && a[i]!.order <= b[j]!.order) ? a[i++]! : b[j++]!
    if (out.at(-1) !== next) out.push(next)
  }
  return out
}

/** The most variants one phrase may expand to: `(a|b)` groups multiply, so a long phrase could explode. */
export const MAX_VARIANTS = 10_000

/** Expands `(a|b|)` groups into every combination of alternatives. */
export function expandGroups(phrase: string): string[] {
  if (countVariants(phrase) > MAX_VARIANTS) throw new RangeError(`the phrase \`${phrase.slice(0, 60)}\` expands to more than ${MAX_VARIANTS} variants`)
  return expandVariants(phrase)
}

/**
 * How many strings `expandGroups` builds for `phrase` (counted up to just past MAX_VARIANTS):
 * groups expand innermost first, so every group, nested or not, multiplies the count by its own
 * number of alternatives. Linear in the phrase's length; an unbalanced parenthesis is text.
 */
export function countVariants(phrase: string): number {
  // For each open group: the `|` directly inside it.
  const open: number[] = []
  let count = 1
  for (const ch of phrase) {
    if (ch === '(') open.push(0)
    else if (ch === '|' && open.length > 0) open[open.length - 1]!++
    else if (ch === ')' && open.length > 0) count = Math.min(count * (open.pop()! + 1), MAX_VARIANTS + 1)
  }
  return count
}

function expandVariants(phrase: string): string[] {
  const group = /\(([^()]*)\)/u.exec(phrase)
  if (!group) return [phrase.trim()]
  const head = phrase.slice(0, group.index)
  const tail = phrase.slice(group.index + group[0].length)
  return group[1]!.split('|').flatMap((alternative) => expandVariants(`${head}${alternative}${tail}`))
}

/** For each word, whether the next word follows it with only white space between (same block). */
export function linkWords(words: readonly Word[], blockText: (block: number) => string): Uint8Array {
  const linked = new Uint8Array(words.length)
  for (let i = 0; i + 1 < words.length; i++) {
    const a = words[i]!
    const b = words[i + 1]!
    if (a.block === b.block && /^[ \t\r\n]+$/u.test(blockText(a.block).slice(a.end, b.start))) linked[i] = 1
  }
  return linked
}
