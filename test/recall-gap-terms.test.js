// Recall on real copy (issue 11): words that fill gaps in existing families (the inflections,
// nouns and near synonyms of terms the rules already flag), from templates varying the subject,
// the tense and the word order; each with clean counterparts in another sense, in a named
// quotation, or in a fixed name. A family passes at 95% of its cases or more.
import {describe} from 'node:test'
import {cap, family, product} from './recall-family.js'

const SUBJECTS = ['the governor', 'Senator Ana Ruiz', 'the union', 'they', 'the campaign']

describe('judgemental words that fill gaps in loaded-emotive', () => {
  const fire = [
    ...product({
      s: SUBJECTS,
      v: ['smeared', 'has smeared', 'is smearing', 'spewed insults at', 'has spewed abuse at', 'sneered at', 'sneers at', 'is pandering to', 'pandered to'],
      o: ['the judge', 'rural voters', 'the critics']
    }).map(({s, v, o}) => ({text: `${cap(s)} ${v} ${o} on Monday.`, expect: v.split(' ').find((w) => /^(?:smear|spew|sneer|pander)/u.test(w))})),
    ...product({
      w: ['strident', 'outlandish', 'exorbitant', 'delusional', 'petty', 'mediocre', 'bombastic'],
      n: ['plan', 'demands', 'speech'],
      t: ['The governor defended the', 'Critics of the']
    }).map(({w, n, t}) => ({text: `${t} ${w} ${n} met on Monday.`, expect: w})),
    ...product({
      w: ['madness', 'lunacy', 'hysteria', 'bluster', 'mockery', 'buffoonery', 'shenanigans', 'a quagmire', 'a cabal'],
      s: ['The policy is', 'What followed was', 'The hearing became']
    }).map(({w, s}) => ({text: `${s} ${w}, and the vote was delayed.`, expect: w.replace(/^a /u, '')}))
  ]
  const clean = [
    ...product({
      s: ['Her boots were', 'The wall was', 'The windows were'],
      w: ['smeared with mud', 'smeared in paint', 'smeared across the glass']
    }).map(({s, w}) => `${s} ${w} after the storm.`),
    ...['The volcano spewed ash over the valley.', 'The pipe has spewed oil into the river since May.', 'The chimney spews smoke every morning.'],
    ...product({
      s: ['He was convicted of', 'She admitted', 'The man faces a charge of'],
      o: ['petty theft', 'petty crime', 'a petty offence']
    }).map(({s, o}) => `${s} ${o} in 2012.`),
    'He pleaded not guilty by reason of insanity.',
    'The defence argued insanity, and the jury acquitted him.',
    'Fans packed the arena for March Madness.',
    'The Venerable Bede wrote the history in 731.',
    'The female is distinguished by a red crest.',
    'The bill covers essentially all sales of firearms.',
    'Realistically priced homes sold within a week.',
    ...product({
      w: ['strident', 'outlandish', 'exorbitant', 'madness', 'mediocre', 'petty'],
      sp: ['said Councillor Dana Lee', 'said Ana Ruiz, the union leader']
    }).map(({w, sp}) => `"The plan is ${w}," ${sp}.`)
  ]
  family('gap-fill judgement words', {rule: ['loaded-emotive', 'puffery', 'editorializing', 'loaded-label'], fire, clean})
})

describe('promotional words that fill gaps in puffery', () => {
  const fire = product({
    w: ['famed', 'venerable', 'fabled', 'much-loved', 'preeminent', 'consummate', 'distinguished'],
    n: ['chef', 'newspaper', 'surgeon'],
    t: ['The', 'A']
  }).map(({w, n, t}) => ({text: `${t === 'A' && /^[aeiou]/u.test(w) ? 'An' : t} ${w} ${n} opened a second office on Monday.`, expect: w}))
  const clean = [
    ...product({
      s: ['The female', 'The newer model', 'The second species'],
      v: ['is distinguished by', 'was distinguished from the first by', 'can be distinguished by']
    }).map(({s, v}) => `${s} ${v} a red crest.`),
    ...['He is a distinguished professor of history.', 'She won the Distinguished Service Medal in 2004.', 'The couple plan to consummate the merger in June.'],
    ...['famed', 'venerable', 'distinguished'].map((w) => `"She is a ${w} surgeon," said hospital director Ana Ruiz.`)
  ]
  family('gap-fill puffery', {rule: 'puffery', fire, clean})
})

describe('verbs of attribution that comment on how the point was weighed (speech-verb, MOS:SAID)', () => {
  const fire = product({
    s: SUBJECTS,
    v: ['speculated', 'speculates', 'has speculated', 'surmised', 'opined', 'has opined'],
    c: [' that the count was wrong.', ' that the deal would collapse.']
  }).map(({s, v, c}) => ({text: `${cap(s)} ${v}${c}`, expect: v.split(' ').at(-1)}))
  const clean = [
    ...product({
      s: ['Traders', 'Investors', 'The fund'],
      p: ['speculated on oil prices all week.', 'speculate in currencies.', 'has speculated in land for years.']
    }).map(({s, p}) => `${s} ${p}`),
    ...['speculated', 'opined'].map((v) => `"The count was wrong, as I ${v} that day," said Ana Ruiz, a council member.`),
    'The senator said that the court had overreached.'
  ]
  family('speculate, surmise, opine', {rule: 'speech-verb', fire, clean})
})
