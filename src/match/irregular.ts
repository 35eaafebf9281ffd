/**
 * Past tense and past participle of the English irregular verbs a term list or a suggestion is
 * likely to name (`shoot down`, `say`, `tell`), so a lemma term finds "shot down" and a suggestion
 * for "told" reads "said". Regular verbs are inflected by rule (inflect.ts).
 */
const TABLE = `
arise arose arisen; awake awoke awoken; be was been; bear bore borne; beat beat beaten; become became become;
begin began begun; bend bent bent; bet bet bet; bid bid bid; bind bound bound; bite bit bitten; bleed bled bled;
blow blew blown; break broke broken; breed bred bred; bring brought brought; build built built; burn burnt burnt;
burst burst burst; buy bought bought; cast cast cast; catch caught caught; choose chose chosen; cling clung clung;
come came come; cost cost cost; creep crept crept; cut cut cut; deal dealt dealt; dig dug dug; do did done;
draw drew drawn; dream dreamt dreamt; drink drank drunk; drive drove driven; eat ate eaten; fall fell fallen;
feed fed fed; feel felt felt; fight fought fought; find found found; flee fled fled; fling flung flung; fly flew flown;
forbid forbade forbidden; forecast forecast forecast; foresee foresaw foreseen; forget forgot forgotten;
forgive forgave forgiven; freeze froze frozen; get got gotten; give gave given; go went gone; grind ground ground;
grow grew grown; hang hung hung; have had had; hear heard heard; hide hid hidden; hit hit hit; hold held held;
hurt hurt hurt; keep kept kept; kneel knelt knelt; know knew known; lay laid laid; lead led led; lean leant leant;
leap leapt leapt; learn learnt learnt; leave left left; lend lent lent; let let let; lie lay lain; light lit lit;
lose lost lost; make made made; mean meant meant; meet met met; mislead misled misled; mistake mistook mistaken;
overcome overcame overcome; overtake overtook overtaken; overthrow overthrew overthrown; pay paid paid;
prove proved proven; put put put; quit quit quit; read read read; rid rid rid; ride rode ridden; ring rang rung;
rise rose risen; run ran run; say said said; see saw seen; seek sought sought; sell sold sold; send sent sent;
set set set; shake shook shaken; shed shed shed; shine shone shone; shoot shot shot; show showed shown;
shrink shrank shrunk; shut shut shut; sing sang sung; sink sank sunk; sit sat sat; slay slew slain; sleep slept slept;
slide slid slid; sling slung slung; slit slit slit; speak spoke spoken; speed sped sped; spend spent spent;
spin spun spun; spit spat spat; split split split; spread spread spread; spring sprang sprung; stand stood stood;
steal stole stolen; stick stuck stuck; sting stung stung; stink stank stunk; strike struck struck; strive strove striven;
swear swore sworn; sweep swept swept; swim swam swum; swing swung swung; take took taken; teach taught taught;
tear tore torn; tell told told; think thought thought; throw threw thrown; thrust thrust thrust; tread trod trodden;
undergo underwent undergone; understand understood understood; undertake undertook undertaken; upset upset upset;
wake woke woken; wear wore worn; weave wove woven; weep wept wept; win won won; wind wound wound;
withdraw withdrew withdrawn; withhold withheld withheld; withstand withstood withstood; wring wrung wrung; write wrote written
`

export interface IrregularForms {
  past: string
  participle: string
}

function parse(table: string): ReadonlyMap<string, IrregularForms> {
  const verbs = new Map<string, IrregularForms>()
  for (const entry of table.split(';')) {
    const [base, past, participle] = entry.trim().split(/\s+/u)
    if (base && past && participle) verbs.set(base, {past, participle})
  }
  return verbs
}

/** Irregular verbs by their base form. */
export const IRREGULAR_VERBS: ReadonlyMap<string, IrregularForms> = parse(TABLE)
