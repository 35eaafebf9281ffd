// Edge cases of the sourcing rules: where attribution sits, what it covers, and which numbers
// are statistics.
import assert from 'node:assert/strict'
import {describe, it} from 'node:test'
import {lint} from '../dist/index.js'

const flags = (text, rule) =>
  lint(text, {preset: [], rules: {[rule]: 'on'}})
    .messages.filter((m) => m.ruleId === rule)
    .map((m) => m.actual)

describe('unsourced-figure', () => {
  it("flags a figure that ends its sentence or its paragraph without the sentence's full stop", () => {
    for (const {text, want} of [
      {text: 'The watch was worth $65. The ring was lost.', want: ['$65']},
      {text: 'The coat was worth $700.', want: ['$700']},
      {text: 'Sales fell 45 per cent. Prices rose.', want: ['45 per cent']},
      {text: 'Residential building was down 45 per cent.', want: ['45 per cent']}
    ])
      assert.deepEqual(flags(text, 'unsourced-figure'), want, text)
  })
  it('is covered by a closing attribution after an apposition, or a lead-in ending on a colon in the paragraph before', () => {
    for (const source of ['F. W. Dodge, Dodge Corporation,', 'John Smith, the data chief,', 'the agency, a unit of the ministry,'])
      assert.deepEqual(flags(`Contracts totaled $77,389,000 in October, up 10 per cent, ${source} reported.`, 'unsourced-figure'), [], source)
    for (const lead of ['Dodge reported the following breakdown:', 'The census bureau reported these figures:'])
      assert.deepEqual(
        flags(`${lead}\n\nHousing rose 28 per cent; offices fell 45 per cent.\n\nThe total rose 4 per cent.`, 'unsourced-figure'),
        ['4 per cent'],
        lead
      )
    // Clean counterpart: a colon lead-in that credits no one credits nothing.
    assert.deepEqual(flags('The breakdown follows:\n\nHousing rose 28 per cent.', 'unsourced-figure'), ['28 per cent'])
  })
  it('flags counts and lengths of things as it flags counts of people, in any tense and with any subject', () => {
    for (const subject of ['The group', 'Officials in the region', 'They'])
      for (const {verb, figure, rest} of [
        {verb: 'counted', figure: 'more than 30 nations', rest: 'at the summit'},
        {verb: 'has closed', figure: '200 schools', rest: 'since March'},
        {verb: 'suffered', figure: '12 attacks', rest: 'in May'},
        {verb: 'fenced', figure: '55 miles of the border', rest: 'last year'},
        {verb: 'had cleared', figure: '2,000 acres of forest', rest: 'by June'}
      ]) {
        const text = `${subject} ${verb} ${figure} ${rest}.`
        const want = figure.replace(/^more than /u, '').replace(/ of .*$/u, '')
        // A subject that could be the source still leaves the figure unsourced: "counted" is no attribution cue.
        assert.deepEqual(flags(text, 'unsourced-figure'), [want], text)
      }
  })
  it('leaves what a plan is to do, a distance and an identifier alone: "to build 20 schools", "20 miles north", a tweet number', () => {
    for (const text of [
      'The plan would build 20 new schools.',
      'The ministry wants to close 200 schools.',
      'The company will hire up to 100 workers.',
      'The grants would finance scholarships, build 20 new medical and 20 new dental schools, and expand research.',
      'The town lies 20 miles north of the city.',
      'The post (status 672160504572452864) drew replies from critics.',
      'Sanctions covered 62 individuals, companies and banks.'
    ])
      assert.deepEqual(flags(text, 'unsourced-figure'), text.startsWith('Sanctions') ? ['62 individuals'] : [], text)
  })
  it('leaves the price of one thing and an amount a court or a body decided alone, not a sum someone reckoned', () => {
    for (const text of [
      'The cost of a license now is $2, with an annual renewal fee of $1.',
      'Each ticket costs $20.',
      'The Lovetts were awarded $55,000 damages in Superior Court yesterday.',
      'The firm was fined $2 million on Monday.'
    ])
      assert.deepEqual(flags(text, 'unsourced-figure'), [], text)
    for (const {text, want} of [
      {text: 'The cost of the war reached $2 billion.', want: ['$2 billion']},
      {text: 'The repairs cost $4 million.', want: ['$4 million']}
    ])
      assert.deepEqual(flags(text, 'unsourced-figure'), want, text)
  })
  it('leaves a figure that is the term of an indictment or a conviction alone: the court record holds it', () => {
    for (const subject of ['Cooperman and Teller were', 'The two men were', 'She was'])
      for (const charge of ['indicted on charges of stealing $40,000', 'convicted of taking $12,000 in bribes', 'indicted for selling $4,700 worth of heroin'])
        assert.deepEqual(flags(`${subject} ${charge}.`, 'unsourced-figure'), [], `${subject} ${charge}`)
    // Clean counterparts: an accusation by no one named, the same amount with no charge, or after the charge's clause ends.
    for (const text of [
      'The state Public Works Department is accused of having spent $8,555 to build a private beach.',
      'The two men sold $4,700 worth of heroin.',
      'She was convicted of lying, and the losses reached $40,000.'
    ])
      assert.equal(flags(text, 'unsourced-figure').length, 1, text)
  })
  it('leaves an amount between a definite determiner and its noun alone: it says which thing is meant', () => {
    for (const amount of ['$344,000', '$1.2 million', '$400'])
      for (const det of ['the', 'its', 'their', 'his'])
        for (const text of [
          `Estimates of the city's loss in ${det} ${amount} job have ranged widely.`,
          `Neighbours came with $135 collected toward ${det} ${amount} funeral costs.`,
          `${det[0].toUpperCase()}${det.slice(1)} ${amount} paycheck was lost in the robbery.`,
          `The robbers took the money bag and ${det} ${amount} paycheck, which was lost.`
        ])
          assert.deepEqual(flags(text, 'unsourced-figure'), [], text)
    // Clean counterparts: the same amounts as what the sentence claims, a point on a scale, or after the conjunction "that".
    for (const amount of ['$344,000', '$1.2 million', '$400'])
      for (const text of [
        `The city lost ${amount} on the job.`,
        `Losses on the job have reached ${amount}.`,
        `The losses reached the ${amount} mark last year.`,
        `It is clear that ${amount} was lost.`,
        `The repairs cost the city ${amount} last year.`
      ])
        assert.deepEqual(flags(text, 'unsourced-figure'), [amount], text)
  })
  it("leaves an item of a list alone when the list's lead-in is a plan: the items are its terms", () => {
    for (const lead of ['It will be accomplished in two ways:', 'The railroad plans to save money in two ways:', 'The cuts would come in two steps:'])
      for (const [one, two] of [
        ['1 A flat cut of 10 per cent in the salary of all officers.', '2 Sufficient lay-offs to bring about a 5 per cent cut in the payroll.'],
        ['(1) A cut of $2 million in salaries.', '(2) Lay-offs to bring about a cut of 15 percent in the payroll.']
      ]) {
        const between = 'There are about 3,325 officers and employees in this class.'
        // The count between the items is the reporter's own and still needs its source.
        assert.deepEqual(flags(`${lead} ${one} ${between} ${two}`, 'unsourced-figure'), ['3,325 officers and employees'], `${lead} ${one}`)
        assert.deepEqual(flags(`${lead}\n\n${one} ${two}`, 'unsourced-figure'), [], `${lead} ¶ ${one}`)
      }
    assert.deepEqual(flags('The railroad would cut costs in two ways: (1) a cut of 10 per cent in salaries; (2) lay-offs.', 'unsourced-figure'), [])
    // Clean counterparts: a list of what happened, not of a plan, and a number opening a sentence with no list before it.
    assert.deepEqual(
      flags('Costs fell in two ways: 1 A flat cut of 10 per cent in salaries. 2 Lay-offs brought about a 5 per cent cut in the payroll.', 'unsourced-figure'),
      ['10 per cent', '5 per cent']
    )
    assert.deepEqual(flags('The railroad will meet on Monday. 2 Lay-offs brought about a 5 per cent cut in the payroll.', 'unsourced-figure'), ['5 per cent'])
  })
  it('leaves an accusation alone when the record of the charge is named in its paragraph or the one before', () => {
    for (const record of [
      'D. Arthur Connelly, assistant United States attorney, read the indictment.',
      'A federal grand jury indicted the men on Tuesday.',
      'The complaint was filed in federal court on Monday.'
    ])
      for (const subject of ['Cooperman and Teller are', 'The two men were', 'She is'])
        for (const charge of ['accused of selling $4,700 worth of heroin', 'accused of causing $12,000 in damage', 'accused of having spent $8,555 on a beach'])
          for (const text of [`${record}\n\n${subject} ${charge}.`, `${record} ${subject} ${charge}.`])
            assert.deepEqual(flags(text, 'unsourced-figure'), [], text)
    // Clean counterparts: no record in view, a record two paragraphs back, and an amount outside the accusation's clause.
    for (const text of [
      'Day after day some new episode is reported.\n\nThe department is accused of having spent $8,555 to build a private beach.',
      'The grand jury read the indictment.\n\nThe trial opened on Monday.\n\nThe two men are accused of selling $4,700 worth of heroin.',
      'The complaint was filed on Monday. She is accused of lying, and the losses reached $40,000.'
    ])
      assert.equal(flags(text, 'unsourced-figure').length, 1, text)
  })
  it("goes on with a source's list into the paragraph after it when that paragraph opens on a thing the source counted", () => {
    for (const [source, thing] of [
      ['F. W. Dodge, Dodge Corporation,', 'construction contracts'],
      ['the state board', 'building permits']
    ])
      for (const subject of [`The cumulative total of ${thing} for the first ten months`, `The ten-month value of the ${thing}`])
        for (const [amount, change] of [
          ['$634,517,000', '4 per cent'],
          ['$2.1 billion', '12%']
        ]) {
          const lead = `Maryland ${thing} during October totaled $77,389,000, up 10 per cent, ${source} reported.\n\n${source.split(',')[0]} reported the following breakdown:\n\nNonresidential at $20,447,000, down 28 per cent; residential at $47,101,000, up 100 per cent.`
          const text = `${lead}\n\n${subject} amounted to ${amount}, a ${change} increase over last year.`
          assert.deepEqual(flags(text, 'unsourced-figure'), [], text)
          // Clean counterparts: a subject the source did not count, and the same sentence after a paragraph with a source of its own.
          assert.deepEqual(flags(`${lead}\n\nThe city's retail sales rose ${change} this year.`, 'unsourced-figure'), [change], subject)
          assert.deepEqual(
            flags(`${source.split(',')[0]} said ${thing} rose.\n\n${subject} amounted to ${amount}, a ${change} increase over last year.`, 'unsourced-figure'),
            [change],
            subject
          )
        }
  })
  it("goes on with a source's account into the next paragraph when a sentence opens on a thing the source named", () => {
    for (const [who, cue] of [
      ['They', 'told police'],
      ['The owners', 'said'],
      ['Mrs. Kochanek', 'told officers']
    ])
      for (const opening of ['One of the rings was valued at $900.', 'The watch was valued at $125.', 'The pearl earrings were worth $85.'])
        assert.deepEqual(
          flags(
            `${who} ${cue} the intruders took four rings, a watch and a set of pearl earrings.\n\n${opening} The others were valued at $325, $75 and $65.`,
            'unsourced-figure'
          ),
          [],
          `${who} ${cue} … ${opening}`
        )
    // Clean counterparts: a thing the source did not name, or an account nobody is credited with, still needs its source.
    assert.deepEqual(flags('They told police the intruders took four rings.\n\nThe house was valued at $900,000.', 'unsourced-figure'), ['$900,000'])
    assert.deepEqual(flags('The intruders took four rings.\n\nOne of the rings was valued at $900.', 'unsourced-figure'), ['$900'])
  })
  it('is covered by an attribution at the end of the sentence', () => {
    assert.deepEqual(flags('At least 40 people were killed, the health ministry said on Sunday.', 'unsourced-figure'), [])
  })
  it('is covered by "according to" anywhere in the sentence', () => {
    assert.deepEqual(flags('Turnout reached 48 percent according to the election commission.', 'unsourced-figure'), [])
  })
  it('carries over to the next sentence of the same paragraph, once', () => {
    const text = 'The ministry said 40 people were killed on Sunday. Another 12 people were injured. By Monday 300 people had fled.'
    assert.deepEqual(flags(text, 'unsourced-figure'), ['300 people'])
  })
  it('carries a document through its paragraph', () => {
    const text = 'The audit found that 40 people were overpaid. Another 12 people were underpaid. In all 300 people were affected.'
    assert.deepEqual(flags(text, 'unsourced-figure'), [])
  })
  it('credits an estimate with no agent to a source named earlier in its paragraph', () => {
    for (const [lead, estimate] of [
      ['Agriculture Department economists estimate that subsidies will reach $1.4 billion.', 'Farm income is estimated at $39.5 billion.'],
      ['The agency said on Monday that the harvest was late.', 'Damage was calculated at $2 million.'],
      ['Ruiz told the council that repairs were overdue.', 'The cost of repairs was estimated at $4 million.']
    ]) {
      const text = `${lead} Prices held steady in the spring. ${estimate}`
      assert.deepEqual(flags(text, 'unsourced-figure'), [], text)
      assert.notDeepEqual(flags(`Prices held steady in the spring. ${estimate}`, 'unsourced-figure'), [], estimate)
    }
  })
  it('does not carry over into the next paragraph', () => {
    assert.deepEqual(flags('The ministry said 40 people were killed.\n\nAnother 12 people were injured.', 'unsourced-figure'), ['12 people'])
  })
  it('is not a statistic inside a quotation with a speaker', () => {
    assert.deepEqual(flags('"We lost 30 percent of our staff," said Jo Lind.', 'unsourced-figure'), [])
  })
  it('is not fooled by a vague source', () => {
    assert.deepEqual(flags('Experts say 30 percent of workers will lose their jobs.', 'unsourced-figure'), ['30 percent'])
  })
  it('leaves dates, ages, times, durations, street numbers and model numbers alone', () => {
    const text = 'On March 3, 2021, at 10:30, Jo Lind, 58, who had lived at 10 Downing Street for 16 years, bought 3 Boeing 737 jets.'
    assert.deepEqual(flags(text, 'unsourced-figure'), [])
  })
  for (const [what, sentences] of [
    [
      'an amount worth of a bond issue or a loan',
      ['The state is ready to sell $30 million worth of highway bonds.', 'He fought the issue of $50 million worth of new rural road bonds.']
    ],
    ['a price or a rate per unit', ['The plan pays all costs above $20 a patient.', 'Members lost $10 a day in pay.', 'Each seat costs $25 per person.']],
    ['an amount someone would spend', ['Of the total, $26,000,000 would be spent through universities.', 'Another $4 million will go to schools.']],
    ['a number that modifies as a compound', ['Both are 10-year men at 30 with a lot of ability.', 'The 22-year-old workers met on Friday.']],
    ['a levy, a fee or a wage base', ['The levy is scheduled to rise by 1 per cent on that date.', 'The fee rose to $12 last year.']],
    ['a share of those asked', ['Two out of three said their sales rose 5% from a year earlier.']],
    ['a set already introduced, after "the"', ['The ruling pertained to eight of the 10 cases.', 'The 35 passengers were flown home on Monday.']],
    [
      'a term of a plan or a schedule, however far into the clause',
      [
        'Each member would get one post for each 10,000,000 people in its population up to 150,000,000 people.',
        'The judge had been scheduled this week to hear seven cases involving 35 persons.'
      ]
    ],
    ['a number after "No."', ['Beaverton School District No. 48 board members met on Monday.', 'Union Local No. 12 members voted to strike.']],
    [
      'the unit of a ratio',
      [
        'Each member gets one seat for each 10,000,000 people in its population.',
        'The district hires a teacher for every 25 students.',
        'One more post goes to a state for each additional 30,000 residents.'
      ]
    ]
  ]) {
    it(`is not a statistic: ${what}`, () => {
      for (const text of sentences) assert.deepEqual(flags(text, 'unsourced-figure'), [], text)
    })
  }
  it('clean counterpart: measured costs, changes and counts of people are still flagged', () => {
    for (const [text, figure] of [
      ['The repairs cost $30 million last year.', '$30 million'],
      ['Sales fell 5% from a year earlier.', '5%'],
      ['Crime has risen 40 percent since 2019.', '40 percent'],
      ['The plan would cut taxes, and 3,000 people lost their jobs.', '3,000 people'],
      ['Eight of 10 voters support the plan.', '10 voters'],
      ['Violent crime has risen by 40 percent.', '40 percent'],
      ['Exports have fallen 12 percent.', '12 percent'],
      ['Exports are growing 3 percent a year.', '3 percent'],
      ['More than 20 million people live on farms.', '20 million people'],
      ['For every 100 people tested, 12 people were infected.', '12 people']
    ])
      assert.deepEqual(flags(text, 'unsourced-figure'), [figure], text)
  })
  it('flags money and percentages, including the currency sign', () => {
    assert.deepEqual(flags('The deficit hit $4.5 billion, or 3 per cent of output.', 'unsourced-figure'), ['$4.5 billion', '3 per cent'])
  })
})

