// The English vocabulary reference-set extraction leans on: role nouns, organisation heads, place words and
// the capitalised function words that start sentences. General language, never words of a particular article.

const set = (text: string): ReadonlySet<string> => new Set(text.trim().split(/\s+/));

/** Nouns that name a role: the head of a title ("foreign minister", "China expert", "co-founder"). */
export const ROLE_NOUNS = set(`
  president presidents minister ministers secretary secretaries chancellor premier senator senators governor mayor
  judge justice general admiral ambassador envoy speaker spokesman spokeswoman spokesperson director chairman
  chairwoman chair chief head leader founder co-founder cofounder ceo cfo coo executive manager adviser advisor
  advisers advisors aide diplomat official officer commissioner commander representative rep sen gov congressman
  congresswoman lawmaker legislator mp deputy assistant coordinator professor prof dr analyst expert economist
  researcher scholar fellow strategist correspondent reporter editor columnist author writer lawyer attorney
  prosecutor inspector detective sergeant captain coach player king queen prince princess sheikh pope bishop
  archbishop cardinal rabbi imam pastor mr mrs ms sir dame lord lady chairperson vice-president owner partner master
  negotiator member staff spokesmen candidate nominee activist campaigner organiser organizer scientist doctor
  nurse teacher principal dean student engineer investor entrepreneur president-elect
`);

/** Words that modify a role inside a title ("national security adviser", "top diplomat", "Deputy Assistant"). */
export const ROLE_MODIFIERS = set(`
  top senior junior former acting deputy vice chief national security foreign defense defence state interior home
  finance trade health justice economic energy environment education prime general special managing executive
  assistant associate principal lead first second third press policy communications political military naval
  regional local federal central then current incoming outgoing interim co
`);

/** Heads of organisation names ("State Department", "German Marshall Fund", "Microsoft Corp."). */
export const ORGANIZATION_HEADS = set(`
  department ministry embassy consulate fund foundation institute institution program programme society council
  committee commission agency bureau office administration government parliament congress senate assembly
  house court corp corporation inc ltd llc plc company co group bank party union university college school
  academy association federation league alliance organization organisation center centre service services
  authority army navy force forces police guard network news times post journal today herald tribune telegraph
  guardian gazette press radio television tv channel magazine review observer reuters club team board trust
  hospital museum church coalition movement front campaign initiative project lab laboratory laboratories affairs
`);

/** Heads that make an organisation a government body. */
export const GOVERNMENT_HEADS = set(`
  department ministry embassy consulate administration government parliament congress senate assembly house
  court agency bureau office army navy force forces police guard council commission
`);

/** Heads that make an organisation a news outlet. */
export const OUTLET_HEADS = set(`news times post journal today herald tribune telegraph guardian gazette press radio television tv channel magazine review observer`);

/** Lower-case words that follow a capitalised name to make an organisation ("Biden administration"). */
export const LOWERCASE_ORGANIZATION_HEADS = set('administration government ministry embassy campaign');

/** Words that make a capitalised run a place, not a person ("South Korea", "Taiwan Strait", "New Delhi"). */
export const PLACE_WORDS = set(`
  north south east west northern southern eastern western central new san santa los las saint st sri hong
  united ocean sea strait straits river island islands gulf bay lake mount mountains valley coast peninsula
  republic kingdom states city province county region district street avenue square park airport capital
  empire union
`);

export const MONTHS = set('january february march april may june july august september october november december');
export const WEEKDAYS = set('monday tuesday wednesday thursday friday saturday sunday');

/** Capitalised at a sentence start without being a name ("But Bonnie Glaser", "Speaking in Washington"). */
export const SENTENCE_OPENERS = set(`
  a an the and but or so yet nor for in on at to of by with without as after before since when while where
  despite although though if unless until because meanwhile however instead ahead neither both either also even
  still then now earlier later last next this that these those his her their its our my your we i it they he
  she you speaking according asked unlike like among during from under over about against between into through
  there here what why how who whom which once only just not no yes all some many most more few several each every
  one two three four five six seven eight nine ten today yesterday tomorrow tonight mr mrs ms dr
`);
