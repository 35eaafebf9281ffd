/**
 * The main frame, `speech`: a cue word with its speaker before it, after it (inverted: "…, said the
 * ministry"), opening the sentence ("Said Ellis: …"), in a parenthetical or closing the sentence. It
 * skips passives, and hands questions, participles, coordinated cues, stances and a verb with its
 * preposition ("called for an inquiry", `objectPhrase`) to their frames.
 */
import {BE_FORMS} from '../../data/word-classes.js'
import {OBJECT_CUES, OBJECT_PHRASES, SPEECH_VERBS, type CueClass} from '../cues.js'
import type {Attribution, WordRange} from './types.js'
import {StanceFrames} from './stance.js'
import {FINITE, NAMING} from './words.js'

/** Verbs of speech whose infinitive is what was pledged or refused: "vowed to fight", "promised to cut taxes", "refused to comment". */
const INFINITIVE_CUES = new Set('vow promise pledge threaten refuse offer agree hope expect'.split(' '))
/** Verbs of naming and judging someone, which keep their subject before them (never "…, called X"). */
const NAMING_OR_JUDGING = new Set([...NAMING, 'describe', 'accuse', 'charge', 'characterize', 'characterise', 'find', 'show'])
/**
 * Verbs whose object is the person addressed or judged, so the noun after them is never an
 * inverted speaker: "…," Ramos, 58, told AFP; "Mukasey, a former attorney general, criticized
 * Clinton's email use"; "…, thanked Obama for …".
 */
const NEVER_INVERTED = new Set([
  ...NAMING_OR_JUDGING,
  ...(
    'tell inform remind assure reassure criticize criticise praise thank blame condemn slam blast attack dismiss reject ' +
    'defend congratulate hail welcome applaud mock ridicule urge commend lambast lambaste denounce decry laud extol ' +
    'implore advise instruct order direct command dare counsel'
  ).split(' ')
])

/** Verbs that say what something is, in a passive with "as": "was described as", "was hailed as", "was denounced as". */
const PASSIVE_AS_VERBS = new Set(
  (
    'describe characterize characterise portray depict dismiss brand label condemn denounce hail praise criticize criticise ' +
    'slam blast decry deride ridicule lambast lambaste tout bill call'
  ).split(' ')
)

