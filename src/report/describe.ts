import type {VFile} from 'vfile'
import type {SlantMessage, SlantMessageData} from '../message.js'

/** Who the flagged words belong to, in words an editor reads (hover text, HTML report). */
export function describeVoice(data: Pick<SlantMessageData, 'voice' | 'speaker'> | undefined): string | undefined {
  if (!data) return undefined
  const speaker = data.speaker
  switch (data.voice) {
    case 'narrative':
      return "the reporter's own words"
    case 'headline':
      return "a headline, in the reporter's voice"
    case 'quote':
      return speaker ? `a quotation from ${speaker}` : 'a quotation with no named speaker'
    case 'reported':
      return speaker ? `reported speech, credited to ${speaker}` : 'reported speech'
    case 'scare':
      return 'scare quotes: quoted, but credited to no one'
    default:
      return undefined
  }
}

/** The note without its trailing "Source: guide <url>" part, and the source guide and link. */
export function splitNote(message: SlantMessage): {why?: string; guide?: string; url?: string} {
  const note = message.note ?? ''
  const match = /^(.*?)\s*Source: (.*?)(?: <([^>]+)>)?$/su.exec(note)
  if (!match) return note ? {why: note} : {}
  const out: {why?: string; guide?: string; url?: string} = {}
  if (match[1]) out.why = match[1]
  if (match[2]) out.guide = match[2]
  if (match[3]) out.url = match[3]
  return out
}

/** The file's messages, typed. */
export function messagesOf(file: VFile): SlantMessage[] {
  return file.messages as SlantMessage[]
}
