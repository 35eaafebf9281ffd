/**
 * Who a source stands for: pronouns resolved by agreement to people only, surnames and titled
 * descriptions merged with the full name they repeat ("Moreau" and "the council speaker" after
 * "Council Speaker Ines Moreau"). Reads the sources of the sourcing map in reading order.
 */
import {PEOPLE} from '../data/word-classes.js'
import type {Prose} from '../parse/prose.js'
import type {SourceKind} from '../voice/source-kind.js'

export type Gender = 'female' | 'male'

/** What resolution needs of a source named in the text. */
export interface SourceMention {
  source?: {text: string}
  sourceKind: SourceKind
  /** An apposition that describes the source: ", a spokeswoman for the department,". */
  described?: string
  /** A surname read in running text ("Trump responded …"): it only repeats someone named before, never names someone new. */
  repeatOnly?: boolean
  /** The sentence the mention stands in. */
  sentence?: number
  /** A speaker or the subject a sentence opens with, not a name inside what someone said ("… said that President Obama …"). */
  salient?: boolean
}

/** Whom a mention stands for, and what kind of source that is. */
export interface Resolution {
  name: string
  kind: SourceKind
}

interface Referent {
  name: string
  words: string[]
  kind: SourceKind
  gender?: Gender
  /** Joint speakers ("Pelosi and Schumer") and groups: "they", never "he" or "she". */
  plural?: boolean
  /** Where the referent was last named, and whether as a speaker or a sentence's opening subject. */
  sentence?: number
  salient?: boolean
}

/** How many sentences back a speaker or a sentence's subject is preferred to a name read since. */
const SALIENT_REACH = 3

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
  ...'mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty margaret sandra ashley kimberly emily donna michelle carol amanda melissa deborah stephanie rebecca sharon laura cynthia kathleen amy angela shirley anna brenda pamela emma nicole helen samantha katherine christine debra rachel carolyn janet catherine maria heather diane ruth julie olivia joyce virginia victoria kelly lauren christina joan evelyn judith megan andrea cheryl hannah jacqueline martha gloria teresa ann sara madison frances kathryn janice jean abigail alice judy sophia grace denise amber doris marilyn danielle beverly isabella theresa diana natalie brittany charlotte marie kayla alexis lori hillary nikki nancy elaine kamala ines ana marta melanie elena sofia lucia rosa carmen claire sheila loretta gwen maxine nita dianne tammy kirsten susana katie kate kathy cathy sue suzanne liz beth betsy jenny becky meg molly maggie ellen eleanor louise lucy jane joanne peggy patty penny wendy tina gina vanessa monica erica erin stacy kristen kristin krista jill valerie carla paula nora kara tara darlene marsha yolanda ivanka melania chelsea huma tulsi elise kellyanne jeanne jeanine condoleezza'
    .split(' ')
    .map((name): [string, Gender] => [name, 'female']),
  ...'james robert john michael david william richard joseph thomas charles christopher daniel matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle ethan walter noah jeremy christian keith roger terry gerald harold sean austin carl arthur lawrence dylan jesse jordan bryan billy joe bruce gabriel logan albert willie alan juan wayne elijah randy roy vincent ralph eugene russell bobby mason philip louis barack bernie mitch mike mitt ted rand marco chris jeb tim newt rudy bill hank chuck harry nancy joe pedro carlos luis miguel jorge ahmed mohammed ali omar boris emmanuel vladimir xi jim jimmy bob rob tom tommy dan danny dave matt tony steve andy josh ken greg ben fred ed eddie joey jeff jon nate pete phil rick ricky doug hugh ian jared jerome lance leon neil reince'
    .split(' ')
    .filter((name) => name !== 'nancy')
    .map((name): [string, Gender] => [name, 'male'])
])

const PRONOUN_GENDER = new Map<string, Gender>([
  ['he', 'male'],
  ['she', 'female']
])

/** A possessive stands for whom its subject form would: "his claim" is his. */
const SUBJECT_FORM = new Map([
  ['his', 'he'],
  ['her', 'she'],
  ['their', 'they'],
  ['its', 'it']
])

