import type {Nodes, Parents, Root} from 'mdast'
import {createParser} from '../processor.js'

/** Block nodes a `<!-- slant ignore … -->` comment can stand before. */
const BLOCKS = new Set(['paragraph', 'heading', 'blockquote', 'list', 'table', 'code', 'html', 'thematicBreak'])
/** Parents in which a comment line can sit beside its block. */
const CONTAINERS = new Set(['root', 'listItem', 'blockquote'])

/** Where an ignore comment goes: the start of the block's line, and the line's indentation. */
export interface IgnoreAnchor {
  offset: number
  indent: string
}

/**
 * Where to put `<!-- slant ignore <rule> -->` so that it covers the Markdown block holding each
 * of `offsets`: before the innermost block that starts its line (after indentation only), so
 * that the comment is that block's previous sibling. One parse for all of them.
 */
export function ignoreAnchors(source: string, offsets: readonly number[]): Array<IgnoreAnchor | undefined> {
  if (offsets.length === 0) return []
  const tree = createParser('markdown').parse(source)
  return offsets.map((offset) => anchorIn(tree, source, offset))
}

function anchorIn(tree: Root, source: string, offset: number): IgnoreAnchor | undefined {
  const trail: Array<{node: Nodes; parent: Parents}> = []
  let parent: Parents = tree
  for (;;) {
    const child = childAt(parent.children as Nodes[], offset)
    if (!child) break
    trail.push({node: child, parent})
    if (child.type === 'paragraph' || child.type === 'heading' || !('children' in child)) break
    parent = child as Parents
  }
  for (let i = trail.length - 1; i >= 0; i--) {
    const {node, parent: container} = trail[i]!
    if (!BLOCKS.has(node.type) || !CONTAINERS.has(container.type)) continue
    const start = node.position!.start.offset!
    const lineStart = source.lastIndexOf('\n', start - 1) + 1
    const indent = source.slice(lineStart, start)
    if (/^[ \t]*$/u.test(indent)) return {offset: lineStart, indent}
  }
  return undefined
}

/**
 * The first child whose range holds `offset`, by binary search: siblings are in source order,
 * and a long draft has tens of thousands of them at the root.
 */
function childAt(children: readonly Nodes[], offset: number): Nodes | undefined {
  let low = 0
  let high = children.length
  while (low < high) {
    const mid = (low + high) >> 1
    if ((children[mid]!.position?.end.offset ?? -1) < offset) low = mid + 1
    else high = mid
  }
  const child = children[low]
  return child?.position && child.position.start.offset! <= offset ? child : undefined
}
