import type {Prose, Word} from '../parse/prose.js'
import {BE_FORMS} from '../data/word-classes.js'

/** A statistic found in the text: word indices `start` up to, not including, `end`. */
export interface Figure {
  start: number
  end: number
  /** Prose offsets in the block, from the first character of the number (a currency sign too). */
  from: number
  to: number
  kind: 'percentage' | 'money amount' | 'count'
}

const MULTIPLIERS = new Set(['hundred', 'thousand', 'million', 'billion', 'trillion', 'bn', 'm'])
const PERCENT = new Set(['percent', 'per', 'percentage', '%'])
const CURRENCIES = new Set(['dollars', 'euros', 'pounds', 'yuan', 'yen', 'rupees', 'francs', 'roubles', 'rubles', 'dinars', 'shekels', 'usd', 'eur', 'gbp'])
/** Nouns that make a number a count of people, casualties or events: the figures a source must stand behind. */
const COUNTED = new Set(
  (
    'people persons individuals protesters demonstrators marchers civilians soldiers troops fighters militants children adults ' +
    'women men deaths dead killed injured wounded arrested detained displaced refugees migrants asylum-seekers ' +
    'victims casualties fatalities cases infections patients hospitalisations hospitalizations voters residents ' +
    'workers employees jobs homes households families students members supporters users customers visitors ' +
    'prisoners hostages evacuees survivors attendees participants immigrants homeless unemployed adults ' +
    'americans teenagers parents drivers'
  ).split(' ')
)
/** Things a source counts as it counts people: "more than 30 nations", "200 schools", "12 attacks". */
const COUNTED_THINGS = new Set(
  (
    'nations countries cities towns villages communities companies firms businesses factories ' +
    'schools hospitals clinics churches mosques synagogues buildings houses apartments vehicles cars trucks weapons guns ' +
    'rifles missiles rockets bombs airstrikes attacks incidents crimes shootings murders robberies burglaries arrests ' +
    'deportations raids protests rallies'
  ).split(' ')
)
/** Units of length, area and volume: "55 miles of barrier", "2,000 acres of forest" (with "of" and what was measured). */
const MEASURE_UNITS = /^(?:miles?|kilometres?|kilometers?|km|acres?|hectares?|tons?|tonnes?|gallons?|barrels?|litres?|liters?)$/u
const TIME_UNITS = /^(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries|century|a\.m\.|p\.m\.|am|pm|years-old|year-old)$/u
const MONTHS =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$/u
const WEEKDAYS =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|by|in|on|at|about|some|nearly|almost|over|around|more|fewer|less|only|just|all|another|at least)$/u
/**
 * An amount that belongs to an instrument — a bill, a budget, a fine, a tariff, a plan — is its
 * term, not a statistic someone counted ("a $2 billion aid package", "a 35 percent tariff").
 */
const INSTRUMENTS = new Set(
  'bill bills budget budgets package packages request requests plan plans proposal proposals fine fines penalty penalties tariff tariffs tax taxes rate rates deal deals contract contracts settlement settlements grant grants loan loans bond bonds fund funds target goal cap limit threshold bracket levy levies fee fees surcharge premium premiums wage'.split(
    ' '
  )
)
/**
 * A percentage is a statistic someone measured when it is a change ("fell by 15 percent"), a
 * share of people ("40 percent of adults") or a poll or economic figure; a rate set by law, a
 * discount or a term of a plan is not ("a 2% sales tax", "reducing rates as much as 60 per cent").
 */
const CHANGES = new Set(
  (
    'fell fall falls fallen falling rose rise rises risen rising dropped drop drops dropping declined decline declines declining ' +
    'increased increase increases increasing decreased decrease decreases decreasing grew grow grows grown growing jumped jump ' +
    'jumps jumping surged surge surging plunged plunge plunging climbed climb climbing slid slide soared soar soaring shrank ' +
    'shrink shrunk tumbled slumped up down below above cutback cutbacks cut cuts gain gains gained'
  ).split(' ')
)
const MEASURED = new Set(
  'poll polls survey surveys approval rating ratings unemployment inflation turnout poverty favorability favourability jobless growth deficit gdp output'.split(
    ' '
  )
)
/** A money amount is a statistic when it is a cost, a loss or a debt someone reckoned, not a price, a fee or a budget line. */
const RECKONED = new Set(
  'cost costs costing lost lose loses losses loss damage damages owe owes owed debt debts deficit shortfall wasted overrun overruns spent spending salary salaries total totals totaled totalled totaling totalling estimated valued worth believed'.split(
    ' '
  )
)

