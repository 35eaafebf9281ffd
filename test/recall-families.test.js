// Behavioural tests for the recall families of issue 11, generated from templates: each
// trigger in several subjects, tenses, inflections and word orders must be flagged by its rule
// on its words; each clean counterpart (another sense, a named quotation, a named source) must
// not be. A family passes at 95% of its cases or more; every rate is printed.
import assert from 'node:assert/strict'
import {describe, it} from 'node:test'
import {lint} from '../dist/index.js'
import {cap, family, product} from './recall-family.js'

const SUBJECTS = ['Senator Ana Ruiz', 'the minister', 'he', 'the company', 'Tom Baker']
const FORMS = {
  claim: ['claimed', 'claims', 'has claimed', 'is claiming', 'had claimed'],
  insist: ['insisted', 'insists', 'has insisted', 'is insisting'],
  admit: ['admitted', 'admits', 'has admitted', 'had admitted'],
  concede: ['conceded', 'concedes', 'has conceded'],
  maintain: ['maintained', 'maintains', 'has maintained'],
  contend: ['contended', 'contends']
}

describe('verbs of attribution by lemma and frame (speech-verb)', () => {
  const fire = product({
    s: SUBJECTS,
    v: Object.values(FORMS).flat(),
    adv: ['', ' on Monday', ' repeatedly'],
    c: [' that the count was wrong.', ' the count was wrong.']
  })
    // "repeatedly" goes before the verb; "on Monday" after it, and then AP style keeps "that".
    .filter(({adv, c}) => adv !== ' on Monday' || c.startsWith(' that'))
    .map(({s, v, adv, c}) => {
      const verb = v.split(' ').at(-1)
      const text = adv === ' repeatedly' ? `${cap(s)}${adv.replace(/^ /, ' ')} ${v}${c}` : `${cap(s)} ${v}${adv}${c}`
      return {text, expect: verb}
    })
  const clean = product({
    s: ['the group', 'the team', 'the rebels', 'she'],
    p: [
      'claimed responsibility for the attack.',
      'claimed the title in 2019.',
      'has claimed four lives.',
      'was admitted to hospital on Sunday.',
      'was admitted to the bar in 2004.',
      'conceded the race on Tuesday.',
      'conceded two goals in the first half.',
      'boasts a population of 9,000.',
      'has admitting privileges at two hospitals and requires upgrades.',
      'said the count was wrong.'
    ]
  }).map(({s, p}) => `${cap(s)} ${p}`)
  clean.push(
    '"We claimed nothing and admitted nothing," said Ana Ruiz, a council member.',
    '"The count was wrong," Tom Baker insisted, adding that he would appeal.'.replace(' Tom Baker insisted', ' said Tom Baker')
  )
  family('speech verbs', {rule: 'speech-verb', fire, clean})
  it('a verb of demanding with a bare verb after it is a demand, not an assertion ("insist he rest", "insisted that the bill be passed")', () => {
    const clauses = ['he rest for a month', 'she resign at once', 'Ruiz step aside', 'that the bill be passed', 'that he be heard']
    for (const s of SUBJECTS)
      for (const v of ['insisted', 'insists', 'has insisted'])
        for (const c of clauses) {
          const text = `${cap(s)} ${v} ${c}.`
          assert.deepEqual(
            lint(text).messages.filter((m) => m.ruleId === 'speech-verb'),
            [],
            text
          )
        }
    // The assertion itself is still loaded, a modal before "be" included.
    for (const text of ['The minister insisted he was right.', "The wingback insists he'll be ready.", 'She insisted it would be fine.'])
      assert.equal(lint(text).messages.filter((m) => m.ruleId === 'speech-verb').length, 1, text)
  })
  it('an -ing form right after "have" modifies a noun and is no verb of speech ("have admitting privileges")', () => {
    for (const s of SUBJECTS) {
      const text = `${cap(s)} ${s === 'he' || s.includes(' ') ? 'has' : 'have'} admitting privileges at two hospitals and requires upgrades.`
      assert.deepEqual(
        lint(text).messages.filter((m) => m.ruleId === 'speech-verb'),
        [],
        text
      )
    }
  })
  // Only claim, admit and confess have a legal sense: a court nearby does not excuse "noted".
  const courtFire = product({
    s: ['Senator Ana Ruiz', 'the minister', 'he'],
    v: ['noted', 'revealed', 'pointed out', 'insisted'],
    c: [' that the court had erred.', ' that the trial would move to May.', ' that the judge never read the plea.']
  }).map(({s, v, c}) => ({text: `${cap(s)} ${v}${c}`, expect: v}))
  const courtClean = product({
    s: ['Senator Ana Ruiz', 'the minister', 'he'],
    v: ['admitted in court', 'claimed at trial', 'confessed to the judge'],
    c: [' that the money was gone.', ' that he lied.']
  }).map(({s, v, c}) => `${cap(s)} ${v}${c}`)
  family('speech verbs near a court', {rule: 'speech-verb', fire: courtFire, clean: courtClean})
  // A confession to the police and a filing's contention are legal senses; a lawsuit later in the sentence does not make a claim one.
  const questioned = product({
    s: ['Pohl', 'the driver', 'he'],
    v: ['confessed the arson', 'admitted the theft'],
    c: [' while being questioned by State Police.', ' during questioning by detectives.']
  }).map(({s, v, c}) => `${cap(s)} ${v}${c}`)
  questioned.push('Walker is considering a motion for a new trial which would contend that the verdict was wrong.')
  const claimBeforeSuit = product({s: ['Alex Jones', 'the host'], c: [' that the shooting was staged, which led to a lawsuit against him.']}).map(({s, c}) => ({
    text: `${cap(s)} claimed${c}`,
    expect: 'claimed'
  }))
  // A demonstrative standing alone is the subject, not an article before a noun.
  claimBeforeSuit.push({text: 'These contend there is a serious question about the plan.', expect: 'contend'})
  family("admissions under questioning and a filing's contention are legal; a claim before a lawsuit is not", {
    rule: 'speech-verb',
    fire: claimBeforeSuit,
    clean: questioned
  })
  // "Noted" and "pointed out" present what follows as true: right for a dated past event, loaded for a view.
  const record = (clauses) => product({s: ['Senator Ana Ruiz', 'the minister', 'he'], v: ['noted', 'pointed out', 'observed'], c: clauses})
  const recordFire = record([
    ' that the plan would fail.',
    ' that voters rejected the amendment.',
    ' that the law is unfair.',
    ' that voters last year were wrong.',
    ' that voters have rejected the amendment since 1990.'
  ]).map(({s, v, c}) => ({text: `${cap(s)} ${v}${c}`, expect: v.split(' ')[0]}))
  const recordClean = record([
    ' that voters last November rejected the amendment.',
    ' that Congress passed a law in 1960.',
    ' that the council voted against it two years ago.',
    ' that the mayor resigned yesterday.',
    ' that turnout fell last year.',
    ' that the population has grown 125,000 a year since 1950.'
  ]).map(({s, v, c}) => `${cap(s)} ${v}${c}`)
  family('truth-presenting verbs before a view, not a dated past event', {rule: 'speech-verb', fire: recordFire, clean: recordClean})
  // After a modal or a relative pronoun the verb is a verb, however the tagger reads it.
  const GROUPS = ['the coalition', 'the senators', 'Tom Baker', 'some critics']
  const CLAIMS = [' that the count was wrong', ' the count was wrong', ' that global warming is a myth']
  const modalFire = product({s: GROUPS, m: ['may', 'might', 'could', 'will', 'would'], v: ['claim', 'insist', 'contend', 'admit'], c: CLAIMS}).map(
    ({s, m, v, c}) => ({text: `${cap(s)} ${m} ${v}${c}.`, expect: v})
  )
  const relativeFire = product({s: GROUPS, r: ['which', 'who'], v: ['claims', 'claimed', 'insists', 'maintains'], c: CLAIMS}).map(({s, r, v, c}) => ({
    text: `${cap(s)}, ${r} ${v}${c}, met on Monday.`,
    expect: v
  }))
  const modalClean = product({
    s: GROUPS,
    m: ['may', 'could', 'will'],
    p: ['claim the rebate next year', 'admit new members in May', 'concede the race on Tuesday', 'say the count was wrong']
  }).map(({s, m, p}) => `${cap(s)} ${m} ${p}.`)
  const relativeClean = product({s: GROUPS, r: ['which', 'who'], p: ['claimed the town', 'admitted two patients', 'said the count was wrong']}).map(
    ({s, r, p}) => `${cap(s)}, ${r} ${p}, met on Monday.`
  )
  family('speech verbs after a modal or a relative pronoun', {
    rule: 'speech-verb',
    fire: [...modalFire, ...relativeFire],
    clean: [...modalClean, ...relativeClean, 'The May claims were paid in full.']
  })
  it('a document noting something records it, and an admission in a police story is the legal one', () => {
    const flagged = (text) =>
      lint(text)
        .messages.filter((m) => m.ruleId === 'speech-verb')
        .map((m) => m.actual)
    for (const doc of ['An official statement adopted by the board', 'The report', 'The court ruling'])
      for (const verb of ['noted', 'notes', 'pointed out'])
        assert.deepEqual(flagged(`${doc} ${verb} that state tax rules are a roadblock.`), [], `${doc} ${verb}`)
    for (const [s, tail] of [
      ['The driver', ', police said.'],
      ['The suspect', ' after troopers stopped the car.']
    ])
      for (const verb of ['admitted', 'confessed']) assert.deepEqual(flagged(`${s} ${verb} he was the owner's son${tail}`), [], `${s} ${verb}`)
    // Clean counterparts: a person noting, and an admission with no police in view, are still flagged.
    assert.deepEqual(flagged('Ruiz noted that state tax rules are a roadblock.'), ['noted'])
    assert.deepEqual(flagged('The senator admitted he was wrong about the budget.'), ['admitted'])
  })
})