describe('anonymous-source', () => {
  it('does not read a hypothetical belief as a source ("one person in a hundred would know what to do")', () => {
    for (const subject of ['one person in a hundred', 'One official', 'Few residents'])
      for (const verb of ['would know', 'could believe', 'might think'])
        assert.deepEqual(
          flags(
            `${subject} ${verb} what to do in an attack.`.replace(/^./u, (c) => c.toUpperCase()),
            'anonymous-source'
          ),
          [],
          `${subject} ${verb}`
        )
    // Clean counterpart: an unnamed source that tells, in any mood, is still flagged.
    assert.deepEqual(flags('An official would say only that the talks continue.', 'anonymous-source'), ['An official would say'])
  })
  it('leaves the officials of a body the story names alone ("Hospital officials said" after "Roger Williams Hospital")', () => {
    for (const [name, head] of [
      ['Roger Williams Hospital', 'Hospital'],
      ['Lincoln High School', 'School'],
      ['Acme Steel Company', 'Company']
    ]) {
      assert.deepEqual(flags(`The youth was taken to ${name} on Monday. ${head} officials said the injury was severe.`, 'anonymous-source'), [])
      // Clean counterpart: with no such body named, the officials are unnamed.
      assert.deepEqual(flags(`${head} officials said the injury was severe.`, 'anonymous-source'), [`${head} officials said`])
    }
  })
  it('does not read a call for help as a source speaking ("hotel officials called police")', () => {
    for (const subject of ['hotel officials', 'aides', 'sources close to the family'])
      for (const service of ['police', '911', 'authorities'])
        assert.deepEqual(
          flags(`When Huff tried to cash another check there, ${subject} called ${service}.`, 'anonymous-source'),
          [],
          `${subject} called ${service}`
        )
  })
  it('flags unnamed sources that give information: a clause, a closing attribution, a quotation, what something is said to be', () => {
    for (const source of ['Sources', 'One diplomat', 'Two aides', "Obama's aides", 'A source'])
      for (const [before, cue, after] of [
        ['', 'said', ' the plan was dead.'],
        ['The plan is dead, ', 'said', '.'],
        ['', 'described', ' the speeches as "inconclusive."'],
        ['', 'told', ' reporters: "It is over."']
      ]) {
        const who = before ? source.toLowerCase().replace("obama's", "Obama's") : source
        const text = `${before}${who} ${cue}${after}`
        assert.deepEqual(flags(text, 'anonymous-source'), [`${who} ${cue}`], text)
      }
  })
  it('clean counterpart: a question asked, a statement denied, a reaction with an object, or one person a possessive names, is no anonymous sourcing', () => {
    for (const text of [
      'Lawmakers have not said when they would take up the bill.',
      'Lawmakers also asked whether the deals required cooperation.',
      'Officials would not say who was hurt.',
      "Some state officials praised Mr. Clarke's work.",
      'Diplomats almost universally expressed outrage over the test.',
      '"That was outrageous," Obama\'s former campaign strategist said in an interview.',
      "The mayor's spokesman said the plan was dead."
    ])
      assert.deepEqual(flags(text, 'anonymous-source'), [], text)
  })
  it('accepts a described source with a reason for anonymity', () => {
    const text = 'Two officials involved in the talks said the deal was off. They spoke on condition of anonymity because they were not authorized to speak.'
    assert.deepEqual(flags(text, 'anonymous-source'), [])
  })
  it('flags a described source with no reason', () => {
    assert.deepEqual(flags('Two officials involved in the talks said the deal was off.', 'anonymous-source'), ['Two officials involved in the talks said'])
  })
  it('makes an unnamed attack an error', () => {
    const [m] = lint('Sources said the minister was a thug.', {preset: [], rules: {'anonymous-source': 'warn'}}).messages.filter(
      (x) => x.ruleId === 'anonymous-source'
    )
    assert.equal(m.fatal, true)
    assert.match(m.reason, /judgement or an attack/)
  })
  for (const second of ['but cautioned that the list was not final', 'and added that talks would go on', 'adding that talks would go on']) {
    it(`flags one unnamed source once, whatever else it said: "…, ${second}"`, () => {
      assert.deepEqual(flags(`Two officials involved in the talks said the deal was off, ${second}.`, 'anonymous-source'), [
        'Two officials involved in the talks said'
      ])
    })
  }
  it('flags the house formulas of an outlet or the newsroom, with a "that" clause or a bare one, in any tense', () => {
    for (const outlet of ['Fox News', 'The Ledger', 'CNN', 'We', 'The Daily Post', 'Politico', 'The network', 'The paper', 'I'])
      for (const verb of ['has learned', 'is told', 'was told', 'has been told', 'have learned', 'are told', 'am told', 'have been told'])
        for (const clause of [' that the deal is off.', ' the deal is off.']) {
          const person = outlet === 'We' ? 'plural' : outlet === 'I' ? 'first' : 'singular'
          const agrees = {plural: /^(?:have|are)\b/u, first: /^(?:have|am|was)\b/u, singular: /^(?:has|is|was)\b/u}[person]
          if (!agrees.test(verb)) continue
          const text = `${outlet} ${verb}${clause}`
          assert.deepEqual(flags(text, 'anonymous-source'), [verb], text)
        }
  })
  it('flags the reporter\'s own "I\'m told" with a clause', () => {
    for (const text of ["I'm told the deal is off.", 'I\u2019m told that the deal is off.'])
      assert.deepEqual(flags(text, 'anonymous-source'), [text.slice(0, 8)], text)
    assert.deepEqual(flags('"I\'m told nothing," the mayor said.', 'anonymous-source'), [])
  })
  it('leaves a person who was told or learned something, and "told" with no clause after it', () => {
    for (const text of [
      'Ruiz was told that she had been fired.',
      'Senator Ana Ruiz has learned that she lost.',
      'Tom Baker was told the news on Monday.',
      'NBC News was told to leave the room.',
      'The Ledger was told the news on Monday.',
      'Fox News was told by aides that the deal is off.',
      'I have learned a lot from her.',
      'We have learned the hard way.',
      'I was told to wait outside.',
      'The network was told the news on Monday.',
      'The mayor has learned to live with the criticism.',
      'A paper was told to leave.'
    ])
      assert.deepEqual(flags(text, 'anonymous-source'), [], text)
  })
  it('does not take a definite description of a named person for an unnamed source', () => {
    assert.deepEqual(flags('Jo Lind arrived on Monday. According to the top diplomat, talks will resume.', 'anonymous-source'), [])
  })
})

