import type {Nodes, Parents, Root} from 'mdast'
import {createParser} from '../processor.js'
import {NAME} from '../constants.js'

/** Block nodes a `<!-- slant ignore … -->` comment can stand before. */
const BLOCKS = new Set(['paragraph', 'heading', 'blockquote', 'list', 'table', 'code', 'html', 'thematicBreak'])
/** Parents in which a comment line can sit beside its block. */
const CONTAINERS = new Set(['root', 'listItem', 'blockquote'])

/** Where an ignore comment goes: the start of the block's line, and the line's indentation. */
export interface IgnoreAnchor {
  offset: number
  indent: string
}

/** The anchor for each of `offsets` in a Markdown `source`, with one parse for all of them. */
export function ignoreAnchors(source: string, offsets: readonly number[]): Array<IgnoreAnchor | undefined> {
  if (offsets.length === 0) return []
  const tree = createParser('markdown').parse(source)
  return offsets.map((offset) => anchorIn(tree, source, offset))
}

/** The line to insert at an anchor to ignore `ruleId` there. */
export function ignoreCommentText(source: string, anchor: IgnoreAnchor, ruleId: string): string {
  const eol = /\r\n/u.test(source) ? '\r\n' : '\n'
  return `${anchor.indent}<!-- ${NAME} ignore ${ruleId} -->${eol}`
}

/**
 * Where to put `<!-- slant ignore <rule> -->` so that it covers the Markdown block holding
 * `offset`: before the innermost block that starts its line (after indentation only), so that
 * the comment is that block's previous sibling. Returns the insertion offset and the text.
 */
export function ignoreCommentEdit(source: string, offset: number, ruleId: string): {offset: number; text: string} | undefined {
  const [anchor] = ignoreAnchors(source, [offset])
  return anchor && {offset: anchor.offset, text: ignoreCommentText(source, anchor, ruleId)}
}

function anchorIn(tree: Root, source: string, offset: number): IgnoreAnchor | undefined {
  const trail: Array<{node: Nodes; parent: Parents}> = []
  let parent: Parents = tree
  for (;;) {
    const child = (parent.children as Nodes[]).find((n) => n.position && n.position.start.offset! <= offset && offset <= n.position.end.offset!)
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