describe('journalese verbs of criticism by subject and object (loaded-emotive)', () => {
  const fire = product({
    s: ['The senator', 'Ruiz', 'The union', 'She'],
    v: ['slammed', 'slams', 'has slammed', 'blasted', 'blasts', 'ripped', 'rips', 'hammered', 'trashed', 'skewered'],
    o: [' the plan.', ' the ruling as reckless.', ' Ruiz for the delay.', ' the ministry over the cuts.', " Ruiz's plan.", " the council's budget plan."]
  }).map(({s, v, o}) => ({
    text: `${s} ${v}${o}`,
    expect: v.split(' ').at(-1)
  }))
  fire.push(
    ...product({s: ['The council', 'The court', 'She'], v: ['shot down', 'shoots down', 'has shot down'], o: [' the proposal.', ' the plan on Monday.']}).map(
      ({s, v, o}) => ({text: `${s} ${v}${o}`, expect: 'down'})
    )
  )
  const clean = [
    ...product({
      s: ['He', 'The guard', 'She'],
      p: [
        'slammed the door.',
        'slammed the brakes.',
        'slammed into a wall.',
        'blasted through the rock.',
        'slammed the lid shut.',
        "blasted Hyde's next pitch 415 feet over the wall.",
        'blasted the ball over the fence.',
        'ripped the poster off the wall.',
        'hammered the last nail into the frame.',
        'ripped open the envelope.'
      ]
    }).map(({s, p}) => `${s} ${p}`),
    ...[
      'The storm blasted the coast overnight.',
      'Music blasted from the speakers.',
      'Police shot down a drone near the airport.',
      'The army shot down two jets.',
      'Hurricane winds slammed the coast.',
      'The storm ripped through the town overnight.',
      'Mays hammered a home run in the ninth.'
    ],
    '"They slammed the plan," said Ana Ruiz, a council member.',
    '"They ripped the plan," said Ana Ruiz, a council member.'
  ]
  family('journalese verbs', {rule: 'loaded-emotive', fire, clean})
})