/**
 * Words that make a figure in their clause the stated term of something: a plan or proposal
 * describes its own numbers ("the bill would hire 2,000 agents"), an award or a fine states the
 * amount a court or a body decided ("were awarded $55,000 damages"), and an indictment or a
 * conviction states what the court record holds ("was indicted on charges of stealing $40,000";
 * an accusation by no one, "is accused of having spent $8,555", still needs its accuser).
 */
const TERM_SETTERS = new Set(
  'would will could might plans planned proposes proposed aims wants seeks scheduled awarded fined appropriated allocated indicted convicted'.split(' ')
)

/** A number as written: "600,000", "$4.5", "15%", "3.5" (parse-english splits these into several words). */
const NUMBER_TEXT = /[$€£¥]?\d{1,3}(?:,\d{3})+(?:\.\d+)?%?|[$€£¥]?\d+(?:\.\d+)?%?/gu

/** The statistics in a sentence: percentages, money amounts and counts of people or casualties. */
export function figuresIn(prose: Prose, sentence: number): Figure[] {
  const {words} = prose
  const {firstWord, endWord, block, start, end} = prose.sentences[sentence]!
  const text = prose.blocks[block]!.text
  const found: Figure[] = []
  // An item of a list is a term of what its lead-in describes ("It will be accomplished in two ways: 1 … 2 …").
  const itemLead = listLeadIn(prose, sentence)
  let w = firstWord
  for (const match of text.slice(start, end).matchAll(NUMBER_TEXT)) {
    const from = start + match.index
    const to = from + match[0].length
    while (w < endWord && words[w]!.end <= from) w++
    if (w >= endWord) break
    if (words[w]!.start >= to || (found.length > 0 && w < found.at(-1)!.end)) continue
    let last = w
    while (last + 1 < endWord && words[last + 1]!.start < to) last++
    // "10-year men", "a 22-year-old worker": a number inside a compound modifier counts nothing.
    if (/^-\p{L}/u.test(text.slice(to, to + 2))) continue
    const figure = classify(words, text, match[0], w, last + 1, endWord)
    const lead = itemLead ?? leadInBefore(prose, firstWord, w)
    if (
      !figure ||
      excluded(prose, words, w, firstWord, match[0]) ||
      hasTermSetterBefore(words, text, firstWord, w) ||
      accusedOnRecord(prose, firstWord, w) ||
      (lead !== undefined && leadSetsTerms(prose, lead)) ||
      (figure.kind === 'count' && definiteSet(words, text, w, firstWord)) ||
      (figure.kind === 'money amount' &&
        !SCALE_POINTS.has(words[figure.end]?.norm ?? '') &&
        definiteAmount(words, text, w, firstWord, Math.min(from, words[w]!.start))) ||
      hasModalAfter(words, figure, endWord) ||
      perUnit(words, figure, firstWord, endWord) ||
      ofInstrument(words, figure, firstWord, endWord)
    )
      continue
    if (!measured(words, figure, firstWord, endWord)) continue
    found.push({...figure, from: Math.min(from, words[w]!.start), to: Math.max(to, words[figure.end - 1]!.end)})
  }
  return found
}

/** What a number counts, from how it is written and the words after it ([i, j) is the number). */
function classify(words: readonly Word[], text: string, number: string, i: number, j: number, end: number): Omit<Figure, 'from' | 'to'> | undefined {
  while (j < end && MULTIPLIERS.has(words[j]!.norm)) j++
  if (number.endsWith('%')) return {start: i, end: j, kind: 'percentage'}
  if (/^[$€£¥]/u.test(number)) return {start: i, end: j, kind: 'money amount'}
  const next = words[j]
  if (!next) return undefined
  if (PERCENT.has(next.norm)) return {start: i, end: next.norm === 'per' && words[j + 1]?.norm === 'cent' ? j + 2 : j + 1, kind: 'percentage'}
  if (CURRENCIES.has(next.norm)) return {start: i, end: j + 1, kind: 'money amount'}
  // "600,000 people", "40 Palestinian civilians", "12 people were arrested".
  for (let k = j; k < Math.min(end, j + 3); k++) {
    const norm = words[k]!.norm
    // (Not past a comma: "62 individuals, companies and …".)
    if (k > j && /[,;:()]/u.test(text.slice(words[k - 1]!.end, words[k]!.start))) return undefined
    if (COUNTED.has(norm) || COUNTED_THINGS.has(norm)) return {start: i, end: k + 1, kind: 'count'}
    if (k === j && MEASURE_UNITS.test(norm) && words[k + 1]?.norm === 'of' && k + 2 < end) return {start: i, end: k + 1, kind: 'count'}
    if (TIME_UNITS.test(norm) || /^\d/u.test(norm)) return undefined
  }
  return undefined
}

