import type { EntityDraft } from "../entities/entity-draft.js";
import { type Doc, spanText } from "../text/doc.js";
import { nameKeys } from "../text/normalize.js";
import type { Token } from "../text/tokenize.js";
import { givenName, isVerbWord } from "../text/word-classes.js";
import {
  APPEAL_VERBS,
  COUNT_WORDS,
  GIVEN_NAMES,
  NAME_PARTICLES,
  NOT_NAME_WORDS,
  OCCUPATION_NOUNS,
  ORG_HEADS,
  PEOPLE_NOUNS,
  ROLE_NOUNS,
  ROLE_PLURALS,
  SPEECH_VERBS,
  TITLES,
} from "../text/word-lists.js";
import { kinAppositive } from "./kin-appositive.js";
import { findRoster, type RosterEntry, rosterHolder } from "./roster.js";
import { afterOpeningTime, isMonth, timeAfter, timeBefore } from "./time-adjuncts.js";

/**
 * Who says what: the subject of a speech verb ("Hamid al-Shatari, the head of ..., said"),
 * a pronoun resolved to the last compatible speaker ("he said"), a definite reference ("the
 * statement said", "the group"), or an anonymous source kept by its own words ("a military
 * source"), never guessed into a named person.
 */

export interface Speaker {
  draft: EntityDraft | null;
  name: string;
  /**
   * The article's words for a source that speaks for an organization without being it ("SOHR
   * sources", "SDF commanders"): printed instead of the organization's name, which it links to.
   */
  words?: string;
}

/** A word in capitals standing for a name ("WHO", the World Health Organization), not the word it spells. */
const isAcronym = (t: Token | undefined): boolean => t?.upper === true && t.text.length > 1;
const PRONOUNS = new Set(["he", "she", "they", "it", "we"]);
const QUOTE_MARK_TEXTS = new Set(['"', "“", "”", "'", "‘", "’", "«", "»"]);
/** Common nouns for a news outlet of any kind: "the outlet", "the site", "the broadcaster". */
const MEDIA_NOUNS = new Set(["outlet", "site", "website", "broadcaster"]);
/** Common nouns for a newspaper: "the paper", "the Kurdish daily", "the weekly". */
const PERIODICALS = new Set(["paper", "newspaper", "daily", "weekly", "magazine"]);
/** Words that name a newspaper as one: "Al-Rafidain Daily", "The Baghdad Post". */
const PERIODICAL_NAME =
  /\b(?:daily|weekly|times|post|gazette|herald|journal|tribune|newspaper|chronicle|telegraph|courier)\b/i;
/** How far back "the paper" looks for the paper: over a press review's section. */
const PUBLICATION_REACH = 600;
/** What an organization puts out: "issued a statement", "posted a message". */
const STATEMENT_NOUNS = new Set(["statement", "communique", "communiqué", "message", "release", "bulletin"]);
/** Words before the writing a body spoke in: "In a statement", "In its bulletin". */
const DETERMINERS_OF_WRITING = new Set(["a", "an", "its", "the", "their"]);
/**
 * Written documents whose words are their writer's: "the memo says", "the letter warns". Its
 * signatory ("is signed by Colonel X") speaks through it (a memo's words are a direct quote of
 * its writer).
 */
/** What a body said, named with its possessor: "the Embassy's reply", "the army's letter". */
const SAID_THINGS = new Set(["reply", "response", "answer", "letter", "note", "comment", "remarks", "post"]);
/** Which of a body's sayings it is: "the monitor's first post", "the ministry's latest statement". */
const SAYING_ORDINALS = new Set([
  "first",
  "second",
  "third",
  "latest",
  "last",
  "earlier",
  "later",
  "new",
  "initial",
  "final",
]);
/** A social-media message, which says what its writer wrote: "the post", "the tweet". */
const SOCIAL_POSTS = new Set(["post", "posting", "tweet"]);
const WRITINGS = new Set(["memo", "memorandum", "letter", "document", "cable", "dossier", "note"]);
/** What a court gives, which speaks for it: "the decision states", "according to the ruling". */
const RULINGS = new Set(["decision", "ruling", "verdict", "judgment", "judgement"]);
/** Words of a court's name. */
const COURTS = new Set(["court", "tribunal"]);
/** A court's verbs of deciding: "has decided to refer", "sentenced", "ruled". */
const DECIDING = new Set(
  "decided decides ruled rules sentenced sentences convicted acquitted ordered orders upheld dismissed referred".split(
    " ",
  ),
);
/** Words from a court's name to its verb of deciding: "specialised in terrorism cases has decided". */
const DECIDING_REACH = 6;
/** "signed by", "written by": the participles naming a document's writer. */
const WRITERS = new Set(["signed", "written", "authored", "drafted"]);
/** Conjunctions that open a clause before its subject: "when", "after", "as". */
const SUBORDINATORS = new Set([
  "when",
  "after",
  "as",
  "while",
  "because",
  "since",
  "although",
  "though",
  "where",
]);
/** The words of the formulas by which a source goes unnamed. */
const ANONYMITY = new Set(["named", "identified", "anonymity", "anonymously", "quoted"]);
/** Verbs of a relative clause telling how the writer heard a source: "who spoke to our correspondent". */
const SPOKE_TO = new Set(["spoke", "talked", "told"]);
/** Lowercase words inside an organization's name ("Network for Human Rights"). */
const NAME_JOINERS = new Set(["the", "of", "for", "and", "on", "in"]);
const DASHES = new Set(["—", "–"]);
const SKIPPED = new Set(
  "has have had also further repeatedly later previously then reportedly once recently was is were are would will did does again earlier had already here now privately publicly separately just still remains remain remained deeply gravely seriously particularly since subsequently".split(
    " ",
  ),
);
/** An auxiliary or adverb before a speech verb; "IS said" is Islamic State in capitals, not "is". */
const isSkipped = (t: Token | undefined) => t !== undefined && SKIPPED.has(t.norm) && !t.upper;
/** An account or channel that speaks for whoever owns it. */
/** Nouns of kinship, which name a person by whose kin they are ("Farhan's mother"). */
export const KIN = new Set(
  "mother father wife husband widow widower brother sister son daughter uncle aunt cousin nephew niece grandmother grandfather".split(
    " ",
  ),
);
const CHANNEL_NOUNS = new Set(["channel", "account", "page", "feed", "handle", "website", "site"]);
/**
 * The posts a speaker is named by before the name is given ("the dean of the college", "our
 * protection officer"): the role nouns, and the heads of schools, colleges and hospitals.
 */
const ACADEMIC_HEADS =
  "dean deans rector provost principal headmaster headmistress warden superintendent registrar".split(" ");
const POSTS = new Set([...ROLE_NOUNS, ...ACADEMIC_HEADS]);
/**
 * "the accused stated that", "the informant stated in his testimony", "the defendant told the
 * court": a case's parties and witnesses, named by their part in it as officials are by their post.
 * "The applicant states that ...", "the appellant argued": the party to an application or an
 * appeal before a committee or a tribunal (compensation, asylum, pensions) is named so too.
 */
const CASE_PARTIES =
  "accused suspect suspects informant informants complainant complainants applicant applicants appellant appellants petitioner petitioners".split(
    " ",
  );
const SOURCE_NOUNS = new Set([
  ...POSTS,
  ...ROLE_PLURALS,
  ...OCCUPATION_NOUNS,
  ...PEOPLE_NOUNS,
  // "social" for "a social worker", read as one compound with its noun.
  ..."source official residents witnesses analysts experts agencies workers statement report reports group ministry army military police directorate coalition diplomat diplomats dignitary dignitaries elder elders notable notables social clergy contact contacts".split(
    " ",
  ),
  // "partners report", "campaigners say", "human rights groups estimate": those who speak as a body.
  ..."partner partners campaigner campaigners critic critics observers advocates activist activists groups humanitarians governments".split(
    " ",
  ),
  // "A local contact told our analysts", "our contacts in Raqqa say": a reporter's or an
  // analyst's source named by the tie to them.
  ..."contact contacts".split(" "),
  // "Local Telegram channels reported", "pro-government accounts claimed": channels speak.
  ..."channels accounts pages feeds".split(" "),
  // "Consular staff say they will answer calls", "hospital staff said": the staff of a body
  // speak for it as its officials do.
  "staff",
  // "Villagers told Shafaq News", "locals say": the people of a place.
  ..."villager villagers locals".split(" "),
  // "the defendant told the court", "the defence argued": the parties to a trial.
  ..."defendant defendants plaintiff plaintiffs claimant claimants defence defense prosecution".split(" "),
  // "The consignor's solicitors said ...": those who speak for a party in law.
  ..."solicitor solicitors attorney attorneys barrister barristers".split(" "),
  ...CASE_PARTIES,
  // "the brother of one of the victims", "a relative": kin speak for the people they are kin to.
  ..."brother brothers sister sisters son sons daughter daughters cousin cousins uncle aunt nephew niece relative relatives wife husband neighbour neighbours neighbor neighbors colleague colleagues friend friends".split(
    " ",
  ),
  // "Families in the camp report that ...", "The tribe declares that ...": a collective noun of
  // people by kinship speaks as one body, as "residents" or "villagers" do.
  ..."family families tribe tribes clan clans".split(" "),
  // "Mourners at the funeral said he had been ...": those who mourn the dead speak of them as
  // their kin do.
  ..."mourner mourners".split(" "),
  // "People said they were fighters of ...", "people here say": hearsay, owned by those who say it.
  "people",
  // "Inmates in all three blocks said", "one inmate in Block 7 said": those held in a prison
  // speak to inspectors and researchers as detainees and prisoners do.
  ..."inmate inmates captive captives".split(" "),
  // "The master of the tanker reported ...", "agents at Umm Qasr report that ...": those who
  // run and serve ships speak in maritime reporting as drivers and traders do ashore.
  ..."master masters skipper skippers crew crews seafarer seafarers agent agents".split(" "),
  // "The patient told the nurse", "a patient on the ward said": those in care speak in medical
  // and hospital reporting as inmates do to inspectors.
  ..."patient patients".split(" "),
  // "A contributor in the city told us", "one reader wrote", "a guest at the hotel said": those
  // who write to a publication, review a place or stay in it speak to its writers.
  ..."contributor contributors reader readers reviewer reviewers customer customers guest guests visitor visitors".split(
    " ",
  ),
  // "The guarantor declared that": who stands surety for a settlement speaks for it, as a
  // mediator does.
  ..."guarantor guarantors".split(" "),
  // "The organisers say ticket holders will get refunds": those who run an event speak for it.
  ..."organiser organisers organizer organizers".split(" "),
  // "Our parish priest said in his homily that ...", "the pastor told us": the clergy of a
  // church speak to its bulletins and its people as an imam or a cleric does.
  ..."priest priests pastor pastors bishop bishops archbishop patriarch monk monks nun nuns".split(" "),
  // "A young parishioner told us", "worshippers said the doors were locked": those who belong to
  // a church or a mosque speak of it as villagers speak of their village.
  ..."parishioner parishioners worshipper worshippers worshiper worshipers congregant congregants churchgoer churchgoers".split(
    " ",
  ),
  // "The match commissioner said he had taken the decision", "the referee told reporters": the
  // officials of a match or a race speak for it as a club's management does.
  ..."commissioner commissioners referee referees steward stewards".split(" "),
  // "The pilot told the master that ...", "the dispatcher said, '...'", "one lead underwriter
  // told us", "the cameraman confirmed": those whose trade is steering, sending, insuring or
  // filming speak in logs, claims and fact-checks as masters and agents do.
  ..."pilot pilots dispatcher dispatchers underwriter underwriters cameraman cameramen photographer photographers uploader uploaders".split(
    " ",
  ),
  // "The Turkish side said", "both sides say they want ...": the parties to talks or a dispute.
  ..."side sides".split(" "),
  // "One flour dealer said", "a vegetable seller told us": those who buy and sell in a market
  // speak in price and supply reporting as traders and drivers do.
  ..."dealer dealers seller sellers vendor vendors merchant merchants grocer grocers wholesaler wholesalers retailer retailers broker brokers stallholder stallholders shopkeeper shopkeepers storekeeper storekeepers".split(
    " ",
  ),
  // "A money changer near the bridge said", "a landlord who owns four flats told us", "tenants
  // say": those who change money or let and rent homes speak in market and housing reporting as
  // dealers and sellers do.
  ..."changer changers moneychanger moneychangers landlord landlords landlady landladies tenant tenants".split(
    " ",
  ),
  // "one of our technicians said", "a lineman on the crew told us": those who build and mend a
  // network, a line or a plant speak in incident reports as the crews and engineers they work with do.
  ..."technician technicians lineman linemen installer installers".split(" "),
  // "one of the station's shift operators said", "a pump operator told us": those who run a plant,
  // a pump or a machine speak of it as its technicians do.
  ..."operator operators".split(" "),
  // "A buyer from Mosul said he would wait", "one importer told us": those who buy, and who buy
  // from abroad or sell abroad, speak in market and trade reporting as the dealers they buy from do.
  ..."buyer buyers purchaser purchasers importer importers exporter exporters".split(" "),
  // "One fan from Basra wrote under the post", "supporters said they would come anyway": those who
  // follow a team or a league speak in sports reporting as readers and guests speak to a paper;
  // "one of the players wrote", "an athlete from Duhok said": those who play in it speak too.
  ..."fan fans supporter supporters spectator spectators player players athlete athletes".split(" "),
  // "our field team reports", "rescue teams said": a team speaks as one group, as a crew does.
  ..."team teams".split(" "),
  // "..., the engineer's employer said", "the contractor told us": the one a victim worked for
  // speaks of them, as their kin and colleagues do.
  ..."employer employers contractor contractors".split(" "),
]);
/** Institutions that speak without a name of their own: "the Lebanese presidency said". */
const INSTITUTION_HEADS = new Set([
  ...ORG_HEADS,
  // "The restaurant says it is the safest stop", "the hotel said": a business speaks for itself
  // on its sign, its page and its letters, as a company does.
  ..."restaurant hotel shop store firm".split(" "),
  // "Al-Karamah's management said", "the club's management": those who run a club or a firm
  // speak for it.
  ..."management".split(" "),
  // "The hospital said", "The Hospital calls on breeders ...": a hospital or a school issues
  // notices and statements as the body that runs it.
  ..."hospital school".split(" "),
  ..."presidency cabinet parliament embassy consulate municipality governorate prosecution prosecutor judiciary palace".split(
    " ",
  ),
]);
/** "Member State", "Member Countries": what an international body calls those that belong to it. */
const MEMBER_HEADS = new Set(["state", "states", "country", "countries"]);
/** Words for the office through which a body speaks, after its name: "Civil Defence Directorate". */
const OFFICE_HEADS = new Set(
  "directorate department command office headquarters administration bureau inspectorate".split(" "),
);
/** Plural sources that, after an organization, make it the speaker ("SOHR activists", "SOHR statistics"). */
const ORG_SOURCES = new Set(
  "activists sources statistics figures data reporters correspondents monitors researchers".split(" "),
);
/** What a body that counts and reports attacks is called for short: "the monitor". */
const WATCHING_BODIES = new Set(["monitor", "watchdog", "observatory"]);
/** Singular nouns saying what a named body is ("SOHR war monitor", "the X rights watchdog"). */
const ORG_DESCRIPTORS = new Set(["monitor", "watchdog", "observatory", "outlet", "agency"]);
/** Counts opening a group of sources: "three officials and a border official". */
const COUNTED_SOURCES = new Set([...COUNT_WORDS.slice(1, 10), "several"]);
/**
 * "a schoolteacher", "a lorry-driver", "the metalworker": a noun written as one word of a
 * qualifier and an occupation or post of six letters or more is that occupation. (Shorter ones,
 * "guard", "owner", "writer" within "safeguard", "typewriter", are left out.)
 */
function compoundOccupation(w: string): boolean {
  for (let i = 4; i <= w.length - 6; i++) {
    const head = w.slice(i);
    if (!(ROLE_NOUNS.has(head) || OCCUPATION_NOUNS.has(head)) || head === "writer") continue;
    const qualifier = w.slice(0, w[i - 1] === "-" ? i - 1 : i);
    if (/^[a-z]{4,}$/.test(qualifier)) return true;
  }
  return false;
}
/** "monitors", "activists": the plural of a role noun is a source too. */
export const isSourceNoun = (w: string) =>
  SOURCE_NOUNS.has(w) ||
  compoundOccupation(w) ||
  (/s$/.test(w) && compoundOccupation(w.slice(0, -1))) ||
  (/s$/.test(w) && (ROLE_NOUNS.has(w.slice(0, -1)) || OCCUPATION_NOUNS.has(w.slice(0, -1)))) ||
  // "fishermen", "cameramen", "watchmen": the plural in -men of a source noun in -man.
  (/men$/.test(w) &&
    w.length > 5 &&
    [SOURCE_NOUNS, ROLE_NOUNS, OCCUPATION_NOUNS].some((nouns) => nouns.has(`${w.slice(0, -3)}man`)));

/** "a farmer", "a local cameraman", "a woman": a noun a person is called by. */
const personNoun = (w: string) => isSourceNoun(w) || PEOPLE_NOUNS.has(w) || /[a-z]{3}(?:man|woman)$/.test(w);

/**
 * "drivers stranded on the Iraqi side", "families displaced by the fighting": a participle in
 * -ed and its preposition after a source noun describe the source, as a prepositional phrase does.
 */
const participlePhrase = (tokens: readonly Token[], k: number) =>
  tokens[k]?.kind === "word" &&
  !tokens[k]?.cap &&
  /[^e]ed$/.test(tokens[k]?.norm ?? "") &&
  PHRASE_PREPOSITIONS_ALL.has(tokens[k + 1]?.norm ?? "");
const PHRASE_PREPOSITIONS_ALL = new Set(["in", "of", "from", "at", "with", "for", "on", "by", "near", "to"]);
/** Words in -ing that are prepositions, not participles: "officials during the talks". */
const ING_PREPOSITIONS = new Set([
  "during",
  "including",
  "according",
  "regarding",
  "concerning",
  "following",
]);
/**
 * "a lorry driver waiting on the south bank", "residents living near the dam": a present participle
 * and its preposition right after a source noun describe the source, as "stranded on" does.
 */
const presentParticiplePhrase = (tokens: readonly Token[], k: number) =>
  tokens[k]?.kind === "word" &&
  !tokens[k]?.cap &&
  /^[a-z]{3,}ing$/.test(tokens[k]?.norm ?? "") &&
  !ING_PREPOSITIONS.has(tokens[k]?.norm ?? "") &&
  PHRASE_PREPOSITIONS_ALL.has(tokens[k + 1]?.norm ?? "");

/** What an organization counts or writes down: "a Reuters tally of SDF statements". */
const COUNTS = new Set([
  "tally",
  "count",
  "tallies",
  "counts",
  "compilation",
  "analysis",
  "review",
  "survey",
  "database",
]);

/** Adjectives that place a source by what it is near to: "a source close to the talks". */
const SOURCE_ADJECTIVES = new Set([
  "close",
  "familiar",
  "near",
  "linked",
  "loyal",
  "affiliated",
  "connected",
  "involved",
]);

/** What a source's distance from a place is counted in: "two doors from", "300 metres away". */
const DISTANCE_NOUNS = new Set(
  "door doors house houses street streets block blocks shop shops metre metres meter meters yard yards mile miles km kilometre kilometres kilometer kilometers".split(
    " ",
  ),
);

/** "His Excellency", "Her Excellency": the honorific of the person the text is about. */
const HONORIFICS = new Set(["excellency", "highness", "eminence", "majesty"]);

/** The head word of a draftless source names an institution ("the provincial council"). */
function isInstitution(name: string): boolean {
  const words = name.toLowerCase().split(/[\s,]+/);
  const cut = words.findIndex((w, i) => i > 0 && PHRASE_PREPOSITIONS.has(w));
  const head = words[(cut < 0 ? words.length : cut) - 1] ?? "";
  return ORG_HEADS.has(head) || head === "statement" || head === "report";
}
const PHRASE_PREPOSITIONS = new Set(["in", "of", "from", "at", "with", "for"]);
const ARMED = new Set(["jihadist", "kurdish-force", "militia", "rebel"]);

/** Plural heads of sources not made with -s ("men" and "-men" are read apart). */
const IRREGULAR_PLURALS = new Set(["men", "women", "people", "children", "police", "folk", "personnel"]);

/** "local officials in Sinjar" is plural, "a security official in Damascus" is not: the head decides. */
/** Relative pronouns a "they" opens the clause after: "which they said", "that they called". */
const RELATIVE_THEY = new Set(["which", "that", "whom"]);

function isPluralSource(name: string): boolean {
  const words = name.toLowerCase().split(/[\s,]+/);
  const cut = words.findIndex(
    (w, i) => i > 0 && (PHRASE_PREPOSITIONS.has(w) || w === "who" || w === "which"),
  );
  const head = words[(cut < 0 ? words.length : cut) - 1] ?? "";
  // "Khairi Elias", "Ahmed Younis": a name of capitalised words whose last ends as a given name
  // or surname does (-as, -is, -us) is one person, not a plural noun.
  const named = name.split(/\s+/);
  if (named.length >= 2 && named.every((w) => /^\p{Lu}/u.test(w)) && /(?:as|is|us)$/.test(head)) return false;
  // "the men at the checkpoint", "two gunmen", "local people": plurals not made with -s.
  return (
    /[^s]s$/.test(head) ||
    IRREGULAR_PLURALS.has(head) ||
    (/^\p{Ll}+men$/u.test(head) && !named.every((w) => /^\p{Lu}/u.test(w)))
  );
}

/** Role nouns that name the same post ("the spokesman" for a spokeswoman's statement too). */
const ROLE_GROUPS: readonly (readonly string[])[] = [
  ["spokesman", "spokeswoman", "spokesperson"],
  ["adviser", "advisor"],
  ["head", "chief", "director", "chairman", "chairwoman", "chair"],
];
const sameSpeaker = (a: Speaker, b: Speaker) =>
  (a.draft !== null && a.draft === b.draft) || a.name === b.name;
const sameRole = (a: string, b: string) => a === b || ROLE_GROUPS.some((g) => g.includes(a) && g.includes(b));

/** Whether a person's role ("National Security Adviser", "SDF spokesman") is the post `noun` names. */
export function roleFits(role: string | undefined, noun: string): boolean {
  if (!role) return false;
  // "commander-in-chief" is a post of its own, not "the commander".
  return role
    .toLowerCase()
    .split(/[^\p{L}-]+/u)
    .some((w) => sameRole(w, noun));
}

/** Ranks and titles, by their abbreviations too: "the colonel" is "Col. Rahhal". */
const RANKS: Record<string, string> = {
  lieutenant: "lieutenant",
  lt: "lieutenant",
  captain: "captain",
  capt: "captain",
  major: "major",
  maj: "major",
  colonel: "colonel",
  col: "colonel",
  brigadier: "brigadier",
  brig: "brigadier",
  general: "general",
  gen: "general",
  // A title of standing: "Sheikh NAME" is "the sheikh" — but not "the officer".
  sheikh: "sheikh",
  shaikh: "sheikh",
  sheik: "sheikh",
};
/** Nouns that name any holder of a commissioned rank: "the officer", "the official". */
const OFFICER_NOUNS = new Set(["officer", "official"]);
/** Ranks that "the officer" names: the commissioned ones. */
const COMMISSIONED = new Set(["lieutenant", "captain", "major", "colonel", "brigadier", "general"]);

/**
 * "the mayor of Sinune" as the last words before `end` (a conjunction): a definite post of a
 * place or body, named by no person, in the article's words without its article.
 */
function postOfBefore(
  doc: Doc,
  owners: Map<number, EntityDraft>,
  start: number,
  end: number,
): Speaker | null {
  const { tokens } = doc;
  for (let k = end - 3; k >= Math.max(start, end - 8); k--) {
    const noun = tokens[k + 1];
    if (tokens[k]?.norm !== "the" || !noun || noun.cap || !ROLE_NOUNS.has(noun.norm)) continue;
    if (tokens[k + 2]?.norm !== "of") return null;
    let last = k + 3;
    // The post's complement: capitalised words of a name, then a time at most ("yesterday").
    while (last + 1 < end && tokens[last + 1]?.cap && tokens[last + 1]?.kind === "word") last++;
    if (!tokens[k + 3]?.cap) return null;
    for (let j = k; j <= last; j++) if (owners.get(j)?.type === "person") return null;
    return { draft: null, name: spanText(doc, k + 1, last).replace(/\s+/g, " ") };
  }
  return null;
}

/** Whether token k stands inside double quotation marks opened since token `from`. */
function insideQuotation(tokens: readonly Token[], from: number, k: number): boolean {
  let open = false;
  for (let j = from; j < k; j++) {
    const mark = tokens[j]?.text;
    if (mark === "\u201c" || mark === "\u00ab") open = true;
    else if (mark === "\u201d" || mark === "\u00bb") open = false;
    else if (mark === '"') open = !open;
  }
  return open;
}

/**
 * Whether a person's title ("First Lieutenant", "Col.") is what `noun` calls them: the rank
 * itself ("the colonel"), or "the officer" for any commissioned rank.
 */
export function rankFits(title: string | undefined, noun: string): boolean {
  if (!title) return false;
  const ranks = title
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .map((w) => RANKS[w])
    .filter((r) => r !== undefined);
  // "Lieutenant Colonel NAME told Syria TV ... The official said": an officer is an official too.
  return ranks.includes(noun) || (OFFICER_NOUNS.has(noun) && ranks.some((r) => COMMISSIONED.has(r)));
}

/** Determiners of a definite reference to a post: "the chairman", "our director", "its spokesman". */
const DEFINITE = new Set(["the", "our", "its", "their", "his", "her", "my", "your"]);
const POST_JOINERS = new Set(["of", "for", "and", "the", "at", "in", "on"]);
/** Words that make another post of the same noun: "the deputy governor" is not "the governor". */
const POST_CHANGERS = new Set(["deputy", "assistant", "vice", "former", "acting", "interim", "second"]);

/**
 * "Our Director of Safety and Security said ...", then, answers later, "The Director of Safety
 * and Security, Mr NAME": a speaker left as a definite post (or a bare capitalised title) is the
 * one person of the article who holds that post, wherever the name is given — when exactly one
 * person's recorded role has the post's head noun and every other word of the reference. An
 * indefinite "a former officer" introduces someone new and is never resolved so.
 */