describe('possessives and capitalised forms of listed terms', () => {
  const fire = product({t: ['regime', 'Regime'], rest: ["'s leaders met on Tuesday.", "'s army withdrew.", ' fell in 1989.']}).map(({t, rest}) => ({
    text: `The ${t === 'Regime' ? '' : ''}${t}${rest}`.replace('The Regime', 'Regime'),
    expect: t
  }))
  const clean = ['The government fell in 1989.', "The government's leaders met on Tuesday.", '"The regime must go," said Ana Ruiz, an opposition leader.']
  family('possessive labels', {rule: 'loaded-label', fire, clean})
  const ap = product({p: ["Kiev's mayor spoke on Monday.", 'Talks resumed in Kiev on Tuesday.', "The mayor of Kiev's office was shut."]}).map(({p}) => ({
    text: p,
    expect: 'Kiev'
  }))
  family('possessive house terms (ap)', {
    rule: 'house-ap',
    preset: 'ap',
    fire: ap,
    clean: ['The restaurant still serves chicken Kiev.', "Kyiv's mayor spoke on Monday."]
  })
})

describe('agentless and impersonal attribution (agentless-attribution)', () => {
  const impersonal = product({
    be: ['is', 'was', 'has been'],
    adv: ['', 'widely ', 'generally ', 'often '],
    v: ['believed', 'known', 'thought', 'accepted', 'suggested'],
    c: [' that the mayor lied.']
  }).map(({be, adv, v, c}) => ({
    text: `It ${be} ${adv}${v}${c}`,
    expect: v
  }))
  const passive = product({
    s: ['The move', 'The plan', 'The tax cuts', 'She', 'The reforms'],
    be: ['is', 'are', 'was', 'were'],
    f: [
      'expected to face a challenge.',
      'widely seen as a giveaway.',
      'often described as the frontrunner.',
      'widely regarded as a failure.',
      'seen by many as a giveaway.',
      'considered by some as a mistake.',
      'expected to fail, and the vote is on Tuesday.',
      'expected to march on the capital.',
      'expected to say it may fail.'
    ]
  })
    .filter(({s, be}) => (s === 'The tax cuts' || s === 'The reforms') === (be === 'are' || be === 'were'))
    .map(({s, be, f}) => ({text: `${s} ${be} ${f}`, expect: f.split(' ')[0] === 'expected' ? 'expected' : f.split(' ').find((w) => /ed$|seen/u.test(w))}))
  const clean = [
    ...product({
      s: ['The move', 'The plan'],
      f: [
        'is expected to face a challenge, officials said.',
        'is expected by the ministry to face a challenge, a spokesman said.',
        'was built in 1932.',
        'was approved on Monday.',
        'was seen at the station.',
        'was described in the report published by the council on Monday.'
      ]
    }).map(({s, f}) => `${s} ${f}`),
    // A schedule, not a view: the infinitive says when ("is expected to vote on Tuesday").
    ...product({
      s: ['The council is', 'About 1,500 delegates are', 'The governor was', 'The talks, which are', 'It is'],
      v: ['expected to meet', 'expected to register', 'expected to receive the report', 'expected to continue'],
      t: [' today', ' this week', ' through Saturday', ' on Tuesday', ' next month', ' in March']
    }).map(({s, v, t}) => (s.startsWith('The talks') ? `${s} ${v}${t}, will cover trade.` : `${s} ${v}${t}.`)),
    '"It is widely known that the mayor lied," said Ana Ruiz, a council member.',
    'The senator said the reforms were widely regarded as a failure.',
    'They are reported to the floor after a day.'
  ]
  const collective = product({
    q: ['Many', 'Some', 'Most'],
    g: [' historians', ' local residents', ' Democrats', ''],
    v: ['believe', 'argue', 'have long argued', 'fear'],
    c: [' that the treaty was a mistake.', ' the treaty was a mistake.']
  }).map(({q, g, v, c}) => ({
    text: `${q}${g} ${v}${c}`,
    expect: q
  }))
  collective.push(
    ...[
      'Most readers view the paper as partisan.',
      'Some viewed the attempt as a stunt.',
      // A named view inside the group's own is part of what the group holds.
      'Some viewed this attempt as evidence that Mr. Wagner regarded himself as bigger than the party.',
      'The bill passed, with many stating that it came too late.'
    ].map((text) => {
      const verb = /view|viewed|stating/u.exec(text)
      assert.ok(verb, text)
      return {text, expect: verb[0]}
    })
  )
  // A crowd whose only part is to hold views: any verb of theirs is a view.
  collective.push(
    ...product({
      q: ['Many', 'Some'],
      g: [' critics', ' observers', ' commentators'],
      v: [' also take issue with', ' point to', ' have questioned', ' dispute'],
      o: [' the style of the film.', ' the ruling.']
    }).map(({q, g, v, o}) => ({text: `${q}${g}${v}${o}`, expect: q}))
  )
  const collectiveClean = [
    'Many scientists work at the lab.',
    'Some observers, including Ana Ruiz of the UN, point to the ruling.',
    'Many people moved to the camps in December.',
    'The book stayed on the list for many weeks.',
    'Some hotels even boast two pools.',
    'Many historians, including Ana Ruiz of Leeds University, believe the treaty was a mistake.',
    'Most of the fire was directed at the senator.',
    'Some new episode is reported every day.',
    '"Many historians believe the treaty was a mistake," said Ana Ruiz.',
    // An agent named a few words on, past an adjunct.
    ...product({
      s: ['The jury panel', 'The witness', 'Each candidate'],
      v: ['was questioned', 'was described'],
      a: [' as a group by Mr. Weaver about the case.', ' at length by the prosecutor on Monday.']
    }).map(({s, v, a}) => `${s} ${v}${a}`)
  ]
  // The weasel word list supersedes this rule where both flag the same words: either message counts.
  family('agentless frames', {
    rule: ['agentless-attribution', 'weasel'],
    fire: [...impersonal, ...passive, ...collective],
    clean: [...clean, ...collectiveClean]
  })
  // An unnamed crowd as a source in any position, also after another speaker's words.
  const crowds = ['analysts', 'critics', 'observers', 'other outlets', 'experts']
  const anywhere = [
    ...product({
      g: crowds,
      v: ['say', 'said', 'have said'],
      frame: [
        'The plan will fail, {g} {v}.',
        '{G} {v} the plan will fail.',
        'The plan, {g} {v}, will fail.',
        'The mayor said the plan was sound; it will fail, {g} {v}.'
      ]
    }).map(({g, v, frame}) => ({
      text: frame.replace('{g}', g).replace('{G}', cap(g)).replace('{v}', v),
      expect: g.split(' ').at(-1)
    })),
    ...['polls', 'reports', 'analysts', 'experts'].flatMap((g) => [
      {text: `The senator is trailing, according to ${g}.`, expect: g},
      {text: `According to ${g}, the senator is trailing.`, expect: g}
    ]),
    ...['Critics of the plan say it will fail.', 'Critics of Mayor Ruiz say it will fail.', 'Supporters of the bill argued that it would pass.'].map(
      (text) => ({text, expect: text.split(' ')[0]})
    )
  ]
  const named = [
    'The senator is trailing, according to a Gallup poll published on Monday.',
    'The analysts said the plan would fail.',
    'Analysts at Barclays said the plan would fail.',
    'Critics, including Sen. Ana Ruiz, say the plan will fail.',
    'A committee of experts has recommended that the rule change.',
    'The plan will fail, the ministry said.',
    '"Analysts say the plan will fail," said Ana Ruiz, a council member.'
  ]
  family('unnamed crowds as sources, in any position', {rule: ['agentless-attribution', 'weasel', 'research-claim'], fire: anywhere, clean: named})
  it('a participle sharing an unnamed group with an earlier clause is flagged once, on its own words', () => {
    for (const group of ['State media', 'Right-wing media', 'Some outlets']) {
      const texts = {
        // The group is judged at its own verb; the participle adds no second message.
        [`${group} published a report last week, categorically stating that nothing was wrong.`]: 1,
        // No cue of its own before: the participle is flagged, and only its words.
        [`${group} sprang into action, implying that the candidate had lied.`]: 1
      }
      for (const [text, count] of Object.entries(texts)) {
        const messages = lint(text).messages.filter((m) => m.ruleId === 'agentless-attribution')
        assert.equal(messages.length, count, text)
        for (const m of messages) assert.ok(String(m.actual).split(' ').length <= 4, `${text}: ${m.actual}`)
      }
    }
  })
})

