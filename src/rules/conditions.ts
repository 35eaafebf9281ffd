import {BE_FORMS, DISCOURSE} from '../data/word-classes.js'
import {isClause, isSpeakerWord, subjectOf} from '../language/clause.js'
import {creditsContent} from '../voice/attribution.js'
import {contextWindow, textOf, type RuleContext} from './context.js'

/**
 * Whether a match should be reported: what a rule's YAML lists under `when:` (the syntax is in
 * when.ts). Logic that word lists cannot express lives here, not in the data.
 */
export type Condition = (ctx: RuleContext, start: number, end: number) => boolean

/** Words that introduce the names behind a vague group: "critics, including Sen. Jane Doe". */
const NAMING = new Set(['including', 'includes', 'like', 'notably', 'namely', 'led', 'among', 'such'])

/** MOS:WEASEL: vague attribution is fine when the same sentence names who is meant. */
const noNamedSource: Condition = (ctx, start, end) => {
  const {words, sentences} = ctx.prose
  const sentence = sentences[words[start]!.sentence]!
  const {from} = contextWindow(ctx, start, end)
  const last = Math.min(sentence.endWord, end + 8)
  for (let i = from; i < last; i++) {
    if (!NAMING.has(words[i]!.norm)) continue
    for (let j = i + 1; j < Math.min(last + 3, sentence.endWord, i + 5); j++) {
      if (/^\p{Lu}/u.test(words[j]!.text)) return false
    }
  }
  // "Critics (Jane Doe and …)" or "experts at Harvard University say": a name right after the group.
  const next = words[end]
  if (next && next.sentence === sentence.index && /^(?:at|from|with)$/u.test(next.norm)) {
    const after = words[end + 1]
    if (after && /^\p{Lu}/u.test(after.text)) return false
  }
  return true
}

/** Words that show a study is identified: where it was published, or by whom. */
const STUDY_NAMED = /\b(?:published|journal|university|institute|(?:19|20)\d\d)\b/iu

/** A research claim is fine when the sentence names the study (a name, a journal, a year). */
const noNamedStudy: Condition = (ctx, start, end) => {
  const {words, sentences} = ctx.prose
  const sentence = sentences[words[start]!.sentence]!
  const {from, to} = contextWindow(ctx, start, end)
  for (let i = from; i < to; i++) {
    if (i >= start && i < end) continue
    if (i !== sentence.firstWord && /^\p{Lu}/u.test(words[i]!.text)) return false
  }
  return !STUDY_NAMED.test(textOf(ctx, from, to))
}

/** True when some word near the match, in its sentence, is in `set`. */
function sentenceHas(ctx: RuleContext, start: number, set: ReadonlySet<string>): boolean {
  const {from, to} = contextWindow(ctx, start, start + 1)
  for (let i = from; i < to; i++) if (set.has(ctx.prose.words[i]!.norm)) return true
  return false
}

/** `none-near: [words]`: none of the words is near the match in its sentence. */
export function noneNear(set: ReadonlySet<string>): Condition {
  return (ctx, start) => !sentenceHas(ctx, start, set)
}

const words = (list: string) => new Set(list.split(' '))

/** A court or tribunal's finding in the sentence: "the tribunal ruled the killings were genocide". */
const LEGAL_FINDING = words(
  'court courts tribunal tribunals icj icc icty ictr judge judges ruled rules ruling judgment judgement verdict convicted conviction convictions'
)
/** Events whose legal characterisation is settled by international courts. */
const ESTABLISHED = words('srebrenica rwandan holocaust')

const noFinding = noneNear(LEGAL_FINDING)
/** Peace-journalism guidance: genocide, massacre and the like need attribution or a legal finding. */
const noLegalFinding: Condition = (ctx, start, end) => {
  const before = start > 0 ? ctx.prose.words[start - 1]!.norm : ''
  return !ESTABLISHED.has(before) && noFinding(ctx, start, end)
}

const CONVICTION = words('convicted conviction convictions guilty sentenced verdict')

/** AP: nobody is a murderer (or murdered) before a murder conviction. */
const noConviction = noneNear(CONVICTION)

/** Who makes allegations in a crime story: naming one of them sources it. */
const ACCUSERS = words(
  'prosecutor prosecutors police indictment indicted charges charged charge lawsuit complaint court prosecution plaintiff plaintiffs accuser accusers investigators affidavit'
)

/** AP: always name the source of an allegation: the sentence attributes it to someone. */
const unattributed: Condition = (ctx, start) => {
  const sentence = ctx.prose.words[start]!.sentence
  return !ctx.voice.attributions.some((a) => a.sentence === sentence && creditsContent(a)) && !sentenceHas(ctx, start, ACCUSERS)
}

/**
 * The match heads its noun phrase: no noun follows it in the sentence ("an angry mob", "the mob's
 * attack"), where one before a noun modifies it in another sense ("a mob labor racketeer", "mob ties").
 */
const headNoun: Condition = (ctx, _start, end) => !ctx.linked[end - 1] || !/^(?:NOUN|PROPN)$/u.test(ctx.language.pos(end))

/** The verb's subject is someone who can speak: a name, a person or group by role, an organisation, he/she/they. */
const speakerSubject: Condition = (ctx, start) => {
  const subject = subjectOf(ctx.prose, ctx.language, start)
  return subject >= 0 && isSpeakerWord(ctx.prose, ctx.language, subject)
}

