/** A rule example with its `[[…]]` marks taken out: the text and the ranges that must be flagged. */
export interface Example {
  text: string
  marks: Array<{start: number; end: number}>
}

export function parseExample(source: string): Example {
  const marks: Example['marks'] = []
  let text = ''
  let at = 0
  for (const match of source.matchAll(/\[\[(.*?)\]\]/gsu)) {
    text += source.slice(at, match.index)
    marks.push({start: text.length, end: text.length + match[1]!.length})
    text += match[1]
    at = match.index + match[0].length
  }
  text += source.slice(at)
  return {text, marks}
}
