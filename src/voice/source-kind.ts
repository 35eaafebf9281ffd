import {
  DEFINITE_DETERMINERS,
  MASTHEADS,
  MASTHEADS_AFTER_THE,
  ORGANISATIONS,
  OUTLET_NAMES,
  PEOPLE,
  PERSONAL_PRONOUNS,
  POSSESSIVE_DETERMINERS
} from '../data/word-classes.js'
import type {Prose} from '../parse/prose.js'
import {namePartsOf, type Attribution} from './attribution.js'

/** What kind of source an attribution credits. */
export type SourceKind = 'person' | 'organisation' | 'document' | 'group' | 'anonymous' | 'pronoun' | 'vague'

/** Head nouns of an unnamed source. */
const ANONYMOUS = new Set(
  'source sources official officials insider insiders aide aides diplomat diplomats person people someone individuals individual adviser advisers advisor advisors lawmaker lawmakers legislator legislators staffer staffers operative operatives strategist strategists'.split(
    ' '
  )
)
/** Words right after an unnamed source that describe it: "people familiar with", "sources close to". */
const KNOWING = new Set(['familiar', 'close', 'involved', 'briefed', 'with', 'who'])
const DEFINITE = DEFINITE_DETERMINERS
const DOCUMENTS = new Set(
  'statement statements report reports results data study studies survey surveys poll polls filing filings letter letters records figures documents document memo census release website post tweet transcript ruling verdict indictment complaint lawsuit order decree law bill audit analysis review investigation inquiry autopsy returns list minutes emails email research evidence video editorial column op-ed summary book affidavit memoir ad'.split(
    ' '
  )
)
// (A possessive stands for its owner: "his claim that …".)
const PRONOUNS = new Set([...PERSONAL_PRONOUNS, ...POSSESSIVE_DETERMINERS, 'it', 'you'])
/**
 * Classifies the source of an attribution: a named or described person, an organisation, a
 * document, an unnamed source, a pronoun (resolved by the sourcing map), or a vague group.
 * A definite phrase ("the top diplomat", "his aide") points back to someone already named.
 */