describe('quote-without-speaker', () => {
  it('accepts a speaker after the quote in the next sentence of the paragraph… only through continuation', () => {
    assert.deepEqual(flags('"We will win this fight," said Jo Lind. "Nobody can stop us now."', 'quote-without-speaker'), [])
  })
  it('flags a quotation nobody is credited with', () => {
    assert.deepEqual(flags('The rally ended at noon. "Nobody can stop us now, not even the courts."', 'quote-without-speaker'), [
      '"Nobody can stop us now, not even the courts."'
    ])
  })
})

describe('opinion-as-fact and headline-claim', () => {
  it('does not flag a judgement inside reported speech', () => {
    assert.deepEqual(flags('Critics of the plan, led by Jo Lind, said the reform was a disaster.', 'opinion-as-fact'), [])
  })
  it('flags an accusation in a headline but not one credited in it', () => {
    assert.deepEqual(flags('# Mayor stole from the pension fund\n\nText.', 'headline-claim'), ['stole'])
    assert.deepEqual(flags('# Mayor stole from the pension fund, auditors say\n\nText.', 'headline-claim'), [])
  })
})

describe('research-claim supersedes weasel', () => {
  it('reports "Studies show" once, as a research claim', () => {
    const ids = lint('Studies show that coffee is good for you.').messages.map((m) => m.ruleId)
    assert.deepEqual(
      ids.filter((id) => id === 'weasel' || id === 'research-claim'),
      ['research-claim']
    )
  })
})

describe('rules that supersede others, and ignore comments', () => {
  it('drops the superseded message before comments filter, so ignoring the message shown leaves the phrase clean', () => {
    const shown = (text) => lint(text).messages.map((m) => `${m.ruleId}:${m.actual}`)
    // weasel's word list and agentless-attribution both see "Critics say"; weasel's message is shown.
    assert.deepEqual(shown('Critics say the plan will fail.'), ['weasel:Critics say'])
    assert.deepEqual(shown('<!-- slant ignore weasel -->\nCritics say the plan will fail.'), [])
    // With weasel off, the other rule speaks.
    assert.deepEqual(
      lint('Critics say the plan will fail.', {rules: {weasel: 'off'}}).messages.map((m) => m.ruleId),
      ['agentless-attribution']
    )
  })
})
