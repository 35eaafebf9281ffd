import {inflect, verbForms} from '../match/inflect.js'

/**
 * The words that tell slant someone else is speaking. Kept together so the attribution settings
 * (issue: "the set of verbs and nouns that count as attribution is configurable") can extend
 * them in one place.
 */

/** Verbs that introduce speech or a stated position, in the forms news prose uses. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'saying',
  ...(
    'say tell add state explain argue claim insist warn note announce confirm deny acknowledge admit concede stress ' +
    'suggest report write testify allege maintain contend assert predict estimate declare emphasise emphasize continue ' +
    'reply respond ask answer recall observe remark reveal complain boast vow promise caution believe think fear agree ' +
    'disagree accuse call describe dub brand label term tweet post confess refute reiterate conclude urge demand mention ' +
    'indicate express hint charge contest dispute project forecast find show characterize characterise remind assure inform'
  )
    .split(' ')
    // Every finite form and the participle; -ing forms are nouns too often ("a warning").
    .flatMap((verb) => verbForms(verb).filter((form) => !form.endsWith('ing')))
])

/** Two-word cues: the first word and the set of second words. */
export const SPEECH_PHRASES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['pointed', new Set(['out'])],
  ['points', new Set(['out'])],
  ['point', new Set(['out'])],
  ['pointing', new Set(['out'])],
  ['went', new Set(['on'])],
  ['goes', new Set(['on'])]
])

/**
 * Verbs whose attribution is a phrase with a preposition and an object: "called for an
 * inquiry", "pointed to the figures", "warned of a crisis" (by lemma; the tagger decides that
 * the first word is a verb).
 */
export const OBJECT_PHRASES: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  (
    'call:for,on,out point:to speak:of,about ask:about,for warn:of,against,about push:for argue:for,against ' +
    'press:for complain:about talk:about boast:about brag:about lash:out rail:against refer:to lay:out respond:to'
  )
    .split(' ')
    .map((entry) => {
      const [verb, particles] = entry.split(':') as [string, string]
      return [verb, new Set(particles.split(','))]
    })
)

/** Object phrases that report speech only when what they take is said or proposed: "laid out her plan", "responded to the request", not "laid out the tables" or "responded to the fire". */
export const DISCOURSE_OBJECT_PHRASES: ReadonlySet<string> = new Set(['lay', 'respond'])

/** Participles that attribute to the subject of the clause they follow: "…, saying …", "before asking", "criticised for saying". */
export const PARTICIPLE_LEADS: ReadonlySet<string> = new Set('before after while when by without for from despite upon'.split(' '))

/** Verbs that, as cues, need a clause or a quote after them to mean speech (not "called a taxi"). */
export const OBJECT_CUES: ReadonlySet<string> = new Set(
  (
    'call calls called describe describes described dub dubs dubbed brand brands branded label labels labelled labeled term terms termed ' +
    'accuse accuses accused charge charges charged found find finds show shows showed shown answer answers answered ' +
    'characterize characterizes characterized characterise characterises characterised ' +
    'ask asks asked reply replies replied respond responds responded declare declares declared promise promises promised ' +
    'vow vows vowed reveal reveals revealed admit admits admitted concede concedes conceded claim claims claimed ' +
    'confirm confirms confirmed deny denies denied report reports reported announce announces announced ' +
    'remind reminds reminded assure assures assured inform informs informed invite invites invited add adds added ' +
    'portray portrays portrayed depict depicts depicted cast casts post posts posted rip rips ripped'
  ).split(' ')
)

/** Words that can stand between a subject and its speech verb: "has always claimed". */
export const AUXILIARIES: ReadonlySet<string> = new Set(
  (
    'has have had also later earlier previously always repeatedly again then once never further separately ' +
    'publicly privately recently subsequently initially quickly immediately firmly strongly flatly bluntly ' +
    'reportedly is was were are be been being will would could may might must should can did does do not ' +
    'had since already himself herself themselves itself yesterday today yet still'
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
    'results documents document filing filings letter memo message email records census regulator regulators ministry office ' +
    'council board committee panel newspaper paper broadcaster agency embassy administration white house' +
    ' doctors doctor nurse teacher mother father daughter son wife husband family neighbours neighbors friend friends ' +
    'activists activist protesters organisation organization charity institute university hospital audience crowd'
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
    'known defined defines define referred termed nicknamed so-called conflated portray portrayed portraying portrays vented ' +
    'touted touting hailed hailing mocked mocking derided deriding crying cried cry shouting shouted chanting chanted ' +
    'yelling yelled screaming screamed exhorting urging promising pledging vowing decrying denouncing condemning ' +
    'praising blasting slamming assailed assailing professing professed bickering lamenting ridiculing'
  ).split(' ')
)

