// Behavioural tests for the recall families added after issue 11's first round, generated from
// templates in the style of recall-families.test.js: each trigger in several subjects, tenses,
// inflections and word orders must be flagged by its rule on its words; each clean counterpart
// (another sense, a name, a named quotation, reported speech) must not be. A family passes at
// 95% of its cases or more; every rate is printed.
import {describe} from 'node:test'
import {family, product} from './recall-family.js'

describe("one side's words for a conflict (conflict-framing)", () => {
  const actors = ['Turkish', 'Moroccan', 'Soviet', "Turkey's", "Morocco's", 'Indonesian', 'British']
  const nouns = product({
    a: actors,
    n: ['intervention', 'occupation'],
    frame: [
      'The {a} {n} began in the summer of 1974.',
      'Since the {a} {n}, thousands of families have left the north.',
      'The province remained under {a} {n} for decades.',
      'Talks stalled after the 1975 {a} {n}.'
    ]
  })
    // "under Turkey's occupation" reads oddly; the possessive stands in the other frames.
    .filter(({a, frame}) => !(a.endsWith("'s") && frame.includes('under')))
    .map(({a, n, frame}) => ({text: frame.replace('{a}', a).replace('{n}', n), expect: n}))
  const ofPlace = product({
    n: ['liberation', 'occupation'],
    p: ['Iraq', 'the West Bank', 'northern Cyprus', 'Kuwait', 'the island of Timor'],
    frame: ['Casualties rose after the {n} of {p}.', 'The {n} of {p} lasted years.']
  }).map(({n, p, frame}) => ({text: frame.replace('{n}', n).replace('{p}', p), expect: n}))
  const verbs = [
    ...product({
      s: ['The army', 'Soviet troops', 'The rebels', 'France', 'Allied forces'],
      v: ['liberated', 'liberates', 'has liberated', 'had liberated'],
      o: ['the town in May.', 'the northern provinces.', 'Kharkiv after a week of fighting.']
    }).map(({s, v, o}) => ({text: `${s} ${v} ${o}`, expect: v.split(' ').at(-1)})),
    ...product({s: ['The town', 'The capital', 'The island'], be: ['was', 'had been'], by: ['by Soviet troops', 'by the army', 'by Armenian forces']}).map(
      ({s, be, by}) => ({
        text: `${s} ${be} liberated ${by} in 1944.`,
        expect: 'liberated'
      })
    )
  ]
  const others = [
    ...['Palestinian', 'Armenian', 'Rohingya'].flatMap((a) => [
      {text: `The ${a} exodus reshaped the region.`, expect: 'exodus'},
      {text: `Historians disagree about the causes of the ${a} exodus.`, expect: 'exodus'}
    ]),
    ...[
      'The footage was a propaganda boost for the alliance.',
      'The ministry began a large propaganda campaign.',
      'Years of propaganda had hardened views on both sides.',
      'The leaflets were crude propaganda.'
    ].map((text) => ({
      text,
      expect: 'propaganda'
    }))
  ]
  const clean = [
    ...product({
      s: ['Traders expect', 'The bank ruled out', 'Analysts doubt'],
      o: ['government intervention in the currency market.', 'an early intervention by the central bank.', 'medical intervention for the patients.']
    }).map(({s, o}) => `${s} ${o}`),
    'The form listed his occupation as a plumber.',
    "The mayor's occupation was given as attorney.",
    'The state raised its occupation tax last year.',
    'An exodus of engineers hit the industry last year.',
    'An exodus of engineers from the city of Leeds began in the spring.',
    'The book traces the history of liberation theology.',
    "The women's liberation movement grew in the 1970s.",
    "Officers of the People's Liberation Army attended the parade.",
    'The Palestine Liberation Organization opened an office.',
    'She felt liberated after leaving the job.',
    'She felt liberated Monday after the verdict.',
    'The settlement liberated the family from its debts.',
    '"It was a liberation," said Ana Ruiz, who lived in the town.',
    '"This is an occupation," said Leila Nasser, a resident.',
    'The minister said the army had liberated the town.',
    'The slogan was dismissed as propaganda by the opposition.',
    'The campaign has been condemned as being propaganda.',
    'Early intervention programs help children read.',
    'The Exodus is told in the second book of the Bible.'
  ]
  family('conflict framing', {rule: 'conflict-framing', fire: [...nouns, ...ofPlace, ...verbs, ...others], clean})
})

