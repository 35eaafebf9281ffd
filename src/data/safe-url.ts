/**
 * Whether a URL from data (a rule's or a house vocabulary's `source.url`) may become a link: an
 * `http:` or `https:` URL, or a relative one. No whitespace or control characters (browsers
 * drop them, so `java\tscript:` is `javascript:`), no quotes or angle brackets.
 */
export function isSafeUrl(url: string): boolean {
  if (url === '' || /[\0-\x20\x7f-\x9f"'<>\\`\u2028\u2029]/u.test(url)) return false
  const scheme = /^([^/?#:]*):/u.exec(url)?.[1]
  return scheme === undefined || /^https?$/iu.test(scheme)
}
