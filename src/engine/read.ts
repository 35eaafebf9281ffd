import {MAX_FILE_BYTES} from '../constants.js'
import {readCapped} from '../data/read-capped.js'

/** A draft's text (without its byte order mark, `bom` says if it had one), or why it cannot be linted. */
export type ReadResult = {value: string; bom?: boolean} | {problem: string}

const utf8 = new TextDecoder('utf-8', {fatal: true})

/** Reads a draft as UTF-8 text, or says in one line why it cannot be linted. */
export function readDraft(file: string): ReadResult {
  const read = readCapped(file, MAX_FILE_BYTES)
  return 'problem' in read ? {problem: `${read.problem}; not linted`} : decodeDraft(read.bytes)
}

export function decodeDraft(bytes: Uint8Array): ReadResult {
  const nul = bytes.indexOf(0)
  if (nul >= 0) return {problem: `binary file (NUL byte at offset ${nul}); not linted`}
  try {
    const value = utf8.decode(bytes)
    return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? {value, bom: true} : {value}
  } catch {
    return {problem: `not valid UTF-8 (first bad byte at offset ${firstInvalidByte(bytes)}); save the file as UTF-8`}
  }
}

function firstInvalidByte(bytes: Uint8Array): number {
  // Decode leniently and count the bytes of the characters before the first replacement
  // character that the file did not really contain (EF BF BD).
  const text = new TextDecoder('utf-8').decode(bytes)
  let offset = 0
  for (const ch of text) {
    const code = ch.codePointAt(0)!
    if (code === 0xfffd && !(bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd)) return offset
    offset += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4
  }
  return offset
}