export function postHolder(speaker: Speaker, people: Iterable<EntityDraft>): Speaker | null {
  if (speaker.draft) return null;
  const words = speaker.name.split(/[^\p{L}\p{N}-]+/u).filter((w) => w.length > 0);
  const first = words[0];
  if (!first) return null;
  const definite = DEFINITE.has(first.toLowerCase());
  // A bare title without a determiner is a post only when written as one ("Deputy Spokesperson").
  if (!definite && !words.every((w) => /^\p{Lu}/u.test(w) || POST_JOINERS.has(w))) return null;
  const rest = (definite ? words.slice(1) : words).map((w) => w.toLowerCase());
  const cut = rest.findIndex((w, i) => i > 0 && (w === "of" || w === "for"));
  const head = rest[(cut < 0 ? rest.length : cut) - 1] ?? "";
  if (!POSTS.has(head)) return null;
  const others = rest.filter((w) => w !== head && !POST_JOINERS.has(w));
  let holder: EntityDraft | null = null;
  for (const d of people) {
    if (d.type !== "person" || d === holder || !roleFits(d.role, head)) continue;
    const role = new Set((d.role ?? "").toLowerCase().split(/[^\p{L}-]+/u));
    // "the investigating judge" is "the judge, NAME"; "the deputy governor" is not "the governor".
    const extra = [...role].filter((w) => w && !sameRole(w, head) && !POST_JOINERS.has(w));
    if (others.some((w) => !role.has(w) && (extra.length > 0 || POST_CHANGERS.has(w)))) continue;
    // "Commander" is not the "JOC Deputy Commander": the holder's own deputy post is another.
    if (extra.some((w) => POST_CHANGERS.has(w) && !others.includes(w))) continue;
    if (holder) return null;
    holder = d;
  }
  return holder ? asSpeaker(holder) : null;
}

/**
 * "The Veterinary Hospital of Nineveh informs ...", "the Mosul Medical College": a name in
 * capitals whose head is an institution's noun, with an "of" and a place after it at most,
 * is a body speaking, in the article's words, when no entity holds the whole of it.
 */
function namedBody(doc: Doc, first: number, last: number): Speaker | null {
  const { tokens } = doc;
  const from = tokens[first]?.norm === "the" ? first + 1 : first;
  if (last - from < 1 || last - from > 7) return null;
  let head = -1;
  for (let k = from; k <= last; k++) {
    const t = tokens[k] as Token;
    if (t.kind !== "word") return null;
    if (k > from && ["of", "for"].includes(t.norm) && head >= 0) continue;
    if (!t.cap) return null;
    if (
      INSTITUTION_HEADS.has(t.norm) &&
      !tokens.slice(k + 1, last + 1).some((x) => INSTITUTION_HEADS.has(x.norm))
    )
      head = head < 0 ? k : head;
  }
  // The head closes the name or is followed by its "of"/"for" complement.
  if (head <= from) return null;
  if (head < last && !["of", "for"].includes(tokens[head + 1]?.norm ?? "")) return null;
  return { draft: null, name: spanText(doc, from, last).replace(/\s+/g, " ") };
}

interface Remembered {
  speaker: Speaker;
  sentence: number;
}

/** Words that open a reported question after "asked by X": "whether", "if", "how". */
const ASKED_QUESTIONS = new Set(["whether", "if", "how", "why", "what", "when", "where", "who", "which"]);
/** Prepositions whose object, before a pronoun in the same sentence, is not the pronoun's person. */
const OBJECT_PREPOSITIONS = new Set(["under", "after", "before", "like", "unlike", "against", "since"]);
/** How many sentences back a pronoun or a role ("the adviser") looks for its person. */
const PRONOUN_REACH = 2;
/** How many sentences back a pronoun looks for its person inside its own paragraph. */
const PARAGRAPH_REACH = 4;
/**
 * How far a chain of sentences opening with the same pronoun ("She had spent ... Her husband
 * was ...") carries the person before them: each such sentence extends the reach by one.
 */
const CHAIN_REACH = 8;
const PRONOUN_FORMS: Record<string, readonly string[]> = { he: ["he", "his", "him"], she: ["she", "her"] };
/** A span of time fronted before a sentence's subject: "For two decades", "Over the past year". */
const SPAN_PREPOSITIONS = new Set(["for", "over", "in", "during", "since"]);
const TIME_UNITS = new Set(
  "year years decade decades month months week weeks day days generation generations century centuries".split(
    " ",
  ),
);
const ROLE_REACH = 12;
/** Posts a credit's participle gives: "Directed by NAME" makes NAME "the director". */
const CREDITS = new Map<string, readonly string[]>([
  ["director", ["directed"]],
  ["producer", ["produced"]],
  ["writer", ["written"]],
  ["author", ["written"]],
  ["editor", ["edited"]],
  ["translator", ["translated"]],
  ["presenter", ["presented"]],
  ["host", ["hosted", "presented"]],
  ["chair", ["chaired"]],
  ["chairman", ["chaired"]],
  ["chairwoman", ["chaired"]],
  ["coach", ["coached"]],
  ["photographer", ["photographed"]],
]);
/** How many tokens back a credit is looked for. */
const CREDIT_REACH = 6000;
/** Tokens searched for a pronoun's person in one sentence, and for a role's holder. */
const WINDOW = 300;

/**
 * Who "he", "she", "they" and "the spokesman" are: recent speakers, most recent last, and the
 * people the article has named before, each checked for compatibility (gender; the post a
 * role word names) so a statement by an adviser is not given to a spokesman named earlier.
 */
/** The gender a post's noun states: "spokeswoman", "his widow"; not "official" or "minister". */
function roleGender(role: string | undefined): "male" | "female" | undefined {
  if (!role) return undefined;
  if (
    /\b(?:spokeswoman|chairwoman|businesswoman|congresswoman|woman|girl|mother|wife|widow|sister|daughter|aunt|niece|grandmother|granddaughter)\b/i.test(
      role,
    )
  )
    return "female";
  if (
    /\b(?:spokesman|chairman|businessman|congressman|man|boy|father|husband|widower|brother|son|uncle|nephew|grandfather|grandson)\b/i.test(
      role,
    )
  )
    return "male";
  return undefined;
}

/** Sentences back from "the statement" to the one that brought the statement in. */
const STATEMENT_REACH = 2;

export class SpeakerMemory {
  private readonly recent: Remembered[] = [];

  constructor(
    private readonly doc: Doc,
    private readonly owners: Map<number, EntityDraft>,
  ) {}

  private roster: RosterEntry[] | null = null;

  /** The speaker of the transcript turn or post that holds a sentence, if any (set by findQuotes). */
  private turnOf: (sentence: number) => Speaker | undefined = () => undefined;
  /** While a "he" or "she" is resolved: the one it cannot be. */
  private excluded: Speaker | null = null;

  /**
   * "BASHAR: The stall's owner ... is in hospital. I visited him. He told me: '...'": whoever
   * speaks a transcript's turn (or writes a post) is its "I"; a "he" or "she" inside the turn is
   * someone else, never the turn's own speaker, however near their label stands.
   */
  setTurns(turnOf: (sentence: number) => Speaker | undefined): void {
    this.turnOf = turnOf;
  }

  /** Tokens inside a quotation in any typographic form, single marks too (set by findQuotes). */
  private quoted: Uint8Array | null = null;

  /** Marks the quoted tokens: a name inside quoted words is not the tag's pronoun's (see personIn). */
  setQuoted(inQuote: Uint8Array): void {
    this.quoted = inQuote;
  }

  /** Whether s may stand for the pronoun now being resolved (the turn's own speaker may not). */
  private fitsHere(word: string, s: Speaker): boolean {
    const own = this.excluded;
    if (own && sameSpeaker(s, own)) return false;
    return SpeakerMemory.fits(word, s);
  }

  /**
   * "The Commander of Operations", "The Chair": the member of the record's attendance list whose
   * office has every word of the reference, wherever the list stands.
   */
  office(first: number, last: number): Speaker | null {
    this.roster ??= findRoster(this.doc, this.owners);
    if (this.roster.length === 0) return null;
    const words: string[] = [];
    for (let k = first; k <= last; k++) {
      const t = this.doc.tokens[k] as Token;
      if (t.kind === "word") words.push(t.norm);
      else if (t.text !== "-") return null;
    }
    return rosterHolder(this.roster, words);
  }

  /** "The Chair opened the meeting ...": a sentence whose subject is an office of the record's list. */
  private officeSubject(start: number, end: number): Speaker | null {
    const { tokens } = this.doc;
    if (tokens[start]?.norm !== "the") return null;
    let last = start;
    while (
      last + 1 < end &&
      last - start < 6 &&
      (tokens[last + 1]?.cap || ["of", "-"].includes(tokens[last + 1]?.text ?? ""))
    )
      last++;
    for (let j = last; j > start; j--) {
      if (!tokens[j]?.cap) continue;
      const member = this.office(start + 1, j);
      if (member) return member;
    }
    return null;
  }

  /**
   * The writer of the document the article quotes: the person after the last "signed by" or
   * "written by" before token `at`, looked for over the whole article.
   */
  writer(at: number): Speaker | null {
    const { tokens } = this.doc;
    for (let k = at - 1; k > 0; k--) {
      if (tokens[k]?.norm !== "by" || !WRITERS.has(tokens[k - 1]?.norm ?? "")) continue;
      for (let j = k + 1; j < Math.min(tokens.length, k + 5); j++) {
        const d = this.owners.get(j);
        if (d?.type === "person") return asSpeaker(d);
        if (d || !(tokens[j]?.cap || tokens[j]?.text === ".")) break;
      }
    }
    return null;
  }

  remember(speaker: Speaker, at: number): void {
    // The narrator of a testimony is "I", never the "he" or "she" of the sentences after.
    const teller = this.narrator();
    if (teller && speaker.draft === teller.draft) return;
    this.recent.push({ speaker, sentence: this.doc.tokens[at]?.sentence ?? -1 });
  }

  private static fits(word: string, s: Speaker): boolean {
    const type = s.draft?.type;
    const plural = !s.draft && isPluralSource(s.name);
    // "the provincial council", "the statement": a source named by an institution is no "he" or "she".
    const person = type === "person" || (!s.draft && !plural && !isInstitution(s.name));
    // "Its spokesman, Nour al-Din al-Baba": a post's gendered noun outweighs a guess from a
    // given name that is borne by men and women alike.
    // "A woman in Zanjili", "the dead man's mother": a source without an entity is of the
    // gender its own noun states.
    const gender = roleGender(s.draft ? s.draft.role : s.name) ?? s.draft?.gender;
    if (word === "he") return person && gender !== "female";
    if (word === "she") return person && gender !== "male";
    // "The directorate recalls that ... It asks citizens to ...": a body the article names by
    // its common noun is an "it" as an organization entity is.
    if (word === "it" && !s.draft && isInstitution(s.name)) return true;
    return type === "organization" || plural;
  }

  private static claim(word: string, s: Speaker): Speaker {
    if (word === "she" && s.draft && !s.draft.gender) s.draft.gender = "female";
    return s;
  }

  /** The first compatible person named in a sentence (its subject, as a rule), before token `before`. */
  private personIn(
    sentence: number,
    before: number,
    word: string,
    adjacent = false,
    chained = false,
  ): Speaker | null {
    const span = this.doc.sentences[sentence];
    if (!span) return null;
    const end = Math.min(span.tokenEnd, before);
    // "Yesterday a local representative of the Red Crescent visited ...", "On Monday, a police
    // officer ...": a time adverbial before the subject is not part of it.
    // "8. Your mother wrote to the court.": a paragraph's number opening the sentence is no word
    // of its subject either.
    const subject = afterTime(this.doc.tokens, afterLabel(this.doc.tokens, span.tokenStart), end);
    // "A government security officer in Palmyra was more cautious. '...,' he said."
    // "My uncle lives in Bartella and he says ...": in its own sentence, the pronoun opening a
    // clause joined to the first is that clause's subject, a relative named by kinship.
    // "My father opened this kiosk in 2019. He used to say ...": so is the sentence just before's
    // subject, a relative named by kinship.
    // So is the subject of one before sentences that go on with the pronoun ("The tea seller's
    // brother came ... He asked me ... I told him ... He said: ...").
    const kin =
      (before < span.tokenEnd && COORDINATORS.has(this.doc.tokens[before - 1]?.norm ?? "")) ||
      adjacent ||
      chained
        ? kinSubject(this.doc, this.owners, subject, end)
        : null;
    if (kin && this.fitsHere(word, kin)) return kin;
    // "The prosecutor asked for a further 30 days. '...,' he said": the sentence just before
    // (or before those that go on with the pronoun) opens with a post held by one person.
    const held = chained ? postSubject(this.doc, this.owners, subject, end) : null;
    if (held && this.fitsHere(word, held)) return held;
    const anonymous =
      this.officeSubject(span.tokenStart, end) ??
      anonymousSubject(this.doc, this.owners, subject, end) ??
      namedSubject(this.doc, this.owners, span.tokenStart, end);
    if (anonymous && this.fitsHere(word, anonymous)) return anonymous;
    // "One of our younger pupils, a boy of twelve, was in the yard. He said ...": a partitive
    // subject described by its apposition brings in the person the next pronoun stands for.
    const picked = adjacent ? describedPartitive(this.doc, subject, end) : null;
    if (picked && this.fitsHere(word, picked)) return picked;
    const asked = before < span.tokenEnd ? this.askerSpan(sentence, before) : null;
    // "With Hamad in hospital, Nwosu drove there. The motor, he says, ...": in a sentence before,
    // a person who is the object of a preposition is the pronoun's only when the sentence names
    // no other who fits.
    let objectOnly: Speaker | null = null;
    // A subject is near: a run-on "sentence" of thousands of tokens is not searched whole.
    for (let k = Math.max(span.tokenStart, end - WINDOW); k < end; k++) {
      const d = this.owners.get(k) ?? this.namePart(k);
      if (d?.type !== "person") continue;
      // "Under Assad, he said, ...": the object of a preposition before the pronoun in its own
      // sentence is not the one it stands for.
      const preposition = this.doc.tokens[k - 1]?.norm ?? "";
      const objectOf = this.owners.get(k - 1) !== d && this.namePart(k - 1) !== d;
      if (before < span.tokenEnd && objectOf && OBJECT_PREPOSITIONS.has(preposition)) continue;
      if (
        before >= span.tokenEnd &&
        objectOf &&
        (OBJECT_PREPOSITIONS.has(preposition) || preposition === "with" || preposition === "without")
      ) {
        const s = asSpeaker(d);
        if (!objectOnly && this.fitsHere(word, s)) objectOnly = s;
        while (k + 1 < end && (this.owners.get(k + 1) ?? this.namePart(k + 1)) === d) k++;
        continue;
      }
      // "Asked by our neighbour X whether ..., he said": the asker is not the one who answers.
      if (asked && k >= asked[0] && k <= asked[1]) continue;
      // "\"Sami asked me to thank you,\" he said": a person named inside the quotation the tag
      // closes is whom the speaker talks about, not the speaker.
      // So in British single marks: "'Sergeant Moss trained us all,' he writes".
      if (
        before < span.tokenEnd &&
        ((this.quoted?.[k] === 1 && this.quoted[before] !== 1) ||
          insideQuotation(this.doc.tokens, span.tokenStart, k))
      )
        continue;
      // "I spoke to Younis's mother at dawn. She said ...": a name that owns a noun of kinship
      // stands for whose kin is meant; the pronoun may be the kin, of the gender the noun states.
      let e = k;
      while (e + 1 < end && (this.owners.get(e + 1) ?? this.namePart(e + 1)) === d) e++;
      const { tokens } = this.doc;
      if (tokens[e + 1]?.kind === "poss" && KIN.has(tokens[e + 2]?.norm ?? "") && e + 2 < end) {
        // "Hawre's brother, Rebwar Sleman, runs the studio": the kin named in apposition is that person.
        const named = tokens[e + 3]?.text === "," ? this.owners.get(e + 4) : undefined;
        if (named?.type === "person" && named !== d && this.fitsHere(word, asSpeaker(named)))
          return asSpeaker(named);
        const kin = { draft: null, name: spanText(this.doc, k, e + 2).replace(/\s+/g, " ") };
        if (this.fitsHere(word, kin)) return kin;
        k = e + 2;
        continue;
      }
      const s = asSpeaker(d);
      if (this.fitsHere(word, s)) return s;
    }
    if (objectOnly) return objectOnly;
    // "I spoke to the mayor of Sinune and he told me ...": in its own sentence, a pronoun opening
    // a clause joined to the first is the unnamed post that clause brought in by "the NOUN of".
    if (before < span.tokenEnd && COORDINATORS.has(this.doc.tokens[before - 1]?.norm ?? "")) {
      const post = postOfBefore(this.doc, this.owners, span.tokenStart, before - 1);
      if (post && this.fitsHere(word, post)) return post;
    }
    // "PolOff met a senior (b)(6) Asayish officer in Erbil. He said ...": the sentence just before
    // the pronoun's names nobody but brings in a new person by an indefinite post, as the object
    // of its verb; the next "he" is that person, not someone named sentences before. Not the
    // object of a preposition ("sitting on a plastic chair") nor an owner ("a driver's life").
    const introduced = adjacent ? indefinitePost(this.doc, this.owners, subject, end) : null;
    if (introduced && this.fitsHere(word, introduced)) return introduced;
    // "The commander of the 2nd Region, standing beside the coffin, spoke ... '...,' he said": a
    // sentence that names nobody is about the post its subject is, as "a police officer" is.
    const post = definiteRoleSubject(this.doc, this.owners, subject, end);
    if (post && this.fitsHere(word, post)) return post;
    // "The defendant, who was arrested in March 2025 …, denied the charges. '…,' he said": the
    // party to the case the sentence just before is about, named by its part in it, speaks on.
    const party = adjacent ? caseParty(this.doc, subject, end) : null;
    return party && this.fitsHere(word, party) ? party : null;
  }

  private parts: Map<string, EntityDraft | null> | null = null;

  /**
   * "For Fatima, ...": one part of a person's full name, written alone where the entity step
   * left it unowned, is that person — unless two people share it.
   */
  namePart(k: number): EntityDraft | undefined {
    const t = this.doc.tokens[k];
    if (t?.kind !== "word" || !t.cap || this.owners.has(k) || t.text.length < 3) return undefined;
    if (!this.parts) {
      this.parts = new Map();
      for (const d of new Set(this.owners.values())) {
        if (d.type !== "person" || d.nameKeys.length < 2) continue;
        for (const key of d.nameKeys) {
          const had = this.parts.get(key);
          this.parts.set(key, had === undefined || had === d ? d : null);
        }
      }
    }
    for (const key of nameKeys(t.text)) {
      const d = this.parts.get(key);
      if (d) return d;
    }
    return undefined;
  }

  /**
   * "Rafiq said", "Mihemed said": a surname alone that no entity holds is the person named in
   * full before ("Shabana Rafiq, a retired teacher", "Ciwan Mihemed, co-chair of ..."), a
   * speaker already quoted by that name or the capitalised name written before it.
   */
  surname(k: number): Speaker | null {
    const { tokens } = this.doc;
    const t = tokens[k];
    if (t?.kind !== "word" || !t.cap || t.upper || t.text.length < 3 || NOT_NAME_WORDS.has(t.norm))
      return null;
    if (ROLE_NOUNS.has(t.norm) || TITLES.has(t.norm) || ORG_HEADS.has(t.norm) || isSourceNoun(t.norm))
      return null;
    for (let i = this.recent.length - 1; i >= 0; i--) {
      const s = (this.recent[i] as Remembered).speaker;
      if (s.draft || !s.name.includes(" ")) continue;
      const words = s.name.toLowerCase().split(/[\s-]+/);
      if (words[words.length - 1] === t.norm) return s;
    }
    // A word of the name: capitalised, no entity's, not a title, a role or a heading's capitals.
    const namePart = (x: number) => {
      const w = tokens[x];
      return (
        w?.kind === "word" &&
        w.cap &&
        !w.upper &&
        !this.owners.has(x) &&
        !NOT_NAME_WORDS.has(w.norm) &&
        !TITLES.has(w.norm) &&
        !ROLE_NOUNS.has(w.norm)
      );
    };
    for (let j = k - 1; j > 0 && k - j <= WINDOW * 10; j--) {
      // "A WORD FROM ASHUR": a heading's capitals are no mention of the name.
      if (tokens[j]?.norm !== t.norm || !tokens[j]?.cap || tokens[j]?.upper) continue;
      // The name never runs over a line break: "A WORD FROM ASHUR" / "Ashur Yaqub ..." are two.
      let from = j;
      while (from > 0 && j - from < 3 && namePart(from - 1) && tokens[from]?.breaks === 0) from--;
      if (from < j) return { draft: null, name: spanText(this.doc, from, j) };
      // "Ashur Yaqub (...) has fixed tyres ...", then "Ashur asks ...": a given name alone is the
      // full name it opened, no entity's, on one line.
      let to = j;
      while (to - j < 3 && namePart(to + 1) && tokens[to + 1]?.breaks === 0) to++;
      if (to > j && !namePart(j - 1)) return { draft: null, name: spanText(this.doc, j, to) };
    }
    return null;
  }

  /** Whether sentence n opens with a form of the pronoun ("Her husband ...", "She had ..."). */
  private opensWith(n: number, word: string): boolean {
    const span = this.doc.sentences[n];
    const forms = PRONOUN_FORMS[word];
    if (!span || !forms) return false;
    // "For two decades his clan has lived ...": a fronted span of time comes before the subject.
    let from = span.tokenStart;
    if (SPAN_PREPOSITIONS.has(this.doc.tokens[from]?.norm ?? "")) {
      for (let k = from + 1; k < Math.min(span.tokenEnd, from + 5); k++) {
        if (!TIME_UNITS.has(this.doc.tokens[k]?.norm ?? "")) continue;
        from = k + 1;
        break;
      }
    }
    for (let k = from; k < Math.min(span.tokenEnd, from + 3); k++) {
      if (forms.includes(this.doc.tokens[k]?.norm ?? "")) return true;
    }
    return false;
  }

  /** Whether sentence n's first word is a form of the pronoun: its subject is that person. */
  private startsWith(n: number, word: string): boolean {
    const span = this.doc.sentences[n];
    const first = span ? this.doc.tokens[span.tokenStart] : undefined;
    // "Her lawyer, Rana Saleh, spoke last": a name in apposition to the opening phrase is its
    // subject, a person of the sentence's own.
    // "Her driver Tomas Berg, 51, was hurt; ...": unless that person cannot be the pronoun (a man
    // for "she"), so the possessive stands for someone before, whom the sentence goes on about.
    const opens = first !== undefined && (PRONOUN_FORMS[word] ?? []).includes(first.norm);
    const own = (d: EntityDraft) => !opens || this.fitsHere(word, asSpeaker(d));
    const apposed =
      span && this.doc.tokens[span.tokenStart + 2]?.text === ","
        ? this.owners.get(span.tokenStart + 3)
        : undefined;
    if (apposed?.type === "person" && own(apposed)) return false;
    // "His son Yasser, 24, was hurt", "Her younger sister Amal runs ...": so is a name straight
    // after the possessive's noun (a modifier before it at most), written without commas.
    const named = span ? this.namedAfterPossessive(span.tokenStart) : undefined;
    if (named && own(named)) return false;
    return opens;
  }

  /** The person named after a possessive's noun (one lower-case modifier before it at most), if any. */
  private namedAfterPossessive(start: number): EntityDraft | undefined {
    const { tokens } = this.doc;
    for (let k = start + 1; k <= start + 2; k++) {
      const t = tokens[k];
      if (t?.kind !== "word" || t.cap || this.owners.has(k)) return undefined;
      const d = this.owners.get(k + 1);
      if (d?.type === "person") return d;
    }
    return undefined;
  }

  private teller: Speaker | null | undefined;

  /**
   * The narrator of an "as told to" testimony: the first person the article names that is not
   * the writer the words were told to ("As told to NAME." then "NAME2, 34, has worked ..."). The
   * piece is written in the narrator's voice, so its "I told him that ..." is the narrator's.
   * Null in any other register: a column's or a letter's "I" is the author's own argument.
   */
  narrator(): Speaker | null {
    if (this.teller !== undefined) return this.teller;
    this.teller = null;
    const { tokens } = this.doc;
    let told = false;
    const writers = new Set<EntityDraft>();
    for (let k = 0; k + 3 < tokens.length; k++) {
      if (tokens[k]?.norm !== "as" || tokens[k + 1]?.norm !== "told" || tokens[k + 2]?.norm !== "to")
        continue;
      told = true;
      // A section line in capitals ('"AS TOLD TO"') names no writer; the standfirst's line does.
      let w = k + 3;
      while (w < k + 6 && tokens[w]?.kind === "punct") w++;
      const writer = this.owners.get(w);
      if (writer) writers.add(writer);
    }
    if (!told) {
      this.teller = this.signedBy();
      return this.teller;
    }
    const people = [...this.owners]
      .filter(([, d]) => d.type === "person" && !writers.has(d))
      .sort((a, b) => a[0] - b[0]);
    const first = people[0]?.[1];
    if (first) this.teller = asSpeaker(first);
    return this.teller;
  }

  /**
   * "Answered by: Daniel Okafor (Minister of State …)", "Posted by Hanna Lindqvist, Friday …": the
   * one a head line credits with the text (a written answer, a blog post) writes its "I".
   */
  private signedBy(): Speaker | null {
    const { tokens } = this.doc;
    const head = this.doc.sentences[HEAD_SENTENCES]?.tokenStart ?? tokens.length;
    for (let k = 0; k + 2 < head; k++) {
      if (!SIGNING_VERBS.has(tokens[k]?.norm ?? "") || tokens[k + 1]?.norm !== "by") continue;
      if ((tokens[k]?.breaks ?? 0) === 0 && k > 0) continue;
      const at = tokens[k + 2]?.text === ":" ? k + 3 : k + 2;
      const d = this.owners.get(at);
      if (d?.type === "person") return asSpeaker(d);
    }
    return null;
  }

  /**
   * The credited author of the work an article reviews ('"Nine Months in the Old City" by Raad
   * Sabri Mahmoud'), when sentence n opens with "The author" and the pronoun at `at` comes after
   * a comma of it.
   */
  private authorSubject(n: number, at: number): Speaker | null {
    const { tokens } = this.doc;
    const span = this.doc.sentences[n];
    if (!span || tokens[span.tokenStart]?.norm !== "the") return null;
    if (!["author", "writer"].includes(tokens[span.tokenStart + 1]?.norm ?? "")) return null;
    if (tokens[span.tokenStart + 2]?.norm === "of" || tokens[at - 1]?.text !== ",") return null;
    // The credit line: a title in marks, then "by" and the name.
    for (let k = 1; k < span.tokenStart; k++) {
      if (tokens[k]?.norm !== "by" || !QUOTE_MARK_TEXTS.has(tokens[k - 1]?.text ?? "")) continue;
      const d = this.owners.get(k + 1);
      if (d?.type === "person") return asSpeaker(d);
    }
    return null;
  }

  /**
   * "Yusuf Ahmadi, you are now 34. ... You told officers that ...": a text addressed to one
   * person in the second person (sentencing remarks, an open letter, an interview's questions)
   * names that person once in the vocative, a name then a comma then "you"; every later "you"
   * is that person. The last such address before `at` counts; none, and "you" is nobody.
   */
  addressee(at: number): Speaker | null {
    const { tokens } = this.doc;
    for (let k = at - 1; k > 1; k--) {
      if (tokens[k]?.norm !== "you" || tokens[k - 1]?.text !== ",") continue;
      const d = this.owners.get(k - 2);
      if (d?.type !== "person") continue;
      // The vocative opens its sentence: "Yusuf Ahmadi, you ..." (the name's first token starts it).
      let from = k - 2;
      while (from > 0 && this.owners.get(from - 1) === d) from--;
      const opening = this.doc.sentences[tokens[from]?.sentence ?? -1]?.tokenStart;
      // A numbered paragraph's number may stand before it.
      let start = opening ?? -1;
      while (start < from && (tokens[start]?.kind === "num" || tokens[start]?.text === ".")) start++;
      if (start === from) return asSpeaker(d);
    }
    return this.salutation(at);
  }