describe("the reporter's stance (stance)", () => {
  const minimisers = product({m: ['a mere', 'a paltry', 'just', 'only'], a: ['$1.4 billion', '$300,000']}).map(({m, a}) => ({
    text: `The city spent ${m} ${a} on the project.`,
    expect: m
  }))
  minimisers.push(
    ...product({m: ['a mere', 'a paltry', 'merely'], a: ['12 inspectors', 'two inspectors']}).map(({m, a}) => ({
      text: `The county hired ${m} ${a} last year.`,
      expect: m.split(' ').at(-1)
    }))
  )
  const feelings = product({
    f: ['nervous', 'furious', 'angry', 'terrified', 'jubilant'],
    frame: [
      'Party leaders who are {f} about the vote met on Monday.',
      'Residents were {f} after the vote.',
      'The mayor grew {f} as the count dragged on.',
      '{F} voters lined the streets.'
    ]
  }).map(({f, frame}) => ({
    text: frame.replace('{f}', f).replace('{F}', cap(f)),
    expect: f
  }))
  const others = [
    {text: 'The bridge finally opened on Monday.', expect: 'finally'},
    {text: 'The council has finally agreed to the plan.', expect: 'finally'},
    {text: 'The long-awaited report was published on Friday.', expect: 'long-awaited'},
    {text: 'It was a tragic accident on the ring road.', expect: 'tragic'},
    {text: 'In a surprise move, the council voted to close the library.', expect: 'In a surprise move'},
    {text: 'In a stunning reversal, the court freed him.', expect: 'In a stunning reversal'},
    {text: 'It is the largest plant of its kind in history.', expect: 'in history'},
    {text: 'It was the worst flood in history.', expect: 'in history'},
    {text: 'The county was among the hardest hit by the floods.', expect: 'among the hardest hit'},
    {text: 'The ads ran in an effort to paint Ruiz as weak.', expect: 'in an effort to'},
    {text: 'The campaign painted her as a radical.', expect: 'painted her as'},
    {text: 'The party cut taxes in a bid to woo voters.', expect: 'in a bid to'}
  ]
  const clean = [
    'Only the mayor voted against the plan.',
    'The city spent $1.4 billion on the project, the council said.',
    'The county hired 12 inspectors last year.',
    'The market was nervous on Monday.',
    'The bill passed first the House, then the Senate, and finally the conference committee.',
    '"We are nervous about the vote," said Ana Ruiz, the party leader.',
    'Officials said the county was among the hardest hit.',
    'The ministry said the plan was the largest of its kind in history.',
    'The ministry issued guidelines in an effort to stop the spread of the virus.',
    'It was the largest plant in the region.',
    'She said voters were angry after the vote.'
  ]
  family('stance', {rule: 'stance', fire: [...minimisers, ...feelings, ...others], clean})
})

describe('evaluative adjectives and adverbs (evaluative)', () => {
  const fire = product({
    w: ['disastrous', 'horrible', 'brilliant', 'ridiculous', 'dreadful', 'terrible', 'fantastic'],
    frame: ['It was a {w} plan.', 'The rollout was {w}.', 'Critics called it a {w} idea, and the {w} scheme was dropped.']
  }).map(({w, frame}) => ({text: frame.replaceAll('{w}', w), expect: w}))
  const clean = [
    ...product({
      w: ['disastrous', 'horrible', 'brilliant'],
      frame: ['"It was a {w} plan," said Ana Ruiz, a council member.', 'The senator said the plan was {w}.']
    }).map(({w, frame}) => frame.replace('{w}', w)),
    'Three people were found dead after the fire.',
    'The plan is illegal, the court ruled.',
    'The team played its best game of the season.',
    'The state supreme court ruled on Monday.'
  ]
  // A word another loaded-word rule lists is left to that rule: either message counts on a
  // trigger; on a clean case, evaluative itself must stay quiet (loaded-emotive notes reported speech at info by design).
  family('evaluative words', {rule: ['evaluative', 'loaded-emotive', 'puffery', 'editorializing', 'intensifier'], cleanRule: 'evaluative', fire, clean})
})
