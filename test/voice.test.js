import assert from 'node:assert/strict'
import {describe, it} from 'node:test'
import {lint} from '../dist/index.js'
import {attributionSources, quotations, voiceOf, voices} from './helpers.js'

const speakers = (text) => quotations(text).map((q) => q.speaker)

describe('quotations and speakers', () => {
  it('finds the speaker after the quote: "…," said X', () => {
    assert.deepEqual(quotations('"We will not back down," said Ana Ruiz, a union leader.'), [
      {kind: 'direct', text: '"We will not back down,"', speaker: 'Ana Ruiz'}
    ])
  })
  it('finds the speaker after the quote: "…," X said / X told Reuters', () => {
    assert.equal(quotations('"The plan is dead," he said.')[0].speaker, 'he')
    assert.equal(quotations('“The plan is dead and buried,” the minister told Reuters on Monday.')[0].speaker, 'the minister')
  })
  it('finds the speaker before a long apposition: "…," said X, 61, a cook who …', () => {
    const text = '"We will not let them win," said Marta Silva, 61, a school cook who travelled from the north to attend the march.'
    assert.equal(quotations(text)[0].speaker, 'Marta Silva')
  })
  it('finds a speaker named in an apposition after the quote', () => {
    assert.equal(quotations('"These are terrorists," the interior minister, Ana Costa, said.')[0].speaker, 'the interior minister')
  })
  it('finds the speaker before the quote: X said: "…"', () => {
    assert.equal(quotations('The mayor said: "We have no money left for this."')[0].speaker, 'The mayor')
  })
  it('credits a partial quote in reported speech to its source', () => {
    const q = quotations('Sejourne stressed that "France must stand firm" on the issue.')
    assert.equal(q[0].speaker, 'Sejourne')
  })
  it('carries the speaker to a quote continuing in the next sentence', () => {
    const q = quotations('“It works,” he said. “Nobody expected it to work so well.”')
    assert.deepEqual(
      q.map((x) => x.speaker),
      ['he', 'he']
    )
  })
  it('carries the speaker across paragraphs when the quote is left open', () => {
    const text = '"We are not finished," said Mayor Jo Lind. "There is more to come.\n\n"And the city will pay for every mile of it."'
    assert.deepEqual(
      quotations(text).map((x) => x.speaker),
      ['Mayor Jo Lind', 'Mayor Jo Lind', 'Mayor Jo Lind']
    )
  })
  it('keeps a quote left open across paragraphs open over a quotation in the other style of marks nested in it', () => {
    const nests = [
      ['"', '\u201C', '\u201D'],
      ['\u201C', '"', '"']
    ]
    const leads = [
      ['As the foundation website notes:', 'the foundation website'],
      ['Mayor Jo Lind told the council:', 'Mayor Jo Lind'],
      ['The report says:', 'The report']
    ]
    for (const [outer, open, close] of nests)
      for (const [lead, speaker] of leads)
        for (const nested of [`Written ${open}at a time of crisis,${close} the statement is short.`, `It calls the plan ${open}a disgrace.${close}`]) {
          const text = `${lead}\n\n${outer}In 1960, ninety students met in Sharon. ${nested}\n\n${outer}Among its principles is this: government must be limited.`
          assert.deepEqual(
            quotations(text).map((q) => q.speaker),
            [speaker, speaker],
            text
          )
          assert.deepEqual(
            lint(text).messages.filter((m) => m.ruleId === 'quote-without-speaker' || m.ruleId === 'scare-quotes'),
            [],
            text
          )
        }
    // A paragraph that closes its quotation carries nothing over.
    const closed = `The report says:\n\n"In 1960, ninety students met. It calls the plan \u201Ca disgrace.\u201D"\n\nThe city will pay for it.`
    assert.equal(quotations(closed).length, 1)
  })
  it('carries a statement left open past a subhead set into it', () => {
    for (const lead of ['The trustees said in a statement Friday:', 'Mayor Jo Lind told the council:']) {
      const text = `${lead}\n\n"The university was founded in 1836.\n\n## Corporate existence\n\n"On the other hand, the college derives its existence from the state."`
      const got = quotations(text)
      assert.equal(got.length, 2, text)
      assert.ok(
        got.every((q) => q.speaker !== undefined),
        JSON.stringify(got)
      )
    }
    // A quotation that closed before the subhead carries nothing past it.
    const closed =
      'The trustees said:\n\n"The university was founded in 1836."\n\n## Corporate existence\n\n"On the other hand, the college derives its existence from the state."'
    assert.equal(quotations(closed)[1].speaker, undefined)
  })
  it('takes a block quote introduced by a colon lead-in', () => {
    const q = quotations('The minister told parliament:\n\n> The reform is a disaster for the poor.')
    assert.deepEqual(q, [{kind: 'block', text: 'The reform is a disaster for the poor.', speaker: 'The minister'}])
  })
  it('credits both halves of a quotation split by its attribution', () => {
    const q = quotations('“The plan,” she said, “is a disaster for everyone involved.”')
    assert.deepEqual(
      q.map((x) => x.speaker),
      ['she', 'she']
    )
  })
  it('reads a right quotation mark before a word as an opening mark typed the wrong way round', () => {
    for (const text of ['”We will not back down,” she said.', 'She said: ”We will not back down.” Then she left.', '”He is the best of us.” ― Ana Ruiz']) {
      const q = quotations(text)
      assert.equal(q.length, 1, text)
      assert.ok(q[0].kind === 'direct' && q[0].speaker !== undefined, `${text} ${JSON.stringify(q)}`)
    }
  })
  it('reads a left quotation mark after a word and before a space as a closing mark typed the wrong way round', () => {
    for (const [text, speaker] of [
      ['“The reality is that the talks could fail,“ said Jim Clyburn, a congressman.', 'Jim Clyburn'],
      ['“We will not back down,“ the minister said on Monday.', 'the minister']
    ])
      assert.deepEqual(speakers(text), [speaker], text)
  })
  it('closes a quotation at a straight mark with spaces on both sides (after a nested quote or a stray space)', () => {
    for (const [text, speaker] of [
      ['"What I see is what they call \'a flight to quality,\' " he said.', 'he'],
      ['"I think it is a disgrace, " Trump said.', 'Trump'],
      ['"They keep saying \'no deal,\' " said Ana Ruiz, the union leader.', 'Ana Ruiz']
    ]) {
      assert.deepEqual(speakers(text), [speaker], text)
    }
  })
  it('mixes straight and curly marks', () => {
    assert.equal(quotations('Lecornu said it will be "in the hundreds for next year.”')[0].kind, 'direct')
  })
  it('keeps a quotation nested in another inside the outer one', () => {
    const q = quotations('"He told me \'no\' twice before the vote," she said.')
    assert.equal(q.length, 1)
    assert.equal(q[0].speaker, 'she')
  })
  it('leaves a long quote with no speaker without one', () => {
    assert.deepEqual(quotations('"This policy will help thousands of families across the region."'), [
      {kind: 'direct', text: '"This policy will help thousands of families across the region."', speaker: undefined}
    ])
  })
})