  /**
   * "Dear Dr Hale," opening a letter's line: the one a letter greets is the "you" it goes on to
   * address — the last such greeting before `at`.
   */
  private salutation(at: number): Speaker | null {
    const { tokens } = this.doc;
    for (let k = at - 1; k >= 0; k--) {
      const t = tokens[k] as Token;
      if (t.norm !== "dear" || !t.cap || (k > 0 && t.breaks === 0)) continue;
      let j = k + 1;
      while (
        j < k + 4 &&
        !this.owners.has(j) &&
        (TITLES.has(tokens[j]?.norm ?? "") || tokens[j]?.text === ".")
      )
        j++;
      const d = this.owners.get(j);
      if (d?.type !== "person") continue;
      let e = j;
      while (this.owners.get(e + 1) === d) e++;
      if (tokens[e + 1]?.text === "," || (tokens[e + 1]?.breaks ?? 0) > 0) return asSpeaker(d);
    }
    return null;
  }

  /**
   * "Asked by X whether ..., he said": the span of X, the agent of "asked by" opening sentence
   * n up to the question's word, when the token `at` comes after the comma closing the question.
   */
  private askerSpan(n: number, at: number): readonly [number, number] | null {
    const { tokens } = this.doc;
    const start = this.doc.sentences[n]?.tokenStart ?? -1;
    if (tokens[start]?.norm !== "asked" || tokens[start + 1]?.norm !== "by") return null;
    let w = start + 2;
    while (
      w < at &&
      w - start < 12 &&
      tokens[w]?.kind === "word" &&
      !ASKED_QUESTIONS.has(tokens[w]?.norm ?? "")
    )
      w++;
    if (w === start + 2 || !ASKED_QUESTIONS.has(tokens[w]?.norm ?? "")) return null;
    let comma = w + 1;
    while (comma < at && tokens[comma]?.text !== ",") comma++;
    return comma < at ? [start + 2, w - 1] : null;
  }

  /** The person or body of an asker's span (see askerSpan), if any. */
  private asker(n: number, at: number): Speaker | null {
    const span = this.askerSpan(n, at);
    if (!span) return null;
    for (let k = span[0]; k <= span[1]; k++) {
      const d = this.owners.get(k);
      if (d?.type === "person" || d?.type === "organization") return asSpeaker(d);
    }
    return null;
  }

  pronoun(word: string, at: number): Speaker | null {
    if (word === "i") return this.narrator();
    const sentence = this.doc.tokens[at]?.sentence ?? -1;
    if (word === "he" || word === "she") {
      this.excluded = this.turnOf(sentence) ?? null;
      try {
        return this.personPronoun(word, at, sentence);
      } finally {
        this.excluded = null;
      }
    }
    return this.otherPronoun(word, at, sentence);
  }

  /** "he", "she": the person a recent quote, or the sentences before, are about. */
  private personPronoun(word: string, at: number, sentence: number): Speaker | null {
    // "The author does not name him, out of respect for the family, he says": a tag after a
    // sentence whose subject is the book's author is the author's, whoever spoke before.
    const credited = this.authorSubject(sentence, at);
    if (credited && this.fitsHere(word, credited)) return credited;
    // "Asked by our neighbour X whether ..., he said": the one who asked is the agent of the
    // participle opening the sentence, never the "he" who answers.
    const asker = this.asker(sentence, at);
    // A speaker quoted just before goes on speaking ("..., he said" after "X said ...").
    for (let i = this.recent.length - 1; i >= 0; i--) {
      const r = this.recent[i] as Remembered;
      if (r.sentence < sentence - 1) break;
      if (asker && r.sentence === sentence && sameSpeaker(r.speaker, asker)) continue;
      if (this.fitsHere(word, r.speaker)) return SpeakerMemory.claim(word, r.speaker);
    }
    // Else the person the sentences before are about, nearest first; sentences that go on
    // about "her" or "him" carry that person further.
    let reach = PRONOUN_REACH;
    // "X was due here on Tuesday. [Two sentences on what happened.] \"...,\" he wrote": inside
    // the pronoun's own paragraph the person it stands for may be named a few sentences further
    // back than a pronoun reaches across paragraphs.
    let paragraph = true;
    let carried = true;
    for (
      let n = sentence;
      n >= 0 && (sentence - n <= reach || (paragraph && sentence - n <= PARAGRAPH_REACH));
      n--
    ) {
      // Sentence n + 1 opened a paragraph: n is in one before the pronoun's.
      if (n < sentence && (this.doc.tokens[this.doc.sentences[n + 1]?.tokenStart ?? -1]?.breaks ?? 1) > 0)
        paragraph = false;
      if (!paragraph && sentence - n > reach) break;
      // "His book, published ... in a translation by Yusuf Khalaf, is ...": a sentence opening
      // with the pronoun is about the person the pronoun already stands for, so the people it
      // names (a translator, an addressee) are not that person; it carries the search back.
      if (n < sentence && this.startsWith(n, word)) {
        if (reach < CHAIN_REACH) reach++;
        continue;
      }
      // Only the sentence just before, or one before sentences opening with the pronoun.
      if (n < sentence - 1 && !this.startsWith(n + 1, word)) carried = false;
      const s = this.personIn(
        n,
        n === sentence ? at : Number.MAX_SAFE_INTEGER,
        word,
        n === sentence - 1,
        n < sentence && carried,
      );
      if (s) return SpeakerMemory.claim(word, s);
      if (n < sentence && reach < CHAIN_REACH && this.opensWith(n, word)) reach++;
    }
    for (let i = this.recent.length - 1; i >= 0; i--) {
      const s = (this.recent[i] as Remembered).speaker;
      if (this.fitsHere(word, s)) return SpeakerMemory.claim(word, s);
    }
    return null;
  }

  /** "they", "it", "we": a body or a group. */
  private otherPronoun(word: string, at: number, sentence: number): Speaker | null {
    if (word === "they") {
      const subject = this.pluralSubjectBefore(sentence, at) ?? this.relativeThey(sentence, at);
      if (subject) return subject;
    }
    if (word === "it") {
      // "The army launched a sweep ..., the command said. It said ...": a body that has just
      // spoken goes on speaking, whatever the words it reported opened with.
      const opens = this.opensClause(at);
      const spoke = opens ? this.speakerIn(sentence - 1, word) : null;
      const subject =
        spoke ?? this.subjectBefore(at) ?? this.speakerIn(sentence, word) ?? this.organizationBefore(at);
      if (subject) return subject;
    }
    for (let i = this.recent.length - 1; i >= 0; i--) {
      const s = (this.recent[i] as Remembered).speaker;
      if (SpeakerMemory.fits(word, s)) return SpeakerMemory.claim(word, s);
    }
    return null;
  }

  /** "the spokesman", "the adviser", "the monitor's director": the nearest person holding that post. */
  role(noun: string, at: number, of: readonly string[] = [], byRank = true): Speaker | null {
    const sentence = this.doc.tokens[at]?.sentence ?? -1;
    for (let k = at - 1; k >= 0 && at - k <= WINDOW * 4; k--) {
      const t = this.doc.tokens[k];
      if (!t || sentence - t.sentence > ROLE_REACH) break;
      // "PolOff met a senior Asayish officer. ... The officer claimed ...": the nearest mention
      // of the post is an unnamed person brought in by "a"/"an"; the definite post is that person,
      // not a holder named before.
      if (!this.owners.has(k) && sameRole(t.norm, noun) && unnamedIndefinite(this.doc, this.owners, k))
        return null;
      const d = this.owners.get(k);
      // "the representative of Algeria" is not the last representative named, of Syria.
      const role = d?.role?.toLowerCase() ?? "";
      const fits = roleFits(d?.role, noun) || (byRank && rankFits(d?.title, noun));
      if (d?.type === "person" && fits && of.every((w) => role.includes(w))) return asSpeaker(d);
    }
    return of.length > 0 ? this.roleAhead(noun, at, of) : this.credited(noun, at);
  }

  /**
   * "Directed by Rêzan Sebrî · 84 min", then "The director, who has worked in the camp ...,
   * says": a credit names the holder of the post its participle makes — the person after "by"
   * in the nearest such credit before, however far back (a credit heads what it is about).
   */
  private credited(noun: string, at: number): Speaker | null {
    const verbs = CREDITS.get(noun);
    if (!verbs) return null;
    const { tokens } = this.doc;
    for (let k = at - 2; k >= 0 && at - k <= CREDIT_REACH; k--) {
      if (!verbs.includes(tokens[k]?.norm ?? "") || tokens[k + 1]?.norm !== "by") continue;
      const d = this.owners.get(k + 2);
      if (d?.type === "person") return asSpeaker(d);
    }
    return null;
  }

  /**
   * "Coach Bassam Darwish ... the coach said", "Hajji Abd al-Sattar ... The hajji says": a word
   * written as a title straight before a person's name, then "the" and the same word in lower
   * case, is that person — the nearest one so titled before, within a role's reach.
   */
  titled(noun: string, at: number, honorific = false): Speaker | null {
    const { tokens } = this.doc;
    const sentence = tokens[at]?.sentence ?? -1;
    // "As the Hajji says" pages after "Hajji Sabah": an honorific written with its capital, as
    // before a name, is the article's one person so titled, however far back.
    const holders = new Set<EntityDraft>();
    for (let k = at - 1; k >= 0; k--) {
      const t = tokens[k] as Token;
      const near = sentence - t.sentence <= ROLE_REACH && at - k <= WINDOW * 4;
      if (!near && !honorific) break;
      if (t.norm !== noun || !t.cap || t.kind !== "word") continue;
      const d = this.owners.get(k + 1);
      if (d?.type !== "person" || this.owners.get(k) === d) continue;
      if (near) return asSpeaker(d);
      holders.add(d);
    }
    const [only] = holders;
    return holders.size === 1 && only ? asSpeaker(only) : null;
  }

  /**
   * "The governor of Nineveh says the road will stay open" in a headline or a bulletin's lead,
   * "the governor of Nineveh, Raad Hamid al-Sabaawi" in the body: a post tied to a named place
   * or body, held by nobody named before, is the one person named after who holds it — when
   * only one does.
   */
  private roleAhead(noun: string, at: number, of: readonly string[]): Speaker | null {
    const sentence = this.doc.tokens[at]?.sentence ?? -1;
    let holder: EntityDraft | null = null;
    // "The head of INTERPOL's Counter-Terrorism Directorate said ...", then "the Counter-Terrorism
    // director, Dr Elena Marsh": a body named in full is named again by a shorter part of its
    // name; a holder whose post keeps some word of it is the one, when no holder keeps all.
    let partial: EntityDraft | null | undefined;
    for (let k = at + 1; k < this.doc.tokens.length && k - at <= WINDOW * 4; k++) {
      const t = this.doc.tokens[k];
      if (!t || t.sentence - sentence > ROLE_REACH) break;
      const d = this.owners.get(k);
      if (d?.type !== "person" || d === holder) continue;
      const role = d.role?.toLowerCase() ?? "";
      if (!(roleFits(d.role, noun) || rankFits(d.title, noun))) continue;
      if (!of.every((w) => role.includes(w))) {
        if (d !== partial && of.some((w) => role.split(/[^\p{L}]+/u).includes(w)))
          partial = partial === undefined ? d : null;
        continue;
      }
      if (holder) return null;
      holder = d;
    }
    const found = holder ?? partial;
    return found ? asSpeaker(found) : null;
  }

  /**
   * "Our protection officer in Baalbek said ...", then "The officer, Rima Haddad, has worked
   * ...": a speaker introduced by a post and named later, where a definite description of the
   * same post takes the name in apposition ("the dean, Professor NAME", "the Water Resources
   * director, Dr NAME"). The first such apposition within reach after token `at`.
   */
  namedLater(noun: string, at: number): Speaker | null {
    const { tokens } = this.doc;
    const sentence = tokens[at]?.sentence ?? -1;
    for (let k = at + 1; k < tokens.length && k - at <= WINDOW * 4; k++) {
      const t = tokens[k] as Token;
      if (t.sentence - sentence > ROLE_REACH) break;
      if (t.norm !== "the") continue;
      // The post, after at most three modifiers, closes with the comma of the apposition.
      let n = k + 1;
      while (n < k + 4 && tokens[n]?.kind === "word" && !sameRole(tokens[n]?.norm ?? "", noun)) n++;
      if (!sameRole(tokens[n]?.norm ?? "", noun) || tokens[n + 1]?.text !== ",") continue;
      let j = n + 2;
      while (
        j < n + 7 &&
        !this.owners.has(j) &&
        (TITLES.has(tokens[j]?.norm ?? "") || tokens[j]?.text === ".")
      )
        j++;
      const d = this.owners.get(j);
      if (d?.type === "person" && this.owners.get(j - 1) !== d) return asSpeaker(d);
    }
    return null;
  }

  /**
   * "We, the family of the late X, declare ... The family of Mr. Y thanks ... who, the family
   * says, ...": a new "the NOUN of ..." written after the speaker of that noun was quoted brings
   * in another one, which the later "the NOUN" is.
   */
  private introducedSince(noun: string, sentence: number, at: number): boolean {
    const { tokens } = this.doc;
    for (let k = at - 2; k > 0 && (tokens[k]?.sentence ?? -1) > sentence; k--)
      if (tokens[k]?.norm === noun && tokens[k - 1]?.norm === "the" && tokens[k + 1]?.norm === "of")
        return true;
    return false;
  }

  /** "the ministry" after "Iraq's foreign ministry said": the last speaker of that head noun. */
  sameHead(noun: string, at: number): Speaker | null {
    const sentence = this.doc.tokens[at]?.sentence ?? -1;
    for (let i = this.recent.length - 1; i >= 0; i--) {
      const r = this.recent[i] as Remembered;
      if (sentence - r.sentence > ROLE_REACH) break;
      if (r.speaker.draft?.type === "person") continue;
      const names = [
        r.speaker.name,
        ...(r.speaker.draft?.extraAliases ?? []),
        ...(r.speaker.draft?.lexicon?.heads ?? []),
      ];
      if (
        names.some((n) =>
          n
            .toLowerCase()
            .split(/[\s-]+/)
            .includes(noun),
        )
      )
        return this.introducedSince(noun, r.sentence, at) ? null : r.speaker;
    }
    // "Iraq's Border Ports Authority confirms ... the authority said": else the nearest
    // organization before whose name has that word.
    for (let k = at - 1; k >= 0 && at - k <= WINDOW; k--) {
      const d = this.owners.get(k);
      if (d?.type !== "organization" || this.owners.get(k - 1) === d) continue;
      const t = this.doc.tokens[k] as Token;
      if (sentence - t.sentence > ROLE_REACH) break;
      let j = k;
      while (this.owners.get(j + 1) === d && j - k < 8) j++;
      if (this.doc.tokens.slice(k, j + 1).some((x) => x.norm === noun)) return asSpeaker(d);
    }
    return null;
  }

  /** The first organization before `at` whose name has the word `noun`, anywhere in the text. */
  bodyNamed(noun: string, at: number): Speaker | null {
    // Indexed once per text, so a long text of such phrases is read in linear time.
    if (!this.bodies) {
      this.bodies = new Map();
      for (const [k, d] of [...this.owners.entries()].sort((a, b) => a[0] - b[0])) {
        const word = this.doc.tokens[k]?.norm ?? "";
        if (d.type === "organization" && !this.bodies.has(word)) this.bodies.set(word, { at: k, draft: d });
      }
    }
    const first = this.bodies.get(noun);
    return first && first.at < at ? asSpeaker(first.draft) : null;
  }
  private bodies: Map<string, { at: number; draft: EntityDraft }> | null = null;

  /**
   * "Protection partners interviewed 640 households. They found that ...": "they" opening a
   * sentence is the plural source the sentence before opened with, when that sentence quoted no
   * one — not a body quoted further back.
   */
  /**
   * "Engineering teams of the Command searched the site and removed three devices, which they
   * said had been ...": a "they" opening a relative clause on the sentence's object is the
   * sentence's own subject — a body, or people described in the plural — when nobody fitting
   * "they" has been quoted in the sentence.
   */
  private relativeThey(sentence: number, at: number): Speaker | null {
    const { tokens, sentences } = this.doc;
    const s = sentences[sentence];
    if (!s || at <= s.tokenStart + 2 || !RELATIVE_THEY.has(tokens[at - 1]?.norm ?? "")) return null;
    if (this.speakerIn(sentence, "they")) return null;
    // "Last week, engineering teams ...": a time fronted before its comma is no subject.
    const lead = timeAfter(tokens, s.tokenStart, at);
    const from = lead > s.tokenStart && tokens[lead]?.text === "," ? lead + 1 : s.tokenStart;
    const subject = clauseSubject(this.doc, this.owners, from, at - 1, this);
    if (!subject) return null;
    if (subject.draft) return subject.draft.type === "organization" ? subject : null;
    return isPluralSource(subject.name) ? subject : null;
  }

  private pluralSubjectBefore(sentence: number, at: number): Speaker | null {
    const { tokens, sentences } = this.doc;
    const prev = sentences[sentence - 1];
    if (!prev || sentences[sentence]?.tokenStart !== at || this.speakerIn(sentence - 1, "they")) return null;
    let from = prev.tokenStart;
    // "4. Protection partners ...": a numbered paragraph's number.
    if (tokens[from]?.kind === "num" && [".", ")"].includes(tokens[from + 1]?.text ?? "")) from += 2;
    const subject = clauseSubject(this.doc, this.owners, from, prev.tokenEnd - 1, this);
    if (!subject || subject.draft || !isPluralSource(subject.name)) return null;
    const head = subject.name.toLowerCase().split(/\s+/).at(-1) ?? "";
    return isSourceNoun(head) ? subject : null;
  }

  /**
   * "It" and "they" opening a sentence: the organization the sentence before is about, when
   * it opens that sentence ("The PKK, which ..., is designated ... It announced ...").
   */
  subjectBefore(at: number): Speaker | null {
    const sentence = this.doc.sentences[(this.doc.tokens[at]?.sentence ?? 0) - 1];
    if (!sentence || !this.opensClause(at)) return null;
    let k = sentence.tokenStart;
    if (this.doc.tokens[k]?.norm === "the") k++;
    const d = this.owners.get(k);
    if (d?.type === "organization") return asSpeaker(d);
    // "The two-page document ... is signed by Colonel X. It says that ...": its writer.
    for (let j = k; j < Math.min(sentence.tokenEnd, k + 5); j++) {
      if (!WRITINGS.has(this.doc.tokens[j]?.norm ?? "")) continue;
      const writer = this.writer(at);
      if (writer) return writer;
    }
    // "The region's interior ministry has issued a statement. It rejects ...": the body that
    // put the statement out, named by the article's words when no entity holds it.
    const { tokens } = this.doc;
    const issued = tokens
      .slice(sentence.tokenStart, sentence.tokenEnd)
      .some((t) => STATEMENT_NOUNS.has(t.norm));
    if (!issued) return null;
    const subject = clauseSubject(this.doc, this.owners, sentence.tokenStart, sentence.tokenEnd - 1, this);
    if (!subject) return null;
    return SpeakerMemory.fits("it", subject) || (!subject.draft && isInstitution(subject.name))
      ? subject
      : null;
  }

  /**
   * Whether the token at `at` opens its sentence's first clause: at the sentence's start, or
   * after no more than an opening adverbial of time or of the statement it was said in ("On
   * Monday it said", "In a general statement on Sunday it said", "In a statement, it said"),
   * which leave the clause's subject what it would be at the sentence's start.
   */
  private opensClause(at: number): boolean {
    const span = this.doc.sentences[this.doc.tokens[at]?.sentence ?? -1];
    if (!span) return false;
    if (span.tokenStart === at) return true;
    const { tokens } = this.doc;
    let k = span.tokenStart;
    for (let steps = 0; steps < 4 && k < at; steps++) {
      const timed = timeAfter(tokens, k, at);
      if (timed > k) {
        k = timed;
        continue;
      }
      if (tokens[k]?.text === "," && k > span.tokenStart) {
        k++;
        continue;
      }
      // "In a (general) statement", "In its weekly bulletin": the writing it was said in.
      if (tokens[k]?.norm !== "in" || !DETERMINERS_OF_WRITING.has(tokens[k + 1]?.norm ?? "")) return false;
      let j = k + 2;
      while (
        j < at &&
        j - k < 5 &&
        tokens[j]?.kind === "word" &&
        !tokens[j]?.cap &&
        !STATEMENT_NOUNS.has(tokens[j]?.norm ?? "")
      )
        j++;
      if (!STATEMENT_NOUNS.has(tokens[j]?.norm ?? "")) return false;
      k = j + 1;
    }
    return k === at;
  }

  /** A compatible speaker already quoted in sentence n. */
  private speakerIn(n: number, word: string): Speaker | null {
    for (let i = this.recent.length - 1; i >= 0; i--) {
      const r = this.recent[i] as Remembered;
      if (r.sentence < n) break;
      if (r.sentence === n && SpeakerMemory.fits(word, r.speaker)) return r.speaker;
    }
    return null;
  }

  /**
   * "it" inside a sentence that named an organization as its subject: "the JAF carried out
   * strikes on what it described as hideouts".
   */
  organizationBefore(at: number): Speaker | null {
    const span = this.doc.sentences[this.doc.tokens[at]?.sentence ?? -1];
    if (!span) return null;
    const { tokens } = this.doc;
    let k = span.tokenStart;
    // "In January 2024, the JAF ...": after an opening adverbial.
    for (let j = k; j < Math.min(at, k + 8); j++) {
      if (tokens[j]?.text !== ",") continue;
      k = j + 1;
      break;
    }
    if (tokens[k]?.norm === "the") k++;
    const d = this.owners.get(k);
    return k < at && d?.type === "organization" ? asSpeaker(d) : null;
  }

  /**
   * "the report notes", "according to the report" when no organization has spoken yet: the
   * organization a recent sentence opens with as its subject ("SNHR documented ...").
   */
  author(at: number): Speaker | null {
    const sentence = this.doc.tokens[at]?.sentence ?? -1;
    for (let n = sentence - 1; n >= 0 && sentence - n <= ROLE_REACH; n--) {
      const span = this.doc.sentences[n];
      if (!span) continue;
      // "The Syrian Network for Human Rights (SNHR) documented": through the name to its verb.
      for (let k = span.tokenStart; k < Math.min(span.tokenEnd, span.tokenStart + 12); k++) {
        const t = this.doc.tokens[k] as Token;
        const d = this.owners.get(k);
        if (d?.type === "organization") return asSpeaker(d);
        if (t.kind === "word" && !t.cap && !NAME_JOINERS.has(t.norm)) break;
      }
    }
    return null;
  }

  /**
   * "the paper reports", "the newspaper adds": the newspaper named last before token `at`, by a
   * name that says it is one ("Zagros Daily", "The Baghdad Post"), or by the heading in capitals
   * that opens the section it stands in ("SAWT AL-FURAT (Ramadi, independent)"), as a press
   * review heads each paper's summary.
   */
  publication(at: number): Speaker | null {
    const { tokens } = this.doc;
    for (let k = at - 1; k >= 0 && at - k <= PUBLICATION_REACH; k--) {
      const d = this.owners.get(k);
      if (d && d.type !== "place" && this.owners.get(k - 1) !== d && PERIODICAL_NAME.test(d.name))
        return asSpeaker(d);
      const t = tokens[k] as Token;
      if (t.breaks === 0 || k === 0) continue;
      // A heading: a line of a few words in capitals, a description in brackets after them,
      // set off by a blank line from the paragraph under it.
      let end = k;
      while (
        end < tokens.length &&
        end - k < 8 &&
        tokens[end]?.upper &&
        (tokens[end]?.breaks === 0 || end === k)
      )
        end++;
      while (end < tokens.length && tokens[end]?.text === "-" && tokens[end + 1]?.upper) end += 2;
      const words = tokens.slice(k, end).filter((w) => w.kind === "word").length;
      const next = tokens[end];
      const closes = next?.breaks !== 0 || next?.text === "(";
      if (words === 0 || words > 5 || !closes) continue;
      let after = end;
      if (next?.text === "(") while (after < tokens.length && tokens[after]?.breaks === 0) after++;
      if ((tokens[after]?.breaks ?? 0) < 2 || after > at) continue;
      const owner = this.owners.get(k);
      if (owner && owner.type !== "place" && this.owners.get(end - 1) === owner) return asSpeaker(owner);
      return { draft: null, name: spanText(this.doc, k, end - 1) };
    }
    return null;
  }

  /**
   * "X said in a statement that ... \"...,\" the statement said": the one quoted in the sentence
   * that brought a statement in ("in a statement", "issued a statement") made it, a spokesman
   * as well as a body — looked for in the sentences just before token `at`.
   */
  statementMaker(at: number): Speaker | null {
    const { tokens } = this.doc;
    const sentence = tokens[at]?.sentence ?? -1;
    for (let k = at - 1; k > 0; k--) {
      const n = tokens[k]?.sentence ?? -1;
      if (sentence - n > STATEMENT_REACH) break;
      if (!STATEMENT_NOUNS.has(tokens[k]?.norm ?? "") || !["a", "an"].includes(tokens[k - 1]?.norm ?? ""))
        continue;
      for (let i = this.recent.length - 1; i >= 0; i--) {
        const r = this.recent[i] as Remembered;
        if (r.sentence < n) break;
        if (r.sentence === n) return r.speaker;
      }
      return null;
    }
    return null;
  }

  /**
   * "The Karkh court sentenced two men ... The ruling states that ...": a decision speaks for
   * whoever last decided in the text. The last verb of deciding before token `at` ("has decided
   * to refer", "sentenced") is read: when a court's name stands just before it, that court gave
   * the decision (not a court the decision names: "to refer four accused to the Central Criminal
   * Court"); when someone else decided ("The cabinet decided ..."), no court did; "and
   * referred" leaves its subject out and is passed over. With no such
   * verb, the article's only court, when it names one.
   */
  courtBefore(at: number): Speaker | null {
    const { tokens } = this.doc;
    const isCourt = (d: EntityDraft | undefined): d is EntityDraft =>
      d?.type === "organization" &&
      d.name
        .toLowerCase()
        .split(/[^\p{L}]+/u)
        .some((w) => COURTS.has(w));
    for (let k = at - 1; k >= 0; k--) {
      if (!DECIDING.has(tokens[k]?.norm ?? "") || tokens[k]?.cap) continue;
      for (let j = k - 1; j >= 0 && k - j <= DECIDING_REACH; j--) {
        if (tokens[j]?.sentence !== tokens[k]?.sentence) break;
        const d = this.owners.get(j);
        if (isCourt(d)) return asSpeaker(d);
      }
      // "sentenced two men ..., and referred a third": a verb whose subject is left out is the
      // decider's before it.
      if (tokens[k - 1]?.norm === "and") continue;
      return null;
    }
    const courts = new Set([...this.owners.values()].filter(isCourt));
    const [only] = courts;
    return courts.size === 1 && only ? asSpeaker(only) : null;
  }

