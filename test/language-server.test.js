// The language server as a real process, driven by an LSP client connection over stdio (and
// node IPC): initialize, open, change, code actions, hover, configuration changes, close, and
// requests it must survive.
import assert from 'node:assert/strict'
import fs from 'node:fs'
import path from 'node:path'
import {after, before, describe, it} from 'node:test'
import {pathToFileURL} from 'node:url'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {sharedCase} from './shared-cases.js'
import {folder} from './cli-helpers.js'
import {Client, stopAll} from './lsp-client.js'

// A failed assertion must not leave a language server running (it would keep the run alive).
after(stopAll)

/** Applies a workspace edit's changes for `uri` to `text`. */
function applyEdit(text, edit, uri) {
  const doc = TextDocument.create(uri, 'markdown', 1, text)
  return TextDocument.applyEdits(doc, edit.changes[uri])
}

const uriOf = (dir, name) => pathToFileURL(path.join(dir, name)).href

const byRule = (params, rule) => params.diagnostics.filter((d) => d.code === rule)

describe('language server over stdio', () => {
  let client
  let dir
  before(async () => {
    dir = folder({
      '.slantrc.json': '{"preset": "ap", "rules": {"speech-verb": "error"}}',
      'draft.md': '',
      'notes.txt': '',
      'skip/.keep': '',
      '.slantignore': 'skip/\n'
    })
    client = new Client()
  })
  after(async () => {
    assert.equal(await client.close(), 0, client.stderr)
  })

  it('initializes with code actions (quick fix, fix-all) and hover', async () => {
    const result = await client.initialize()
    assert.equal(result.serverInfo.name, 'slant-language-server')
    assert.deepEqual(result.capabilities.codeActionProvider.codeActionKinds, ['quickfix', 'source.fixAll.slant'])
    assert.equal(result.capabilities.hoverProvider, true)
    assert.equal(result.capabilities.textDocumentSync.change, 2)
    // This client does not pull diagnostics: they are pushed.
    assert.equal(result.capabilities.diagnosticProvider, undefined)
  })

  it('publishes diagnostics on open, from the nearest .slantrc', async () => {
    const uri = uriOf(dir, 'draft.md')
    const text = '# Aid for Ukraine\n\nTroops entered Kiev on Monday. The coach claimed that the team won a legendary title.\n'
    const params = await client.open(uri, text)
    const [kiev] = byRule(params, 'house-ap')
    assert.ok(kiev, JSON.stringify(params))
    assert.deepEqual(kiev.range, {start: {line: 2, character: 15}, end: {line: 2, character: 19}})
    assert.equal(kiev.severity, 2)
    assert.equal(kiev.source, 'slant')
    assert.match(kiev.codeDescription.href, /docs\/rules\/house-ap\.md$/)
    assert.match(kiev.message, /Kyiv.*\nSource: AP/s)
    assert.equal(kiev.data.fixable, 'safe')
    assert.deepEqual(kiev.data.expected, ['Kyiv'])
    const verb = params.diagnostics.find((d) => d.code === 'speech-verb')
    assert.equal(verb.severity, 1)
    assert.equal(params.diagnostics.find((d) => d.code === 'puffery').data.fixable, 'none')
  })

  it('offers one quick fix per suggestion, "ignore here" and fix-all', async () => {
    const uri = uriOf(dir, 'draft.md')
    const params = await client.diagnostics(uri)
    const [kiev] = byRule(params, 'house-ap')
    const actions = await client.codeActions(uri, [kiev])
    const replace = actions.find((a) => a.title === 'Replace “Kiev” with “Kyiv”')
    assert.ok(replace, JSON.stringify(actions.map((a) => a.title)))
    assert.equal(replace.kind, 'quickfix')
    assert.equal(replace.isPreferred, true)
    const fixed = applyEdit(client.text(uri), replace.edit, uri)
    assert.equal(fixed, client.text(uri).replace('Kiev', 'Kyiv'))

    const ignore = actions.find((a) => a.title === 'Ignore house-ap here')
    assert.ok(ignore)
    assert.equal(
      applyEdit(client.text(uri), ignore.edit, uri),
      '# Aid for Ukraine\n\n<!-- slant ignore house-ap -->\nTroops entered Kiev on Monday. The coach claimed that the team won a legendary title.\n'
    )

    const fixAll = await client.codeActions(uri, [], {start: {line: 0, character: 0}, end: {line: 0, character: 0}}, ['source.fixAll'])
    assert.equal(fixAll.length, 1)
    assert.equal(fixAll[0].kind, 'source.fixAll.slant')
    const all = applyEdit(client.text(uri), fixAll[0].edit, uri)
    assert.equal(all, client.text(uri).replace('Kiev', 'Kyiv').replace('claimed', 'said'))
  })

  it('an applied "ignore here" comment silences the rule for that paragraph', async () => {
    const uri = uriOf(dir, 'draft.md')
    const params = await client.diagnostics(uri)
    const [kiev] = byRule(params, 'house-ap')
    const ignore = (await client.codeActions(uri, [kiev])).find((a) => a.title.startsWith('Ignore'))
    const [edit] = ignore.edit.changes[uri]
    const version = await client.change(uri, [{range: edit.range, text: edit.newText}])
    const after = await client.diagnostics(uri, (p) => p.version === version)
    assert.deepEqual(byRule(after, 'house-ap'), [])
    assert.ok(after.diagnostics.some((d) => d.code === 'speech-verb'))
    // Undo it.
    const undo = await client.change(uri, [{range: {start: edit.range.start, end: {line: edit.range.start.line + 1, character: 0}}, text: ''}])
    const back = await client.diagnostics(uri, (p) => p.version === undo)
    assert.equal(byRule(back, 'house-ap').length, 1)
  })

  it('offers no quick fix once the text at the range has changed', async () => {
    const uri = uriOf(dir, 'draft.md')
    const params = await client.diagnostics(uri)
    const [kiev] = byRule(params, 'house-ap')
    // Type over the word, then ask with the old diagnostic before the new run lands.
    await client.change(uri, [{range: kiev.range, text: 'Kyev'}])
    const actions = await client.codeActions(uri, [kiev])
    assert.equal(actions.filter((a) => a.title.startsWith('Replace')).length, 0)
    const version = await client.change(uri, [{range: kiev.range, text: 'Kiev'}])
    await client.diagnostics(uri, (p) => p.version === version)
  })

  it('debounces rapid edits and publishes for the last version only', async () => {
    const uri = uriOf(dir, 'draft.md')
    const before = (client.published.get(uri) ?? []).length
    let version
    const end = {line: 3, character: 0}
    for (let i = 0; i < 25; i++) version = await client.change(uri, [{range: {start: end, end}, text: i % 2 ? 'x' : 'A legendary '}])
    const last = await client.diagnostics(uri, (p) => p.version === version)
    const published = client.published.get(uri).slice(before)
    assert.ok(published.length < 5, `${published.length} runs for 25 edits`)
    assert.ok(published.every((p) => p.version <= version))
    assert.ok(last.diagnostics.length > 0)
    const text = client.text(uri)
    // Every range the server sent is inside the final text.
    const doc = TextDocument.create(uri, 'markdown', version, text)
    for (const d of last.diagnostics) assert.equal(doc.getText(d.range), d.data.actual)
  })

  it('hovers with the rule, its note and source, and the voice', async () => {
    const uri = uriOf(dir, 'voices.md')
    const text = 'Lecornu said Paris would send Kiev more missiles.\n\nKiev asked for more.\n'
    await client.open(uri, text)
    const reported = await client.hover(uri, {line: 0, character: 32})
    assert.match(reported.contents.value, /house-ap/)
    assert.match(reported.contents.value, /\*\*Voice:\*\* reported speech, credited to Lecornu/)
    assert.match(reported.contents.value, /\*\*Why:\*\* AP has used Kyiv since 2019/)
    assert.match(reported.contents.value, /\*\*Source:\*\* \[AP, An update on AP style on Kyiv/)
    assert.deepEqual(reported.range, {start: {line: 0, character: 30}, end: {line: 0, character: 34}})
    const narrative = await client.hover(uri, {line: 2, character: 1})
    assert.match(narrative.contents.value, /the reporter's own words/)
    assert.equal(await client.hover(uri, {line: 0, character: 2}), null)
  })

  it('lints plain text as text, with no Markdown ignore comment', async () => {
    const uri = uriOf(dir, 'notes.txt')
    const params = await client.open(uri, 'Aid talks\nTroops entered Kiev on Monday.\n', 'plaintext')
    const [kiev] = byRule(params, 'house-ap')
    assert.ok(kiev)
    const titles = (await client.codeActions(uri, [kiev])).map((a) => a.title)
    assert.ok(titles.includes('Replace “Kiev” with “Kyiv”'))
    assert.ok(!titles.some((t) => t.startsWith('Ignore')))
  })

  it('leaves files that .slantignore lists alone', async () => {
    const uri = uriOf(dir, 'skip/old.md')
    const params = await client.open(uri, 'Troops entered Kiev.\n')
    assert.deepEqual(params.diagnostics, [])
  })

  it('reloads when a watched config file changes, and follows the settings', async () => {
    const uri = uriOf(dir, 'draft.md')
    fs.writeFileSync(path.join(dir, '.slantrc.json'), '{"preset": "ap", "rules": {"house-ap": "off"}}')
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {changes: [{uri: uriOf(dir, '.slantrc.json'), type: 2}]})
    await client.diagnostics(uri, (p) => byRule(p, 'house-ap').length === 0 && p.diagnostics.length > 0, {fresh: true})
    // A broken config shows on the document instead of crashing the server.
    fs.writeFileSync(path.join(dir, '.slantrc.json'), '{"rules": {"no-such-rule": "off"}}')
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {changes: [{uri: uriOf(dir, '.slantrc.json'), type: 2}]})
    const broken = await client.diagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'config'), {fresh: true})
    assert.match(broken.diagnostics[0].message, /rules\.no-such-rule: unknown rule/)
    fs.writeFileSync(path.join(dir, '.slantrc.json'), '{"preset": "ap"}')
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {changes: [{uri: uriOf(dir, '.slantrc.json'), type: 2}]})
    await client.diagnostics(uri, (p) => byRule(p, 'house-ap').length === 1, {fresh: true})
    // slant.enable = false clears the diagnostics; true brings them back.
    client.settings = {enable: false}
    await client.connection.sendNotification('workspace/didChangeConfiguration', {settings: {slant: client.settings}})
    await client.diagnostics(uri, (p) => p.diagnostics.length === 0, {fresh: true})
    client.settings = {enable: true}
    await client.connection.sendNotification('workspace/didChangeConfiguration', {settings: {slant: client.settings}})
    await client.diagnostics(uri, (p) => p.diagnostics.length > 0, {fresh: true})
  })

  it('uses the preset setting for drafts whose configuration names none', async () => {
    const bare = folder({'a.md': ''})
    const uri = uriOf(bare, 'a.md')
    const neutral = await client.open(uri, 'Troops entered Kiev. A legendary coach.\n')
    assert.deepEqual(
      neutral.diagnostics.map((d) => d.code),
      ['puffery']
    )
    client.settings = {preset: 'ap'}
    await client.connection.sendNotification('workspace/didChangeConfiguration', {settings: {slant: client.settings}})
    const ap = await client.diagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'house-ap'), {fresh: true})
    assert.deepEqual(
      ap.diagnostics.map((d) => d.code),
      ['house-ap', 'puffery']
    )
    // A comma list of a preset, a layer and a topic pack, as `slant.preset` accepts.
    client.settings = {preset: 'wire, inclusive, packs/russia-ukraine'}
    await client.connection.sendNotification('workspace/didChangeConfiguration', {settings: {slant: client.settings}})
    const listed = await client.diagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'pack-russia-ukraine'), {fresh: true})
    assert.ok(
      listed.diagnostics.every((d) => d.code !== 'config'),
      JSON.stringify(listed.diagnostics)
    )
    client.settings = {}
  })

  it('with requireConfig, lints only drafts that have a slant configuration', async () => {
    const bare = folder({'a.md': '', 'configured/.slantrc.yaml': 'preset: ap\n', 'configured/b.md': ''})
    const a = uriOf(bare, 'a.md')
    const b = uriOf(bare, 'configured/b.md')
    assert.equal((await client.open(a, 'A legendary coach.\n')).diagnostics.length, 1)
    assert.equal((await client.open(b, 'A legendary coach.\n')).diagnostics.length, 1)
    client.settings = {requireConfig: true}
    await client.connection.sendNotification('workspace/didChangeConfiguration', {settings: {slant: client.settings}})
    await client.diagnostics(a, (p) => p.diagnostics.length === 0, {fresh: true})
    // The configured draft is still linted: edit it and see fresh diagnostics.
    await client.change(b, [{range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}}, text: 'So '}])
    const configured = await client.diagnostics(b, (p) => p.version === 2)
    assert.deepEqual(
      configured.diagnostics.map((d) => d.code),
      ['puffery']
    )
    client.settings = {requireConfig: false}
    await client.connection.sendNotification('workspace/didChangeConfiguration', {settings: {slant: client.settings}})
    await client.diagnostics(a, (p) => p.diagnostics.length === 1, {fresh: true})
    client.settings = {}
    await client.connection.sendNotification('textDocument/didClose', {textDocument: {uri: a}})
    await client.connection.sendNotification('textDocument/didClose', {textDocument: {uri: b}})
  })

  it('survives malformed requests, unknown documents and unknown methods', async () => {
    const unknown = 'file:///no/such/doc.md'
    assert.deepEqual(await client.connection.sendRequest('textDocument/codeAction', {}), [])
    assert.deepEqual(
      await client.connection.sendRequest('textDocument/codeAction', {textDocument: {uri: unknown}, range: null, context: {diagnostics: [{}]}}),
      []
    )
    assert.equal(await client.connection.sendRequest('textDocument/hover', {textDocument: {uri: unknown}, position: {line: 0, character: 0}}), null)
    assert.equal(
      await client.connection.sendRequest('textDocument/hover', {textDocument: {uri: uriOf(dir, 'draft.md')}, position: {line: 9999, character: -5}}),
      null
    )
    const bogus = [
      {source: 'slant', data: {ruleId: 'house-ap', expected: 'Kyiv'}, range: {start: {line: 0, character: 0}}},
      {source: 'slant', range: {start: {line: 'x'}, end: {}}, data: null}
    ]
    assert.ok(
      Array.isArray(
        await client.connection.sendRequest('textDocument/codeAction', {
          textDocument: {uri: uriOf(dir, 'draft.md')},
          range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}},
          context: {diagnostics: bogus}
        })
      )
    )
    await client.connection.sendNotification('textDocument/didChange', {textDocument: {uri: unknown, version: 3}, contentChanges: [{text: 'x'}]})
    await client.connection.sendNotification('textDocument/didClose', {textDocument: {uri: unknown}})
    await client.connection.sendNotification('textDocument/didOpen', {
      textDocument: {uri: 'untitled:Untitled-1', languageId: 'markdown', version: 1, text: 'A legendary coach.'}
    })
    await assert.rejects(client.connection.sendRequest('slant/noSuchMethod', {}), /Unhandled method/)
    const untitled = await client.diagnostics('untitled:Untitled-1')
    assert.deepEqual(
      untitled.diagnostics.map((d) => d.code),
      ['puffery']
    )
    // Still answering.
    const uri = uriOf(dir, 'draft.md')
    assert.ok((await client.hover(uri, {line: 2, character: 16}))?.contents)
  })

  it('clears the diagnostics on close', async () => {
    const uri = uriOf(dir, 'draft.md')
    await client.connection.sendNotification('textDocument/didClose', {textDocument: {uri}})
    await client.diagnostics(uri, (p) => p.diagnostics.length === 0 && p.version === undefined, {fresh: true})
  })
})

