import type {Nodes, Root} from 'mdast'
import {gfmAutolinkLiteralFromMarkdown} from 'mdast-util-gfm-autolink-literal'
import {gfmFootnoteFromMarkdown} from 'mdast-util-gfm-footnote'
import {gfmStrikethroughFromMarkdown} from 'mdast-util-gfm-strikethrough'
import {gfmTableFromMarkdown} from 'mdast-util-gfm-table'
import {gfmTaskListItemFromMarkdown} from 'mdast-util-gfm-task-list-item'
import {gfmAutolinkLiteral} from 'micromark-extension-gfm-autolink-literal'
import {gfmFootnote} from 'micromark-extension-gfm-footnote'
import {gfmStrikethrough} from 'micromark-extension-gfm-strikethrough'
import {gfmTable} from 'micromark-extension-gfm-table'
import {gfmTaskListItem} from 'micromark-extension-gfm-task-list-item'
import {combineExtensions} from 'micromark-util-combine-extensions'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'

/** Text that may hold a GFM autolink literal (`www.…`, `http(s)://…`, an e-mail address). */
const AUTOLINK_HINT = /@|www|http/iu

/**
 * A line that may be a table's delimiter row (`| --- | :-: |`, `:--`): only spaces, tabs,
 * block quote marks, pipes, colons and dashes, with a dash and a pipe or colon. Every GFM table
 * has one (a line of dashes alone is a thematic break or a heading's underline).
 */
const TABLE_HINT = /^[ \t>|:-]*(?:[|:][ \t>|:-]*-|-[ \t>|:-]*[|:])[ \t>|:-]*$/mu

/**
 * unified plugin, in place of remark-gfm (the same extensions, in the same order), that leaves
 * out the two costly ones where they cannot apply. Tables are parsed only when the Markdown has
 * a line that may be a delimiter row; autolink literals only when, parsed without them, some
 * text holds `@`, `www` or `http` (then it is parsed again with them). The tree is remark-gfm's:
 * no other construct starts at a letter or `@`, so without the autolink constructs the
 * characters that start one are plain text, and the transform that finds the rest links only
 * text with them; a table tried where none forms leaves no trace. The table construct reads the
 * first line of every paragraph and the autolink one tries every letter, so leaving them out
 * takes about a fifth off a lint of news prose, whose URLs are in links
 * (test/parse-speed-gfm.test.js compares the trees); a piece (see parseInPieces) with a bare
 * address in its text is parsed twice.
 */
export const gfmOnDemand: Plugin<[], string, Root> = function () {
  const data = this.data()
  const micromark = (data.micromarkExtensions ??= [])
  const mdast = (data.fromMarkdownExtensions ??= [])
  const footnote = [gfmFootnote(), gfmFootnoteFromMarkdown()] as const
  const strikethrough = [gfmStrikethrough(), gfmStrikethroughFromMarkdown()] as const
  const taskListItem = [gfmTaskListItem(), gfmTaskListItemFromMarkdown()] as const
  const table = [gfmTable(), gfmTableFromMarkdown()] as const
  const autolink = [gfmAutolinkLiteral(), gfmAutolinkLiteralFromMarkdown()] as const
  // Each combination once, in remark-gfm's order, by `autolinks * 2 + tables`.
  const variants = [0, 1, 2, 3].map((key) => {
    const parts = [...(key & 2 ? [autolink] : []), footnote, strikethrough, ...(key & 1 ? [table] : []), taskListItem]
    return {micromark: combineExtensions(parts.map(([syntax]) => syntax)), mdast: parts.map(([, fromMarkdown]) => fromMarkdown)}
  })
  const slot = micromark.push(variants[0]!.micromark) - 1
  const mdastSlot = mdast.push(variants[0]!.mdast) - 1
  const parse = this.parser!
  // remark-parse reads the extensions on each parse; parsing is synchronous, so nothing else
  // sees them swapped.
  const parseWith = (key: number, document: string, file: VFile): Root => {
    micromark[slot] = variants[key]!.micromark
    mdast[mdastSlot] = variants[key]!.mdast
    try {
      return parse(document, file) as Root
    } finally {
      micromark[slot] = variants[0]!.micromark
      mdast[mdastSlot] = variants[0]!.mdast
    }
  }
  this.parser = (document, file) => {
    const tables = TABLE_HINT.test(document) ? 1 : 0
    const tree = parseWith(tables, document, file)
    return hasAutolinkHint(tree) ? parseWith(2 + tables, document, file) : tree
  }
}

function hasAutolinkHint(node: Nodes): boolean {
  if (node.type === 'text') return AUTOLINK_HINT.test(node.value)
  if ('children' in node) for (const child of node.children) if (hasAutolinkHint(child)) return true
  return false
}