describe('scare quotes', () => {
  for (const text of [
    'The mayor owed his election to, as one diplomat put it, an "extreme makeover" of his image.',
    'He had accepted "about $200,000" from the firms.',
    'The claim that "thousands" of people celebrated was false.',
    'She vented to her husband that it would be "incredibly ugly" for everyone.'
  ]) {
    it(`someone's figure or phrase, not the reporter's doubt: ${text}`, () =>
      assert.ok(
        quotations(text).every((q) => q.kind !== 'scare'),
        JSON.stringify(quotations(text))
      ))
  }
  for (const text of [
    'Asked whether he would resign, Ruiz said, "Probably."',
    'The host then asked, "Really?"',
    '"Okay!" the crowd shouted back.',
    'Then a voice from the back: "This is fantastic!"'
  ]) {
    it(`a question, an exclamation or a one-word answer is said, not doubted: ${text}`, () =>
      assert.ok(
        quotations(text).every((q) => q.kind !== 'scare'),
        JSON.stringify(quotations(text))
      ))
  }
  it('marks a short fragment with no speaker as scare', () => {
    assert.equal(quotations('The agency released its "report" on Friday.')[0].kind, 'scare')
    assert.equal(voiceOf('The agency released its "report" on Friday.', 'report'), 'scare')
  })
  it('marks a quoted proper name as scare even in reported speech', () => {
    assert.equal(quotations('The minister said that "Israel" is to blame.')[0].kind, 'scare')
  })
  it('treats a fragment credited to a speaker as a partial quote', () => {
    const q = quotations('Smith called the plan "reckless" in a speech.')
    assert.equal(q[0].kind, 'partial')
    assert.equal(q[0].speaker, 'Smith')
  })
  it('treats titles as titles', () => {
    assert.equal(quotations('His album "Blue Harbor" sold well.')[0].kind, 'title')
    assert.equal(quotations('The film "Jaws" opened in 1975.')[0].kind, 'title')
  })
  it('takes a headline colon as attribution', () => {
    assert.equal(quotations("Plan crosses 'moral red line': French FM")[0].kind, 'partial')
  })
})