describe('pull diagnostics (textDocument/diagnostic)', () => {
  it('advertises them to a client that pulls, answers with full and unchanged reports, and never pushes', async () => {
    const dir = folder({'.slantrc.json': '{"preset": "ap"}', 'a.md': ''})
    const client = new Client()
    const result = await client.initialize(
      {
        textDocument: {diagnostic: {dynamicRegistration: false}},
        workspace: {configuration: true, diagnostics: {refreshSupport: true}, didChangeWatchedFiles: {dynamicRegistration: true}}
      },
      {debounce: 30}
    )
    assert.deepEqual(result.capabilities.diagnosticProvider, {identifier: 'slant', interFileDependencies: false, workspaceDiagnostics: false})
    const uri = uriOf(dir, 'a.md')
    await client.connection.sendNotification('textDocument/didOpen', {
      textDocument: {uri, languageId: 'markdown', version: 1, text: 'Troops entered Kiev on Monday.\n'}
    })
    client.docs.set(uri, TextDocument.create(uri, 'markdown', 1, 'Troops entered Kiev on Monday.\n'))
    const first = await client.pull(uri)
    assert.equal(first.kind, 'full')
    assert.equal(typeof first.resultId, 'string')
    assert.deepEqual(
      first.items.map((d) => d.code),
      ['house-ap']
    )
    assert.deepEqual(first.items[0].range, {start: {line: 0, character: 15}, end: {line: 0, character: 19}})
    // Nothing changed: the same result.
    assert.deepEqual(await client.pull(uri, first.resultId), {kind: 'unchanged', resultId: first.resultId})
    // Pulled right after an edit: the answer is for the edited text (it waits for that lint).
    await client.change(uri, [{range: first.items[0].range, text: 'Kyiv'}])
    const edited = await client.pull(uri, first.resultId)
    assert.equal(edited.kind, 'full')
    assert.notEqual(edited.resultId, first.resultId)
    assert.deepEqual(edited.items, [])
    // A configuration change asks the client to pull again, and the next pull has the new rules.
    fs.writeFileSync(path.join(dir, '.slantrc.json'), '{"preset": "ap", "rules": {"puffery": "error"}}')
    await client.change(uri, [{range: {start: {line: 1, character: 0}, end: {line: 1, character: 0}}, text: 'A legendary coach.\n'}])
    const before = await client.pull(uri)
    assert.equal(before.items[0].severity, 2)
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {changes: [{uri: uriOf(dir, '.slantrc.json'), type: 2}]})
    const reloaded = await client.pull(uri, before.resultId)
    assert.equal(reloaded.kind, 'full')
    assert.deepEqual(
      reloaded.items.map((d) => [d.code, d.severity]),
      [['puffery', 1]]
    )
    assert.ok(client.refreshes >= 1)
    // A document the server does not know: an empty report.
    assert.deepEqual(await client.pull(uriOf(dir, 'none.md')), {kind: 'full', items: []})
    assert.equal(client.published.size, 0, JSON.stringify([...client.published.keys()]))
    assert.equal(await client.close(), 0, client.stderr)
  })
})

