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

/** Text that may hold a GFM autolink literal (`www.…`, `http(s)://…`, an e-mail address). */
const AUTOLINK_HINT = /@|www|http/iu

/**
 * unified plugin, in place of remark-gfm (the same extensions, in the same order): the parser
 * runs without the autolink literals first, and again with them only when some text holds
 * `@`, `www` or `http`. The tree is then remark-gfm's: no other construct starts at a letter or
 * `@`, so without the autolink constructs the characters that start one are plain text, and
 * the transform that finds the rest links only text with them. The autolink tokenizer tries
 * every letter of the document, so leaving it out takes about a fifth off a lint of news prose,
 * whose URLs are in links (test/parse-speed-autolink.test.js compares the trees); a piece
 * (see parseInPieces) with a bare address in its text is parsed twice.
 */
export const gfmLazyAutolinks: Plugin<[], string, Root> = function () {
  const data = this.data()
  const micromark = (data.micromarkExtensions ??= [])
  const mdast = (data.fromMarkdownExtensions ??= [])
  const gfmParts = [gfmFootnote(), gfmStrikethrough(), gfmTable(), gfmTaskListItem()]
  const mdastParts = [gfmFootnoteFromMarkdown(), gfmStrikethroughFromMarkdown(), gfmTableFromMarkdown(), gfmTaskListItemFromMarkdown()]
  // remark-gfm's order: autolink literals first.
  const withAutolinks = combineExtensions([gfmAutolinkLiteral(), ...gfmParts])
  const mdastWithAutolinks = [gfmAutolinkLiteralFromMarkdown(), ...mdastParts]
  const without = combineExtensions(gfmParts)
  const slot = micromark.push(without) - 1
  const mdastSlot = mdast.push(mdastParts) - 1
  const parse = this.parser!
  this.parser = (document, file) => {
    const tree = parse(document, file) as Root
    if (!hasAutolinkHint(tree)) return tree
    // remark-parse reads the extensions on each parse; parsing is synchronous, so nothing else
    // sees them swapped.
    micromark[slot] = withAutolinks
    mdast[mdastSlot] = mdastWithAutolinks
    try {
      return parse(document, file)
    } finally {
      micromark[slot] = without
      mdast[mdastSlot] = mdastParts
    }
  }
}

function hasAutolinkHint(node: Nodes): boolean {
  if (node.type === 'text') return AUTOLINK_HINT.test(node.value)
  if ('children' in node) for (const child of node.children) if (hasAutolinkHint(child)) return true
  return false
}