/** Words after a verb of criticism that show its figurative sense: "slammed the plan as reckless", "blasted her for…". */
const GROUNDS = new Set(['as', 'for', 'over'])
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me'])

/**
 * A verb like "slam", "blast" or "shoot down" used of words and people, not things: it
 * introduces speech, its object is a person, an organisation or something said or decided
 * ("the plan", "the ruling"), or grounds follow ("as reckless", "for its handling").
 * "Slammed the door", "blasted the rock" and "shot down a drone" stay quiet.
 */
const criticism: Condition = (ctx, start, end) => {
  if (ctx.voice.attributions.some((a) => a.cue.start === start && a.content && isClause(ctx.prose, ctx.language, a.content))) return true
  const {words} = ctx.prose
  const sentence = words[start]!.sentence
  let object: boolean | undefined
  for (let i = end; i < Math.min(words.length, end + 10) && words[i]!.sentence === sentence; i++) {
    const word = words[i]!
    // An object that is a thing ("blasted Hyde's next toss 415 feet over the scoreboard") takes no grounds.
    if (object === false) break
    if (i > end && GROUNDS.has(word.norm)) return true
    if (i > end && !ctx.linked[i - 1]) break
    if (object !== undefined) continue
    if (OBJECT_PRONOUNS.has(word.norm)) return true
    const pos = ctx.language.pos(i)
    // A possessive is the object's determiner, not its head: "Hyde's next toss".
    if (/['\u2019]s$/u.test(word.text) && (pos === 'NOUN' || pos === 'PROPN')) continue
    // ("the president's handling of the pandemic": an -ing form after a possessive is a noun.)
    const gerund = pos === 'VERB' && word.norm.endsWith('ing') && i > end && /['\u2019]s$/u.test(words[i - 1]!.text)
    if (pos === 'NOUN' || pos === 'PROPN' || gerund) {
      // The head of the object: the last noun of its run ("the council's budget plan").
      if (i + 1 < words.length && ctx.linked[i] && /^(?:NOUN|PROPN)$/u.test(ctx.language.pos(i + 1))) continue
      object = DISCOURSE.has(word.norm) || isSpeakerWord(ctx.prose, ctx.language, i)
      if (object) return true
    } else if (pos !== 'DET' && pos !== 'ADJ' && pos !== 'NUM' && pos !== 'PRON') object = false
  }
  return false
}

/** Verbs that link a subject to a feeling: "are nervous", "grew furious", "seemed rattled". */
const LINKING = new Set(
  'be is are was were been being am seem seems seemed appear appears appeared remain remains remained grow grows grew become becomes became feel feels felt look looks looked'.split(
    ' '
  )
)

/**
 * A feeling stated of people: "leaders who are nervous", "the furious mayor", "voters grew
 * angry". The reporter cannot know it; a source must say it.
 */
const feelingOfPeople: Condition = (ctx, start) => {
  const {words} = ctx.prose
  const {language, prose} = ctx
  const sentence = words[start]!.sentence
  // Attributive: the adjective before a person or group ("furious residents").
  const next = words[start + 1]
  if (next && next.sentence === sentence && ctx.linked[start] && language.isNominal(start + 1) && isSpeakerWord(prose, language, start + 1)) return true
  // Predicative: a linking verb before it (adverbs between), whose subject is a person or group.
  for (let i = start - 1; i >= 0 && i >= start - 3 && words[i]!.sentence === sentence; i--) {
    if (LINKING.has(words[i]!.norm)) {
      const subject = subjectOf(prose, language, i)
      return subject >= 0 && isSpeakerWord(prose, language, subject) && words[subject]!.norm !== 'i' && words[subject]!.norm !== 'we'
    }
    if (language.pos(i) !== 'ADV') return false
  }
  return false
}

/**
 * A passive with no named agent: "was heralded as the best" (flag), not "was heralded as
 * "Sportsman of the Year" by Sports Illustrated" or "was hailed by the mayor as …", where the
 * praise is credited to whoever gave it.
 */
const noNamedAgent: Condition = (ctx, start, end) => {
  const {words} = ctx.prose
  const sentence = words[start]!.sentence
  let be = start - 1
  while (be >= 0 && words[be]!.sentence === sentence && ctx.language.pos(be) === 'ADV') be--
  if (be < 0 || words[be]!.sentence !== sentence || !BE_FORMS.has(words[be]!.norm)) return true
  for (let i = end; i < Math.min(words.length, end + 14) && words[i]!.sentence === sentence; i++) {
    if (words[i]!.norm !== 'by') continue
    const agent = words[i + 1]
    if (
      agent &&
      agent.sentence === sentence &&
      (/^\p{Lu}/u.test(agent.text) || isSpeakerWord(ctx.prose, ctx.language, i + 2) || isSpeakerWord(ctx.prose, ctx.language, i + 1))
    )
      return false
  }
  return true
}

/** The conditions `when:` names without an argument. */
export const CONDITIONS: Readonly<Record<string, Condition>> = {
  'speaker-subject': speakerSubject,
  'head-noun': headNoun,
  criticism,
  'feeling-of-people': feelingOfPeople,
  'no-named-source': noNamedSource,
  'no-named-study': noNamedStudy,
  'no-legal-finding': noLegalFinding,
  'no-conviction': noConviction,
  'no-named-agent': noNamedAgent,
  unattributed
}