export function sourceKind(prose: Prose, attribution: Attribution): SourceKind {
  const source = attribution.source
  if (!source) return 'vague'
  const {words} = prose
  const head = words[source.end - 1]!
  // ("he's" is "he": the tagger's word keeps the contraction.)
  if (source.end - source.start === 1 && PRONOUNS.has(head.norm.replace(/['\u2019]s$/u, ''))) return 'pronoun'
  if (attribution.vague) return 'vague'
  if (isAnonymous(prose, source.start, source.end)) return 'anonymous'
  if (isOutlet(prose, source.start, source.end)) return 'organisation'
  if (DOCUMENTS.has(head.norm)) return 'document'
  // "the finance ministry", "ABC News"; but "Council Speaker Ines Moreau" is a person with a title.
  if (ORGANISATIONS.has(head.norm)) return 'organisation'
  // "the Commission on Presidential Debates", "the Department of Justice": a body named by what it is for.
  for (let i = source.start; i + 1 < source.end; i++)
    if (ORGANISATIONS.has(words[i]!.norm) && /^(?:of|on|for)$/u.test(words[i + 1]!.norm)) return 'organisation'
  // "FBI general counsel James Baker": an acronym before a person's name is where they work.
  const before = words[source.end - 2]
  const personalName = source.end - source.start >= 2 && /^\p{Lu}\p{Ll}/u.test(head.text) && before !== undefined && /^\p{Lu}\p{Ll}/u.test(before.text)
  for (let i = source.start; i < source.end; i++) {
    const word = words[i]!
    if ((/^\p{Lu}{2,}$/u.test(word.text) && !personalName) || (ORGANISATIONS.has(word.norm) && !/^\p{Lu}/u.test(head.text))) return 'organisation'
  }
  if (isGroup(prose, source.start, source.end)) return 'group'
  return 'person'
}

/** A news outlet or pollster by name: "The New York Times", "Bloomberg News", "Politico". */
function isOutlet(prose: Prose, start: number, end: number): boolean {
  const {words} = prose
  const head = words[end - 1]!
  if (!/^\p{Lu}/u.test(head.text)) return false
  if (OUTLET_NAMES.has(head.norm.replace(/['\u2019]s$/u, ''))) return true
  if (end - start < 2) return false
  const the = words[start]!.norm === 'the'
  return MASTHEADS_AFTER_THE.has(head.norm) ? the : MASTHEADS.has(head.norm) && (the || /^\p{Lu}/u.test(words[end - 2]!.text))
}

/**
 * People in the plural with no name: "residents", "both sides", "Democrats", "many parents".
 * A named person ("Ana Ruiz") or a singular description ("a nurse") is not a group.
 */
function isGroup(prose: Prose, start: number, end: number): boolean {
  const {words} = prose
  const head = words[end - 1]!
  if (head.norm === 'sides' || head.norm === 'both') return true
  // A share of people: "22 percent", "six in 10", "a third", "half", "majorities in all five".
  if (SHARES.has(head.norm) || words.slice(start, end).some((word) => word.norm === 'percent' || word.norm === '%')) return true
  if (end - start >= 3 && words[end - 2]!.norm === 'in' && /^(?:10|ten|\d+)$/u.test(head.norm)) return true
  if (!/[^s]s$/u.test(head.norm) || head.norm.endsWith("'s")) return false
  // A capitalised plural on its own is a group when it names people by party, faith or nation
  // ("Democrats", "Iowans", "Israelis"); otherwise it is a surname ("Sanders", "Harris", "Priebus").
  // With other names it is a name ("James Harris").
  const capitalised = words.slice(start, end).filter((word) => /^\p{Lu}/u.test(word.text) && !DEFINITE.has(word.norm))
  if (capitalised.length === 0) return true
  return capitalised.length === 1 && capitalised[0] === head && end - start <= 2 && isPeopleByName(head.norm)
}

/** Heads of a share of those polled or counted: "a third", "half", "most". */
const SHARES = new Set('half third thirds quarter quarters majority majorities minority most all'.split(' '))

/** Capitalised plurals that name people by party, faith, movement or nation. */
const PEOPLE_BY_NAME = new Set(
  (
    'democrats republicans liberals conservatives progressives independents libertarians evangelicals catholics protestants ' +
    'mormons muslims christians jews sikhs hindus latinos hispanics blacks whites britons greeks turks kurds arabs poles ' +
    'israelis iraqis pakistanis saudis somalis kuwaitis yemenis bangladeshis qataris emiratis omanis afghans ' +
    'tories whigs sunnis shiites alawites'
  ).split(' ')
)

/** "Democrats", "Iowans", "Socialists": a plural that names people by what they belong to (not "Sanders"). */
function isPeopleByName(norm: string): boolean {
  return PEOPLE_BY_NAME.has(norm) || PEOPLE.has(norm) || /(?:ans|ists|ites)$/u.test(norm)
}

function isAnonymous(prose: Prose, start: number, end: number): boolean {
  const {words} = prose
  if (DEFINITE.has(words[start]!.norm)) return false
  // "Obama's former campaign strategist": one person a possessive names is someone the story can
  // point to, as "the top diplomat" is; "Obama's aides" are still unnamed.
  if (/['\u2019]s$/u.test(words[start]!.text) && !/[^s]s$/u.test(words[end - 1]!.norm)) return false
  // "Hospital officials said …" after "Roger Williams Hospital": the officials of a body the story names.
  if (ANONYMOUS.has(words[end - 1]!.norm)) return !(end - start === 2 && namePartsOf(prose).has(capitalised(words[start]!.text)))
  for (let i = start; i + 1 < end; i++) if (ANONYMOUS.has(words[i]!.norm) && KNOWING.has(words[i + 1]!.norm)) return true
  return false
}

const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1)