/**
 * Nouns of a speech act: someone's claim after its owner ("his suggestion that …", "Trump's
 * accusation that …"), and the owner's words in a fragment after them ("Clinton's broadside
 * against "printing money"", "a request for "a favor"").
 */
export const SPEECH_ACT_NOUNS: ReadonlySet<string> = new Set(
  (
    'suggestion suggestions claim claims accusation accusations assertion assertions allegation allegations insistence ' +
    'contention argument prediction promise pledge vow warning admission charge complaint statement remark remarks ' +
    'comment broadside attack attacks criticism call calls plea description characterization request requests demand demands'
  ).split(' ')
)

/**
 * What an attribution cue does to its content, as the annotated news corpora count it (PARC,
 * PolNeAR): speech and writing, belief, intention, and evidence that documents give.
 */
export type CueClass = 'speech' | 'belief' | 'intention' | 'evidence' | 'position'

/**
 * Cue verbs by lemma. A word is a cue only where the tagger reads it as a verb, so "the state",
 * "a tweet" or "his remarks" never are; what each class needs after it (a clause, a quotation,
 * an infinitive) is decided in attribution/cue-class.ts and the frame modules beside it.
 */
export const CUE_LEMMAS: ReadonlyMap<string, CueClass> = new Map<string, CueClass>([
  ...lemmas(
    'speech',
    'say tell add state explain argue claim insist warn note announce confirm deny acknowledge admit concede stress ' +
      'suggest report write testify allege maintain contend assert predict estimate declare emphasise emphasize reply ' +
      'respond ask answer recall observe remark reveal complain boast vow promise caution tweet post reiterate conclude ' +
      'urge demand mention indicate hint charge dispute project forecast characterize characterise accuse call describe ' +
      'dub brand label term confess refute cite quip joke lament exclaim shout yell whisper muse recount propose pledge ' +
      'threaten question criticize criticise condemn blast slam praise commend blame dismiss reject defend echo liken ' +
      'compare assure reassure inform advise recommend encourage implore plead apologize apologise counter retort rebut ' +
      'object protest tout scoff taunt rail sing chant publish declare signal disclose divulge concur dispute decry ' +
      'denounce lambast lambaste mock ridicule applaud hail welcome thank congratulate acknowledge attack insinuate ' +
      'imply speculate wonder guess posit theorize theorise clarify specify elaborate detail outline summarize summarise ' +
      'tease preview concede counsel instruct order direct command challenge dare argue rule find read proclaim comment acclaim laud extol reference invite ' +
      'portray depict cast compliment rip'
  ),
  ...lemmas(
    'belief',
    'think believe feel know fear hope expect worry doubt suspect assume consider understand recognize recognise ' +
      'realize realise reckon imagine suppose presume trust sense figure agree disagree'
  ),
  ...lemmas('intention', 'want plan intend seek wish aim decline prefer support oppose favor favour mean vow refuse offer'),
  ...lemmas('position', 'endorse back champion'),
  ...lemmas('evidence', 'show find indicate reveal suggest demonstrate prove confirm document estimate project')
])

/**
 * Verbs of taking a side whose object is what the subject stands for or against: "Christie
 * endorsed Trump", "voters who support Sanders", "a group backing Bush". The annotated corpora
 * count them as attribution; the object stays in the reporter's words.
 */
export const POSITION_LEMMAS: ReadonlySet<string> = new Set('endorse back support oppose favor favour champion'.split(' '))

/** The lemma of every written form of the cue lemmas, for a form the tagger does not read as a verb ("Exclaimed Stram."). */
export const CUE_FORM_LEMMAS: ReadonlyMap<string, string> = new Map(
  [...CUE_LEMMAS.keys()].flatMap((lemma) => verbForms(lemma).map((form) => [form, lemma] as const))
)

/** Every written form of the cue lemmas (irregular ones too): the words worth tagging. */
export const CUE_FORMS: ReadonlySet<string> = new Set([...CUE_FORM_LEMMAS.keys(), ...[...OBJECT_PHRASES.keys()].flatMap(verbForms)])

/**
 * The -ing forms of the cue lemmas, to their lemma: "warning", "noting" after a comma are
 * participles of a cue even where the tagger reads them as nouns.
 */
export const CUE_PARTICIPLES: ReadonlyMap<string, string> = new Map([...CUE_LEMMAS.keys()].map((lemma) => [inflect(lemma, 'ing'), lemma]))

function lemmas(kind: CueClass, list: string): Array<[string, CueClass]> {
  return list.split(' ').map((lemma) => [lemma, kind])
}