export abstract class SpeechFrames extends StanceFrames {
  /** The attribution whose cue is word `k`, if any (`previous`: the one found last in this sentence). */
  protected speech(k: number, previous: Attribution | undefined): Attribution | undefined {
    const klass = this.cueClass(k)
    if (!klass) return undefined
    const question = this.questionPut(k)
    if (question) return question
    if (this.gerundAfterHave(k)) return undefined
    if (this.passive(k)) return this.passiveNamedBy(k)
    const cue = this.cueRange(k)
    const phrase = this.objectPhrase(k)
    if (phrase) return phrase
    if (this.isParticiple(k)) return this.participle(k, cue, previous)
    const joined = this.coordinated(k, cue, previous)
    if (joined) return joined
    // "vowed to fight", "has promised to cut taxes": an intention, whatever else the verb can do.
    if (INFINITIVE_CUES.has(this.language.lemma(k)) && this.infinitiveAt(this.skipAdverbs(cue.end))) return this.stance('intention', k, cue)
    // Beliefs always need their clause ("believed in counselling" is not attribution), before the
    // verb when it is set off: "Such efforts, they believe, will …", "…, Clinton allies believe."
    if (klass === 'belief' || (klass !== 'speech' && !SPEECH_VERBS.has(this.words[k]!.norm)))
      return this.asideBelief(klass, k, cue) ?? this.stance(klass, k, cue)
    const before = this.boundaryBefore(k)
    // "Said Ellis: "…"": the speaker after the cue, the rest of the sentence what was said.
    // (`"How big is that wall?" asked the boy`: a question mark ended the sentence before a lower-case cue.)
    if (k === this.first && (/^\p{Lu}/u.test(this.words[k]!.text) || this.afterQuotation())) {
      const subject = this.subjectAfter(cue.end)
      // `"Just our luck"! Exclaimed Stram.`: what was said is the quotation before.
      if (subject && this.afterQuotation() && this.shortTail(subject.end)) return this.make('speech', subject, cue, undefined)
      if (subject && subject.end < this.end) return this.make('speech', subject, cue, {start: subject.end, end: this.end})
      // `Stated Stone:` closing its paragraph: what was said is the next one.
      return subject && /^\s*:\s*$/u.test(this.text.slice(this.words[subject.end - 1]!.end)) ? this.make('speech', subject, cue, undefined) : undefined
    }
    // Inverted order after the content: `"…," said Jane Doe.` / `…, said the ministry.`
    // A naming verb or a verb of telling does not invert: `…, called his rival "scripted"` and
    // `…," Ramos, 58, told AFP` have their subject before them.
    if (/[,\u201D"]|''/u.test(before) && !/\p{L}/u.test(before) && !NEVER_INVERTED.has(this.language.lemma(k))) {
      const found = this.subjectAfter(cue.end)
      // "…, said a meeting held Tuesday …" is no inversion: the speaker must name someone or something that speaks;
      // "X, in a statement, said he appreciates …": a subject with its own verb starts the clause said.
      const clause =
        found !== undefined && found.end < this.end && /^\s+$/u.test(this.gap(found.end - 1, found.end)) && /^(?:AUX|VERB)$/u.test(this.language.pos(found.end))
      const subject = found && !clause && this.speaksAsPhrase(found) ? found : undefined
      // After the speaker, an apposition of any length: "said Marta Silva, 61, a cook who …".
      const apposition = subject !== undefined && subject.end < this.end && /,/u.test(this.gap(subject.end - 1, subject.end))
      // Right after the closing mark (`"…," said Sen. Ana Ruiz of Ohio, who …`) the speaker may run on.
      const afterQuote = /[\u201D"]|''/u.test(before)
      // `The contrast, said Ruiz and others, would be clear`: the clause runs on past the aside.
      const aside = apposition && k > this.first && /^(?:AUX|VERB)$/u.test(this.language.pos(subject.end))
      if (subject && (apposition || afterQuote || this.shortTail(subject.end, this.tailBeforeRelative(subject.end)))) {
        return this.make('speech', subject, cue, k > this.first ? {start: this.first, end: aside ? this.end : k} : undefined)
      }
    }
    const issued = this.issuerOfUtterance(k)
    if (issued) return this.make('speech', issued, cue, this.contentAfter(cue.end) ?? {start: cue.end, end: this.end})
    const verb = this.words[k]!.norm
    // "The first of the beliefs, now reads:": before a colon, whatever reads or says is the source.
    const colon = /^\s*:/u.test(this.text.slice(this.words[cue.end - 1]!.end))
    const subject = this.subjectBefore(k) ?? this.subjectAcrossAdjuncts(k, colon) ?? this.infinitiveSubject(k)
    if (!subject) return undefined
    const lead = this.boundaryBefore(subject.start)
    // "…, his daughter, who said he …": the clause after the cue is what was said.
    const between = this.text.slice(this.words[subject.end - 1]!.end, this.words[k]!.start)
    // (`…, John Smith, the data chief, reported.`: an apposition with no verb of its own closing the sentence is no relative clause.)
    const apposed = /^\s*,[^,;]+,\s*$/u.test(between) && !/\b(?:who|which|that|whose)\b/u.test(between) && this.shortTail(cue.end)
    const relative = !apposed && /,|\b(?:who|which)\b/u.test(between)
    // Sentence-final attribution: `…, the interior ministry said.` / `…," he told Le Monde.`
    // `"…," Angela Merkel told reporters after the meeting that …`: a quotation closing right
    // before the subject is what was said, however long the rest.
    const quoteBefore = subject.start > this.first && this.quoted[subject.start - 1] === true && /[\u201D"]|''/u.test(lead)
    if (
      (!relative || quoteBefore) &&
      subject.start > this.first &&
      /[,\u201D"]/u.test(lead) &&
      (quoteBefore || (this.shortTail(cue.end) && !this.adjunctOnly(this.first, subject.start)))
    ) {
      return this.make('speech', subject, cue, {start: this.first, end: subject.start})
    }
    // Parenthetical: `The suspect, police said on Monday, was …`: the whole sentence is reported.
    if (!relative && subject.start > this.first && /,/u.test(lead) && this.parentheticalEnd(cue.end) !== undefined) {
      return this.make('speech', subject, cue, {start: this.first, end: this.end})
    }
    // `"…?" Graham asked.`: a quotation closed the sentence before, and the cue ends this one.
    if (subject.start === this.first && this.shortTail(cue.end) && this.afterQuotation()) return this.make('speech', subject, cue, undefined)
    if (OBJECT_CUES.has(verb) && !this.objectCueSpeaks(subject, cue)) return undefined
    const content = this.contentAfter(cue.end)
    if (!content && !/:\s*$/u.test(this.text.slice(this.words[cue.end - 1]!.end, Math.min(this.sentence.end, this.words[cue.end - 1]!.end + 8)))) {
      // "He said." with nothing reported: still a cue (a quote may precede it in the paragraph).
      if (cue.end !== this.end) return undefined
    }
    return this.make('speech', subject, cue, content)
  }

  /**
   * A passive that says what something is called, with its agent after "by": "the plan was
   * described as a giveaway by Democrats", "was denounced by critics as fearmongering". The agent
   * is the source; what follows "as" is what they said. With no agent the passive credits no one
   * (the agentless-attribution rule reads it).
   */
  private passiveNamedBy(k: number): Attribution | undefined {
    if (!PASSIVE_AS_VERBS.has(this.language.lemma(k))) return undefined
    let as = this.skipAdverbs(k + 1)
    let agent: WordRange | undefined
    // "was denounced by critics as …": the agent first.
    if (this.words[as]?.norm === 'by' && as + 1 < this.end) {
      agent = {start: as + 1, end: this.objectEnd(as + 1)}
      as = agent.end
    }
    if (as >= this.end - 1 || this.words[as]!.norm !== 'as' || this.quoted[as]) return undefined
    let end = this.clauseEnd(as)
    if (!agent) {
      // "… as a giveaway by Democrats": the agent after what it was called, before any comma or verb.
      for (let i = as + 2; i < end && i - as <= 10; i++) {
        if (/[,;:]/u.test(this.gap(i - 1, i)) || /^(?:VERB|AUX)$/u.test(this.language.pos(i))) break
        if (this.words[i]!.norm === 'by' && !this.quoted[i] && i + 1 < this.end) {
          agent = {start: i + 1, end: this.objectEnd(i + 1)}
          end = i
          break
        }
      }
    }
    if (!agent || agent.end <= agent.start || !this.canHold(agent, 'speech')) return undefined
    return this.make('speech', agent, {start: k, end: k + 1}, {start: as + 1, end})
  }

  /** "was told", "had been pointed out": a passive names no speaker (its agent, if any, follows "by"). */
  private passive(k: number): boolean {
    let j = k - 1
    // ("is not expected", "isn't expected": negation too; "was cast as a villain", a participle spelled as its verb.)
    while (j >= this.first && (this.isAdverb(j) || this.words[j]!.norm === 'not')) j--
    const norm = this.words[k]!.norm
    if (j >= this.first && BE_FORMS.has(this.words[j]!.norm.replace(/n['\u2019]t$/u, '')) && (/(?:ed|en|wn|ld|nt)$/u.test(norm) || norm === 'cast')) return true
    // "a survey published by the ministry found …": a participle with its agent after a noun modifies it.
    // (Not across a comma: "…, Ruiz said, by the calendar" closes an aside.)
    return k === j + 1 && k > this.first && this.words[k + 1]?.norm === 'by' && /^\s+$/u.test(this.gap(k, k + 1)) && this.modifiesNoun(k)
  }

  /** "have admitting privileges": an -ing form right after a form of "have" modifies a noun; it is no verb. */
  private gerundAfterHave(k: number): boolean {
    return k > this.first && /ing$/u.test(this.words[k]!.norm) && /^(?:have|has|had|having)$/u.test(this.words[k - 1]!.norm)
  }

  /** "called for an inquiry", "warned of a crisis": verb and preposition are the cue, the object the content. */
  private objectPhrase(k: number): Attribution | undefined {
    const particles = OBJECT_PHRASES.get(this.language.lemma(k))
    if (!particles || k + 2 >= this.end || !particles.has(this.words[k + 1]!.norm) || !/^\s+$/u.test(this.gap(k, k + 1))) return undefined
    if (!this.takesDiscourse(k, this.language.lemma(k))) return undefined
    const cue = {start: k, end: k + 2}
    const subject = this.isParticiple(k) ? this.mainSubject(k) : this.subjectBefore(k)
    if (!subject || !this.canHold(subject, 'speech')) return undefined
    return this.make('speech', subject, cue, {start: k + 2, end: this.end})
  }

  /**
   * A belief set off by commas or a dash, or closing the sentence after one: `Ryan's endorsement,
   * many think, is only a matter of time`, `that won't happen, they believe`. The sentence around
   * it, or before it, is what is believed.
   */
  private asideBelief(klass: CueClass, k: number, cue: WordRange): Attribution | undefined {
    // ("…, Clinton allies believe": a noun phrase the subject reader does not take on its own.)
    const subject = this.subjectOrPhraseBefore(k)
    if (!subject || subject.start <= this.first || !/[,\u2014]\s*$/u.test(this.boundaryBefore(subject.start)) || !this.canHold(subject, klass)) return undefined
    // (A dash after it closes the belief too: "…, Clinton allies believe — backers she will need.")
    if (cue.end === this.end || /^\s*\u2014/u.test(this.gap(cue.end - 1, cue.end)))
      return this.adjunctOnly(this.first, subject.start) ? undefined : this.make('speech', subject, cue, {start: this.first, end: subject.start})
    return /^\s*,/u.test(this.gap(cue.end - 1, cue.end)) ? this.make('speech', subject, cue, {start: this.first, end: this.end}) : undefined
  }

  /** After a cue and a short adjunct, the comma closing a parenthetical attribution (its word index). */
  private parentheticalEnd(from: number): number | undefined {
    for (let i = from; i < Math.min(this.end, from + 5); i++) {
      if (i > from - 1 && /,/u.test(this.gap(i - 1, i))) return i
      if (this.words[i]!.norm === 'that' || FINITE.has(this.words[i]!.norm)) return undefined
    }
    return undefined
  }
}
