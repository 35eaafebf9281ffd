/**
 * The words that tell slant someone else is speaking. Kept together so the attribution settings
 * (issue: "the set of verbs and nouns that count as attribution is configurable") can extend
 * them in one place.
 */

/** Verbs that introduce speech or a stated position, in the forms news prose uses. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(
  (
    'say says said saying tell tells told add adds added state states stated explain explains explained ' +
    'argue argues argued claim claims claimed insist insists insisted warn warns warned note notes noted ' +
    'announce announces announced confirm confirms confirmed deny denies denied acknowledge acknowledges acknowledged ' +
    'admit admits admitted concede concedes conceded stress stresses stressed suggest suggests suggested ' +
    'report reports reported write writes wrote testify testifies testified allege alleges alleged ' +
    'maintain maintains maintained contend contends contended assert asserts asserted predict predicts predicted ' +
    'estimate estimates estimated declare declares declared emphasise emphasises emphasised emphasize emphasizes emphasized ' +
    'continue continues continued reply replies replied respond responds responded ask asks asked answer answers answered ' +
    'recall recalls recalled observe observes observed remark remarks remarked reveal reveals revealed ' +
    'complain complains complained boast boasts boasted vow vows vowed promise promises promised caution cautions cautioned ' +
    'believe believes believed think thinks thought fear fears feared agree agrees agreed disagree disagrees disagreed ' +
    'accuse accuses accused call calls called describe describes described dub dubs dubbed brand brands branded ' +
    'label labels labelled labeled term terms termed tweet tweets tweeted post posts posted ' +
    'confess confesses confessed refute refutes refuted reiterate reiterates reiterated concluded conclude concludes ' +
    'urge urges urged demand demands demanded acknowledge insist mention mentions mentioned indicate indicates indicated ' +
    'express expresses expressed hint hints hinted charge charges charged contest contests contested dispute disputes disputed ' +
    'projected project projects forecast forecasts found find finds show shows showed shown ' +
    'characterize characterizes characterized characterise characterises characterised'
  ).split(' ')
)

/** Two-word cues: the first word and the set of second words. */
export const SPEECH_PHRASES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['pointed', new Set(['out'])],
  ['points', new Set(['out'])],
  ['went', new Set(['on'])],
  ['goes', new Set(['on'])]
])

/** Verbs that, as cues, need a clause or a quote after them to mean speech (not "called a taxi"). */
export const OBJECT_CUES: ReadonlySet<string> = new Set(
  ('call calls called describe describes described dub dubs dubbed brand brands branded label labels labelled labeled term terms termed ' +
    'accuse accuses accused charge charges charged found find finds show shows showed shown answer answers answered ' +
    'characterize characterizes characterized characterise characterises characterised ' +
    'ask asks asked reply replies replied respond responds responded declare declares declared promise promises promised ' +
    'vow vows vowed reveal reveals revealed admit admits admitted concede concedes conceded claim claims claimed ' +
    'confirm confirms confirmed deny denies denied report reports reported announce announces announced').split(
    ' '
  )
)

/** Words that can stand between a subject and its speech verb: "has always claimed". */
export const AUXILIARIES: ReadonlySet<string> = new Set(
  (
    'has have had also later earlier previously always repeatedly again then once never further separately ' +
    'publicly privately recently subsequently initially quickly immediately firmly strongly flatly bluntly ' +
    'reportedly is was were are be been being will would could may might must should can did does do not ' +
    'had since already himself herself themselves itself yesterday today'
  ).split(' ')
)

export const PRONOUNS: ReadonlySet<string> = new Set('he she they i we you it who which'.split(' '))

/**
 * Subjects that make an attribution vague (MOS:WEASEL): content credited to them is still the
 * reporter's claim, and the weasel rule flags the phrase itself.
 */
export const VAGUE_SOURCES: ReadonlySet<string> = new Set(
  (
    'critics experts observers analysts economists scientists commentators skeptics sceptics opponents supporters ' +
    'many some others people studies study research evidence it there most few several everyone everybody anyone ' +
    'someone somebody'
  ).split(' ')
)

/** Nouns that name a source of information (used to accept "the ministry", "police", "a spokesman"). */
export const SOURCE_NOUNS: ReadonlySet<string> = new Set(
  (
    'official officials minister ministry spokesman spokeswoman spokesperson spokespeople police government ' +
    'authorities authority researchers scientists experts critics analysts statement report study survey poll ' +
    'organisers organizers residents witnesses witness sources source people commission department agency court ' +
    'judge prosecutors prosecutor lawyer lawyers attorney attorneys company firm group union unions party campaign ' +
    'army military observers economists president leader chief director officer officers spokesmen data figures ' +
    'results documents document filing filings letter memo records census regulator regulators ministry office ' +
    'council board committee panel newspaper paper broadcaster agency embassy administration white house' +
    ' doctors doctor nurse teacher mother father daughter son wife husband family neighbours neighbors friend friends ' +
    'activists activist protesters organisation organization charity institute university hospital'
  ).split(' ')
)

/** Words that start an "according to" cue. */
export const ACCORDING = 'according'

/**
 * Participles and naming verbs that show a short quoted fragment is someone's word even when
 * no speaker is found: "…, describing him as a "quack"", "what she called "theft"".
 */
export const FRAGMENT_CUES: ReadonlySet<string> = new Set(
  (
    'saying telling adding arguing warning claiming insisting noting suggesting accusing describing calling ' +
    'branding labelling labeling dubbing writing declaring stressing asserting alleging characterizing characterising ' +
    'known defined defines define referred termed nicknamed so-called conflated'
  ).split(' ')
)