  lastOrganization(): Speaker | null {
    for (let i = this.recent.length - 1; i >= 0; i--) {
      const s = this.recent[i]?.speaker;
      if (s?.draft?.type === "organization") return s;
    }
    return null;
  }

  /** The last speaker quoted in sentence n or the one before it. */
  lastNear(n: number): Speaker | null {
    const r = this.recent[this.recent.length - 1];
    return r && r.sentence >= n - 1 ? r.speaker : null;
  }

  last(): Speaker | null {
    return this.recent[this.recent.length - 1]?.speaker ?? null;
  }
}

const asSpeaker = (draft: EntityDraft): Speaker => ({ draft, name: draft.name });

/** The first token after a time adverbial opening a sentence at `start` and its comma, if any. */
function afterTime(tokens: readonly Token[], start: number, end: number): number {
  const k = timeAfter(tokens, start, end);
  return k > start && tokens[k]?.text === "," ? k + 1 : k;
}

/**
 * The last token of the `n` words after token `from`, a word being tokens joined without spaces
 * ("34-year-old", "ez-Zor" are one).
 */
function wordsAhead(tokens: readonly Token[], from: number, n: number): number {
  let k = from;
  for (let words = 0; k + 1 < tokens.length; k++) {
    if (tokens[k + 1]?.space !== false) words++;
    if (words > n) break;
  }
  return k;
}

/** Role nouns that are adjectives as often: "the major offensive", "the chief concern". */
const TITLES_ONLY = new Set(["major", "general", "chief", "fellow", "chair", "monitor", "master", "deputy"]);

/**
 * "The commander of the Border Guard's 2nd Region": a sentence's subject that is a definite post
 * (a singular role noun after "the" and at most two modifiers), with the capitalised "of" or "for"
 * phrase naming whose post it is. Null when the phrase holds a named person.
 */
function definiteRoleSubject(
  doc: Doc,
  owners: Map<number, EntityDraft>,
  start: number,
  end: number,
): Speaker | null {
  const { tokens } = doc;
  if (tokens[start]?.norm !== "the") return null;
  let head = -1;
  for (let k = start + 1; k < Math.min(end, start + 4); k++) {
    const t = tokens[k] as Token;
    if (t.kind !== "word" || owners.get(k)?.type === "person") return null;
    if (ROLE_NOUNS.has(t.norm) && !TITLES_ONLY.has(t.norm)) {
      head = k;
      break;
    }
  }
  if (head < 0) return null;
  let last = head;
  if (["of", "for"].includes(tokens[head + 1]?.norm ?? "")) {
    for (let k = head + 2; k < end && k - head < 10; k++) {
      const t = tokens[k] as Token;
      if (owners.get(k)?.type === "person") return null;
      const part = t.cap || owners.has(k) || t.kind === "poss" || t.kind === "num" || t.norm === "the";
      // "The head of the association": a body named by its common noun, after "the".
      if (
        !part &&
        k === head + 3 &&
        tokens[k - 1]?.norm === "the" &&
        t.kind === "word" &&
        !isVerbWord(t.norm)
      ) {
        last = k;
        break;
      }
      if (!part) break;
      if (t.kind !== "poss" && t.norm !== "the") last = k;
    }
  }
  // "The official worries ...": a bare definite post points back to a source named before; only
  // one with its complement ("of Babil") can introduce the speaker itself.
  if (last === head) return null;
  // The subject ends at its verb or at the comma of an aside; a longer phrase is no subject.
  const after = tokens[last + 1];
  if (!after || (after.text !== "," && (after.kind !== "word" || after.cap))) return null;
  return { draft: null, name: spanText(doc, start, last).replace(/\s+/g, " ") };
}

/**
 * An indefinite source opening a sentence as its subject: "A government security officer in
 * Palmyra was ...", "An aide to the minister ...": the phrase through its place or affiliation.
 */
function anonymousSubject(
  doc: Doc,
  owners: Map<number, EntityDraft>,
  start: number,
  end: number,
): Speaker | null {
  const { tokens } = doc;
  if (!["a", "an"].includes(tokens[start]?.norm ?? "")) return null;
  let head = -1;
  for (let k = start + 1; k < Math.min(end, wordsAhead(tokens, start, 4) + 1); k++) {
    const t = tokens[k] as Token;
    // "A 34-year-old woman": the age is one word of the phrase.
    if (t.space === false && k > start + 1) continue;
    if (t.kind === "num" && tokens[k + 1]?.text === "-" && !tokens[k + 1]?.space) continue;
    if (t.kind !== "word" || owners.get(k)?.type === "person") return null;
    if (ROLE_NOUNS.has(t.norm) || SOURCE_NOUNS.has(t.norm)) {
      head = k;
      // "a police officer", "an army commander": the last noun of the compound.
      while (
        head + 1 < end &&
        (ROLE_NOUNS.has(tokens[head + 1]?.norm ?? "") || SOURCE_NOUNS.has(tokens[head + 1]?.norm ?? ""))
      )
        head++;
      break;
    }
  }
  if (head < 0 || ROLE_PLURALS.has(tokens[head]?.norm ?? "")) return null;
  // "A man called Karim Hashem sells vegetables", "a nurse named Leyla Omar": the source has a name.
  if (NAMING_PARTICIPLES.has(tokens[head + 1]?.norm ?? "") && owners.get(head + 2)?.type === "person")
    return null;
  // "An SDF spokesperson, Berivan Ali, ...", "A spokesman for the PMF's operations in western
  // Anbar, Hamid al-Fahdawi, ...": the source has a name.
  for (let k = head + 1; k < Math.min(end, head + 14); k++) {
    // "A local official — the district's security chief, Brig. Nabil Toma — was ...": an aside
    // between dashes that names a person names the source.
    if (DASHES.has(tokens[k]?.text ?? "")) {
      for (let j = k + 1; j < Math.min(end, k + 16) && !DASHES.has(tokens[j]?.text ?? ""); j++)
        if (owners.get(j)?.type === "person") return null;
      break;
    }
    if (tokens[k]?.text !== ",") continue;
    // "..., Dr. Haitham al-Asadi, told": the name after its title.
    let named = k + 1;
    while (named < end && (TITLES.has(tokens[named]?.norm ?? "") || tokens[named]?.text === ".")) named++;
    if (owners.get(named)?.type === "person") return null;
    // "A neighbour, who gave his name only as Abu Karwan, ...", "A commander, who uses the
    // name Abu Ali, ...": the name the source goes by, given in its relative clause.
    if (tokens[k + 1]?.norm === "who") {
      for (let j = k + 2; j < Math.min(end, k + 12) && tokens[j]?.text !== ","; j++) {
        const d = owners.get(j);
        if (d?.type === "person" && ["as", "name"].includes(tokens[j - 1]?.norm ?? "")) return null;
      }
    }
    break;
  }
  // "A smuggler who asked me to call him Abu Khalil was less patient": the name a restrictive
  // clause gives the source to go by names it, as the clause between commas does.
  if (tokens[head + 1]?.norm === "who") {
    for (let j = head + 2; j < Math.min(end, head + 12) && tokens[j]?.kind !== "punct"; j++) {
      const d = owners.get(j);
      if (d?.type === "person" && GOES_BY.has(tokens[j - 1]?.norm ?? "")) return null;
    }
  }
  let last = head;
  // "A prison official there, who asked not to be named": the place adverb goes with the source.
  if (["there", "here"].includes(tokens[head + 1]?.norm ?? "") && head + 1 < end) last = head + 1;
  else if (
    PHRASE_PREPOSITIONS.has(tokens[head + 1]?.norm ?? "") ||
    tokens[head + 1]?.norm === "to" ||
    // "A source close to the Syrian Free Army".
    (tokens[head + 1]?.norm === "close" && tokens[head + 2]?.norm === "to")
  ) {
    let k = tokens[head + 1]?.norm === "close" ? head + 3 : head + 2;
    while (k < end && k - head < 8) {
      const t = tokens[k] as Token;
      if (t.cap || owners.has(k) || (t.text === "-" && !t.space) || ["the", "al"].includes(t.norm)) {
        if (t.kind === "word" || owners.has(k)) last = k;
        k++;
      } else break;
    }
    // "A man from an organisation that clears mines came ...", "A security manager for the
    // consortium that operates the field, who ...": a common noun after the article, and the
    // restrictive clause that says which one, belong to the source's description.
    const article = last === head ? head + 2 : last;
    // Its text, not its norm: a lower-case article, never a capitalised one opening a name.
    if (ARTICLES.has(tokens[article]?.text ?? "") && article < end)
      last = commonObject(tokens, owners, article, end, last);
    // "A Peshmerga officer at a post on the road", "a police officer at a checkpoint near the
    // bridge": a place phrase after the object says where that post stands, part of the description.
    const placed = last + 2;
    if (
      last > head &&
      PLACE_AFTER.has(tokens[last + 1]?.norm ?? "") &&
      ARTICLES.has(tokens[placed]?.text ?? "") &&
      placed < end
    )
      last = commonObject(tokens, owners, placed, end, last);
  }
  return { draft: null, name: spanText(doc, start, last).replace(/\s+/g, " ") };
}

/** Participles that give the name of the person a noun brings in: "a man called X", "a nurse named Y". */
const NAMING_PARTICIPLES = new Set(["called", "named"]);
/** Words before the name a source goes by: "gave his name as", "asked me to call him". */
const GOES_BY = new Set(["as", "name", "him", "her", "himself", "herself", "called"]);
/** Prepositions of a place phrase that may follow a description's object: "at a post on the road". */
const PLACE_AFTER = new Set(["on", "near", "outside", "along", "beside", "by"]);
/** Words that end a description's noun phrase: its clause goes on, or another phrase begins. */
const PHRASE_BREAKS = new Set(
  "that which who whose and or but to in on at by near outside along beside with from for of as than since after before when where".split(
    " ",
  ),
);
/** Past tenses after which a description's restrictive clause has ended: its sentence's verb. */
const MAIN_PASTS = new Set([
  "came",
  "went",
  "was",
  "were",
  "had",
  "gave",
  "spoke",
  "met",
  "arrived",
  "visited",
]);

/**
 * The last token of a lower-case object after an article at `article` ("an organisation", "the
 * consortium") and of a restrictive "that"/"who" clause after it, up to a comma or the
 * sentence's past-tense or speech verb; `before` (the description's end so far) when no such
 * noun follows.
 */
function commonObject(
  tokens: readonly Token[],
  owners: Map<number, EntityDraft>,
  article: number,
  end: number,
  before: number,
): number {
  let last = article;
  let k = article + 1;
  while (k < end && k - article <= 3) {
    const t = tokens[k] as Token;
    if (t.kind !== "word" || t.cap || owners.has(k) || PHRASE_BREAKS.has(t.norm) || SPEECH_VERBS.has(t.norm))
      break;
    if (MAIN_PASTS.has(t.norm) || (/[^e]ed$/.test(t.norm) && isVerbWord(t.norm))) break;
    last = k++;
  }
  if (last === article) return before;
  if (!["that", "who"].includes(tokens[k]?.norm ?? "")) return last;
  for (let j = k + 2; j < end && j - k <= 6; j++) {
    const t = tokens[j] as Token;
    // The clause ends before a comma or the sentence's own verb: "that clears mines came".
    if (t.text === "," || SPEECH_VERBS.has(t.norm) || MAIN_PASTS.has(t.norm) || /[^e]ed$/.test(t.norm))
      return tokens[j - 1]?.kind === "word" ? j - 1 : last;
    if (t.kind !== "word" || t.cap || owners.has(j)) return last;
  }
  return last;
}

/**
 * Whether the post noun at `k` is a person brought in by an indefinite article ("a senior
 * Asayish officer", "an army officer") and left unnamed: no name in apposition after it.
 * Words and bracketed marks (a redaction, "(b)(6)") may stand between the article and the noun.
 */
function unnamedIndefinite(doc: Doc, owners: Map<number, EntityDraft>, k: number): number | null {
  const { tokens } = doc;
  const sentence = tokens[k]?.sentence;
  let article = -1;
  let words = 0;
  for (let j = k - 1; j >= 0 && k - j <= 10; j--) {
    const t = tokens[j] as Token;
    if (t.sentence !== sentence || owners.get(j)?.type === "person") return null;
    if (t.norm === "a" || t.norm === "an") {
      article = j;
      break;
    }
    if (t.kind === "word") {
      if (++words > 4 || isVerbWord(t.norm) || t.norm === "the") return null;
    } else if (!["(", ")", "-"].includes(t.text) && t.kind !== "num") return null;
  }
  if (article < 0) return null;
  // "A ministry spokesman, Brigadier General Karwan Hiwa, ...": the name in apposition.
  if (tokens[k + 1]?.text === ",")
    for (let j = k + 2; j < k + 6; j++) if (owners.get(j)?.type === "person") return null;
  return article;
}

/**
 * The first unnamed person a sentence brings in by an indefinite post after its subject's start:
 * "PolOff met a senior (b)(6) Asayish officer in Erbil" gives "a senior (b)(6) Asayish officer".
 */
function indefinitePost(
  doc: Doc,
  owners: Map<number, EntityDraft>,
  start: number,
  end: number,
): Speaker | null {
  const { tokens } = doc;
  for (let k = start + 1; k < end && k - start < WINDOW; k++) {
    const t = tokens[k] as Token;
    // "Dr. Yousef remembers a young man who came in ...": a man or a woman brought in so.
    const post = ROLE_NOUNS.has(t.norm) || PEOPLE_NOUNS.has(t.norm);
    if (t.kind !== "word" || owners.has(k) || !post) continue;
    // "a police officer": the last noun of the compound.
    if (ROLE_NOUNS.has(tokens[k + 1]?.norm ?? "")) continue;
    if (["'s", "'", "’s", "’"].includes(tokens[k + 1]?.text ?? "")) continue;
    const article = unnamedIndefinite(doc, owners, k);
    if (article !== null && isVerbWord(tokens[article - 1]?.norm ?? ""))
      return { draft: null, name: spanText(doc, article, k).replace(/\s+/g, " ") };
  }
  return null;
}

/** Conjunctions joining a second clause to the first: "... and he says". */
const COORDINATORS = new Set(["and", "but"]);
/** Possessive determiners of a relative named by kinship: "my uncle", "her brother". */
const KIN_OWNERS = new Set(["my", "our", "his", "her", "their", "your"]);

/**
 * A relative named by kinship opening a sentence as its subject: "My uncle lives ...", "Her
 * older brother works ..." — the phrase, when it is followed by its verb.
 */
function kinSubject(doc: Doc, owners: Map<number, EntityDraft>, start: number, end: number): Speaker | null {
  const { tokens } = doc;
  let head = start + 1;
  // "The tea seller's brother came ...", "the dead man's widow": kin owned by an unnamed person
  // the article describes in lower-case words, a person of the kinship noun's gender.
  if (tokens[start]?.norm === "the") {
    let poss = start + 1;
    while (poss < start + 4 && tokens[poss]?.kind === "word" && !tokens[poss]?.cap && !owners.has(poss))
      poss++;
    if (poss === start + 1 || tokens[poss]?.kind !== "poss") return null;
    head = poss + 1;
  } else if (!KIN_OWNERS.has(tokens[start]?.norm ?? "")) return null;
  // One modifier: "my late uncle", "her older brother".
  if (!KIN.has(tokens[head]?.norm ?? "") && tokens[head]?.kind === "word" && !tokens[head]?.cap) head++;
  if (head >= end || !KIN.has(tokens[head]?.norm ?? "") || owners.has(head)) return null;
  const verb = tokens[head + 1];
  if (verb?.kind !== "word" || verb.cap || owners.has(head + 1)) return null;
  return { draft: null, name: spanText(doc, start, head) };
}

/** Owners of a post opening a sentence: "The prosecutor", "Our chairman", "the deputy governor". */
const POST_OWNERS = new Set(["the", "our", "my", "your", "his", "her", "their"]);

/**
 * A post held by one person opening a sentence as its subject, then its verb: "The prosecutor
 * asked ...", "Our chairman met ...". The post in the article's words; null for anything else.
 */
function postSubject(doc: Doc, owners: Map<number, EntityDraft>, start: number, end: number): Speaker | null {
  const { tokens } = doc;
  if (!POST_OWNERS.has(tokens[start]?.norm ?? "")) return null;
  let head = start + 1;
  // Up to two modifiers: "the deputy governor", "the defence lawyer".
  while (
    head < start + 3 &&
    !ROLE_NOUNS.has(tokens[head]?.norm ?? "") &&
    tokens[head]?.kind === "word" &&
    !tokens[head]?.cap
  )
    head++;
  const noun = tokens[head];
  if (head >= end || !noun || !ROLE_NOUNS.has(noun.norm) || noun.cap) return null;
  for (let k = start; k <= head + 1; k++) if (owners.has(k)) return null;
  const verb = tokens[head + 1];
  if (verb?.kind !== "word" || verb.cap || !/(?:ed|said|told|met|went|came|made|gave|took)$/.test(verb.norm))
    return null;
  // "Our correspondent met a senior customs officer": a person the sentence brings in after the verb
  // ("a"/"an", a post) is whom the next pronoun is about; "met the governor" names a known one.
  for (let k = head + 2; k < end; k++) {
    if (!ROLE_NOUNS.has(tokens[k]?.norm ?? "")) continue;
    for (let j = Math.max(head + 2, k - 3); j < k; j++) if (/^an?$/.test(tokens[j]?.norm ?? "")) return null;
  }
  return { draft: null, name: spanText(doc, start, head) };
}

/**
 * A name the entity step did not keep, opening a sentence with its description: "Umm Yasser, a
 * 34-year-old widow from Tal Afar, turned down ...".
 */
function namedSubject(
  doc: Doc,
  owners: Map<number, EntityDraft>,
  start: number,
  end: number,
): Speaker | null {
  const { tokens } = doc;
  // "Ashur Yaqub (Ashour Yacoub on his ID card) has fixed tyres ...": a name no entity holds,
  // its other spelling in brackets, then the verb: the sentence is about that person.
  let open = start + 1;
  while (open < Math.min(end, start + 5) && tokens[open]?.text !== "(") open++;
  if (tokens[open]?.text === "(" && tokens[open + 1]?.cap) {
    let close = open + 1;
    while (close < Math.min(end, open + 12) && tokens[close]?.text !== ")") close++;
    const verb = tokens[close + 1];
    const unowned = tokens.slice(start, open).every((_, i) => !owners.has(start + i));
    if (tokens[close]?.text === ")" && verb && !verb.cap && isVerbWord(verb.norm) && unowned)
      return namedPerson(doc, start, open - 1);
  }
  let comma = start + 1;
  while (comma < Math.min(end, start + 6) && tokens[comma]?.text !== ",") comma++;
  if (tokens[comma]?.text !== ",") return null;
  // "Umm Karrar, whose son was one of the nine, held up ...": a relative "who" speaks of a person.
  if (["who", "whose"].includes(tokens[comma + 1]?.norm ?? "")) {
    for (let k = start; k < comma; k++) if (owners.has(k) && owners.get(k)?.type !== "place") return null;
    return namedPerson(doc, start, comma - 1);
  }
  if (!["a", "an"].includes(tokens[comma + 1]?.norm ?? "")) return null;
  // A name taken for a place ("Umm Yasser", "Tal Afar") is a person when "a widow" describes it.
  for (let k = start; k < comma; k++) if (owners.has(k) && owners.get(k)?.type !== "place") return null;
  let described = false;
  for (let k = comma + 2; k < Math.min(end, comma + 9) && !described; k++) {
    const w = tokens[k]?.norm ?? "";
    described = ROLE_NOUNS.has(w) || OCCUPATION_NOUNS.has(w) || PEOPLE_NOUNS.has(w);
  }
  return described ? namedPerson(doc, start, comma - 1) : null;
}

/**
 * The names in a post's "of" phrase ("of Algeria", "of the 20th Division"): the words of the
 * places and organizations it names, lower case, which the holder's role must share.
 */
function ofWhom(
  tokens: readonly Token[],
  owners: Map<number, EntityDraft>,
  first: number,
  last: number,
): string[] {
  const words: string[] = [];
  for (let k = first; k <= last; k++) {
    const d = owners.get(k);
    if (d && d.type !== "person" && tokens[k]?.kind === "word") words.push(tokens[k]?.norm ?? "");
  }
  return words;
}

/** Prepositions that tie a role to its organization: "director of", "researcher at", "spokesman for". */
const ROLE_LINKS = new Set(["of", "at", "for", "with"]);

/**
 * The word before the name owned at token k and its "of the" ("Director of Operations of the
 * IOM" gives "Operations"; "Director of the IOM" gives "Director"): where a role would stand.
 */
function roleBefore(
  tokens: readonly Token[],
  owners: Map<number, EntityDraft>,
  k: number,
  start: number,
): number {
  const d = owners.get(k);
  let j = k;
  while (j > start && owners.get(j - 1) === d) j--;
  j--;
  // "a researcher at the Beirut-based Carnegie Middle East Center": past a few modifiers.
  for (let n = 0; n < 5 && j > start && !ROLE_LINKS.has(tokens[j]?.norm ?? ""); n++) {
    if (tokens[j]?.text === "," || (owners.has(j) && owners.get(j)?.type !== "place")) return -1;
    j--;
  }
  if (!ROLE_LINKS.has(tokens[j]?.norm ?? "")) return -1;
  j--;
  // "Director of Operations of the IOM": through a capitalised department to the role.
  if (tokens[j]?.cap && tokens[j - 1]?.norm === "of") j -= 2;
  return j;
}

/**
 * Whether the "and" at token k joins two capitalised words of a title's "of" complement
 * ("Director of Safety and Security"): the words from a capitalised head's "of" up to k are all
 * capitalised, and so is the word after "and".
 */
function inTitledComplement(tokens: readonly Token[], first: number, k: number): boolean {
  if (!tokens[k + 1]?.cap || tokens[k + 1]?.kind !== "word") return false;
  for (let j = k - 1; j > first; j--) {
    const t = tokens[j] as Token;
    if (t.norm === "of") return j < k - 1 && (tokens[j - 1]?.cap ?? false);
    if (t.kind !== "word" || !t.cap) return false;
  }
  return false;
}

const head0 = (tokens: readonly Token[], k: number) => tokens[k]?.norm ?? "";

/**
 * "a doctor at the Izmir Teaching and Research Hospital": an "and" inside the capitalised name
 * of an institution, after "the" and a preposition, and before the name's closing head word
 * ("Hospital", "University", "Centre"), joins the words of one name, not two sources.
 */
function inInstitutionName(tokens: readonly Token[], first: number, k: number): boolean {
  let j = k - 1;
  while (j > first && tokens[j]?.cap && tokens[j]?.kind === "word") j--;
  if (j === k - 1 || tokens[j]?.norm !== "the" || !PHRASE_PREPOSITIONS_ALL.has(tokens[j - 1]?.norm ?? ""))
    return false;
  let e = k + 1;
  while (tokens[e]?.cap && tokens[e]?.kind === "word" && e - k <= 4) e++;
  const closing = tokens[e - 1]?.norm ?? "";
  return e > k + 1 && (INSTITUTION_HEADS.has(closing) || ORG_HEADS.has(closing));
}

/** The nearest armed group mentioned before token k: what "the group" means. */
const ARMED_NAME =
  /\b(?:Units|Forces|Brigades?|Battalions?|Front|Army|Militias?|Resistance|Mobili[sz]ation|Guards?)\b/;

function lastGroupBefore(owners: Map<number, EntityDraft>, k: number): EntityDraft | null {
  let fallback: EntityDraft | null = null;
  for (let j = k - 1; j >= 0 && k - j < 200; j--) {
    const d = owners.get(j);
    if (d?.type !== "organization") continue;
    if (ARMED.has(d.lexicon?.kind ?? "")) return d;
    // "the Sinjar Resistance Units (YBS)": a group the lexicon does not know, armed by its name.
    if (!d.lexicon && ARMED_NAME.test(d.name)) return d;
    fallback ??= d;
  }
  return fallback;
}

/**
 * Speaker named by the noun phrase [first, last]: a person or organization mentioned in it,
 * a pronoun, "the group"/"the statement", or an anonymous source.
 */
/** Nouns of a relation to a person: kinship, and "relative", "friend", "neighbour". */
const RELATIONS = new Set([...KIN, "relative", "relatives", "friend", "neighbour", "neighbor", "colleague"]);

/**
 * "A relative of Khalil Ibrahim", "the brother of NAME": a noun of relation with its "of" names
 * someone else than the person after "of" — the phrase is the speaker, as "NAME's brother" is.
 * The phrase is an article or "one", at most one modifier, the noun, "of" and the name to `last`.
 */
function kinOf(doc: Doc, owners: Map<number, EntityDraft>, first: number, last: number): Speaker | null {
  const { tokens } = doc;
  if (!["a", "an", "the", "one"].includes(tokens[first]?.norm ?? "")) return null;
  let noun = first + 1;
  if (!RELATIONS.has(tokens[noun]?.norm ?? "") && tokens[noun]?.kind === "word" && !tokens[noun]?.cap) noun++;
  if (!RELATIONS.has(tokens[noun]?.norm ?? "") || tokens[noun + 1]?.norm !== "of") return null;
  const person = owners.get(noun + 2);
  if (person?.type !== "person" || owners.get(last) !== person) return null;
  for (let k = noun + 2; k <= last; k++) if (owners.get(k) !== person) return null;
  return { draft: null, name: spanText(doc, first, last).replace(/\s+/g, " ") };
}

/**
 * "a statement of the general command", "a statement by the governor's office": the phrase after
 * the preposition, the body that put the statement out, is who speaks.
 */
function statementOf(
  doc: Doc,
  owners: Map<number, EntityDraft>,
  first: number,
  last: number,
  memory: SpeakerMemory,
): Speaker | null {
  const { tokens } = doc;
  if (!["a", "an", "the"].includes(tokens[first]?.norm ?? "")) return null;
  if (!STATEMENT_NOUNS.has(tokens[first + 1]?.norm ?? "")) return null;
  if (!["of", "by", "from"].includes(tokens[first + 2]?.norm ?? "") || first + 3 > last) return null;
  return phraseSpeaker(doc, owners, first + 3, last, memory);
}

/** Sentences before a description's own that the person it describes is looked for in. */
const DESCRIBED_REACH = 2;

/**
 * "Megan Prosser, 31, was hurt in the blast … the former soldier told the paper that …": a
 * definite description by what a person once was ("the former soldier", "the former teacher")
 * tells more about someone already named, not of someone new (who would be "a former soldier").
 * It is the one person the sentences just before name; where they name none or several, the
 * description stays as written.
 */
