import {analyzeVoice} from '../dist/index.js'

/** The voice of each word of `text`, as "word/voice" pairs (narrative words bare). */
export function voices(text, options) {
  const {prose, voice} = analyzeVoice(text, options)
  return prose.words.map((w) => (voice.voices[w.index] === 'narrative' ? w.text : `${w.text}/${voice.voices[w.index]}`)).join(' ')
}

/** The voice of the first occurrence of `word`. */
export function voiceOf(text, word, options) {
  const {prose, voice} = analyzeVoice(text, options)
  const w = prose.words.find((x) => x.text === word)
  if (!w) throw new Error(`no word ${word}`)
  return voice.voices[w.index]
}

/** Each quotation as {kind, text, speaker}. */
export function quotations(text, options) {
  const {prose, voice} = analyzeVoice(text, options)
  const words = (r) =>
    r
      ? prose.words
          .slice(r.start, r.end)
          .map((w) => w.text)
          .join(' ')
      : undefined
  return voice.quotations.map((q) => ({kind: q.kind, text: prose.blocks[q.block].text.slice(q.start, q.end), speaker: words(q.speaker)}))
}

/** Each attribution as its source, cue and content words (joined by spaces; '' when absent). */
export function attributionParts(text, options) {
  const {prose, voice} = analyzeVoice(text, options)
  const span = (range) =>
    range
      ? prose.words
          .slice(range.start, range.end)
          .map((w) => w.text)
          .join(' ')
      : ''
  return voice.attributions.map((a) => ({source: span(a.source), cue: span(a.cue), content: span(a.content)}))
}

/** The source of each attribution in `text` that names one, as its words. */
export function attributionSources(text, options) {
  const {prose, voice} = analyzeVoice(text, options)
  return voice.attributions.flatMap(({source}) =>
    source
      ? [
          prose.words
            .slice(source.start, source.end)
            .map((w) => w.text)
            .join(' ')
        ]
      : []
  )
}
