/** Where YAML or TOML front matter (`---` or `+++` fences from the first line) ends, or 0. */
export function frontMatterEnd(source: string): number {
  const open = /^(---|\+\+\+)[ \t]*\r?\n/u.exec(source.slice(0, 8))
  if (!open) return 0
  const fence = open[1] === '---' ? '---' : '\\+\\+\\+'
  const close = new RegExp(`\\n${fence}[ \\t]*(?:\\r?\\n|$)`, 'u').exec(source)
  return close ? close.index + close[0].length : 0
}