function formerSelf(
  doc: Doc,
  owners: ReadonlyMap<number, EntityDraft>,
  first: number,
  last: number,
): EntityDraft | null {
  const { tokens } = doc;
  const head = tokens[last];
  if (last !== first + 2 || tokens[first]?.norm !== "the" || tokens[first + 1]?.norm !== "former")
    return null;
  if (head?.kind !== "word" || head.cap) return null;
  const sentence = tokens[first]?.sentence ?? -1;
  const people = new Set<EntityDraft>();
  for (let k = first - 1; k >= 0; k--) {
    const t = tokens[k] as Token;
    if (t.sentence >= 0 && t.sentence < sentence - DESCRIBED_REACH) break;
    const d = owners.get(k);
    if (d?.type === "person") people.add(d);
  }
  return people.size === 1 ? ([...people][0] ?? null) : null;
}

export function phraseSpeaker(
  doc: Doc,
  owners: Map<number, EntityDraft>,
  first: number,
  last: number,
  memory: SpeakerMemory,
): Speaker | null {
  const { tokens } = doc;
  // "the army on Wednesday", "Kurdish-led authorities have": the time and the auxiliary
  // before a speech verb are no part of who speaks.
  while (last > first && isSkipped(tokens[last])) last--;
  // "on May 27, when Kurdish forces said": the conjunction opening the clause is no part of it.
  while (first < last && SUBORDINATORS.has(tokens[first]?.norm ?? "") && !tokens[first]?.cap) first++;
  const when = timeBefore(tokens, last, first + 1);
  // "a detainee arrested on 28 September": the time of a participle describing the source is
  // part of the description, not of the saying.
  const timeOfParticiple = when > first && isDescribingParticiple(tokens[when - 1]);
  if (when > first && !timeOfParticiple) last = when - 1;
  // "Last week the interior ministry said": a time opening the sentence is no part of it either.
  const lead = timeAfter(tokens, first, last);
  if (lead > first && lead <= last && !tokens[lead - 1]?.cap && tokens[lead - 1]?.kind === "word")
    first = lead;
  // "Farhan's mother, Umm Farhan", "the victim's brother": the possessor of a noun of kinship
  // is not the one it names; the name in apposition is, else the phrase itself.
  for (let k = first + 1; k + 1 <= last; k++) {
    if (tokens[k]?.kind !== "poss" || !KIN.has(tokens[k + 1]?.norm ?? "")) continue;
    if (tokens[k + 2]?.text === "," && k + 3 <= last) {
      const named = owners.get(k + 3);
      if (named?.type === "person") return asSpeaker(named);
    }
    if (k + 1 === last) return { draft: null, name: spanText(doc, first, last).replace(/\s+/g, " ") };
    break;
  }
  const kin = kinOf(doc, owners, first, last);
  if (kin) return kin;
  // "His brother-in-law said", "the sister-in-law told us": a kin noun's "-in-law" compound is
  // a relative as the kin noun is, told in the article's words.
  if (
    tokens[last]?.norm === "law" &&
    tokens[last - 1]?.text === "-" &&
    tokens[last - 2]?.norm === "in" &&
    tokens[last - 3]?.text === "-" &&
    KIN.has(tokens[last - 4]?.norm ?? "") &&
    last - 4 >= first &&
    last - 4 <= first + 1
  )
    return { draft: null, name: spanText(doc, first, last).replace(/\s+/g, " ") };
  const desk = possessedDesk(doc, owners, first, last, memory);
  if (desk) return desk;
  const self = formerSelf(doc, owners, first, last);
  if (self) return asSpeaker(self);
  // "A statement of the Asayish general command asked ...": the statement's maker speaks.
  const maker = statementOf(doc, owners, first, last, memory);
  if (maker) return maker;
  // "The Embassy's reply of 20 February stated", "the ministry's statement said": what a body
  // said, named by its possessor, is that body's saying — the possessor speaks.
  let said = last;
  // "The FCDO's statement of 3 September", "the ministry's letter dated 4 June": the saying's
  // date after its noun is no part of who said it.
  for (let p = last - 1; p > first + 1 && last - p <= 4; p--) {
    if (!["of", "dated"].includes(tokens[p]?.norm ?? "")) continue;
    const dated = tokens.slice(p + 1, last + 1).every((t) => t.kind === "num" || isMonth(t));
    if (dated && tokens.slice(p + 1, last + 1).some(isMonth)) said = p - 1;
    break;
  }
  if (tokens[said]?.norm === "of" && said > first) said--;
  // "the Observatory's first post says": the saying's ordinal between possessor and noun.
  const ordinal = SAYING_ORDINALS.has(tokens[said - 1]?.norm ?? "") && tokens[said - 2]?.kind === "poss";
  const possessor = ordinal ? said - 2 : said - 1;
  if (
    possessor > first &&
    tokens[possessor]?.kind === "poss" &&
    (STATEMENT_NOUNS.has(tokens[said]?.norm ?? "") || SAID_THINGS.has(tokens[said]?.norm ?? ""))
  ) {
    const d = owners.get(possessor - 1);
    if (d && d.type !== "place") return asSpeaker(d);
    const body = d ? null : phraseSpeaker(doc, owners, first, possessor - 1, memory);
    if (body) return body;
  }
  // "Statements posted on Telegram channels affiliated with militia groups": an outlet's words
  // are those of the ones it is affiliated with.
  for (let k = first + 1; k < last - 1; k++) {
    const link =
      (tokens[k]?.norm === "affiliated" && tokens[k + 1]?.norm === "with") ||
      (tokens[k]?.norm === "linked" && tokens[k + 1]?.norm === "to");
    if (!link) continue;
    const outlet = tokens
      .slice(first, k)
      .some((t) =>
        [t.norm, t.norm.replace(/s$/, "")].some((w) => STATEMENT_NOUNS.has(w) || CHANNEL_NOUNS.has(w)),
      );
    if (outlet) return phraseSpeaker(doc, owners, k + 2, last, memory);
    break;
  }
  // "A Saudi official quoted by state media": where the source was quoted is no part of who it is.
  // "An officer quoted by state television": an article and a bare noun name no one; where the
  // officer was quoted is what tells the reader who it is, and stays.
  for (let k = first + 3; k < last; k++) {
    if (["quoted", "cited"].includes(tokens[k]?.norm ?? "") && tokens[k + 1]?.norm === "by") {
      last = k - 1;
      break;
    }
  }
  // "a government official who attended the meeting": the phrase the relative clause
  // describes speaks, kept with its clause in the article's words when it names no entity.
  for (let k = first + 2; k <= last; k++) {
    if (
      !["who", "whose"].includes(tokens[k]?.norm ?? "") ||
      isAcronym(tokens[k]) ||
      tokens[k - 1]?.kind !== "word"
    )
      continue;
    const described = phraseSpeaker(doc, owners, first, k - 1, memory);
    if (!described || described.draft) return described;
    // "who asked not to be named", "who spoke on condition of anonymity": why the source is
    // not named, not who it is.
    if (tokens.slice(k + 1, last + 1).some((t) => ANONYMITY.has(t.norm))) return described;
    // "two shopkeepers who spoke to our correspondent": how the writer heard the source, not
    // who it is.
    if (tokens[k]?.norm === "who" && SPOKE_TO.has(tokens[k + 1]?.norm ?? "")) return described;
    let from = first;
    if (tokens[from]?.norm === "the") from++;
    return { draft: null, name: spanText(doc, from, last).replace(/\s+/g, " ") };
  }
  // "the Syrian Democratic Forces (SDF)": the name before the brackets.
  if (tokens[last]?.text === ")") {
    while (last > first && tokens[last]?.text !== "(") last--;
    last--;
  }
  if (first > last) return null;
  const titled = titledName(doc, owners, first, last);
  if (titled) return titled;
  // "the Syrian Ministry of Defense's official Telegram channel": an account speaks for its owner.
  if (CHANNEL_NOUNS.has(tokens[last]?.norm ?? "")) {
    for (let k = last - 1; k > first; k--) {
      if (tokens[k]?.kind !== "poss") continue;
      const owner = owners.get(k - 1);
      if (owner && (owner.type === "organization" || owner.type === "person")) return asSpeaker(owner);
      break;
    }
  }
  // "the group and local residents": the first of two sources named together.
  for (let k = first + 1; k < last; k++) {
    if (tokens[k]?.norm !== "and") continue;
    // "The Director of Safety and Security", "the Minister of Trade and Industry": an "and"
    // between capitalised words of an office's "of" complement is inside the one title.
    if (inTitledComplement(tokens, first, k) || inInstitutionName(tokens, first, k)) continue;
    // "Kurdish and Iraqi officials": two modifiers of one plural source are one source.
    const modifier = tokens[first] as Token;
    if (
      k === first + 1 &&
      modifier.cap &&
      (owners.get(first)?.type ?? "place") === "place" &&
      tokens[k + 1]?.cap &&
      (ROLE_PLURALS.has(head0(tokens, last)) || isSourceNoun(head0(tokens, last))) &&
      /s$/.test(head0(tokens, last))
    )
      return { draft: null, name: spanText(doc, first, last).replace(/\s+/g, " ") };
    // "three Iraqi security officials and a border official told Levant Wire": sources counted,
    // then one more described, none named, are one group of sources, told in the article's words.
    if (
      COUNTED_SOURCES.has(tokens[first]?.norm ?? "") &&
      isSourceNoun(tokens[k - 1]?.norm ?? "") &&
      ["a", "an", "one"].includes(tokens[k + 1]?.norm ?? "") &&
      isSourceNoun(tokens[last]?.norm ?? "") &&
      !tokens.slice(first, last + 1).some((_t, i) => owners.get(first + i)?.type === "person") &&
      !tokens.slice(first, last + 1).some((t) => t.kind === "punct")
    )
      return { draft: null, name: spanText(doc, first, last).replace(/\s+/g, " ") };
    // "local police and clergy", "traders and officials": two unnamed groups, both told in plain
    // lower-case words, speak together, as the text gives them.
    const plainGroup = (a: number, b: number) =>
      b >= a &&
      tokens.slice(a, b + 1).every((t, i) => t.kind === "word" && !t.cap && !owners.has(a + i)) &&
      (IRREGULAR_PLURALS.has(tokens[b]?.norm ?? "") ||
        (isSourceNoun(tokens[b]?.norm ?? "") && /(?:s|clergy)$/.test(tokens[b]?.norm ?? "")));
    const determined = ["the", "a", "an", "his", "her", "their", "its"];
    if (
      plainGroup(first, k - 1) &&
      plainGroup(k + 1, last) &&
      !determined.includes(tokens[first]?.norm ?? "") &&
      !determined.includes(tokens[first - 1]?.norm ?? "")
    )
      return { draft: null, name: spanText(doc, first, last).replace(/\s+/g, " ") };
    // "a Britain-based war monitor and local activists": the first, named or not.
    const firstConjunct = phraseSpeaker(doc, owners, first, k - 1, memory);
    if (firstConjunct) return firstConjunct;
    break;
  }
  const head = tokens[last] as Token;
  if (first === last && (PRONOUNS.has(head.norm) || head.text === "I"))
    return memory.pronoun(head.norm, first);
  // "Dr Khoury, you wrote last year that ...": the one addressed by name just before "you".
  if (first === last && head.norm === "you" && tokens[first - 1]?.text === ",") {
    const addressed = owners.get(first - 2);
    if (addressed?.type === "person") return asSpeaker(addressed);
  }
  if (first === last && head.norm === "you") {
    const addressed = memory.addressee(first);
    if (addressed) return addressed;
  }
  // "His Excellency stressed ...": the man the release is about, as "he" would be.
  if (last === first + 1 && HONORIFICS.has(head.norm) && ["his", "her"].includes(tokens[first]?.norm ?? ""))
    return memory.pronoun(tokens[first]?.norm === "her" ? "she" : "he", first);
  // "Kerim said": a surname alone, left unowned, is the person named in full before.
  if (first === last && !owners.has(first)) {
    const part = memory.namePart(first);
    if (part) return asSpeaker(part);
    const named = memory.surname(first);
    if (named) return named;
  }
  // "a dignitary of the X tribe in Y", "an aide to NAME": an anonymous source, whoever it is near.
  // "our contact at the Asayish", "my source in the ministry": one source the writer has there
  // (a post, "our field officer in Zahle", may be named later and is left to the role search).
  const ours =
    ["our", "my"].includes(tokens[first]?.norm ?? "") &&
    !/s$/.test(tokens[first + 1]?.norm ?? "") &&
    !tokens.slice(first + 1, Math.min(last, first + 4)).some((t) => POSTS.has(t.norm));
  if (["a", "an"].includes(tokens[first]?.norm ?? "") || ours) {
    // "a Lebanese army officer in Hermel": the words of a body in the compound are no name.
    for (
      let k = first + 1;
      k <= Math.min(last, wordsAhead(tokens, first, 4)) && owners.get(k)?.type !== "person";
      k++
    ) {
      if (!SOURCE_NOUNS.has(tokens[k]?.norm ?? "") || k === last) continue;
      // "a Ministry of Interior official, Brigadier …": the "of" inside a body's name opens no
      // phrase describing the source.
      const body = owners.get(k);
      if (body?.type === "organization" && owners.get(k + 1) === body) continue;
      // "a border guard officer at the scene": the last noun of the compound.
      if (isSourceNoun(tokens[k + 1]?.norm ?? "") && k + 1 < last) continue;
      // "a prison official there": where the source is, said by an adverb of place.
      const placed = ["there", "here"].includes(tokens[k + 1]?.norm ?? "") && k + 1 === last;
      // "a source close to the talks", "an official familiar with the file".
      const described =
        SOURCE_ADJECTIVES.has(tokens[k + 1]?.norm ?? "") &&
        PHRASE_PREPOSITIONS_ALL.has(tokens[k + 2]?.norm ?? "");
      // "a shopkeeper two doors from the bank", "a resident 200 metres from the blast": how far
      // the source is from a place, as "near the bank" says where it is.
      const distant =
        (tokens[k + 1]?.kind === "num" || COUNT_WORDS.includes(tokens[k + 1]?.norm ?? "")) &&
        DISTANCE_NOUNS.has(tokens[k + 2]?.norm ?? "") &&
        ["from", "away"].includes(tokens[k + 3]?.norm ?? "");
      // "a nurse on the morning shift", "a shopkeeper on the same street": "on" and a definite
      // place or post after the source noun place the source as "in" does ("on Monday" was cut as
      // the time of the saying before).
      const on = tokens[k + 1]?.norm === "on" && ["the", "that", "this"].includes(tokens[k + 2]?.norm ?? "");
      if (
        PHRASE_PREPOSITIONS.has(tokens[k + 1]?.norm ?? "") ||
        tokens[k + 1]?.norm === "to" ||
        on ||
        placed ||
        described ||
        distant
      )
        return { draft: null, name: spanText(doc, first, last).replace(/\s+/g, " ") };
      break;
    }
  }
  let person: EntityDraft | null = null;
  let org: EntityDraft | null = null;
  for (let k = first; k <= last; k++) {
    const d = owners.get(k);
    if (d?.type === "person") person ??= d;
    if (d?.type === "organization") org ??= d;
  }
  if (person) return asSpeaker(courtesyNamesake(tokens, owners, first, last, person));
  const introduced = org ? null : bodyNamedInApposition(doc, owners, first, last);
  if (introduced) return asSpeaker(introduced);
  // "The Chair", "The Director of National Security": an office of a record's attendance list.
  if (tokens[first]?.norm === "the" && last > first && last - first <= 6) {
    const member = memory.office(first + 1, last);
    if (member) return member;
  }
  // "the commander of the army's 20th Division said": a person holding a post in the
  // organization, not the organization; the holder named before, else the post in its words.
  const roleNoun = tokens[first + 1]?.norm ?? "";
  if (
    tokens[first]?.norm === "the" &&
    POSTS.has(roleNoun) &&
    !tokens[first + 1]?.cap &&
    tokens[first + 2]?.norm === "of" &&
    last > first + 2
  )
    return (
      memory.role(roleNoun, first, ofWhom(tokens, owners, first + 3, last)) ??
      memory.namedLater(roleNoun, last) ?? {
        draft: null,
        name: spanText(doc, first + 1, last).replace(/\s+/g, " "),
      }
    );
  // "the U.S.-led coalition against Islamic State": the organization the phrase is about comes
  // before its prepositional phrase, whatever that names.
  for (let k = first; k < last; k++) {
    const d = owners.get(k);
    if (d?.type !== "organization" || owners.get(k + 1) === d) continue;
    // "The Civil Defence Directorate in Kirkuk", "the Asayish Command": a body's name and the
    // word for its office, which the name left out, are the body.
    const office = tokens[k + 1];
    if (
      office?.cap &&
      !owners.has(k + 1) &&
      OFFICE_HEADS.has(office.norm) &&
      (k + 1 === last || PHRASE_PREPOSITIONS.has(tokens[k + 2]?.norm ?? ""))
    )
      return asSpeaker(d);
    // "The Interior Ministry's office in al-Mayadin said", "the ministry's media office": the
    // office a body speaks through, placed or not, speaks for the body, not for the place.
    const owned = ownedOffice(tokens, k + 1);
    if (
      owned > 0 &&
      !owners.has(owned) &&
      (owned === last || PHRASE_PREPOSITIONS.has(tokens[owned + 1]?.norm ?? ""))
    )
      return asSpeaker(d);
    if (
      (PHRASE_PREPOSITIONS.has(tokens[k + 1]?.norm ?? "") || tokens[k + 1]?.norm === "against") &&
      owners.get(last) !== d
    )
      return asSpeaker(d);
    // "a Reuters tally of SDF statements": the organization's document, in the article's words.
    if (COUNTS.has(tokens[k + 1]?.norm ?? "") && PHRASE_PREPOSITIONS.has(tokens[k + 2]?.norm ?? "")) {
      const from = ["a", "an", "the"].includes(tokens[first]?.norm ?? "") ? first + 1 : first;
      return { ...asSpeaker(d), words: spanText(doc, from, last).replace(/\s+/g, " ") };
    }
    break;
  }
  const headOwner = owners.get(last);
  if (headOwner?.type === "organization") return asSpeaker(headOwner);
  if (org && (ROLE_PLURALS.has(head.norm) || ORG_SOURCES.has(head.norm))) {
    const from = tokens[first]?.norm === "the" ? first + 1 : first;
    return { ...asSpeaker(org), words: spanText(doc, from, last).replace(/\s+/g, " ") };
  }
  if (org && head.norm === "statement") return asSpeaker(org);
  // "the Syrian Observatory for Human Rights war monitor": the body named, then what it is.
  if (org && ORG_DESCRIPTORS.has(head.norm) && (owners.get(last - 1) === org || owners.get(last - 2) === org))
    return asSpeaker(org);
  if (head.norm === "group" && tokens[last - 1]?.norm === "the") {
    const group = lastGroupBefore(owners, first);
    return group ? asSpeaker(group) : null;
  }
  if (head.norm === "statement" || head.norm === "report")
    return (
      (head.norm === "statement" ? memory.statementMaker(first) : null) ??
      memory.lastOrganization() ??
      memory.author(first)
    );
  // "X wrote on Facebook that ... . ..., the post said": a social-media post is its writer's, the
  // one quoted just before (in this sentence or the one before), when that one is named.
  if (SOCIAL_POSTS.has(head.norm) && tokens[first]?.norm === "the" && last === first + 1) {
    const near = memory.lastNear(tokens[first]?.sentence ?? -1);
    if (near?.draft) return near;
  }
  // "According to Enab Baladi, gunmen ... . The two were freed ..., the outlet reported": a bare
  // noun for a news outlet is the organization quoted just before (in this sentence or the one
  // before), as "the post" is its writer's.
  if (MEDIA_NOUNS.has(head.norm) && tokens[first]?.norm === "the" && last === first + 1) {
    const near = memory.lastNear(tokens[first]?.sentence ?? -1);
    if (near?.draft?.type === "organization") return near;
  }
  // "the paper reports", "The Anbar paper adds": the newspaper the passage summarises.
  if (PERIODICALS.has(head.norm) && tokens[first]?.norm === "the" && last - first <= 2) {
    const paper = memory.publication(first);
    if (paper) return paper;
  }
  // "The decision states that ...", "according to the ruling": a court's decision speaks for the
  // court that gave it, the court named last before.
  if (
    RULINGS.has(head.norm) &&
    ["the", "this", "that"].includes(tokens[first]?.norm ?? "") &&
    last - first <= 2
  ) {
    const court = memory.courtBefore(first);
    if (court) return court;
  }
  // "the memo says": the one who signed it, else the document in the article's words.
  if (
    WRITINGS.has(head.norm) &&
    ["the", "this", "that"].includes(tokens[first]?.norm ?? "") &&
    last - first <= 3
  )
    return memory.writer(first) ?? { draft: null, name: spanText(doc, first, last).replace(/\s+/g, " ") };
  const based = basedBody(doc, owners, first, last);
  if (based) return asSpeaker(based);
  // "Her brother, NAME, said ... Paragraphs on, her brother said ...": a kinship noun owned by a
  // pronoun is the relative the article introduced so, when it introduced one only.
  if (
    ["his", "her", "their"].includes(tokens[first]?.norm ?? "") &&
    last === first + 1 &&
    KIN.has(head.norm)
  ) {
    const kin = kinAppositive(doc, owners, first, head.norm, true);
    if (kin) return asSpeaker(kin);
  }
  if (tokens[first]?.norm === "the" && last === first + 1) {
    // "His son, NAME, told ... 'We heard shots,' the son said": the kin the appositive named.
    const kin = KIN.has(head.norm) ? kinAppositive(doc, owners, first, head.norm) : null;
    if (kin) return asSpeaker(kin);
    const same = memory.sameHead(head.norm, first);
    if (same) return same;
    const described = appositiveBody(doc, owners, first, head);
    if (described) return asSpeaker(described);
    // "..., the Oslo-based organisation said. ..., the organisation said": a body's common noun
    // alone is the organization quoted in this sentence or the one before.
    // "..., the Observatory said. ..., the monitor said": so is the noun for what a monitoring
    // body is.
    if ((PLAIN_BODY_NOUNS.has(head.norm) || WATCHING_BODIES.has(head.norm)) && !head.cap) {
      const near = memory.lastNear(tokens[first]?.sentence ?? -1);
      if (near?.draft?.type === "organization") return near;
    }
    // A post the role search reads ("the judge") is left to it: its holder may be titled otherwise.
    // "Hajji Sabah ... As the Hajji says": an honorific is capitalised with "the" as before a name.
    const titled =
      (head.cap && !TITLES.has(head.norm)) || ROLE_NOUNS.has(head.norm)
        ? null
        : memory.titled(head.norm, first, head.cap);
    if (titled) return titled;
    // "The Commission recommends ...", pages after the report named the High Commission: a
    // capitalised institution's head with "the" is the short name of a body, the one named with
    // that word however far back, else the body by its short name.
    if (head.cap && INSTITUTION_HEADS.has(head.norm))
      return memory.bodyNamed(head.norm, first) ?? { draft: null, name: spanText(doc, first, last) };
  }
  // "the spokesman", "the national security adviser", "the monitor's director".
  // "the Secretary-General", "the co-chair": the post is the whole hyphenated word.
  let from = last;
  while (
    from - 2 > first &&
    tokens[from - 1]?.text === "-" &&
    !tokens[from - 1]?.space &&
    !tokens[from]?.space
  )
    from -= 2;
  if (tokens[first]?.norm === "the" && ROLE_NOUNS.has(head.norm) && from - first <= 4) {
    const national = nationalHolder(doc, owners, first, from);
    if (national) return national;
    const post = from < last ? spanText(doc, from, last).toLowerCase().replace(/\s+/g, "") : head.norm;
    // "the regiment's investigating officer": a post a possessor gives to its own body is that
    // body's post; a general named before is an officer by rank, not the holder of that post.
    const owned = tokens.slice(first + 1, from).some((t) => t.kind === "poss");
    const holder = memory.role(post, first, [], !owned);
    if (holder) return holder;
  }
  // "A security official in Mosul": the source noun comes before its prepositional phrase.
  // "the interrogation of the detainees" is no source: what follows a preposition is not the head.
  let source = false;
  let described = false;
  let sourceNoun = head.norm;
  for (let k = first; k < last && !source; k++) {
    // "The officer there said", "the staff here say": a place adverb after the noun places the
    // source as a prepositional phrase does.
    const placed = k + 1 === last && ["there", "here"].includes(tokens[last]?.norm ?? "");
    // "Syrian army units near al-Tanf said": "near" places a source noun as "in" does.
    const near = tokens[k + 1]?.norm === "near" && isSourceNoun(tokens[k]?.norm ?? "");
    const after =
      PHRASE_PREPOSITIONS.has(tokens[k + 1]?.norm ?? "") ||
      participlePhrase(tokens, k + 1) ||
      (isSourceNoun(tokens[k]?.norm ?? "") && presentParticiplePhrase(tokens, k + 1)) ||
      placed ||
      near;
    // "The office of the prime minister said": an institution's common noun before its owner.
    // "The mayor's office in Sinune said": after a possessor, the noun is the phrase's head too.
    const possessed = isPossessive(tokens[k - 1]) && k - first <= 5;
    const institution =
      INSTITUTION_HEADS.has(tokens[k]?.norm ?? "") && !tokens[k]?.cap && (k === first + 1 || possessed);
    if (after && (isSourceNoun(tokens[k]?.norm ?? "") || institution)) {
      source = true;
      sourceNoun = tokens[k]?.norm ?? "";
    }
    if (after && k > first) described = true;
    // "works in the camp hospital" (after "who"): a verb and its place, no source, whatever
    // the place's head is.
    const lead = tokens[k] as Token;
    if (
      after &&
      k === first &&
      !lead.cap &&
      !source &&
      lead.kind === "word" &&
      !DETERMINERS_OPENING.has(lead.norm)
    )
      described = true;
    if (after) break;
  }
  if (!described) source ||= isSourceNoun(head.norm) || (INSTITUTION_HEADS.has(head.norm) && !head.cap);
  // "Member States assess", "one Member State reported": the states of an international body,
  // left unnamed as reports to and by it leave them, are sources as officials are.
  if (!described && MEMBER_HEADS.has(head.norm) && tokens[last - 1]?.norm === "member") source = true;
  if (!source)
    return namedPerson(doc, first, last) ?? definedParty(doc, first, last) ?? namedBody(doc, first, last);
  // "Our protection officer in Baalbek said ...", "The officer, Rima Haddad, ...": one post
  // holder, named later in apposition to the same post.
  // "The deputy governor said ...", "The governor, NAME, ...": a deputy's post is another post.
  const changed = tokens.slice(first, last + 1).some((t) => POST_CHANGERS.has(t.norm));
  if (POSTS.has(sourceNoun) && !changed) {
    const named = memory.namedLater(sourceNoun, last);
    if (named) return named;
  }
  // "the new authorities", "the interior ministry": a description, named without its article;
  // a bare "the source" stays as written. A possessive stays: "its representative in London" is
  // the representative of the body just named, whom "representative in London" no longer says,
  // as "its spokesman" (kept whole, being short) says whose spokesman.
  if (tokens[first]?.norm === "the" && last - first >= 2) first++;
  const text = spanText(doc, first, last).replace(/\s+/g, " ");
  const body = spokespersonBody(tokens, owners, first, last) ?? previousSubjectBody(doc, owners, first, last);
  if (body) return { ...asSpeaker(body), words: text };
  return { draft: null, name: text };
}