/** Dates, years, times, ages, model numbers and addresses are not statistics. */
function excluded(prose: Prose, words: readonly Word[], i: number, first: number, number: string): boolean {
  const word = words[i]!
  const previous = i > first ? words[i - 1]! : undefined
  // A year, or an identifier (a tweet's, a case number): ten digits or more with no separators.
  if (/^(?:1[5-9]|20)\d\d$/u.test(number) || /^\d{10,}$/u.test(number)) return true
  if (previous && (MONTHS.test(previous.norm) || /^(?:aged|age|no\.|number|route|flight|page|chapter|article|section)$/u.test(previous.norm))) return true
  const text = prose.blocks[word.block]!.text
  // "School District No. 48": a number after "No." names something (the full stop is not part of
  // the word, and the sentence splitter may end a sentence at it).
  const before = i > 0 && words[i - 1]!.block === word.block ? words[i - 1]! : undefined
  if (before && /^nos?$/u.test(before.norm) && /^\.\s*$/u.test(text.slice(before.end, word.start))) return true
  // "Aster 30 missiles", "Boeing 737": a capitalised name right before the number.
  if (previous && /^\p{Lu}/u.test(previous.text) && !WEEKDAYS.test(previous.norm) && !/[.,;:]/u.test(text.slice(previous.end, word.start))) return true
  // "Ana Ruiz, 27, was arrested": an age between commas after a name.
  if (previous && /^\p{Lu}/u.test(previous.text) && /^,\s*$/u.test(text.slice(previous.end, word.start)) && /^\d{1,3}$/u.test(number) && text[word.end] === ',')
    return true
  return false
}

/**
 * "a $100 million penalty", "fined $185 million", "the 39.6 percent rate": the instrument is
 * within two words ("$30 million worth of new road bonds": past "worth of", within five).
 */
function ofInstrument(words: readonly Word[], figure: Omit<Figure, 'from' | 'to'>, first: number, end: number): boolean {
  if (figure.kind === 'count') return false
  const worthOf = words[figure.end]?.norm === 'worth' && words[figure.end + 1]?.norm === 'of'
  for (let k = figure.end; k < Math.min(end, figure.end + (worthOf ? 7 : 2)); k++) if (INSTRUMENTS.has(words[k]!.norm)) return true
  for (let k = Math.max(first, figure.start - 3); k < figure.start; k++) {
    const norm = words[k]!.norm
    if (INSTRUMENTS.has(norm) || /^(?:fined|charged|budgeted|allocated|appropriated|requested|priced)$/u.test(norm)) return true
  }
  return false
}

/** Whether a percentage or a money amount is something measured or reckoned (see CHANGES, RECKONED); counts always are. */
function measured(words: readonly Word[], figure: Omit<Figure, 'from' | 'to'>, first: number, end: number): boolean {
  if (figure.kind === 'count') return true
  const near = (from: number, to: number, set: ReadonlySet<string>) => {
    for (let k = Math.max(first, from); k < Math.min(end, to); k++) if (set.has(words[k]!.norm)) return true
    return false
  }
  if (figure.kind === 'money amount') {
    // "The cost of a license is $2", "Each ticket costs $20": the price of one thing, not a sum someone reckoned.
    const one = (k: number) => k >= first && /^(?:a|an|each|one|every|per)$/u.test(words[k]!.norm)
    for (let k = Math.max(first, figure.start - 6); k < figure.start; k++) {
      if (!/^costs?$/u.test(words[k]!.norm)) continue
      if ((words[k + 1]?.norm === 'of' && one(k + 2)) || one(k - 1) || one(k - 2)) return false
    }
    return near(figure.start - 6, figure.start, RECKONED) || near(figure.end, figure.end + 3, RECKONED)
  }
  if (near(figure.start - 4, figure.start, CHANGES) || near(figure.end, figure.end + 2, CHANGES) || near(first, end, MEASURED)) return true
  // "40 percent of adults", "a third of Americans": a share of people.
  if (words[figure.end]?.norm !== 'of') return false
  for (let k = figure.end + 1; k < Math.min(end, figure.end + 4); k++) {
    const word = words[k]!
    if (COUNTED.has(word.norm) || (/^\p{Lu}/u.test(word.text) && word.norm.endsWith('s'))) return true
  }
  return false
}