describe('loaded verbs the attribution frames miss (speech-verb)', () => {
  const fire = product({
    s: ['Ruiz', 'The senator', 'He', 'The company', 'Senator Ana Ruiz'],
    v: ['claims', 'claimed', 'insists', 'insisted', 'has claimed', 'maintains'],
    pp: [' in her 2019 memoir', ' in a statement on Monday', ' on Monday', ' in the interview', ''],
    c: [' that the count was wrong.']
  }).map(({s, v, pp, c}) => ({text: `${s} ${v}${pp}${c}`, expect: v.split(' ').at(-1)}))
  fire.push(
    ...product({
      s: ['The mayor', 'Ruiz and Baker', 'Aides to the governor'],
      v: ['claimed', 'insisted', 'maintained', 'have claimed'],
      c: [' the logic of the report was flawed.', ' it worked.', ' the attacks were planned.']
    }).map(({s, v, c}) => ({
      text: `${s} ${v}${c}`,
      expect: v.split(' ').at(-1)
    })),
    ...['claim', 'insist', 'maintain'].flatMap((v) => [
      {text: `The chief of staff and the mayor ${v} that the trips paid for themselves.`, expect: v},
      {text: `Aides to the governor ${v} that the trips paid for themselves.`, expect: v}
    ])
  )
  const clean = [
    ...product({
      s: ['Their', 'The', 'His', 'A'],
      n: ['claim', 'claims'],
      rest: [' that the vote was rigged were rejected.', ' that the tax pays for itself was tested.']
    }).map(({s, n, rest}) => `${s} ${n}${rest}`),
    ...product({
      s: ['The group', 'The rebels', 'She'],
      p: [
        'claimed responsibility for the attack in a statement on Monday.',
        'claimed the title in 2019 after a long season.',
        'maintained the bridge for a decade.',
        'insisted on a recount.'
      ]
    }).map(({s, p}) => `${s} ${p}`),
    'The senator said in her 2019 memoir that the count was wrong.',
    '"We claimed in our report that the count was wrong," said Ana Ruiz, a council member.'
  ]
  family('speech verbs after a phrase', {rule: 'speech-verb', fire, clean})
})

describe('contentious labels by the reporter (loaded-label, equality)', () => {
  const sects = product({
    frame: [
      'Former members of the {w} described its rules.',
      'The {w} bought a ranch in Oregon.',
      "Police raided the {w}'s compound.",
      'Two {ws} split from the church in 1890.'
    ],
    w: ['sect']
  }).map(({frame}) => ({text: frame.replace('{ws}', 'sects').replace('{w}', 'sect'), expect: frame.includes('{ws}') ? 'sects' : 'sect'}))
  const sectClean = [
    'Clashes between Sunni and Shia sects spread to the capital.',
    'The Druze sect has lived in the hills for centuries.',
    '"It is a sect," said Ana Ruiz, a former member.',
    'The group bought a ranch in Oregon.'
  ]
  family('sect', {rule: 'loaded-label', fire: sects, clean: sectClean})
  const homosexual = product({
    frame: [
      'The church ordained an openly {w} bishop.',
      'The survey asked {w} couples about housing.',
      'The charity offers support to {w} men and women.',
      'The law banned {w} acts until 1967.'
    ],
    w: ['homosexual']
  }).map(({frame}) => ({text: frame.replace('{w}', 'homosexual'), expect: 'homosexual'}))
  const homosexualClean = [
    'The church ordained an openly gay bishop.',
    'Homosexuality was decriminalised in 1967.',
    '"I was called a homosexual at school," said Ana Ruiz, a campaigner.',
    'The survey asked same-sex couples about housing.'
  ]
  family('homosexual (GLAAD)', {rule: 'equality', fire: homosexual, clean: homosexualClean})
})

describe('judgements of conduct and character (evaluative)', () => {
  const words = ['aggressive', 'stubborn', 'inferior', 'annoying', 'humane']
  const fire = product({
    w: words,
    frame: [
      'The firm ran an {w} campaign against its rivals.',
      'Critics were met with {w} replies from the office.',
      'The union described a long, {w} dispute.',
      'It was an {w} response to the strike.'
    ]
  }).map(({w, frame}) => ({text: frame.replace('{w}', w).replace(/\ban (?=[^aeiou])/u, 'a '), expect: w}))
  const clean = [
    ...words.map((w) => `"It was an ${w} campaign," said Ana Ruiz, a council member.`.replace(/\ban (?=[^aeiou])/u, 'a ')),
    ...words.map((w) => `The senator said the campaign was ${w}.`),
    'The firm ran a long campaign against its rivals.'
  ]
  family('evaluative additions', {rule: 'evaluative', fire, clean})
})