/**
 * "The Foreign Office advises against all travel to Syria. A spokesperson said it was ...": a bare
 * "a spokesperson" opening the sentence right after one whose subject is a named body, in the same
 * paragraph, speaks for that body, as "its spokesperson" would. After a sentence about anyone else
 * ("Gunmen attacked the post. A spokesman said ...") whose spokesman it is stays unsaid.
 */
function previousSubjectBody(
  doc: Doc,
  owners: ReadonlyMap<number, EntityDraft>,
  first: number,
  last: number,
): EntityDraft | null {
  const { tokens } = doc;
  if (last !== first + 1 || !["a", "an"].includes(tokens[first]?.norm ?? "")) return null;
  if (!SPOKES_NOUNS.has(tokens[last]?.norm ?? "")) return null;
  const here = doc.sentences[tokens[first]?.sentence ?? -1];
  const before = doc.sentences[(tokens[first]?.sentence ?? 0) - 1];
  if (!here || !before || here.tokenStart !== first || (tokens[first]?.breaks ?? 0) > 0) return null;
  const k = tokens[before.tokenStart]?.norm === "the" ? before.tokenStart + 1 : before.tokenStart;
  const subject = owners.get(k);
  return subject?.type === "organization" && owners.get(k - 1) !== subject ? subject : null;
}

/** Courtesy titles and the gender they state: "Mrs Pryce" is a woman. */
const COURTESY_GENDER: Record<string, "male" | "female"> = {
  mr: "male",
  mrs: "female",
  ms: "female",
  miss: "female",
};

/**
 * "His wife, Siân Pryce, said ... Mrs Pryce said she had asked him not to go": a courtesy title
 * before a family name two people of the article share says which of them is meant. When the
 * person the name was read as is not known to be of the title's gender and exactly one namesake
 * is, that namesake speaks.
 */
function courtesyNamesake(
  tokens: readonly Token[],
  owners: ReadonlyMap<number, EntityDraft>,
  first: number,
  last: number,
  person: EntityDraft,
): EntityDraft {
  const gender = COURTESY_GENDER[tokens[first]?.norm ?? ""];
  if (!gender || person.gender === gender || last <= first) return person;
  // The whole family name written after the title: "Mr Khudeda Murad" is no "Elias Qasim Murad".
  const written = tokens
    .slice(first + 1, last + 1)
    .map((t) => t.norm)
    .join(" ");
  const bears = (d: EntityDraft) => ` ${d.name.toLowerCase().replace(/\s+/g, " ")}`.endsWith(` ${written}`);
  const namesakes = new Set(
    [...owners.values()].filter(
      (d) => d !== person && d.type === "person" && d.gender === gender && bears(d),
    ),
  );
  return namesakes.size === 1 ? ([...namesakes][0] as EntityDraft) : person;
}

/** Common nouns a text describes a named body by: "the Oslo-based organisation", "the charity". */
const BODY_DESCRIPTIONS = new Set([
  "organisation",
  "organization",
  "charity",
  "group",
  "agency",
  "monitor",
  "ngo",
]);

/** Those of them no other reading takes ("the group", "the monitor", "the agency" have theirs). */
const PLAIN_BODY_NOUNS = new Set(["organisation", "organization", "charity", "ngo"]);

/**
 * "Gunmen fired on a vehicle of Norwegian People's Aid ..., the Oslo-based organisation said":
 * "the X-based" and a common noun of bodies describe a body, not name one; it is the one
 * organization the sentence named before it. With none or two, the description stays as written.
 */
function basedBody(
  doc: Doc,
  owners: ReadonlyMap<number, EntityDraft>,
  first: number,
  last: number,
): EntityDraft | null {
  const { tokens } = doc;
  if (tokens[first]?.norm !== "the" || last !== first + 4) return null;
  if (!BODY_DESCRIPTIONS.has(tokens[last]?.norm ?? "") || tokens[last]?.cap) return null;
  if (!tokens[first + 1]?.cap || tokens[first + 2]?.text !== "-" || tokens[first + 3]?.norm !== "based")
    return null;
  const sentence = doc.sentences[tokens[first]?.sentence ?? -1];
  if (!sentence) return null;
  const bodies = new Set<EntityDraft>();
  for (let k = sentence.tokenStart; k < first; k++) {
    const d = owners.get(k);
    if (d?.type === "organization") bodies.add(d);
  }
  return bodies.size === 1 ? ([...bodies][0] ?? null) : null;
}

/** How far back (in tokens) a body described by an appositive is looked for. */
const APPOSITIVE_REACH = 200;

/** Nouns of a business that a later "the company" or "the firm" may take up: "X, a Basra contractor". */
const BUSINESS_NOUNS = new Set(["company", "firm", "contractor", "business"]);

/**
 * "The Asayish, the internal security force in the region, said … According to the force, …":
 * "the force" refers back to the body an appositive described with that noun, the nearest one
 * before it. The appositive opens with "the" right after the body's name and its comma, its
 * noun in lower case within a few words ("the internal security force"); a body no appositive
 * described so ("the police force" of no named force) is not found.
 * "Kirkuk Haulage, a family firm that ... . The company said ...": an appositive that brings the
 * body in with "a" or "an" is taken up so too, and a business by any of its nouns.
 */
function appositiveBody(
  doc: Doc,
  owners: ReadonlyMap<number, EntityDraft>,
  first: number,
  head: Token,
): EntityDraft | null {
  if (head.cap || head.kind !== "word") return null;
  const { tokens } = doc;
  for (let k = first - 1; k > 2 && first - k <= APPOSITIVE_REACH; k--) {
    const t = tokens[k] as Token;
    const business = BUSINESS_NOUNS.has(t.norm) && BUSINESS_NOUNS.has(head.norm);
    if ((t.norm !== head.norm && !business) || t.cap || owners.has(k)) continue;
    // The appositive's "the" a few words before the noun, then the comma, then the body.
    for (let a = k - 1; a >= k - 4 && a > 1; a--) {
      const w = tokens[a] as Token;
      // "a Kampala firm", "the Tartus port company": a place's name may describe the body too.
      const named = owners.get(a);
      if (w.kind !== "word" || (named && named.type !== "place")) break;
      if (w.norm !== "the" && w.norm !== "a" && w.norm !== "an") continue;
      const body = owners.get(a - 2);
      if (tokens[a - 1]?.text === "," && body?.type === "organization") return body;
      break;
    }
  }
  return null;
}

/** How many sentences on a body described by a common noun may be named in apposition to it. */
const APPOSITION_NAMING_REACH = 3;

/**
 * "..., the Dutch charity running the clinic said. ... said the charity, the Hope Relief Fund.":
 * a body described by its common noun ("the charity", "the Lisbon firm that built it") is the
 * organization named in apposition to "the" + that noun, right after the description or a few
 * sentences on, as a lead names its source by what it is and the next sentence by its name.
 */
function bodyNamedInApposition(
  doc: Doc,
  owners: ReadonlyMap<number, EntityDraft>,
  first: number,
  last: number,
): EntityDraft | null {
  const { tokens } = doc;
  if (tokens[first]?.norm !== "the") return null;
  let noun = -1;
  for (let k = first + 1; k <= Math.min(last, first + 4); k++) {
    const t = tokens[k] as Token;
    if (owners.has(k) && owners.get(k)?.type !== "place") return null;
    if (t.kind !== "word") return null;
    if (!t.cap && (PLAIN_BODY_NOUNS.has(t.norm) || BUSINESS_NOUNS.has(t.norm))) {
      noun = k;
      break;
    }
  }
  if (noun < 0) return null;
  const norm = tokens[noun]?.norm ?? "";
  const sentence = tokens[first]?.sentence ?? -1;
  for (let k = noun; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.sentence - sentence > APPOSITION_NAMING_REACH) break;
    if (t.norm !== norm || t.cap || tokens[k - 1]?.norm !== "the" || tokens[k + 1]?.text !== ",") continue;
    let j = k + 2;
    if (tokens[j]?.norm === "the" && !owners.has(j)) j++;
    const body = owners.get(j);
    if (body?.type === "organization" && owners.get(j - 1) !== body) return body;
  }
  return null;
}

/** Nouns of the one who speaks for a body by office, unnamed: "a MAG spokesperson". */
const SPOKES_NOUNS = new Set(["spokesman", "spokeswoman", "spokesperson"]);

/**
 * "A MAG spokesperson said", "an SDF spokesman told": an unnamed spokesperson, the body's name
 * written right before the noun, speaks for that body (its words stay the speaker's name, the
 * body is the entity it links to). A spokesperson of no named body ("a police spokesman"), and
 * one whose name follows ("A MAG spokesperson, Ann Lee, said") found before this, are not read so.
 */
function spokespersonBody(
  tokens: readonly Token[],
  owners: ReadonlyMap<number, EntityDraft>,
  first: number,
  last: number,
): EntityDraft | null {
  if (!SPOKES_NOUNS.has(tokens[last]?.norm ?? "") || !["a", "an"].includes(tokens[first]?.norm ?? ""))
    return null;
  if (last - first < 2) return null;
  const body = owners.get(first + 1);
  if (body?.type !== "organization") return null;
  for (let k = first + 1; k < last; k++) if (owners.get(k) !== body) return null;
  return body;
}

/** Verbs of a head line crediting the text's writer ("Answered by:", "Posted by"). */
const SIGNING_VERBS = new Set(["answered", "posted", "written"]);
/** Sentences of an article's head where such a line is looked for. */
const HEAD_SENTENCES = 12;

/** How far back (in tokens) a nationality's holder of a post is looked for. */
const NATIONAL_REACH = 400;

/**
 * "his Jordanian counterpart, Nasser el-Rawashdeh … According to the Jordanian minister, …": a
 * post qualified by a nationality ("the Jordanian minister") is the person named before right
 * after that nationality's adjective and a post ("Jordanian counterpart, NAME", "Jordanian Foreign
 * Minister NAME"), not the last minister named, who may be of the other side.
 */
function nationalHolder(
  doc: Doc,
  owners: Map<number, EntityDraft>,
  first: number,
  head: number,
): Speaker | null {
  const { tokens } = doc;
  const adjective = tokens
    .slice(first + 1, head)
    .findIndex(
      (t, i) => t.cap && owners.get(first + 1 + i)?.type === "place" && /(?:an|ian|i|ish|ese)$/.test(t.norm),
    );
  if (adjective < 0) return null;
  const word = tokens[first + 1 + adjective]?.norm ?? "";
  for (let k = first - 1; k >= 0 && first - k <= NATIONAL_REACH; k--) {
    if (tokens[k]?.norm !== word) continue;
    // The adjective, then the post's words (no verb, no stop), then the name, or a comma and it.
    for (let n = k + 1; n <= k + 5; n++) {
      const t = tokens[n];
      if (!t || (t.kind === "punct" && t.text !== ",") || isVerbWord(t.norm)) break;
      const d = owners.get(n);
      if (d?.type === "person") return asSpeaker(d);
      if (
        t.text === "," &&
        !(ROLE_NOUNS.has(tokens[n - 1]?.norm ?? "") || COUNTERPARTS.has(tokens[n - 1]?.norm ?? ""))
      )
        break;
    }
  }
  return null;
}
/** Words for one who holds the same post on the other side. */
const COUNTERPARTS = new Set(["counterpart", "counterparts", "opposite", "equivalent"]);

/**
 * "Acting Under Secretary for Terrorism and Financial Intelligence Marcus Lindqvist": a title of
 * capitalised words, itself holding "and" and "for", written straight before a name. The name
 * starts at its given name and runs to the phrase's end; the title before it is the post.
 */
function titledName(doc: Doc, owners: Map<number, EntityDraft>, first: number, last: number): Speaker | null {
  const { tokens } = doc;
  if (!tokens[first]?.cap || tokens[first]?.kind !== "word") return null;
  const isTitle = (t: Token | undefined) => t?.cap === true && (ROLE_NOUNS.has(t.norm) || TITLES.has(t.norm));
  // The first given name after the title: "Ali Jasim Hassan" is all name, given names all.
  for (let k = Math.max(first + 1, last - 5); k < last; k++) {
    const t = tokens[k] as Token;
    if (t.kind !== "word" || !t.cap || !givenName(t.norm) || isTitle(t)) continue;
    // The title: capitalised words and the joiners of a name, holding a post's noun.
    const title = tokens.slice(first, k);
    if (!title.some(isTitle) || title.some((w) => w.kind !== "word" || (!w.cap && !NAME_JOINERS.has(w.norm))))
      return null;
    const name = tokens.slice(k, last + 1);
    if (name.some((w) => w.kind !== "word" && !(w.text === "-" && !w.space))) return null;
    if (name.some((w) => w.kind === "word" && (isTitle(w) || NOT_NAME_WORDS.has(w.norm)))) return null;
    const person = owners.get(k);
    if (person?.type === "person" && owners.get(last) === person) return asSpeaker(person);
    return { draft: null, name: spanText(doc, k, last) };
  }
  return null;
}

/**
 * "CC-1 replied": a party an indictment or contract named earlier by a term it defined in
 * brackets ('Co-Conspirator 1 ("CC-1")'), written the same way.
 */
function definedParty(doc: Doc, first: number, last: number): Speaker | null {
  const { tokens } = doc;
  if (last - first > 3 || !tokens.slice(first, last + 1).some((t) => t.upper || t.kind === "num"))
    return null;
  const term = spanText(doc, first, last);
  const at = definedTerms(doc).get(term);
  return at !== undefined && at < first ? { draft: null, name: term } : null;
}

/** The terms a document defines in brackets and quotation marks, by text, at their first definition. */
const DEFINED = new WeakMap<Doc, Map<string, number>>();
function definedTerms(doc: Doc): Map<string, number> {
  const known = DEFINED.get(doc);
  if (known) return known;
  const { tokens } = doc;
  const terms = new Map<string, number>();
  for (let k = 2; k < tokens.length; k++) {
    if (tokens[k - 2]?.text !== "(" || !QUOTE_MARK_TEXTS.has(tokens[k - 1]?.text ?? "")) continue;
    for (let end = k + 1; end < Math.min(tokens.length - 1, k + 5); end++) {
      if (!QUOTE_MARK_TEXTS.has(tokens[end]?.text ?? "")) continue;
      if (tokens[end + 1]?.text === ")") {
        const term = spanText(doc, k, end - 1);
        if (!terms.has(term)) terms.set(term, k);
      }
      break;
    }
  }
  DEFINED.set(doc, terms);
  return terms;
}

/**
 * A name the entity step did not keep ("said Umm Khaled, a widow"): two to four capitalised
 * words, hyphenated particles allowed ("Abu al-Fadl"), and nothing else in the phrase.
 */
function namedPerson(doc: Doc, first: number, last: number): Speaker | null {
  const { tokens } = doc;
  // "Deputy Minister of Migration and Displaced Ahmed Hashim al-Zaidi": the name starts at its
  // given name, not at a capitalised word of the title before it.
  for (let k = first + 1; k < last && k - first < 3; k++) {
    if (!GIVEN_NAMES.has(tokens[k]?.norm ?? "") || GIVEN_NAMES.has(tokens[first]?.norm ?? "")) continue;
    if (NAME_PARTICLES.has(tokens[first]?.norm ?? "")) break;
    if (tokens.slice(k + 1, last + 1).filter((t) => t.cap).length >= 1) first = k;
    break;
  }
  let words = 0;
  for (let k = first; k <= last; k++) {
    const t = tokens[k] as Token;
    if (t.text === "-" && !t.space) continue;
    if (t.kind !== "word") return null;
    const particle = NAME_PARTICLES.has(t.norm) && tokens[k + 1]?.text === "-";
    if (!t.cap && !particle) return null;
    if (NOT_NAME_WORDS.has(t.norm) || ROLE_NOUNS.has(t.norm) || TITLES.has(t.norm)) return null;
    if (t.cap) words++;
  }
  return words >= 2 && words <= 4 ? { draft: null, name: spanText(doc, first, last) } : null;
}

/**
 * "The SDF commander contradicted ...", "the ministry rejected ...": a lowercase word in -ed right
 * after a role noun or a name is the clause's verb, whatever the word lists know of it.
 */
function pastAfterHead(tokens: readonly Token[], owners: Map<number, EntityDraft>, k: number): boolean {
  const t = tokens[k];
  const before = tokens[k - 1];
  if (!t || !before || t.cap || t.kind !== "word" || !/[^e]ed$/.test(t.norm)) return false;
  // "The suspect retracted his statement": a party to a case is a head as a post is.
  return (
    ROLE_NOUNS.has(before.norm) ||
    CASE_PARTY_HEADS.has(before.norm) ||
    // "a second man pointed a rifle at me and said": any source noun heads its subject.
    isSourceNoun(before.norm) ||
    (owners.has(k - 1) && !owners.has(k))
  );
}

const CASE_PARTY_HEADS = new Set([...CASE_PARTIES, "defendant", "defendants", "plaintiff", "claimant"]);

/** "The defendant, who …, denied": a sentence's subject that is a bare definite party to a case. */
function caseParty(doc: Doc, from: number, end: number): Speaker | null {
  const { tokens } = doc;
  // "4. The defendant …": a numbered paragraph's number stands before its subject.
  let start = from;
  while (start < end && (tokens[start]?.kind === "num" || tokens[start]?.text === ".")) start++;
  const head = tokens[start + 1];
  if (tokens[start]?.norm !== "the" || !head || start + 1 >= end) return null;
  if (!CASE_PARTY_HEADS.has(head.norm) || /s$/.test(head.norm)) return null;
  const after = tokens[start + 2];
  if (!after || (after.text !== "," && (after.kind !== "word" || after.cap))) return null;
  return { draft: null, name: spanText(doc, start, start + 1) };
}

/** Words after which a verb-like word is a noun ("the camp administration", "its fighters"). */
const NOUN_CONTEXT = new Set("the a an its his her their our of in at for from with to".split(" "));

/**
 * The subject of the clause a verb at v belongs to, read from the sentence start (`start`,
 * after discourse words): the phrase before its first comma or verb ("A Turkish defence
 * official, speaking at a briefing, contradicted the mayor, saying ...", "Jordan's military
 * did not confirm the strikes but said ...").
 */
const INTRODUCING = new Set([
  "in",
  "on",
  "at",
  "during",
  "after",
  "before",
  "through",
  "via",
  // "When I stopped, a second man ... said": an adverbial clause before the subject.
  "when",
  "while",
  "once",
  "as",
  "although",
  "though",
  "because",
  "until",
]);
/** Whether the word at k is the verb of a clause whose subject comes before it. */
function clauseVerb(tokens: readonly Token[], owners: Map<number, EntityDraft>, k: number): boolean {
  const t = tokens[k] as Token;
  return (
    !owners.has(k) &&
    t.kind === "word" &&
    !t.cap &&
    (isVerbWord(t.norm) ||
      SPEECH_VERBS.has(t.norm) ||
      APPEAL_VERBS.has(t.norm) ||
      pastAfterHead(tokens, owners, k)) &&
    !NOUN_CONTEXT.has(tokens[k - 1]?.norm ?? "")
  );
}

export function clauseSubject(
  doc: Doc,
  owners: Map<number, EntityDraft>,
  start: number,
  v: number,
  memory: SpeakerMemory,
): Speaker | null {
  const { tokens } = doc;
  start = clauseStart(tokens, start, v);
  // "In a post on Facebook, NAME wrote ..., and called on ...": an opening adverbial phrase up
  // to its comma stands before the subject.
  if (INTRODUCING.has(tokens[start]?.norm ?? "") && !tokens[start]?.upper) {
    const opened = start;
    for (let k = start + 2; k < Math.min(v - 1, start + 12); k++) {
      const t = tokens[k] as Token;
      if (t.text !== ",") continue;
      if (!tokens.slice(start, k).some((x) => SPEECH_VERBS.has(x.norm))) start = k + 1;
      break;
    }
    // "At the checkpoint at the dam the lieutenant took our names and said ...": with no comma,
    // the fronted phrase ends at its noun and the article after it opens the subject — looked
    // for before the clause's first verb only.
    if (start === opened) {
      let verb = start + 1;
      while (verb < v && !(tokens[verb]?.kind === "word" && clauseVerb(tokens, owners, verb))) verb++;
      start = afterFrontedPhrase(tokens, start, verb);
    }
  }
  let end = start;
  while (end < v - 1 && end - start < 10) {
    const t = tokens[end] as Token;
    if (
      t.text === "," ||
      // "A nurse with the Red Crescent who works in the clinic contradicted him": the relative
      // clause is not part of the subject.
      (end > start && ["who", "which", "whose"].includes(t.norm) && !isAcronym(t)) ||
      (end > start && clauseVerb(tokens, owners, end))
    )
      break;
    end++;
  }
  if (end > start) {
    const phrase = phraseSpeaker(doc, owners, start, end - 1, memory);
    // "The Command's deputy commander, Major General NAME, called him ... and said": the name in
    // apposition after the post is who the post is.
    if (phrase && !phrase.draft && tokens[end]?.text === ",") {
      for (let k = end + 1; k < v && k <= end + 6; k++) {
        const d = owners.get(k);
        if (tokens[k]?.text === ",") break;
        if (d?.type !== "person") continue;
        let after = k;
        while (owners.get(after + 1) === d) after++;
        if (tokens[after + 1]?.text === ",") return asSpeaker(d);
        break;
      }
    }
    return phrase;
  }
  return null;
}

/** Whether a token is a full stop ending a sentence the splitter kept whole ("No. A nurse ..."). */
const isStop = (tokens: readonly Token[], k: number) =>
  tokens[k]?.text === "." && !(tokens[k]?.space === false && TITLES.has(tokens[k - 1]?.norm ?? ""));

/**
 * Where the clause holding token v starts, from its sentence's start: after a speaker's label
 * ("CORRESPONDENT: ", "PRESENTER (Name): ") and after a full stop the splitter did not split at.
 */
export function clauseStart(tokens: readonly Token[], start: number, v: number): number {
  let from = start;
  for (let k = start; k < v && k - start < 8; k++) {
    if (tokens[k]?.text !== ":") continue;
    const label = tokens
      .slice(start, k)
      .every((t) => t.kind !== "word" || t.upper || (t.cap && tokens[start]?.upper));
    if (label) from = k + 1;
    break;
  }
  // "DÜSSELDORF — A Yazidi woman ... told": a dateline in capitals before a dash opens no clause.
  for (let k = from + 1; k < v && k - from < 8; k++) {
    if (tokens[k]?.text !== "—" && tokens[k]?.text !== "–") continue;
    const dateline = tokens.slice(from, k).every((t) => t.kind !== "word" || t.upper);
    if (dateline) from = k + 1;
    break;
  }
  for (let k = Math.max(from, v - 40); k < v; k++) if (isStop(tokens, k)) from = k + 1;
  return from;
}

/** A past participle that can describe a noun: "wounded", "held", "taken", not "hundred". */
const isParticipleForm = (w: string) =>
  (/ed$/.test(w) && w.length >= 6 && w !== "hundred") ||
  /^(?:held|taken|kept|seen|known|hit|shot|caught)$/.test(w);

/** The possessive ending of a noun: "the mayor's", "the governor’s". */
const isPossessive = (t: Token | undefined) => t !== undefined && (t.text === "'s" || t.text === "’s");
/** The offices a body speaks through, and its branch ("Its branch in Duhok said"). */
const DESK_HEADS = new Set([...OFFICE_HEADS, "branch"]);
/** Nouns a body is called by for short before its office: "the force's media office". */
const DESK_OWNER_NOUNS = new Set(
  "force forces army police ministry service command agency directorate organisation organization group".split(
    " ",
  ),
);

/**
 * "The SDF said … Its media office described those arrested as …", "the Federal Police arrested two
 * men …, according to the force's media office": the office a body speaks through, owned by "its"
 * or by a body's common noun, is that body speaking: "its" is the body "it" would be there, "the
 * force" the body the sentence names. A place's office ("the governorate's media office") and a
 * named owner (read by phraseSpeaker's own step) are no such phrase.
 */
function possessedDesk(
  doc: Doc,
  owners: Map<number, EntityDraft>,
  first: number,
  last: number,
  memory: SpeakerMemory,
): Speaker | null {
  const { tokens } = doc;
  const placeAt = (k: number) => ["place", "facility"].includes(owners.get(k)?.type ?? "");
  if (tokens[first]?.norm === "its") {
    // "Its office in Zakho told me": a place after the office says where it sits, not whose it is.
    for (let k = first + 2; k < last; k++) {
      if (!["in", "at"].includes(tokens[k]?.norm ?? "")) continue;
      let end = k + 1;
      if (tokens[end]?.norm === "the") end++;
      while (end <= last && placeAt(end)) end++;
      if (end > k + 1 && end === last + 1) last = k - 1;
      break;
    }
  }
  if (!DESK_HEADS.has(tokens[last]?.norm ?? "") || tokens[last]?.cap) return null;
  let poss = -1;
  if (tokens[first]?.norm === "its") poss = first;
  else if (
    tokens[first]?.norm === "the" &&
    DESK_OWNER_NOUNS.has(tokens[first + 1]?.norm ?? "") &&
    !tokens[first + 1]?.cap &&
    !owners.has(first + 1) &&
    isPossessive(tokens[first + 2])
  )
    poss = first + 2;
  if (poss < 0 || last - poss > 2) return null;
  // "Its Baghdad branch said": the place it sits in may stand before the office.
  for (let k = poss + 1; k < last; k++)
    if (tokens[k]?.kind !== "word" || (tokens[k]?.cap && !(poss === first && placeAt(k)))) return null;
  // "the force's": the last body the sentence named before it.
  if (poss !== first) {
    const sentence = tokens[first]?.sentence;
    for (let k = first - 1; k >= 0 && tokens[k]?.sentence === sentence; k--) {
      const d = owners.get(k);
      if (d?.type === "organization") return asSpeaker(d);
    }
  }
  const body = memory.pronoun("it", first);
  const spoke = body?.draft?.type === "organization" ? body : null;
  // "File a complaint with the Commission. Its office in Zakho told me": "its" is the body that
  // spoke last when the sentence before names it, else the last body that sentence names.
  const sentence = tokens[first]?.sentence ?? 0;
  let named: EntityDraft | null = null;
  for (let k = first - 1; k >= 0 && (tokens[k]?.sentence ?? 0) >= sentence - 1; k--) {
    const d = owners.get(k);
    if (spoke && d === spoke.draft) return spoke;
    if (d?.type === "organization") named ??= d;
  }
  return named ? asSpeaker(named) : spoke;
}

/**
 * The office after a possessive at `poss` ("'s office", "'s media office", "'s press bureau"):
 * the index of the office's noun, lowercase, at most one lowercase modifier before it; else -1.
 */
function ownedOffice(tokens: readonly Token[], poss: number): number {
  if (!isPossessive(tokens[poss])) return -1;
  for (let k = poss + 1; k <= poss + 2; k++) {
    const t = tokens[k];
    if (t?.kind !== "word" || t.cap) return -1;
    if (OFFICE_HEADS.has(t.norm)) return k;
  }
  return -1;
}

