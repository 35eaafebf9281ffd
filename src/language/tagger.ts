import {winkLibrary} from './wink-library.js'

/** Universal Dependencies part-of-speech tags, as wink-nlp's English model gives them. */
export type Pos =
  'ADJ' | 'ADP' | 'ADV' | 'AUX' | 'CCONJ' | 'DET' | 'INTJ' | 'NOUN' | 'NUM' | 'PART' | 'PRON' | 'PROPN' | 'PUNCT' | 'SCONJ' | 'SYM' | 'VERB' | 'X' | 'SPACE'

/** One token of tagged text: where it is in the text, its part of speech and lemma. */
export interface Token {
  start: number
  end: number
  pos: Pos
  lemma: string
}

/** Tags a piece of text (a sentence) into tokens with offsets into that text. */
export type Tagger = (text: string) => Token[]

interface WinkDoc {
  tokens(): {out(field: unknown): string[]}
}
interface WinkNlp {
  readDoc(text: string): WinkDoc
  its: {value: unknown; pos: unknown; lemma: unknown; precedingSpaces: unknown}
}

// The model costs about half a second to load, so it is loaded on the first sentence that needs
// tags, and once: the loaded model is immutable and the tagger keeps no state between documents.
let loaded: WinkNlp | undefined

function wink(): WinkNlp {
  if (!loaded) {
    const {winkNlp, model} = winkLibrary()
    loaded = winkNlp(model, ['pos']) as WinkNlp
  }
  return loaded
}

/** No word is longer than this; a longer run without spaces is a URL, a hash or garbage. */
const LONGEST_WORD = 200
// (Code units, not code points: a non-unicode expression is several times faster, and a test
// for one run first spares the replace on the sentences, nearly all, that have none.)
const LONG_RUN = new RegExp(`\\S{${LONGEST_WORD + 1},}`, 'g')
const HAS_LONG_RUN = new RegExp(`\\S{${LONGEST_WORD + 1}}`)

/**
 * The text with every run of more than LONGEST_WORD non-space characters blanked out (offsets
 * kept): wink tests each token with a regular expression (`/[a-z].*\.$/`) whose time grows with
 * the square of the token's length, so a 3 MB paragraph without a space would take hours.
 */
function blankLongRuns(text: string): string {
  return text.length > LONGEST_WORD && HAS_LONG_RUN.test(text) ? text.replace(LONG_RUN, (run) => ' '.repeat(run.length)) : text
}

/**
 * wink-nlp's tagger (wink-eng-lite-web-model). Offsets come from each token's preceding spaces
 * and value, which wink keeps losslessly; a token that is not found where expected (a
 * normalised character) is searched for a few characters ahead, else given a zero-width span.
 * wink leaves some tokens without a lemma ("ive" in "surv ive.", found by fuzzing): the token
 * is its own lemma then.
 */
export const winkTagger: Tagger = (text) => {
  const nlp = wink()
  const tokens = nlp.readDoc(blankLongRuns(text)).tokens()
  const values = tokens.out(nlp.its.value)
  const spaces = tokens.out(nlp.its.precedingSpaces)
  const tags = tokens.out(nlp.its.pos) as Pos[]
  const lemmas = tokens.out(nlp.its.lemma) as Array<string | null | undefined>
  const out: Token[] = []
  let at = 0
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!
    at += spaces[i]!.length
    let start = at
    if (!text.startsWith(value, at)) {
      const found = text.indexOf(value, at)
      start = found >= 0 && found - at < 8 ? found : at
    }
    const end = text.startsWith(value, start) ? start + value.length : start
    out.push({start, end, pos: tags[i]!, lemma: (lemmas[i] ?? value).toLowerCase()})
    at = Math.max(at, end)
  }
  return out
}
