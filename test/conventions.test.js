// Command-line conventions: NO_COLOR / FORCE_COLOR, --print-config.
import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import {describe, it} from 'node:test'
import {bin, folder, slant} from './cli-helpers.js'

const ESC = '\u001B['

function run(args, cwd, env) {
  const clean = {...process.env}
  delete clean.NO_COLOR
  delete clean.FORCE_COLOR
  return spawnSync(process.execPath, [bin, ...args], {cwd, encoding: 'utf8', env: {...clean, ...env}})
}

describe('colour', () => {
  const dir = folder({'a.md': 'A legendary coach.\n'})
  it('FORCE_COLOR colours a report that is not on a terminal; NO_COLOR turns colour off', () => {
    assert.ok(!run(['a.md'], dir, {}).stdout.includes(ESC), 'no colour in a pipe')
    assert.ok(run(['a.md'], dir, {FORCE_COLOR: '1'}).stdout.includes(ESC))
    assert.ok(!run(['a.md'], dir, {FORCE_COLOR: '0'}).stdout.includes(ESC))
    assert.ok(!run(['a.md'], dir, {NO_COLOR: '1'}).stdout.includes(ESC))
    assert.ok(run(['a.md'], dir, {NO_COLOR: '1', FORCE_COLOR: '1'}).stdout.includes(ESC), 'FORCE_COLOR wins, as in Node')
    assert.ok(!run(['--no-color', 'a.md'], dir, {FORCE_COLOR: '1'}).stdout.includes(ESC), 'the flag wins')
    assert.ok(run(['--color', 'a.md'], dir, {NO_COLOR: '1'}).stdout.includes(ESC))
  })
})

describe('--print-config FILE', () => {
  it('prints the configuration the draft would be linted with', () => {
    const dir = folder({
      '.slantrc.yaml':
        'preset: [ap, inclusive]\ngenre: opinion\nrules:\n  puffery: off\n  weasel: [error, {voices: {reported: off}}]\nprefer:\n  Burma: Myanmar\n',
      'desk/a.md': ''
    })
    const r = slant(['--print-config', 'desk/a.md'], {cwd: dir})
    assert.equal(r.code, 0, r.stderr)
    const config = JSON.parse(r.stdout)
    assert.equal(config.configFile, '.slantrc.yaml')
    assert.deepEqual(config.presets, ['ap', 'inclusive'])
    assert.equal(config.genre, 'opinion')
    assert.equal(config.rules.puffery, undefined)
    assert.deepEqual(config.rules.weasel, {severity: 'error', voices: {reported: 'off'}})
    assert.ok(config.rules.equality)
    assert.deepEqual(config.houseTerms, ['burma'])
    const preset = JSON.parse(slant(['--print-config', 'desk/a.md', '--preset', 'wire', '--no-config'], {cwd: dir}).stdout)
    assert.deepEqual([preset.configFile, preset.presets], [null, ['wire']])
    const broken = folder({'.slantrc.yaml': 'preset: nope\n', 'a.md': ''})
    const bad = slant(['--print-config', 'a.md'], {cwd: broken})
    assert.equal(bad.code, 2)
    assert.match(bad.stderr, /\.slantrc\.yaml.*unknown preset `nope`/)
  })
})

describe('formats', () => {
  it('lints table cells, with exact ranges', () => {
    const source = '| city | note |\n| - | - |\n| Kiev | a draconian law |\n'
    const r = slant(['--preset', 'ap', '--report', 'json', 'a.md'], {cwd: folder({'a.md': source})})
    const messages = JSON.parse(r.stdout)[0].messages
    assert.deepEqual(
      messages.map((m) => [m.ruleId, source.slice(m.place.start.offset, m.place.end.offset)]),
      [
        ['house-ap', 'Kiev'],
        ['loaded-emotive', 'draconian']
      ]
    )
  })

  it('lints .mdx with remark-mdx: imports, exports, expressions and JSX are not prose', () => {
    const source = [
      "import {Chart} from './chart.js'",
      'export const meta = {title: "The \'legendary\' coach"}',
      '',
      '# A legendary season',
      '',
      '<Chart caption="a draconian law" />',
      '',
      '{/* slant ignore weasel */}',
      'Critics say so.',
      '',
      'The coach, {props.name}, claimed that the draconian law passed.',
      ''
    ].join('\n')
    const r = slant(['--report', 'json', 'story.mdx'], {cwd: folder({'story.mdx': source})})
    const messages = JSON.parse(r.stdout)[0].messages
    assert.deepEqual(
      messages.map((m) => [m.ruleId, source.slice(m.place.start.offset, m.place.end.offset)]),
      [
        ['puffery', 'legendary'],
        ['speech-verb', 'claimed'],
        ['loaded-emotive', 'draconian']
      ]
    )
    // Folders include .mdx drafts.
    assert.equal(JSON.parse(slant(['--report', 'json', '.'], {cwd: folder({'d/x.mdx': '# A legendary coach\n'})}).stdout)[0].path, 'd/x.mdx')
  })

  it('refuses formats it does not read, with a clear message', () => {
    const r = slant(['--report', 'json', 'page.html'], {cwd: folder({'page.html': '<p>A legendary coach.</p>\n'})})
    assert.equal(r.code, 1)
    const [message] = JSON.parse(r.stdout)[0].messages
    assert.equal(message.fatal, true)
    assert.equal(message.ruleId, undefined)
    assert.match(message.reason, /cannot lint a \.html file: slant reads Markdown \(\.md.*\), MDX \(\.mdx\) and plain text \(\.txt, \.text\)/)
  })
})