/** Start of the noun phrase that ends at token k: back to a clause boundary. */
/** A participle in -ed describing a noun ("arrested", "detained"), not a verb's auxiliary form. */
const isDescribingParticiple = (t: Token | undefined) =>
  t !== undefined && t.kind === "word" && !t.cap && /[^e]ed$/.test(t.norm) && !SPEECH_VERBS.has(t.norm);
/** Verbs whose object is a source: "cites a detainee", "quoted an official". */
// "Shafaq News carries a statement from the camp's council, which calls …": an outlet that
// carries, runs or prints a statement passes on its maker's words, as one that quotes it does.
const CITING = new Set([
  "cites",
  "cite",
  "cited",
  "quotes",
  "quote",
  "quoted",
  "interviewed",
  "interviews",
  "carries",
  "carried",
  "runs",
  "ran",
  "prints",
  "printed",
  "publishes",
  "published",
]);
const DETERMINERS_OPENING = new Set(["a", "an", "the", "his", "her", "its", "their", "one", "two", "three"]);
/**
 * "2.2 Inmates in all three blocks said", "42. Some ...", "(1) Another said": a section number
 * opening a line, or a footnote's call left at the start of the next sentence, labels the text
 * and is no word of the phrase after it. Returns the first token after such a label.
 */
export function afterLabel(tokens: readonly Token[], start: number): number {
  const t = tokens[start];
  if (t?.text === "(" && tokens[start + 1]?.kind === "num" && tokens[start + 2]?.text === ")")
    return start + 3;
  if (t?.kind !== "num" || t.breaks === 0) return start;
  const next = tokens[start + 1]?.text === "." ? start + 2 : start + 1;
  return tokens[next]?.cap && tokens[next]?.kind === "word" ? next : start;
}

/** Words that make "time" an adverbial: "each time", "every time", "this time". */
const TIME_QUANTIFIERS = new Set(["each", "every", "this", "that", "next", "last"]);

function phraseStart(tokens: readonly Token[], k: number, sentenceStart: number, reach = 8): number {
  const labelled = afterLabel(tokens, sentenceStart);
  if (labelled <= k) sentenceStart = labelled;
  let j = k;
  // Words, not tokens: "a 34-year-old woman from Deir ez-Zor" counts its hyphenated compounds once.
  let words = 0;
  while (j > sentenceStart) {
    const t = tokens[j - 1] as Token;
    if (t.kind === "punct" && t.text !== "-" && t.text !== "’" && t.text !== "'") break;
    if (
      [
        "that",
        "and",
        "but",
        "while",
        "said",
        "says",
        "as",
        "because",
        "after",
        "what",
        "whom",
        "who",
        "which",
      ].includes(t.norm) &&
      // "A WHO field officer": the World Health Organization in capitals, not a relative pronoun.
      !isAcronym(t) &&
      !(
        t.norm === "and" &&
        (inTitledComplement(tokens, sentenceStart, j - 1) || inInstitutionName(tokens, sentenceStart, j - 1))
      )
    )
      break;
    // "The memo cites a detainee arrested in May, who told ...": the verb's object is the
    // phrase, not the clause that cites it ("a detainee quoted in the memo" is a description).
    if (CITING.has(t.norm) && (DETERMINERS_OPENING.has(tokens[j]?.norm ?? "") || tokens[j]?.cap)) break;
    // "and each time his office told me": a time adverbial before the subject is no word of it.
    if (t.norm === "time" && TIME_QUANTIFIERS.has(tokens[j - 2]?.norm ?? "")) break;
    if (tokens[j]?.space !== false) words++;
    if (words > reach) break;
    j--;
  }
  return j;
}

/**
 * "A Foreign, Commonwealth and Development Office spokesperson": a name whose words are listed
 * with commas and "and" starts at the first of them. `from` is where the phrase ending at the
 * verb was cut (after "and"); returns where the name starts.
 */
function listedName(tokens: readonly Token[], from: number, start: number): number {
  if (tokens[from - 1]?.norm !== "and" || !tokens[from]?.cap) return from;
  let j = from - 2;
  let first = -1;
  while (j >= start && from - j < 12 && tokens[j]?.kind === "word" && tokens[j]?.cap) {
    first = j;
    if (tokens[j - 1]?.text !== ",") break;
    j -= 2;
  }
  // The list opens the sentence or follows its article: "A Foreign, Commonwealth and ...".
  const before = tokens[first - 1];
  const opens = first === start || (before !== undefined && ["a", "an", "the"].includes(before.norm));
  return first >= 0 && opens && tokens[first + 1]?.text === ","
    ? before && first > start
      ? first - 1
      : first
    : from;
}

/** The subject of the speech verb at token v, read leftwards within its sentence. */
const PARTITIVES = new Set(["one", "two", "three", "some", "several", "many", "most", "each", "none"]);
const PARTITIVE_OF = new Set(["them", "those", "these", "us"]);
/** Determiners of a group picked from by its own noun: "one of the players", "two of our drivers". */
const PARTITIVE_OWNERS = new Set(["the", "our", "their", "its", "his", "her"]);

/**
 * "One of the Qalaa players", "two of our drivers": the plural noun of people, after at most three
 * modifiers from `from`, that closes the group a partitive picks from; -1 when there is none.
 */
function partitiveGroup(tokens: readonly Token[], from: number, v: number): number {
  for (let k = from; k < v && k - from < 4; k++) {
    const t = tokens[k] as Token;
    if (t.kind !== "word" && !(t.text === "-" && !t.space)) return -1;
    if (t.cap || t.kind !== "word") continue;
    // "players", "drivers"; "women", "fishermen", "children".
    if ((/(?:s|men)$/.test(t.norm) && isSourceNoun(t.norm)) || IRREGULAR_PLURALS.has(t.norm)) return k;
  }
  return -1;
}
/**
 * "One of the assistants, a teacher from Bartella, wrote", "One of the other two interviewers,
 * who asked not to be named, said": a group no list knows as people, picked from by a partitive,
 * is people when an apposition naming a person's noun ("a teacher") or a "who" clause follows its
 * comma. The group's plural noun, within four words of `from`; -1 when there is none.
 */
function describedGroup(tokens: readonly Token[], from: number, v: number): number {
  for (let k = from; k < v && k - from < 4; k++) {
    const t = tokens[k] as Token;
    if (t.kind !== "word" || t.cap) return -1;
    if (tokens[k + 1]?.text !== ",") continue;
    if (!/[^s]s$/.test(t.norm) || isVerbWord(t.norm)) return -1;
    const next = tokens[k + 2]?.norm ?? "";
    if (next === "who") return k;
    if (!["a", "an"].includes(next)) return -1;
    for (let j = k + 3; j < v && j - k < 7; j++) {
      const n = tokens[j] as Token;
      if (n.kind !== "word" || n.cap || PHRASE_PREPOSITIONS_ALL.has(n.norm)) break;
      if (personNoun(n.norm)) return k;
    }
    return -1;
  }
  return -1;
}

/**
 * "Another said ...", "One of them said ...", "A 19-year-old who was transferred ... told ...":
 * a subject whose noun is left out (the people it picks from were named before) names its
 * speaker by the phrase itself, as "a witness" does; its relative clause describes it.
 */
function ellipticalSubject(doc: Doc, sentenceStart: number, v: number): Speaker | null {
  const { tokens } = doc;
  let start = afterLabel(tokens, sentenceStart);
  // 'by name".(1) Another said': a footnote's call glued to the full stop before it leaves the
  // next sentence in this one; the subject opens after the call.
  for (let p = v - 1; p >= sentenceStart + 4; p--) {
    if (
      tokens[p - 1]?.text === ")" &&
      tokens[p - 2]?.kind === "num" &&
      tokens[p - 3]?.text === "(" &&
      [".", "!", "?", '"', "”"].includes(tokens[p - 4]?.text ?? "")
    ) {
      start = p;
      break;
    }
  }
  const w = (k: number) => tokens[k]?.norm ?? "";
  let e = -1;
  if (w(start) === "another" || w(start) === "others") e = start;
  // "Two officials contradicted him. One, a security officer ..., said ...; the other, a member of
  // the council, said ...": "one" and "the other" picking from the people just named, known by
  // the apposition that follows (read below).
  else if (w(start) === "one" && tokens[start + 1]?.text === "," && ["a", "an"].includes(w(start + 2)))
    e = start;
  else if (
    w(start) === "the" &&
    w(start + 1) === "other" &&
    tokens[start + 2]?.text === "," &&
    ["a", "an"].includes(w(start + 3))
  )
    e = start + 1;
  else if (PARTITIVES.has(w(start)) && w(start + 1) === "of" && PARTITIVE_OF.has(w(start + 2))) e = start + 2;
  else if (PARTITIVES.has(w(start)) && w(start + 1) === "of" && PARTITIVE_OWNERS.has(w(start + 2))) {
    e = partitiveGroup(tokens, start + 3, v);
    if (e < 0) e = describedGroup(tokens, start + 3, v);
  } else if (
    ["a", "an"].includes(w(start)) &&
    tokens[start + 1]?.kind === "num" &&
    tokens[start + 2]?.text === "-" &&
    /^(year|month)s?$/.test(w(start + 3)) &&
    tokens[start + 4]?.text === "-" &&
    w(start + 5) === "old"
  )
    e = start + 5;
  else if (
    PARTITIVES.has(w(v - 3)) &&
    w(v - 2) === "of" &&
    PARTITIVE_OF.has(w(v - 1)) &&
    (COORDINATORS.has(w(v - 4)) || tokens[v - 4]?.text === ";") &&
    v - 4 > start
  ) {
    // "... arrested four of them, and one of them told ...": the phrase opens the second clause.
    start = v - 3;
    e = v - 1;
  }
  if (e < 0 || v <= e) return null;
  // "One of them, a man of about sixty whose name we withhold, told ...": an apposition between
  // commas describes the phrase; the phrase is still the verb's subject, and since "one of them"
  // alone describes no one, the speaker is spelled as the text gives it, with its apposition
  // (ANNOTATION.md rule 11 d).
  // "One of the drivers stopped at the gate, a nurse from Zakho, said": a participle and its
  // phrase after the group say which of them, before the apposition's comma.
  let c = e + 1;
  if (participlePhrase(tokens, c)) for (c += 2; c < v - 1 && c - e < 10 && tokens[c]?.kind === "word"; ) c++;
  if (tokens[c]?.text === "," && tokens[v - 1]?.text === "," && ["a", "an"].includes(w(c + 1))) {
    for (let j = c + 1; j < v - 1; j++) {
      const t = tokens[j] as Token;
      if ([";", ":", ",", '"', "“", "”"].includes(t.text) || j - e > 30) return null;
    }
    return { draft: null, name: spanText(doc, start, v - 2) };
  }
  if (e + 1 !== v && w(v - 1) === "and" && w(e + 1) !== "who") {
    // "One of them showed a card and said ...", "One of them, he said, pushed him against a wall
    // and told him: ...": the phrase is the subject of the verb phrase the speech verb is joined
    // to, after an aside crediting who tells it.
    let j = e + 1;
    if (
      tokens[j]?.text === "," &&
      PRONOUNS.has(w(j + 1)) &&
      SPEECH_VERBS.has(w(j + 2)) &&
      tokens[j + 3]?.text === ","
    )
      j += 4;
    const verb = tokens[j];
    // "pressed", "turned": a past tense in -ed the lexicon also knows as an adjective.
    const past = (n: string) => isVerbWord(n) || /[^e]ed$/.test(n);
    if (verb?.kind !== "word" || verb.cap || v - j > 20 || !past(verb.norm)) return null;
    for (let k = j + 1; k < v - 1; k++)
      if ([";", ":", ",", '"', "“", "”", "'", "‘", "’"].includes(tokens[k]?.text ?? "")) return null;
    return { draft: null, name: spanText(doc, start, e) };
  }
  if (e + 1 !== v) {
    // Only a relative clause may stand between the phrase and its verb, set off by commas or not
    // ("One of the other two interviewers, who asked not to be named, said").
    const commas = tokens[e + 1]?.text === "," && tokens[v - 1]?.text === "," && v - 1 > e + 2;
    const rel = commas ? e + 2 : e + 1;
    if (w(rel) !== "who" || v - e > 30) return null;
    for (let j = rel + 1; j < (commas ? v - 1 : v); j++) {
      const t = tokens[j] as Token;
      if ([";", ":", ",", '"', "“", "”"].includes(t.text)) return null;
    }
  }
  return { draft: null, name: spanText(doc, start, e) };
}

/**
 * "One of our younger pupils, a boy of twelve, was ...", "One of the drivers stopped at the gate, a
 * nurse from Zakho, told ...": a sentence opening with a partitive whose apposition, set off by
 * commas, describes one person; the subject as ellipticalSubject reads it before the verb after
 * the apposition. Null when the sentence opens otherwise.
 */
function describedPartitive(doc: Doc, start: number, end: number): Speaker | null {
  const { tokens } = doc;
  if (!PARTITIVES.has(tokens[start]?.norm ?? "") || tokens[start + 1]?.norm !== "of") return null;
  let comma = start + 2;
  while (comma < end && comma - start < 12 && tokens[comma]?.text !== ",") comma++;
  if (tokens[comma]?.text !== "," || !["a", "an"].includes(tokens[comma + 1]?.norm ?? "")) return null;
  let close = comma + 2;
  while (close < end && close - comma < 16 && tokens[close]?.text !== ",") close++;
  const v = close + 1;
  const verb = tokens[v];
  if (tokens[close]?.text !== "," || v >= end || verb?.kind !== "word" || verb.cap) return null;
  return ellipticalSubject(doc, start, v);
}

/** Prepositions that open an adverbial phrase fronted before a clause's subject. */
const FRONTING = new Set(["in", "on", "at", "during", "after", "before", "from", "with", "under", "through"]);
const ARTICLES = new Set(["the", "a", "an"]);
const NOT_NOUN_ENDS = new Set([...PHRASE_PREPOSITIONS_ALL, "and", "or", "the", "a", "an"]);

/**
 * "In her own statement the sergeant major wrote": a prepositional phrase fronted with no comma
 * before the subject ends at its noun; the article right after that noun opens the subject. Returns
 * where the subject starts within [from, k].
 */
function afterFrontedPhrase(tokens: readonly Token[], from: number, k: number): number {
  if (!FRONTING.has(tokens[from]?.norm ?? "")) return from;
  for (let j = from + 2; j < k; j++) {
    const t = tokens[j] as Token;
    if (t.kind !== "word") return from;
    const before = tokens[j - 1] as Token;
    if (ARTICLES.has(t.norm) && before.kind === "word" && !NOT_NOUN_ENDS.has(before.norm)) return j;
  }
  return from;
}

/** Words an indefinite source's description may run to before its verb. */
const LONG_DESCRIPTION = 16;

/** How far back of "that" its speech verb may stand: "told the court in May that". */
const THAT_REACH = 5;

/**
 * "He states that, a week after the funeral, two men stopped him and told him: ...": the start
 * of the reported clause a conjunction at k sits in — after the "that" of a speech verb in
 * [first, k), past an adverbial set off by commas right after it — or `first` when k is in none.
 */
function reportedClauseStart(tokens: readonly Token[], first: number, k: number): number {
  for (let j = k - 2; j > first; j--) {
    const t = tokens[j] as Token;
    if (t.kind === "punct" && t.text !== ",") return first;
    if (t.norm !== "that") continue;
    let said = false;
    for (let p = j - 1; p >= first && j - p <= THAT_REACH; p--) {
      const w = tokens[p] as Token;
      if (w.kind === "punct") break;
      if (SPEECH_VERBS.has(w.norm) && !w.cap) said = true;
    }
    if (!said) return first;
    let inner = j + 1;
    if (tokens[inner]?.text === ",") {
      let c = inner + 1;
      while (c < k && c - inner < 12 && tokens[c]?.text !== ",") c++;
      if (tokens[c]?.text !== ",") return first;
      inner = c + 1;
    }
    return inner < k - 1 ? inner : first;
  }
  return first;
}

/**
 * "We, the family of the late Hamad Saleh of Rawa, declare ...", "I, the undersigned, state ...":
 * a notice's first person names itself between commas — that phrase speaks (less the place it is
 * "of" at its end, which says where it is from), not the person named inside it. k is the comma
 * closing the phrase.
 */
function firstPersonApposition(
  doc: Doc,
  owners: Map<number, EntityDraft>,
  k: number,
  start: number,
): Speaker | null {
  const { tokens } = doc;
  if (tokens[k]?.text !== ",") return null;
  const pronoun = tokens[start];
  if (!pronoun || !["we", "i"].includes(pronoun.norm) || tokens[start + 1]?.text !== ",") return null;
  if (tokens[start + 2]?.norm !== "the" || k - start > 20) return null;
  for (let j = start + 2; j < k; j++) {
    const t = tokens[j] as Token;
    // "al-Karbuli": a hyphen inside a name is no break.
    if (t.kind === "punct" && !(t.text === "-" && !t.space && !tokens[j + 1]?.space)) return null;
  }
  let last = k - 1;
  const place = owners.get(last);
  if (place?.type === "place") {
    let p = last;
    while (p > start && owners.get(p - 1) === place) p--;
    if (tokens[p - 1]?.norm === "of" && p - 2 > start + 2) last = p - 2;
  }
  return { draft: null, name: spanText(doc, start + 2, last) };
}

/**
 * Groups a person has, who speak as a group: "Ms Elias's team reported that ...". "Mr Berwari's
 * office says": an official's office speaks for him as his staff, not in his own words.
 */
const PERSONAL_GROUPS = new Set(["team", "crew", "unit", "family", "office"]);
const SHORT_TITLES = new Set(["mr", "mrs", "ms", "miss", "dr"]);

/**
 * "Ms Elias's team reported that", "al-Ali's family said": a named person's team speaks as
 * itself, not as the person — the whole phrase, title, name, possessive and group noun, ending at k.
 */
function possessedGroup(
  doc: Doc,
  owners: Map<number, EntityDraft>,
  k: number,
  start: number,
): Speaker | null {
  const { tokens } = doc;
  if (!PERSONAL_GROUPS.has(tokens[k]?.norm ?? "") || !isPossessive(tokens[k - 1])) return null;
  const person = owners.get(k - 2);
  if (person?.type !== "person") return null;
  let first = k - 2;
  while (first > start && owners.get(first - 1) === person) first--;
  // "Ms Elias's", "Dr. Hamed's": the title before the name, with its period.
  const dot = tokens[first - 1]?.text === "." ? 1 : 0;
  const title = tokens[first - 1 - dot];
  if (first - 1 - dot >= start && title?.cap && SHORT_TITLES.has(title.norm)) first -= 1 + dot;
  return { draft: null, name: spanText(doc, first, k) };
}

const TELLING = new Set([
  "told",
  "tells",
  "tell",
  "telling",
  "informed",
  "informs",
  "assured",
  "reminded",
  "warned",
]);
/** Determiners opening a listener or the subject of the clause told: "the staff", "his men". */
export const TOLD_DETERMINERS: ReadonlySet<string> = new Set([
  "the",
  "a",
  "an",
  "his",
  "her",
  "their",
  "its",
  "our",
  "my",
]);
/** A hearer may open with these too: "told your readers", "told some of the men", "told two officers". */
const HEARER_DETERMINERS = new Set([...TOLD_DETERMINERS, "your", "some", "two", "three"]);

/**
 * A phrase with a verb of telling, "(Saleh Khalaf) told the director the men": the verb's hearer,
 * then the subject of the clause told — the phrase from the last determiner that follows no
 * preposition ("the director of the museum" stays one hearer). `undefined` when the phrase
 * holds no verb of telling; `null` when it does but no subject follows the hearer.
 */
function toldSubject(
  doc: Doc,
  owners: Map<number, EntityDraft>,
  from: number,
  k: number,
  memory: SpeakerMemory,
): Speaker | null | undefined {
  const { tokens } = doc;
  // "Saleh Khalaf told the director ...": the teller may open the phrase too.
  let tell = from;
  while (tell < k - 2 && !TELLING.has(tokens[tell]?.norm ?? "")) tell++;
  if (!TELLING.has(tokens[tell]?.norm ?? "") || k - tell < 3) return undefined;
  for (let d = k; d > tell + 2; d--) {
    const t = tokens[d] as Token;
    if (t.kind === "punct") return null;
    if (!HEARER_DETERMINERS.has(t.norm) || t.cap) continue;
    if (PHRASE_PREPOSITIONS_ALL.has(tokens[d - 1]?.norm ?? "") || tokens[d - 1]?.norm === "and") continue;
    return phraseSpeaker(doc, owners, d, k, memory) ?? { draft: null, name: spanText(doc, d, k) };
  }
  return null;
}

/** Participles that give who put a message out: "posted by", "issued by". */
const PUT_OUT = new Set([
  "posted",
  "issued",
  "published",
  "sent",
  "released",
  "circulated",
  "signed",
  "written",
]);
/** Where or when a message was put out, after its maker: "by a faction on Telegram on Monday". */
const PUT_OUT_ENDS = new Set(["on", "via", "in", "at", "through", "during", "last", "this"]);

/** Whether tokens [from, to) name a message: a statement's or a writing's noun, or one of `also`. */
const namesMessage = (tokens: readonly Token[], from: number, to: number, also: readonly string[]) =>
  tokens
    .slice(from, to)
    .some((x) => STATEMENT_NOUNS.has(x.norm) || WRITINGS.has(x.norm) || also.includes(x.norm));

/**
 * The maker of a message or statement named by a passive "posted by X" just before the comma
 * of a relative "which" ([start, comma)): X, cut before where or when it was put out.
 */
function postedBy(
  doc: Doc,
  owners: Map<number, EntityDraft>,
  start: number,
  comma: number,
  memory: SpeakerMemory,
): Speaker | null {
  const { tokens } = doc;
  for (let b = comma - 1; b > start && comma - b <= 10; b--) {
    if (tokens[b]?.kind === "punct") return null;
    if (tokens[b]?.norm !== "by" || !PUT_OUT.has(tokens[b - 1]?.norm ?? "")) continue;
    // The message itself is named before the participle: "a message", "a statement".
    if (!namesMessage(tokens, Math.max(start, b - 10), b - 1, ["post"])) return null;
    let last = b + 1;
    while (last + 1 < comma && !PUT_OUT_ENDS.has(tokens[last + 1]?.norm ?? "")) last++;
    return (
      phraseSpeaker(doc, owners, b + 1, last, memory) ?? {
        draft: null,
        name: spanText(doc, b + 1, last).replace(/\s+/g, " "),
      }
    );
  }
  return null;
}

/** Reflexives a source names itself with: "an account calling itself \"Raqqa Now 24\"". */
const SELF_NAMED = new Set(["itself", "himself", "herself", "themselves"]);

/** Verbs a source names itself with before its reflexive: "calling itself", "styles himself". */
const SELF_NAMING_VERBS = new Set([
  "calling",
  "calls",
  "called",
  "styling",
  "styles",
  "styled",
  "naming",
  "names",
]);

/**
 * The name a source gives itself in marks ending at `close` ('a channel calling itself "X"'),
 * as the speaker, or null.
 */
function selfNameBefore(
  doc: Doc,
  owners: Map<number, EntityDraft>,
  close: number,
  start: number,
): Speaker | null {
  const { tokens } = doc;
  if (!QUOTE_MARK_TEXTS.has(tokens[close]?.text ?? "")) return null;
  let open = close - 1;
  while (open > start && close - open < 10 && !QUOTE_MARK_TEXTS.has(tokens[open]?.text ?? "")) open--;
  if (
    open >= close - 1 ||
    !QUOTE_MARK_TEXTS.has(tokens[open]?.text ?? "") ||
    !SELF_NAMED.has(tokens[open - 1]?.norm ?? "") ||
    !SELF_NAMING_VERBS.has(tokens[open - 2]?.norm ?? "")
  )
    return null;
  const draft = owners.get(open + 1) ?? null;
  return { draft, name: draft?.name ?? spanText(doc, open + 1, close - 1) };
}

/**
 * 'A post shared 9,000 times, first published by an account calling itself "Raqqa Now 24",
 * says: ...': a post's words are those of who published it, given in an aside between commas
 * ([c, comma]); an account that names itself in marks is that name.
 */
function asideMaker(
  doc: Doc,
  owners: Map<number, EntityDraft>,
  start: number,
  comma: number,
  memory: SpeakerMemory,
): Speaker | null {
  const { tokens } = doc;
  let c = comma - 1;
  while (c > start && tokens[c]?.text !== "," && comma - c < 20) c--;
  if (tokens[c]?.text !== "," || c <= start) return null;
  let b = c + 1;
  if (["first", "originally", "initially"].includes(tokens[b]?.norm ?? "")) b++;
  if (!PUT_OUT.has(tokens[b]?.norm ?? "") || tokens[b + 1]?.norm !== "by") return null;
  if (!namesMessage(tokens, start, c, ["post", "video"])) return null;
  for (let r = b + 2; r < comma - 2; r++) {
    if (!SELF_NAMED.has(tokens[r]?.norm ?? "") || !QUOTE_MARK_TEXTS.has(tokens[r + 1]?.text ?? "")) continue;
    let close = r + 2;
    while (close < comma && !QUOTE_MARK_TEXTS.has(tokens[close]?.text ?? "")) close++;
    if (close < comma && close > r + 2) return { draft: null, name: spanText(doc, r + 2, close - 1) };
  }
  return phraseSpeaker(doc, owners, b + 2, comma - 1, memory);
}

/** How far back of its verb a restrictive "whose" clause may open: "whose wheat was on two of the trucks". */
const WHOSE_REACH = 16;

/**
 * "A grain trader in Qamishli whose wheat was on two of the trucks told ...": a restrictive
 * "whose" clause, no comma before it, describes the phrase it follows, and that phrase is the
 * verb's subject — as with "who" ("A nurse with the Red Crescent who works in the clinic
 * contradicted"). The clause may be longer than a subject phrase is read back; `k` is the last
 * token before the verb. Null when no such clause stands right before the verb or the phrase
 * before it names no person.
 */
function whoseSubject(
  doc: Doc,
  owners: Map<number, EntityDraft>,
  start: number,
  k: number,
  memory: SpeakerMemory,
): Speaker | null {
  const { tokens } = doc;
  let w = k;
  for (; w > start && k - w < WHOSE_REACH; w--) {
    const t = tokens[w] as Token;
    if (t.kind === "punct" && t.text !== "-" && t.text !== "’" && t.text !== "'") return null;
    if (t.norm === "whose" && !t.cap) break;
    if (["that", "who", "which", "said", "says", "and", "but"].includes(t.norm) && !t.cap) return null;
  }
  if (
    tokens[w]?.norm !== "whose" ||
    w >= k ||
    tokens[w - 1]?.kind !== "word" ||
    (owners.has(w - 1) && owners.get(w - 1)?.type === "person")
  )
    return null;
  const first = phraseStart(tokens, w - 1, start);
  const phrase = tokens.slice(first, w);
  if (!phrase.some((t, i) => !t.cap && !owners.has(first + i) && personNoun(t.norm))) return null;
  const described = phraseSpeaker(doc, owners, first, w - 1, memory);
  // "A trader whose stall burned told ...": named by the clause, as after "who".
  return namedByClause(doc, described, first, w - 1, k) ?? described;
}

