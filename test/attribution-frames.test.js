// Behavioural tests for the attribution frames of issue 10, written as templates: every frame
// is tried with several subjects (name, title, pronoun, organisation), tenses and adverbs, and
// each has clean counterparts that must not be read as attribution.
import assert from 'node:assert/strict'
import {describe, it} from 'node:test'
import {VFile} from 'vfile'
import {lint} from '../dist/index.js'
import {sourcingMap} from '../dist/sources/map.js'
import {attributionParts, attributionSources as sources, quotations, voiceOf} from './helpers.js'

const PEOPLE = [
  {s: 'Ana Ruiz', pronoun: 'she'},
  {s: 'Senator Ana Ruiz', pronoun: 'she'},
  {s: 'Finance Minister Tom Baker', pronoun: 'he'},
  {s: 'the finance ministry', pronoun: 'it'}
]
const SAYS = ['said', 'says', 'has said', 'told reporters']
const QUOTE = 'We will not back down. The talks are over.'

/** The speaker of every quotation in `text` (they must all have one). */
function speakers(text) {
  return quotations(text).map((q) => q.speaker)
}

/**
 * The source of each attribution in `text` whose cue is `cue`, as its words.
 * @returns {string[]}
 */
function sourcesOfCue(text, cue) {
  return attributionParts(text)
    .filter((a) => a.cue === cue)
    .map((a) => a.source)
}

/** No attribution in any of `texts` has a cue matching `cue` (a clean counterpart). */
function noCue(texts, cue) {
  for (const text of texts)
    assert.deepEqual(
      attributionParts(text).filter((a) => cue.test(a.cue)),
      [],
      text
    )
}

/** The kind of every quotation in `text`. */
function kinds(text) {
  return quotations(text).map((q) => q.kind)
}

/** Every combination of the lists, as objects. */
function* cases(lists) {
  const keys = Object.keys(lists)
  const walk = function* (i, acc) {
    if (i === keys.length) return yield {...acc}
    for (const value of lists[keys[i]]) yield* walk(i + 1, {...acc, [keys[i]]: value})
  }
  yield* walk(0, {})
}

const cap = (text) => text[0].toUpperCase() + text.slice(1)

/** Runs `check` on every case and reports the failures together, with the pass rate. */
function all(name, generated, check) {
  it(name, () => {
    const failures = []
    let n = 0
    for (const c of generated) {
      n++
      try {
        check(c)
      } catch (error) {
        failures.push(`${JSON.stringify(c)}: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`)
      }
    }
    assert.ok(n > 0)
    assert.deepEqual(failures, [], `${failures.length}/${n} failed`)
  })
}

describe('lead-ins cover the whole quotation', () => {
  all(
    'X said: "S1. S2." and X said, "S1. S2."',
    cases({p: PEOPLE, v: SAYS, adv: ['', ' on Monday', ' in a statement'], mark: [':', ',']}),
    ({p, v, adv, mark}) => {
      assert.deepEqual(speakers(`${cap(p.s)} ${v}${adv}${mark} "${QUOTE}"`), [cap(p.s)])
    }
  )
  all(
    'participles: saying, writing, telling reporters',
    cases({p: PEOPLE, verb: ['criticised the plan', 'defended the budget', 'rejected the offer'], part: ['saying', 'writing', 'telling reporters', 'adding']}),
    ({p, verb, part}) => {
      assert.deepEqual(speakers(`${cap(p.s)} ${verb} on Monday, ${part}, "${QUOTE}"`), [cap(p.s)])
    }
  )
  all(
    'adverbs and coordination before the cue',
    cases({p: PEOPLE.slice(0, 3), lead: ['facetiously said', 'quietly said', 'leaned over and asked', 'stood up and said']}),
    ({p, lead}) => {
      assert.deepEqual(speakers(`${p.s} ${lead}, "Is this the final text? We need to know."`), [p.s])
    }
  )
  all(
    'coordination after a party and state tag: the speaker is the name before the brackets',
    cases({who: ['Rep. Jason Chaffetz', 'Sen. Ana Ruiz', 'Tom Baker'], tag: ['(R-Utah)', '(D-N.M.)'], lead: ['leaned over and asked', 'stood up and said']}),
    ({who, tag, lead}) => {
      assert.deepEqual(speakers(`${who} ${tag} ${lead}, "Is this the final text? We need to know."`), [who])
    }
  )
  it('a pronoun lead-in after a naming sentence', () => {
    for (const p of PEOPLE.slice(0, 3)) assert.deepEqual(speakers(`${p.s} spoke after the vote. ${cap(p.pronoun)} said: "${QUOTE}"`), [cap(p.pronoun)])
  })
})

describe('closing attributions', () => {
  all('"S1. S2," X said / said X', cases({p: PEOPLE, order: ['after', 'inverted'], adv: ['', ' on Friday', ' in an interview']}), ({p, order, adv}) => {
    const text = order === 'after' ? `"${QUOTE.slice(0, -1)}," ${p.s} said${adv}.` : `"${QUOTE.slice(0, -1)}," said ${p.s}${adv}.`
    assert.deepEqual(speakers(text), [p.s])
  })
  all(
    'an inverted speaker named by role, an age or an agent noun; a quotation broken by its inverted attribution',
    cases({
      who: ['a strategist for one of the candidates', 'the designer', 'a consultant close to the campaign', 'an Iowa Democrat', 'Ana Ruiz'],
      shape: [
        '"The count is wrong," said {who}.',
        '"The count is wrong," said {who}, "and nobody checked it."',
        '"The count is wrong," said {who}, who asked not to be named.'
      ]
    }),
    ({who, shape}) => {
      const text = shape.replace('{who}', who)
      const head = who.replace(/ (?:for|close to) .*$/u, '')
      assert.ok(
        quotations(text).every((q) => q.speaker === head),
        `${text} ${JSON.stringify(quotations(text).map((q) => q.speaker))}`
      )
    }
  )
  all(
    'a subject set off by an aside with a date or a participle, and a pronoun that opens the clause said',
    cases({
      p: PEOPLE.slice(0, 3),
      aside: ['in a brief interview on Saturday', 'in a statement released by the campaign on Thursday', 'in an interview'],
      clause: ['he appreciates the decision', 'the count was wrong']
    }),
    ({p, aside, clause}) => {
      const text = `${p.s}, ${aside}, said ${clause}.`
      assert.deepEqual(
        attributionParts(text).map((a) => [a.source, a.content]),
        [[p.s, clause]],
        text
      )
    }
  )
  all(
    'party tags, appositions and adjuncts',
    cases({
      shape: [
        ['said Rep. Jason Chaffetz (R-Utah)', 'Rep. Jason Chaffetz'],
        ['Ana Ruiz, D-N.Y., said', 'Ana Ruiz'],
        ['Rep. Ana Ruiz (D-N.M.) said on Friday', 'Rep. Ana Ruiz'],
        ['Katie Waldman, a spokeswoman for the department, said in a statement on Wednesday night', 'Katie Waldman'],
        ['said Tom Baker, 61, a retired teacher who has lived in the town for decades', 'Tom Baker'],
        ['reported this group headed by Ana Ruiz of Tampa', 'this group'],
        ['wrote the committee chaired by Tom Baker', 'the committee'],
        ['said the panel appointed by the governor', 'the panel']
      ]
    }),
    ({shape: [tail, speaker]}) => {
      assert.deepEqual(speakers(`"The bill is dead. Nobody will vote for it," ${tail}.`), [speaker])
    }
  )
  all(
    'a verb of telling or judging after an apposition keeps its subject: the noun after it is addressed, not speaking',
    cases({
      p: PEOPLE.slice(0, 3),
      apposition: [', 58,', ', a close adviser to the governor,'],
      verb: ['told AFP', 'tells Breitbart News in an interview', 'told the Ledger on Monday']
    }),
    ({p, apposition, verb}) => {
      const text = `"The bill is dead," ${p.s}${apposition} ${verb}.`
      assert.deepEqual(speakers(text), [p.s], text)
    }
  )
  all(
    'any verb closing a quotation that ends on a comma, a question or an exclamation',
    cases({
      p: [{s: 'Ana Ruiz'}, {s: 'the host'}, {s: 'she'}],
      verb: ['fumed', 'laughed', 'shot back', 'fumed on Tuesday'],
      end: [',', '?', '!']
    }),
    ({p, verb, end}) => {
      assert.deepEqual(speakers(`"We will not back down${end}" ${p.s} ${verb}.`), [p.s])
    }
  )
  it('clean counterpart: a clause of its own after the quotation names no speaker', () => {
    for (const text of ['"We won," Ruiz left the room and went home.', '"Done," the council approved the budget for next year.'])
      assert.deepEqual(attributionParts(text), [], text)
  })
  all(
    'clean counterpart: a cue with a preposition and a gerund after it does not close the sentence before',
    cases({p: PEOPLE, verb: ['will insist on being', 'insisted on staying', 'keeps insisting on doing'], rest: ['heard', 'in charge']}),
    ({p, verb, rest}) => {
      const text = `No matter the setting, no matter the stakes, ${p.s} ${verb} ${rest}.`
      for (const a of attributionParts(text)) assert.ok(!a.content.includes('setting'), JSON.stringify(a))
    }
  )
  it('joint speakers', () => {
    assert.deepEqual(sources('Ana Ruiz and Tom Baker said in a statement that the deal was dead.'), ['Ana Ruiz and Tom Baker'])
    assert.deepEqual(speakers('"The deal is dead," Pelosi and Schumer said.'), ['Pelosi and Schumer'])
  })
  it('inverted and mid-sentence: "All we have heard, the host complained, is …"', () => {
    const text = 'All we have heard, the host complained, is "more of the same from the council."'
    assert.deepEqual(speakers(text), ['the host'])
    assert.notEqual(voiceOf(text, 'heard'), 'narrative')
  })
  it('a weekday after the cue is not the speaker', () => {
    assert.deepEqual(speakers(`"${QUOTE}" he said Friday.`), ['he'])
  })
})

describe('the person told is not what was said', () => {
  all(
    'told, assured, warned X (with no "that") the clause',
    cases({
      p: PEOPLE,
      verb: ['told', 'has told', 'assured', 'warned', 'reminded'],
      to: ['CNN', 'him', 'the council', 'reporters on Monday', 'Tom Baker']
    }),
    ({p, verb, to}) => {
      const parts = attributionParts(`${cap(p.s)} ${verb} ${to} the bill would die in committee.`)
      assert.equal(parts[0]?.content, 'the bill would die in committee', JSON.stringify(parts))
    }
  )
  all(
    'told X that …, however long the phrase for the one told',
    cases({
      p: PEOPLE,
      verb: ['told', 'assured', 'warned'],
      to: [
        'a crowded banquet hall at a hotel in downtown Baltimore',
        'a town hall in Salem, New Hampshire on Monday',
        'The Post and Courier newspaper of Charleston on Saturday'
      ]
    }),
    ({p, verb, to}) => {
      const text = `${cap(p.s)} ${verb} ${to} that the bill would die in committee.`
      assert.equal(attributionParts(text)[0]?.content, 'the bill would die in committee', text)
    }
  )
  all(
    'clean counterpart: the same verbs with an object and no clause report nothing',
    cases({
      p: PEOPLE.slice(0, 3),
      phrase: ['reminded him of his father', 'informed the board of her decision', 'assured her of their support', 'reminds us of home']
    }),
    ({p, phrase}) => assert.deepEqual(attributionParts(`${p.s} ${phrase}.`), [])
  )
})

describe('a subject set off from its speech verb', () => {
  const NAMED = PEOPLE.filter((p) => p.s !== 'the finance ministry')
  all(
    'adverbs, time phrases, appositions and asides between the subject and "said"',
    cases({
      p: NAMED,
      middle: [
        ' however',
        ' on Thursday evening',
        ' of Ohio, the second Democrat in the Senate,',
        ', citing "the magic of the race,"',
        ', citing new polls,',
        ', who chairs the panel,'
      ],
      verb: ['said', 'has said', 'told reporters']
    }),
    ({p, middle, verb}) => {
      const text = `${p.s}${middle} ${verb} the chamber would vote on Monday.`
      const parts = attributionParts(text).filter((a) => a.cue.startsWith(verb.split(' ').at(-2) === 'has' ? 'said' : verb.split(' ')[0]))
      assert.equal(parts.length, 1, `${text} ${JSON.stringify(attributionParts(text))}`)
      assert.ok(parts[0].source.startsWith(p.s.split(' ')[0]), `${text} ${JSON.stringify(parts)}`)
      assert.match(parts[0].content, /chamber would vote/u)
    }
  )
  all(
    'a speech verb coordinated by "but" with another verb shares its subject',
    cases({p: NAMED, first: ['refused to answer questions', 'declined to name the donors', 'left early'], tense: ['said', 'says']}),
    ({p, first, tense}) => {
      const text = `${p.s} ${first} but ${tense} there was no meeting planned.`
      assert.deepEqual(
        attributionParts(text)
          .filter((a) => a.cue === tense)
          .map((a) => [a.source, a.content]),
        [[p.s, 'there was no meeting planned']],
        text
      )
    }
  )
  all(
    'an inverted attribution in the middle of a clause, with joint speakers',
    cases({who: ['Ruiz and others', 'Pelosi and Schumer', 'Tom Baker'], rest: ['would be clear', 'is plain to see']}),
    ({who, rest}) => {
      const text = `The contrast with the mayor, said ${who}, ${rest}.`
      const [a] = attributionParts(text)
      assert.equal(a?.source, who, text)
      assert.match(a.content, new RegExp(`contrast.*${rest}`, 'u'))
    }
  )
  all(
    'a day is an adjunct and "May" a name: the speaker is the person',
    cases({
      who: ['Prime Minister Theresa May', 'Theresa May', 'Ana Ruiz'],
      when: ['', ' on Monday', ' last week'],
      verb: ['said', 'called the plan "a farce" and said']
    }),
    ({who, when, verb}) => {
      const text = `${who}${when} ${verb} the deal was done.`
      assert.ok(
        attributionParts(text).every((a) => a.source === who),
        `${text} ${JSON.stringify(attributionParts(text))}`
      )
      assert.ok(attributionParts(text).length > 0, text)
    }
  )
  it('clean counterpart: an infinitive after "has only to" reports nothing', () => {
    assert.deepEqual(attributionParts('Truman has only to recall the campaign of 1948 to remember what a partisan he was.'), [])
  })
  it('an inverted speaker must be someone: "X, chairman, said a meeting held Tuesday night …"', () => {
    assert.deepEqual(
      attributionParts('Ana Ruiz, state party chairman, said a meeting held Tuesday night in Blue Ridge brought responses.').map((a) => a.source),
      ['Ana Ruiz']
    )
  })
  all(
    'clean counterpart: the speaker is the nearest subject, not one across a semicolon or another clause',
    cases({
      frame: [
        ['Ana Ruiz left the hall; on Thursday evening the statement said the plan was dead.', 'the statement'],
        ['Ana Ruiz watched as the panel however said the plan was dead.', 'the panel'],
        ['Ana Ruiz, who chairs the panel, left before the committee said the plan was dead.', 'the committee']
      ]
    }),
    ({frame: [text, source]}) => assert.deepEqual(sourcesOfCue(text, 'said'), [source], text)
  )
})

describe('partial quotations with a verb of communication or evaluation', () => {
  all(
    "the fragment is the subject's words, not a scare quote",
    cases({
      p: PEOPLE.slice(0, 3),
      tense: ['past', 'perfect'],
      frame: [
        ['commended', 'the president "for taking a stand"'],
        ['called', 'the plan "a disgrace"'],
        ['referred', 'to him as "the architect"'],
        ['accused', 'them of being "reckless"'],
        ['described', 'the vote as "a farce"']
      ]
    }),
    ({p, tense, frame: [verb, rest]}) => {
      const text = `${p.s} ${tense === 'perfect' ? 'has ' : ''}${verb} ${rest}.`
      const q = quotations(text)
      assert.equal(q.length, 1)
      assert.notEqual(q[0].kind, 'scare', text)
    }
  )
  all(
    'a naming verb finds its subject across an adjunct or an aside, and never inverts',
    cases({
      who: [
        ['Ruiz in her opening speech', 'Ruiz'],
        ['Bush, who has resented the rise of his rival,', 'Bush'],
        ['The message, sent to the chief of staff,', 'The message'],
        ['Senator Ana Ruiz on Monday', 'Senator Ana Ruiz']
      ],
      frame: ['called his rival "totally scripted."', 'called the migrants "criminals" and left.', 'labelled the plan "a farce."']
    }),
    ({who: [subject, source], frame}) => {
      const text = `${subject} ${frame}`
      assert.deepEqual(speakers(text), [source], text)
    }
  )
  it('a naming verb after its object: "a bill that critics called anti-gay"', () => {
    assert.deepEqual(
      attributionParts('It is a bill that critics called anti-gay.').map((a) => [a.source, a.cue]),
      [['critics', 'called']]
    )
  })
  all(
    "a request put to someone with an infinitive (urged, invited, asked them to …): a fragment in it is the subject's words",
    cases({
      p: PEOPLE.slice(0, 3),
      verb: ['invited', 'has invited', 'urged', 'asked'],
      rest: ['Russia to dig up the "missing" emails', 'reporters to see the "new" plant']
    }),
    ({p, verb, rest}) => {
      const text = `${p.s} last week ${verb} ${rest}.`
      assert.deepEqual(speakers(text), [p.s], text)
    }
  )
  it('clean counterpart: inviting guests, inviting scrutiny, or being invited is no request reported', () => {
    noCue(
      ['She invited 200 guests to the wedding.', 'She invited him to dinner on Friday.', 'The move invites scrutiny.', 'He was invited to speak at the rally.'],
      /invite/u
    )
  })
  it('clean counterpart: a fragment nobody is credited with is a scare quote', () => {
    for (const text of ['The agency\'s "report" ran to four pages.', 'The company\'s "reform" failed within a year.'])
      assert.equal(quotations(text)[0].kind, 'scare', text)
  })
})

describe('quoted names and coordinated fragments', () => {
  all(
    'a capitalised word used as a name is not a scare quote',
    cases({
      frame: [
        'Disaffected "Leave" supporters gathered in the square.',
        'Two emails were upgraded to the "Secret" level on Friday.',
        'She sat beside Ronald Reagan, her "Ronnie", at every dinner.',
        'The engineer, who goes by "Vito", ran the database.',
        'He addressed her as "Hillary" in the letter.',
        'She referred to her friend by a nickname, "Gert".',
        'His first "Jane" was an actress from Dublin.',
        'The family estate, "Tranquility," was sold in May.'
      ]
    }),
    ({frame}) => {
      assert.deepEqual(kinds(frame), ['title'], frame)
    }
  )
  all(
    'clean counterpart: a quoted name standing for a place or a state is still doubted',
    cases({
      frame: ['The envoy said that "Israel" is creating facts on the ground.', 'Troops from "Kosovo" crossed the line.']
    }),
    ({frame}) => {
      assert.deepEqual(kinds(frame), ['scare'], frame)
    }
  )
  all(
    'a fragment coordinated with a credited one is credited too',
    cases({
      p: PEOPLE.slice(0, 3),
      frame: [
        ['called him a "fascist" and a "tyrant"', 2],
        ['described the plan as "cruel", "reckless" and "unfair"', 3]
      ]
    }),
    ({p, frame: [rest, n]}) => {
      const found = kinds(`${p.s} ${rest}.`)
      assert.equal(found.length, n)
      assert.ok(!found.includes('scare'), JSON.stringify(found))
    }
  )
  it('clean counterpart: two scare quotes side by side stay scare quotes', () => {
    assert.deepEqual(kinds('The agency\'s "report" and its "reform" failed.'), ['scare', 'scare'])
  })
})