describe('hover and code actions while a lint runs', () => {
  it('answers from the latest lint while a long document is being linted', async () => {
    const dir = folder({'.slantrc.json': '{"preset": "ap"}', 'short.md': '', 'long.md': ''})
    const client = new Client()
    await client.initialize()
    const short = uriOf(dir, 'short.md')
    const [kiev] = (await client.open(short, 'Troops entered Kiev on Monday.\n')).diagnostics
    const long = uriOf(dir, 'long.md')
    const paragraph = 'The council met on Monday to discuss the budget and the roads, a spokesman said. The legendary coach arrived.\n\n'
    await client.connection.sendNotification('textDocument/didOpen', {
      textDocument: {uri: long, languageId: 'markdown', version: 1, text: paragraph.repeat(5000)}
    })
    const hover = await client.hover(short, {line: 0, character: 16})
    const actions = await client.codeActions(short, [kiev])
    // Both answered before the long document's lint was done.
    assert.equal(client.published.get(long), undefined, 'the long lint finished before the answers: no lint was running')
    assert.match(hover.contents.value, /house-ap/)
    assert.ok(actions.some((a) => a.title === 'Replace “Kiev” with “Kyiv”'))
    assert.ok(actions.some((a) => a.title === 'Ignore house-ap here'))
    const done = await client.diagnostics(long, (p) => p.version === 1, {timeout: 180000})
    assert.ok(done.diagnostics.length >= 5000)
    assert.equal(await client.close(), 0, client.stderr)
  })

  it('maps the latest lint through the typing since: hover and fix-all on the shifted text', async () => {
    const dir = folder({'.slantrc.json': '{"preset": "ap"}', 'a.md': ''})
    const client = new Client()
    await client.initialize(undefined, {debounce: 10000})
    const uri = uriOf(dir, 'a.md')
    await client.open(uri, 'Troops entered Kiev on Monday.\n')
    // Typed before the word; the long debounce keeps the lint from running again.
    await client.change(uri, [{range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}}, text: 'On Friday, '}])
    const hover = await client.hover(uri, {line: 0, character: 28})
    assert.deepEqual(hover.range, {start: {line: 0, character: 26}, end: {line: 0, character: 30}})
    const actions = await client.codeActions(uri, [], {start: {line: 0, character: 0}, end: {line: 0, character: 0}})
    const fixAll = actions.find((a) => a.kind === 'source.fixAll.slant')
    assert.equal(applyEdit(client.text(uri), fixAll.edit, uri), 'On Friday, Troops entered Kyiv on Monday.\n')
    // Typing at the end of the flagged word makes another word: no stale hover or fix for it.
    await client.change(uri, [{range: {start: {line: 0, character: 30}, end: {line: 0, character: 30}}, text: 'an'}])
    assert.equal(await client.hover(uri, {line: 0, character: 28}), null)
    assert.deepEqual(await client.codeActions(uri, [], {start: {line: 0, character: 0}, end: {line: 0, character: 0}}), [])
    assert.equal(await client.close(), 0, client.stderr)
  })
})