/**
 * "A trader who survived told ...", "A trader whose stall burned told ...": an unnamed source
 * brought in by "a", with no place or affiliation of its own ("A doctor with the Red Crescent
 * who ..." has one), is who its restrictive clause says it is — the clause, up to `k`, is its
 * name. `described` is the phrase `first`..`head` read as a speaker; null when it is no such bare
 * source.
 */
function namedByClause(
  doc: Doc,
  described: Speaker | null,
  first: number,
  head: number,
  k: number,
): Speaker | null {
  const { tokens } = doc;
  if (!described || described.draft || !["a", "an"].includes(tokens[first]?.norm ?? "")) return null;
  if (tokens.slice(first, head + 1).some((t) => PHRASE_PREPOSITIONS_ALL.has(t.norm))) return null;
  if (described.name !== spanText(doc, first, head).replace(/\s+/g, " ")) return null;
  return { draft: null, name: spanText(doc, first, k).replace(/\s+/g, " ") };
}

/** Things that speak without being people: writings, rulings, channels ("a statement who" is no English). */
const SPEAKING_THINGS = new Set([
  ...STATEMENT_NOUNS,
  ...WRITINGS,
  ...RULINGS,
  ...CHANNEL_NOUNS,
  "report",
  "video",
  "post",
]);

/**
 * "A seamstress in Inkhil who borrowed from the fund said": "who" describes a person, so an
 * indefinite phrase before it names one, whatever its noun — the phrase `first`..`last` ("a"
 * or "an", lower-case words, a place or body after a preposition), in the article's words.
 * Null when the phrase holds a person's name or its noun is a writing or a channel.
 */
function personByClause(
  doc: Doc,
  owners: Map<number, EntityDraft>,
  first: number,
  last: number,
): Speaker | null {
  const { tokens } = doc;
  if (!["a", "an"].includes(tokens[first]?.norm ?? "") || last - first > 8 || last <= first) return null;
  let head = -1;
  for (let k = first + 1; k <= last; k++) {
    const t = tokens[k] as Token;
    if (owners.get(k)?.type === "person") return null;
    if (t.kind === "punct" && !(t.text === "-" && !t.space)) return null;
    if (PHRASE_PREPOSITIONS_ALL.has(t.norm)) break;
    if (t.kind !== "word" || t.cap || owners.has(k)) return null;
    head = k;
  }
  const noun = tokens[head]?.norm ?? "";
  if (head < 0 || isVerbWord(noun) || SPEAKING_THINGS.has(noun)) return null;
  return { draft: null, name: spanText(doc, first, last).replace(/\s+/g, " ") };
}

export function subjectOf(
  doc: Doc,
  owners: Map<number, EntityDraft>,
  v: number,
  memory: SpeakerMemory,
): Speaker | null {
  const { tokens } = doc;
  const sentence = doc.sentences[tokens[v]?.sentence ?? -1];
  if (!sentence) return null;
  const start = sentence.tokenStart;
  let k = v - 1;
  while (k >= start && isSkipped(tokens[k])) k--;
  // "He used to say": the habit's "used to" stands between the subject and its verb.
  if (tokens[k]?.norm === "to" && tokens[k - 1]?.norm === "used" && k - 1 > start) {
    k -= 2;
    while (k >= start && isSkipped(tokens[k])) k--;
  }
  // "The army (JAF) on Wednesday said", "the ministry said late on Sunday": the time stands apart.
  const when = timeBefore(tokens, k, start);
  if (when > start) {
    k = when - 1;
    while (k >= start && isSkipped(tokens[k])) k--;
  }
  // "Jordan has for years accused": a duration between the subject and its verb.
  if (
    ["years", "months", "weeks", "decades", "long"].includes(tokens[k]?.norm ?? "") &&
    tokens[k - 1]?.norm === "for"
  ) {
    k -= 2;
    while (k >= start && isSkipped(tokens[k])) k--;
  }
  // 'A channel calling itself "Wilayat al-Khayr News" said': a source that names itself in
  // marks right before its verb speaks by that name.
  const selfNamed = selfNameBefore(doc, owners, k, start);
  if (selfNamed) return selfNamed;
  // "Jiwan Hassan — as his name is also written — said": the aside between dashes stands apart.
  if (DASHES.has(tokens[k]?.text ?? "")) {
    let d = k - 1;
    while (d > start && k - d < 25 && !DASHES.has(tokens[d]?.text ?? "")) d--;
    if (d > start && DASHES.has(tokens[d]?.text ?? "")) k = d - 1;
  }
  if (k < start) return null;
  // "the one who hit me said": a pronoun "one" with its relative clause is the speaker.
  for (let w = k; w > start + 1 && k - w < 8; w--) {
    const x = tokens[w] as Token;
    if (x.kind === "punct" || owners.has(w)) break;
    if (x.norm !== "who") continue;
    if (
      ["one", "ones"].includes(tokens[w - 1]?.norm ?? "") &&
      ["the", "a"].includes(tokens[w - 2]?.norm ?? "")
    )
      return { draft: null, name: spanText(doc, w - 2, k) };
    break;
  }
  const elliptic = ellipticalSubject(doc, start, v);
  if (elliptic) return elliptic;
  const t = tokens[k] as Token;
  const crew = possessedGroup(doc, owners, k, start);
  if (crew) return crew;
  if (PRONOUNS.has(t.norm) || t.text === "I") return memory.pronoun(t.norm, k);
  // "You told officers ...", "In a message to your brother you wrote": "you" just before the verb.
  if (t.norm === "you") {
    const addressed = memory.addressee(k);
    if (addressed) return addressed;
  }
  // "... did not confirm the strikes but said", "... renews its call and affirms": the clause's subject.
  if (["and", "but"].includes(t.norm)) {
    let first = start;
    while (first < k && ["however", "meanwhile", "but", "and", "also"].includes(tokens[first]?.norm ?? ""))
      first++;
    // "said that the president had called ..., and stressed that": after a comma the
    // conjunction goes back to the sentence's own verb; without one it stays in the clause.
    const inner = tokens[k - 1]?.text === "," ? first : reportedClauseStart(tokens, first, k);
    // "a statement from the camp's council, which calls the strike "a crime" and says …": without
    // a comma the conjunction joins the relative clause's verbs, whose subject is what "which" or
    // "who" stands for.
    if (tokens[k - 1]?.text !== ",") {
      for (let j = k - 2; j > first + 1 && k - j <= 20; j--) {
        const w = tokens[j] as Token;
        if (w.kind === "punct" && !QUOTE_MARK_TEXTS.has(w.text)) break;
        if (!["which", "who"].includes(w.norm) || isAcronym(w) || tokens[j - 1]?.text !== ",") continue;
        if (tokens[j + 1]?.kind !== "word") break;
        const relative = subjectOf(doc, owners, j + 1, memory);
        if (relative) return relative;
        break;
      }
    }
    if (inner > first) {
      const s = tokens[inner];
      const reported =
        s && PRONOUNS.has(s.norm)
          ? memory.pronoun(s.norm, inner)
          : clauseSubject(doc, owners, inner, k, memory);
      if (reported) return reported;
    }
    const s = tokens[first];
    if (s && PRONOUNS.has(s.norm)) return memory.pronoun(s.norm, first);
    return clauseSubject(doc, owners, first, k, memory);
  }
  if (t.norm === "who" || t.norm === "which") {
    // "a message he said had been posted by a faction on Telegram on Monday, which warned that":
    // what the message warns is the words of the one who posted it.
    if (t.norm === "which" && tokens[k - 1]?.text === ",") {
      const poster = postedBy(doc, owners, start, k - 1, memory);
      if (poster) return poster;
    }
    // "according to camp sources, who said ...": the phrase the relative clause follows.
    if (tokens[k - 1]?.text === "," && k - 2 >= start && !owners.has(k - 2)) {
      let from = phraseStart(tokens, k - 2, start);
      if (tokens[from]?.norm === "according" && tokens[from + 1]?.norm === "to") from += 2;
      // "the report of Dr Helen Marsh, the consultant psychiatrist, who concluded ...": a post in
      // apposition to a name is that person's, and "who" stands for the person.
      const named = tokens[from - 1]?.text === "," ? owners.get(from - 2) : undefined;
      if (
        named?.type === "person" &&
        ["the", "a", "an"].includes(tokens[from]?.norm ?? "") &&
        from - 1 > start
      )
        return asSpeaker(named);
      const before = phraseSpeaker(doc, owners, from, k - 2, memory);
      if (before && !before.draft) return before;
    }
    // "we met a shepherd who said ...", "the engineer who inspected it said ...": a restrictive
    // "who" stands for the source noun it follows, with its article and modifiers.
    const head = tokens[k - 1];
    if (t.norm === "who" && head?.kind === "word" && !owners.has(k - 1) && isSourceNoun(head.norm)) {
      for (let j = k - 2; j >= Math.max(start, k - 5); j--) {
        const w = tokens[j] as Token;
        if (w.kind !== "word") break;
        if (!["a", "an", "the"].includes(w.norm)) continue;
        const described = phraseSpeaker(doc, owners, j, k - 1, memory);
        if (described) return described;
        break;
      }
    }
    // "Marta Lindqvist, Director of Operations of the IOM, who said": "who" stands for the
    // person whose role names the organization, not for the organization.
    let nearest: EntityDraft | null = null;
    for (let j = k - 1; j >= start; j--) {
      const d = owners.get(j);
      if (!d || d.type === "place") continue;
      if (d.type === "person") return asSpeaker(d);
      // "the International Organization for Migration (IOM)": the acronym after the name.
      if (tokens[j - 1]?.text === "(" && owners.get(j - 2) === d) continue;
      if (t.norm === "which" || !ROLE_NOUNS.has(tokens[roleBefore(tokens, owners, j, start)]?.norm ?? ""))
        return asSpeaker(d);
      nearest ??= d;
    }
    return nearest ? asSpeaker(nearest) : null;
  }
  let acronym: Speaker | null = null;
  if (t.text === ")") {
    // "The United Nations Office on Drugs and Crime (UNODC) warned": the bracketed acronym
    // names the organization when nothing else in the phrase does.
    if (tokens[k - 2]?.text === "(" && tokens[k - 1]?.upper && tokens[k - 1]?.kind === "word") {
      const d = owners.get(k - 1);
      acronym = d ? asSpeaker(d) : { draft: null, name: tokens[k - 1]?.text ?? "" };
    }
    while (k > start && tokens[k]?.text !== "(") k--;
    k--;
  }
  const declarant = firstPersonApposition(doc, owners, k, start);
  if (declarant) return declarant;
  const maker = tokens[k]?.text === "," ? asideMaker(doc, owners, start, k, memory) : null;
  if (maker) return maker;
  if (tokens[k]?.text === ",") {
    // "NAME, a teacher who ..., said" or "the head of X, NAME, said".
    let c = k - 1;
    while (c > start && tokens[c]?.text !== "," && k - c < 40) c--;
    // "A dignitary of the X tribe, who asked ..., said": the phrase before the relative clause.
    // "the Bakir clan, to which the victim belonged, said": a relative clause led by its
    // preposition ("to which", "of whom") describes the phrase before it too.
    const piedPiped =
      PHRASE_PREPOSITIONS_ALL.has(tokens[c + 1]?.norm ?? "") &&
      ["which", "whom", "whose"].includes(tokens[c + 2]?.norm ?? "");
    if (
      tokens[c]?.text === "," &&
      // "A senior officer of X, whom I interviewed in May, told me": an object relative too.
      (["who", "whom", "whose", "which", "speaking"].includes(tokens[c + 1]?.norm ?? "") || piedPiped)
    ) {
      // "A PMF commander, who uses the name Abu Hussein al-Saedi, told": the name the source goes by.
      // ("The statement, which gave the name as NAME, described": a "which" is no person's.)
      for (let j = c + 2; j < k && tokens[c + 1]?.norm !== "which"; j++) {
        const d = owners.get(j);
        if (d?.type !== "person" || owners.get(j - 1) === d) continue;
        if (["name", "as", "himself", "herself", "called"].includes(tokens[j - 1]?.norm ?? ""))
          return asSpeaker(d);
      }
      // "A widow in al-Shafah, who asked to be called Um Khaled, said": a name no entity holds,
      // given as what the source is to be called.
      for (let j = c + 3; j < k; j++) {
        if (tokens[j - 1]?.norm !== "called" || !["be", "is", "was"].includes(tokens[j - 2]?.norm ?? ""))
          continue;
        let last = j;
        while (last + 1 < k && (tokens[last + 1]?.cap || tokens[last + 1]?.text === "-")) last++;
        if (tokens[j]?.cap && tokens[j]?.kind === "word" && !owners.has(j) && tokens[last + 1]?.text === ",")
          return { draft: null, name: spanText(doc, j, last) };
        break;
      }
      // "The Syrian Democratic Forces (SDF), whose ...": the name before its brackets.
      let pe = c - 1;
      if (tokens[pe]?.text === ")") {
        while (pe > start && tokens[pe]?.text !== "(") pe--;
        pe--;
      }
      const ps = phraseStart(tokens, pe, start);
      // "Sheikh NAME, a leader of the X tribe, whose members ..., said": the person the
      // description is in apposition to.
      const named = owners.get(ps - 2);
      if (tokens[ps - 1]?.text === "," && named?.type === "person") return asSpeaker(named);
      const before = phraseSpeaker(doc, owners, ps, pe, memory);
      if (before) return before;
      // "A compliance officer at a Gulf bank that clears dinar payments, who asked not to be
      // named, told us": a relative clause with "that" inside the phrase the "who" clause
      // describes; the source is the phrase it describes, told with its clause.
      if (tokens[ps - 1]?.norm === "that" && !tokens[ps - 1]?.cap && tokens[ps - 2]?.kind === "word") {
        const head = phraseStart(tokens, ps - 2, start);
        const source = head === start ? phraseSpeaker(doc, owners, head, ps - 2, memory) : null;
        if (source && !source.draft)
          return { draft: null, name: spanText(doc, head, pe).replace(/\s+/g, " ") };
      }
      // "A cousin who drove the ransom to the border, who asked not to be named, said": a
      // restrictive clause, then one set off by commas; the phrase before the first "who" is the
      // source, named by its restrictive clause as namedByClause reads it.
      if (tokens[ps - 1]?.norm === "who" && !isAcronym(tokens[ps - 1] as Token) && ps - 2 >= start) {
        const first = phraseStart(tokens, ps - 2, start);
        const described = phraseSpeaker(doc, owners, first, ps - 2, memory);
        const source = namedByClause(doc, described, first, ps - 2, pe) ?? described;
        if (source) return source;
      }
      // "A former detainee, now 19, who was held ..., said": an aside about the source between
      // it and its relative clause.
      for (let e = ps - 2, hops = 0; hops < 2 && e > start && tokens[e + 1]?.text === ","; hops++) {
        const from = phraseStart(tokens, e, start);
        const aside = phraseSpeaker(doc, owners, from, e, memory);
        if (aside) return aside;
        e = from - 2;
      }
      // "Jordan, which has fought the gangs for years, says": a country speaking for its government.
      const place = owners.get(c - 1);
      if (place?.type === "place" && owners.get(ps) === place) return asSpeaker(place);
    }
    for (let j = k - 1; j > c; j--) {
      const d = owners.get(j);
      // "NAME, director of X, the Dharan agency that hired Tamang, told": a person named inside
      // the relative clause of a thing or body in apposition is what the clause is about, not
      // the speaker ("an Australian who asked to be identified as Umm Zaid" names the speaker).
      const inRelative = tokens.slice(c + 2, j).some((t) => ["that", "which"].includes(t.norm) && !t.cap);
      if (d?.type === "person" && !inRelative) return asSpeaker(d);
    }
    // "Your local partner, the Mosul-based Nakhla Foundation, confirmed": a short description
    // naming nobody, then the body it describes in apposition — the body speaks.
    if (tokens[c]?.text === "," && c > start) {
      const ps = phraseStart(tokens, c - 1, start);
      // "The mine's operator, NAME Mining, said": the description may own its noun by a
      // possessive, and the body's name may stand in apposition with no article.
      const bare =
        c - ps <= 5 &&
        tokens.slice(ps, c).every((t, i) => (t.kind === "word" || t.kind === "poss") && !owners.has(ps + i));
      const bareName = owners.get(c + 1)?.type === "organization" && owners.get(c + 1) === owners.get(k - 1);
      const apposed = ["the", "a", "an"].includes(tokens[c + 1]?.norm ?? "") || bareName;
      let body: EntityDraft | null = null;
      for (let j = c + 1; j < k && !body; j++) {
        const d = owners.get(j);
        if (d?.type === "organization" && owners.get(k - 1) === d) body = d;
      }
      if (bare && apposed && body) return asSpeaker(body);
    }
    // "A relative of Khalil Ibrahim, reached by telephone, said": the relative, not the one named.
    const kin = c > start ? kinOf(doc, owners, phraseStart(tokens, c - 1, start), c - 1) : null;
    if (kin) return kin;
    // "The Nineveh Plain Protection Units (NPU), an Assyrian force ..., said": the body's
    // acronym in brackets after its name stands between the name and the apposition's comma.
    const bracketed = tokens[c - 1]?.text === ")" && tokens[c - 3]?.text === "(" && isAcronym(tokens[c - 2]);
    const before = owners.get(c - 1) ?? (bracketed ? (owners.get(c - 2) ?? owners.get(c - 4)) : undefined);
    // "A source close to the Syrian Free Army, the US-backed force ..., told": the source, not
    // the body it is close to.
    const anonymous =
      tokens[c]?.text === "," && before?.type === "organization"
        ? anonymousSubject(doc, owners, start, c)
        : null;
    if (anonymous) return anonymous;
    // "Officials at the Rabia crossing, in Nineveh, say": the people at a place or body, the
    // object of their preposition, are the source, as they would be without the aside.
    if (tokens[c]?.text === "," && before && c > start) {
      const ps = phraseStart(tokens, c - 1, start);
      const det = ["the", "a", "an"].includes(tokens[ps]?.norm ?? "") ? ps + 1 : ps;
      // The phrase opens the clause ("After the interview, a spokesman for X, reached by phone,
      // said"); not "NAME, a leader of the X tribe in Y, south of Z, said", an apposition.
      const opens =
        ps === start ||
        (tokens[ps - 1]?.kind === "punct" &&
          !(tokens[ps - 1]?.text === "," && owners.get(ps - 2)?.type === "person"));
      if (
        opens &&
        !owners.has(det) &&
        isSourceNoun(tokens[det]?.norm ?? "") &&
        PHRASE_PREPOSITIONS_ALL.has(tokens[det + 1]?.norm ?? "")
      ) {
        const people = phraseSpeaker(doc, owners, ps, c - 1, memory);
        if (people) return people;
      }
    }
    if (tokens[c]?.text === "," && before && before.type !== "place") return asSpeaker(before);
    // "Mr Haddad's daughter, a nurse in Zakho, said": a relative owned by a possessive names the
    // relative, not the one who owns the noun; the phrase speaks (phraseSpeaker reads it so).
    const ownedRelative =
      RELATIONS.has(tokens[c - 1]?.norm ?? "") && tokens[c - 2]?.kind === "poss" && c - 2 > start;
    for (let j = c - 1; j >= start && c - j < 12 && !ownedRelative; j--) {
      // "Dilovan tells me that the boy, Ahmad, asked": the teller before the reported clause's
      // "that" is not its subject.
      if (tokens[j]?.norm === "that" && !tokens[j]?.cap) break;
      const d = owners.get(j);
      if (d?.type === "person") return asSpeaker(d);
    }
    // "Sheikh NAME, a leader of the X tribe in the Y area, north of Z, said": the person the
    // appositions, one after another, describe.
    for (let r = c - 1; r > start && k - r < 40; r--) {
      const d = owners.get(r - 1);
      if (tokens[r]?.text === "," && d?.type === "person") return asSpeaker(d);
    }
    // "An economist in Beirut who studies the trade, and who asked not to be named, said": two
    // relative clauses describe the phrase before the first.
    if (tokens[c]?.text === "," && tokens[c + 1]?.norm === "and" && tokens[c + 2]?.norm === "who") {
      for (let w = c - 1; w > start && c - w < 16; w--) {
        if (tokens[w]?.norm !== "who" || tokens[w - 1]?.kind !== "word") continue;
        const described = phraseSpeaker(doc, owners, phraseStart(tokens, w - 1, start), w - 1, memory);
        if (described) return described;
        break;
      }
    }
    // "A commander of the Asayish, who gave only his first name, Serhat, said": the phrase
    // before the relative clause, a few commas back.
    for (let r = c - 1; r > start && k - r < 40; r--) {
      if (tokens[r]?.text !== "," || !["who", "whose", "which"].includes(tokens[r + 1]?.norm ?? "")) continue;
      const before = phraseSpeaker(doc, owners, phraseStart(tokens, r - 1, start), r - 1, memory);
      if (before) return before;
      break;
    }
    // "A US defence official, speaking on condition of anonymity, said".
    if (c <= start) return null;
    const described = phraseSpeaker(doc, owners, phraseStart(tokens, c - 1, start), c - 1, memory);
    // "The owner of the bakery, a retired teacher, told": a description naming nobody, then a
    // second one in apposition ("a", "an" and a person's noun, no name in it) — the text gives the
    // speaker by both, and the speaker is spelled so. ("The master of the tanker, a Liberian-flagged
    // Suezmax, said": an apposition whose noun is no one's describes the ship, not the speaker.)
    let head = c + 2;
    while (head + 1 < k && !PHRASE_PREPOSITIONS_ALL.has(tokens[head + 1]?.norm ?? "")) head++;
    if (
      described &&
      !described.draft &&
      ["a", "an"].includes(tokens[c + 1]?.norm ?? "") &&
      k - c <= 10 &&
      personNoun(tokens[head]?.norm ?? "") &&
      tokens.slice(c + 1, k).every((t) => t.kind !== "punct" || t.text === "-") &&
      !tokens.slice(c + 1, k).some((_, i) => owners.get(c + 1 + i)?.type === "person")
    )
      return { draft: null, name: `${described.name}, ${spanText(doc, c + 1, k - 1)}` };
    return described;
  }
  const possessor = whoseSubject(doc, owners, start, k, memory);
  if (possessor) return possessor;
  const fronted = afterFrontedPhrase(tokens, listedName(tokens, phraseStart(tokens, k, start), start), k);
  // "Later the president said", "Later that evening the president said": a time opening the
  // clause without a comma is no part of who speaks.
  const from = afterOpeningTime(tokens, fronted, k);
  // "A Yazidi woman held as a slave by Islamic State in Raqqa told": the agent of a participle
  // describing the subject is not who speaks; the phrase the participle describes is.
  let by = from - 1;
  while (by < k && tokens[by]?.norm !== "by") by++;
  if (tokens[by]?.norm === "by") {
    for (let p = by - 1; p > start && by - p < 8; p--) {
      const t = tokens[p] as Token;
      if (t.kind === "punct") break;
      if (t.kind !== "word" || t.cap || owners.has(p) || !isParticipleForm(t.norm)) continue;
      const ps = phraseStart(tokens, p - 1, start);
      // "An officer quoted by state television said": a bare noun and its article keep where
      // they were quoted (see phraseSpeaker).
      if (["quoted", "cited"].includes(t.norm) && p - ps <= 2 && ARTICLES.has(tokens[ps]?.norm ?? "")) break;
      const described = phraseSpeaker(doc, owners, ps, p - 1, memory);
      if (described) return described;
      break;
    }
  }
  // "..., told the director the men had said": a verb of telling and its hearer before the
  // subject — who speaks is the phrase after the hearer, not the telling.
  const told = toldSubject(doc, owners, from, k, memory);
  if (told !== undefined) return told;
  // "A fruit seller who lost his son told": right after a subject "who" the words are the
  // relative clause's verb and its object, never the subject of the saying; the kin or the
  // person they name ("his son") is whom the clause is about.
  const opensRelative = (j: number) =>
    tokens[j - 1]?.norm === "who" && !isAcronym(tokens[j - 1] as Token) && !tokens[j]?.cap;
  // "A customer who was waiting to collect money from his son in Germany told": a relative
  // clause longer than a subject is read back for is read back to its "who" all the same.
  let wide = opensRelative(from) ? from : phraseStart(tokens, k, start, LONG_DESCRIPTION);
  // "A cyclist from Utrecht who is staying in Room 4 and was on the roof at the time said": an
  // "and" before a verb joins the relative clause's verbs; the clause still opens at its "who".
  if (!opensRelative(wide) && tokens[wide - 1]?.norm === "and" && isVerbWord(tokens[wide]?.norm ?? "")) {
    const joined = phraseStart(tokens, wide - 2, start, LONG_DESCRIPTION);
    if (opensRelative(joined) && k - joined <= 2 * LONG_DESCRIPTION) wide = joined;
  }
  const clause = opensRelative(wide) ? wide : -1;
  const relativeBody = clause >= 0;
  const found = relativeBody ? null : phraseSpeaker(doc, owners, from, k, memory);
  if (found) return found;
  // "A lorry driver waiting on the south bank with a load of cement said": an indefinite source
  // opening its clause, described by more phrases than a subject is read back for.
  const opening = relativeBody ? clause : wide;
  if (
    opening < from &&
    ["a", "an"].includes(tokens[opening]?.text.toLowerCase() ?? "") &&
    (opening === start || tokens[opening - 1]?.kind === "punct")
  ) {
    const long = phraseSpeaker(doc, owners, opening, k, memory);
    if (long && !long.draft) return long;
  }
  // "A nurse with the Red Crescent who works in the clinic contradicted": the phrase the
  // relative clause describes.
  const rel = relativeBody ? clause : from;
  if (tokens[rel - 1]?.norm === "who" && rel - 2 >= start) {
    const first = phraseStart(tokens, rel - 2, start);
    const described = phraseSpeaker(doc, owners, first, rel - 2, memory);
    // "A trader who survived told ...", "a person who attended said ...": the clause is its name
    // (namedByClause). A clause that only withholds the name ("who asked not to be named")
    // describes no one.
    const named = tokens.slice(rel, k + 1).every((t) => !ANONYMITY.has(t.norm))
      ? namedByClause(doc, described, first, rel - 2, k)
      : null;
    if (named) return named;
    if (described) return described;
    const person = personByClause(doc, owners, first, rel - 2);
    if (person) return namedByClause(doc, person, first, rel - 2, k) ?? person;
  }
  if (acronym) return acronym;
  // "Washington has said", "Turkey says": a country or capital speaking for its government.
  const place = owners.get(k);
  let first = from;
  while (first < k && tokens[first]?.norm === "the") first++;
  if (
    place?.type === "place" &&
    [...Array(k - first + 1).keys()].every((n) => owners.get(first + n) === place)
  )
    return asSpeaker(place);
  return null;
}
