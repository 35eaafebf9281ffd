// The bare pipeline, no rules: remark-parse → English nlcst (mdast-util-to-nlcst 7 with
// parse-english), file by file. What any unified prose linter pays before its first rule.
import fs from 'node:fs'
import {toNlcst} from 'mdast-util-to-nlcst'
import {ParseEnglish} from 'parse-english'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {VFile} from 'vfile'

const processor = unified().use(remarkParse)
let nodes = 0
for (const path of process.argv.slice(2)) {
  const file = new VFile({path, value: fs.readFileSync(path, 'utf8')})
  const tree = toNlcst(processor.parse(file), file, ParseEnglish)
  nodes += tree.children.length
}
if (nodes < 0) console.log(nodes)
