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

/** The lines of a docs page's examples: what fires (under `flagged`, marked words in bold), then what stays clean. */
export function exampleLines(flagged: string, examples: {fire: readonly string[]; clean: readonly string[]}): string[] {
  return [flagged, '', examplesMarkdown(examples.fire, true), '', 'Not flagged:', '', examplesMarkdown(examples.clean, false), '']
}

/** Examples as a Markdown list; in `fire` examples the marked words are bold. */
export function examplesMarkdown(list: readonly string[], fire: boolean): string {
  if (list.length === 0) return '_None._'
  return list
    .map((source) => {
      const {text, marks} = parseExample(source)
      let shown = text
      if (fire) for (const mark of [...marks].reverse()) shown = `${shown.slice(0, mark.start)}**${shown.slice(mark.start, mark.end)}**${shown.slice(mark.end)}`
      return `- ${shown.replace(/\n+/gu, ' ')}`
    })
    .join('\n')
}
