import type {Prose} from '../parse/prose.js'
import {winkTagger, type Pos, type Tagger} from './tagger.js'

/** The linguistic view of one word: part of speech and lemma. */
export interface WordTags {
  pos: Pos
  lemma: string
}

const UNTAGGED: WordTags = {pos: 'X', lemma: ''}

/**
 * Parts of speech and lemmas for the words of a prose view, computed per sentence on first use
 * (most sentences never need them) and shared by voice, attribution and the rules.
 */
export class Language {
  private readonly tags: Array<WordTags | undefined>
  private readonly done: Uint8Array

  constructor(
    private readonly prose: Prose,
    private readonly tagger: Tagger = winkTagger
  ) {
    this.tags = new Array<WordTags | undefined>(prose.words.length)
    this.done = new Uint8Array(prose.sentences.length)
  }

  /** Tags of word `index` (its sentence is tagged on first use). */
  word(index: number): WordTags {
    const word = this.prose.words[index]
    if (!word) return UNTAGGED
    if (!this.done[word.sentence]) this.tagSentence(word.sentence)
    return this.tags[index] ?? UNTAGGED
  }

  pos(index: number): Pos {
    return this.word(index).pos
  }

  lemma(index: number): string {
    return this.word(index).lemma
  }

  /** A verb that can carry a clause: a main verb, not an auxiliary or a noun. */
  isVerb(index: number): boolean {
    return this.word(index).pos === 'VERB'
  }

  isNominal(index: number): boolean {
    const pos = this.word(index).pos
    return pos === 'NOUN' || pos === 'PROPN' || pos === 'PRON' || pos === 'NUM'
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
      if (token && token.start < end) this.tags[w] = {pos: token.pos, lemma: token.lemma}
    }
  }
}
