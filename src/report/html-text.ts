import {escapeControl} from '../data/escape.js'
import {isSafeUrl} from '../data/safe-url.js'

/** HTML text or attribute value: markup characters as references, control characters as escapes. */
export function esc(text: string): string {
  return escapeControl(text).replace(/[&<>"']/gu, (c) => `&#${c.charCodeAt(0)};`)
}

/** Escaped text with `code` spans for backticks. */
export function code(text: string): string {
  return esc(text).replace(/`([^`]+)`/gu, '<code>$1</code>')
}

/** A link where `url` is an http(s) or relative address; anything else (`javascript:`…) stays text. */
export function link(url: string | undefined, text: string, className?: string): string {
  const cls = className ? ` class="${className}"` : ''
  return url !== undefined && isSafeUrl(url) ? `<a${cls} href="${esc(url)}">${esc(text)}</a>` : `<span${cls}>${esc(text)}</span>`
}

export function countLabel(n: number, noun = 'message'): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`
}
