/**
 * Who a source stands for: pronouns resolved by agreement to people only, surnames and titled
 * descriptions merged with the full name they repeat ("Moreau" and "the council speaker" after
 * "Council Speaker Ines Moreau"). Reads the sources of the sourcing map in reading order.
 */
import {PEOPLE} from '../data/word-classes.js'
import type {Prose} from '../parse/prose.js'
import type {SourceKind} from '../voice/source-kind.js'

export type Gender = 'female' | 'male'

/** What resolution needs of a mapped attribution. */
export interface SourceMention {
  source?: {text: string}
  sourceKind: SourceKind
  resolved?: string
}

interface Referent {
  name: string
  words: string[]
  gender?: Gender
}

const HONORIFICS = new Map<string, Gender>([
  ['mr', 'male'],
  ['mr.', 'male'],
  ['sir', 'male'],
  ['mrs', 'female'],
  ['mrs.', 'female'],
  ['ms', 'female'],
  ['ms.', 'female'],
  ['miss', 'female'],
  ['madam', 'female'],
  ['dame', 'female'],
  ['lady', 'female']
])

/** Nouns in a source or its apposition that give a gender: "spokeswoman", "his father". */
const GENDERED = new Map<string, Gender>([
  ...'spokeswoman chairwoman congresswoman businesswoman councilwoman woman mother wife daughter sister grandmother aunt niece widow queen actress'
    .split(' ')
    .map((word): [string, Gender] => [word, 'female']),
  ...'spokesman chairman congressman businessman councilman man father husband son brother grandfather uncle nephew widower king actor'
    .split(' ')
    .map((word): [string, Gender] => [word, 'male'])
])

/** Common English first names with a strong gender reading (US Social Security top names). */
const FIRST_NAMES = new Map<string, Gender>([
  ...'mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty margaret sandra ashley kimberly emily donna michelle carol amanda melissa deborah stephanie rebecca sharon laura cynthia kathleen amy angela shirley anna brenda pamela emma nicole helen samantha katherine christine debra rachel carolyn janet catherine maria heather diane ruth julie olivia joyce virginia victoria kelly lauren christina joan evelyn judith megan andrea cheryl hannah jacqueline martha gloria teresa ann sara madison frances kathryn janice jean abigail alice judy sophia grace denise amber doris marilyn danielle beverly isabella theresa diana natalie brittany charlotte marie kayla alexis lori hillary nikki nancy elaine kamala ines ana marta elena sofia lucia rosa carmen claire sheila loretta gwen maxine nita dianne tammy kirsten susana'
    .split(' ')
    .map((name): [string, Gender] => [name, 'female']),
  ...'james robert john michael david william richard joseph thomas charles christopher daniel matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle ethan walter noah jeremy christian keith roger terry gerald harold sean austin carl arthur lawrence dylan jesse jordan bryan billy joe bruce gabriel logan albert willie alan juan wayne elijah randy roy vincent ralph eugene russell bobby mason philip louis barack bernie mitch mike mitt ted rand marco chris jeb tim newt rudy bill hank chuck harry nancy joe pedro carlos luis miguel jorge ahmed mohammed ali omar boris emmanuel vladimir xi'
    .split(' ')
    .filter((name) => name !== 'nancy')
    .map((name): [string, Gender] => [name, 'male'])
])

const PRONOUN_GENDER = new Map<string, Gender>([
  ['he', 'male'],
  ['she', 'female']
])

/** Words that are never a person's name: days, months, places of the calendar. */
const NOT_NAMES =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|today|yesterday)$/iu