/**
 * A modal, a plan verb or a charge earlier in the figure's clause: "the bill would hire 2,000
 * agents", "each member would get one post … up to 150,000,000 people", "was scheduled this week
 * to hear seven cases involving 35 persons". The clause ends at a comma, a semicolon, a colon or "that".
 */
function hasTermSetterBefore(words: readonly Word[], text: string, first: number, i: number): boolean {
  for (let k = i - 1; k >= Math.max(first, i - 20); k--) {
    if (TERM_SETTERS.has(words[k]!.norm)) return true
    if (clauseBoundaryBefore(words, text, k)) return false
  }
  return false
}

/** Whether a clause starts after word `k`: it is "that", or a comma, a semicolon or a colon follows it. */
function clauseBoundaryBefore(words: readonly Word[], text: string, k: number): boolean {
  const gap = text.slice(words[k]!.end, words[k + 1]!.start)
  // (The commas of "10,000,000" are inside a number.)
  const numberComma = gap === ',' && /\d$/u.test(words[k]!.text) && /^\d/u.test(words[k + 1]!.text)
  return words[k]!.norm === 'that' || (/[,;:]/u.test(gap) && !numberComma)
}

/**
 * "eight of the 10 cases", "the 35 passengers": a count after "the" (or a demonstrative) is of a
 * set the story has already introduced, not a new statistic ("the 99 percent of people" is still a share).
 */
function definiteSet(words: readonly Word[], text: string, i: number, first: number): boolean {
  const before = i > first ? words[i - 1]! : undefined
  return before !== undefined && /^(?:the|these|those)$/u.test(before.norm) && /^\s+$/u.test(text.slice(before.end, words[i]!.start))
}

/** "reached the $400 mark", "topped the $1 billion level": a point on a scale, where the amount is what is claimed. */
const SCALE_POINTS = new Set('mark level levels threshold barrier milestone peak high low record figure line point'.split(' '))

/**
 * "the $344,000 job", "toward the $400 funeral costs", "his $214 paycheck": an amount between a
 * definite determiner and its noun says which thing is meant (the story's job, his paycheck); the
 * sentence claims something else about it. ("that" is left out: "said that $4 million was lost"; so is
 * a point on a scale, "reached the $400 mark".)
 */
function definiteAmount(words: readonly Word[], text: string, i: number, first: number, from: number): boolean {
  const before = i > first ? words[i - 1]! : undefined
  // (The currency sign may be a word of its own or not: `from` is where the amount starts.)
  if (before && before.end > from) return definiteAmount(words, text, i - 1, first, from)
  return before !== undefined && /^(?:the|this|these|those|his|her|its|their|our|my|your)$/u.test(before.norm) && /^\s+$/u.test(text.slice(before.end, from))
}

/** An item number opening a sentence: "2 Sufficient lay-offs …", "(2) a flat reduction …", "2) …" (a bare number before a capital). */
const ITEM_MARKER = /^(?:\(?\d{1,2}\)\s+\p{L}|\d{1,2}\s+\p{Lu})/u

/** The lead-in clause of a list, as word indices: `first` up to the colon's word `colon`. */
interface LeadIn {
  first: number
  colon: number
}

/**
 * The lead-in of the list whose item the sentence is: the sentence opens on an item number ("2
 * Sufficient lay-offs …") and a sentence before it in its paragraph, or the paragraph before,
 * opened the list with a colon (see leadInBefore for an item in the lead-in's own sentence).
 */
function listLeadIn(prose: Prose, sentence: number): LeadIn | undefined {
  const {sentences, blocks} = prose
  const item = sentences[sentence]!
  if (!ITEM_MARKER.test(blocks[item.block]!.text.slice(item.start, item.end))) return undefined
  for (let s = sentence - 1; s >= Math.max(0, sentence - 8) && sentences[s]!.block >= item.block - 1; s--) {
    const {firstWord, endWord} = sentences[s]!
    for (let k = endWord - 1; k >= firstWord; k--) {
      const lead = colonAfter(prose, k, firstWord)
      if (lead) return lead
    }
  }
  return undefined
}

