/**
 * Shared English word classes the analysis and the rules decide by: who can speak or act as a
 * subject, and what can be said or decided. Lower case; plurals listed where they are common.
 */
const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/u))

/** Subject pronouns that stand for people: "he said", "they believe". */
export const PERSONAL_PRONOUNS = words('he she they i we')

/** Possessive determiners: "her opening speech", "his first "Jane"". */
export const POSSESSIVE_DETERMINERS = words('his her its their our my your')

/** Determiners that make a noun phrase definite: articles, demonstratives and possessives. */
export const DEFINITE_DETERMINERS = words('the this that these those his her its their our my your')

/** Days of the week and months: dates, never names of people. */
export const CALENDAR_NAMES = words(`
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september
  october november december`)

/** Modal auxiliaries: the word after one is a bare verb ("some may claim", "critics would argue"). */
export const MODAL_AUXILIARIES = words('will would shall should can could may might must')

/** The forms of "be". */
export const BE_FORMS = words('is are was were be been being am')

/** Organisations that speak and act: "the ministry said", "the union blasted the offer". */
export const ORGANISATIONS = words(`
  ministry department agency police commission council party union organization organisation university institute
  bank court government army military office committee association foundation corporation company group
  administration embassy authority authorities newspaper broadcaster network service board parliament senate congress
  house navy force forces inc ltd reuters afp outlet outlets media publications newspapers networks panel jury tribunal
  campaign city town county municipality ministries departments agencies commissions councils unions organizations
  organisations universities institutes banks governments committees associations foundations corporations companies
  groups administrations embassies boards parliaments campaigns`)

/** News outlets, pollsters and platforms known by one name: "Politico reports", "Gallup found". */
export const OUTLET_NAMES = words(
  'politico axios breitbart buzzfeed mediaite vox slate gallup quinnipiac rasmussen ipsos yougov marist pew reuters afp twitter facebook youtube'
)

/** What a newsroom calls itself or another: "the network has learned", "the paper is told". */
export const OUTLET_NOUNS = words('network newspaper paper station outlet magazine newsroom channel website radio television wire broadcaster')

/** The last word of a newspaper's or broadcaster's name after another capitalised word: "Fox News", "Chicago Tribune". */
export const MASTHEADS = words('times journal news tribune gazette telegraph chronicle inquirer examiner economist ledger bulletin dispatch courier sentinel')

/** Last words of a masthead that are also surnames or common words ("Anita Hill", "the Sun"): a masthead after "the". */
export const MASTHEADS_AFTER_THE = words(
  'post hill guardian herald globe observer independent monitor register atlantic star sun mirror express daily review record'
)

/** People by role or description, singular and plural: "the senator", "critics", "residents". */
export const PEOPLE = words(`
  senator senators minister ministers president presidents mayor mayors governor governors leader leaders official
  officials spokesman spokeswoman spokesperson chief chiefs director directors chairman chairwoman chair secretary
  candidate candidates lawmaker lawmakers legislator legislators representative representatives congressman
  congresswoman councillor councillors councilman councilwoman judge judges prosecutor prosecutors lawyer lawyers
  attorney attorneys author critic critics analyst analysts expert experts observer observers opponent opponents
  supporter supporters activist activists campaigner campaigners protester protesters protestor protestors resident
  residents voter voters worker workers owner owners executive executives ceo manager managers coach captain premier
  chancellor ambassador diplomat diplomats general commander officer officers aide aides adviser advisers advisor
  advisors economist economists scientist scientists researcher researchers professor teacher teachers doctor doctors
  nurse nurses parent parents student students commentator commentators pundit pundits democrats republicans liberals
  conservatives man men woman women people person rival rivals challenger incumbent nominee spokesmen spokeswomen
  member members lawmaker citizens farmers employees unions parties leaders rebels insurgents militants neighbours
  neighbors fans campaign opposition coalition alliance cabinet regime firm club league federation team narrator host
  hosts anchor moderator announcer witness witnesses relatives relative boy boys girl girls child children kid kids
  mother mothers father fathers mom dad son sons daughter daughters wife husband brother sister friend friends
  veteran veterans victim victims survivor survivors patient patients customer customers passenger passengers`)

/**
 * A noun that, by its ending, names someone who does something: a strategist, a designer, a
 * consultant, a Democrat, a spokesperson ("said a strategist for one of the candidates").
 * Not "-ment" (a statement, the government), nor a few common things with those endings.
 */
export function isAgentNoun(norm: string): boolean {
  if (!/^[a-z-]{3,}(?:ist|er|or|ian|ant|ent|man|woman|person|ee|eer|crat|ive)s?$|(?:men|women|people)$/u.test(norm)) return false
  return !/ments?$/u.test(norm) && !NOT_AGENTS.has(norm.replace(/s$/u, ''))
}

const NOT_AGENTS = words(`
  water number order paper letter matter center centre corner power cover winter summer border chamber quarter answer
  other river tower filter computer container trailer offer percent event moment restaurant plant grant cent content
  incident accident talent patent extent intent descent dissent consent element evident initiative alternative
  perspective objective incentive narrative directive motive poster sticker banner heater freezer cooler tractor motor
  monitor elevator generator reactor sensor scanner printer locker bumper cylinder folder boulder shoulder ladder hammer
  timer charger blender mixer roller router server cluster corridor mirror error sector factor vector chapter character
  calendar register meter liter litre diameter parameter barrier carrier`)

/** Things that are said, proposed or decided: what one criticises or praises, not a physical object. */
export const DISCOURSE = words(`
  decision decisions plan plans move moves proposal proposals bill bills law laws ruling rulings report reports policy
  policies deal deals comments comment remarks remark budget budgets idea ideas verdict handling response leadership
  findings changes reforms reform measures measure cuts announcement statement statements ban tax taxes tweet tweets
  post posts video campaign treatment lack failure delay delays vote votes offer offers bid claim claims suggestion
  suggestions notion request requests motion amendment amendments agreement approach strategy record programme program
  initiative legislation order orders regulation regulations stance position views view rhetoric speech policy plea
  demand demands appeal rumours rumors allegations allegation accusation accusations theory concept concepts practice
  practices rule rules system process effort efforts conduct behaviour behavior tactics handling wall border question
  questions criticism criticisms call calls inquiry inquiries query queries message messages`)
