// Bad configurations, each with the key path its one-line error must name. Shared by the unit
// test (the engine in-process: a DataError, nothing on Object.prototype) and the end-to-end
// test (the CLI: exit 2, one line, no stack trace).

/** A .slantrc.json holding `value`. @param {unknown} value */
const json = (value) => ({'.slantrc.json': JSON.stringify(value)})
/**
 * JSON text nesting `leaf` `depth` mappings deep (JSON.stringify itself overflows the stack there).
 * @param {number} depth
 * @param {unknown} leaf
 */
const deep = (depth, leaf) => `${'{"narrative": '.repeat(depth)}${JSON.stringify(leaf)}${'}'.repeat(depth)}`

/**
 * [what, files, the file and key path the message names (a RegExp source)].
 * @type {Array<[string, Record<string, string>, string]>}
 */
export const BAD_CONFIGS = [
  // wrong types
  [
    'the configuration is a list',
    json(['ap']),
    String.raw`\.slantrc\.json: expected the configuration to be a mapping|\.slantrc\.json: the configuration: expected a mapping`
  ],
  ['rules is a list', json({rules: ['puffery']}), String.raw`\.slantrc\.json: rules: expected a mapping`],
  ['a setting is a number', json({rules: {puffery: 7}}), String.raw`\.slantrc\.json: rules\.puffery: expected off, info, warn, error`],
  ['a setting is an unknown word', json({rules: {puffery: 'loud'}}), String.raw`rules\.puffery: expected off`],
  ['a setting is an empty list', json({rules: {puffery: []}}), String.raw`rules\.puffery: expected \[severity\]`],
  ['a setting list is too long', json({rules: {puffery: ['warn', {}, 3]}}), String.raw`rules\.puffery: expected \[severity\]`],
  ['a setting list has a bad severity', json({rules: {puffery: ['loud']}}), String.raw`rules\.puffery\[0\]: expected off`],
  ['a setting list has text for options', json({rules: {puffery: ['warn', 'x']}}), String.raw`rules\.puffery\[1\]: expected a mapping`],
  ['a severity key is bad', json({rules: {puffery: {severity: 'loud'}}}), String.raw`rules\.puffery\.severity: expected off`],
  ['an option of the wrong type', json({rules: {equality: ['warn', {ids: 'x'}]}}), String.raw`rules\.equality\[1\]\.ids: expected a list of text, got "x"`],
  ['an option list holding a number', json({rules: {equality: {ids: ['spaz', 1]}}}), String.raw`rules\.equality\.ids\[1\]: expected text, got 1`],
  [
    'a boolean option given text',
    json({rules: {'speech-verb': {'legal-context': 'yes'}}}),
    String.raw`rules\.speech-verb\.legal-context: expected true or false`
  ],
  [
    'a map of lists given text',
    json({rules: {extrajudicial: {words: {judicial: 'court'}}}}),
    String.raw`rules\.extrajudicial\.words\.judicial: expected a list of text`
  ],
  ['a map given a list', json({rules: {extrajudicial: {contexts: []}}}), String.raw`rules\.extrajudicial\.contexts: expected a map of text`],
  ['voices is a list', json({rules: {puffery: {voices: ['quote']}}}), String.raw`rules\.puffery\.voices: expected a mapping`],
  ['a voice policy is unknown', json({rules: {puffery: {voices: {quote: 'loud'}}}}), String.raw`rules\.puffery\.voices\.quote: expected one of on, off`],
  ['preset is a number', json({preset: 7}), String.raw`\.slantrc\.json: preset: expected text`],
  ['a preset list holds a number', json({preset: ['ap', 7]}), String.raw`preset\[1\]: expected text`],
  ['attribution is a list', json({attribution: []}), String.raw`attribution: expected a mapping`],
  ['attribution verbs is text', json({attribution: {verbs: 'quipped'}}), String.raw`attribution\.verbs: expected a list`],
  ['an attribution verb is a mapping', json({attribution: {verbs: ['quipped', {}]}}), String.raw`attribution\.verbs\[1\]: expected text`],
  ['prefer is a list', json({prefer: ['Burma']}), String.raw`prefer: expected a mapping`],
  ['a prefer entry is a number', json({prefer: {Burma: 3}}), String.raw`prefer\.Burma: expected a mapping`],
  ['a prefer suggestion is a number', json({prefer: {Burma: {use: [1]}}}), String.raw`prefer\.Burma\.use\[0\]: expected text`],
  ['an avoid source has no url', json({avoid: {spin: {source: {guide: 'house'}}}}), String.raw`avoid\.spin\.source\.url: expected text`],
  ['allow is text', json({allow: 'Legendary'}), String.raw`allow: expected a list`],
  ['an allow entry is null', json({allow: ['Legendary', null]}), String.raw`allow\[1\]: expected text, got null`],
  // unknown keys, rules and options
  ['an unknown setting', json({presets: 'ap'}), String.raw`\.slantrc\.json: presets: unknown setting`],
  ['an unknown rule', json({rules: {'no-such-rule': 'off'}}), String.raw`rules\.no-such-rule: unknown rule`],
  ['an unknown option', json({rules: {equality: ['warn', {idz: ['spaz']}]}}), String.raw`rules\.equality\[1\]\.idz: unknown option of .equality.`],
  ['an option a code rule does not have', json({rules: {'scare-quotes': {when: ['unattributed']}}}), String.raw`rules\.scare-quotes\.when: unknown option`],
  ['an unknown voice', json({rules: {puffery: {voices: {narrator: 'off'}}}}), String.raw`rules\.puffery\.voices\.narrator: unknown voice`],
  ['an unknown attribution key', json({attribution: {verb: ['quipped']}}), String.raw`attribution\.verb: unknown setting`],
  ['an unknown vocabulary key', json({prefer: {Burma: {usee: 'Myanmar'}}}), String.raw`prefer\.Burma\.usee: unknown key`],
  ['an unknown preset', json({preset: 'tabloid'}), String.raw`\.slantrc\.json: preset: unknown preset .tabloid.`],
  ['an unknown preset in a list', json({preset: ['ap', 'tabloid']}), String.raw`preset\[1\]: unknown preset .tabloid.`],
  ['an unknown genre', json({genre: 'tabloid'}), String.raw`genre: expected one of news`],
  ['an empty vocabulary term', json({prefer: {' ': 'x'}}), String.raw`prefer\." ": a vocabulary entry needs a term`],
  // bad conditions
  [
    'an unknown condition',
    json({rules: {'loaded-violence': ['error', {when: ['no-legal-finding', 'bogus']}]}}),
    String.raw`rules\.loaded-violence\[1\]\.when\[1\]: expected one of [a-z, -]*no-named-source`
  ],
  [
    'conditions given as text',
    json({rules: {'loaded-violence': {when: 'no-legal-finding'}}}),
    String.raw`rules\.loaded-violence\.when: expected a list of conditions`
  ],
  ['a condition given as a number', json({rules: {weasel: {when: [3]}}}), String.raw`rules\.weasel\.when\[0\]: expected one of`],
  [
    'a condition argument of the wrong kind',
    json({rules: {stance: ['warn', {when: [{before: 'cash'}]}]}}),
    String.raw`rules\.stance\[1\]\.when\[0\]\.before: expected one of amount, money, verb`
  ],
  [
    'a bad kind in a list of kinds',
    json({rules: {stance: {when: [{before: ['money', 'cash']}]}}}),
    String.raw`rules\.stance\.when\[0\]\.before\[1\]: expected one of amount`
  ],
  [
    'an unknown condition with an argument',
    json({rules: {stance: {when: [{befor: 'money'}]}}}),
    String.raw`rules\.stance\.when\[0\]\.befor: unknown condition with an argument`
  ],
  [
    'two conditions in one mapping',
    json({rules: {stance: {when: [{before: 'money', after: 'superlative'}]}}}),
    String.raw`rules\.stance\.when\[0\]: expected one condition name and its argument`
  ],
  [
    'a word list with a number',
    json({rules: {weasel: {when: [{'none-near': ['critics', 3]}]}}}),
    String.raw`rules\.weasel\.when\[0\]\.none-near\[1\]: expected text, got 3`
  ],
  // prototype keys
  ['__proto__ as a setting', {'.slantrc.json': '{"__proto__": {"polluted": true}}'}, String.raw`__proto__: unknown setting`],
  ['constructor as a setting', json({constructor: {prototype: {polluted: true}}}), String.raw`constructor: unknown setting`],
  ['__proto__ as a rule id', {'.slantrc.json': '{"rules": {"__proto__": {"polluted": true}}}'}, String.raw`rules\.__proto__: unknown rule`],
  ['constructor as a severity', json({rules: {puffery: 'constructor'}}), String.raw`rules\.puffery: expected off`],
  ['toString as a severity', json({rules: {puffery: ['toString']}}), String.raw`rules\.puffery\[0\]: expected off`],
  [
    '__proto__ as an option',
    {'.slantrc.json': '{"rules": {"puffery": {"__proto__": {"polluted": true}}}}'},
    String.raw`rules\.puffery\.__proto__: unknown option`
  ],
  ['toString as a voice', json({rules: {puffery: {voices: {toString: 'off'}}}}), String.raw`rules\.puffery\.voices\.toString: unknown voice`],
  [
    '__proto__ in an option map',
    {'.slantrc.json': '{"rules": {"extrajudicial": {"words": {"__proto__": "x"}}}}'},
    String.raw`rules\.extrajudicial\.words\.__proto__: expected a list of text`
  ],
  ['toString as a condition', json({rules: {weasel: {when: ['toString']}}}), String.raw`rules\.weasel\.when\[0\]: expected one of`],
  [
    'constructor as a condition with an argument',
    json({rules: {weasel: {when: [{constructor: 'x'}]}}}),
    String.raw`rules\.weasel\.when\[0\]\.constructor: unknown condition`
  ],
  [
    '__proto__ in a vocabulary entry',
    {'.slantrc.json': '{"prefer": {"Burma": {"__proto__": {"use": "x"}}}}'},
    String.raw`prefer\.Burma\.__proto__: unknown key`
  ],
  // huge and deep
  [
    'a huge list with one bad entry at the end',
    json({allow: [...Array.from({length: 50_000}, (_, i) => `phrase ${i}`), 5]}),
    String.raw`allow\[50000\]: expected text, got 5`
  ],
  [
    'a huge option list with one bad entry',
    json({rules: {equality: {ids: [...Array(100_000).fill('spaz'), false]}}}),
    String.raw`rules\.equality\.ids\[100000\]: expected text`
  ],
  [
    'a huge rules map',
    json({rules: Object.fromEntries(Array.from({length: 30_000}, (_, i) => [`rule-${i}`, 'off']))}),
    String.raw`rules\.rule-0: unknown rule`
  ],
  [
    'deep nesting in voices',
    {'.slantrc.json': `{"rules": {"puffery": {"voices": ${deep(50_000, 'off')}}}}`},
    String.raw`rules\.puffery\.voices\.narrative: expected one of on, off`
  ],
  [
    'deep nesting in an option',
    {'.slantrc.json': `{"rules": {"extrajudicial": {"contexts": {"x": ${deep(50_000, 1)}}}}}`},
    String.raw`rules\.extrajudicial\.contexts\.x: expected text`
  ],
  [
    'deep nesting in YAML',
    {'.slantrc.yaml': `rules: ${'['.repeat(20000)}${']'.repeat(20000)}\n`},
    String.raw`\.slantrc\.yaml(:\d+)?: (rules: expected a mapping|invalid YAML)`
  ],
  // other files and formats
  [
    'YAML: an option a code rule does not have',
    {'.slantrc.yaml': 'rules:\n  speech-verb:\n    when: [unattributed]\n'},
    String.raw`\.slantrc\.yaml: rules\.speech-verb\.when: unknown option`
  ],
  [
    'package.json: a bad setting',
    {'package.json': JSON.stringify({name: 'x', slant: {rules: {puffery: 9}}})},
    String.raw`package\.json: slant\.rules\.puffery: expected off`
  ]
]