describe('names, terms and worded fragments are not scare quotes', () => {
  /** The one quotation in `text` is a name, a title or a term, not a doubted word. */
  const isName = (text) => assert.deepEqual(kinds(text), ['title'], text)
  /** Every frame, with its Q replaced by every quoted word, is a name or a term. */
  const namesIn = (name, frames, quoted) => all(name, cases({frame: frames, word: quoted}), ({frame, word}) => isName(frame.replace('Q', word)))
  /** A quoted phrase between its owner and the noun it names is a name. */
  const namesWhatFollows = ({owner, frame: [quote, rest]}) => isName(`${owner} ${quote} ${rest}`)
  all(
    'a quoted phrase that names the thing after it (a bill, a grant, a sign, a policy)',
    cases({
      owner: ["The governor's", 'A', 'The old', 'Their'],
      frame: [
        ['"clean water"', 'bill passed on Monday.'],
        ['"cost of living"', 'grant went to every family.'],
        ['"no vacancy"', 'signs stood on every farm.'],
        ['"stop and frisk"', 'policy ended last year.']
      ]
    }),
    namesWhatFollows
  )
  all(
    'a title with the kind of work in apposition after it, a gloss in brackets, a word whose pronunciation is cited',
    cases({
      lead: ['To top it off,', 'Last week', 'In March'],
      title: [
        '"Chi-Raq," a movie about Chicago',
        "''Equity,'' a thriller about a banker",
        '\u201CSherlock,\u201D the BBC drama',
        '"Undecided," an hourlong documentary'
      ],
      rest: ['opened in the city.', 'was sold to a studio.']
    }),
    ({lead, title, rest}) => isName(`${lead} ${title}, ${rest}`)
  )
  namesIn(
    'a capitalised title after a verb of watching or reading, after "version of", "called the", or a self-described label',
    [
      'The former governor loves Q.',
      'Hulu paid $1 million an episode to stream Q.',
      'Millions watched Q last night.',
      'CBS will run its new version of Q this fall.',
      'A blog, called the Q, pumps out articles.',
      'Thousands of self-described Q descended on the city.'
    ],
    ['"Lilyhammer"', '\u201CSeinfeld\u201D', "''Unplugged''"]
  )
  all(
    'clean counterpart: a lower-case word after the same verbs is still doubted',
    cases({frame: ['Millions watched the Q last night.', 'He loves his Q at the ministry.'], word: ['"debate"', '"job"']}),
    ({frame, word}) => assert.deepEqual(kinds(frame.replace('Q', word)), ['scare'], frame)
  )
  all(
    'a capitalised name with a project, programme or operation in its quotation marks',
    cases({
      lead: ["He was technical director of Hitler's super-secret", 'She ran the'],
      name: ['"Reichenberg project,"', '"Manhattan Project,"', '"Desert Storm operation,"']
    }),
    ({lead, name}) => isName(`${lead} ${name} which remained unknown for years.`)
  )
  namesIn(
    'a word glossed or translated in brackets is a term, not a doubted word',
    [
      'Others used the hashtag #PortesOuvertesNice (Q) to offer refuge.',
      'Q (forcible return) is forbidden by law.',
      'The council banned Q (informal transfers) last year.'
    ],
    ['"OpenDoorsNice"', '"Refoulement"', '"hawala"']
  )
  all(
    'a term glossed after a dash or with "or", and a label on a button or a section',
    cases({
      frame: [
        'Close to half of her Q - the volunteer fund-raisers who solicit checks - are women.',
        "Both houses plan to delay the law's Q \u2014 a levy on expensive plans \u2014 this year.",
        "She served as the president's Q, or liaison, to the Group of 8.",
        'To subscribe, click Q and enter your address.'
      ],
      word: ["''bundlers''", '"sherpa"', '\u201Csign up\u201D']
    }),
    ({frame, word}) => isName(frame.replace('Q', word).replace(/(["\u201D']+), or/u, ',$1 or'))
  )
  all(
    'a word cited for its pronunciation or spelling',
    cases({
      lead: ['His repeated mispronunciations of', 'The pronunciation of', 'The spelling of'],
      word: ['"Hamas"', '"Qatar"', '"nuclear"'],
      rest: ['drew laughter.', 'was a problem in the debate.']
    }),
    ({lead, word, rest}) => isName(`${lead} ${word} ${rest}`)
  )
  all(
    'clean counterpart: a doubted word before a comma and a description, or before a remark in brackets, is still doubted',
    cases({
      frame: [
        'The "reform," a cut in pay for nurses, failed.',
        'The agency\'s "experts," a group of lobbyists, signed it.',
        'The "reform" (a pay cut, in effect) failed within a year.'
      ]
    }),
    ({frame}) => assert.deepEqual(kinds(frame), ['scare'], frame)
  )
  all(
    'a list of three or more short quotations is the slogans or words being cited, not doubted',
    cases({
      lead: ['The campaign cycled through slogans, from', 'Voters heard', 'All they need to repeat is'],
      list: [
        '"everyday Americans" to "fighting for us," "breaking down barriers" and "stronger together."',
        '"Peace Through Strength," "Law and Order," and, yes, "Sanity."'
      ]
    }),
    ({lead, list}) => {
      const text = `${lead} ${list}`
      assert.ok(!kinds(text).includes('scare'), `${text}: ${kinds(text)}`)
    }
  )
  all(
    'clean counterpart: two doubted words, or a list of sentences, are not a cited list',
    cases({frame: ['The "reform" and the "plan" failed.', 'The "reform", the "plan" and the "vision" failed.']}),
    ({frame}) => assert.ok(kinds(frame).includes('scare'), `${frame}: ${kinds(frame)}`)
  )
  all(
    'two words coordinated are cited as words, capitalised or not, in single or double marks',
    cases({pair: ["'Boasters' and 'Blasphemers'", '"ayes" and "noes"', '"Yes" or "No"']}),
    ({pair}) => {
      const text = `He urged them to turn away from ${pair} like these.`
      assert.deepEqual(kinds(text), ['title', 'title'], text)
    }
  )
  all(
    'a quoted phrase before a noun the tagger reads as an adjective, or a plural name, names it',
    cases({frame: ['It strengthened the "undue burden" standard that the court set.', 'He drew on the "third way" Democrats in 1992.']}),
    ({frame}) => assert.deepEqual(kinds(frame), ['title'], frame)
  )
  all('"in the words of X" credits the quoted words after it', cases({p: PEOPLE.slice(0, 3)}), ({p}) => {
    const text = `Mrs. Clinton was, in the words of ${p.s}, "the torchbearer" of his legacy.`
    assert.deepEqual(speakers(text), [p.s], text)
  })
  all(
    'a longer quoted phrase, commas and all, that names the policy, law or slogan after it',
    cases({
      owner: ['The', 'Its', 'A', "The Pentagon's"],
      frame: [
        ['"don\'t ask, don\'t tell"', 'policy ended in 2011.'],
        ['"one country, two systems"', 'principle held for years.'],
        ['"no child left behind"', 'law was repealed.'],
        ['"America First, always"', 'slogan was everywhere.']
      ]
    }),
    namesWhatFollows
  )
  all(
    'clean counterpart: sentences quoted before a policy noun are still quotations',
    cases({frame: ['The "We will win. Never give up" slogan was everywhere.', 'The "reform" bill stalled in committee.']}),
    ({frame}) =>
      assert.ok(
        quotations(frame).every((q) => q.kind !== 'title'),
        frame
      )
  )
  all(
    'clean counterpart: one quoted word before a noun, or a phrase before a verb, is still doubted',
    cases({frame: ['They stayed at the "best" motel in town.', 'The "peace plan" failed.', 'A "good deal" was promised to no one.']}),
    ({frame}) => assert.deepEqual(kinds(frame), ['scare'], frame)
  )
  all(
    'a word that names a sign, a thing called by its name, or the name of something',
    cases({
      frame: [
        'Officials want to change the traditional "manji" symbol on tourist maps.',
        'She raised the "V" sign at the rally.',
        'He taught a psychology class called "Perception" at the college.',
        'The band played a song called "Harbor Lights" twice.',
        'He mispronounced the name of the group "Hamas" all evening.',
        'They debated the name of the new ship "Endeavour" for weeks.',
        'Her run in "Skylark," opening next week, is sold out.',
        'His stint in "Harbor Lights" ended in May.',
        'Her debut in "Tosca" drew a full house.'
      ]
    }),
    ({frame}) => assert.deepEqual(kinds(frame), ['title'], frame)
  )
  all(
    'clean counterpart: a doubted word before any other noun, or after "called" with no noun before it',
    cases({
      frame: ['Investigators found thousands of "missing" emails.', 'Critics called the plan "reform" on Monday.', 'The "reform" bill stalled in committee.']
    }),
    ({frame}) =>
      assert.ok(
        quotations(frame).every((q) => q.kind !== 'title'),
        frame
      )
  )
  all(
    'a nickname before a surname',
    cases({nick: ['"Mom"', '"Doc"', '"Red"'], rest: ['Marr ran the centre for years.', 'Ellis ran the clinic.']}),
    ({nick, rest}) => {
      for (const text of [`${nick} ${rest}`, `Everyone knew ${nick} ${rest}`]) isName(text)
    }
  )
  all(
    "a nickname before a full name, however odd the nickname's spelling",
    cases({nick: ['"Lyin\'"', '"Low energy"', '"Little"', '"Crooked"'], name: ['Ted Cruz', 'Marco Rubio'], lead: ['He mocked', 'Rivals such as']}),
    ({nick, name, lead}) => isName(`${lead} ${nick} ${name} lost in May.`)
  )
  all(
    "an epithet in apposition to a person's name, after it or before it",
    cases({
      name: ['Bucky Harris', 'Sen. Ana Ruiz', 'Tom Baker'],
      epithet: ['"boy-manager"', '"Iron Lady"', '"comeback kid"'],
      order: ['after', 'before']
    }),
    ({name, epithet, order}) => {
      const text =
        order === 'after' ? `Only ${name}, the ${epithet} of the league in 1924, won twice.` : `The ${epithet.replace(/"$/u, ',"')} ${name}, won twice.`
      isName(text)
    }
  )
  all(
    'clean counterpart: a doubted word after a place opening the sentence, or after a name with no comma',
    cases({frame: ['In New York, the "reform" failed.', 'At Geneva, the "experts" left early.', 'They met Tom Baker and the "experts" in May.']}),
    ({frame}) => assert.deepEqual(kinds(frame), ['scare'], frame)
  )
  all(
    'a term glossed after it: "…", as X is called / as X call it',
    cases({
      term: ['"threshold"', '"safe zone"'],
      gloss: ['as the new force is called', 'as officials call it', 'as it is known', 'as the men there call it']
    }),
    ({term, gloss}) => isName(`The rise in the ${term.replace(/"$/u, ',"')} ${gloss}, will be hard to pay for.`)
  )
  all(
    'a term glossed by a noun in apposition after it: "…," the notion that / the idea of …',
    cases({
      term: ['"birtherism"', '"trickle-down"', '"safe zone"'],
      gloss: ['the notion that the rules did not apply', 'the idea of a tax cut for all', 'a theory that few believed', 'the practice of paying twice']
    }),
    ({term, gloss}) => isName(`He spent years on his embrace of ${term.replace(/"$/u, ',"')} ${gloss}.`)
  )
  all(
    'clean counterpart: a doubted word before an apposition that is not a gloss of it',
    cases({frame: ['The "experts," the people who ran it, left early.', 'The "reform," the third this year, failed.']}),
    ({frame}) => assert.deepEqual(kinds(frame), ['scare'], frame)
  )
  all(
    'words quoted with an editorial insertion in brackets are a real quotation, not a doubted word',
    cases({
      lead: ['Celebrating Clinton', 'Aides praised the memo for', 'She wrote about'],
      quote: ['"turning [Obama] around,"', '"fixing [the] problem"', '"[our] finest hour"']
    }),
    ({lead, quote}) => {
      const text = `${lead} ${quote} apparently on Libya.`
      assert.ok(
        quotations(text).every((q) => q.kind !== 'scare'),
        `${text} ${JSON.stringify(quotations(text))}`
      )
    }
  )
  all(
    'clean counterpart: a doubted phrase with brackets outside it is still doubted',
    cases({frame: ['The "reform" [sic] failed.', 'The "experts" left early [Ed.].']}),
    ({frame}) => assert.deepEqual(kinds(frame), ['scare'], frame)
  )
  all(
    "a coined word credited to its speaker is the speaker's word: a name made with a suffix is not a doubted name",
    cases({
      speaker: ['Valls', 'The prime minister', 'She'],
      verb: ['warned of', 'said that', 'suggesting'],
      coinage: ['"Trumpization"', '"Reaganomics"', '"Brexitism"', '"Obamagate"']
    }),
    ({speaker, verb, coinage}) => {
      const text = `${speaker} spoke out, ${verb === 'suggesting' ? 'suggesting' : `and ${verb}`} ${coinage} had started to seep into politics.`
      assert.deepEqual(kinds(text), ['partial'], text)
    }
  )
  all(
    'clean counterpart: a coined word with no one credited is still doubted, and a quoted place name stays doubted when credited',
    cases({frame: ['The "Trumpization" of politics went on.', 'The minister said that "Israel" is to blame.', 'Ruiz added that "Kosovo" had no army.']}),
    ({frame}) => assert.deepEqual(kinds(frame), ['scare'], frame)
  )
  all(
    'the title of a performed work',
    cases({lead: ['a performance of', 'the new production of', 'her role in', 'a revival of'], title: ['"Turandot"', '"Skylark"']}),
    ({lead, title}) => isName(`The board will sponsor ${lead} ${title} in May.`)
  )
  all(
    'the wording of a plan or a charter quoted after its modal: will "…", to "…"',
    cases({
      subject: ['a secret group which', 'The new office', 'The board'],
      modal: ['will', 'would', 'is to'],
      vp: ['"coordinate relief efforts."', '"review all contracts."']
    }),
    ({subject, modal, vp}) => {
      const text = `One plan is ${subject} ${modal} ${vp}`
      assert.ok(
        quotations(text).every((q) => q.kind !== 'scare'),
        `${text} ${JSON.stringify(quotations(text))}`
      )
    }
  )
  all(
    'a quotation broken by its attribution: "Word," he verbed, "…"',
    cases({first: ['"Fools,"', '"Friends,"', '"Look,"'], verb: ['he bayed', 'the senator shouted', 'Ruiz began']}),
    ({first, verb}) => {
      const text = `${first} ${verb}, "what do you think you are doing?"`
      assert.ok(
        quotations(text).every((q) => q.kind !== 'scare'),
        `${text} ${JSON.stringify(quotations(text))}`
      )
    }
  )
})

describe('recorded wording, words cited as words and named things', () => {
  all(
    'the object or "as" complement of a verb that records or rates: listed X as "…", deemed him "…"',
    cases({
      subject: ['The petition', 'The clerk', 'She', 'The bar association'],
      frame: [
        ['listed his occupation as', '"attorney"'],
        ['lists the owner as', '"retired"'],
        ['gave her religion as', '"Christian"'],
        ['specified', '"Christian" as her religion'],
        ['deemed him', '"well qualified"'],
        ['has rated the claim', '"false"'],
        ['named him the', '"angry enforcer" of the race']
      ]
    }),
    ({subject, frame: [lead, rest]}) => {
      const text = `${subject} ${lead} ${rest} last week.`
      assert.deepEqual(kinds(text), ['partial'], text)
    }
  )
  all(
    'clean counterpart: "as" or an object after another verb is still doubted',
    cases({
      frame: ['The room served as a "chapel" for years.', 'The shed works as a "garage" in winter.', 'The box held a "gift" for years.']
    }),
    ({frame}) => assert.deepEqual(kinds(frame), ['scare'], frame)
  )
  all(
    'bare words coordinated as words: "ayes" and "noes"',
    cases({pair: ['"ayes" and "noes"', '"yes" or "no"', '"aye" or "nay"'], frame: ['A few scattered {} were heard.', 'Voters wrote {} on the card.']}),
    ({pair, frame}) => {
      const text = frame.replace('{}', pair)
      assert.deepEqual(kinds(text), ['title', 'title'], text)
    }
  )
  all(
    'a quoted phrase whose last word names a kind of thing: an award, a formula, a doctrine',
    cases({
      phrase: ['"special achievement award"', '"unit formula"', '"good neighbor doctrine"'],
      frame: ['The board announced a {} for the year.', 'Care is paid under a {} that favors the old.']
    }),
    ({phrase, frame}) => {
      const text = frame.replace('{}', phrase)
      assert.deepEqual(kinds(text), ['title'], text)
    }
  )
  all(
    'a name with its role after it, or after a naming noun and a copula: "…" the theme, the slogan is "…"',
    cases({
      frame: [
        'The party chose a plan, with "Breakthrough" the theme for two years.',
        'The campaign kept "Forward," its slogan, until May.',
        'The slogan this year is "stronger together."',
        'Their motto was "always ready."'
      ]
    }),
    ({frame}) => assert.deepEqual(kinds(frame), ['title'], frame)
  )
  all(
    'a term denied after a negated copula is cited, not doubted: was not the "…"',
    cases({
      subject: ['The Senate', 'It', 'The party'],
      neg: ['was not the', "won't be a", 'is not a', "isn't the"],
      term: ['"upper body"', '"tea"']
    }),
    ({subject, neg, term}) => {
      const text = `${subject} ${neg} ${term} to him.`
      assert.deepEqual(kinds(text), ['title'], text)
    }
  )
  all(
    'an honour written as one hyphenated phrase: the "rookie-of-the-year"',
    cases({honour: ['"rookie-of-the-year"', '"player-of-the-week"', '"man-of-the-match"'], lead: ['The shortstop, the league', 'Ruiz, named']}),
    ({honour, lead}) => {
      const text = `${lead} ${honour} last season, signed on Monday.`
      assert.deepEqual(kinds(text), ['title'], text)
    }
  )
  all(
    'clean counterpart: a doubted phrase with none of those marks',
    cases({
      frame: ['The "peace plan" failed.', 'A "world law" for space was the goal.', 'The "reform" and the "relief" never came.', 'The vote was a "sham" to him.']
    }),
    ({frame}) =>
      assert.ok(
        kinds(frame).every((k) => k === 'scare'),
        frame
      )
  )
})

describe('continuations and block quotes', () => {
  all('a quote after a credited quote keeps its speaker', cases({p: PEOPLE, v: ['said', 'added']}), ({p, v}) => {
    assert.deepEqual(speakers(`"The plan works," ${p.s} ${v}. "Nobody expected it to work so well."`), [p.s, p.s])
  })
  all(
    'a quoted sentence that opens the paragraph after a credited quotation closing its own keeps the speaker',
    // "Stated the finance ministry:" is not English: an inverted lead-in names a person.
    [
      ...cases({
        p: PEOPLE,
        lead: ['{S} said: ', '{S} told the radio host, ', 'Stated {S}: '],
        next: ['There is evidence of fraud. It does happen here.', 'So it does happen here, and it will again.']
      })
    ].filter((c) => !c.lead.startsWith('Stated') || c.p.s !== 'the finance ministry'),
    ({p, lead, next}) => {
      const s = lead.startsWith('{S}') ? cap(p.s) : p.s
      const text = `${lead.replace('{S}', s)}"The stakes are high. Anything can be rigged."\n\n"${next}"\n`
      assert.deepEqual(speakers(text), [s, s])
    }
  )
  it('clean counterpart: a new paragraph quotation after a quote that did not close its paragraph, or a short fragment, needs its own speaker', () => {
    assert.deepEqual(speakers('Ana Ruiz said: "The stakes are high." Then she left.\n\n"There is evidence of fraud."\n'), ['Ana Ruiz', undefined])
    assert.equal(quotations('Ana Ruiz said: "The stakes are high. It is all rigged."\n\n"Rigged" elections are the real story here.\n')[1].kind, 'scare')
  })
  all(
    'a short lead-in that names a text ("Transcript as follows:") introduces more of the speaker before it',
    cases({p: PEOPLE.slice(0, 3), lead: ['Transcript as follows:', 'Excerpts from the speech:', 'Full text of his remarks:']}),
    ({p, lead}) => {
      const text = `${cap(p.s)} said, "We are ready to go."\n\n${lead}\n\n"Tonight we arrived in the city. We thought we could sneak in.\n\n"We are now up 400 jobs. Our pensions are secure."\n`
      assert.deepEqual(speakers(text), [cap(p.s), cap(p.s), cap(p.s)])
    }
  )
  it('clean counterpart: a lead-in that names no text, or follows no speaker, credits no one', () => {
    assert.deepEqual(speakers('Ana Ruiz said, "We are ready."\n\nHere is the list:\n\n"Tonight we arrived in the city."\n'), ['Ana Ruiz', undefined])
    assert.deepEqual(speakers('The rally ended late.\n\nTranscript as follows:\n\n"Tonight we arrived in the city."\n'), [undefined])
  })
  it('a block quote after a colon lead-in', () => {
    const q = quotations('Politico reports:\n\n> The deal collapsed on Friday after a week of talks.\n')
    assert.equal(q[0].speaker, 'Politico')
  })
  all(
    'a lead-in ending its paragraph credits the next paragraph, quoted or not',
    [...cases({p: PEOPLE, v: ['added', 'said', 'wrote', 'told reporters', 'reports'], adv: ['', ' on Monday', ' in a statement']})].filter(
      (c) => c.v !== 'reports' || c.adv === ''
    ),
    ({p, v, adv}) => {
      const text = `${cap(p.s)} ${v}${adv}:\n\nThe supposed reform is a gift to the banks.\n\nThe vote is on Friday.\n`
      const [a] = attributionParts(text)
      assert.equal(a?.content, 'The supposed reform is a gift to the banks')
      assert.equal(voiceOf(text, 'supposed'), 'reported')
      assert.equal(voiceOf(text, 'Friday'), 'narrative', 'only the next paragraph')
    }
  )
  all(
    'an inverted lead-in ending its paragraph ("Stated Stone:") credits the next paragraph',
    cases({
      p: PEOPLE.slice(0, 3),
      cue: ['Said', 'Stated', 'Added', 'Continued'],
      next: ['The supposed reform is a gift to the banks.', '"The supposed reform is a gift to the banks."']
    }),
    ({p, cue, next}) => {
      const text = `${cue} ${p.s}:\n\n${next}\n\nThe vote is on Friday.\n`
      assert.equal(voiceOf(text, 'supposed') === 'narrative', false)
      assert.equal(voiceOf(text, 'Friday'), 'narrative')
      if (next.startsWith('"')) assert.deepEqual(speakers(text), [p.s])
    }
  )
  it('clean counterpart: a colon with no one speaking, or before a heading, credits nothing', () => {
    assert.equal(voiceOf('Here is what we know:\n\nThe supposed reform is a gift to the banks.\n', 'supposed'), 'narrative')
    assert.equal(voiceOf('The reforms are these:\n\nThe supposed reform is a gift to the banks.\n', 'supposed'), 'narrative')
    assert.equal(voiceOf('Ana Ruiz said:\n\n## The supposed reform\n\nThe vote is on Friday.\n', 'Friday'), 'narrative')
    assert.equal(voiceOf('Ana Ruiz said: the talks are over.\n\nThe supposed reform is a gift to the banks.\n', 'supposed'), 'narrative')
  })
  it('a quotation in the paragraph after "X said" keeps that speaker', () => {
    assert.deepEqual(speakers('The council will meet again, the mayor said.\n\n"We have no money left for this."'), ['the mayor'])
  })
})

describe('documents, organisations, beliefs and intentions', () => {
  all(
    'a participle of saying after what was issued or held credits its clause ("a statement saying …", "a news conference announcing that …")',
    cases({
      p: PEOPLE,
      frame: ['issued a statement saying', 'spoke at a news conference announcing that', 'sent a letter warning that', 'posted a video claiming']
    }),
    ({p, frame}) => {
      const text = `${cap(p.s)} ${frame} the council had lost its way.`
      assert.ok(
        attributionParts(text).some((a) => a.content === 'the council had lost its way'),
        `${text} ${JSON.stringify(attributionParts(text))}`
      )
      assert.equal(voiceOf(text, 'lost'), 'reported')
    }
  )
  all(
    'clean counterpart: the same participles with a plain object report nothing',
    cases({frame: ['The mayor released a video showing the flooded streets.', 'The agency put out a statement listing the closed roads.']}),
    ({frame}) => assert.deepEqual(attributionParts(frame), [], frame)
  )
  all(
    'documents and organisations as sources',
    cases({
      frame: [
        ['The tax returns show that he paid nothing for a decade.', 'The tax returns', 'paid'],
        ['The indictment says the company hid the losses.', 'The indictment', 'hid'],
        ['The board ordered that the plant close by June.', 'The board', 'close'],
        ['According to an accompanying list, forty firms applied.', 'an accompanying list', 'firms']
      ]
    }),
    ({frame: [text, source, reported]}) => {
      assert.ok(sources(text).includes(source), JSON.stringify(sources(text)))
      assert.equal(voiceOf(text, reported), 'reported')
    }
  )
  all(
    'zero-complement clauses, beliefs and intentions',
    cases({
      p: PEOPLE.slice(0, 3),
      frame: [
        ['claimed', 'the plan was fine', 'plan'],
        ['insists', 'the budget is balanced', 'budget'],
        ['believes', 'the plan will fail', 'plan'],
        ['fears', 'the talks will collapse', 'talks'],
        ['wants', 'to run again next year', 'run'],
        ['admitted on Monday that', 'the figures were wrong', 'figures'],
        ['vowed', 'to fight the plan', 'fight'],
        ['has promised', 'to cut taxes', 'cut'],
        ['refused', 'to comment on the report', 'comment'],
        ['hopes', 'to win the seat', 'win'],
        ['wants', 'voters to back the plan', 'voters'],
        ['wants', 'the council to vote again', 'council'],
        ['has urged', 'them to resign', 'resign']
      ]
    }),
    ({p, frame: [verb, rest, word]}) => {
      const text = `${p.s} ${verb} ${rest}.`
      assert.deepEqual(sources(text), [p.s])
      assert.equal(voiceOf(text, word), 'reported')
    }
  )
  all(
    'clean counterparts: other senses are not attribution',
    cases({
      p: PEOPLE.slice(0, 3),
      rest: [
        'claimed responsibility for the attack',
        'called a taxi after the meeting',
        'knows the city well',
        'wants a new car',
        'wants a trip to Paris',
        'offered a deal to the union',
        'promised a return to normal',
        'agreed with the plan',
        'was admitted to hospital on Monday',
        'backed into the wall',
        'backed down on Monday',
        'supports herself on a cane',
        'found the keys under a chair'
      ]
    }),
    ({p, rest}) => {
      assert.deepEqual(sources(`${p.s} ${rest}.`), [])
    }
  )
  all(
    'clean counterpart: a subject that goes on, at the end of its clause with no quotation, speaks nothing',
    cases({
      subject: ['The talks', 'The strike', 'Fighting in the north'],
      tail: ['will continue.', 'would continue, the minister said.', 'continued.', 'continues, officials said.']
    }),
    ({subject, tail}) => {
      const text = `${subject} ${tail}`
      noCue([text], /^continu/u)
    }
  )
})

describe('a subject with a relative clause, and an aside before "by"', () => {
  all(
    "the noun a relative clause hangs on is the subject of the verb after it, whatever the clause's object",
    cases({
      group: ['Officials', 'Current and former officials', 'People', 'Voters'],
      relative: ['who spoke with The Huffington Post', 'who attended the meeting', 'who backed Ruiz', 'that spoke to reporters'],
      verb: ['said', 'say', 'told the Ledger']
    }),
    ({group, relative, verb}) => {
      const text = `${group} ${relative} ${verb} the plan was dead.`
      const cue = verb.split(' ')[0]
      const found = sourcesOfCue(text, cue)
      assert.equal(found.length, 1, `${text}: ${found}`)
      assert.ok(group.endsWith(found[0].split(' ').at(-1)), `${text}: ${found}`)
    }
  )
  all(
    'an aside "…, X said, by …" credits the clause before it; "by" after a comma is no agent',
    cases({p: PEOPLE.slice(0, 3), verb: ['said', 'says', 'added']}),
    ({p, verb}) => {
      const text = `The argument would be aided, ${p.s} ${verb}, by the upcoming calendar.`
      assert.deepEqual(sources(text), [p.s], text)
    }
  )
  it('clean counterpart: a participle with its agent modifies the noun before it', () => {
    assert.deepEqual(sources('A survey published by the ministry found that most agree.'), ['A survey'])
  })
})

describe('a cue in the infinitive, and a share of people before a cue', () => {
  all(
    'the subject of the verb or adjective that governs the infinitive speaks',
    cases({
      p: PEOPLE,
      governor: ['was quick to say', 'went on to say', 'was inclined to explain', 'hastened to add', 'was eager to note'],
      rest: ['that the plan was dead', 'the plan was dead']
    }),
    ({p, governor, rest}) => {
      const text = `${cap(p.s)} ${governor} ${rest}.`
      const cue = governor.split(' ').at(-1)
      assert.deepEqual(
        sourcesOfCue(text, cue).map((source) => source.toLowerCase()),
        [p.s.toLowerCase()],
        text
      )
    }
  )
  all(
    'clean counterpart: asked, declined or planned to say is not saying',
    cases({
      p: PEOPLE.slice(0, 3),
      frame: ['was asked to say whether the plan was dead', 'declined to say whether the plan was dead', 'is expected to say the plan is dead']
    }),
    ({p, frame}) => {
      const text = `${cap(p.s)} ${frame}.`
      assert.ok(!attributionParts(text).some((a) => a.cue === 'say' && a.source), `${text}: ${JSON.stringify(attributionParts(text))}`)
    }
  )
  all(
    'a share of people is the subject of a cue the tagger reads as a noun',
    cases({share: ['Two out of three', 'About 40 percent', 'Half'], verb: ['report', 'say']}),
    ({share, verb}) => {
      const text = `Among dealers questioned, ${share.toLowerCase() === 'half' ? 'half' : share.replace(/^A/u, 'a').replace(/^T/u, 't')} ${verb} their sales rose.`
      assert.ok(
        attributionParts(text).some((a) => a.cue === verb && a.source !== ''),
        `${text}: ${JSON.stringify(attributionParts(text))}`
      )
    }
  )
})

describe('surnames the tagger reads as other words, and "More from X:" lead-ins', () => {
  all(
    'one capitalised word between a quotation and its verb is a surname ("From said", "Young says")',
    cases({name: ['From', 'Young', 'Long', 'Rich'], verb: ['said', 'says', 'added']}),
    ({name, verb}) => {
      const text = `"The circumstances are changed," ${name} ${verb}. "It is a different world."`
      assert.deepEqual(speakers(text), [name, name], text)
    }
  )
  all(
    'a lead-in "More from X:" or "From X:" credits the quotation after its colon',
    cases({
      lead: [
        ['More from Blumenthal and Cohen:', 'Blumenthal and Cohen'],
        ['From the Ledger:', 'the Ledger'],
        ['Signs were there all along. More from Ana Ruiz:', 'Ana Ruiz']
      ]
    }),
    ({lead: [lead, name]}) => {
      const text = `${lead} "Data collected by our firm helps confirm it."`
      assert.deepEqual(speakers(text), [name], text)
    }
  )
  it('clean counterpart: "from" inside a clause before a colon names no speaker', () => {
    assert.ok(!attributionParts('He came from Boston: "It was cold."').some((a) => a.source === 'Boston'))
  })
})

describe('a surname that is also a time noun', () => {
  all(
    'a capitalised time noun is a surname, and "May" opening the sentence is a person; a weekday or "in May" never speaks',
    cases({
      name: ['Day', 'Ana Day', 'Winter', 'May'],
      verb: ['said', 'says', 'told reporters'],
      rest: ['the plan was dead', 'that the plan was dead']
    }),
    ({name, verb, rest}) => {
      const text = `${name} ${verb} ${rest}.`
      assert.deepEqual(sources(text), [name], text)
    }
  )
  it('clean counterpart: a weekday or a month as an adjunct is not the speaker', () => {
    for (const text of ['Ruiz on Monday said the plan was dead.', 'In May, officials said the plan was dead.', 'Ruiz said on Friday the plan was dead.'])
      assert.ok(!sources(text).some((s) => /monday|may|friday/iu.test(s)), `${text}: ${sources(text)}`)
  })
})

describe('a question put by someone the sentence does not name', () => {
  all(
    'after "when" or "if" inside the sentence, or in the passive: the question is credited to no one',
    cases({
      p: PEOPLE.slice(0, 3),
      question: [
        'whether the plan was dead',
        'about the plan',
        'to confirm the report',
        'if the vote would pass',
        'how Trump digests news',
        'when the vote would be'
      ],
      shape: ['{S} said nothing when asked {q}.', '{S} was asked {q} on Monday.', '{S} would not answer if asked {q}.', 'On Monday {s} was asked {q}.']
    }),
    ({p, question, shape}) => {
      const text = shape.replace('{S}', cap(p.s)).replace('{s}', p.s).replace('{q}', question)
      const asked = attributionParts(text).filter((a) => a.cue === 'asked')
      assert.equal(asked.length, 1, text)
      assert.equal(asked[0].source, '', text)
      assert.ok(asked[0].content.startsWith(question.split(' ')[0]) && !asked[0].content.includes('said'), `${text}: ${asked[0].content}`)
    }
  )
  all(
    'clean counterpart: a named asker is the source, and "asked" with an object or no question is no unnamed question',
    cases({p: PEOPLE.slice(0, 3)}),
    ({p}) => {
      assert.deepEqual(
        attributionParts(`${cap(p.s)} asked whether the plan was dead.`).map((a) => a.source),
        [p.s]
      )
      for (const text of [`${cap(p.s)} was asked.`, `The price ${p.s} asked was high.`, `When asked, ${p.s} said nothing.`])
        assert.ok(
          attributionParts(text).every((a) => a.cue !== 'asked' || a.source !== ''),
          text
        )
    }
  )
})

describe('a side taken: endorse, back, support, oppose, favor with an object', () => {
  all(
    "the subject takes a side on the object, in any tense and after a relative pronoun; the object stays the reporter's words",
    cases({
      p: PEOPLE,
      verb: ['endorsed', 'has endorsed', 'backs', 'backed', 'supports', 'opposed', 'favors', 'will support'],
      object: ['Ana Ruiz', "the regime's crackdown", 'a temporary ban on imports', 'her']
    }),
    ({p, verb, object}) => {
      const text = `${cap(p.s)} ${verb} ${object} last week.`
      const parts = attributionParts(text)
      assert.deepEqual(
        parts.map((a) => [a.source.toLowerCase(), a.cue.split(' ').at(-1)]),
        [[p.s.toLowerCase(), verb.split(' ').at(-1)]],
        text
      )
      assert.ok(parts[0].content.startsWith(object.split(' ')[0]), `${text}: ${parts[0].content}`)
      // The side taken is not reported speech: a loaded word in its object stays in the reporter's voice.
      if (object.includes('regime')) assert.equal(voiceOf(text, 'crackdown'), 'narrative', text)
    }
  )
  all(
    '"back" in its other senses before a quoted word does not credit the word to anyone',
    cases({
      lead: ['They threw the bags in the back seat.', 'Ruiz came back on Monday.', 'The team flew back home.'],
      quote: ['And where is "home" now?', 'The "reform" failed.']
    }),
    ({lead, quote}) => assert.deepEqual(kinds(`${lead} ${quote}`), ['scare'], `${lead} ${quote}`)
  )
  all(
    'clean counterpart: a particle, a preposition, a passive or another sense is no side taken',
    cases({
      frame: [
        'Ana Ruiz backed down on Monday.',
        'The truck backed into the wall.',
        'The team came back the next day.',
        'The plan is favored by most voters.',
        'The beams support the roof.'
      ]
    }),
    ({frame}) => assert.deepEqual(attributionParts(frame), [], frame)
  )
})

describe('a cue the tagger reads as a noun, before an adjunct and its "that" clause', () => {
  all(
    'after a name, a cue form, an adjunct (a title in it counted as one word), then "that": the clause is what was claimed',
    cases({
      s: [
        {who: 'Smith', verb: 'claims'},
        {who: 'Mearsheimer and Walt', verb: 'claim'},
        {who: 'John Mearsheimer and Stephen Walt', verb: 'argue'},
        {who: 'Ana Ruiz', verb: 'insists'}
      ],
      adjunct: ['in a new book', 'on Twitter', 'in their best-selling book The Israel Lobby and U.S. Foreign Policy', 'in an interview with The New York Times']
    }),
    ({s, adjunct}) => {
      const text = `${s.who} ${s.verb} ${adjunct} that the lobby is dominated by a few groups.`
      const found = attributionParts(text).find((a) => a.cue === s.verb)
      assert.deepEqual(found && [found.source, found.content], [s.who, 'the lobby is dominated by a few groups'], text)
    }
  )
  it('clean counterpart: the same word as a noun after an article claims nothing', () => {
    noCue(['The claims in his book that I read were false.', 'The claim in the letter that we saw was false.'], /^claims?$/u)
  })
})

describe('a cue form read as a noun or an adverb from the words around it, before any tagging', () => {
  all(
    'after a preposition, a determiner such as "no", before a particle ("back to"), or modifying a noun ("press conference") it is no cue',
    cases({
      p: PEOPLE.slice(0, 3),
      frame: [
        'spoke in support of the plan',
        'left with no doubt about the vote',
        'came back to the city on Monday',
        'held a press conference on Monday',
        'asked for comment on the plan',
        'returned back home'
      ]
    }),
    ({p, frame}) => {
      const text = `${p.s} ${frame}.`
      noCue([text], /^(?:support|doubt|back|press|comment)$/u)
    }
  )
  all(
    'the same forms as verbs still speak or take a side: after "to", a modal or a subject, and an -ing form after a preposition',
    cases({
      p: PEOPLE.slice(0, 3),
      frame: [
        ['would back the plan', 'back'],
        ['vowed to press the governor on the plan', 'vowed'],
        ['left after saying the plan was dead', 'saying'],
        ['supports the plan', 'supports']
      ]
    }),
    ({p, frame: [rest, cue]}) => {
      const text = `${p.s} ${rest}.`
      assert.deepEqual(sourcesOfCue(text, cue), [p.s], text)
    }
  )
  it('"another", "these" and "this" standing alone are subjects, not determiners of a noun', () => {
    for (const [text, cue, source] of [
      ['One official agreed. Another said the plan was dead.', 'said', 'Another'],
      ['One voter agreed. Another tweeted that the plan was dead.', 'tweeted', 'Another'],
      ['These contend that the plan is dead.', 'contend', 'These']
    ])
      assert.deepEqual(sourcesOfCue(text, cue), [source], text)
  })
})

describe('a second cue that shares the speaker', () => {
  all(
    'a participle after an utterance someone issued speaks for the issuer, with a date or a phrase between',
    cases({
      p: PEOPLE,
      verb: ['issued', 'released', 'sent', 'has issued'],
      object: ['a statement', 'a statement on Wednesday', 'a memo to the Ledger in April', 'a report this month'],
      participle: ['saying the plan was dead', 'describing the plan as dead', 'condemning the ban']
    }),
    ({p, verb, object, participle}) => {
      const text = `${cap(p.s)} ${verb} ${object} ${participle}.`
      const cue = participle.split(' ')[0]
      assert.deepEqual(
        sourcesOfCue(text, cue).map((source) => source.toLowerCase()),
        [p.s.toLowerCase()],
        text
      )
    }
  )
  all(
    'a verb coordinated after a long first clause shares the main subject, not a noun inside an infinitive or a "that" clause',
    cases({
      p: PEOPLE.slice(0, 3),
      first: [
        'called on the United States to attack the oil that funds the group',
        'backpedaled on a prediction that Russia would recover,',
        'met the mayor of Boston'
      ],
      second: ['proposed a safe zone', 'blamed the tumble in oil prices', 'said the plan was dead']
    }),
    ({p, first, second}) => {
      const text = `${cap(p.s)} ${first} and ${second}.`
      const cue = second.split(' ')[0]
      assert.deepEqual(sourcesOfCue(text, cue), [p.s], text)
    }
  )
  all(
    "a participle hangs on the main clause's subject, after a dateline or an opening adjunct with commas in it",
    cases({
      p: PEOPLE.slice(0, 3),
      opening: [
        'Speaking at a town hall in Salem, New Hampshire,',
        'Despite challenging the leader,',
        'Hours later,',
        'WASHINGTON (AFP) \u2013',
        'In August,',
        'Asked about the vote on Monday,'
      ],
      participle: ['saying the plan was dead', 'adding that the plan was dead', 'calling the plan "dead"']
    }),
    ({p, opening, participle}) => {
      const text = `${opening} ${p.s} went after the council, ${participle}.`
      const parts = attributionParts(text).filter((a) => /^(?:saying|adding|calling)$/u.test(a.cue))
      assert.deepEqual(
        parts.map((a) => a.source),
        [p.s],
        text
      )
    }
  )
  all(
    'a participle after "for" or "from", or opening the sentence, reports what the main subject said',
    cases({
      p: PEOPLE.slice(0, 3),
      shape: [
        ['{S} was criticised for saying that the count was wrong.', 'the count was wrong'],
        ['{S} would not name anyone, aside from saying {pr} wanted a diverse team.', '{pr} wanted a diverse team'],
        ['After saying the count was wrong, {s} left the room.', 'the count was wrong'],
        ['Before arguing that the count was wrong, {s} met the board.', 'the count was wrong']
      ]
    }),
    ({p, shape: [template, content]}) => {
      const fill = (t) => t.replace('{S}', cap(p.s)).replace('{s}', p.s).replace('{pr}', p.pronoun)
      const text = fill(template)
      assert.deepEqual(
        attributionParts(text).map((a) => [a.source, a.content]),
        [[p.s, fill(content)]],
        text
      )
    }
  )
  all(
    'clean counterpart: a participle that reports nothing',
    cases({frame: ['He is known for saying little.', 'After eating dinner, she left.', 'From reading the file, she learned a lot.']}),
    ({frame}) => assert.deepEqual(sources(frame), [], frame)
  )
  all(
    'a group pronoun agrees, and a headline in title case has its capitalised verb',
    cases({
      shape: [
        ['To varying degrees, all agreed that the plan would raise taxes.', 'all'],
        ['In the end, both said the plan would raise taxes.', 'both'],
        ['New Poll Shows Minor Bump For Clinton', 'New Poll'],
        ['Ruiz Says She Will Win The Debate', 'Ruiz'],
        ['Senate Leader Warns Of Long Delay On Budget', 'Senate Leader']
      ]
    }),
    ({shape: [text, source]}) => assert.deepEqual(sources(text), [source], text)
  )
  all(
    'clean counterpart: a title-case headline with no cue',
    cases({frame: ['The Big Show Returns To Town', 'Ruiz Wins The Seat In A Landslide']}),
    ({frame}) => assert.deepEqual(sources(frame), [], frame)
  )
  all(
    'a participle after a closing attribution: `"…," X said, adding that …`',
    cases({p: PEOPLE, said: ['said', 'told reporters', 'said on Friday'], part: ['adding', 'arguing', 'noting', 'warning']}),
    ({p, said, part}) => {
      const text = `"${QUOTE.slice(0, -1)}," ${p.s} ${said}, ${part} that the talks would resume in June.`
      assert.deepEqual(
        attributionParts(text).map((a) => [a.source, a.cue]),
        [
          [p.s, said.split(' ')[0]],
          [p.s, part]
        ]
      )
      assert.equal(voiceOf(text, 'resume'), 'reported')
    }
  )
  all('a participle after a reported clause ends that clause at its comma', cases({p: PEOPLE.slice(0, 3), part: ['adding', 'arguing']}), ({p, part}) => {
    const parts = attributionParts(`${p.s} said the plan failed, ${part} that it cost too much.`)
    assert.deepEqual(
      parts.map((a) => [a.source, a.content]),
      [
        [p.s, 'the plan failed'],
        [p.s, 'it cost too much']
      ]
    )
  })
  all(
    'coordinated cues: "X says … but noted that …"',
    cases({p: PEOPLE, first: ['said', 'says', 'has said'], join: ['but', 'and', 'but later'], second: ['noted', 'added', 'insisted', 'warned']}),
    ({p, first, join, second}) => {
      const parts = attributionParts(`${cap(p.s)} ${first} it is too early to discuss the budget ${join} ${second} that the council won the vote.`)
      assert.deepEqual(
        parts.map((a) => [a.source, a.content]),
        [
          [cap(p.s), 'it is too early to discuss the budget'],
          [cap(p.s), 'the council won the vote']
        ]
      )
    }
  )
  all(
    'an adjunct between commas after the cue: "pointed out, in blunt language, that …"',
    cases({p: PEOPLE.slice(0, 3), verb: ['pointed out', 'said', 'warned'], adjunct: ['in blunt and colorful language', 'on Monday', 'once again']}),
    ({p, verb, adjunct}) => {
      const parts = attributionParts(`${p.s} ${verb}, ${adjunct}, that the plan is insanity.`)
      assert.deepEqual(
        parts.map((a) => [a.source, a.content]),
        [[p.s, 'the plan is insanity']]
      )
    }
  )
  all(
    'an adjunct whose noun modifier the tagger may read as a verb: "admitted in earlier court hearings that …"',
    cases({
      p: PEOPLE.slice(0, 3),
      verb: ['admitted', 'said', 'testified', 'has acknowledged'],
      adjunct: ['in earlier court hearings', 'at a press briefing', 'in closing arguments']
    }),
    ({p, verb, adjunct}) => {
      const parts = attributionParts(`${p.s} ${verb} ${adjunct} that the plan had failed.`)
      assert.deepEqual(
        parts.map((a) => [a.source, a.content]),
        [[p.s, 'the plan had failed']]
      )
    }
  )
  it('a coordinated verb after an apposition belongs to the name, not to the apposition', () => {
    const parts = attributionParts("Ana Ruiz, the mayor's daughter and a senior adviser, welcomed the budget and said the majority agreed.")
    assert.deepEqual(
      parts.filter((a) => a.cue === 'said').map((a) => a.source),
      ['Ana Ruiz']
    )
  })
  all(
    'clean counterparts: a coordinated verb that is not a cue',
    cases({p: PEOPLE.slice(0, 3), rest: ['and left the room', 'but stayed for the vote', 'and then went home']}),
    ({p, rest}) => {
      assert.deepEqual(
        attributionParts(`${p.s} said the plan is too early ${rest}.`).map((a) => a.source),
        [p.s]
      )
    }
  )
})

describe('records that show, and shares of those polled', () => {
  all(
    'a record set off from its verb by a participle with its date or agent, or by a time phrase',
    // (After a year with no "that", the tagger reads "found" as a noun: "a panel in 2001 found the …".)
    [
      ...cases({
        record: ['A Quinnipiac poll', 'A report by the inspector general', 'The survey', 'An arbitration panel'],
        modifier: [' released in late August', ' released last year', ' taken over the past two weeks', ' published by the ministry', ' in 2001'],
        verb: ['found that', 'found', 'shows that']
      })
    ].filter((c) => c.modifier !== ' in 2001' || c.verb !== 'found'),
    ({record, modifier, verb}) => {
      const text = `${record}${modifier} ${verb} the council has lost their trust.`
      const parts = attributionParts(text)
      assert.equal(parts.length, 1, JSON.stringify(parts))
      // The source is the record, with or without what follows its head ("A report", "A report by the inspector general").
      assert.equal(parts[0].source.split(' ').slice(0, 2).join(' '), record.split(' ').slice(0, 2).join(' '))
      assert.equal(parts[0].content, 'the council has lost their trust')
    }
  )
  it('clean counterpart: what is no record or speaker shows nothing, however it is dated', () => {
    for (const text of ['The loss in the third quarter shows that the plan failed.', 'The damage done last year shows that the dam was weak.'])
      assert.deepEqual(attributionParts(text), [], text)
  })
  all(
    'a cue with nothing but adjuncts before it at the start of a document is read, not a crash',
    cases({lead: ['In May', 'In the congress of the party on Monday', 'On Wednesday'], verb: ['said', 'found', 'had']}),
    ({lead, verb}) => {
      const text = `${lead} ${verb} 20 people would go.`
      assert.deepEqual(
        lint(text).messages.filter((m) => /cannot lint/u.test(m.reason)),
        [],
        text
      )
    }
  )
  all(
    'a record finds, and anyone reports or finds, a figure: "A CNN survey found 90 percent support"',
    [
      ...cases({
        source: ['A recent CNN survey', 'The poll by the Public Policy Institute', 'A poll released Wednesday', 'A survey conducted on Monday'],
        verb: ['found', 'finds'],
        object: ['90 percent support for the law', 'Ruiz leading Baker, 46 percent to 44 percent']
      }),
      ...cases({
        source: ['A recent CNN survey', 'A poll released Wednesday', 'Authorities'],
        verb: ['found', 'reported'],
        object: ['90 percent support for the law', 'at least 20 victims at the centre']
      })
    ],
    ({source, verb, object}) => {
      const text = `${source} ${verb} ${object}.`
      const head = source.replace(/ (?:released|conducted|by) .*$/u, '')
      assert.deepEqual(
        attributionParts(text).map((a) => a.source.replace(/ by .*$/u, '')),
        [head],
        text
      )
    }
  )
  all(
    'a poll or an average named with "in" anywhere credits the figures before it',
    cases({
      claim: ['Ruiz led Baker by 8 points, 49% to 41%,', 'He fell to 10 percent', 'She took just 6 percent of the vote'],
      record: [
        'the latest CNN/ORC poll',
        'a Washington Post-ABC News poll released Tuesday',
        'the RealClearPolitics average of recent polls',
        'the survey, taken July 11-14'
      ]
    }),
    ({claim, record}) => {
      const text = `${claim} in ${record}.`
      const head = record.replace(/(?: released|,| of).*$/u, '')
      assert.deepEqual(
        attributionParts(text).map((a) => a.source),
        [head.replace('/', ' ')],
        text
      )
    }
  )
  all(
    'a record has or puts someone at a figure; anyone puts a thing at a figure',
    cases({
      shape: [
        ["Wednesday's Quinnipiac poll", 'has Ruiz leading Baker by just six points (46 percent to 40 percent)'],
        ['A CNN-ORC survey released Friday', 'had him at 4 percent in the field'],
        ['A Field Poll of the race', 'put his support among likely voters at 5 percent'],
        ['Forbes', 'put his net worth at $45 billion'],
        ['The agency', 'puts the damage at $2 billion']
      ]
    }),
    ({shape: [source, rest]}) => {
      const text = `${source} ${rest}.`
      assert.deepEqual(
        attributionParts(text).map((a) => a.source),
        [source.replace(/ released .*$/u, '')],
        text
      )
    }
  )
  all(
    'clean counterpart: a record word that is not the head, having people, putting things',
    cases({
      frame: [
        "She works in the poll workers' office with 20 people.",
        'He has 20 people in the team.',
        'The team put 20 people on the bus.',
        'Ruiz lived in the average house for 10 years.'
      ]
    }),
    ({frame}) => assert.deepEqual(sources(frame), [], frame)
  )
  all(
    'a clause with no "that" after the cue, however its subject opens: a degree adverb, "of", a verb read as a noun',
    cases({
      source: ['A Dallas article', 'Ana Ruiz', 'They', 'The CNN report'],
      verb: ['revealed', 'claimed', 'said'],
      clause: ['nearly two-thirds of the bishops had covered for priests', 'lenders target the young and the poor', 'about 40 of the members left']
    }),
    ({source, verb, clause}) => {
      const text = `${source} ${verb} ${clause}.`
      assert.deepEqual(
        attributionParts(text).map((a) => [a.source, a.content]),
        [[source, clause]],
        text
      )
    }
  )
  all(
    'clean counterpart: an object and an infinitive, or things found, are no clause',
    cases({frame: ['The mayor expected dozens of people to come.', 'She found pieces of the wreck.', 'Ana Ruiz in her opening speech stood by the door.']}),
    ({frame}) => assert.deepEqual(sources(frame), [], frame)
  )
  all(
    'a clause opened by a pronoun with a contracted verb is reported: "Trump claims he\'s worth $10 billion"',
    cases({p: PEOPLE.slice(0, 3), verb: ['claims', 'says', 'insisted'], clause: ["he's worth billions", "they're wrong about the cost", "it's over"]}),
    ({p, verb, clause}) => {
      const text = `${p.s} ${verb} ${clause}.`
      assert.deepEqual(
        attributionParts(text).map((a) => [a.source, a.content]),
        [[p.s, clause]],
        text
      )
    }
  )
  all(
    'clean counterpart: a person who finds a thing, a day, or a count of no one',
    cases({frame: ['Ana Ruiz found the keys under a chair.', 'The team reported for training on Monday.', 'A storm released Wednesday flooded the town.']}),
    ({frame}) => assert.deepEqual(sources(frame), [], frame)
  )
  all(
    'a record shows a finding with or without a clause',
    cases({
      source: ['Polls', 'The latest polls', 'Video of the incident', 'Court filings', 'Leaked documents from his tax return'],
      verb: ['show', 'showed'],
      object: ['a close race in the state', 'he paid no tax']
    }),
    ({source, verb, object}) => {
      const text = `${source} ${verb === 'show' && /^Video/u.test(source) ? 'shows' : verb} ${object}.`
      assert.deepEqual(
        attributionParts(text).map((a) => [a.source, a.content]),
        [[source, object]]
      )
    }
  )
  all(
    'a record that shows closes the sentence or opens its clause: "…, records show." / "New filings show it has …"',
    cases({
      source: ['records', 'fundraising documents', 'new filings', 'FBI statistics', 'the latest estimates'],
      order: ['after', 'before']
    }),
    ({source, order}) => {
      const finding = 'the campaign had less than $1 million on hand'
      const text = order === 'after' ? `${cap(finding)} last month, ${source} show.` : `${cap(source)} show ${finding}.`
      const parts = attributionParts(text)
      assert.equal(parts.length, 1, `${text} ${JSON.stringify(parts)}`)
      assert.equal(parts[0].source.toLowerCase(), source.toLowerCase(), text)
      assert.match(parts[0].content, /campaign had less/u)
    }
  )
  all(
    'clean counterparts: showing something is not attribution',
    cases({
      text: [
        'The gallery will show the film in June.',
        'He showed the visitors around the plant.',
        'The talk show the network aired ran long.',
        'Polls close at eight.'
      ]
    }),
    ({text}) => {
      assert.deepEqual(attributionParts(text), [])
    }
  )
  all(
    'a share of those polled holds a view',
    cases({share: ['Twelve percent', '62 percent', 'Forty per cent'], verb: ['said', 'indicated', 'believe']}),
    ({share, verb}) => {
      assert.deepEqual(sources(`${share} ${verb} that they were not sure.`), [share])
    }
  )
})

describe('questions put to someone', () => {
  all(
    'a sentence that opens with "asked" credits the main clause\'s subject',
    cases({
      lead: ['Asked whether she would run again', 'When asked about the vote', 'Asked on Monday if the talks were over'],
      p: [{s: 'Ana Ruiz'}, {s: 'she'}, {s: 'the senator'}],
      rest: ['said it was too early', 'shook her head']
    }),
    ({lead, p, rest}) => {
      const parts = attributionParts(`${lead}, ${p.s} ${rest}.`)
      assert.deepEqual([parts[0]?.source, parts[0]?.cue.toLowerCase()], [p.s, 'asked'])
    }
  )
  all(
    'a verb of asking with its object, then the question or the request',
    cases({
      p: PEOPLE.slice(0, 3),
      frame: [
        'asked voters whether the plan was fair',
        'asked our readers what they thought of it',
        'asked the judge to delay the trial',
        'urged residents to leave the coast'
      ]
    }),
    ({p, frame}) => {
      assert.deepEqual(sources(`${p.s} ${frame}.`), [p.s])
    }
  )
  all(
    'clean counterparts: asking for something, or a question as an object',
    cases({
      p: PEOPLE.slice(0, 3),
      frame: ['asked a question at the end', 'asked the waiter for the bill', 'asked the price of the house']
    }),
    ({p, frame}) => {
      assert.deepEqual(sources(`${p.s} ${frame}.`), [])
    }
  )
  all(
    'shares of those polled and long inverted speakers',
    cases({
      frame: [
        ['About three in 10 said they prefer a new agenda.', 'About three in 10'],
        ['Less than a third agreed that the country would wait.', 'a third'],
        ['"It undermines confidence," said Sen. Ana Ruiz of Ohio, who has spoken to a dozen senators.', 'Sen. Ana Ruiz'],
        ['The organizer of a local rally said the rules increased the risk.', 'The organizer of a local rally']
      ]
    }),
    ({frame: [text, source]}) => {
      assert.deepEqual(sources(text), [source])
    }
  )
})

describe('interview and transcript turns', () => {
  all(
    "a paragraph that opens with the speaker's name and a colon",
    cases({
      label: ['JAKE TAPPER', 'Luciana Lopez', 'Q', 'A', 'MARIA CANTWELL'],
      turn: ['The plan was released on Friday.', 'Did the service take care of you?']
    }),
    ({label, turn}) => {
      const parts = attributionParts(`The interview ran long.\n\n${label}: ${turn}\n\nIt ended at noon.`)
      assert.deepEqual(
        parts.map((a) => a.source),
        [label]
      )
    }
  )
  all(
    'clean counterparts: labels that are not speakers',
    cases({
      text: ['Note: The meeting was moved to Friday.', 'Update: The vote was held.', 'Bernie Sanders: 1,501.', 'Results so far: the council won the vote.']
    }),
    ({text}) => {
      assert.deepEqual(attributionParts(`The count went on.\n\n${text}\n\nIt ended at noon.`), [])
    }
  )
  all(
    'a name and a colon before a quotation, at a paragraph start or right after another quotation',
    cases({
      label: [
        ['Clinton', 'Clinton'],
        ['Sen. Ana Ruiz', 'Sen. Ana Ruiz'],
        ['Rep. Trey Gowdy (R-S.C.)', 'Rep. Trey Gowdy']
      ],
      other: ['Bush', 'Tom Baker']
    }),
    ({label: [label, name], other}) => {
      const text = `${label}: "Our goal is to defeat the group." ${other}: "The mission is to destroy it."`
      assert.deepEqual(speakers(text), [name, other], text)
    }
  )
  all(
    'clean counterpart: a colon after a common noun or a verb names no speaker',
    cases({lead: ['The sign read', 'Her answer', 'He wrote this']}),
    ({lead}) => {
      const q = quotations(`The day was long.\n\n${lead}: "We are closed."`)
      assert.ok(q[0].speaker !== lead, JSON.stringify(q))
    }
  )
})

describe('quotations signed or closed by any verb', () => {
  all(
    'a finite verb and a speaker right after the closing comma: "…," agrees X / remembered X',
    cases({
      verb: ['agrees', 'remembered', 'recalls', 'insisted', 'laughed'],
      who: ['Michelle Stevens, 30, of Gainesville', 'Roy Verley, a former spokesman', 'the mayor']
    }),
    ({verb, who}) => {
      const text = `"Our ideas of success are different," ${verb} ${who}.`
      assert.deepEqual(speakers(text), [who.split(',')[0]], text)
    }
  )
  all(
    'a cue in -s that the tagger reads as a noun closes a quotation: "…," Viguerie notes.',
    cases({who: ['Viguerie', 'Ana Ruiz', 'she'], verb: ['notes', 'writes', 'says']}),
    ({who, verb}) => {
      const text = `"The party is split," ${who} ${verb}. "Unity is the number one thing."`
      assert.deepEqual(speakers(text), [who, who], text)
    }
  )
  all(
    'an age names the inverted speaker; a sentence opens with its cue before a colon; a closing cue keeps a relative clause after its adjunct',
    cases({
      shape: [
        ['"The plan is dead," said the 46-year-old.', 'the 46-year-old'],
        ['"The plan is dead," said a 30-year-old from Ohio.', 'a 30-year-old'],
        ['The show aired on Monday. Stated Stone: "The plan is dead."', 'Stone'],
        ['The show aired on Monday. Continued Sen. Ana Ruiz: "The plan is dead."', 'Sen. Ana Ruiz'],
        ['"The plan is dead," the Saudis state in the white paper, which was shared on Tuesday.', 'the Saudis'],
        ['"The plan is dead," Ana Ruiz wrote in a letter, which reached the board on Friday.', 'Ana Ruiz']
      ]
    }),
    ({shape: [text, speaker]}) => assert.deepEqual(speakers(text), [speaker], text)
  )
  all(
    'clean counterpart: a capitalised past form before a colon that names no one, a closing verb with a clause of its own',
    cases({
      frame: [
        'The show aired on Monday. Revised edition: "The plan is dead."',
        '"The plan is dead," the Saudis state in the paper that they will fund the talks.'
      ]
    }),
    ({frame}) => assert.ok(!quotations(frame).some((q) => q.speaker === 'the Saudis' || q.speaker === 'edition'), frame)
  )
  all(
    'a name and a cue in -s set off by commas credit the clause, not only a quotation: …, Mr. Keeler reports.',
    cases({
      who: ['Keeler', 'Mr. Keeler', 'Senator Ana Ruiz'],
      verb: ['notes', 'reports', 'writes'],
      shape: ['Shipments climbed {pct} above a year earlier, {who} {verb}.', 'Shipments, {who} {verb}, climbed {pct} in August.']
    }),
    ({who, verb, shape}) => {
      const text = shape.replace('{who}', who).replace('{verb}', verb).replace('{pct}', '5%')
      assert.deepEqual(sources(text), [who], text)
    }
  )
  all(
    'clean counterpart: the same words as a noun in a list are no attribution',
    cases({frame: ['Ruiz notes, maps and books were lost.', 'In the end he sold the farm and Ann Keeler reports.', 'Keeler reports arrived on Monday.']}),
    ({frame}) => assert.deepEqual(sources(frame), [], frame)
  )
  all(
    'a name signed after the closing mark with a dash or a hyphen',
    cases({dash: [' ― ', ' — ', ' - ', ' -', ' -- '], who: ['Clinton', 'Michelle Marks', 'Michelle Marks, Philadelphia']}),
    ({dash, who}) => {
      const text = `The next reader wrote in.\n\n"The whole idea is something we hear about all the time."${dash}${who}.`
      assert.deepEqual(speakers(text), [who.split(',')[0]], text)
    }
  )
  all(
    'a sentence that opens with its cue after a quotation: "…"? Asked Palmer. / "…"! Exclaimed Stram. / Said Ellis: "…"',
    cases({
      quote: ['"Can I move the ball?"', '"Can I move the ball"?', '"Just our luck"!', '"We lost."'],
      cue: ['Asked', 'Exclaimed', 'Said', 'Announced'],
      who: ['Palmer', 'the coach', 'Sen. Ana Ruiz']
    }),
    ({quote, cue, who}) => {
      const text = `${quote} ${cue} ${who} at one stage of the round.`
      assert.deepEqual(speakers(text), [who], text)
    }
  )
  all(
    'whatever reads or says before a colon is the source, past an aside: "The first of the beliefs, now reads:"',
    cases({
      subject: [
        ['The first of the beliefs of the church', 'The first'],
        ['The sign on the door', 'The sign'],
        ['The new motto of the club', 'The new motto']
      ],
      aside: [', now', ', in red,', ''],
      verb: ['reads', 'read', 'says'],
      split: [' ', '\n\n']
    }),
    ({subject: [np, head], aside, verb, split}) => {
      const text = `${np}${aside} ${verb}:${split}"The rule of faith is the book."`
      assert.ok(speakers(text)[0]?.startsWith(head), `${text} ${JSON.stringify(quotations(text))}`)
    }
  )
  it('"Said Ellis:" opens a quotation', () => {
    assert.deepEqual(speakers('Said Ellis: "It was close."'), ['Ellis'])
  })
  it('clean counterpart: a capitalised participle after a quotation that is no cue names no speaker', () => {
    for (const text of ['"We won." Exhausted runners crossed the line.', '"We won." Tired, the coach went home.'])
      assert.deepEqual(speakers(text), [undefined], text)
  })
  all(
    'a signature alone in the next paragraph',
    cases({dash: ['- ', '― ', '— '], who: ['Clinton', 'Michelle Marks, Philadelphia', 'Sen. Ana Ruiz']}),
    ({dash, who}) => {
      // In Markdown "- Clinton." would be a list item: the hyphen signs only plain text.
      const text = `"I went to the banks before the crash and warned them."\n\n${dash}${who}.\n\nShe tends to overstate it.`
      const format = dash === '- ' ? 'text' : 'markdown'
      assert.deepEqual(
        quotations(text, {format}).map((q) => q.speaker),
        [who.split(',')[0]],
        text
      )
    }
  )
  it('clean counterpart: a paragraph that goes on after the dash is no signature', () => {
    const text = '"We will win."\n\n- Then the vote came and the council met.'
    assert.deepEqual(speakers(text), [undefined])
  })
  all(
    'a plural speaker closes a quotation with a base form: "…," the Saudis state / they write',
    cases({who: ['the Saudis', 'they', 'the officials', 'we'], verb: ['state', 'write', 'say', 'argue']}),
    ({who, verb}) => {
      const text = `"The kingdom leads the fight," ${who} ${verb} in the paper.`
      assert.deepEqual(speakers(text), [who], text)
    }
  )
  all(
    'a quoted sentence, or a pronoun and its verb, is a quotation and never a scare quote',
    cases({
      text: [
        'The vote came late. "We will win." Then the council met.',
        '"Probably." The mayor left.',
        '"We will win," the councils approve.',
        'The crowd chanted "they lied" all night.',
        'A sign read "I am done" on the door.'
      ]
    }),
    ({text}) =>
      assert.ok(
        quotations(text).every((q) => q.kind !== 'scare'),
        `${text} ${JSON.stringify(quotations(text))}`
      )
  )
  all(
    'clean counterpart: a doubted word or phrase with no verb stays a scare quote',
    cases({text: ['The agency released its "report" on Friday.', 'It was a "reform" and nothing more.', 'The "experts" met on Monday.']}),
    ({text}) => assert.deepEqual(kinds(text), ['scare'], text)
  )
  all(
    'clean counterpart: a hyphen before a lower-case word, or a verb with a clause of its own',
    cases({
      text: ['"We won," the council-approved budget passed.', '"Done" - and the room went quiet.', '"We won," remembered events unfolded slowly.']
    }),
    ({text}) =>
      assert.ok(
        quotations(text).every((q) => q.speaker === undefined),
        `${text} ${JSON.stringify(quotations(text))}`
      )
  )
})

describe('"continued" is speech only when it closes or opens a quotation', () => {
  all(
    'speech',
    cases({
      p: PEOPLE.slice(0, 3),
      frame: [
        '"We will not back down," ${p} continued.',
        '${p} continued: "We will not back down."',
        '${p} continued that the talks were over.',
        '${p} continues here that the talks are over.',
        '${p} continued, "We will not back down."',
        '"We will not back down," ${p} continued, "and we will win."'
      ]
    }),
    ({p, frame}) => {
      assert.deepEqual(sources(frame.replace('${p}', p.s)), [p.s])
    }
  )
  all(
    'clean counterparts',
    cases({p: PEOPLE.slice(0, 3), rest: ['continued to lead the field with 40 percent', 'continued his tour of the state', 'continues to build up a lead']}),
    ({p, rest}) => {
      assert.deepEqual(sources(`${p.s} ${rest}.`), [])
    }
  )
})

describe('who is who in the sourcing map', () => {
  const map = (text) => {
    const file = lint(new VFile({value: text, path: 'a.md'}))
    return sourcingMap(file).attributions.flatMap((a) => (a.source ? [[a.source.text, a.sourceKind, a.resolved]] : []))
  }
  it('resolves pronouns by gender to people, merges surnames and titles', () => {
    const text = [
      'Council Speaker Ines Moreau said on Friday that the budget was balanced. "We will not cut," she said.',
      'Mayor Daniel Okafor said the council was wrong. "The numbers are fiction," he said.',
      '"We stand by them," she said. Moreau added that the vote would go ahead. The mayor said he would appeal.'
    ].join('\n\n')
    assert.deepEqual(map(text), [
      ['Council Speaker Ines Moreau', 'person', undefined],
      ['she', 'pronoun', 'Council Speaker Ines Moreau'],
      ['Mayor Daniel Okafor', 'person', undefined],
      ['he', 'pronoun', 'Mayor Daniel Okafor'],
      ['she', 'pronoun', 'Council Speaker Ines Moreau'],
      ['Moreau', 'person', 'Council Speaker Ines Moreau'],
      ['The mayor', 'person', 'Mayor Daniel Okafor']
    ])
  })
  all(
    'a title or a pronoun stands for someone named before, even one not yet credited with anything',
    cases({
      who: [
        {named: 'Mayor Daniel Okafor', title: 'The mayor', pronoun: 'he'},
        {named: 'Sen. Ana Ruiz', title: 'The senator', pronoun: 'she'},
        {named: 'Judge Maria Lopez', title: 'The judge', pronoun: 'she'}
      ],
      verb: ['disagreed', 'arrived late', 'was not at the meeting']
    }),
    ({who, verb}) => {
      const text = `${who.named} ${verb}. ${who.title} said the plan was reckless. "It will not pass," ${who.pronoun} said.`
      assert.deepEqual(map(text), [
        [who.title, 'person', who.named],
        [who.pronoun, 'pronoun', who.named]
      ])
    }
  )
  all(
    'a pronoun that restates the speaker inside what the speaker said is not listed again',
    cases({p: PEOPLE.slice(0, 3), inner: ['feels {P} did well', 'thinks {P} can win', 'said {P} would run again']}),
    ({p, inner}) => {
      const text = `${p.s} says ${inner.replace('{P}', p.pronoun).replace(/^(\w+) /u, `${p.pronoun} $1 `)} in the spring.`
      assert.deepEqual(
        map(text).map(([source]) => source),
        [p.s],
        text
      )
    }
  )
  all(
    'a possessive name after the subject of the same sentence does not take a later pronoun from it',
    cases({
      who: [
        {named: 'Attorney General Loretta Lynch', other: "Hillary Clinton's", pronoun: 'She'},
        {named: 'Mayor Daniel Okafor', other: "Senator Tom Baker's", pronoun: 'He'}
      ],
      verb: ['is reaffirming that', 'said on Monday that']
    }),
    ({who, verb}) => {
      const text = `${who.named} ${verb} the inquiry into ${who.other} emails is independent. ${who.pronoun} told The Associated Press on Monday that the inquiry was run by career lawyers.`
      const pronoun = map(text).find(([source]) => source === who.pronoun)
      assert.deepEqual(pronoun, [who.pronoun, 'pronoun', who.named], JSON.stringify(map(text)))
      assert.ok(attributionParts(text).some((a) => a.content === 'the inquiry was run by career lawyers'))
    }
  )
  it('clean counterpart: a pronoun attribution in a sentence of its own is listed', () => {
    assert.deepEqual(
      map('Ana Ruiz spoke on Monday. She said the plan would fail.').map(([source, , resolved]) => [source, resolved]),
      [['She', 'Ana Ruiz']]
    )
  })
  it('clean counterpart: a pronoun with no one of its gender named before stands for no one, and is not counted as a named source', () => {
    const text = 'The White House said the plan was final. In New York, "It will not pass," she said.'
    const file = lint(new VFile({value: text, path: 'a.md'}))
    const sourcing = sourcingMap(file)
    assert.deepEqual(
      sourcing.attributions.map((a) => [a.source?.text, a.resolved]),
      [
        ['The White House', undefined],
        ['she', undefined]
      ]
    )
    assert.deepEqual(sourcing.summary.named, ['The White House'])
  })
  it('keeps people, organisations, documents, groups and anonymous sources apart', () => {
    const text =
      'Residents said they were worried. The finance ministry said the figures were wrong. The report said costs rose. Officials said talks would resume. Both sides said talks would continue. Ana Ruiz said the vote was fair. FBI general counsel James Baker said the probe was ongoing. ABC News said the vote was close.'
    const kinds = Object.fromEntries(map(text).map(([source, kind]) => [source, kind]))
    assert.deepEqual(kinds, {
      Residents: 'group',
      'The finance ministry': 'organisation',
      'The report': 'document',
      Officials: 'anonymous',
      'Both sides': 'group',
      'Ana Ruiz': 'person',
      'FBI general counsel James Baker': 'person',
      'ABC News': 'organisation'
    })
  })
  all(
    'a pronoun agrees in number: joint speakers are "they", never "he" or "she"',
    cases({
      joint: ['Pelosi and Schumer', 'Sen. Ana Ruiz and Mayor Tom Baker', 'Lind, Okafor and Moreau'],
      single: [
        {name: 'Judge Maria Lopez', pronoun: 'she'},
        {name: 'Mayor Daniel Okafor', pronoun: 'he'}
      ],
      verb: ['said', 'argued in a letter']
    }),
    ({joint, single, verb}) => {
      const text = `${single.name} spoke first. ${joint} ${verb} that the wall was immoral. "It will not pass," ${single.pronoun} said. They added that talks would go on.`
      const resolved = Object.fromEntries(map(text).map(([source, , resolved]) => [source, resolved]))
      assert.equal(resolved[single.pronoun], single.name, text)
      assert.equal(resolved.They, joint, text)
    }
  )
  all(
    'clean counterpart: with no one of its gender but joint speakers before it, "he" or "she" stands for no one',
    cases({joint: ['Pelosi and Schumer', 'Ruiz and Baker'], pronoun: ['she', 'he'], order: ['lead', 'close']}),
    ({joint, pronoun, order}) => {
      const first = order === 'lead' ? `${joint} said the wall was immoral.` : `"The wall is immoral," said ${joint}.`
      const text = `${first} "It will not pass," ${pronoun} said.`
      assert.deepEqual(
        map(text).find(([source]) => source === pronoun),
        [pronoun, 'pronoun', undefined],
        text
      )
    }
  )
  all(
    'an apposition gives the gender of a name that has none, in a lead-in or after a closing cue',
    cases({
      name: ['Robin Tate', 'Kerry Vance', 'Shay Morgan'],
      described: [
        {words: 'a spokeswoman for the department', pronoun: 'she', other: 'he'},
        {words: "the senator's daughter", pronoun: 'she', other: 'he'},
        {words: 'a spokesman for the agency', pronoun: 'he', other: 'she'}
      ],
      order: ['lead', 'close']
    }),
    ({name, described, order}) => {
      const first = order === 'lead' ? `${name}, ${described.words}, said the plan was on hold.` : `"The plan is on hold," said ${name}, ${described.words}.`
      const same = Object.fromEntries(map(`${first} "It is over," ${described.pronoun} said.`).map(([source, , resolved]) => [source, resolved]))
      assert.equal(same[described.pronoun], name, first)
      const other = Object.fromEntries(map(`${first} "It is over," ${described.other} said.`).map(([source, , resolved]) => [source, resolved]))
      assert.equal(other[described.other], undefined, first)
    }
  )
  it('clean counterpart: a relative clause about someone else gives no gender ("whose husband")', () => {
    const text = 'Robin Tate, whose husband died in the crash, said the airline lied. "We want answers," she said. "We want the truth," he said.'
    const resolved = map(text).map(([source, , resolved]) => [source, resolved])
    assert.deepEqual(resolved, [
      ['Robin Tate', undefined],
      ['she', 'Robin Tate'],
      ['he', undefined]
    ])
  })
  all(
    'news outlets and pollsters are organisations, and "he" or "she" never stands for one; "it" does',
    cases({
      outlet: ['The New York Times', 'The Washington Post', 'Politico', 'Axios', 'Bloomberg News', 'The Guardian', 'Gallup', 'the Chicago Tribune'],
      verb: ['reported that', 'said']
    }),
    ({outlet, verb}) => {
      const text = `${outlet} ${verb} the deal was off. He said the talks had failed. It added that no date was set.`
      assert.deepEqual(map(text), [
        [outlet, 'organisation', undefined],
        ['He', 'pronoun', undefined],
        ['It', 'pronoun', outlet]
      ])
    }
  )
  all(
    'clean counterpart: a person whose surname is also a masthead ("Anita Hill", "Mark Herald") is a person',
    cases({name: ['Anita Hill', 'Rep. French Hill', 'Mark Herald', 'Dana Globe'], verb: ['said', 'testified that']}),
    ({name, verb}) => {
      assert.deepEqual(map(`${name} ${verb} the hearing was unfair.`), [[name, 'person', undefined]])
    }
  )
  all(
    'a surname that ends in -s is a person; a capitalised plural of a party, a faith or a nation is a group',
    cases({
      who: [
        ['Sanders', 'person'],
        ['Priebus', 'person'],
        ['Harris', 'person'],
        ['Jones', 'person'],
        ['Democrats', 'group'],
        ['Iowans', 'group'],
        ['Israelis', 'group'],
        ['Evangelicals', 'group']
      ],
      verb: ['said', 'argued in a letter that', 'told reporters']
    }),
    ({who: [name, kind], verb}) => {
      const text = `${name} ${verb} the plan was dead.`
      assert.deepEqual(map(text)[0]?.slice(0, 2), [name, kind], text)
    }
  )
  all(
    'a share of those polled is a group, a video or an editorial a document, and "he\'s" a pronoun',
    cases({
      who: [
        ['22 percent of voters', 'group'],
        ['Six in 10', 'group'],
        ['A third', 'group'],
        ['The video', 'document'],
        ['The editorial', 'document'],
        ["He's", 'pronoun']
      ],
      verb: ['said', 'argued']
    }),
    ({who: [name, kind], verb}) => {
      const text = `${name} ${verb} that the plan was dead.`
      assert.deepEqual(map(text)[0]?.slice(0, 2), [name, kind], text)
    }
  )
  all(
    'a possessive that owns a claim stands for the person it agrees with',
    cases({
      who: [
        {named: 'Mayor Daniel Okafor', own: 'His'},
        {named: 'Sen. Ana Ruiz', own: 'Her'}
      ],
      noun: ['claim', 'suggestion', 'warning']
    }),
    ({who, noun}) => {
      const text = `${who.named} spoke on Monday. ${who.own} ${noun} that the plan was dead surprised no one.`
      assert.deepEqual(
        map(text).find(([source]) => source === who.own),
        [who.own, 'pronoun', who.named],
        text
      )
    }
  )
  all(
    'a surname read in running text makes its person the latest one named: "he" after "Trump responded" is Trump',
    cases({
      first: [
        {named: 'Hillary Clinton', surname: 'Clinton'},
        {named: 'Sen. Ana Ruiz', surname: 'Ruiz'}
      ],
      second: [
        {named: 'Donald Trump', surname: 'Trump', pronoun: 'He'},
        {named: 'Mayor Tom Baker', surname: 'Baker', pronoun: 'He'}
      ],
      verb: ['responded by citing Chicago', 'arrived late']
    }),
    ({first, second, verb}) => {
      const text = `${first.named} spoke first. ${second.named} spoke next. ${first.surname} laughed. ${second.surname} ${verb}. ${second.pronoun} said: "We will win."`
      assert.deepEqual(
        map(text).find(([source]) => source === second.pronoun),
        [second.pronoun, 'pronoun', second.named],
        text
      )
    }
  )
  all(
    'a "he said" goes on with the latest speaker or sentence subject, not a name inside what that speaker said',
    cases({
      speaker: ['White House spokesman Josh Earnest', 'Mayor Tom Baker', 'Sen. Ana Ruiz'],
      inner: [
        {name: 'President Barack Obama', rest: 'has long called for tax fairness', female: false},
        {name: 'Gov. Daniel Okafor', rest: 'had misled voters', female: false},
        {name: 'Chief Justice Maria Lopez', rest: 'would rule soon', female: true}
      ],
      next: ['He said the plan was fair.', '"It is fair," she said.']
    }),
    ({speaker, inner, next}) => {
      const pronoun = next.includes('she') ? 'she' : 'He'
      const female = speaker.includes('Ana')
      const text = `${speaker} said on Monday that ${inner.name} ${inner.rest}. ${next}`
      const resolved = map(text).find(([source]) => source === pronoun)?.[2]
      // The speaker when the pronoun agrees with them; else whoever else agrees.
      const want = (pronoun === 'she') === female ? speaker : (pronoun === 'she') === inner.female ? inner.name : undefined
      assert.equal(resolved, want, text)
    }
  )
  all(
    'a sentence that opens on a title of someone named ("The former ambassador also discussed …") makes them the subject a "he" goes on with',
    cases({
      who: [
        {named: 'Former UN Ambassador John Bolton', title: 'The former ambassador'},
        {named: 'Sen. Tom Baker', title: 'The senator'}
      ],
      other: ['GOP nominee Donald Trump', 'President Barack Obama']
    }),
    ({who, other}) => {
      const text = `${who.named} spoke on Monday. ${who.title} also discussed the differences between Clinton and ${other}. He stated that many conservatives would serve.`
      assert.deepEqual(
        map(text).find(([source]) => source === 'He'),
        ['He', 'pronoun', who.named],
        text
      )
    }
  )
  all(
    'two people named together in running text are a later "they"',
    cases({pair: ['Mr. VandeHei and Mr. Allen', 'Sen. Ana Ruiz and Gov. Tom Baker'], lead: ['When I met with {P} on Monday,', 'After {P} met on Monday,']}),
    ({pair, lead}) => {
      const text = `${lead.replace('{P}', pair)} the talks stalled. "We will say more soon," they said.`
      assert.deepEqual(
        map(text).find(([source]) => source === 'they'),
        ['they', 'pronoun', pair],
        text
      )
    }
  )
  it('clean counterpart: a capitalised word that repeats no one named before (a place, a day) stands for no one', () => {
    const text = 'Ana Ruiz spoke in Ohio. Washington responded on Friday. "We will win," he said.'
    assert.deepEqual(
      map(text).map(([source, , resolved]) => [source, resolved]),
      [['he', undefined]]
    )
  })
  all(
    'a name inside a quotation, a title after "a", a name after a preposition in a description, and a headline verb are no referents',
    cases({
      text: [
        ['Donald Trump spoke. He asked, "Mr. President, will you pledge?" Then he said no.', 'he', 'Donald Trump'],
        [
          'Hillary Clinton spoke. Miss Universe Alicia Machado spoke too. Clinton attacked a former Miss Universe. She said the tweets were lies.',
          'She',
          'Hillary Clinton'
        ],
        ['A spokeswoman for Hillary Clinton said no. Hillary Clinton spoke later. She said yes.', 'She', 'Hillary Clinton'],
        ['Donald Trump Is Right, Say Voters. Donald Trump spoke. He said yes.', 'He', 'Donald Trump']
      ]
    }),
    ({text: [text, pronoun, named]}) => {
      assert.deepEqual(
        map(text).findLast(([source]) => source === pronoun),
        [pronoun, 'pronoun', named],
        text
      )
    }
  )
  all(
    'a name after an abbreviated title stays whole whatever the tagger reads its surname as, before or after the cue, and a party tag before ", who" is no speaker',
    cases({
      name: ['Mr. Hedge', 'Mr. Burr', 'Sen. Ted Cruz', 'Ms. Sherry'],
      frame: ['"{Q}," {N} said, referring to the deal.', '"{Q}," said {N}, adding that the deal was done.']
    }),
    ({name, frame}) => {
      const text = frame.replace('{Q}', 'The key was timing').replace('{N}', name)
      const found = attributionParts(text).filter((a) => /^(?:said|referring|adding|endorsed)/u.test(a.cue))
      assert.ok(found.length > 0, text)
      for (const a of found) assert.equal(a.source, name, text)
    }
  )
  all(
    'a party tag in brackets before ", who" or an apposition is no speaker',
    cases({
      name: ['Sen. Ted Cruz', 'Rep. Zoe Lofgren', 'Sen. Claire McCaskill'],
      tag: ['(R-Texas)', '(D-Calif.)'],
      aside: ['who has endorsed Clinton', 'one of the few co-authors']
    }),
    ({name, tag, aside}) => {
      const text = `${name} ${tag}, ${aside}, said the deal was done.`
      assert.deepEqual(
        attributionParts(text).map((a) => a.source),
        aside.startsWith('who') ? [name, name] : [name],
        text
      )
    }
  )
  all(
    'an age, a home town and a state after a name are not the speaker: "Jane Doe, 59, of Ashton, Md., who …, said"',
    cases({
      name: ['Jane Doe', 'Johnnie Wilson'],
      tail: [', 59, of Ashton, Md.,', ', of Springfield, Va.,', ', 71, of Raleigh, N.C., who watched the ceremony on a screen,'],
      verb: ['said', 'told reporters']
    }),
    ({name, tail, verb}) => {
      const text = `${name}${tail} ${verb} the event was moving.`
      assert.deepEqual(sources(text), [name], text)
    }
  )
  it('"it" stands for a document as for a body; a sentence-opening modal is no part of a name', () => {
    assert.deepEqual(map('The report says the rules are weak. It also points out gaps.'), [
      ['The report', 'document', undefined],
      ['It', 'pronoun', 'The report']
    ])
    assert.deepEqual(map('Should Mr. Clarke fail, the mine closes. He said so.'), [['He', 'pronoun', 'Mr. Clarke']])
  })
  it('a body named by what it is for is an organisation, never "he": "the Commission on Presidential Debates"', () => {
    for (const body of ['The Commission on Presidential Debates', 'The Department of Justice', 'The Committee for Fair Elections'])
      assert.deepEqual(map(`${body} said the microphone failed. He said it was fine.`), [
        [body, 'organisation', undefined],
        ['He', 'pronoun', undefined]
      ])
  })
  it('a pronoun resolved to a group counts as that group in the summary, not as a named source', () => {
    const file = lint(new VFile({value: 'Residents said they were worried. They added that the plant should close.', path: 'a.md'}))
    const sourcing = sourcingMap(file)
    assert.deepEqual(
      sourcing.attributions.map((a) => [a.source?.text, a.resolved, a.resolvedKind]),
      [
        ['Residents', undefined, undefined],
        ['They', 'Residents', 'group']
      ]
    )
    assert.deepEqual(sourcing.summary.named, [])
    assert.deepEqual(sourcing.summary.groups, ['Residents'])
  })
})

describe('a source is a whole noun phrase, and only one', () => {
  all(
    'a pronoun subject inside a longer phrase is the source on its own',
    cases({pronoun: ['he', 'she', 'they'], verb: ['says', 'said', 'claims']}),
    ({pronoun, verb}) => {
      const parts = attributionParts(`The campaign will spend the $18 million ${pronoun} ${verb} ${pronoun} raised.`)
      assert.deepEqual(
        parts.map((a) => a.source),
        [pronoun]
      )
    }
  )
  all(
    'a subject after a verb or a clause opener starts after it, and a determiner opens a run of nouns',
    cases({
      frame: [
        ['The move is likely to placate nervous Democrats on Capitol Hill, who have argued that it helps.', 'nervous Democrats on Capitol Hill'],
        ['She urged them to leave after the billionaire estate mogul claimed that the judge was biased.', 'the billionaire estate mogul'],
        ['The order came after the county school board warned that the buses were unsafe.', 'the county school board']
      ]
    }),
    ({frame: [text, source]}) => {
      assert.ok(
        attributionParts(text).some((a) => a.source === source),
        JSON.stringify(attributionParts(text))
      )
    }
  )
  all(
    'clean counterpart: an article, a possessive before a noun, or a noun in a prepositional phrase before a naming participle is no source',
    cases({
      text: [
        'Lawmakers bristled at the continued questions about his birth.',
        'Editor’s note: the mayor regularly skips council meetings.',
        'In a box labeled “medical problem,” a doctor had typed “none.”',
        'She works for a charity called “Open Doors” in the city.'
      ]
    }),
    ({text}) => assert.deepEqual(attributionParts(text), [])
  )
})

describe('adjuncts and asides are not speakers', () => {
  all(
    'an adjunct after an inverted cue is not the speaker; the named subject before it is',
    cases({p: PEOPLE.slice(0, 3), adjunct: ['on Twitter', 'of the plan', 'at a Washington event this month', 'in an interview']}),
    ({p, adjunct}) => {
      const text = `"We have done our part," ${p.s}, a writer for the weekly, said ${adjunct}.`
      assert.deepEqual(speakers(text), [p.s])
    }
  )
  all(
    'a clause opener, a time phrase or a plural noun before the speaker is not part of the source',
    cases({
      frame: [
        ['Sims was riding the fence until {S} said the vote was close.', '{S}'],
        ['{S} at the time said the fees would be paid.', '{S}'],
        ['Here is a list of outrageous things {S} said about the city.', '{S}'],
        ['The bill stalled after {S} said it was unfair.', '{S}']
      ],
      p: PEOPLE.slice(0, 3)
    }),
    ({frame: [text, source], p}) => {
      const s = text.startsWith('{S}') ? cap(p.s) : p.s
      assert.deepEqual(sources(text.replace('{S}', s)), [source.replace('{S}', s)])
    }
  )
  all(
    'clean counterpart: a clause after an inverted cue, or the object of a verb and a preposition before one, is not the speaker',
    cases({
      text: [
        '"We won," Trump, who carried the state, said when Boyle asked him a question.',
        'Officials who spoke with The Daily Ledger said the group is a shell.',
        'A doctor she spoke to on camera said the patient was stable.'
      ]
    }),
    ({text}) => {
      for (const source of sources(text)) assert.ok(!/^(?:when|The Daily Ledger|camera)/u.test(source), source)
    }
  )
  all(
    'a participle aside ending in a time phrase sets off the subject from its verb',
    cases({p: PEOPLE.slice(0, 3), aside: ['dedicating the National Museum of History and Culture on Saturday', 'opening the new bridge in Ohio last week']}),
    ({p, aside}) => {
      assert.deepEqual(sources(`${cap(p.s)}, ${aside}, said the project would last.`), [cap(p.s)])
    }
  )
  all(
    'a participle after an opening phrase reports what the main subject said, never the day',
    cases({open: ['In August', 'On Monday', 'After the vote'], who: ['several environmental groups', 'the ministry', 'Ana Ruiz']}),
    ({open, who}) => {
      const parts = attributionParts(`${open}, ${who} granted the company an extension, saying it needed time.`)
      assert.deepEqual(
        parts.filter((a) => a.cue === 'saying').map((a) => a.source),
        [who]
      )
    }
  )
})

describe('a clause of its own joined by a conjunction ends the content before it', () => {
  const mapped = (text) => sourcingMap(lint(new VFile({value: text, path: 'a.md'}))).attributions.map((a) => [a.source?.text, a.cue?.text, a.content?.text])
  all(
    'X verb that …, but/and/yet PRONOUN said …: two attributions, the first ending at the comma',
    cases({
      person: PEOPLE,
      first: [
        ['agreed that', 'Trump may struggle in the state'],
        ['said', 'the plan would not pass this year'],
        ['praised', 'the plan']
      ],
      join: ['but', 'and', 'yet'],
      second: ['said', 'says', 'told reporters']
    }),
    ({person, first: [verb, claim], join, second}) => {
      const text = `${person.s} ${verb} ${claim}, ${join} ${person.pronoun} ${second} that the vote would change.`
      assert.deepEqual(
        mapped(text),
        [
          [person.s, verb.split(' ')[0], claim],
          [person.pronoun, second.split(' ')[0], 'the vote would change']
        ],
        text
      )
    }
  )
  it('clean counterpart: one speaker reporting two things, or restating himself, stays one attribution', () => {
    for (const person of PEOPLE) {
      const text = `${person.s} said taxes rose, and that ${person.pronoun} would cut them.`
      assert.deepEqual(mapped(text), [[person.s, 'said', `taxes rose, and that ${person.pronoun} would cut them`]], text)
      const restated = `${person.s} says ${person.pronoun} feels ${person.pronoun} did great.`
      assert.equal(mapped(restated).length, 1, restated)
    }
  })
})

describe('questions put by someone named: "was asked by X whether", "asked X about", "\"…?\" asked the boy"', () => {
  const ASKERS = ['host John Dickerson', 'reporters', 'a reporter', 'the moderator']
  all(
    'a passive "asked" names the asker after "by"',
    cases({
      person: PEOPLE,
      tense: ['was asked', 'has been asked', 'is asked'],
      asker: ASKERS,
      what: ['whether the plan would pass', 'about the plan', 'what the plan would cost']
    }),
    ({person, tense, asker, what}) => {
      const text = `${cap(person.s)} ${tense} by ${asker} ${what}.`
      assert.deepEqual(sourcesOfCue(text, 'asked'), [asker], text)
    }
  )
  all(
    'someone who asks a person about something is the source',
    cases({asker: ['The AP', 'Ana Ruiz', 'the moderator', 'HuffPost'], person: ['Bennett', 'the mayor', 'him'], lead: ['When', 'After', '']}),
    ({asker, person, lead}) => {
      const text = `${lead ? `${lead} ${asker}` : cap(asker)} asked ${person} about the comments${lead ? ', the manager said nothing' : ''}.`
      assert.deepEqual(
        sourcesOfCue(text, 'asked').map((source) => source.toLowerCase()),
        [asker.toLowerCase()],
        text
      )
    }
  )
  all(
    'a question closed by its mark, then the cue in lower case and the one who asked',
    cases({asker: ['the boy', 'a voter', 'the senator', 'Ana Ruiz', 'one mother'], rest: ['.', ', who was wearing a hat.', ' from the back of the room.']}),
    ({asker, rest}) => {
      const text = `"How big is that wall?" asked ${asker}${rest}`
      assert.deepEqual(sourcesOfCue(text, 'asked'), [asker], text)
    }
  )
  all(
    'a share of those polled answers the question that opens the sentence',
    cases({
      lead: ['Asked if the plan was legal,', 'Asked whether Ruiz is fit to serve,'],
      share: ['46 percent of voters', '72 percent of Democrats'],
      verb: ['said yes', 'said no']
    }),
    ({lead, share, verb}) => {
      const text = `${lead} ${share} ${verb}.`
      const parts = attributionParts(text)
      assert.deepEqual(
        parts.map((a) => [a.source, a.cue, a.content]),
        [
          [share, 'Asked', lead.replace(/^Asked |,$/gu, '')],
          [share, 'said', verb.split(' ')[1]]
        ],
        text
      )
    }
  )
  it('clean counterpart: a request by someone, or "by" before a time, names no one who asked a question', () => {
    for (const person of PEOPLE)
      for (const text of [`${cap(person.s)} was asked by the court to testify.`, `${cap(person.s)} was asked by Friday whether the plan would pass.`])
        assert.ok(!sourcesOfCue(text, 'asked').some((s) => /court|Friday/u.test(s)), text)
  })
})

describe('records that show something, however long their subject phrase', () => {
  const RECORDS = [
    ['Polls', 'show'],
    ['Federal Election Commission records compiled by the Center for Responsive Politics', 'show'],
    ['Early results of exit polls conducted by Edison Research for the networks', 'show'],
    ['Exit polling', 'shows'],
    ['A new batch of emails released this week', 'shows'],
    ['Surveys of caucus-goers taken as they entered the sites', 'show']
  ]
  const sourceOf = (text, cue) => attributionParts(text).find((a) => a.cue === cue)
  all(
    'a record opening the sentence, in any tense, with what it shows after it',
    cases({record: RECORDS, past: [false, true], clause: ['that older women turned out in force', 'Clinton won every group but one']}),
    ({record: [phrase, verb], past, clause}) => {
      const cue = past ? 'showed' : verb
      const text = `${phrase} ${cue} ${clause}.`
      const found = sourceOf(text, cue)
      assert.ok(
        found && phrase.startsWith(found.source) && found.source.split(' ').length >= Math.min(2, phrase.split(' ').length),
        `${text}: ${JSON.stringify(found)}`
      )
      assert.equal(found.content, clause.replace(/^that /u, ''), text)
    }
  )
  all(
    'a record closing the sentence after a comma credits the clause before it',
    cases({
      record: [
        ['records', 'show'],
        ['FEC records compiled by the center', 'show'],
        ['the returns', 'showed']
      ],
      rest: ['.', ', and experts say it is worth less.']
    }),
    ({record: [phrase, cue], rest}) => {
      const text = `The plane was insured for 35 million dollars in 2011, ${phrase} ${cue}${rest}`
      const found = sourceOf(text, cue)
      assert.ok(found && phrase.startsWith(found.source), `${text}: ${JSON.stringify(found)}`)
      assert.equal(found.content, 'The plane was insured for 35 million dollars in 2011', text)
    }
  )
  all(
    'a record with "showing" after it, inside a larger clause',
    cases({record: ['a new poll', 'recent polls', 'the latest survey'], lead: ['Priebus, in the wake of', 'Priebus, armed with']}),
    ({record, lead}) => {
      const text = `${lead} ${record} showing his standing down to 14 percent, told reporters he was calm.`
      const found = sourceOf(text, 'showing')
      assert.deepEqual(found && [found.source, found.content], [record, 'his standing down to 14 percent'], text)
    }
  )
  it('clean counterpart: a record word that does not head its phrase, a phrasal verb, or people showing something report nothing', () => {
    noCue(
      [
        'The poll workers showed the voters in.',
        'Polling places showed long lines.',
        'The results showed up late.',
        'The candidates showed little appetite for a fight.',
        'The groundbreaking study is the first to show such high efficacy.',
        'The poll was designed to show how voters feel.'
      ],
      /^show/u
    )
  })
})

describe("the reporter's inference: seems, appears, is expected to", () => {
  const evidentials = (text) => attributionParts(text, undefined).filter((a) => a.source === '')
  const SUBJECTS = ['Trump', 'The speaker', 'he', 'The campaign', 'Voters in the state']
  all(
    'a verb of seeming before an infinitive, an adjective or a clause; "is expected to" — credited to no one, the whole clause its content',
    cases({
      s: SUBJECTS,
      frame: [
        ['seemed', 'to appreciate the concept'],
        ['appears', 'to be fully embracing the role'],
        ['appeared', 'somewhat uneasy'],
        ['seems', 'equally unperturbed'],
        ['is expected', 'to deliver a speech later tonight'],
        ['was widely expected', 'to win the state']
      ]
    }),
    ({s, frame: [cue, rest]}) => {
      const subject = cap(s)
      const text = `${subject} ${cue} ${rest}.`
      const cueWords = cue.replace(/ widely/u, '')
      const found = attributionParts(text).filter((a) => a.source === '' && a.cue.replace(/ widely/u, '') === cueWords)
      assert.deepEqual(
        found.map((a) => a.content),
        [`${subject} ${cue} ${rest}`],
        text
      )
    }
  )
  it('"It appears, though, that …" and "It seemed like …" are inferences too', () => {
    for (const text of ['It appears, though, that the game was not boring.', 'It seemed like the committee had decided.'])
      assert.equal(evidentials(text).length, 1, text)
  })
  it("clean counterpart: appearing somewhere, a seeming as a modifier, and expecting someone to do something are no inferences; the clause stays the reporter's", () => {
    for (const text of [
      'She appeared on CNN on Sunday.',
      'He appeared in court on Monday.',
      'His seeming calm ended.',
      'He expected me to read my statement.',
      'The ministry expected returns to rise.'
    ])
      assert.deepEqual(evidentials(text), [], text)
    // A loaded word inside the inference is flagged as in any sentence of the reporter's.
    for (const frame of ['The terrorists retreated.', 'The terrorists seemed to retreat.', 'The terrorists are expected to retreat.'])
      assert.deepEqual(
        lint(frame)
          .messages.filter((m) => m.ruleId === 'loaded-label')
          .map((m) => m.fatal),
        [false],
        frame
      )
  })
})

describe('transcript turns run together in one paragraph', () => {
  all(
    'a label in capitals, or a surname the story names in full, opens a turn after any sentence',
    cases({
      first: [
        ['TAPPER', 'Jake Tapper'],
        ['Matthews', 'Chris Matthews']
      ],
      second: [
        ['FALLIN', 'Mary Fallin'],
        ['Lopez', 'Luciana Lopez']
      ],
      answer: ['Well, I think the whole nation needs to work together.', 'No, the plan will pass this year.']
    }),
    ({first: [a, aFull], second: [b, bFull], answer}) => {
      const text = `${aFull} interviewed ${bFull} on Sunday. ${a}: Are you supporting the nominee? ${b}: ${answer}`
      const turns = attributionParts(text).filter((x) => x.cue === '')
      assert.deepEqual(
        turns.map((x) => x.source),
        [a, b],
        text
      )
    }
  )
  it('clean counterpart: a note, a bottom line or a result before a colon is no one speaking', () => {
    for (const label of ['Note', 'Bottom line', 'Result', 'Update'])
      for (const lead of ['The plan failed.', 'Lopez spoke on Sunday.']) {
        const text = `${lead} ${label}: the figures are preliminary and may change.`
        assert.deepEqual(
          attributionParts(text).filter((x) => x.cue === ''),
          [],
          text
        )
      }
  })
})

describe('views held: "sees X as Y", "in X\'s view"', () => {
  all(
    'a subject who sees, views or regards something as something holds that view',
    cases({
      s: ['Developers', 'Mr. Obama', 'Many voters', 'The union', 'She'],
      verb: ['see', 'saw', 'view', 'viewed', 'regard', 'regarded'],
      object: ['golf courses as wasted space', 'the program as detrimental to their interests', 'the plan as a giveaway']
    }),
    ({s, verb, object}) => {
      const form = s === 'Mr. Obama' || s === 'The union' || s === 'She' ? verb.replace(/^(see|view|regard)$/u, '$1s') : verb
      const text = `${s} ${form} ${object}.`
      assert.deepEqual(
        attributionParts(text).map((a) => [a.source, a.cue, a.content]),
        [[s, form, object]],
        text
      )
    }
  )
  all(
    'a view named in a phrase: "in X\'s view", "in the view of X", opening or closing the sentence',
    cases({holder: ["Bolton's", "Professor Knittel's", "Senator Ana Ruiz's"], place: ['open', 'close']}),
    ({holder, place}) => {
      const claim = 'the plan is a failure'
      const text = place === 'open' ? `In ${holder} view, ${claim}.` : `${cap(claim)}, in ${holder} view.`
      const found = attributionParts(text).find((a) => a.cue === 'view')
      assert.deepEqual(found && [found.source, found.content.toLowerCase()], [holder, claim], text)
    }
  )
  all(
    'a view or an account named in a phrase with any holder: "in his eyes", "in the opinion of X", "by her own admission", "by Ruiz\'s account"',
    cases({
      phrase: [
        ['In his eyes,', 'his', 'eyes'],
        ['In the opinion of many economists,', 'many economists', 'In the opinion of'],
        ['By her own admission,', 'her', 'own admission'],
        ["By Senator Ruiz's account,", "Senator Ruiz's", 'account'],
        ['In their judgment,', 'their', 'judgment']
      ],
      claim: ['the plan is a failure', 'the server was a mistake', 'the talks were doomed']
    }),
    ({phrase: [lead, holder, cue], claim}) => {
      for (const text of [
        `${lead} ${claim}.`,
        `${cap(claim)}, ${lead.replace(/,$/u, '').toLowerCase().replace('ruiz', 'Ruiz').replace('senator', 'Senator')}.`
      ]) {
        const found = attributionParts(text).find((a) => a.cue.toLowerCase() === cue.toLowerCase())
        assert.deepEqual(found && [found.source, found.content.toLowerCase()], [holder, claim], text)
      }
    }
  )
  it('clean counterpart: eyes and minds in their literal sense, and "by" with no owner, hold no view', () => {
    noCue(
      [
        'He had tears in his eyes.',
        'She stared in his eyes for a moment.',
        'He was in his eyes too long.',
        'Blood was found in the eyes of the victim.',
        'In his mind the war was lost.',
        'She was paid by the hour.',
        'By one estimate, the plan failed.',
        'The money was paid by his account at the bank.',
        'Asked on Fox News who leads the party in his view, he said Ryan.'
      ],
      /eyes|mind|estimate|account|opinion|view/u
    )
  })
  all(
    'a view held of something past a participle that modifies its object, and as a participle after a comma',
    cases({s: ['Experts', 'Mr. Obama', 'The union'], object: ['the elections held Sunday', 'the plan passed last year'], form: ['see', 'participle']}),
    ({s, object, form}) => {
      const text = form === 'see' ? `${s} ${s === 'Experts' ? 'see' : 'sees'} ${object} as a test.` : `${s} demurred, seeing ${object} as a test.`
      const found = attributionParts(text).find((a) => /^see/u.test(a.cue))
      assert.deepEqual(found && [found.source, found.content], [s, `${object} as a test`], text)
    }
  )
  all(
    'a passive that says what something is, with its agent after "by": the agent is the source, what follows "as" is what they said',
    cases({
      subject: ['The plan', 'Her remarks', 'The new tax'],
      verb: ['was described', 'has been denounced', 'is often criticized', 'were hailed', 'was dismissed'],
      agent: ['Democrats', 'Sen. Ana Ruiz', 'the finance ministry'],
      order: ['after', 'before']
    }),
    ({subject, verb, agent, order}) => {
      const text = order === 'after' ? `${subject} ${verb} as a reckless giveaway by ${agent}.` : `${subject} ${verb} by ${agent} as a reckless giveaway.`
      const cue = verb.split(' ').at(-1)
      const found = attributionParts(text).find((a) => a.cue === cue)
      assert.deepEqual(found && [found.source, found.content], [agent, 'a reckless giveaway'], text)
    }
  )
  it('clean counterpart: a passive with no agent, or whose "by" is no one, credits no one', () => {
    noCue(
      [
        'The plan was described as a reckless giveaway.',
        'She was described as a lawyer by training.',
        'The bill was passed by the Senate on Monday.',
        'The actor was cast as a villain by the director.',
        'The plan was hailed as a landmark by any measure.'
      ],
      /^(?:described|passed|cast|hailed)$/u
    )
  })
  it('clean counterpart: seeing someone as something happens, "as well", or a sentence ending in "see" hold no view', () => {
    noCue(
      ['I saw him at the rally as he left.', 'They saw the senator as the crowd cheered.', 'He saw her as well.', 'What Ruiz and others want is plain to see.'],
      /^(?:see|saw|view)/u
    )
  })
})

describe('what a speaker is credited with runs on through the quotations that continue it', () => {
  const contents = (text) => sourcingMap(lint(new VFile({value: text, path: 'a.md'}))).attributions.map((a) => [a.source?.text, a.content?.text])
  all(
    'a quotation broken by its attribution, then more sentences of the same quote, in the paragraph or in the next one left open',
    cases({
      person: PEOPLE,
      cue: ['said', 'added'],
      shape: ['same paragraph', 'sentence after', 'open quote']
    }),
    ({person, cue, shape}) => {
      const first = '"Judge,"'
      const rest =
        shape === 'same paragraph'
          ? `, "I have never seen that happen. Not in thirty years."`
          : shape === 'sentence after'
            ? `. "I have never seen that happen. Not in thirty years."`
            : `. "I have never seen that happen.\n\n"Not in thirty years."`
      const text = `${first} ${person.s} ${cue}${rest}`
      const found = contents(text).find(([source]) => source === person.s)
      assert.ok(found, text)
      const content = String(found[1])
      assert.ok(content.startsWith(first) && content.endsWith('thirty years."'), `${text}\n${JSON.stringify(found)}`)
    }
  )
  it('clean counterpart: a quotation from someone else after it is not theirs', () => {
    const text = '"Judge," Ana Ruiz said. "It is over," Tom Baker said.'
    assert.deepEqual(contents(text), [
      ['Ana Ruiz', '"Judge,"'],
      ['Tom Baker', '"It is over,"']
    ])
  })
})

describe('claims named by a noun someone owns, and words shouted or said of someone', () => {
  all(
    "X's suggestion / accusation / claim that …: the owner is the source, the clause is what was claimed, the sentence's own verb is not",
    cases({
      owner: [
        ["Mr. Obama's", "Mr. Obama's"],
        ["Donald Trump's", "Donald Trump's"],
        ['his', 'His'],
        ['her', 'Her']
      ],
      noun: [
        'suggestion',
        'accusation',
        'claim',
        'warning',
        'patronizing suggestion at a debate',
        'suggestion at a similarly timed debate',
        'claim at the newly opened hall'
      ],
      rest: [' touched off a debate.', ' was ignored.', ' drew fire from both parties.']
    }),
    ({owner: [, written], noun, rest}) => {
      const text = `${written} ${noun} that the vote would have been rigged${rest}`
      const cue = noun.split(' ').find((w) => /suggestion|accusation|claim|warning/u.test(w))
      const found = attributionParts(text).find((a) => a.cue === cue)
      assert.deepEqual(found && [found.source, found.content], [written, 'the vote would have been rigged'], text)
    }
  )
  it('clean counterpart: a claim nobody owns, or a noun with no clause, credits no one', () => {
    noCue(['The claim that the vote was rigged is false.', "Trump's claims about the vote were false.", 'His warning shot missed.'], /claim|warning/u)
  })
  all(
    "a word shouted or chanted is the crowd's, not a doubted word",
    cases({s: ['Sanders supporters', 'The crowd', 'Protesters'], verb: ['are crying', 'chanted', 'shouted', 'were yelling'], word: ['"fraud"', '"shame"']}),
    ({s, verb, word}) => {
      const text = `${s} ${verb} ${word} outside the hall.`
      assert.ok(!kinds(text).includes('scare'), `${text}: ${kinds(text)}`)
    }
  )
  all(
    'a name said of someone after "is" or "was", in a speaker\'s clause, is their description; a quoted name as subject or object stays doubted',
    cases({lead: ['Trump said at a rally, adding that he believed the judge was', 'Ruiz argued that the candidate is'], word: ['"Mexican."', '"Canadian."']}),
    ({lead, word}) => assert.deepEqual(kinds(`${lead} ${word}`), ['partial'], `${lead} ${word}`)
  )
  it("clean counterpart: a quoted country name in a speaker's clause is still doubted", () => {
    for (const text of ['The minister said that "Israel" is to blame.', 'Ruiz added that "Kosovo" had no army.']) assert.deepEqual(kinds(text), ['scare'], text)
  })
})

describe("a fragment after a speech act's verb or noun is someone's words", () => {
  all(
    'participles of urging and condemning, verbs of attacking, and a named speech act before the phrase',
    cases({
      frame: [
        'Sanders thrills crowds by exhorting them to change things through Q.',
        'Ruiz spent the night denouncing the Q at every stop.',
        'Trump assailed a federal judge for his Q.',
        "Clinton's broadside against Q leaves room for doubt.",
        'Mr. Band passed along a request for Q from an associate.',
        'Officials professing a Q may refuse service.'
      ],
      word: ['"political revolution"', '"rigged system"', '"fair share"']
    }),
    ({frame, word}) => {
      const text = frame.replace('Q', word)
      assert.ok(!kinds(text).includes('scare'), `${text}: ${kinds(text)}`)
    }
  )
  all(
    'clean counterpart: a fragment after a possessive or a plain verb, with no speech act, is still doubted',
    cases({frame: ["The agency's Q failed within a year.", 'The council passed the Q on Monday.'], word: ['"reform"', '"rescue plan"']}),
    ({frame, word}) => assert.deepEqual(kinds(frame.replace('Q', word)), ['scare'], frame.replace('Q', word))
  )
})

describe('intentions with an object and a past participle: "wants the plan scrapped"', () => {
  all(
    'want / wanted / wants + noun phrase or pronoun + past form, regular or not',
    cases({
      p: PEOPLE,
      verb: ['wants', 'wanted', 'has wanted'],
      object: ['the plan scrapped', 'the wall built', 'him gone by Friday', 'the money returned to donors']
    }),
    ({p, verb, object}) => {
      const text = `${cap(p.s)} ${verb} ${object}.`
      const found = attributionParts(text).find((a) => a.cue.startsWith('want'))
      assert.deepEqual(found && [found.source.toLowerCase(), found.content], [p.s.toLowerCase(), object], text)
    }
  )
  it('clean counterpart: wanting a thing, with or without a modifier, is no intention reported', () => {
    noCue(['Ruiz wants the red car.', 'Ruiz wants a car with a sunroof.', 'Ruiz wanted the finished version.'], /^want/u)
  })
})

describe("quotations credited by a bracketed name, or answering the reporter's question", () => {
  all(
    'a newsletter credit in brackets right after the closing mark names the speaker',
    cases({credit: ['HuffPost', 'Mollie Reilly', 'AP'], after: ['', ' WHAT IS NEXT.', ' More on this below.']}),
    ({credit, after}) => {
      const text = `THE LENS "It is about creating agency for communities." [${credit}.]${after}`
      assert.deepEqual(speakers(text), [credit], text)
    }
  )
  all(
    "a quotation after a question the reporter puts is the paragraph's last speaker's answer",
    cases({p: PEOPLE.slice(0, 3), question: ['Why was he out in the heat?', 'What keeps her going?']}),
    ({p, question}) => {
      const text = `Sales were great, ${p.s} said. Only three bottles remained. ${question} "My mom says I have to save up for college."`
      assert.deepEqual(speakers(text), [p.s], text)
    }
  )
  all(
    "… and when the question opens a paragraph of its own, the answer is the last speaker's of the paragraph before",
    cases({p: PEOPLE.slice(0, 3), question: ['Why was he out in the heat?', 'What keeps her going?'], tail: ['', ' Only three remained.']}),
    ({p, question, tail}) => {
      const text = `Sales were great, ${p.s} said, wiping sweat off his face.${tail}\n\n${question} "My mom says I have to save up for college."`
      assert.deepEqual(speakers(text), [p.s], text)
    }
  )
  it('clean counterpart: a question opening a paragraph after one with no speaker answers nothing', () => {
    const text = 'Sales were great on Monday.\n\nWhy was the vote delayed? "Nobody knows anything any more."'
    assert.deepEqual(
      quotations(text).map((q) => q.speaker),
      [undefined],
      text
    )
  })
  it('clean counterpart: a bracketed note in lower case credits no one, and a question with no speaker before it answers nothing', () => {
    for (const text of ['Text here. "It is about creating agency." [see below] More text.', 'Why was the vote delayed? "Nobody knows anything any more."'])
      assert.deepEqual(
        quotations(text).map((q) => q.speaker),
        [undefined],
        text
      )
  })
})

describe('charges and announcements with an object and no clause', () => {
  all(
    'X accused / charged Y of / with …: the charge is what X said',
    cases({
      p: PEOPLE,
      verb: ['accused', 'has accused', 'accuses'],
      object: ['Washington of throwing away a powerful lever', 'him of sexism', 'campaign manager Corey Lewandowski of grabbing her']
    }),
    ({p, verb, object}) => {
      const text = `${cap(p.s)} ${verb} ${object}.`
      const found = attributionParts(text).find((a) => a.cue.startsWith('accus'))
      assert.ok(found && found.source.toLowerCase() === p.s.toLowerCase() && found.content === object, `${text}: ${JSON.stringify(found)}`)
    }
  )
  all(
    'X announced a plan, a candidacy, a series of steps: what was announced',
    cases({p: PEOPLE, object: ['a series of steps to tighten the rules', 'his candidacy for president', 'tighter controls on the border']}),
    ({p, object}) => {
      const text = `${cap(p.s)} announced ${object}.`
      const found = attributionParts(text).find((a) => a.cue === 'announced')
      assert.ok(found && found.content === object, `${text}: ${JSON.stringify(found)}`)
    }
  )
  it('clean counterpart: the accused as a noun, and an accusation with no charge, report nothing', () => {
    noCue(['The accused pleaded guilty on Monday.', 'The accused man left the court.', 'Ruiz accused him.'], /^accus/u)
  })
})

describe('a side taken in the base form after a plural', () => {
  all(
    'plural people or party names + support / oppose / back / favor + what they take a side on',
    cases({
      s: ['Republicans', 'A majority of Republicans', 'Two-thirds of Democrats', 'Most voters', 'Farmers'],
      verb: ['support', 'oppose', 'back', 'favor'],
      object: ['deportation', 'the ban', 'banning imports']
    }),
    ({s, verb, object}) => {
      const text = `${s} ${verb} ${object}.`
      const found = attributionParts(text).find((a) => a.cue === verb)
      assert.ok(found && found.content === object && s.endsWith(found.source.split(' ').at(-1)), `${text}: ${JSON.stringify(found)}`)
    }
  )
  it('clean counterpart: the noun "support" after a singular or an article takes no side', () => {
    noCue(['Republican support fell in May.', 'The support of farmers fell.', 'His support base shrank.'], /^support$/u)
  })
})

describe('subjects with a participle phrase, closing speakers with a long apposition, and "that" as a pronoun', () => {
  all(
    'a speaker with a participle and its phrase before the verb: "people briefed on the move said"',
    cases({
      s: ['People briefed on the move', 'Officials familiar with the talks', 'Two aides speaking on condition of anonymity', 'Voters interviewed at the rally'],
      verb: ['said', 'told reporters', 'have said'],
      clause: ['the plan would fail', 'that it reflected a crisis']
    }),
    ({s, verb, clause}) => {
      const text = `${s} ${verb} ${clause}.`
      const found = attributionParts(text).find((a) => a.cue === verb.split(' ').at(-1) || a.cue === verb.split(' ')[0])
      assert.deepEqual(found && [found.source, found.content], [s, clause.replace(/^that /u, '')], text)
    }
  )
  it('clean counterpart: a thing with a participle phrase, or a participle with its agent, is no such speaker', () => {
    assert.deepEqual(attributionParts('The money spent on the plan said nothing.'), [])
    assert.deepEqual(
      attributionParts('A survey published by the ministry found that prices rose.').map((a) => a.source),
      ['A survey']
    )
  })
  all(
    'a closing speaker with a prepositional phrase, an apposition and a relative clause after it',
    cases({
      speaker: ['a former spokesman', 'an aide', 'a senior adviser'],
      tail: ["for Ukraine's Foreign Ministry, Oleg Voloshyn, who also ran as a candidate", 'to the mayor, Ana Ruiz, who left in May', 'for the council']
    }),
    ({speaker, tail}) => {
      const text = `He also had a voice in decisions about investments in Ukraine, said ${speaker} ${tail}.`
      const found = attributionParts(text).find((a) => a.cue === 'said')
      assert.deepEqual(found && [found.source, found.content], [speaker, 'He also had a voice in decisions about investments in Ukraine'], text)
    }
  )
  all(
    '"that" before a comma is a pronoun: the verb before it is no cue, and the closing speaker is found',
    cases({s: ['The United States', 'The board', 'Ruiz'], verb: ['would not tolerate', 'accepted', 'could not allow'], who: ['she said', 'officials said']}),
    ({s, verb, who}) => {
      const text = `${s} ${verb} that, ${who}.`
      assert.deepEqual(
        attributionParts(text).map((a) => [a.source, a.cue]),
        [[who.split(' ')[0], 'said']],
        text
      )
    }
  )
  all(
    'a belief or a claim whose clause has a prepositional phrase in its subject, or whose holder is a group pronoun',
    cases({
      s: ['They', 'Both', 'Many', 'Ana Ruiz', 'Few'],
      verb: ['think', 'believe', 'say'],
      clause: ['the progress on climate change is real', 'the money for the schools was gone', 'the plan in Ohio will fail']
    }),
    ({s, verb, clause}) => {
      const form = s === 'Ana Ruiz' ? `${verb}s` : verb
      const text = `${s} ${form} ${clause}.`
      const found = attributionParts(text).find((a) => a.cue === form)
      assert.deepEqual(found && [found.source, found.content], [s, clause], text)
    }
  )
  it('clean counterpart: an object with a clause of time after it, or a belief in something, is no clause reported', () => {
    assert.equal(voiceOf('She claimed the title before the regime fell.', 'regime'), 'narrative')
    assert.equal(voiceOf('He won the seat after the regime fell.', 'regime'), 'narrative')
    noCue(['Ruiz believes in God.', 'Both plan the trip.'], /believes|plan/u)
  })
  all(
    '"add to" is adding to something, not speech; "added" with a clause, a colon or a quotation is',
    cases({s: ['He', 'Ana Ruiz', 'The minister'], modal: ['may', 'will', '']}),
    ({s, modal}) => {
      const verb = modal ? `${modal} add` : 'added'
      noCue([`${s} ${verb} to the senior staff or change their roles.`, `${s} ${verb} a new line to the budget.`], /^add/u)
      for (const text of [`${s} ${verb} that the plan was fine.`, `${s} ${verb}: "The plan is fine."`, `${s} ${verb}, "The plan is fine."`])
        assert.ok(
          attributionParts(text).some((a) => a.cue === verb.split(' ').at(-1) && /plan is fine|plan was fine/u.test(a.content)),
          text
        )
    }
  )
})

describe('a clause with no cue that introduces a quotation after a colon', () => {
  all(
    "the clause's subject, if it can speak, is the quotation's speaker; the quotations that continue it are theirs too",
    cases({
      s: ['Voters', "Obama's first five questioners", 'The mayor', 'He', 'Senator Ana Ruiz'],
      clause: ['ranged from skeptical to hostile', 'had one message for voters', 'were blunt', 'grew angry'],
      quotes: [['"Is it time for a change?"'], ['"Is it time for a change?"', '. . .', '"Have you underestimated them?"']]
    }),
    ({s, clause, quotes}) => {
      const text = `${s} ${clause}: ${quotes.join(' ')}`
      assert.deepEqual(
        speakers(text),
        quotes.filter((q) => q.startsWith('"')).map(() => s),
        text
      )
    }
  )
  it('clean counterpart: a subject that cannot speak, a clause with its own cue, or a colon not right before the quotation credits no one by the colon', () => {
    for (const text of [
      'The rule is simple: "No shirt, no service."',
      'There is one word for it: "theft."',
      'The plan had one flaw: its cost, "a mere" $2 billion.'
    ])
      assert.deepEqual(
        attributionParts(text).filter((a) => a.cue === ''),
        [],
        text
      )
    assert.deepEqual(
      attributionParts('Ruiz told voters: "We want change."').map((a) => [a.source, a.cue]),
      [['Ruiz', 'told']]
    )
  })
})

describe('an utterance, a document or a plan put out, and what someone is said to be after "as"', () => {
  /** `${s} ${verb} ${object}.` credits the object to the subject, with the verb's last word as cue. */
  const creditsObject = ({s, frame: [verb, object]}) => {
    const text = `${s} ${verb} ${object}.`
    const found = attributionParts(text).find((a) => a.cue === verb.split(' ').at(-1))
    assert.deepEqual(found && [found.source, found.content], [s, object], text)
  }
  all(
    'a verb of issuing with an utterance, a document or a plan as its object: the object is what was said',
    cases({
      s: ['The city', 'Senator Ana Ruiz', 'The campaign', 'She'],
      frame: [
        ['sent', 'a cease-and-desist letter on Thursday'],
        ['has delivered', 'a mostly positive message in the days since'],
        ['unleashed', 'a flurry of tweets on Friday'],
        ['unveiled', 'a plan to cut taxes'],
        ['ran', 'an ad in Ohio'],
        ['gave', 'an interview to CNN'],
        ['posted', 'a photo of herself and her son'],
        ['released', 'a list of donors'],
        ['posted', 'a cache of diplomatic cables']
      ]
    }),
    creditsObject
  )
  it("a thing put out is the reporter's description of it: a quoted word in it is still doubted, and its words stay the reporter's", () => {
    for (const text of ['The group released a video of a "terrorist" training camp.', 'The city sent a letter about the "experts" on Thursday.'])
      assert.deepEqual(kinds(text), ['scare'], text)
    assert.equal(voiceOf('The city sent a cease-and-desist letter to the regime.', 'regime'), 'narrative')
  })
  it('clean counterpart: the same verbs with other objects, and a statement put out with a participle of saying', () => {
    noCue(
      [
        'She unveiled a statue in the park.',
        'He posted bail on Monday.',
        'The company posted a loss.',
        'Police released the prisoner.',
        'He gave a dollar to the boy.',
        'The team ran a mile.'
      ],
      /./u
    )
    assert.deepEqual(
      attributionParts('The DNC issued a statement apologizing to Sanders.').map((a) => a.cue),
      ['apologizing']
    )
  })
  all(
    'what someone is said to be after "as", past a short object: described, portrayed, cast, dismissed',
    cases({
      s: ['Trump', 'The mayor', 'She'],
      verb: ['has described', 'has portrayed', 'is casting', 'dismissed'],
      object: ['himself', 'the plan', 'the delay', 'her use of the system', 'the leader of the party']
    }),
    ({s, verb, object}) => {
      const text = `${s} ${verb} ${object} as a win for the little guy.`
      const found = attributionParts(text).find((a) => a.cue === verb.split(' ').at(-1))
      assert.deepEqual(found && [found.source, found.content], [s, `${object} as a win for the little guy`], text)
    }
  )
  it('clean counterpart: casting without "as" says nothing, and painting someone as something is no attribution (the stance rule reads it)', () => {
    noCue(['She cast a vote for the plan.', 'He painted the house red.', 'They cast the net wide.', 'The campaign painted her as a radical.'], /cast|paint/u)
  })
  all(
    'a compliment paid and a cause championed, with their object',
    cases({
      s: ['Trump', 'The union', 'He'],
      frame: [
        ['has complimented', 'the moderator'],
        ['championed', 'gay rights']
      ]
    }),
    creditsObject
  )
})

describe('headline cues in title case, and fragments in curly single quotes', () => {
  all(
    "a title-case headline with short words in lower case (if, is, don't) still reads its verb",
    cases({
      head: ['Retired General Reveals', 'Senator Ana Ruiz Reveals'],
      rest: ["‘Demoralizing’ Experience if Talks Don't Resume", "'Personal' Cost Of Serving Under Obama"]
    }),
    ({head, rest}) => {
      const text = `${head} ${rest}\n\nThe body of the story follows here with more words than the headline.\n`
      const found = attributionParts(text, {format: 'text'}).find((a) => a.cue === 'Reveals')
      assert.deepEqual(found && found.source, head.replace(/ Reveals$/u, ''), text)
    }
  )
  all(
    'ripping something or someone with a quoted word or "as": criticism spoken',
    cases({s: ['Ruiz', 'The union'], frame: ['ripped the plan as a giveaway', 'ripped the ‘giveaway’ plan', 'ripped the "giveaway" plan']}),
    ({s, frame}) => {
      const text = `${s} ${frame}.`
      assert.deepEqual(
        attributionParts(text).map((a) => [a.source, a.cue]),
        [[s, 'ripped']],
        text
      )
    }
  )
  it('clean counterpart: ripping a thing, or a storm ripping through, says nothing', () => {
    noCue(['He ripped his shirt on the fence.', 'A storm ripped through the town.', 'They ripped up the carpet.'], /rip/u)
  })
})

describe('kickers with an article, and a closing paper with "The" before its name', () => {
  all(
    'a kicker before a headline colon ("The Latest:", "Analysis:") is no speaker; the headline\'s own cue is read',
    cases({kicker: ['The Latest', 'Analysis', 'Breaking'], head: ['Trump urges supporters to monitor polling places']}),
    ({kicker, head}) => {
      const text = `${kicker}: ${head}\n\nThe body of the story follows here with more words than the headline.\n`
      assert.deepEqual(
        attributionParts(text, {format: 'text'}).map((a) => [a.source, a.cue]),
        [['Trump', 'urges']],
        text
      )
    }
  )
  all(
    'a paper or a person closing the sentence with an -s cue, "The" and all: ", The Wall Street Journal reports."',
    cases({who: ['The Wall Street Journal', 'The Journal', 'Mr. Keeler', 'The New York Times'], cue: ['reports', 'notes']}),
    ({who, cue}) => {
      const text = `Bonuses for bankers were high every three months, ${who} ${cue}.`
      const found = attributionParts(text).find((a) => a.cue === cue)
      assert.deepEqual(found && [found.source, found.content], [who, 'Bonuses for bankers were high every three months'], text)
    }
  )
})

describe('a fragment in a sentence about a text is quoted from that text', () => {
  all(
    "the sentence's subject is an article, a book, a memo or a report: its fragment is the text's word",
    cases({
      s: ['The article', 'The new book', 'Her memo', 'The report'],
      frame: ['ends with a word about the woman\'s "head."', 'spends a chapter on the "experts" in the field.']
    }),
    ({s, frame}) => {
      const text = `${s} ${frame}`
      assert.deepEqual(kinds(text), ['partial'], text)
    }
  )
  it('clean counterpart: the same sentence about a meeting or a group still doubts the word', () => {
    for (const text of ['The meeting ends with a word about the woman\'s "head."', 'The new group spends a chapter on the "experts" in the field.'])
      assert.deepEqual(kinds(text), ['scare'], text)
  })
})

describe('a term cited by the noun that names it: the cause of "…", the notion of "…"', () => {
  all(
    'a cause, a doctrine, a notion or an idea of a quoted term cites the term',
    cases({lead: ['the cause of', 'the doctrine of', 'the notion of', 'the idea of'], term: ['"comprehensive immigration reform"', '"fairness"']}),
    ({lead, term}) => {
      const text = `He reserved his passion for ${lead} ${term} in the debate.`
      assert.deepEqual(kinds(text), ['title'], text)
    }
  )
  it('clean counterpart: the cost of a doubted word, or the noun right before it, still doubts it', () => {
    for (const text of ['The cost of "reform" rose.', 'The idea "works" well.']) assert.deepEqual(kinds(text), ['scare'], text)
  })
})

describe('hearsay named by an adverb', () => {
  all(
    "reportedly, allegedly, supposedly: a cue with no source, the clause around it its content, in the reporter's voice",
    cases({
      adverb: ['reportedly', 'allegedly', 'supposedly'],
      clause: [
        ['The Club for Growth is ADV spending $1.5 million on ads', ''],
        ['former Mayor Ana Ruiz ADV considering a run', 'With ', ', a poll was taken'],
        ['Both Google and Facebook have ADV looked at Twitter and passed', '', ', as others did']
      ]
    }),
    ({adverb, clause: [body, lead = '', tail = '']}) => {
      const content = body.replace('ADV', adverb)
      const text = `${lead}${content}${tail}.`
      const found = attributionParts(text).find((a) => a.cue === adverb)
      assert.ok(found && found.source === '' && found.content === content.replace('$', ''), `${text}: ${JSON.stringify(found)}`)
      assert.equal(voiceOf(text, adverb), 'narrative', text)
    }
  )
})

describe('a belief set off by commas or closing the sentence', () => {
  all(
    'X, they believe, is …; …, many think.; …, Clinton allies believe — …: the believer holds the clause around or before',
    cases({who: ['they', 'many', 'his advisers', 'Clinton allies'], verb: ['believe', 'think', 'fear'], shape: ['aside', 'closing', 'dash']}),
    ({who, verb, shape}) => {
      const claim = 'such a move could alienate his backers'
      const text =
        shape === 'aside'
          ? `Such a move, ${who} ${verb}, could alienate his backers.`
          : shape === 'closing'
            ? `${cap(claim)}, ${who} ${verb}.`
            : `${cap(claim)}, ${who} ${verb} — backers she will need.`
      const found = attributionParts(text).find((a) => a.cue === verb)
      const content = shape === 'aside' ? text.replace(/[,.]/gu, '').replace(/ {2,}/gu, ' ') : cap(claim)
      assert.deepEqual(found && [found.source, found.content], [who, content], text)
    }
  )
  it('clean counterpart: a belief in something, or a relative clause of belief, sets nothing off', () => {
    noCue(['Ruiz, who believes in the plan, spoke.', 'The road, the trees think, is long.'], /believ|think/u)
  })
})

describe('intentions with "to be", after a surname the tagger misreads, and an -s form before an infinitive', () => {
  all(
    'declined / plans / refused to be …, with any subject: the intention is the infinitive',
    cases({
      s: ['Ms. Brainard', 'The Republican presidential candidate', 'The party', 'She'],
      verb: ['declined', 'plans', 'refused', 'wants'],
      rest: ['to be interviewed for this article', 'to be back in South Carolina']
    }),
    ({s, verb, rest}) => {
      const text = `${s} ${verb} ${rest}.`
      const found = attributionParts(text).find((a) => a.cue === verb)
      assert.deepEqual(found && [found.source, found.content], [s, rest], text)
    }
  )
  it('a surname the story names in full is the subject, whatever the tagger reads ("Cook declined to say …")', () => {
    for (const surname of ['Cook', 'Baker', 'Hunt']) {
      const text = `Carter spoke with Peter ${surname} on Monday. ${surname} declined to say whether it was a violation.`
      const found = attributionParts(text).find((a) => a.cue === 'declined')
      assert.deepEqual(found && found.source, surname, text)
    }
  })
  it('clean counterpart: plans owned by someone are no intention', () => {
    noCue(['Her plans to run were dashed.', "The mayor's plans to build a park failed.", 'The plans to expand the port stalled.'], /plans/u)
  })
})

describe('real-copy subjects: a name after an adjunct with no comma, a person by role, and clauses real copy puts after the verb', () => {
  all(
    'a prepositional adjunct with no comma before the name is not part of the source ("In an interview Trump said")',
    cases({
      opener: ['In an interview', 'In a Bloomberg interview', 'On Monday', 'After the debate', 'During the rally'],
      s: ['Trump', 'Ana Ruiz', 'Sen. Ana Ruiz'],
      verb: [
        ['said', 'said'],
        ['declared', 'declared'],
        ['told reporters', 'told']
      ]
    }),
    ({opener, s, verb: [verb, cue]}) => {
      const text = `${opener} ${s} ${verb} that the alliance was obsolete.`
      assert.deepEqual(sourcesOfCue(text, cue), [s], text)
    }
  )
  all(
    'clean counterpart: a role or a title before the name stays in the source',
    cases({
      s: ['A spokeswoman for Democratic nominee Hillary Clinton', 'Actress Jane Fonda', 'Campaign manager Robby Mook', 'The billionaire Tom Steyer']
    }),
    ({s}) => {
      const text = `${s} said the plan was fine.`
      assert.deepEqual(sourcesOfCue(text, 'said'), [s], text)
    }
  )
  all(
    'a person named by what they do holds a view, after a conjunction or a determiner',
    cases({
      lead: ['', 'But ', 'And '],
      s: ['environmentalists', 'the economists', 'many investors'],
      verb: ['worry', 'believe', 'fear']
    }),
    ({lead, s, verb}) => {
      const text = `${lead}${s} ${verb} that the company is breathing new life into coal.`.replace(/^./u, (c) => c.toUpperCase())
      const found = attributionParts(text).find((a) => a.cue === verb)
      assert.ok(found, text)
      assert.match(found.source, new RegExp(`${s.split(' ').pop()}$`, 'iu'), text)
      assert.equal(found.content, 'the company is breathing new life into coal', text)
    }
  )
  all(
    'a clause with no "that" whose subject opens with an adjective or carries an infinitive, or whose verb the tagger reads as a noun',
    cases({
      s: ['Mr. Clarke', 'She', 'The chairman'],
      verb: ['hoped', 'believes', 'said'],
      clause: ['electric utilities would pay for the credits', 'his efforts to slow warming will be his legacy', 'lenders target the young and the poor']
    }),
    ({s, verb, clause}) => {
      const text = `${s} ${verb} ${clause}.`
      const found = attributionParts(text).find((a) => a.cue === verb)
      assert.deepEqual(found && [found.source, found.content], [s, clause], text)
    }
  )
  it('clean counterpart: an adjective and a noun, or a noun and an infinitive, with no verb after them are no clause claimed', () => {
    noCue(
      ['Ruiz claimed electric cars as a business expense.', 'Ruiz claimed the right to appeal the ruling.', 'The team claimed the title to end the season.'],
      /claimed/u
    )
  })
  all(
    'a negated intention: vowed not to, promised never to',
    cases({
      s: ['Ban Ki-moon', 'The secretary general', 'He'],
      verb: ['vowed', 'promised', 'pledged'],
      neg: ['not', 'never']
    }),
    ({s, verb, neg}) => {
      const text = `${s} ${verb} ${neg} to repeat that mistake.`
      const found = attributionParts(text).find((a) => a.cue === verb)
      assert.ok(found, text)
      assert.equal(found.source, s, text)
      assert.match(found.content, /to repeat that mistake$/u, text)
    }
  )
  it('clean counterpart: a prepositional phrase with no verb before ", historians disagreed" is no claim reported', () => {
    for (const verb of ['disagreed', 'said', 'believe'])
      for (const phrase of ['In the decades after the exodus', 'After the war'])
        assert.deepEqual(
          attributionParts(`${phrase}, historians ${verb}.`).filter((a) => a.content),
          [],
          `${phrase}, historians ${verb}.`
        )
    assert.deepEqual(sourcesOfCue('After the war, the plan failed, historians believe.', 'believe'), ['historians'])
  })
  it('clean counterpart: a negated infinitive after a plan or a be-verb is no intention', () => {
    noCue(['The plan is not to raise taxes.', 'The goal was never to win.'], /./u)
  })
})

describe('a speaker before a record, a live-blog time stamp, gerunds owned to or denied, and names given to an object pronoun', () => {
  all(
    'a speaker whose clause reports what a record shows: both are attributions, each with its own source',
    cases({
      s: ['The commissioner', 'Ana Ruiz', 'She'],
      verb: ['says', 'said'],
      record: ['an internal review', 'the audit', 'new polls']
    }),
    ({s, verb, record}) => {
      const text = `${s} ${verb} ${record} ${record === 'new polls' ? 'show' : 'shows'} no one made the request.`
      assert.deepEqual(sourcesOfCue(text, verb), [s], text)
      assert.deepEqual(sourcesOfCue(text, record === 'new polls' ? 'show' : 'shows'), [record], text)
    }
  )
  all(
    "a live blog's time stamp is not part of the speaker",
    cases({stamp: ['2:45 p.m.', '10 a.m.', '12:50 p.m.'], s: ['Mike Pence', "Connecticut's tax commissioner", 'The campaign']}),
    ({stamp, s}) => {
      const text = `${stamp} ${s} says too much is made of the remarks.`
      assert.deepEqual(sourcesOfCue(text, 'says'), [s], text)
    }
  )
  all(
    'a gerund owned to or denied is what was said',
    cases({
      s: ['Trump', 'The senator', 'He'],
      verb: ['admitted', 'has denied', 'conceded', 'acknowledged'],
      rest: ['using the tax code', 'having an affair']
    }),
    ({s, verb, rest}) => {
      const text = `${s} ${verb} ${rest}.`
      const cue = verb.split(' ').pop()
      const found = attributionParts(text).find((a) => a.cue === cue)
      assert.deepEqual(found && [found.source, found.content], [s, rest], text)
    }
  )
  it('clean counterpart: admitting patients, being denied boarding, and a verb with "it" after a comma are no speech', () => {
    noCue(['The hospital admitted patients on Monday.', 'She was denied boarding.'], /admitted|denied/u)
    for (const verb of ['defends', 'does not defend', 'supports'])
      assert.ok(
        !attributionParts(`Although the plan failed, he ${verb} it.`).some((a) => a.content.startsWith('Although')),
        `Although the plan failed, he ${verb} it.`
      )
  })
  all(
    'a name given to an object pronoun, with a modal or in the present after a plural',
    cases({
      s: ['Critics', 'Voters', 'Ana Ruiz'],
      verb: ['would call', 'call', 'called'],
      rest: ['them messianic impulses', 'him a serial liar', 'them liars']
    }),
    ({s, verb, rest}) => {
      if (s === 'Ana Ruiz' && verb === 'call') return
      const text = `${s} ${verb} ${rest}.`
      const cue = verb.split(' ').pop()
      const found = attributionParts(text).find((a) => a.cue === cue)
      assert.deepEqual(found && [found.source, found.content], [s, rest], text)
    }
  )
  it('clean counterpart: calling someone at a time, or calling someone back, is no naming', () => {
    noCue(['Ruiz called them yesterday.', 'She called him Tuesday.', 'The changes call him back.'], /call/u)
  })
})

describe('an adverb before a participle, a former role, the one agreed with, and a plan laid out', () => {
  all(
    'a participle after a comma and one adverb ("…, even suggesting …") is its own attribution, and the one before ends at the comma',
    cases({
      s: ['The nominee', 'Ana Ruiz', 'The ministry'],
      first: [
        ['complained about the microphone', 'complained about'],
        ['criticized the plan', 'criticized']
      ],
      adverb: ['even', 'also', 'repeatedly'],
      participle: ['suggesting', 'saying', 'warning that']
    }),
    ({s, first: [clause, cue], adverb, participle}) => {
      const text = `${s} ${clause}, ${adverb} ${participle} the vote had been rigged.`
      const parts = attributionParts(text)
      const lead = parts.find((a) => a.cue === cue)
      const second = parts.find((a) => a.cue === participle.split(' ')[0])
      assert.deepEqual(lead && lead.content, clause.split(' ').slice(cue.split(' ').length).join(' '), text)
      assert.deepEqual(second && [second.source, second.content], [s, 'the vote had been rigged'], text)
    }
  )
  it('clean counterpart: an adverb and a participle that reports nothing', () => {
    noCue(['Ruiz left the hall, still smiling.', 'The plan failed, effectively ending the talks.'], /./u)
  })
  all(
    'a verb coordinated after a comma keeps a subject named by role or a former role',
    cases({s: ['His ex-wife', 'The strategist', 'Her former husband'], verb: ['contended', 'warned', 'said']}),
    ({s, verb}) => {
      const text = `${s} agreed, but ${verb} that the ruling went too far.`
      assert.deepEqual(sourcesOfCue(text, verb), [s], text)
    }
  )
  all(
    'agreeing or disagreeing with someone that …: the clause after the one agreed with',
    cases({
      s: ['The judge', 'Most economists', 'They'],
      verb: ['agreed', 'agree', 'disagreed'],
      partner: ['Ivana Trump', 'him', 'the committee']
    }),
    ({s, verb, partner}) => {
      const text = `${s} ${verb} with ${partner} that there was no reason to intrude.`
      const found = attributionParts(text).find((a) => a.cue === verb)
      assert.deepEqual(found && [found.source, found.content], [s, 'there was no reason to intrude'], text)
    }
  )
  it('clean counterpart: agreeing with a plan, or with a body a relative clause describes', () => {
    noCue(['She agreed with the plan.', 'She agreed with the union that represents the workers.'], /agreed/u)
  })
  all(
    'a plan, a case or proposals laid out are what was said',
    cases({
      s: ['Clinton', 'The governor', 'She'],
      verb: ['laid out', 'lays out', 'has laid out'],
      object: ['her proposals to expand service', 'a plan to cut taxes', 'his case against the deal']
    }),
    ({s, verb, object}) => {
      const text = `${s} ${verb} ${object}.`
      const cue = verb.replace(/^has /u, '')
      const found = attributionParts(text).find((a) => a.cue === cue)
      assert.deepEqual(found && [found.source, found.content], [s, object], text)
    }
  )
  it('clean counterpart: tables or tools laid out are no speech', () => {
    noCue(['The workers laid out the tables.', 'She lays out the tools before dawn.'], /laid|lays/u)
  })
})

describe('beliefs about someone with an infinitive, views held by a group past its modifiers, and a negated passive', () => {
  all(
    'expecting or believing someone to do something: the object and its infinitive are the belief',
    cases({
      s: ['Officials', 'Many observers', 'The companies', 'She'],
      verb: ['expect', 'expected', 'believe'],
      object: ['the agency to dial back the mandate', 'it to raise rates by one point']
    }),
    ({s, verb, object}) => {
      const text = `${s} ${verb} ${object}.`
      const found = attributionParts(text).find((a) => a.cue === verb)
      assert.deepEqual(found && [found.source, found.content], [s, object], text)
    }
  )
  all(
    'expecting to do something is an intention, for a person or a body in the plural too',
    cases({s: ['The companies', 'The agencies', 'Ruiz'], verb: ['expect', 'expects', 'expected']}),
    ({s, verb}) => {
      const text = `${s} ${verb} to save $2 billion over three years.`
      assert.deepEqual(sourcesOfCue(text, verb), [s], text)
    }
  )
  it('clean counterpart: a negated passive ("is not expected to") names nobody who expects', () => {
    noCue(['Barnett is not expected to be able to withstand the pressure.', "The vote isn't expected to pass.", 'She was not expected to win.'], /expected/u)
  })
  all(
    'a group seeing something as something, past the modifiers of its phrase',
    cases({
      s: [
        ['Democratic voters in all five states', 'Democratic voters'],
        ['Majorities in many European countries', 'Majorities'],
        ['They', 'They']
      ],
      verb: ['see', 'saw'],
      view: ['the program as detrimental', 'their own party as insufficiently committed']
    }),
    ({s: [subject, source], verb, view}) => {
      const text = `${subject} ${verb} ${view}.`
      const found = attributionParts(text).find((a) => a.cue === verb)
      assert.deepEqual(found && [found.source, found.content], [source, view], text)
    }
  )
  it('clean counterpart: seeing someone as something happens, or a sales figure past its modifiers', () => {
    noCue(['Ruiz saw him at the rally as he left.', 'Sales in the last year showed a rise.'], /saw|showed/u)
  })
})

describe('shares of people, what someone offers or voices, and what they consider someone to be', () => {
  all(
    'a share of people is one source phrase: "About 4 in 10 voters", "Two out of three"',
    cases({
      s: ['About 4 in 10 voters', 'Nearly three in 10', 'Two out of three voters'],
      verb: ['said', 'believe']
    }),
    ({s, verb}) => {
      const text = `${s} ${verb} that the plan was fine.`
      assert.deepEqual(sourcesOfCue(text, verb), [s], text)
    }
  )
  all(
    'an evaluation, a response, thoughts or support offered, voiced or expressed is put out by its subject',
    cases({
      s: ['Rubio', 'The campaign', 'Republicans'],
      verb: ['offered', 'voiced', 'expressed'],
      object: ['an emotional evaluation of the race', 'their thoughts and prayers to the victims', 'support for the bill', 'a halting response on Tuesday']
    }),
    ({s, verb, object}) => {
      const text = `${s} ${verb} ${object}.`
      assert.deepEqual(sourcesOfCue(text, verb), [s], text)
    }
  )
  it('clean counterpart: a job, a seat or a child offered or sent is no utterance', () => {
    noCue(['Kasich offered the man a job.', 'She offered him a seat.', 'She sent her son to school.'], /offered|sent/u)
  })
  all(
    'considering someone something: the object and what it is held to be',
    cases({
      s: ['Just 30 percent of all voters', 'Ramos', 'She'],
      verb: ['consider', 'considers', 'considered'],
      view: ['Clinton honest', 'him a racist', 'the plan a giveaway']
    }),
    ({s, verb, view}) => {
      const text = `${s} ${verb} ${view}.`
      const found = attributionParts(text).find((a) => a.cue === verb)
      assert.deepEqual(found && [found.source, found.content], [s, view], text)
    }
  )
  it('clean counterpart: a bill or a run considered is no view', () => {
    noCue(['The panel considered the bill on Monday.', 'They considered a run.', 'He is considering his options.'], /consider/u)
  })
})

describe('names given with a possessive or by a group, "called out", and an opening adverb phrase', () => {
  all(
    'a name given after a possessive, or by a group pronoun, is what was said',
    cases({
      frame: [
        ['Lynch calls North Carolina her home state.', 'Lynch', 'calls'],
        ['She called him her hero.', 'She', 'called'],
        ['Others call it the nerd prom.', 'Others', 'call'],
        ['Many call it a betrayal.', 'Many', 'call']
      ]
    }),
    ({frame: [text, source, cue]}) => assert.deepEqual(sourcesOfCue(text, cue), [source], text)
  )
  all(
    '"called out" someone is speech, in any tense',
    cases({s: ['Graham', 'The senator', 'She'], verb: ['called out', 'calls out', 'has called out']}),
    ({s, verb}) => {
      const text = `${s} ${verb} his rival for alienating voters.`
      assert.deepEqual(sourcesOfCue(text, verb.replace(/^has /u, '')), [s], text)
    }
  )
  it('clean counterpart: an opening adverb phrase, or an infinitive after the verb, is no content of a closing attribution', () => {
    for (const text of ['Most recently, Trump called to ban the group.', 'Just last week, the mayor said.', 'In the end, the mayor agreed.'])
      assert.deepEqual(
        attributionParts(text).filter((a) => a.content && /^(?:Most|Just|In)\b/u.test(a.content)),
        [],
        text
      )
    assert.deepEqual(sourcesOfCue('Clearly, the plan failed, she said.', 'said'), ['she'])
  })
})

describe('records that show something after a clause link, and findings', () => {
  all(
    'polls or findings showing something after "as", "where" or "and", or before a noun phrase the tagger misreads',
    cases({
      lead: ['The campaign responded as', 'He campaigned in a state where', 'He is popular and'],
      record: ['polls', 'early polls', 'findings'],
      rest: ['Sanders surging in Iowa', 'voters in the area rejecting the plan']
    }),
    ({lead, record, rest}) => {
      const text = `${lead} ${record} show ${rest}.`
      const found = attributionParts(text).find((a) => a.cue === 'show')
      assert.deepEqual(found && [found.source, found.content], [record, rest], text)
    }
  )
  all(
    'a record showing voters doing something, opening the sentence',
    cases({record: ['Early polls', 'Findings', 'The polls'], rest: ['voters in the area resoundingly rejecting Mr. Trump', 'voters fear unwelcome policies']}),
    ({record, rest}) => {
      const text = `${record} show ${rest}.`
      assert.deepEqual(sourcesOfCue(text, 'show'), [record], text)
    }
  )
  it('clean counterpart: a company that polls voters, or a show of hands, is no record showing', () => {
    noCue(['He said the company polls voters.', 'The show drew voters.', 'Voters demanded a show of hands.'], /show|polls/u)
  })
})

describe('responding, or not, to something said or asked', () => {
  all(
    'responding or not responding to a request, questions or remarks is an attribution with its object',
    cases({
      s: ['The campaign', 'A spokesman for Trump', 'Trump'],
      verb: [
        ['did not respond to', 'respond to'],
        ['did not immediately respond to', 'respond to'],
        ['has not yet responded to', 'responded to'],
        ['responded to', 'responded to']
      ],
      object: ['a request for comment', 'emailed questions about the filing', "Calderon's remarks"]
    }),
    ({s, verb: [verb, cue], object}) => {
      const text = `${s} ${verb} ${object}.`
      const found = attributionParts(text).find((a) => a.cue === cue)
      assert.deepEqual(found && [found.source, found.content], [s, object], text)
    }
  )
  it('clean counterpart: responding to a fire or a call for help is no speech', () => {
    noCue(['Firefighters responded to the fire.', 'Deputies responded to the scene on Monday.'], /respond/u)
  })
})

describe('a participle hangs on the clause nearest before it', () => {
  all(
    'after a clause joined by "and" or "but" with a subject of its own, the participle is that subject\'s',
    cases({
      first: ['The mayor spoke on Monday', 'At this point, the camera is facing the ground', 'The council met'],
      join: ['and', 'but'],
      s: ['the governor', 'she', 'Ana Ruiz'],
      participle: ['saying', 'adding that']
    }),
    ({first, join, s, participle}) => {
      const text = `${first}, ${join} ${s} replied on Tuesday, ${participle} the plan was dead.`
      const found = attributionParts(text).find((a) => a.cue === participle.split(' ')[0])
      assert.deepEqual(found && [found.source, found.content], [s, 'the plan was dead'], text)
    }
  )
  it("clean counterpart: a verb joined with no subject of its own keeps the sentence's subject", () => {
    assert.deepEqual(sourcesOfCue('The mayor spoke on Monday and left early, saying the plan was dead.', 'saying'), ['The mayor'])
    assert.deepEqual(sourcesOfCue('Ruiz said the plan failed, and costs rose, adding that it was over.', 'adding'), ['Ruiz'])
  })
})

describe('an age after the name, and a verb coordinated with a copula', () => {
  all(
    'a name with an age and a relative clause set off by commas is the speaker, not the age',
    cases({s: ['Woodrow Benford', 'Ana Ruiz', 'The retired teacher'], age: ['58', '61'], verb: ['says', 'said']}),
    ({s, age, verb}) => {
      const text = `${s}, ${age}, who lives outside Minneapolis, ${verb} he did not know much about the plan.`
      assert.deepEqual(sourcesOfCue(text, verb), [s], text)
    }
  )
  all(
    'a verb coordinated after a clause whose verb is a form of "be" shares that clause\'s subject',
    cases({s: ['McConnell', 'Ruiz', 'The senator'], be: ['was quick to embrace the mogul', 'is angry about the vote'], verb: ['said', 'argued']}),
    ({s, be, verb}) => {
      const text = `${s} ${be} and ${verb} that the plan was dead.`
      assert.deepEqual(sourcesOfCue(text, verb), [s], text)
    }
  )
})

describe('cue forms the tagger reads as nouns: a text before a quotation, people before an infinitive', () => {
  all(
    'an -s form after a text or a name, before a quotation',
    cases({s: ['The ad', 'The memo', 'The Daily News'], verb: ['claims', 'says', 'argues']}),
    ({s, verb}) => {
      const text = `${s} ${verb} “Jeb is the conservative you can trust.”`
      assert.deepEqual(sourcesOfCue(text, verb), [s], text)
    }
  )
  all(
    'a claim to do something, after people in the plural or "who"',
    cases({
      s: ['At least four Democrat U.S. senators', 'Conservative pundits', 'Many analysts'],
      rel: ['', ' who'],
      rest: ['to object to the plan', 'to find Clinton more palatable']
    }),
    ({s, rel, rest}) => {
      const text = `${s}${rel} claim ${rest}.`
      const found = attributionParts(text).find((a) => a.cue === 'claim')
      assert.ok(found, text)
      assert.equal(found.source, rel ? 'who' : s, text)
      assert.match(found.content, new RegExp(`^${rest}`, 'u'), text)
    }
  )
  it('clean counterpart: a claim as a noun is no cue', () => {
    noCue(['The insurance claims to the agency rose.', 'Their claims to the land were rejected.'], /claim/u)
  })
})

describe('idioms of attribution: "as X put it", "made (it) clear that", "point out"', () => {
  all(
    '"as X put it" opening or closing the sentence',
    cases({
      s: ['Vulture', 'one voter', 'the senator'],
      frame: [
        ['As {s} put it, the plan is dead.', 'the plan is dead'],
        ['The plan is dead, as {s} put it.', 'The plan is dead']
      ]
    }),
    ({s, frame: [shape, content]}) => {
      const text = shape.replace('{s}', s)
      const found = attributionParts(text).find((a) => a.cue === 'put it')
      assert.deepEqual(found && [found.source.toLowerCase(), found.content], [s.toLowerCase(), content], text)
    }
  )
  all(
    'made clear, or made it clear, with an adjunct before "that"',
    cases({
      s: ['Some Republicans', 'He', 'Officials with the committee'],
      made: ['made clear', 'made it clear', 'has made clear'],
      adjunct: ['', ' on Monday']
    }),
    ({s, made, adjunct}) => {
      const text = `${s} ${made}${adjunct} that the race was close.`
      const found = attributionParts(text).find((a) => a.cue.startsWith('made'))
      assert.deepEqual(found && [found.source, found.content], [s, 'the race was close'], text)
    }
  )
  all(
    '"point out" in any form, also after people in the plural',
    cases({s: ['Clinton supporters', 'Ruiz', 'The analysts'], verb: ['point out', 'pointed out', 'are pointing out']}),
    ({s, verb}) => {
      if (s === 'Ruiz' && verb === 'point out') return
      const text = `${s} ${verb} that the plan failed.`
      const cue = verb.replace(/^are /u, '')
      assert.deepEqual(sourcesOfCue(text, cue), [s], text)
    }
  )
  it('clean counterpart: rain making something clear, a tide putting it, a point made', () => {
    noCue(['The rain made it clear that we needed a roof.', 'As the tide put it, nothing moved.', 'The point of the plan was clear.'], /./u)
  })
})

describe('the one told, however long, before a clause with a pronoun subject; an aside ending in a time noun', () => {
  all(
    'a long addressee ends where a clause with its own pronoun subject begins',
    cases({
      s: ['Schiff', 'Senator Ana Ruiz', 'The chairman'],
      addressee: ["USA TODAY's weekly video newsmaker series", 'the weekly newsmaker series', 'reporters'],
      clause: ['it is clear that Russia meddled', 'he will run again']
    }),
    ({s, addressee, clause}) => {
      const text = `${s} told ${addressee} ${clause}.`
      const found = attributionParts(text).find((a) => a.cue === 'told')
      assert.deepEqual(found && [found.source, found.content], [s, clause], text)
    }
  )
  all(
    'an aside that ends in a time noun ("for a decade", "since last year") still leaves the name as the speaker',
    cases({
      s: ['Schiff', 'Ana Ruiz'],
      age: ['', ' 56,'],
      aside: ['who has served on the committee for a decade', 'who has led the panel since last year'],
      verb: ['told the paper', 'said']
    }),
    ({s, age, aside, verb}) => {
      const text = `${s},${age} ${aside}, ${verb} it is clear.`
      assert.deepEqual(sourcesOfCue(text, verb.split(' ')[0]), [s], text)
    }
  )
})
