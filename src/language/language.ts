import type {Prose} from '../parse/prose.js'
import {winkTagger, type Pos, type Tagger} from './tagger.js'

/** The linguistic view of one word: part of speech and lemma. */
export interface WordTags {
  pos: Pos
  lemma: string
}

const UNTAGGED: WordTags = {pos: 'X', lemma: ''}

/** Every part of speech by its one-byte code; code 0 is a word no token covers (untagged). */
const POS: readonly Pos[] = [
  'X',
  'ADJ',
  'ADP',
  'ADV',
  'AUX',
  'CCONJ',
  'DET',
  'INTJ',
  'NOUN',
  'NUM',
  'PART',
  'PRON',
  'PROPN',
  'PUNCT',
  'SCONJ',
  'SYM',
  'VERB',
  'X',
  'SPACE'
]
const UNTAGGED_CODE = 0
const POS_CODE = new Map(POS.map((pos, code) => [pos, code] as const).slice(UNTAGGED_CODE + 1))

/**
 * Parts of speech and lemmas for the words of a prose view, computed per sentence on first use
 * (most sentences never need them) and shared by voice, attribution and the rules. Stored as
 * a byte and a lemma number per word (an object per word cost about 50 bytes, a tenth of a
 * large draft's memory); the lemmas, a small vocabulary, are kept once each.
 */
export class Language {
  private readonly posCodes: Uint8Array
  private readonly lemmaIds: Uint32Array
  private readonly lemmas: string[] = ['']
  private readonly lemmaIdOf = new Map<string, number>()
  private readonly done: Uint8Array

  constructor(
    private readonly prose: Prose,
    private readonly tagger: Tagger = winkTagger
  ) {
    this.posCodes = new Uint8Array(prose.words.length)
    this.lemmaIds = new Uint32Array(prose.words.length)
    this.done = new Uint8Array(prose.sentences.length)
  }

  /** How many sentences have been tagged so far: the lazy layer's cost, for tests and the bench. */
  get taggedSentences(): number {
    let count = 0
    for (const done of this.done) count += done
    return count
  }

  /** Tags of word `index` (its sentence is tagged on first use). */
  word(index: number): WordTags {
    const code = this.code(index)
    return code === UNTAGGED_CODE ? UNTAGGED : {pos: POS[code]!, lemma: this.lemmas[this.lemmaIds[index]!]!}
  }

  pos(index: number): Pos {
    return POS[this.code(index)]!
  }

  lemma(index: number): string {
    return this.code(index) === UNTAGGED_CODE ? '' : this.lemmas[this.lemmaIds[index]!]!
  }

  /** A verb that can carry a clause: a main verb, not an auxiliary or a noun. */
  isVerb(index: number): boolean {
    return this.pos(index) === 'VERB'
  }

  isNominal(index: number): boolean {
    const pos = this.pos(index)
    return pos === 'NOUN' || pos === 'PROPN' || pos === 'PRON' || pos === 'NUM'
  }

  /** The part-of-speech code of word `index`, its sentence tagged first if need be. */
  private code(index: number): number {
    const word = this.prose.words[index]
    if (!word) return UNTAGGED_CODE
    if (!this.done[word.sentence]) this.tagSentence(word.sentence)
    return this.posCodes[index]!
  }

  private tagSentence(index: number): void {
    this.done[index] = 1
    const sentence = this.prose.sentences[index]!
    const text = this.prose.blocks[sentence.block]!.text.slice(sentence.start, sentence.end)
    const tokens = this.tagger(text)
    // Each word takes the tags of the first token that overlaps it ("don't": "do").
    let t = 0
    for (let w = sentence.firstWord; w < sentence.endWord; w++) {
      const word = this.prose.words[w]!
      const start = word.start - sentence.start
      const end = word.end - sentence.start
      while (t < tokens.length && tokens[t]!.end <= start) t++
      const token = tokens[t]
      if (token && token.start < end) {
        this.posCodes[w] = POS_CODE.get(token.pos) ?? POS_CODE.get('X')!
        this.lemmaIds[w] = this.lemmaId(token.lemma)
      }
    }
  }

  private lemmaId(lemma: string): number {
    let id = this.lemmaIdOf.get(lemma)
    if (id === undefined) {
      id = this.lemmas.push(lemma) - 1
      this.lemmaIdOf.set(lemma, id)
    }
    return id
  }
}