/** A colon after word `k` that opens a list: an item marker, or the end of its paragraph, follows it. */
function colonAfter(prose: Prose, k: number, first: number): LeadIn | undefined {
  const word = prose.words[k]!
  const text = prose.blocks[word.block]!.text
  const gap = /^\s*:\s*/u.exec(text.slice(word.end))
  if (!gap) return undefined
  const rest = text.slice(word.end + gap[0].length)
  return rest === '' || ITEM_MARKER.test(rest) ? {first, colon: k} : undefined
}

/** "… in two ways: 1 A flat cut of 10 per cent": a colon before the figure in its sentence that opens a list. */
function leadInBefore(prose: Prose, first: number, i: number): LeadIn | undefined {
  for (let k = i - 1; k >= first; k--) {
    const lead = colonAfter(prose, k, first)
    if (lead) return lead
  }
  return undefined
}

/** A modal, a plan verb or a charge in the clause a list's colon ends: "It will be accomplished in two ways:". */
function leadSetsTerms(prose: Prose, {first, colon}: LeadIn): boolean {
  const {words} = prose
  const text = prose.blocks[words[colon]!.block]!.text
  for (let k = colon; k >= Math.max(first, colon - 20); k--) {
    if (TERM_SETTERS.has(words[k]!.norm)) return true
    if (k < colon && clauseBoundaryBefore(words, text, k)) return false
  }
  return false
}

/**
 * The record of a charge: an indictment, a complaint, a lawsuit or an affidavit the story names,
 * or a grand jury's "indicted".
 */
const CHARGE_RECORDS = new Set('indictment indictments indicted complaint complaints lawsuit lawsuits affidavit affidavits'.split(' '))

/**
 * "Cooperman and Teller are accused of selling $4,700 worth of heroin" after "…, assistant United
 * States attorney, read the indictment": a passive accusation with no agent states the charge of
 * a record named earlier in its paragraph or in the paragraph before; with no record in view ("is
 * accused of having spent $8,555" after "Day after day some new episode is reported") it is an
 * accusation by no one, and its amount still needs a source.
 */
function accusedOnRecord(prose: Prose, first: number, i: number): boolean {
  const {words} = prose
  const text = prose.blocks[words[i]!.block]!.text
  // In the figure's clause, as for a term setter: back to a comma, a semicolon, a colon or "that".
  let accused = -1
  for (let k = i - 1; k > Math.max(first, i - 20); k--) {
    if (words[k]!.norm === 'accused' && BE_FORMS.has(words[k - 1]!.norm)) {
      accused = k
      break
    }
    if (clauseBoundaryBefore(words, text, k)) return false
  }
  if (accused === -1 || words[accused + 1]?.norm === 'by') return false
  const block = words[first]!.block
  for (let k = accused - 1; k >= 0 && words[k]!.block >= block - 1; k--) if (CHARGE_RECORDS.has(words[k]!.norm)) return true
  return false
}

/**
 * "$26,000,000 would be spent", "another $4 million will go to schools": money that is the subject
 * of a plan ("30 percent of workers will lose their jobs" is a forecast someone must stand behind).
 */
function hasModalAfter(words: readonly Word[], figure: Omit<Figure, 'from' | 'to'>, end: number): boolean {
  return figure.kind === 'money amount' && figure.end < end && /^(?:would|will|shall)$/u.test(words[figure.end]!.norm)
}

/**
 * "$20 a patient", "$25 per person": a price or a rate, not an amount someone reckoned; "one post
 * for each 10,000,000 people", "for every additional 30 students": the unit of a ratio, not a count.
 */
function perUnit(words: readonly Word[], figure: Omit<Figure, 'from' | 'to'>, first: number, end: number): boolean {
  const before = figure.start - 1 >= first ? words[figure.start - 1]!.norm : ''
  const unit = /^(?:each|every|per)$/u
  if (unit.test(before) || (/^(?:additional|extra|further|other)$/u.test(before) && figure.start - 2 >= first && unit.test(words[figure.start - 2]!.norm)))
    return true
  if (figure.kind !== 'money amount' || figure.end + 1 >= end) return false
  return /^(?:a|an|per|each)$/u.test(words[figure.end]!.norm) && /^\p{L}/u.test(words[figure.end + 1]!.text)
}