describe('apostrophes are not quotation marks', () => {
  for (const text of [
    "Israel's army moved in.",
    "It was rock 'n' roll in the '90s.",
    "The students' union and the teachers' union met.",
    'It’s the ’90s again, isn’t it?'
  ]) {
    it(text, () => assert.deepEqual(quotations(text), []))
  }
  it('pairs real single quotes around an apostrophe', () => {
    const q = quotations("Critics call it Israel's 'plan' now.")
    assert.deepEqual(
      q.map((x) => x.text),
      ["'plan'"]
    )
  })
})

describe("typewriter quotation marks: ``…'' and ''…''", () => {
  for (const [open, close] of [
    ["''", "''"],
    ['``', "''"]
  ]) {
    it(`${open}…${close} is a quotation with its speaker`, () => {
      const q = quotations(`${open}We will not back down. The talks are over,${close} Ana Ruiz said on Monday.`)
      assert.deepEqual(
        q.map((x) => [x.text, x.speaker]),
        [[`${open}We will not back down. The talks are over,${close}`, 'Ana Ruiz']]
      )
      assert.equal(voiceOf(`${open}We will not back down,${close} Ana Ruiz said.`, 'back'), 'quote')
    })
    it(`a fragment in ${open}…${close} with nobody credited is a scare quote, and its fix keeps the words`, () => {
      const q = quotations(`The agency's ${open}reform${close} failed within a year.`)
      assert.deepEqual(
        q.map((x) => [x.text, x.kind]),
        [[`${open}reform${close}`, 'scare']]
      )
      const message = lint(`The agency's ${open}reform${close} failed within a year.`, {format: 'text'}).messages.find((m) => m.ruleId === 'scare-quotes')
      assert.deepEqual([message?.actual, message?.expected], [`${open}reform${close}`, ['reform']])
    })
  }
  it("''' closes a nested single quote and the double quote together, and opens them together", () => {
    const q = quotations("''She would ask me, 'What did he mean by that?''' Mr. Biden said, clutching the lectern.")
    assert.deepEqual(
      q.map((x) => x.speaker),
      ['Mr. Biden']
    )
    assert.equal(quotations("He wrote: ''' 'Tis the season,' she told me,'' and left.").length, 1)
  })
  it('two apostrophes inside a word are not a quotation', () => {
    assert.deepEqual(quotations("The boss'' desk and rock 'n' roll."), [])
  })
})

