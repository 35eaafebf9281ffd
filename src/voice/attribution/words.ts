/**
 * Word sets read by more than one module of the attribution finder: determiners, words that stop a
 * noun phrase, finite verbs, verbs that always report speech, record nouns, time names, naming verbs,
 * utterances and the like. A set that one module reads lives in that module.
 */

export const DETERMINERS = new Set('the a an his her its their our my your this these that those two three several one'.split(' '))
export const NP_STOP = new Set(
  'and but or that what which who whom whose when while because if as than to of in on at for from with by after before since although though so then where not no'.split(
    ' '
  )
)
/** Finite verbs that make the words after a cue a clause of their own ("declared Trump has become…"). */
export const FINITE = new Set('is was were are am has have had will would can could should may might must did does do'.split(' '))
/** Verbs that always report speech when a subject stands before them. */
export const UNAMBIGUOUS = new Set(
  'say said says told tells added adds stated explained insisted argued warned confirmed denied acknowledged conceded stressed wrote testified alleged asserted contended maintained declared emphasised emphasized replied responded recalled continued predicted cautioned reiterated'.split(
    ' '
  )
)
export const EVIDENCE = new Set(
  (
    'study studies survey surveys poll polls data report reports research analysis figures records results findings tests evidence review ' +
    'investigation audit inquiry probe census autopsy return returns filing filings document documents emails transcript ' +
    'indictment ruling memo list minutes average averages video videos footage recording slide chart map tally count ' +
    'statistics estimate estimates projection projections forecast forecasts'
  ).split(' ')
)
/** Relative pronouns that are the subject of the verb after them ("the coalition, which claims that …"). */
export const RELATIVE_SUBJECTS = new Set(['who', 'which'])
/** Object pronouns that may stand before an infinitive: "wants them to resign". */
export const PERSONAL_OBJECTS = new Set('him her them us me you it'.split(' '))
/** Words that start a reported clause with no "that": "admitted he had lied". */
export const CLAUSE_SUBJECTS = new Set('he she they it i we there'.split(' '))
/** Quotation marks, with the typewriter pairs ``…'' and ''…''. */
export const QUOTE_CHARS = /["\u201C\u201D\u201E\u00AB\u00BB]|''|``/u
/** Words that open a clause reported after a cue: "showed how …", "asked whether …". */
export const WH_CLAUSE = new Set('what how why whether if who where when'.split(' '))
/** Verbs that name what their object is: "called the plan a disgrace". */
export const NAMING = new Set('call label brand dub term deem declare pronounce'.split(' '))
/** Days, months and times of day: adjuncts between a subject and its verb, never a speaker. */
export const TIME_NAMES =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|today|yesterday|tonight|morning|afternoon|evening|night|weekend|(?:day|week|month|year|decade|quarter|time)s?|summer|winter|autumn)$/u
/** Prepositions whose object cannot be the subject of the verb after it ("in a box labeled …"); not "after", "before" or "as", which open clauses. */
export const OBJECT_PREPOSITIONS = new Set('in on at of for with into onto from to by under over about near inside through among between against'.split(' '))
/** Things said or issued that a participle of saying may follow: "a statement saying …", "a news conference announcing that …". */
export const UTTERANCES = new Set(
  'statement statements conference briefing letter letters release video ad advertisement post tweet tweets memo speech interview email emails message note notice filing petition resolution lawsuit complaint order ruling report op-ed editorial column'.split(
    ' '
  )
)
/** Pronouns for a group that can hold a view: "all agreed that", "both say". */
export const GROUP_PRONOUNS = new Set(['all', 'both', 'everyone', 'everybody', 'nobody', 'few', 'many', 'most', 'some', 'others'])