/** Where a mention places its referent: its sentence, and whether it is salient there. */
function placed(mention: SourceMention): Pick<Referent, 'sentence' | 'salient'> {
  return {...(mention.sentence !== undefined ? {sentence: mention.sentence} : {}), salient: mention.salient === true}
}

/** Who each pronoun can stand for: a person of its gender, several people, or a body. */
function agrees(pronoun: string, referent: Referent): boolean {
  const gender = PRONOUN_GENDER.get(pronoun)
  if (gender) return referent.kind === 'person' && !referent.plural && (referent.gender === undefined || referent.gender === gender)
  if (pronoun === 'they') return referent.plural === true
  if (pronoun === 'it') return (referent.kind === 'organisation' || referent.kind === 'document') && !referent.plural
  return false
}

/** Two or more people named together: "Pelosi and Schumer", "Ruiz, Baker and Lind". */
const JOINT = /\s(?:and|&)\s/u

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

/** The gender an apposition gives its head noun: ", a spokeswoman for …", ", Trump's daughter," (not ", whose husband …"). */
function describedGender(words: readonly string[]): Gender | undefined {
  if (/^(?:who|whose|which|where|when)$/u.test(words[0] ?? '')) return undefined
  for (const word of words.slice(0, 3)) {
    const gender = GENDERED.get(word)
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
 * Whom each mention stands for, in the order given: a pronoun the last source it agrees with
 * ("she" a woman or someone of no known gender, "they" joint speakers or a group, "it" a body),
 * a surname or partial name the full name it repeats, a definite description ("the mayor") a
 * title of someone named before.
 */
export function resolveReferents(mentions: readonly SourceMention[]): Array<Resolution | undefined> {
  const referents: Referent[] = []
  const resolutions: Array<Resolution | undefined> = []
  for (const mention of mentions) {
    resolutions.push(undefined)
    const text = mention.source?.text
    if (!text) continue
    const resolve = (referent: Referent) => (resolutions[resolutions.length - 1] = {name: referent.name, kind: referent.kind})
    const words = normalise(text)
    if (mention.sourceKind === 'pronoun') {
      const pronoun = SUBJECT_FORM.get(words[0] ?? '') ?? words[0] ?? ''
      // The latest speaker or opening subject it agrees with, if one is near; else the latest it agrees with
      // ("Josh Earnest said that President Obama …. He said" is Earnest).
      const near = (referent: Referent) =>
        mention.sentence === undefined || referent.sentence === undefined || mention.sentence - referent.sentence <= SALIENT_REACH
      const antecedent =
        referents.findLast((referent) => referent.salient === true && near(referent) && agrees(pronoun, referent)) ??
        referents.findLast((referent) => agrees(pronoun, referent))
      if (antecedent) {
        resolve(antecedent)
        // The pronoun names its referent again, here: the chain goes on from it.
        referents.push(referents.splice(referents.indexOf(antecedent), 1)[0]!)
        Object.assign(antecedent, placed(mention))
        // A pronoun fixes the gender of a name that had none: later "she" skips a "he".
        const gender = PRONOUN_GENDER.get(pronoun)
        if (gender) antecedent.gender ??= gender
      }
      continue
    }
    if (mention.sourceKind === 'group') {
      referents.push({name: text, words, kind: 'group', plural: true, ...placed(mention)})
      continue
    }
    if (mention.sourceKind === 'document') {
      referents.push({name: text, words, kind: 'document', plural: /(?:ies|[^s]s)$/u.test(words.at(-1) ?? '')})
      continue
    }
    if (mention.sourceKind === 'organisation') {
      referents.push({
        name: text,
        words,
        kind: 'organisation',
        plural: /(?:ies|[^s]s)$/u.test(words.at(-1) ?? '') && /^\p{Ll}/u.test(text.split(/\s+/u).at(-1)!)
      })
      continue
    }
    if (mention.sourceKind !== 'person') continue
    // "A spokeswoman for Hillary Clinton", "the rise of Donald Trump": the name after a preposition is someone else.
    const cut = words.findIndex((word) => DESCRIPTION_LINKS.has(word))
    if (cut >= 0) words.splice(cut)
    if (JOINT.test(text)) {
      referents.push({name: text, words, kind: 'person', plural: true, ...placed(mention)})
      continue
    }
    const people = referents.filter((referent) => referent.kind === 'person' && !referent.plural)
    if (/^the$/u.test(words[0] ?? '') && words.length <= 3) {
      // "the mayor", "the senator": a title of someone already named.
      const title = words.at(-1)!
      const named = people.findLast((person) => person.words.includes(title))
      if (named) {
        resolve(named)
        referents.push(referents.splice(referents.indexOf(named), 1)[0]!)
        Object.assign(named, placed(mention))
      }
      continue
    }
    if (!isName(text)) continue
    const earlier = people.findLast((person) => person.words.length > words.length && words.every((word) => person.words.includes(word)))
    if (earlier) {
      resolve(earlier)
      referents.push(referents.splice(referents.indexOf(earlier), 1)[0]!)
      Object.assign(earlier, placed(mention))
      continue
    }
    if (mention.repeatOnly) continue
    const gender = genderOf(words) ?? describedGender(normalise(mention.described ?? ''))
    // "Sen. Ana Ruiz" is "the senator" later.
    const titles = words.flatMap((word) => TITLE_WORDS.get(word) ?? [])
    referents.push({name: text, words: [...words, ...titles], kind: 'person', ...(gender ? {gender} : {}), ...placed(mention)})
  }
  return resolutions
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
/** Prepositions that join a description to someone else's name: "a spokeswoman for Hillary Clinton". */
const DESCRIPTION_LINKS = new Set(['of', 'for', 'to', 'at', 'with', 'from', 'in', 'on', 'since', 'by'])

/** Capitalised words of a title-case headline that end a name's run: "Donald Trump Is Right". */
const NOT_NAME_WORDS = new Set(
  'is are was were be been has have had says said say will would can could may might should must do does did not and or but of to in on for with at by from as if than that this'.split(
    ' '
  )
)

/** First names that are also common words ("Will", "Bill", "Grace"): alone, no name. */
const COMMON_WORD_NAMES = new Set(
  'will bill mark grace joy hope rose june may ray jack frank sue pat chris christian jordan austin carl dean jean lance nick rob tim ted'.split(' ')
)

/** Words that may open a sentence before its subject: "But Trump said …". */
const SENTENCE_JOINS = new Set(['but', 'and', 'yet', 'so', 'then', 'still', 'meanwhile', 'instead'])

/** Indefinite articles: "a former Miss Universe" describes someone. */
const INDEFINITE = new Set(['a', 'an'])

/** Capitalised words that open a sentence without naming anyone: "The Mayor", "In Washington". */
const NOT_NAME_OPENERS = new Set(
  'the a an in on at for from by with after before when while as but and or if this that these those should would could will can must might do does did is are was were has have had'.split(
    ' '
  )
)

/**
 * People named in the text whether or not they are credited with anything ("Mayor Daniel
 * Okafor disagreed."), so that a later "the mayor" or "he" can stand for them: runs of two or
 * more capitalised words that hold a first name, an honorific or a title. Offsets are source
 * offsets, for reading order.
 */
export function namedPeople(prose: Prose, quoted: (word: number) => boolean = () => false): Array<SourceMention & {at: number}> {
  const {words} = prose
  const found: Array<SourceMention & {at: number}> = []
  // Surnames of the people found so far: a later "Trump" alone repeats "Donald Trump".
  const surnames = new Set<string>()
  // A name that opens its sentence (after "But", "And" …) is its subject, and salient.
  const opening = (w: number): {sentence: number; salient: boolean} => {
    const {sentence} = words[w]!
    const first = prose.sentences[sentence]!.firstWord
    return {sentence, salient: w === first || (w === first + 1 && SENTENCE_JOINS.has(words[first]!.norm))}
  }
  // The sentence of the last person found: a possessive after them in the same sentence ("Lynch …
  // Clinton's email server") does not displace them as the one a later pronoun stands for.
  let lastSentence = -1
  let i = 0
  while (i < words.length) {
    let end = i
    while (
      end < words.length &&
      /^\p{Lu}/u.test(words[end]!.text) &&
      !(end > i && NOT_NAME_WORDS.has(words[end]!.norm)) &&
      !quoted(end) &&
      words[end]!.sentence === words[i]!.sentence &&
      (end === i || /^\s+$/u.test(prose.source.slice(words[end - 1]!.sourceEnd, words[end]!.sourceStart).replace(/^\./u, ' ')))
    )
      end++
    let start = i
    if (start < end && NOT_NAME_OPENERS.has(words[start]!.norm)) start++
    // "a former Miss Universe": after an indefinite article a title describes; it names no one.
    const described =
      start > 0 && (INDEFINITE.has(words[start - 1]!.norm) || (start > 1 && INDEFINITE.has(words[start - 2]!.norm) && /^\p{Ll}/u.test(words[start - 1]!.text)))
    const run = words.slice(start, end)
    const lower = run.map((w) => w.norm.replace(/['’]s$/u, ''))
    const possessive = run.length > 0 && /['’]s$/u.test(run.at(-1)!.text)
    const text = run.length > 0 ? prose.source.slice(run[0]!.sourceStart, run.at(-1)!.sourceEnd).replace(/['’]s$/u, '') : ''
    if (run.length >= 2 && !described) {
      const first = prose.source.slice(run[0]!.sourceStart, run[0]!.sourceEnd + 1).toLowerCase()
      if ((genderOf(lower) || PEOPLE.has(lower[0]!) || TITLE_WORDS.has(first)) && !(possessive && lastSentence === run[0]!.sentence)) {
        found.push({source: {text}, sourceKind: 'person', at: run[0]!.sourceStart, ...opening(run[0]!.index)})
        surnames.add(lower.at(-1)!)
        lastSentence = run[0]!.sentence
      }
    } else if (run.length === 0 && i === prose.sentences[words[i]!.sentence]!.firstWord && words[i]!.norm === 'the' && !quoted(i)) {
      // "The former ambassador also discussed …": a sentence that opens on a title of someone named.
      let head = i + 1
      while (head < words.length && head - i < 3 && /^\p{Ll}/u.test(words[head]!.text) && !PEOPLE.has(words[head]!.norm)) head++
      if (head < words.length && PEOPLE.has(words[head]!.norm) && words[head]!.sentence === words[i]!.sentence) {
        const description = prose.source.slice(words[i]!.sourceStart, words[head]!.sourceEnd)
        found.push({source: {text: description}, sourceKind: 'person', at: words[i]!.sourceStart, ...opening(i)})
      }
    } else if (run.length === 1 && !described && FIRST_NAMES.has(lower[0]!) && !COMMON_WORD_NAMES.has(lower[0]!)) {
      // "Melanie thought …": someone the story calls by a first name alone.
      found.push({source: {text}, sourceKind: 'person', at: run[0]!.sourceStart, ...opening(run[0]!.index)})
      lastSentence = run[0]!.sentence
    } else if (run.length === 1 && surnames.has(lower[0]!) && !(possessive && lastSentence === run[0]!.sentence)) {
      // "Trump responded …" after "Donald Trump": the same person, read where the story names them.
      found.push({source: {text}, sourceKind: 'person', at: run[0]!.sourceStart, repeatOnly: true, ...opening(run[0]!.index)})
      lastSentence = run[0]!.sentence
    }
    i = Math.max(end, i + 1)
  }
  return withJointMentions(prose, found)
}

/**
 * Two people named together in running text ("When I met with Mr. VandeHei and Mr. Allen, they
 * …") are also one plural referent, after the two, for a later "they".
 */
function withJointMentions(prose: Prose, found: Array<SourceMention & {at: number}>): Array<SourceMention & {at: number}> {
  const out: Array<SourceMention & {at: number}> = []
  for (let n = 0; n < found.length; n++) {
    const mention = found[n]!
    out.push(mention)
    const before = found[n - 1]
    if (!before || mention.repeatOnly || before.repeatOnly || before.sentence !== mention.sentence) continue
    const beforeEnd = before.at + before.source!.text.length
    if (!/^\s+and\s+$/u.test(prose.source.slice(beforeEnd, mention.at))) continue
    const text = prose.source.slice(before.at, mention.at + mention.source!.text.length)
    out.push({
      source: {text},
      sourceKind: 'person',
      at: mention.at + 1,
      ...(mention.sentence !== undefined ? {sentence: mention.sentence} : {}),
      salient: before.salient === true
    })
  }
  return out
}