describe('reported speech', () => {
  it('X said (that) …', () => {
    assert.equal(voiceOf('The minister said the regime had fallen.', 'regime'), 'reported')
    assert.equal(voiceOf('The minister said that the regime had fallen.', 'regime'), 'reported')
    assert.equal(voiceOf('The minister said that the regime had fallen.', 'minister'), 'narrative')
  })
  it('…, X said. at the end of the sentence', () => {
    assert.equal(voiceOf('The regime had fallen, police said on Tuesday.', 'regime'), 'reported')
  })
  it('according to X, …', () => {
    assert.equal(voiceOf('According to the ministry, the regime had fallen.', 'regime'), 'reported')
    assert.equal(voiceOf('The regime had fallen, according to the ministry.', 'regime'), 'reported')
  })
  it('a parenthetical attribution covers the whole sentence', () => {
    assert.equal(voiceOf('The suspect, police said on Monday, was a terrorist.', 'terrorist'), 'reported')
    assert.equal(voiceOf('The suspect, police said on Monday, was a terrorist.', 'police'), 'narrative')
  })
  it('X told Y that …', () => {
    assert.equal(voiceOf('Lecornu told Le Monde that the regime had fallen.', 'regime'), 'reported')
  })
  it('X said in a statement that …', () => {
    assert.equal(voiceOf('The army said in a statement that the regime had fallen.', 'regime'), 'reported')
  })
  it('who said …', () => {
    assert.equal(voiceOf('It was confirmed by his daughter, Clara Mills, who said he had been ill.', 'ill'), 'reported')
    assert.equal(voiceOf('It was confirmed by his daughter, Clara Mills, who said he had been ill.', 'confirmed'), 'narrative')
  })
  it('does not take vague sources as attribution', () => {
    assert.equal(voiceOf('Critics say the regime had fallen.', 'regime'), 'narrative')
    assert.equal(voiceOf('Studies show that the regime had fallen.', 'regime'), 'narrative')
  })
  it('does not take verbs without a reported clause as attribution', () => {
    assert.equal(voiceOf('He was admitted to hospital after the regime fell.', 'regime'), 'narrative')
    assert.equal(voiceOf('She claimed the title before the regime fell.', 'regime'), 'narrative')
  })
  it("keeps the reporter's voice in a sentence after the attribution", () => {
    assert.equal(voiceOf('Police said two men were held. The regime had fallen.', 'regime'), 'narrative')
  })
})

