/**
 * An utterance, a document or a plan put out by its subject, named as the object of a verb of
 * issuing: "The city sent a cease-and-desist letter", "Clinton has delivered a mostly positive
 * message", "Trump unleashed a flurry of tweets", "the mayor unveiled a plan to cut taxes",
 * "WikiLeaks posted a cache of diplomatic cables". Kind `issued`: the object is the reporter's
 * description of what was put out, so it credits no wording ("released a video of a "terrorist"
 * camp" still doubts the word); "issued a statement saying …" is left to the participle of saying.
 */
import {POSSESSIVE_DETERMINERS} from '../../data/word-classes.js'
import {verbForms} from '../../match/inflect.js'
import {CUE_PARTICIPLES} from '../cues.js'
import type {Attribution} from './types.js'
import {LabelFrames} from './labels.js'
import {UTTERANCES} from './words.js'

/** Verbs of putting out an utterance or a document, and their written forms (checked before any tagging). */
const ISSUING = new Set('issue release deliver send post publish write sign file give pen unveil unleash tweet air run offer voice express'.split(' '))
const ISSUING_FORMS = new Set([...ISSUING].flatMap(verbForms))
/**
 * Plans and proposals, records and pictures, which are put out as much as statements are
 * ("unveiled a plan", "released documents", "posted a photo", "posted a comment").
 */
const PUT_OUT = new Set(
  (
    'plan proposal policy agenda budget strategy initiative platform blueprint document data list poll survey study findings ' +
    'figure record cable photo picture image comment story response evaluation assessment explanation apology defense defence ' +
    'critique rebuttal prediction promise pledge thought tip specific detail condolence prayer concern support opposition ' +
    'objection doubt reservation frustration outrage dismay regret sympathy gratitude'
  )
    .split(' ')
    .flatMap((noun) => [noun, `${noun}s`])
)
/** What may stand in the object before its head: "a flurry of", "a mostly positive", "a cease-and-desist". */
const OBJECT_WORDS = /^(?:DET|ADJ|NOUN|PROPN|NUM|ADV)$/u

export abstract class UtteranceFrames extends LabelFrames {
  protected utteranceObject(k: number): Attribution | undefined {
    if (this.quoted[k] || !ISSUING_FORMS.has(this.words[k]!.norm) || !this.someWordWithin(k + 1, 8, (w) => this.putOut(w.norm))) return undefined
    if (this.language.pos(k) !== 'VERB' || !ISSUING.has(this.language.lemma(k))) return undefined
    let head = -1
    for (let i = k + 1; i < this.end && i - k <= 8 && !this.quoted[i] && /^(?:\s+|-)$/u.test(this.gap(i - 1, i)); i++) {
      const norm = this.words[i]!.norm
      if (this.putOut(norm) && this.language.pos(i) === 'NOUN') head = i
      else if (head >= 0 || (!OBJECT_WORDS.test(this.language.pos(i)) && norm !== 'of' && !POSSESSIVE_DETERMINERS.has(norm))) break
    }
    if (head < 0) return undefined
    // "issued a statement saying …": the participle of saying is the cue.
    if (head + 1 < this.end && CUE_PARTICIPLES.has(this.words[head + 1]!.norm)) return undefined
    const subject = this.subjectBefore(k)
    if (!subject || !this.speaksAsPhrase(subject)) return undefined
    return this.make('issued', subject, {start: k, end: k + 1}, {start: k + 1, end: this.clauseEnd(k + 1)})
  }

  /** A noun for an utterance, a document, a plan or a picture. */
  private putOut(norm: string): boolean {
    return UTTERANCES.has(norm) || UTTERANCES.has(norm.replace(/s$/u, '')) || PUT_OUT.has(norm)
  }
}
