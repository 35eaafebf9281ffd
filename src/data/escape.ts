/**
 * Characters a terminal would act on or that reorder text on screen: C0 controls, DEL, C1
 * controls (CSI among them), and the Unicode direction controls. Tab and newline are text.
 */
const CONTROL = /[\0-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu
const CONTROL_AND_LINES = /[\0-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/gu

/**
 * `text` with each control character written as an escape (`\x1b`, `\u202e`), for output a
 * person reads: a draft or a config can hold anything, and none of it may drive the terminal.
 * With `oneLine`, tabs and line breaks are escaped too (for one-line errors).
 */
export function escapeControl(text: string, options: {oneLine?: boolean} = {}): string {
  return text.replace(options.oneLine ? CONTROL_AND_LINES : CONTROL, (c) => {
    const code = c.charCodeAt(0)
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`
  })
}