describe('headlines', () => {
  it('puts heading words in headline voice', () => {
    assert.equal(voiceOf('# Regime falls in the capital\n\nText.', 'Regime'), 'headline')
  })
  it('treats the first short line of a text file as the headline', () => {
    assert.equal(voiceOf('Regime falls in the capital\nThe government fell on Monday.', 'Regime', {format: 'text'}), 'headline')
    assert.equal(voiceOf('Regime falls in the capital\nThe government fell on Monday.', 'government', {format: 'text'}), 'narrative')
  })
  for (const [first, kind] of [
    ['Poll: Ruiz and Baker in a dead heat before the debate.', 'headline'],
    ['Sanders: the budget needs to "get away from all of this" now.', 'headline'],
    ['Mayor Ana Ruiz: We will not back down on the budget.', 'headline'],
    ["Silverman heckles Sanders supporters in the hall: 'You are being ridiculous.'", 'headline'],
    ['Mayor Ana Ruiz tells the council: "We will not back down."', 'headline'],
    ["Ruiz rips rhetoric over 'radical' budget;", 'headline'],
    ["Baker sees 'hope' for the talks, and help for the town;", 'headline'],
    ['The council met on Monday: the budget passed.', 'narrative'],
    ['The council met on Monday: the budget passed, "at last."', 'narrative'],
    ['The council met on Monday; the budget passed.', 'narrative'],
    ['The council met on Monday and passed the budget.', 'narrative']
  ]) {
    it(`a first line of a text file that opens with a kicker or a speaker and a colon, quotes a speaker after a colon, or ends in a semicolon before its dek is the headline: ${first}`, () => {
      const word = first.split(/\W/u)[0]
      assert.equal(voiceOf(`${first}\n\nThe council met on Monday to discuss the budget and the roads, and voted late.`, word, {format: 'text'}), kind)
    })
  }
  for (const subhead of [
    'Maria Hinojosa Explained Why She Felt "Invisible" As A Child.',
    '2. Ana Ruiz On How The Budget Left Towns "Invisible"',
    'Why The Council Said "No" Again'
  ])
    it(`a later short line in title case in a text file is a subhead, and its quoted word is not doubted: ${subhead}`, () => {
      const text = `Ten things people said this year.\n\nThe list follows.\n\n${subhead}\n\nShe spoke to us in May about it.`
      assert.equal(voiceOf(text, subhead.split(/\W+/u).find(Boolean), {format: 'text'}), 'headline')
      assert.deepEqual(
        quotations(text, {format: 'text'}).map((q) => q.kind),
        ['partial']
      )
    })
  it('clean counterpart: a later line in sentence case is a paragraph, and its lone quoted word is doubted', () => {
    const text = 'Ten things people said this year.\n\nThe list follows.\n\nThe council left the "experts" out of it.\n\nShe spoke in May.'
    assert.equal(voiceOf(text, 'council', {format: 'text'}), 'narrative')
    assert.deepEqual(
      quotations(text, {format: 'text'}).map((q) => q.kind),
      ['scare']
    )
  })
  it("a quoted fragment in such a headline is the story's speaker's, not a scare quote", () => {
    assert.deepEqual(
      quotations('Ruiz: Baker\'s view of the budget is "dangerously wrong".\n\nAna Ruiz spoke on Monday.', {format: 'text'}).map((q) => q.kind),
      ['partial']
    )
  })
  for (const [headline, speaker, body] of [
    ['Lynch: No outside influence on the inquiry', 'Lynch', 'Attorney General Loretta Lynch said on Tuesday the inquiry was independent.'],
    ['Obama: I Am Optimistic Americans Will Say No to the Plan', 'Obama', 'President Barack Obama spoke on Sunday.'],
    ['Ruiz: Budget Talks Will Show Progress', 'Ruiz', 'Senator Ana Ruiz spoke on Sunday.']
  ]) {
    it(`a headline speaker before a colon is the story's name, and a title-case verb after the colon is part of what was said: ${headline}`, () => {
      const text = `${headline}\n\n${body}\n`
      const heads = attributionSources(text, {format: 'text'})
      assert.equal(heads[0], speaker, JSON.stringify(heads))
      assert.ok(!heads.some((s) => /Will|Talks/u.test(s)), JSON.stringify(heads))
    })
  }
  it('clean counterpart: a word before a headline colon that the story never uses as a name is no speaker', () => {
    assert.deepEqual(attributionSources('Lynch: No outside influence on the inquiry\n\nThe inquiry was independent, the report said.\n', {format: 'text'}), [
      'the report'
    ])
  })
  it('credits a headline ending ", X says"', () => {
    assert.equal(voiceOf('# Regime has fallen, minister says', 'Regime'), 'reported')
  })
})

describe('voices cover every word', () => {
  for (const text of ['𖿲', '𖿲 𖿲.', '* * *', '—']) {
    it(`a sentence with no words is read without error: ${JSON.stringify(text)}`, () => {
      for (const format of ['text', 'markdown']) assert.doesNotThrow(() => voices(text, {format}))
    })
  }
  it('gives each word one voice', () => {
    const text = '# Title\n\n"Quote here now," he said. The "so" thing, police said.'
    assert.ok(!voices(text).includes('undefined'))
  })
})