const normalise = (text: string): string[] =>
  text
    .toLowerCase()
    .replace(/[\u2019']s$/u, '')
    .split(/\s+/u)
    .filter(Boolean)

function genderOf(words: readonly string[]): Gender | undefined {
  for (const word of words) {
    const gender = HONORIFICS.get(word) ?? GENDERED.get(word)
    if (gender) return gender
  }
  for (const word of words) {
    const gender = FIRST_NAMES.get(word)
    if (gender) return gender
  }
  return undefined
}

/** A source that names a person: capitalised words, not a weekday or a month. */
function isName(text: string): boolean {
  const words = text.split(/\s+/u).filter((word) => /^\p{Lu}/u.test(word))
  return words.length > 0 && !words.every((word) => NOT_NAMES.test(word.replace(/[.,]$/u, '')))
}

/**
 * Sets `resolved` on pronoun sources (to the last person of the same gender named before them),
 * on surnames and partial names (to the full name they repeat), and on definite descriptions
 * ("the mayor") that repeat a title of someone named before.
 */
export function resolveReferents(mentions: SourceMention[]): void {
  const people: Referent[] = []
  for (const mention of mentions) {
    const text = mention.source?.text
    if (!text) continue
    const words = normalise(text)
    if (mention.sourceKind === 'pronoun') {
      const gender = PRONOUN_GENDER.get(words[0] ?? '')
      if (!gender) continue
      const antecedent = people.findLast((person) => person.gender === undefined || person.gender === gender)
      if (antecedent) {
        mention.resolved = antecedent.name
        // A pronoun fixes the gender of a name that had none: later "she" skips a "he".
        antecedent.gender ??= gender
      }
      continue
    }
    if (mention.sourceKind !== 'person') continue
    if (/^the$/u.test(words[0] ?? '') && words.length <= 3) {
      // "the mayor", "the senator": a title of someone already named.
      const title = words.at(-1)!
      const named = people.findLast((person) => person.words.includes(title))
      if (named) mention.resolved = named.name
      continue
    }
    if (!isName(text)) continue
    const earlier = people.findLast((person) => person.words.length > words.length && words.every((word) => person.words.includes(word)))
    if (earlier) {
      mention.resolved = earlier.name
      people.push(people.splice(people.indexOf(earlier), 1)[0]!)
      continue
    }
    const gender = genderOf(words)
    // "Sen. Ana Ruiz" is "the senator" later.
    const titles = words.flatMap((word) => TITLE_WORDS.get(word) ?? [])
    people.push({name: text, words: [...words, ...titles], ...(gender ? {gender} : {})})
  }
}

/** Abbreviated titles before a name ("Sen. Ana Ruiz", "Gov. Tom Baker") and the title a later description uses. */
const TITLE_WORDS = new Map<string, string>([
  ['sen.', 'senator'],
  ['rep.', 'representative'],
  ['gov.', 'governor'],
  ['gen.', 'general'],
  ['lt.', 'lieutenant'],
  ['col.', 'colonel'],
  ['sgt.', 'sergeant'],
  ['dr.', 'doctor'],
  ['prof.', 'professor'],
  ['pres.', 'president'],
  ['supt.', 'superintendent'],
  ['det.', 'detective'],
  ['insp.', 'inspector'],
  ['atty.', 'attorney'],
  ['amb.', 'ambassador'],
  ['rev.', 'reverend']
])
/** Capitalised words that open a sentence without naming anyone: "The Mayor", "In Washington". */
const NOT_NAME_OPENERS = new Set('the a an in on at for from by with after before when while as but and or if this that these those'.split(' '))

/**
 * People named in the text whether or not they are credited with anything ("Mayor Daniel
 * Okafor disagreed."), so that a later "the mayor" or "he" can stand for them: runs of two or
 * more capitalised words that hold a first name, an honorific or a title. Offsets are source
 * offsets, for reading order.
 */
export function namedPeople(prose: Prose): Array<SourceMention & {at: number}> {
  const {words} = prose
  const found: Array<SourceMention & {at: number}> = []
  // The sentence of the last person found: a possessive after them in the same sentence ("Lynch …
  // Clinton's email server") does not displace them as the one a later pronoun stands for.
  let lastSentence = -1
  let i = 0
  while (i < words.length) {
    let end = i
    while (
      end < words.length &&
      /^\p{Lu}/u.test(words[end]!.text) &&
      words[end]!.sentence === words[i]!.sentence &&
      (end === i || /^\s+$/u.test(prose.source.slice(words[end - 1]!.sourceEnd, words[end]!.sourceStart).replace(/^\./u, ' ')))
    )
      end++
    let start = i
    if (start < end && NOT_NAME_OPENERS.has(words[start]!.norm)) start++
    if (end - start >= 2) {
      const run = words.slice(start, end)
      const lower = run.map((w) => w.norm.replace(/['’]s$/u, ''))
      const first = prose.source.slice(run[0]!.sourceStart, run[0]!.sourceEnd + 1).toLowerCase()
      const possessive = /['’]s$/u.test(run.at(-1)!.text)
      if ((genderOf(lower) || PEOPLE.has(lower[0]!) || TITLE_WORDS.has(first)) && !(possessive && lastSentence === run[0]!.sentence)) {
        const text = prose.source.slice(run[0]!.sourceStart, run.at(-1)!.sourceEnd).replace(/['’]s$/u, '')
        found.push({source: {text}, sourceKind: 'person', at: run[0]!.sourceStart})
        lastSentence = run[0]!.sentence
      }
    }
    i = Math.max(end, i + 1)
  }
  return found
}