describe('language server over node IPC', () => {
  it('initializes, lints and shuts down', async () => {
    const client = new Client({ipc: true})
    await client.initialize({}, {preset: 'ap', debounce: 0})
    const dir = folder({'a.md': ''})
    const params = await client.open(uriOf(dir, 'a.md'), 'Troops entered Kiev.\n')
    assert.deepEqual(
      params.diagnostics.map((d) => d.code),
      ['house-ap']
    )
    assert.equal(await client.close(), 0, client.stderr)
  })
})

describe('the seed article (from ../shared, when present)', () => {
  const seed = sharedCase('seed-article.md')
  it('the Kiev quick fix (preset ap) replaces exactly that word', {skip: seed === undefined && 'no ../shared/eval/cases'}, async () => {
    assert.ok(seed !== undefined)
    const dir = folder({'.slantrc.json': '{"preset": "ap"}', 'seed-article.md': seed})
    const client = new Client()
    await client.initialize()
    const uri = uriOf(dir, 'seed-article.md')
    const params = await client.open(uri, seed)
    const kievs = byRule(params, 'house-ap').filter((d) => d.data.actual === 'Kiev')
    assert.ok(kievs.length > 0)
    for (const kiev of kievs) {
      const replace = (await client.codeActions(uri, [kiev])).find((a) => a.title === 'Replace “Kiev” with “Kyiv”')
      const doc = TextDocument.create(uri, 'markdown', 1, seed)
      const start = doc.offsetAt(kiev.range.start)
      const end = doc.offsetAt(kiev.range.end)
      assert.equal(seed.slice(start, end), 'Kiev')
      assert.equal(applyEdit(seed, replace.edit, uri), `${seed.slice(0, start)}Kyiv${seed.slice(end)}`)
    }
    assert.equal(await client.close(), 0, client.stderr)
  })
})
