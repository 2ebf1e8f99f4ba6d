import type { LexiconMatch } from "../lexicon/matcher.js";
import { type Doc, spanText } from "../text/doc.js";
import { foldChars } from "../text/normalize.js";
import { isJoiner, isWord, type Token } from "../text/tokenize.js";
import { givenName, isCommonWord, isPersonWord, isPlaceWord } from "../text/word-classes.js";
import {
  FACILITY_HEADS,
  NAME_PARTICLES,
  NOT_NAME_WORDS,
  OCCUPATION_NOUNS,
  ORG_HEADS,
  ORG_INNER_WORDS,
  PEOPLE_NOUNS,
  PLACE_HEADS,
  PLACE_PREFIXES,
  ROLE_NOUNS,
  TITLES,
} from "../text/word-lists.js";
import { CLERICAL_TITLES, PILGRIM_HONORIFICS } from "./entity-draft.js";
import {
  BODY_NOUNS,
  companyHeadAt,
  endsInCorporateSuffix,
  guessEntityType,
  POSTNOMINALS,
  PRESS_DESKS,
  PRESS_FUNCTIONS,
  REPORT_ABBREVIATIONS,
  SERVICE_HEADS,
  type TypeGuess,
  tradeNameEndsAt,
  WORSHIP_HEADS,
} from "./entity-type-guess.js";
import { mastheadName } from "./mastheads.js";
import { titledPlace } from "./titled-places.js";

/**
 * Names the lexicon does not know: runs of capitalised words ("Hamid al-Shatari", "Levant
 * Policy Institute", "Tal Hamis"), trimmed of function words and titles, each with a
 * best-guess type from its shape and context (see entity-type-guess.ts).
 */

export interface Candidate extends TypeGuess {
  /** Name tokens [first, last], title excluded. */
  first: number;
  last: number;
  /** Last token of the mention, which may add a head word ("al-Zuhour district"). */
  mentionLast: number;
  sentence: number;
  title?: string;
  /** Lexicon matches that turned out to be part of this longer name. */
  absorbed: number[];
}

/**
 * Makers of the cars, pickups and lorries news from the region names by make and model ("Kia
 * Bongo", "Toyota Hilux", "Hyundai Porter", "Isuzu truck").
 */
/** Callings of the market the word lexicon lacks: "Shopkeeper Yasser al-Abed told us". */
const SHOP_CALLINGS = new Set(["shopkeeper", "grocer", "vendor", "stallholder", "shopowner"]);
const VEHICLE_MAKES = new Set(
  "kia toyota hyundai nissan isuzu mitsubishi chevrolet suzuki daewoo mercedes volvo scania hino mazda".split(
    " ",
  ),
);

/** A lexicon name (match `absorbed`) grown by the words after it into a longer name of a known type. */
const knownNameGrown = (
  type: "organization" | "place",
  first: number,
  last: number,
  sentence: number,
  absorbed: number,
): Candidate => ({
  type,
  score: 4,
  headWord: false,
  first,
  last,
  mentionLast: last,
  sentence,
  absorbed: [absorbed],
});

/**
 * Last words of a publication's or a programme's name: "The Tigris Times", "Euphrates Radio",
 * "Iraq Press Review", "Tigris Risk Advisory", "Euphrates Monitor", a station's band or a
 * programme's time ("Nineveh FM", "Nineveh Now", "Anbar Today", "Euphrates Morning"), a mapping
 * project's map ("EUPHRATES INCIDENT MAP", "Syria Live Map"), a dispatch ("Iraq Dispatch").
 */
export const PUBLICATION_HEADS = new Set(
  `times tribune herald gazette post journal chronicle courier radio tv television review digest
  advisory newsletter monitor observer fm now today tonight morning news daily weekly online map diary diaries
  ledger dispatch star`.split(/\s+/),
);

/** Last words that name a news outlet's own service or desk ("BBC News", "Rudaw Media Network"). */
const OUTLET_OWN_HEADS = new Set([...PUBLICATION_HEADS, "media", "network", "channel", "english", "arabic"]);
/** Whether a name's last word names a news outlet's own service, not another body named like it. */
const outletOwnHead = (t: Token | undefined) => t !== undefined && OUTLET_OWN_HEADS.has(t.norm);

/** Arabic adjectives that make a town's name another place: "al-Jadida" (new), "al-Qadima" (old). */
const TOWN_ADJECTIVES = new Set(
  `jadida jadidah jadeeda jedida qadima qadimah kabira kabirah kubra saghira saghirah sughra ulya sufla`.split(
    /\s+/,
  ),
);

/** Numbered divisions of a law, treaty or document: "Title 18", "Section 4", "Article 2". */
const TEXT_DIVISIONS = new Set([
  "title",
  "section",
  "article",
  "chapter",
  "part",
  "paragraph",
  "clause",
  "schedule",
  "count",
  "volume",
  "page",
]);

const TITLE_OBJECTS = new Set([
  "state",
  "defence",
  "defense",
  "interior",
  "staff",
  "foreign",
  "affairs",
  "justice",
  "finance",
]);
/**
 * A word that can name a body's field: an ordinary word, or a plural noun the word list does not
 * know ("Communications", "Antiquities", "Customs") that is no one's given name.
 */
function fieldWord(norm: string): boolean {
  return isCommonWord(norm) || (/[a-z]{3}s$/.test(norm) && givenName(norm) === null);
}

/**
 * "Train and Equip Fund", "Reconstruction and Development Council": two ordinary words paired
 * by "and" before the body's noun are one name; a name before "and" ("Ali and Army officers")
 * is not, nor is a body's noun right after it unless another ends the name at once.
 */
function pairedHead(
  tokens: readonly Token[],
  covered: Int32Array,
  start: number,
  j: number,
  n: number,
): boolean {
  const left = tokens[j];
  if (tokens[n]?.norm !== "and" || !left?.cap || left.kind !== "word") return false;
  // "Zakat and Welfare Authority": a field the word list does not know ("Hajj", "Zakat") opening
  // the name pairs as well, when it is no one's name, no place's and no entry of the lexicon.
  // Not the last of a comma-listed run ("A Water, Sanitation and Hygiene Cluster spokesperson"):
  // the name would start before it, and only its tail would be read.
  const listed = tokens[start - 1]?.text === "," && tokens[start - 2]?.cap === true;
  const unknownField =
    j === start &&
    !listed &&
    (covered[j] ?? -1) < 0 &&
    givenName(left.norm) === null &&
    !isPersonWord(left.norm) &&
    !isPlaceWord(left.norm);
  if (!fieldWord(left.norm) && !unknownField) return false;
  const sentence = left.sentence;
  const right = tokens[n + 1];
  if (!right?.cap || right.kind !== "word" || right.sentence !== sentence) return false;
  // "Communications and Media Commission": a body's noun right after "and" is still a field of
  // the name when another body's noun ends it straight away.
  const then = tokens[n + 2];
  const headAfter = then?.cap === true && then.sentence === sentence && ORG_HEADS.has(then.norm);
  if (ORG_HEADS.has(right.norm) && !headAfter) return false;
  for (let k = n + 2; k <= n + 4; k++) {
    const t = tokens[k];
    if (!t?.cap || t.kind !== "word" || t.sentence !== sentence) return false;
    if (ORG_HEADS.has(t.norm)) return true;
  }
  return false;
}

/**
 * "Rewards for Justice (RFJ)", "Physicians for Human Rights (PHR)": a connector inside a name
 * whose capitalised words' initials spell the acronym in the brackets right after it. A mission
 * or office named for the country it works in ("European Union Advisory Mission in Iraq (EUAM
 * Iraq)") spells the words before "in" and writes the country after the acronym.
 */
function spelledByAcronym(tokens: readonly Token[], start: number, n: number): boolean {
  const connector = tokens[n];
  if (!connector || !["for", "of", "in"].includes(connector.norm) || !tokens[n + 1]?.cap) return false;
  const sentence = tokens[start]?.sentence;
  // "Rewards for Justice (RFJ)" spells the connector too, "Physicians for Human Rights (PHR)" not.
  let initials = "";
  let all = "";
  let before = "";
  let k = start;
  for (; k < n + 8; k++) {
    const t = tokens[k];
    if (!t || t.sentence !== sentence) return false;
    if (t.text === "(") break;
    if (t.kind !== "word") return false;
    all += t.text[0];
    if (t.cap) initials += t.text[0];
    else if (!["for", "of", "and", "the", "in"].includes(t.norm)) return false;
    if (k < n && t.cap) before += t.text[0];
  }
  const acronym = tokens[k + 1];
  if (tokens[k]?.text !== "(" || acronym?.upper !== true || initials.length < 2) return false;
  if (tokens[k + 2]?.text === ")")
    return (
      acronym.text.toUpperCase() === initials.toUpperCase() ||
      acronym.text.toUpperCase() === all.toUpperCase()
    );
  // "(EUAM Iraq)": the acronym of the words before the connector, then the words after it.
  const after = tokens.slice(n + 1, k).map((t) => t.norm);
  const inside = tokens.slice(k + 2, k + 2 + after.length).map((t) => t.norm);
  return (
    before.length >= 2 &&
    acronym.text.toUpperCase() === before.toUpperCase() &&
    after.length > 0 &&
    after.join(" ") === inside.join(" ") &&
    tokens[k + 2 + after.length]?.text === ")"
  );
}

/** Bodies named by their remit, which an "on" joins to their name ("Committee on Foreign Affairs"). */
const REMIT_HEADS = new Set([
  "commission",
  "committee",
  "council",
  "conference",
  "panel",
  "inquiry",
  "rapporteur",
]);

const FUNCTION_CONNECTORS = new Set(["of", "for", "and", "the", "de"]);
/**
 * Nouns of civil bodies whose name goes on with their remit after "for the" or "of the" ("General
 * Company for the Port of Tartus", "Ministry of the Interior"); a force or the police is thanked
 * "for the raid", which is no part of its name.
 */
const REMIT_THE_HEADS = new Set(
  `ministry council directorate department committee commission office agency authority
  administration institute institution centre center foundation organization organisation union
  federation association society company university college academy bureau mission programme
  program fund establishment board trust`.split(/\s+/),
);
/** Nouns of a body of members, named by whom it gathers ("Association of the X"). */
const MEMBERS_HEADS = new Set([
  "association",
  "union",
  "federation",
  "syndicate",
  "league",
  "chamber",
  "society",
]);
const TITLE_ABBREVIATIONS = new Set([
  "dr",
  // "Eng. Haidar al-Rubaie": the engineer's title Iraqi and Gulf usage writes before a name.
  "eng",
  "col",
  "lt",
  "gen",
  "maj",
  "capt",
  "brig",
  "sgt",
  "prof",
  "mr",
  "mrs",
  "ms",
]);

/** Common words (never a name's first word elsewhere) that open a body's name: "Aid Worker ...", "Local Council". */
const ORG_NAME_OPENERS = new Set(["aid", "local"]);

function hasOrgHead(tokens: readonly Token[], first: number, last: number): boolean {
  if (endsInCorporateSuffix(tokens, first, last)) return true;
  for (let k = first; k <= last; k++) {
    const norm = tokens[k]?.norm ?? "";
    if (
      ORG_HEADS.has(norm) ||
      FACILITY_HEADS.has(norm) ||
      ORG_INNER_WORDS.has(norm) ||
      SERVICE_HEADS.has(norm)
    )
      return true;
  }
  // "Iraq Stock Exchange", "Abu Dhabi Securities Exchange": a market named by its country or
  // city and what it trades ends in "Exchange", a body's noun only as the name's last word and
  // after the traded good ("Exchange Rate" is none; "Iraq Exchange offices" names a place's
  // money changers).
  return last > first && tokens[last]?.norm === "exchange" && tokens[last]?.cap === true;
}

/** A sentence written as a title ("Policy Brief: The Desert Front — ...") names nothing new. */
function isTitleCase(tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => t.kind === "word");
  const last = tokens[tokens.length - 1];
  if (words.length < 5 || (last && /[.!?"”]/.test(last.text))) return false;
  return words.filter((t) => t.cap || NOT_NAME_WORDS.has(t.norm)).length === words.length;
}

/**
 * Marks that part a letterhead's body from its desk or its branch ("North Oil Company – Media
 * Office"), and a header's or sign-off's place from the rest of its line ("Head office, Baghdad · 7 June").
 */
export const HEAD_LINE_SEPARATORS: ReadonlySet<string> = new Set(["·", "|", "—", "–", "•"]);

/**
 * "North Oil Company – Media Office", "Republic of Iraq – Ministry of Interior" over a statement
 * that goes on "The Ministry offers …": a first line in title case, parted by a separator, is a
 * letterhead, not a headline, when one part is a press desk or the text after it calls a part by
 * its body's noun ("the company", "the ministry"). Its names are read as any line's are.
 */
function isLetterhead(doc: Doc, line: readonly Token[]): boolean {
  const parts: Token[][] = [[]];
  for (const t of line) {
    if (HEAD_LINE_SEPARATORS.has(t.text)) parts.push([]);
    else parts[parts.length - 1]?.push(t);
  }
  const named = parts.map((p) => p.filter((t) => t.kind === "word"));
  if (named.length < 2 || named.some((p) => p.length === 0)) return false;
  const desk = named.some((p) => {
    const head = p[p.length - 1] as Token;
    return (
      p.length > 1 && PRESS_DESKS.has(head.norm) && p.slice(0, -1).every((t) => PRESS_FUNCTIONS.has(t.norm))
    );
  });
  if (desk) return true;
  // "Policy Brief: The Desert Front — …": a title with a colon is a headline's.
  if (line.some((t) => t.text === ":")) return false;
  const end = line[line.length - 1];
  const after = end ? doc.text.slice(end.end) : "";
  return named.some((p) => {
    // "Prime Minister's Media Office": a desk's noun after its function word is no body's.
    if (PRESS_FUNCTIONS.has(p[p.length - 2]?.norm ?? "")) return false;
    const heads = [p[p.length - 1]?.norm ?? ""];
    if (p[1]?.norm === "of") heads.push(p[0]?.norm ?? "");
    // "The Ministry offers a reward …": the body opens a sentence of its own text.
    return heads.some(
      (h) => ORG_HEADS.has(h) && new RegExp(`(?:^|\\n|[.!?]["”’]?\\s+)The ${h}\\b`, "i").test(after),
    );
  });
}

function isAllCaps(tokens: readonly Token[]): boolean {
  // "DAILY TRAFFIC REPORT No. 19/2026": the number sign of a document's serial is no word.
  const serial = (t: Token, k: number) =>
    t.norm === "no" && tokens[k + 1]?.text === "." && tokens[k + 2]?.kind === "num";
  const words = tokens.filter((t, k) => t.kind === "word" && /\p{L}{2}/u.test(t.text) && !serial(t, k));
  return words.length > 0 && words.every((t) => t.upper);
}

/**
 * Nouns that end (or, before "of", open) the full name of a body on a letterhead or a masthead
 * shouted in capitals: "EUPHRATES RECOVERY ALLIANCE", "KIRKUK POLICE DIRECTORATE",
 * "ASSOCIATION OF THE FAMILIES OF THE SPEICHER MARTYRS", a humanitarian cluster ("NORTHWEST
 * SYRIA SHELTER CLUSTER", "... PROTECTION SUB-CLUSTER": its region is no place of the story).
 * "KURDISTAN DEMOCRATIC UNITY PARTY", "EUROPEAN PARLIAMENT", "NINEVEH SEISMOLOGICAL STATION",
 * "HARCOURT LANE SOLICITORS", "CRISIS CELL": a party, a house, a station, a firm of lawyers and a
 * governorate's crisis cell issue texts too;
 * "GENERAL COMPANY FOR PORTS OF IRAQ": a civil body's noun may open its name before "for".
 * A desk's or a unit's noun ("MEDIA OFFICE", "SOUTHERN DIVISION", "HEARING MONITORING
 * PROGRAMME") names a part of a body or a piece of work, not the body, and a publication's is
 * left to the masthead rules.
 */
const LETTERHEAD_HEADS = new Set(
  `ministry council directorate department committee commission command agency authority
  administration foundation organization organisation union federation association society
  alliance company bank court coalition institute university college academy bureau fund club circle
  consortium hospital cooperative co-operative trust cluster party parliament station solicitors advocates cell
  syndicate network`.split(/\s+/),
);
/**
 * Nouns that end a body's name on a letterhead only after a word that is no common word or a
 * known place, in a name of three words or more: "IRAQI CORRECTIONAL SERVICE", "MOSUL CULTURAL
 * MUSEUM", "MESOPOTAMIA PRESS FREEDOM CENTRE", "ZAGROS VOLUNTEER MOUNTAIN RESCUE" name a body;
 * "CUSTOMER SERVICE", "VISITOR CENTRE" and "MOUNTAIN RESCUE" name a desk or a kind of service
 * (and a known place with the noun alone, "KIRKUK CENTRE", is a branch, as below).
 */
const NAMED_LETTERHEAD_HEADS = new Set([
  "service",
  "centre",
  "center",
  "museum",
  "rescue",
  "hotels",
  // "DAR AL-RAHMA CARE HOME": a home's noun after a name (a hostel's is a trade's, SHOUTED_TRADES).
  // (A school's noun alone is left out: set 36's 353 does not list the primary school whose
  // canteen menu it is; "SCHOOL OF ..." opens a name below.)
  "home",
]);
/**
 * "DAR AL-QALAM SCHOOL OF ARABIC CALLIGRAPHY", "DAR AL-RAHMA HOME FOR THE ELDERLY": a school's or
 * a home's noun after its name opens what it teaches or whom it keeps, as a body's noun opens its
 * remit ("CHAMBER OF COMMERCE").
 */
const NAMED_LETTERHEAD_OPENERS = new Set(["school", "home"]);
/** A company's legal form closing its name on its letterhead ("... CONTRACTING CO. (L.L.C.)", "... PETROLEUM PLC"). */
const COMPANY_FORMS = new Set(["co", "plc", "ltd", "llc", "inc", "limited"]);
/** Nouns of a body's unit a letterhead names after the body ("MEDIA DEPARTMENT"). */
const UNIT_HEADS = new Set([
  "department",
  "directorate",
  "division",
  "section",
  "bureau",
  "unit",
  "committee",
]);
/**
 * Units of a hospital whose head is also a body's noun ("HOSPITAL · BLOOD BANK": the bank is the
 * hospital's, no bank): the head, and the word before it that makes it the unit.
 */
const CARE_UNITS = new Map([["bank", "blood"]]);
// Not the comma: "MINISTRY OF CONSTRUCTION, HOUSING AND MUNICIPALITIES" lists its remits.
const LETTERHEAD_SEPARATORS = new Set(["·", "|", "—", "–", ":", "•", "(", ")", "[", "]", "/", ";"]);
/** The sides a river's bank is named by ("the left bank", "the West Bank"). */
const RIVER_SIDES = new Set(["left", "right", "west", "east", "north", "south", "western", "eastern"]);
/** Words that end no name before a body's noun ("WORDS OF THE ASSOCIATION", "NUMBER TO WATCH"). */
const LETTERHEAD_FUNCTION_WORDS = new Set(
  "of the and for to a an in on at by with from up our your its".split(" "),
);

/** Nouns of a town's part a shop's letterhead gives its address by ("SARAI QUARTER, TAL AFAR"). */
const QUARTER_HEADS = new Set(["quarter", "neighbourhood", "neighborhood", "district", "souq", "market"]);

/**
 * "SALON AL-ASDIQA · MEN'S BARBER · SARAI QUARTER, TAL AFAR": a letterhead's address opens with
 * the quarter, a name and its noun, before a comma and the town; the quarter is a place (a
 * counted one, "SECOND NEIGHBOURHOOD", is a number, and "INDUSTRIAL QUARTER" a kind, not a name).
 */
function letterheadQuarter(
  text: string,
  tokens: readonly Token[],
  span: readonly Token[],
  covered: Int32Array,
  sentence: number,
): Candidate | undefined {
  const [name, head, comma, town] = span;
  if (!name || !head || comma?.text !== "," || town?.kind !== "word") return undefined;
  if (name.kind !== "word" || !name.upper || !head.upper || !QUARTER_HEADS.has(head.norm)) return undefined;
  if ((covered[name.i] ?? -1) >= 0 || (covered[town.i] ?? -1) < 0) return undefined;
  // "INDUSTRIAL QUARTER" then "the industrial quarter": a kind of quarter, written in lower case.
  if (
    isCommonWord(name.norm) ||
    writtenInLowerCase(text, name) ||
    /^(?:first|second|third|fourth|fifth|new|old|industrial|commercial|central)$/.test(name.norm)
  )
    return undefined;
  if (tokens[name.i - 1]?.kind === "word") return undefined;
  return {
    type: "place",
    score: 5,
    headWord: false,
    first: name.i,
    last: head.i,
    mentionLast: head.i,
    sentence,
    absorbed: [],
  };
}

/** Words that write the issuer itself, or its readers, in the first person plural. */
const FIRST_PLURAL_RE = /\b(?:we|our|us)\b/i;
/** A document kind's line addressing its readers ("Letter to our customers", "Class note for students"). */
const ADDRESSED_TO = new Set(["to", "for"]);

/**
 * "DAR AL-NOUL HANDWOVEN CARPETS · SALAMIYAH" over "Letter to our customers · Wednesday …",
 * "CITADEL CLAY STUDIO · KIRKUK" over "Class note for students": a letter's, a note's or a
 * newsletter's first line shouted in capitals, a name alone or with the town of its seat, over a
 * line naming the kind of document and whom it is addressed to, in a text whose writer says "we"
 * and "our", is its issuing body's name, whatever noun the name ends in. The name's segment
 * ends at `last`, the first line at `lineEnd`. A headline ("TWO KILLED IN MOSUL", then a
 * standfirst) is over no such line; a section's label ("SPORT · SYRIAN PREMIER LEAGUE") has
 * no seat after it.
 */
function issuerHead(
  text: string,
  tokens: readonly Token[],
  last: number,
  lineEnd: number,
  covered: Int32Array,
  matches: readonly LexiconMatch[],
): boolean {
  const opener = tokens[0];
  if (!opener || (opener.norm === "the" ? tokens[1]?.breaks : opener.breaks)) return false;
  // After the name: nothing, or one separator and a known place (the seat) ending the line.
  if (last < lineEnd) {
    const sep = tokens[last + 1];
    if (!sep || !HEAD_LINE_SEPARATORS.has(sep.text)) return false;
    const seat = matches[covered[last + 2] ?? -1];
    if (seat?.entry.type !== "place" || seat.first !== last + 2 || seat.last !== lineEnd) return false;
  }
  // The next line: a document's kind in a capitalised common noun or two, then "to" or "for".
  const kind = tokens[lineEnd + 1];
  if (!kind || kind.breaks === 0 || !kind.cap || kind.upper || kind.kind !== "word") return false;
  let k = lineEnd + 2;
  while (
    k <= lineEnd + 3 &&
    tokens[k]?.kind === "word" &&
    !tokens[k]?.cap &&
    !ADDRESSED_TO.has(tokens[k]?.norm ?? "")
  )
    k++;
  if (!ADDRESSED_TO.has(tokens[k]?.norm ?? "") || tokens[k]?.breaks) return false;
  const from = kind.start;
  return FIRST_PLURAL_RE.test(text.slice(from, from + 1500));
}

/**
 * A line shouted in capitals is a label, a headline or a letterhead; only a letterhead's
 * segments (between its separators) that are a body's whole name are names. A segment of a
 * known place and a body's noun alone ("KIRKUK DIRECTORATE" after "GENERAL DIRECTORATE OF CIVIL
 * DEFENCE") is a branch of the body named before it, known only through it.
 */
function letterheadBodies(
  text: string,
  tokens: readonly Token[],
  from: number,
  to: number,
  sentence: number,
  covered: Int32Array,
  matches: readonly LexiconMatch[],
): Candidate[] {
  const found: Candidate[] = [];
  // "MEDICAL NEUTRALITY MONITOR – SYRIA" over a report signed "Medical Neutrality Monitor –
  // Syria": the whole line, dash and country included, is the body's name the text writes.
  const chapter: Candidate = {
    type: "organization",
    score: 5,
    headWord: false,
    first: from,
    last: from,
    mentionLast: from,
    sentence,
    absorbed: [],
  };
  for (let k = from + 1; k < to; k++)
    if (LETTERHEAD_SEPARATORS.has(tokens[k]?.text ?? "") || (covered[k] ?? -1) >= 0) break;
    else chapter.mentionLast = k;
  countryChapter(tokens, covered, matches, chapter);
  if (chapter.absorbed.length > 0 && chapter.last === to && writtenAsName(text, tokens, from, to))
    return [chapter];
  let start = from;
  for (let k = from; k <= to; k++) {
    const t = tokens[k];
    const ends = k === to || (t !== undefined && t.kind === "punct" && LETTERHEAD_SEPARATORS.has(t.text));
    if (!ends) continue;
    let last = k === to && !(t?.kind === "punct" && LETTERHEAD_SEPARATORS.has(t.text)) ? k : k - 1;
    let first = start;
    start = k + 1;
    if (tokens[first]?.norm === "the") first++;
    // "CONTRACTING CO." before "(L.L.C.)": the full stop of a legal form's abbreviation ends no
    // segment; the name is read up to the form (a legal form in brackets after it is no acronym of it).
    const form = tokens[last - 1];
    const formStop =
      tokens[last]?.text === "." && form?.kind === "word" && form.upper && COMPANY_FORMS.has(form.norm);
    if (formStop) last--;
    const span = tokens.slice(first, last + 1);
    const quarter = letterheadQuarter(text, tokens, span, covered, sentence);
    if (quarter) found.push(quarter);
    const words = span.filter((w) => w.kind === "word");
    if (words.length < 2 || words.length > 9 || !words.every((w) => w.upper)) continue;
    const head = words[words.length - 1] as Token;
    const before = words[words.length - 2] as Token;
    // "MOSUL (LEFT BANK)", "WEST BANK": a river's bank named by its side is a place, no bank.
    const riverBank = head.norm === "bank" && RIVER_SIDES.has(before.norm);
    const namedBefore = words
      .slice(0, -1)
      .some(
        (w) => (covered[w.i] ?? -1) >= 0 || (!isCommonWord(w.norm) && !LETTERHEAD_FUNCTION_WORDS.has(w.norm)),
      );
    const endsInBody =
      (LETTERHEAD_HEADS.has(head.norm) ||
        tradeNameEndsAt(tokens, head.i) ||
        (NAMED_LETTERHEAD_HEADS.has(head.norm) && namedBefore && words.length >= 3) ||
        (COMPANY_FORMS.has(head.norm) && namedBefore)) &&
      !LETTERHEAD_FUNCTION_WORDS.has(before.norm) &&
      !riverBank;
    // "DIRECTORATE OF LEGAL AFFAIRS": a department named by its field is a part of the body
    // the letterhead names above it, as "Political Affairs" is a portfolio. "BASRA CHAMBER OF
    // COMMERCE": the body's noun and its remit after "of" may follow the place it serves.
    const bodyOf = (k: number) =>
      (LETTERHEAD_HEADS.has(words[k]?.norm ?? "") || words[k]?.norm === "chamber") &&
      (words[k + 1]?.norm === "of" ||
        (words[k + 1]?.norm === "for" && REMIT_THE_HEADS.has(words[k]?.norm ?? ""))) &&
      words.slice(0, k).every((w) => !LETTERHEAD_FUNCTION_WORDS.has(w.norm));
    // "DAR AL-QALAM SCHOOL OF ...": a school's or a home's noun after a name no common words make.
    const namedOpens = (k: number) =>
      k >= 2 &&
      NAMED_LETTERHEAD_OPENERS.has(words[k]?.norm ?? "") &&
      ["of", "for"].includes(words[k + 1]?.norm ?? "") &&
      words
        .slice(0, k)
        .every((w) => w.norm === "al" || (!isCommonWord(w.norm) && !LETTERHEAD_FUNCTION_WORDS.has(w.norm)));
    const opensBody =
      (bodyOf(0) || bodyOf(1) || words.slice(2, 5).some((_, i) => namedOpens(i + 2))) &&
      head.norm !== "affairs";
    // Only the remits a body lists are set off by commas inside its name.
    // "KHABUR CHILDREN'S FUND", "TIGRIS BIRDERS' CIRCLE": a possessive inside the name says
    // whose body it is.
    const possessive = (w: Token) =>
      w.kind === "poss" ||
      ((w.text === "'" || w.text === "’") && !w.space && tokens[w.i - 1]?.norm.endsWith("s"));
    // "ROADS & BRIDGES CONTRACTING CO.": the ampersand joins a company's trades.
    const joined = (w: Token) =>
      w.kind === "word" ||
      possessive(w) ||
      w.text === "-" ||
      (opensBody && w.text === ",") ||
      (w.text === "&" && COMPANY_FORMS.has(head.norm));
    if (!span.every(joined)) continue;
    const asName = !endsInBody && !opensBody && words.length >= 3 && writtenAsName(text, tokens, first, last);
    const issuer =
      !endsInBody &&
      !opensBody &&
      !asName &&
      first <= 1 &&
      issuerHead(text, tokens, last, to, covered, matches);
    if (!endsInBody && !opensBody && !asName && !issuer) continue;
    if (LETTERHEAD_FUNCTION_WORDS.has(head.norm)) continue;
    // "ELECTORAL COMMISSION · MEDIA DEPARTMENT": a unit named by its field after the body on the
    // same letterhead is a desk of that body, as "MEDIA OFFICE" is, not a body of its own.
    if (
      words.length === 2 &&
      (UNIT_HEADS.has(head.norm) || CARE_UNITS.get(head.norm) === before.norm) &&
      isCommonWord(before.norm) &&
      (covered[before.i] ?? -1) < 0 &&
      found.some((c) => c.type === "organization")
    )
      continue;
    // Known names inside: a known body is the lexicon's; a known place is absorbed into the name.
    const absorbed = new Set<number>();
    let knownBody = false;
    let placeWords = 0;
    for (let j = first; j <= last; j++) {
      const m = covered[j] ?? -1;
      if (m < 0) continue;
      const match = matches[m] as LexiconMatch;
      // "AL-JAZIRA FERRY SERVICE": a news outlet's name opening a longer body's name is that
      // body's first word, as a place's is ("Al-Jazira Ferry Service" in a sentence, above).
      const outletOpens =
        match.entry.kind === "media" &&
        match.first === first &&
        match.last < last &&
        endsInBody &&
        !outletOwnHead(tokens[last]);
      if (outletOpens) absorbed.add(m);
      else if (match.entry.type !== "place") knownBody = true;
      else if (match.first >= first && match.last <= last) {
        absorbed.add(m);
        // "AL-QAIM": the hyphen inside a place's name is no word of it.
        if (tokens[j]?.kind === "word") placeWords++;
      } else knownBody = true;
    }
    if (knownBody) continue;
    // Only a name that carries a known place ("NINEVEH STAR LOGISTICS") needs the letterhead
    // to say the place is no place of the events; a section's or a masthead's label is none.
    if (asName && placeWords === 0) continue;
    if (!opensBody && placeWords >= words.length - 1) continue;
    found.push({
      type: "organization",
      score: 5,
      headWord: false,
      first,
      last,
      mentionLast: last,
      sentence,
      absorbed: [...absorbed],
    });
  }
  return found;
}

/**
 * "NINEVEH STAR LOGISTICS · CUSTOMER ADVISORY" over a text that speaks of "Nineveh Star
 * Logistics": a letterhead's segment the text also writes as a name, every word capitalised
 * but not shouted, is that name, whatever noun it ends in (a company's trade, a brand). The
 * caller asks it only of segments of three words or more that carry a known place.
 */
function writtenAsName(text: string, tokens: readonly Token[], first: number, last: number): boolean {
  const a = tokens[first];
  const b = tokens[last];
  if (!a || !b) return false;
  const needle = text.slice(a.start, b.end).toLowerCase();
  const lower = text.toLowerCase();
  for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) {
    if (at === a.start) continue;
    const edge = `${text[at - 1] ?? " "}${text[at + needle.length] ?? " "}`;
    if (/[\p{L}\p{N}]/u.test(edge)) continue;
    const seen = text.slice(at, at + needle.length);
    const parts = seen.split(/\s+/).filter((w) => /\p{L}/u.test(w));
    if (seen !== seen.toUpperCase() && parts.every((w) => /^\p{Lu}/u.test(w))) return true;
  }
  return false;
}

interface Run {
  first: number;
  last: number;
  absorbed: number[];
}

/** First words of a state body's name under a government: "KRG Ministry of ...". */
const STATE_BODY_WORDS = new Set([
  "ministry",
  "department",
  "directorate",
  "council",
  "office",
  "commission",
]);

/** Last words of a policy's name ("Defence Policy", "Security Strategy"), never of a body's. */
const POLICY_HEADS = new Set(["policy", "strategy", "doctrine"]);

/** Academic posts and degrees held in a field ("Lecturer in Middle East Security", "PhD in Law"). */
export const ACADEMIC_POSTS = new Set(
  "lecturer lecturers reader professor professors fellow fellowship degree degrees phd doctorate diploma masters ma msc ba bsc mphil".split(
    " ",
  ),
);

/** Compass points, which name the side of a site ("North gate"), not a site. */
const COMPASS_POINTS = new Set(
  "north south east west northeast northwest southeast southwest north-east north-west south-east south-west".split(
    " ",
  ),
);

/** Capitalised last words of a street's or a square's name ("King Street", "Tahrir Square"). */
export const STREET_HEADS = new Set(["street", "road", "avenue", "lane", "boulevard", "square"]);

/** Trades a company is named by after its country ("Qatar Airways", "Turkish Airlines"). */
const CARRIER_HEADS = new Set(["airlines", "airways", "telecom", "telecommunications"]);

/** Compass words that open a body's own division of its work ("Central Region", "North Sector"). */
const COMPASS_DIVISION_WORDS = new Set([
  ...COMPASS_POINTS,
  ..."northern southern eastern western central middle".split(" "),
]);
/** Heads of such a division. */
const DIVISION_HEADS = new Set(["region", "sector", "zone"]);

/** Capitalised heads of a natural feature named after a place: "Diyala River", "Zab Valley". */
const FEATURE_HEADS = new Set(["river", "valley", "lake", "mountains", "marshes", "dam"]);

/** Months and weekdays, whose numbers are dates ("June 9,", "Sat 31 Oct"), not names. */
const CALENDAR_WORDS = new Set(
  "january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thurs fri sat sun".split(
    " ",
  ),
);

/** Who a transcript's label says is speaking when it names nobody ("FIRST SPEAKER:", "GUARD:"). */
const LABEL_NOUNS = new Set([
  ...ROLE_NOUNS,
  ...OCCUPATION_NOUNS,
  ...PEOPLE_NOUNS,
  ..."speaker speakers caller interpreter translator voice voices participant interviewee".split(" "),
]);

/** Hijri months of two words: "Rabi al-Awwal", "Jumada al-Akhira", "Dhu al-Hijjah". */
const HIJRI_FIRST = new Set(["rabi", "rabia", "rabie", "jumada", "jumadi", "jumad", "dhu", "dhul", "thul"]);
const HIJRI_SECOND = new Set(
  "awwal awal akhir akhar thani thaani ula oula uula akhira akhirah akhera thaniya thaniyah qadah qidah qada qaada qadeh hijjah hijja hijah".split(
    " ",
  ),
);
/** Hijri months of one word, read as the month only after "month of" ("Rajab" is also a name). */
const HIJRI_SINGLE = new Set("muharram safar rajab shaaban shaban shawwal ramadan ramadhan".split(" "));

function hijriMonth(tokens: readonly Token[], first: number, last: number): boolean {
  const words = tokens.slice(first, last + 1).filter((t) => t.kind === "word");
  if (words.length === 3 && HIJRI_FIRST.has(words[0]?.norm ?? "") && words[1]?.norm === "al")
    return HIJRI_SECOND.has(words[2]?.norm ?? "");
  if (words.length === 2 && HIJRI_FIRST.has(words[0]?.norm ?? ""))
    return HIJRI_SECOND.has(words[1]?.norm ?? "");
  return (
    words.length === 1 &&
    HIJRI_SINGLE.has(words[0]?.norm ?? "") &&
    tokens[first - 1]?.norm === "of" &&
    tokens[first - 2]?.norm === "month"
  );
}

/**
 * "Kabarto 1, Kabarto 2 and Rwanga", "Camp 5 camp": a one- or two-digit number after a name word
 * numbers the place or site, when the name ends there (a list's comma or conjunction, or a head
 * noun follows). Not after a month or weekday ("June 9, 2025" is a date).
 */
function numberedName(tokens: readonly Token[], j: number, n: number): boolean {
  const name = tokens[j];
  const num = tokens[n];
  if (!name || !num || name.kind !== "word" || !name.cap || CALENDAR_WORDS.has(name.norm)) return false;
  // "Title 18, United States Code", "Article 4, paragraph 2": a numbered division of a text is a citation.
  if (TEXT_DIVISIONS.has(name.norm)) return false;
  if (num.kind !== "num" || !num.space || !/^\d{1,2}$/.test(num.text)) return false;
  const after = tokens[n + 1];
  if (!after || after.sentence !== num.sentence) return false;
  if (after.text === "," || after.norm === "and" || after.norm === "or") return true;
  const singular = after.norm.replace(/s$/, "");
  return after.kind === "word" && !after.cap && (FACILITY_HEADS.has(singular) || PLACE_HEADS.has(singular));
}

/** Lower-case nouns of an outlet's trade that introduce its name ("the local news network Daraa 24"). */
const OUTLET_CUES = new Set([
  "network",
  "channel",
  "outlet",
  "website",
  "site",
  "page",
  "station",
  "broadcaster",
]);
/** Words after a source's name that say it reported: the name ends before them. */
const REPORTED_WORDS = new Set(["said", "says", "reported", "reports", "which", "that", "quoted", "cited"]);

/**
 * "according to the local news network Hawran 24, which said ...": a number after a one-word
 * name that an outlet's noun introduces ends the outlet's name, a brand (the place it names is no
 * place of the events), when the name ends there (a comma, a full stop, "said", "which").
 */
export function outletNumber(tokens: readonly Token[], start: number, j: number, n: number): boolean {
  const cue = tokens[start - 1];
  const num = tokens[n];
  if (start !== j || cue?.kind !== "word" || cue.cap || !OUTLET_CUES.has(cue.norm)) return false;
  if (tokens[j]?.kind !== "word" || !tokens[j]?.cap) return false;
  if (num?.kind !== "num" || !num.space || !/^\d{1,3}$/.test(num.text)) return false;
  const after = tokens[n + 1];
  if (!after || after.sentence !== num.sentence) return true;
  return [",", ".", ")", ";"].includes(after.text) || REPORTED_WORDS.has(after.norm);
}

/** A town's one word read as a given name: see findNamedCandidates ("prosecutor Anna Berg"). */
function givenNameForTown(
  tokens: readonly Token[],
  covered: Int32Array,
  match: LexiconMatch,
  after: Token | undefined,
): boolean {
  const word = tokens[match.first];
  if (!word || !after || match.entry.type !== "place" || match.first !== match.last || match.demonym)
    return false;
  if (word.upper || givenName(word.norm) === null) return false;
  const spelled = foldChars(word.text).toLowerCase();
  if ([match.entry.name, ...match.entry.aliases].some((n) => foldChars(n).toLowerCase() === spelled))
    return false;
  return (
    after.kind === "word" &&
    after.cap &&
    !after.upper &&
    after.sentence === word.sentence &&
    (covered[after.i] ?? -1) < 0 &&
    !NOT_NAME_WORDS.has(after.norm) &&
    !PLACE_HEADS.has(after.norm) &&
    !FACILITY_HEADS.has(after.norm) &&
    !ORG_HEADS.has(after.norm) &&
    !STREET_HEADS.has(after.norm) &&
    !FEATURE_HEADS.has(after.norm)
  );
}

/** Extends a run of name tokens from `start`; lexicon places may be absorbed into longer names. */
/** Plurals without a final "s", written with "'s" inside a body's name ("Women's Search Unit"). */
const IRREGULAR_PLURALS = new Set(["women", "children", "men", "people"]);

/**
 * "Euphrates and Khabur Water Watch", "Tigris and Euphrates Basin Authority": a body of a basin is
 * named for its two rivers. After a river and "and", a capitalised stretch of the same sentence
 * ending in a body's noun makes the two names one body's name (towns before a body's noun are
 * more often a list: "in Raqqa and Hasakah Provincial Council areas").
 */
function pairedPlacesBody(tokens: readonly Token[], from: number): boolean {
  const sentence = tokens[from]?.sentence;
  let k = from;
  while (tokens[k]?.kind === "word" && tokens[k]?.cap && tokens[k]?.sentence === sentence && k - from < 4)
    k++;
  const last = tokens[k - 1];
  return k - from >= 2 && last !== undefined && ORG_HEADS.has(last.norm);
}

/** Words between a ministry's noun and its portfolios ("Ministry of", "Ministry for"). */
const PORTFOLIO_OPENERS = new Set(["of", "for"]);
/** Bodies named by a list of fields: "Ministry of Gender, Labour and ...", "Bureau of Migration, Labour and Skills". */
const PORTFOLIO_BODIES = new Set([
  "ministry",
  "bureau",
  "department",
  "directorate",
  "secretariat",
  "commission",
]);
/** Nouns that open another body's name, never a portfolio ("the Ministry of Defence, Army Command and ..."). */
const NOT_PORTFOLIO = new Set(
  "ministry ministries council directorate department command forces force army police office agency authority government".split(
    " ",
  ),
);

/**
 * The last token of a ministry's list of portfolios from the comma at `comma` ("…Gender, Labour
 * and Social Development"), or -1: capitalised items of one to three words, none a known name
 * or another body's noun, no person's or place's word, parted by commas and closed by "and" and a last item, after which no
 * capitalised word goes on.
 */
function portfolioListEnd(
  tokens: readonly Token[],
  covered: Int32Array,
  comma: number,
  sentence: number,
): number {
  let k = comma;
  let closed = false;
  for (;;) {
    // After the "," or "and" at k, an item; ", and" closes the list as "and" does.
    if (tokens[k]?.text === "," && tokens[k + 1]?.norm === "and" && !tokens[k + 1]?.cap) {
      if (closed) return -1;
      closed = true;
      k++;
    }
    let end = k;
    for (let w = k + 1; w <= k + 3; w++) {
      const t = tokens[w];
      if (t?.kind !== "word" || !t.cap || t.sentence !== sentence || t.meta || t.breaks > 0) break;
      // A portfolio is a field written with common words ("Labour", "Social Development"), not
      // a person's or a place's name ("the Ministry of Defence, Ahmed Saleh and ...").
      if ((covered[w] ?? -1) >= 0 || NOT_PORTFOLIO.has(t.norm)) return -1;
      if (givenName(t.norm) !== null || isPersonWord(t.norm) || isPlaceWord(t.norm)) return -1;
      end = w;
    }
    if (end === k) return -1;
    const after = tokens[end + 1];
    if (closed) return after?.kind === "word" && after.cap ? -1 : end;
    if (after?.text === ",") k = end + 1;
    else if (after?.kind === "word" && after.norm === "and" && !after.cap) {
      closed = true;
      k = end + 1;
    } else return -1;
  }
}

/** Words for "saint" and for the Virgin opening a church's dedication ("Mar Addai", "the Virgin Mary"). */
const DEDICATION_OPENERS = new Set(["mar", "mor", "saint", "st", "virgin", "holy", "our"]);

/**
 * Whether the name at k is whom a house of worship is dedicated to: a saint ("Mar Addai", "Saint
 * George"), the Virgin, a given name ("Omar"), or an Arabic name or epithet with its article
 * ("al-Tahira", "al-Nouri").
 */
function dedicatee(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (t?.kind !== "word") return false;
  if (NAME_PARTICLES.has(t.norm)) return isJoiner(tokens, k + 1) && tokens[k + 2]?.cap === true;
  return t.cap && (DEDICATION_OPENERS.has(t.norm) || givenName(t.norm) !== null);
}

function extendRun(doc: Doc, start: number, covered: Int32Array, matches: readonly LexiconMatch[]): Run {
  const { tokens } = doc;
  const sentence = tokens[start]?.sentence ?? -1;
  let j = start;
  const absorbed: number[] = [];
  const startMatch = covered[start] ?? -1;
  /** The run's end before a remit after "for the" was taken in, if one was. */
  let remitFrom: number | undefined;
  if (startMatch >= 0) {
    absorbed.push(startMatch);
    j = matches[startMatch]?.last ?? start;
  }
  /** Where the run's first name ends: "and" may join a second one only there. */
  const firstEnd = j;
  /** The body's noun, after a sentence's capitalised "The". */
  const bodyAt = tokens[start]?.norm === "the" ? start + 1 : start;
  for (;;) {
    const n = j + 1;
    const t = tokens[n];
    if (!t || t.sentence !== sentence || t.meta || t.breaks > 0) break;
    const next = tokens[n + 1];
    if (isJoiner(tokens, n)) {
      if (next && isWord(next) && (next.cap || NAME_PARTICLES.has(next.norm) || next.kind === "num")) {
        // "Tigris-Euphrates Policy Forum": a place joined into the name is part of it, not a place of its own.
        const joinedMatch = matches[covered[n + 1] ?? -1];
        if (joinedMatch?.entry.type === "place" && joinedMatch.first === n + 1) {
          absorbed.push(covered[n + 1] as number);
          j = joinedMatch.last;
          continue;
        }
        j = n + 1;
        continue;
      }
      break;
    }
    // "Ministry of Gender, Labour and Social Development": a ministry's portfolios listed with
    // commas before the last "and" are all its name, not a ministry and a stray list.
    if (
      t.text === "," &&
      PORTFOLIO_BODIES.has(tokens[bodyAt]?.norm ?? "") &&
      PORTFOLIO_OPENERS.has(tokens[bodyAt + 1]?.norm ?? "")
    ) {
      const end = portfolioListEnd(tokens, covered, n, sentence);
      if (end > 0) {
        j = end;
        break;
      }
    }
    const current = tokens[j] as Token;
    // "Carrow & Lisle", "Marks & Spencer": an ampersand between capitalised words joins a
    // firm's name (a list of names is written with "and").
    if (
      t.text === "&" &&
      current.kind === "word" &&
      current.cap &&
      next?.kind === "word" &&
      next.cap &&
      (covered[n + 1] ?? -1) < 0
    ) {
      j = n + 1;
      continue;
    }
    if (t.text === "." && !t.space && TITLE_ABBREVIATIONS.has(current.norm) && next?.cap) {
      j = n;
      continue;
    }
    // "P. de Groot", "J. R. Smith": an initial and its full stop open a person's name.
    if (
      t.text === "." &&
      !t.space &&
      /^\p{Lu}$/u.test(current.text) &&
      next?.space &&
      (next.cap || NAME_PARTICLES.has(next.norm) || SURNAME_PARTICLES.has(next.norm))
    ) {
      j = n;
      continue;
    }
    // "P. de Groot", "Anna van Dijk": a European surname's particle before its capitalised word.
    if (
      SURNAME_PARTICLES.has(t.text) &&
      (current.cap || current.text === ".") &&
      next?.kind === "word" &&
      next.cap &&
      next.space &&
      (covered[n + 1] ?? -1) < 0
    ) {
      j = n;
      continue;
    }
    // "Maria do Carmo Lopes", "Joana dos Santos": a Portuguese, Spanish or Italian surname's
    // particle, after a name the run already holds a given name of (not "Why do Kurds ...").
    if (
      ROMANCE_PARTICLES.has(t.text) &&
      current.cap &&
      next?.kind === "word" &&
      next.cap &&
      next.space &&
      (covered[n + 1] ?? -1) < 0 &&
      tokens.slice(start, j + 1).some((k) => k.kind === "word" && givenName(k.norm) !== null)
    ) {
      j = n;
      continue;
    }
    if (numberedName(tokens, j, n) || outletNumber(tokens, start, j, n)) {
      j = n;
      continue;
    }
    // "Truck Drivers' Union", "Journalists' Syndicate": a plural possessive inside a body's name
    // says whose body it is, and the name goes on after the apostrophe. So does a plural that
    // takes "'s" ("Women's Search Unit", "Children's Hospital").
    const pluralOwner =
      ((t.text === "'" || t.text === "’") &&
        !t.space &&
        current.kind === "word" &&
        current.norm.endsWith("s")) ||
      (t.kind === "poss" && IRREGULAR_PLURALS.has(current.norm));
    if (
      pluralOwner &&
      current.cap &&
      next?.kind === "word" &&
      next.cap &&
      next.space &&
      next.sentence === sentence &&
      (covered[n + 1] ?? -1) < 0
    ) {
      j = n;
      continue;
    }
    if (t.kind === "word" && t.cap) {
      const m = covered[n] ?? -1;
      if (m < 0) {
        j = n;
        continue;
      }
      const match = matches[m];
      if (match && match.entry.type === "place") {
        absorbed.push(m);
        j = match.last;
        continue;
      }
      break;
    }
    // "al-Shatari", "Abdul-Razzaq": a particle joined by a hyphen to the next name word.
    const joined = tokens[n + 2];
    if (t.kind === "word" && NAME_PARTICLES.has(t.norm) && isJoiner(tokens, n + 1) && joined?.cap) {
      // "Abu Maryam al-Iraqi", "Abu Ayyub al-Masri": a nisba of a country's adjective after a
      // name names the man's origin inside his name; no mention of the country.
      const nisba = matches[covered[n + 2] ?? -1];
      if (
        (covered[n] ?? -1) < 0 &&
        nisba?.demonym &&
        nisba.first === n + 2 &&
        nisba.last === n + 2 &&
        current.cap
      ) {
        absorbed.push(covered[n + 2] as number);
        j = n + 2;
        continue;
      }
      // "Wadi al-Tharthar": a known place spelled with its article joins the run as a place
      // written with a capital does; the caller then keeps it apart or as a feature's name.
      const placeMatch = matches[covered[n] ?? -1];
      if (placeMatch?.entry.type === "place" && placeMatch.first === n && !placeMatch.demonym) {
        absorbed.push(covered[n] as number);
        j = placeMatch.last;
        continue;
      }
      // "Sheikh Abdulrazzaq Hamoud al-Shaitat": a tribe's name with its article after a man's
      // given names is his family name (the tribe he is of), not the tribe as an actor.
      if (tribeSurname(tokens, covered, matches, n)) {
        absorbed.push(covered[n] as number);
        j = (matches[covered[n] as number] as LexiconMatch).last;
        continue;
      }
      if ((covered[n] ?? -1) >= 0 || (covered[n + 2] ?? -1) >= 0) break;
      j = n + 2;
      continue;
    }
    const nextMatch = matches[covered[n + 1] ?? -1];
    // "Commission of Inquiry on the Syrian Arab Republic", "Committee on Foreign Affairs": a
    // body named by its remit keeps the "on" and the subject after it, but not a day ("the
    // Council on Tuesday").
    const afterOn = next?.norm === "the" ? tokens[n + 2] : next;
    const remitOn =
      t.norm === "on" &&
      afterOn?.kind === "word" &&
      afterOn.cap &&
      afterOn.sentence === sentence &&
      !CALENDAR_WORDS.has(afterOn.norm) &&
      // "briefed the Security Council on Syria": a country after a bare "on" is the topic.
      !(afterOn === next && (covered[n + 1] ?? -1) >= 0) &&
      [...Array(j - start + 1).keys()].some(
        (d) =>
          REMIT_HEADS.has(tokens[start + d]?.norm ?? "") ||
          // "Working Group on Enforced Disappearances": a working group is named by its remit too.
          (tokens[start + d]?.norm === "group" && tokens[start + d - 1]?.norm === "working"),
      );
    if (remitOn || pairedHead(tokens, covered, start, j, n) || spelledByAcronym(tokens, start, n)) {
      j = n;
      continue;
    }
    // "General Company for the Port of Tartus", "Committee for the Protection of Journalists": a
    // body's remit after "for the" goes on in capitals after the lower-case article ("of the"
    // more often joins a second body: "Issam Fares Institute of the American University").
    const articleThen = tokens[n + 2];
    const remitThe =
      t.norm === "for" &&
      next?.text === "the" &&
      articleThen?.kind === "word" &&
      articleThen.cap &&
      articleThen.sentence === sentence &&
      !CALENDAR_WORDS.has(articleThen.norm) &&
      REMIT_THE_HEADS.has(current.norm);
    if (remitThe) {
      remitFrom ??= j;
      j = n;
      continue;
    }
    // "Association of the Petroleum Industry of Kurdistan", "Union of the Chambers of Commerce":
    // a members' body whose name is its noun alone so far is named by whom it gathers, after "of
    // the" (a longer name before "of the" is a body of its own: "X Institute of the University").
    if (
      t.norm === "of" &&
      j === start &&
      MEMBERS_HEADS.has(current.norm) &&
      next?.text === "the" &&
      articleThen?.kind === "word" &&
      articleThen.cap &&
      articleThen.sentence === sentence &&
      !CALENDAR_WORDS.has(articleThen.norm)
    ) {
      j = n;
      continue;
    }
    // "Embassy of the United Kingdom", "Consulate General of the Netherlands": a diplomatic
    // mission is named by the state it represents, written with its article; the state is part
    // of the mission's name, no mention of its own.
    const represented = representedState(tokens, covered, matches, j);
    if (represented) {
      absorbed.push(covered[n + 2] as number);
      j = represented.last;
      continue;
    }
    // "Council of Tribes and Clans of the Eastern Euphrates": a body named for a region, written
    // with its article and a compass word before a place's name, keeps the region in its name.
    const regional = regionOfBody(tokens, covered, matches, n);
    if (regional && hasOrgHead(tokens, start, j)) {
      absorbed.push(regional.match);
      j = regional.last;
      continue;
    }
    // "Omar bin al-Khattab", "Jabir ibn al-Hayyan": a lower-case particle before a second one
    // joined by a hyphen to a capitalised word ("bin al-", "abu al-") goes on with the name.
    const particleThen = tokens[n + 3];
    if (
      t.kind === "word" &&
      NAME_PARTICLES.has(t.norm) &&
      current.kind === "word" &&
      current.cap &&
      next?.kind === "word" &&
      NAME_PARTICLES.has(next.norm) &&
      isJoiner(tokens, n + 2) &&
      particleThen?.kind === "word" &&
      particleThen.cap &&
      particleThen.sentence === sentence &&
      (covered[n + 3] ?? -1) < 0
    ) {
      j = n;
      continue;
    }
    // "the Church of Mar Addai", "the Church of al-Tahira", "the Church of the Virgin Mary": a
    // house of worship named with its capitalised noun before "of" and the saint or the person it
    // is dedicated to is named by both ("the Church of England", "of the East": a denomination).
    if (t.norm === "of" && current.cap && WORSHIP_HEADS.has(current.norm) && next?.sentence === sentence) {
      const name = next.norm === "the" ? tokens[n + 2] : next;
      if (name && dedicatee(tokens, name.i) && (covered[name.i] ?? -1) < 0) {
        j = name.i - 1;
        continue;
      }
    }
    const connectorOk =
      t.kind === "word" &&
      next?.kind === "word" &&
      next.cap &&
      next.sentence === sentence &&
      (nextMatch === undefined || (nextMatch.entry.type === "place" && !NAME_PARTICLES.has(t.norm))) &&
      (NAME_PARTICLES.has(t.norm) ||
        (FUNCTION_CONNECTORS.has(t.norm) &&
          hasOrgHead(tokens, start, j) &&
          (t.norm !== "the" || ["of", "for", "on"].includes(current.norm))) ||
        (t.norm === "and" &&
          j === firstEnd &&
          matches[startMatch]?.entry.kind === "river" &&
          pairedPlacesBody(tokens, n + 1)));
    if (connectorOk) {
      j = n;
      continue;
    }
    break;
  }
  // "Supreme Committee for the Return of Iraqis from al-Hol Camp": where a preposition and a
  // capitalised word follow, the remit may go on past where the run stops; the body's noun
  // alone is then the surer name.
  const after = tokens[j + 1];
  const afterNext = tokens[j + 2];
  if (
    remitFrom !== undefined &&
    after?.kind === "word" &&
    !after.cap &&
    REMIT_GOES_ON.has(after.norm) &&
    afterNext?.sentence === sentence &&
    (afterNext.cap || NAME_PARTICLES.has(afterNext.norm))
  ) {
    j = remitFrom;
    while (absorbed.length > 0 && (matches[absorbed[absorbed.length - 1] as number]?.first ?? -1) > j)
      absorbed.pop();
  }
  return { first: start, last: j, absorbed };
}

/** Kinds of national forces raised by province, whose branches go by the province's name. */
const BRANCHED_FORCES = new Set(["militia"]);

/** Compass words a region's name opens with ("the Eastern Euphrates", "the Northern Countryside"). */
const COMPASS_WORDS = new Set(["eastern", "western", "northern", "southern", "upper", "lower", "central"]);

/**
 * "of the Eastern Euphrates" at `n` (the "of"): the region's place match (after the compass word,
 * or opening with it) and its last token, or undefined.
 */
function regionOfBody(
  tokens: readonly Token[],
  covered: Int32Array,
  matches: readonly LexiconMatch[],
  n: number,
): { match: number; last: number } | undefined {
  const compass = tokens[n + 2];
  if (tokens[n]?.norm !== "of" || tokens[n + 1]?.text !== "the" || !compass?.cap) return undefined;
  if (!COMPASS_WORDS.has(compass.norm) || compass.sentence !== tokens[n]?.sentence) return undefined;
  for (const at of [n + 2, n + 3]) {
    const m = covered[at] ?? -1;
    const match = matches[m];
    if (match?.entry.type === "place" && match.first === at && !match.demonym)
      return { match: m, last: match.last };
  }
  return undefined;
}

/** A diplomatic mission's noun, before "of the" and the state it represents. */
const MISSION_HEADS = new Set(["embassy", "consulate", "mission", "delegation"]);

/**
 * The state a mission's noun at `j` represents, written "of the" and its name after it ("Embassy
 * of the United Kingdom"): the country's lexicon match, or undefined.
 */
function representedState(
  tokens: readonly Token[],
  covered: Int32Array,
  matches: readonly LexiconMatch[],
  j: number,
): LexiconMatch | undefined {
  const head = tokens[j];
  if (!head?.cap || head.kind !== "word") return undefined;
  const mission =
    MISSION_HEADS.has(head.norm) || (head.norm === "general" && tokens[j - 1]?.norm === "consulate");
  const state = matches[covered[j + 3] ?? -1];
  if (
    !mission ||
    tokens[j + 1]?.norm !== "of" ||
    tokens[j + 2]?.text !== "the" ||
    state?.entry.kind !== "country" ||
    state.first !== j + 3 ||
    state.demonym ||
    tokens[j + 3]?.sentence !== head.sentence
  )
    return undefined;
  return state;
}

/**
 * "Security Alert – Embassy of the United Kingdom, Baghdad": a headline written as a title names
 * nothing new, but a mission named by the state it represents is a name the lexicon's country
 * vouches for, and the state inside it is no mention of its own.
 */
function missionsNamed(
  tokens: readonly Token[],
  covered: Int32Array,
  matches: readonly LexiconMatch[],
  from: number,
  to: number,
  sentence: number,
): Candidate[] {
  const found: Candidate[] = [];
  for (let j = from; j < to; j++) {
    const state = representedState(tokens, covered, matches, j);
    if (!state) continue;
    const first = tokens[j - 1]?.norm === "consulate" && tokens[j]?.norm === "general" ? j - 1 : j;
    found.push({
      type: "organization",
      score: 4,
      headWord: true,
      first,
      last: state.last,
      mentionLast: state.last,
      sentence,
      absorbed: [covered[j + 3] as number],
    });
  }
  return found;
}

/**
 * Arabic and Kurdish words for "voice" and "echo" that open the names of papers and stations
 * ("Sawt al-Iraq", "Sada Mosul", "Dengê Kurdistan"), as "Radio" does in English.
 */
const OUTLET_OPENERS = new Set(["sawt", "sout", "sada", "denge", "dengê"]);

/**
 * "Sawt Kirkuk", "Sawt al-Jazira": an outlet's opening word, capitalised, right before a known
 * place or outlet makes the two one outlet's name (the lower-case "the sawt of the guns", or
 * the opener before no known name, is left alone).
 */
function outletOpenerAt(
  tokens: readonly Token[],
  covered: Int32Array,
  matches: readonly LexiconMatch[],
  i: number,
): boolean {
  const t = tokens[i];
  if (t?.kind !== "word" || !t.cap || !OUTLET_OPENERS.has(t.norm) || (covered[i] ?? -1) >= 0) return false;
  const match = matches[covered[i + 1] ?? -1];
  return (
    match !== undefined &&
    match.first === i + 1 &&
    !match.demonym &&
    tokens[match.last]?.sentence === t.sentence &&
    (match.entry.type === "place" || match.entry.kind === "media")
  );
}

/**
 * "the rider of Team Duhok Velo", "for Team Kirkuk": "Team" capitalised inside a sentence before
 * a known place opens a sports team's name (with any capitalised words after the place); the
 * town is the team's, no place of the events ("Team Leader, Kirkuk" has no place after "Team").
 */
function teamOpenerAt(
  tokens: readonly Token[],
  covered: Int32Array,
  matches: readonly LexiconMatch[],
  i: number,
): boolean {
  const t = tokens[i];
  const before = tokens[i - 1];
  if (t?.kind !== "word" || t.text !== "Team" || (covered[i] ?? -1) >= 0) return false;
  if (!before || before.sentence !== t.sentence || t.breaks > 0 || before.text === "·") return false;
  const match = matches[covered[i + 1] ?? -1];
  return (
    match !== undefined &&
    match.first === i + 1 &&
    !match.demonym &&
    match.entry.type === "place" &&
    tokens[match.last]?.sentence === t.sentence
  );
}

/**
 * "SAFETY FLASH SF-031 · Tigris Well Services · HSE Department": a part of an opening title line
 * (between its separators) that is a known place and capitalised words ending in a body's or a
 * trade's noun is that body's whole name, as it would be in a sentence; the place is no mention
 * of its own ("Attack on Tigris Convoy" ends in no such noun, and a part that does not open with
 * the place, "Gunmen Storm Basra Oil Company", is a headline's clause, left to the body's text).
 */
function headlineBodies(
  tokens: readonly Token[],
  covered: Int32Array,
  matches: readonly LexiconMatch[],
  from: number,
  to: number,
  sentence: number,
): Candidate[] {
  const found: Candidate[] = [];
  let start = from;
  for (let k = from; k <= to; k++) {
    const t = tokens[k];
    if (k < to && !(t && HEAD_LINE_SEPARATORS.has(t.text))) continue;
    const first = tokens[start]?.norm === "the" ? start + 1 : start;
    const last = k - 1;
    start = k + 1;
    const m = covered[first] ?? -1;
    const match = matches[m];
    if (!match || match.first !== first || match.entry.type !== "place" || match.demonym) continue;
    const rest = tokens.slice(match.last + 1, last + 1);
    if (rest.length === 0 || rest.length > 5) continue;
    if (!rest.every((w) => w.kind === "word" && w.cap && (covered[w.i] ?? -1) < 0)) continue;
    const head = tokens[last] as Token;
    if (!ORG_HEADS.has(head.norm) && !companyHeadAt(tokens, last)) continue;
    found.push({
      type: "organization",
      score: 4,
      headWord: true,
      first,
      last,
      mentionLast: last,
      sentence,
      absorbed: [m],
    });
  }
  return found;
}

/**
 * A tribe's known name written with its article ("al-Shaitat") at token `n`, right after a
 * capitalised word of a name that no lexicon entry covers: a man's family name.
 */
function tribeSurname(
  tokens: readonly Token[],
  covered: Int32Array,
  matches: readonly LexiconMatch[],
  n: number,
): boolean {
  const match = matches[covered[n] ?? -1];
  const before = tokens[n - 1];
  return (
    match?.entry.kind === "tribe" &&
    match.first === n &&
    NAME_PARTICLES.has(tokens[n]?.norm ?? "") &&
    isJoiner(tokens, n + 1) &&
    before?.kind === "word" &&
    before.cap &&
    !before.upper &&
    (covered[n - 1] ?? -1) < 0
  );
}

/**
 * A shouted run that is a heading's or a title's words, not a name: every word in capitals, no
 * known name inside, no body's noun anywhere, and its words either all ordinary (the word list's
 * common words, or words the text also writes in lower case) or joined by a function word
 * ("WEEK IN SECURITY").
 */
function shoutedCommonWords(doc: Doc, absorbed: number, first: number, last: number): boolean {
  if (absorbed > 0) return false;
  const { tokens } = doc;
  const words = tokens.slice(first, last + 1).filter((t) => t.kind === "word");
  if (words.length === 0 || !words.every((t) => t.upper && /\p{L}{2}/u.test(t.text))) return false;
  if (words.some((t) => givenName(t.norm) !== null || LETTERHEAD_HEADS.has(t.norm))) return false;
  // "NEW TIMES" opening a timetable's line is a heading; a paper's "Times" needs its own name.
  const opensLine = (tokens[first]?.breaks ?? 0) > 0;
  if (words.some((t) => ORG_HEADS.has(t.norm) && !(t.norm === "times" && opensLine))) return false;
  const inner = words.slice(1, -1).some((t) => LETTERHEAD_FUNCTION_WORDS.has(t.norm));
  return inner || words.every((t) => isCommonWord(t.norm) || writtenInLowerCase(doc.text, t));
}

/** The text writes the word in lower case somewhere, as a common noun is written. */
function writtenInLowerCase(text: string, t: Token): boolean {
  return /^[a-z]+$/.test(t.norm) && lowerCaseWords(text).has(t.norm);
}

// One pass over the text per article, not a regular expression built from each word: a hostile
// text's one 100 KB "word" made a pattern too large to compile, and a scan per word is quadratic.
let lowerCaseWordsOf: { text: string; words: Set<string> } | null = null;
/** The words (whole runs of letters) the text writes wholly in lower-case ASCII letters. */
function lowerCaseWords(text: string): Set<string> {
  if (lowerCaseWordsOf?.text === text) return lowerCaseWordsOf.words;
  const words = new Set<string>();
  for (const [w] of text.matchAll(/\p{L}+/gu)) if (/^[a-z]+$/.test(w)) words.add(w);
  lowerCaseWordsOf = { text, words };
  return words;
}

/**
 * "our programmer Dara Faiq": a given name that reaches a place's spelling only by folding
 * ("Dara" for "Dar'a"), followed by a capitalised word that is no common or place word, is a
 * person's given name and surname, not the place.
 */
/** A word no list knows: neither a common word, a name's word nor a body's head. */
const unknownWord = (norm: string) =>
  !isCommonWord(norm) &&
  !isPlaceWord(norm) &&
  !ORG_HEADS.has(norm) &&
  !PLACE_HEADS.has(norm) &&
  !FACILITY_HEADS.has(norm);

/** "HAMA AMIN:" opening a line: a transcript's label of who speaks. */
function speakerLabel(tokens: readonly Token[], first: number, last: number): boolean {
  const before = tokens[first - 1];
  // "SOT — HAMA AMIN:": a broadcast script's cue may come first, before a dash.
  const opens =
    first === 0 ||
    (tokens[first]?.breaks ?? 0) > 0 ||
    before?.sentence !== tokens[first]?.sentence ||
    /^[–—]$/.test(before?.text ?? "");
  return opens && tokens[first]?.upper === true && tokens[last + 1]?.text === ":";
}

/**
 * Two capitalised words [first, last] written where a person is named: a byline ("By Rawa Aziz"
 * opening a line), an appositive after a role or a calling ("our programmer, Soran Dizayee,"),
 * before a clause about a person ("Hama Amin, whose name ...") or an age ("Soran Dizayee, 34,"),
 * or as a transcript's speaker label ("HAMA AMIN:").
 */
function personCueAround(tokens: readonly Token[], first: number, last: number): boolean {
  const before = tokens[first - 1];
  const sameSentence = before?.sentence === tokens[first]?.sentence;
  if (
    before?.norm === "by" &&
    before.cap &&
    (first === 1 || before.breaks > 0 || tokens[first - 2]?.sentence !== before.sentence)
  )
    return true;
  if (before?.text === "," && sameSentence) {
    const noun = tokens[first - 2];
    if (
      noun?.kind === "word" &&
      !noun.cap &&
      (ROLE_NOUNS.has(noun.norm) || OCCUPATION_NOUNS.has(noun.norm) || /(?:er|or|ist)$/.test(noun.norm)) &&
      determinerBefore(tokens, first - 3)
    )
      return true;
  }
  const after = tokens[last + 1];
  const next = tokens[last + 2];
  if (after?.text === "," && next !== undefined && next.sentence === tokens[last]?.sentence) {
    if (next.norm === "who" || next.norm === "whose") return true;
    if (next.kind === "num" && /^\d{2}$/.test(next.text) && tokens[last + 3]?.text === ",") return true;
  }
  return speakerLabel(tokens, first, last);
}

/** A determiner or possessive before a role noun ("our programmer", "the director"). */
function determinerBefore(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return t?.kind === "word" && /^(?:the|our|their|his|her|its|a|an)$/.test(t.norm);
}

function foldedGivenName(tokens: readonly Token[], match: LexiconMatch, surname: Token | undefined): boolean {
  const word = tokens[match.first];
  if (!word || !surname || surname.kind !== "word" || givenName(word.norm) === null) return false;
  const written = word.text.toLowerCase();
  if ([match.entry.name, ...match.entry.aliases].some((a) => a.toLowerCase() === written)) return false;
  return !isCommonWord(surname.norm) && !isPlaceWord(surname.norm) && !ORG_HEADS.has(surname.norm);
}

/**
 * Arabic nouns of a trade that open a business's name as "Restaurant" or "Hotel" would end an
 * English one: "Mataam al-Badiya" (the Badiya Restaurant), "Funduq al-Rasheed", "Maqha al-Shatt".
 */
const ARABIC_TRADES = new Set(["mataam", "matam", "maqha", "funduq", "fundoq", "furn", "saydaliyat"]);

/** A name of two words or more opened by an Arabic trade's noun. */
function arabicTradeName(tokens: readonly Token[], first: number, last: number): boolean {
  const t = tokens[first];
  return t?.kind === "word" && t.cap && ARABIC_TRADES.has(t.norm) && last > first;
}

/** Heads of a sports competition's name and of its tiers. */
const COMPETITION_HEADS = new Set(["league", "division", "cup", "championship"]);

/** A competition's or tier's name ending at `last` in a sentence that numbers a round or matchday. */
function competitionName(tokens: readonly Token[], last: number): boolean {
  const head = tokens[last];
  if (!head?.cap || !COMPETITION_HEADS.has(head.norm)) return false;
  for (let k = last + 1; tokens[k]?.sentence === head.sentence; k++) {
    const t = tokens[k] as Token;
    if ((t.norm === "round" || t.norm === "matchday") && t.cap && tokens[k + 1]?.kind === "num") return true;
  }
  return false;
}

/** "Kilo 160": the capitalised word and a whole number of kilometres after it, in one sentence. */
function kiloMarker(tokens: readonly Token[], i: number): boolean {
  const kilo = tokens[i];
  const num = tokens[i + 1];
  return (
    kilo?.text === "Kilo" &&
    num?.kind === "num" &&
    num.space &&
    /^\d{1,4}$/.test(num.text) &&
    num.sentence === kilo.sentence &&
    !(tokens[i + 2]?.kind === "word" && /^(?:grams?|g|kilograms?|kg)$/.test(tokens[i + 2]?.norm ?? ""))
  );
}

/** Capitalised nouns of a border or a base's numbered positions ("Post 17", "Tower 22"). */
const POST_NOUNS = new Set(["post", "outpost", "tower", "watchtower", "checkpoint"]);
/** Words after a number that make it a measure, not a position's number. */
const POST_NUMBER_UNITS = /^(?:km|kilomet(?:re|er)s?|m|met(?:re|er)s?|miles?|per|percent|times)$/;

/**
 * "soldiers at Post 14", "the Tower 22 outpost", "attacked Post 17 of the Border Guard": a
 * border's or a base's position named by its capitalised noun and its number is a place of its
 * own (not "Post 3 of 5" of a thread, nor a number of units after it: "Checkpoint 2 km away").
 */
function numberedPost(tokens: readonly Token[], i: number): boolean {
  const noun = tokens[i];
  const num = tokens[i + 1];
  const after = tokens[i + 2];
  return (
    noun?.kind === "word" &&
    noun.cap &&
    !noun.upper &&
    POST_NOUNS.has(noun.norm) &&
    num?.kind === "num" &&
    num.space &&
    /^\d{1,3}$/.test(num.text) &&
    num.sentence === noun.sentence &&
    !(after?.sentence === noun.sentence && (after.text === "/" || POST_NUMBER_UNITS.test(after.norm)))
  );
}

/** Capitalised nouns that number a camp's sections ("Phase 5", "Sector 4", "Block 12"). */
const CAMP_SECTION_NOUNS = new Set(["phase", "sector", "block"]);

/**
 * "Phase 5 of al-Hol camp", "a resident of Phase 5": a camp's numbered section is a place, named
 * by its noun and number; read so where the article names it of a camp ("Phase 2 of the plan" is
 * a stage, no place).
 */
function campSection(doc: Doc, matches: readonly LexiconMatch[], covered: Int32Array, i: number): boolean {
  const { tokens } = doc;
  const noun = tokens[i];
  const num = tokens[i + 1];
  if (noun?.kind !== "word" || !noun.cap || noun.upper || !CAMP_SECTION_NOUNS.has(noun.norm)) return false;
  if (num?.kind !== "num" || !/^\d{1,2}$/.test(num.text) || num.sentence !== noun.sentence) return false;
  return campSectionsOf(doc, matches, covered).has(`${noun.text} ${num.text}`);
}

const campSectionCache = new WeakMap<Doc, Set<string>>();

/** The sections ("Phase 5") the article names of a camp ("Phase 5 of al-Hol camp"), read once. */
function campSectionsOf(doc: Doc, matches: readonly LexiconMatch[], covered: Int32Array): Set<string> {
  const cached = campSectionCache.get(doc);
  if (cached) return cached;
  const { tokens } = doc;
  const found = new Set<string>();
  for (let k = 0; k + 3 < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.kind !== "word" || !CAMP_SECTION_NOUNS.has(t.norm) || tokens[k + 2]?.norm !== "of") continue;
    const after = tokens[k + 3]?.norm === "the" ? k + 4 : k + 3;
    const camp = matches[covered[after] ?? -1];
    if (camp?.entry.kind === "camp" && camp.first === after) found.add(`${t.text} ${tokens[k + 1]?.text}`);
  }
  campSectionCache.set(doc, found);
  return found;
}

/** Prepositions that may carry a body's remit on: "for the Return of Iraqis from al-Hol Camp". */
const REMIT_GOES_ON = new Set(["from", "in", "at", "to", "into", "inside"]);

/**
 * Months of the Iraqi and Levantine calendar. Quarters, streets and squares are named after
 * dates in them ("1 Huzairan", "14 Tammuz", "7 Nisan"); a day number before one of these
 * months is part of a name, never a date of an English text.
 */
const LEVANT_MONTHS = new Set(
  `kanun shubat adhar azar adar nisan nissan ayyar ayar huzairan haziran hzeiran tammuz tamuz tamouz
  aylul ailul ayloul tishreen tishrin`.split(/\s+/),
);

/** The month word at `k` with a day number right before it: "1 Huzairan". */
function datedName(tokens: readonly Token[], k: number): boolean {
  const month = tokens[k];
  const day = tokens[k - 1];
  return (
    month?.kind === "word" &&
    month.cap &&
    month.space &&
    LEVANT_MONTHS.has(month.norm) &&
    day?.kind === "num" &&
    /^(?:[1-9]|[12]\d|3[01])$/.test(day.text) &&
    day.sentence === month.sentence
  );
}

/**
 * "Danish Council for Refugee Aid", "Fund for Medical Aid": a capitalised "Aid" closing the remit
 * a body's name gives after "for" or "of" is the name's last word, though "aid" alone never
 * ends a name ("... said local aid").
 */
function remitCloser(tokens: readonly Token[], first: number, last: number): boolean {
  const t = tokens[last];
  if (t?.kind !== "word" || !t.cap || t.norm !== "aid" || last - first < 3) return false;
  let remit = false;
  for (let k = first + 1; k < last - 1; k++) {
    const w = tokens[k]?.norm ?? "";
    if (w === "for" || w === "of") remit = true;
  }
  return remit && hasOrgHead(tokens, first, last - 1);
}

/** Lower-case particles of Dutch, German and French surnames: "de Groot", "van Dijk", "von Arnim". */
const SURNAME_PARTICLES = new Set(["de", "van", "von", "der", "den", "du", "ter"]);
/** Lower-case particles of Portuguese, Spanish and Italian surnames: "do Carmo", "dos Santos", "di Marco". */
const ROMANCE_PARTICLES = new Set(["do", "da", "dos", "das", "di", "del", "della", "degli"]);

/** A capital letter alone with its full stop written onto it: an initial ("A." in "Meryem A."). */
function isInitial(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const stop = tokens[k + 1];
  return t?.kind === "word" && /^\p{Lu}$/u.test(t.text) && stop?.text === "." && !stop.space;
}

/** Tokens [first, last] read as a person's name: capitalised name words, no organization word. */
function personLike(tokens: readonly Token[], first: number, last: number): boolean {
  if (first > last || hasOrgHead(tokens, first, last)) return false;
  let names = 0;
  for (let k = first; k <= last; k++) {
    const t = tokens[k] as Token;
    if (t.kind !== "word") continue;
    if (NAME_PARTICLES.has(t.norm)) continue;
    if (!t.cap || t.upper || ROLE_NOUNS.has(t.norm) || TITLES.has(t.norm) || NOT_NAME_WORDS.has(t.norm))
      return false;
    names++;
  }
  // "al-Araji" alone: a particle joined to one name word is a surname.
  const surname = NAME_PARTICLES.has(tokens[first]?.norm ?? "") && isJoiner(tokens, first + 1);
  return names >= 2 || (names === 1 && (givenName(tokens[first]?.norm ?? "") !== null || surname));
}

/**
 * "council member Shilan Hama Amin", "Rebin Halabja Aziz": a place's name between the words of a
 * person's name, the run opening with a given name or coming after a role, is part of the name.
 */
function placeInName(tokens: readonly Token[], run: Run, matches: readonly LexiconMatch[]): boolean {
  if (run.absorbed.length !== 1) return false;
  const place = matches[run.absorbed[0] as number];
  if (!place || place.entry.kind === "country" || place.first <= run.first) return false;
  // "Lina Kassab", "Omar Halabi": a given name and one word a town is also spelled as is a person
  // named after the town, as Arab family names often are; a place is not written after a given name.
  const first = tokens[run.first];
  if (
    place.last === run.last &&
    place.first === place.last &&
    place.first === run.first + 1 &&
    first?.cap &&
    !isCommonWord(first.norm) &&
    givenName(first.norm) !== null
  )
    return true;
  // "Shirin Rashid Hama, an MP from Sulaimaniyah": a given name and a father's name, then one word a
  // town is spelled as, close a three-part name; a town is not written straight after a man's names.
  if (
    place.last === run.last &&
    place.first === place.last &&
    place.first === run.first + 2 &&
    first?.cap &&
    !isCommonWord(first.norm) &&
    givenName(first.norm) !== null &&
    personLike(tokens, run.first, place.first - 1)
  )
    return true;
  if (place.last >= run.last) return false;
  const after = tokens[place.last + 1];
  if (after?.kind !== "word" || !after.cap) return false;
  const before = tokens[run.first - 1];
  const roleBefore = before?.kind === "word" && !before.cap && ROLE_NOUNS.has(before.norm);
  // "Lieutenant General Riyadh Jabbar": a rank right before the place's word makes it a given name.
  // "Eng. Dara Salih", "Dr Dara Salih": an abbreviated title, with or without its full stop, is one.
  const titleAt = (k: number) => {
    const t = tokens[k];
    if (t?.text === ".") return TITLE_ABBREVIATIONS.has(tokens[k - 1]?.norm ?? "") && k > run.first;
    return t?.cap === true && (TITLES.has(t.norm) || TITLE_ABBREVIATIONS.has(t.norm));
  };
  let k = run.first;
  while (k < place.first && titleAt(k)) k++;
  const rankBefore = k === place.first && k > run.first;
  return roleBefore || rankBefore || givenName(tokens[run.first]?.norm ?? "") !== null;
}

/** "7th", "Second": the number of a unit or command ("7th Border Guards Brigade"). */
const ORDINAL_WORDS = new Set(
  "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split(" "),
);
function ordinalAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (t.kind === "word") return t.cap && ORDINAL_WORDS.has(t.norm);
  const suffix = tokens[k + 1];
  return t.kind === "num" && /^(?:st|nd|rd|th)$/.test(suffix?.norm ?? "") && !suffix?.space;
}

/** The numbered sittings a court or a house divides into ("First Panel", "Second Chamber"). */
const COURT_SITTINGS = new Set(["panel", "chamber", "bench", "circuit"]);

/** Words after an ordinal that make a numbered unit or command: an organization or area head. */
function numberedUnit(tokens: readonly Token[], first: number, last: number): boolean {
  return hasOrgHead(tokens, first, last) || PLACE_HEADS.has(tokens[last]?.norm ?? "");
}

/** Nouns that title a plan or a platform when "for" follows them ("Programme for Nineveh"). */
const PLAN_NOUNS = new Set(["programme", "program", "plan", "manifesto", "agenda", "roadmap", "vision"]);

/** Nouns a periodical describes itself by under its masthead ("A quarterly for falconers"). */
const PERIODICAL_NOUNS = new Set(
  "quarterly monthly weekly fortnightly magazine journal newsletter newspaper periodical bulletin review".split(
    " ",
  ),
);

/**
 * A name ending at `last` and followed on its line by a separator and "a" or "the", up to two
 * words and a periodical's noun: "THE HOOD & JESS · A quarterly for falconers".
 */
function periodicalTitle(tokens: readonly Token[], last: number): boolean {
  const mark = tokens[last + 1];
  if (mark?.kind !== "punct" || !["·", "|", "—", "–", "•"].includes(mark.text)) return false;
  const article = tokens[last + 2];
  if (!article || article.breaks > 0 || !["a", "an", "the"].includes(article.norm)) return false;
  for (let k = last + 3; k <= last + 5; k++) {
    const t = tokens[k];
    if (t?.kind !== "word" || t.breaks > 0) return false;
    if (PERIODICAL_NOUNS.has(t.norm)) return true;
  }
  return false;
}

/** The marks a web page's breadcrumb trail separates its steps with. */
const BREADCRUMB_MARKS = new Set(["›", "»"]);

/** "Sheikh" as a word inside a name after the given name ("Ibrahim Sheikh Mousa"). */
const NAME_SHEIKHS = new Set(["sheikh", "shaikh", "sheik", "shaykh"]);

/**
 * "National Security Adviser Qassem al-Araji", "Interior Ministry Spokesman Miqdad Miri": a
 * capitalised role ending in a role noun or title, then a person's name. Returns the role
 * noun's index, or -1 when the run is no title and name.
 */
function roleSplit(tokens: readonly Token[], first: number, last: number): number {
  for (let k = last - 1; k >= first; k--) {
    const t = tokens[k] as Token;
    // "Cameraman Nizar Abu Fakhr", "Paramedic Rami Haddad": an occupation written as a title
    // before a name opens it as a role does.
    if (
      t.kind !== "word" ||
      !t.cap ||
      !(ROLE_NOUNS.has(t.norm) || TITLES.has(t.norm) || OCCUPATION_NOUNS.has(t.norm))
    )
      continue;
    if (ordinalAt(tokens, k) && numberedUnit(tokens, k + 1, last)) return -1;
    // "Omar Hajj Younes", "Mohammed Haji Ahmed": the pilgrim's honorific after a given name is
    // carried inside an Arab or Kurdish name, not a title before the name that follows it; so is
    // the "Sheikh" of a Kurdish family line ("Dr. Ibrahim Sheikh Mousa").
    if (
      (PILGRIM_HONORIFICS.has(t.norm) || NAME_SHEIKHS.has(t.norm)) &&
      k > first &&
      givenName(tokens[first]?.norm ?? "") !== null &&
      personLike(tokens, first, k - 1)
    )
      return -1;
    const nameStart = tokens[k + 1]?.text === "." ? k + 2 : k + 1;
    return personLike(tokens, nameStart, last) ? k : -1;
  }
  return -1;
}

/** Roles that are also the last word of outlets' names ("Middle East Monitor"). */
const OUTLET_ROLES = new Set(["monitor", "observer", "witness"]);

/**
 * "Hajji Farhan", "Father Boutros": a pilgrim's honorific or a cleric's style, capitalised, then a
 * single capitalised given name ending the run (no surname, no organization or place after it).
 */
function styledGivenName(tokens: readonly Token[], first: number, last: number): boolean {
  const style = tokens[first];
  const name = tokens[last];
  if (first + 1 !== last || style?.kind !== "word" || !style.cap || style.upper) return false;
  if (!PILGRIM_HONORIFICS.has(style.norm) && !CLERICAL_TITLES.has(style.norm)) return false;
  return (
    name?.kind === "word" &&
    name.cap &&
    !name.upper &&
    !isCommonWord(name.norm) &&
    !isPlaceWord(name.norm) &&
    !hasOrgHead(tokens, last, last) &&
    !PLACE_HEADS.has(name.norm)
  );
}

/**
 * A name's honorific, rank or peerage before it ("Mr Baker", "Colonel Hunter", "Lord Hill"): the
 * title's last word is one written before a name, not a role noun ("Student", "Vice").
 */
function honorificBefore(trimmed: { title?: string; peer?: boolean; styled?: boolean }): boolean {
  if (trimmed.peer || trimmed.styled) return true;
  const last = trimmed.title
    ?.toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean)
    .pop();
  return last !== undefined && TITLES.has(last) && !NON_NAME_TITLES.has(last);
}

/** Title words that open a compound office ("Vice-Chancellor", "First Secretary"), not a name. */
const NON_NAME_TITLES = new Set(["vice", "first", "second", "deputy", "prime", "staff", "field"]);
/** Title words that only open a compound rank ("Staff Sergeant", "Field Marshal"), never a name alone. */
const COMPOUND_OPENERS = new Set(["staff", "field"]);

/** Honorifics that are also common Arab and Kurdish surnames ("Khairi Hajji", "Hussein Sayyid"). */
const SURNAME_HONORIFICS = new Set(["haji", "hajji", "sayyid", "sayed", "mulla", "mullah"]);

function roleWithoutName(tokens: readonly Token[], last: number): boolean {
  const end = tokens[last] as Token;
  if (end.kind !== "word" || OUTLET_ROLES.has(end.norm) || ORG_HEADS.has(end.norm)) return false;
  // "Mr Khairi Hajji": after a name word, the honorific closes the name as its surname.
  const before = tokens[last - 1];
  if (
    SURNAME_HONORIFICS.has(end.norm) &&
    before?.kind === "word" &&
    before.cap &&
    !TITLES.has(before.norm) &&
    !ROLE_NOUNS.has(before.norm)
  )
    return false;
  // "Nadia el-Sayed", "al-Hajji": an honorific written with the article is a family name.
  if (
    SURNAME_HONORIFICS.has(end.norm) &&
    before?.text === "-" &&
    NAME_PARTICLES.has(tokens[last - 2]?.norm ?? "")
  )
    return false;
  // "Tell al-Sheikh", "Kafr al-Imam": any title joined by its article to a capitalised name word
  // before it ends that name (a village's, a family's); a bare role is written without the article.
  const particle = tokens[last - 2];
  const named = tokens[last - 3];
  if (
    before?.text === "-" &&
    !before.space &&
    particle?.kind === "word" &&
    !particle.cap &&
    ["al", "el"].includes(particle.norm) &&
    named?.kind === "word" &&
    named.cap &&
    !TITLES.has(named.norm) &&
    !ROLE_NOUNS.has(named.norm)
  )
    return false;
  return ROLE_NOUNS.has(end.norm) || TITLES.has(end.norm) || CLINICAL_TITLES.has(end.norm);
}

/**
 * A clinician's post as a letter's signature writes it under the name ("Consultant Orthopaedic
 * Surgeon", "Senior Clinical Psychologist"): the post's last word, never a surname here.
 */
const CLINICAL_TITLES = new Set([
  "surgeon",
  "psychiatrist",
  "psychologist",
  "paramedic",
  "pharmacist",
  "dentist",
  "physiotherapist",
  "anaesthetist",
  "anesthetist",
  "radiologist",
  "midwife",
]);

/**
 * "the Old City", "the Old Bridge": a city's historic quarter or landmark is named by "Old" and a
 * capitalised place noun; the adjective, dropped elsewhere ("Old Mosul hands"), is its name here.
 */
function oldQuarter(tokens: readonly Token[], first: number, last: number): boolean {
  const t = tokens[first];
  const head = tokens[first + 1];
  return (
    t?.norm === "old" &&
    t.cap &&
    first + 1 === last &&
    head?.kind === "word" &&
    head.cap &&
    !head.upper &&
    PLACE_HEADS.has(head.norm)
  );
}

/**
 * "Clydeside Medical Aid", "Furat Aid Network": a capitalised "Aid" closing a name that a proper
 * name opens is a charity's head, not the common word a name never ends in ("Gift Aid:" is a
 * form's label of common words).
 */
function charityName(tokens: readonly Token[], first: number, last: number): boolean {
  const head = tokens[last];
  const opener = tokens[first];
  return (
    head?.kind === "word" &&
    head.cap &&
    !head.upper &&
    head.norm === "aid" &&
    last > first &&
    opener?.kind === "word" &&
    opener.cap &&
    !isCommonWord(opener.norm) &&
    tokens[last - 1]?.cap === true
  );
}

/**
 * "Sheikh Najjar Industrial City", "Imam Ali Hospital": a name closed by a capitalised noun of a
 * place or a site (not in capitals, as a shouted label is) names that place.
 */
function placeHeaded(tokens: readonly Token[], last: number): boolean {
  const head = tokens[last];
  return (
    head?.kind === "word" &&
    head.cap &&
    !head.upper &&
    (PLACE_HEADS.has(head.norm) || FACILITY_HEADS.has(head.norm))
  );
}

/**
 * "Jean-Marc Delorme said": a word joined by a hyphen, with no spaces, to a capitalised word that
 * a further word of the name follows is the first half of a compound given name, even where it
 * is also a common word and opens the sentence.
 */
function hyphenedGivenName(tokens: readonly Token[], first: number, last: number): boolean {
  const dash = tokens[first + 1];
  const second = tokens[first + 2];
  return (
    first + 2 < last &&
    dash?.text === "-" &&
    dash.space === false &&
    second?.kind === "word" &&
    second.space === false &&
    second.cap &&
    !second.upper &&
    tokens[first + 3]?.kind === "word" &&
    tokens[first + 3]?.cap === true
  );
}

function trimRun(
  doc: Doc,
  run: Run,
  sentenceStart: number,
): { first: number; last: number; title?: string; peer?: boolean; styled?: boolean } | null {
  const { tokens } = doc;
  let { first, last } = run;
  let peer = false;
  let placeName = false;
  let titleFirst = -1;
  let titleLast = -1;
  for (; first <= last; first++) {
    const t = tokens[first] as Token;
    // "Member States assess", "One Member State reported": the term of international bodies
    // (the UN, the EU) for the states that belong to them names no one; "Member" is no title here.
    if (last === first + 1 && t.norm === "member" && ["state", "states"].includes(tokens[last]?.norm ?? ""))
      return null;
    // "First Panel", "the Second Chamber": a numbered sitting of a court (or a house) is where
    // the body sits, no actor of its own and no person called "Panel".
    if (last === first + 1 && ordinalAt(tokens, first) && COURT_SITTINGS.has(tokens[last]?.norm ?? ""))
      return null;
    // "7th Border Guards Brigade", "the Second Border Region": the number is part of the name.
    if (ordinalAt(tokens, first) && numberedUnit(tokens, first + 1, last)) break;
    if (first < last && datedName(tokens, first + 1)) break;
    if (t.kind !== "word") continue;
    if (oldQuarter(tokens, first, last)) break;
    const initial = first === sentenceStart;
    // "Hajji Farhan", "Father Boutros": a pilgrim's or a cleric's style before a lone given name
    // is how the man is known and named; with no surname after it, it stays in the name.
    if (styledGivenName(tokens, first, last)) return { first, last, styled: true };
    // "Lord Harcastle", "Baroness Okafor": a peer's title is part of the name peers go by.
    if (PEERAGE_TITLES.has(t.norm) && t.cap && first < last && !hasOrgHead(tokens, first + 1, last)) {
      peer = true;
      break;
    }
    // "Father Yohanna Daniel", "Bishop Nicodemus Sharaf": a cleric's style before a full name.
    const clerical = CLERICAL_TITLES.has(t.norm) && t.cap && first + 1 < last;
    // "Private Mustafa Hamid": the lowest rank is a common adjective too ("Private Security"),
    // a rank only before a given name and a surname.
    const privateRank =
      t.norm === "private" && t.cap && first + 1 < last && givenName(tokens[first + 1]?.norm ?? "") !== null;
    // "near the village of Imam Kharaba": a title opening a village's name is the name's word.
    // So is one opening a name closed by a capitalised place's or site's noun ("Sheikh Najjar
    // Industrial City", "Imam Ali Hospital"): the place is named after the man, and is no man.
    if (
      first === run.first &&
      first < last &&
      TITLES.has(t.norm) &&
      t.cap &&
      (titledPlace(tokens, first) || placeHeaded(tokens, last))
    ) {
      placeName = true;
      break;
    }
    // "King Street", "Queen Rania Street": a street named after a title is the street's name.
    const street = t.cap && STREET_HEADS.has(tokens[last]?.norm ?? "") && tokens[last]?.cap === true;
    // "Staff Sergeant Omar Aziz", "Field Marshal Haftar": a word that only opens a compound rank
    // is a title when the rank's next word follows; "see STAFF GUIDANCE" is a label, no rank.
    const bareOpener = COMPOUND_OPENERS.has(t.norm) && !TITLES.has(tokens[first + 1]?.norm ?? "");
    const titleWord =
      (TITLES.has(t.norm) || clerical || privateRank) &&
      !bareOpener &&
      first < last &&
      !street &&
      !hasOrgHead(tokens, first + 1, last);
    if (titleWord) {
      if (titleFirst < 0) titleFirst = first;
      titleLast = tokens[first + 1]?.text === "." ? first + 1 : first;
      continue;
    }
    const keepsOrgName =
      (hasOrgHead(tokens, first + 1, last) ||
        (first < last && CARRIER_HEADS.has(tokens[last]?.norm ?? ""))) &&
      !NOT_NAME_WORDS.has(t.norm);
    // "Spokesman Baran Dersim": a role before a person's name is not part of it.
    if (ROLE_NOUNS.has(t.norm) && first < last && !keepsOrgName) continue;
    // "according to the Aid Worker Safety Register": within a sentence, a capitalised common word
    // of the trade before a body's name is the first word of that name, not a word before it.
    const opensName =
      ORG_NAME_OPENERS.has(t.norm) && !initial && first < last && hasOrgHead(tokens, first + 1, last);
    if (
      (NOT_NAME_WORDS.has(t.norm) && !opensName) ||
      // "Shopkeeper Yasser al-Abed told us": a calling opening the sentence before a name is
      // capitalised as the sentence's first word, no part of the name.
      (initial &&
        (isCommonWord(t.norm) ||
          ((OCCUPATION_NOUNS.has(t.norm) || SHOP_CALLINGS.has(t.norm)) && first < last)) &&
        !NAME_PARTICLES.has(t.norm) &&
        !keepsOrgName &&
        !hyphenedGivenName(tokens, first, last))
    ) {
      continue;
    }
    // "Zakat is paid to the mosque committee" where the text writes "zakat" too: one word
    // capitalised only as a sentence's first is the common noun the text uses elsewhere.
    if (initial && first === last && givenName(t.norm) === null && writtenInLowerCase(doc.text, t))
      return null;
    break;
  }
  // "Secretary of State Marco Rubio", "Minister of Defence Ali X": the title's object is not the name.
  const ofTitle =
    tokens[first - 1]?.norm === "of" &&
    (TITLES.has(tokens[first - 2]?.norm ?? "") || ROLE_NOUNS.has(tokens[first - 2]?.norm ?? ""));
  if (ofTitle) {
    const titleStart = first - 2;
    // "resident of al-Saqlawiyah": an article joined to the name opens it; it is no common word.
    const joinedParticle = (k: number) =>
      NAME_PARTICLES.has(tokens[k]?.norm ?? "") && isJoiner(tokens, k + 1);
    const objectWord = (k: number) =>
      TITLE_OBJECTS.has(tokens[k]?.norm ?? "") || isCommonWord(tokens[k]?.norm ?? "");
    // "Director of Civil Defence": when every word after "of" is an office's object, the
    // words name the body the office heads, not a person; none of them is cut away.
    let allObject = true;
    for (let k = first; k <= last; k++) if (tokens[k]?.kind === "word" && !objectWord(k)) allObject = false;
    while (!allObject && first < last && !joinedParticle(first) && objectWord(first)) first++;
    if (first > titleStart + 2 && titleFirst < 0) {
      titleFirst = titleStart;
      titleLast = first - 1;
    }
  }
  while (last >= first) {
    const t = tokens[last] as Token;
    if (t.kind === "word" && !FUNCTION_CONNECTORS.has(t.norm) && !NOT_NAME_WORDS.has(t.norm)) break;
    if (charityName(tokens, first, last)) break;
    if (remitCloser(tokens, first, last)) break;
    // "Meryem A.": a surname cut to its initial, as courts and some papers write it.
    if (last > first && isInitial(tokens, last) && tokens[last - 1]?.cap) break;
    // "Kabarto 1": the number extendRun kept after a name word stays.
    if (last > first && numberedName(tokens, last - 1, last)) break;
    last--;
  }
  // "Hamish Dunleavy MP", "Jane Roe KC": letters after a name are not part of it.
  while (last > first + 1 && tokens[last]?.upper && POSTNOMINALS.has(tokens[last]?.norm ?? "")) last--;
  // "Army and Police KIA YTD: 44": a report's abbreviations after a name are a count's label.
  while (last > first && tokens[last]?.upper && REPORT_ABBREVIATIONS.has(tokens[last]?.norm ?? "")) last--;
  if (first > last) return null;
  // "Deborah K. Moss, RMR, CRR": a credential's letters listed after a name are no name.
  if (
    first === last &&
    tokens[first]?.upper &&
    POSTNOMINALS.has(tokens[first]?.norm ?? "") &&
    tokens[first - 1]?.text === ","
  )
    return null;
  const split = placeName ? -1 : roleSplit(tokens, first, last);
  if (split >= 0) {
    if (titleFirst < 0) titleFirst = first;
    titleLast = split;
    first = tokens[split + 1]?.text === "." ? split + 2 : split + 1;
  } else if (titleFirst < 0) {
    const name = officeNameSplit(tokens, first, last);
    if (name > first) {
      titleFirst = officeRole(tokens, first, true);
      titleLast = name - 1;
      first = name;
    }
  }
  // "Prime Minister", "General": titles with no name after them.
  if (tokens.slice(first, last + 1).every((t) => t.kind !== "word" || TITLES.has(t.norm))) return null;
  // "Dear Sir,", "Yes, Madam": a form of address with no name after it names no one.
  if (first === last && ADDRESS_FORMS.has(tokens[first]?.norm ?? "")) return null;
  // "the National Security Adviser", "Senior Fellow": a capitalised role with no name after it.
  if (split < 0 && roleWithoutName(tokens, last)) return null;
  if (peer) return { first, last, peer };
  return titleFirst >= 0 ? { first, last, title: spanText(doc, titleFirst, titleLast) } : { first, last };
}

/**
 * "Helen Marsh Home affairs correspondent": a common word closing a run of three or more
 * names, followed by a lower-case word and a role noun, is the start of a desk title.
 */
function trimDeskTitle(tokens: readonly Token[], first: number, last: number): number {
  const end = tokens[last] as Token;
  const next = tokens[last + 1];
  const role = tokens[last + 2];
  if (last - first < 2 || end.kind !== "word" || !isCommonWord(end.norm)) return last;
  if (next?.kind !== "word" || next.cap || next.sentence !== end.sentence) return last;
  return role && ROLE_NOUNS.has(role.norm) && !ROLE_NOUNS.has(next.norm) ? last - 1 : last;
}

function startsName(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (t.kind !== "word" || t.meta) return false;
  if (t.cap && /\p{L}{2}/u.test(t.text)) return true;
  // "the K1 base", "H3 airbase": a site's code of capitals and digits, typed by the noun after it.
  if (/^\p{Lu}{1,2}\d{1,2}$/u.test(t.text)) return true;
  // "K.M.J.": a person named by initials only (the type guess asks for an age after them).
  if (/^(?:\p{Lu}\.){2,4}$/u.test(t.text)) return true;
  // "al-Shatari", "el-Sisi": a particle joined to a capitalised word.
  return NAME_PARTICLES.has(t.norm) && isJoiner(tokens, i + 1) && (tokens[i + 2]?.cap ?? false);
}

/** A role noun or title ("Director", "Secretary", "Minister"). */
const isRoleWord = (t: Token | undefined) =>
  t?.kind === "word" && (ROLE_NOUNS.has(t.norm) || TITLES.has(t.norm));

/**
 * The name at `first` is (part of) an office's object: after "of" or "for" that follows a role
 * word, possibly through the title's own object ("Secretary of State for"), or listed after
 * another capitalised word of that object ("for Foreign, Commonwealth and ...").
 */
function officeObject(tokens: readonly Token[], first: number, listed: boolean): boolean {
  return officeRole(tokens, first, listed) >= 0;
}

/** The office's role word for officeObject ("Secretary" in "Secretary of State for X"), or -1. */
function officeRole(tokens: readonly Token[], first: number, listed: boolean): number {
  const sentence = tokens[first]?.sentence;
  let k = first - 1;
  // Back over the earlier words of a listed object: "Foreign, Commonwealth and Development".
  while (listed && k >= 0 && k >= first - 8 && tokens[k]?.sentence === sentence) {
    const t = tokens[k] as Token;
    if (
      t.text === "," ||
      t.norm === "and" ||
      t.text === "&" ||
      (t.cap && t.kind === "word" && !isRoleWord(t))
    )
      k--;
    else break;
  }
  const connector = tokens[k];
  if (connector?.norm !== "of" && connector?.norm !== "for") return -1;
  // "Secretary of State for", "Director General of": the title before the connector.
  for (let j = k - 1; j >= Math.max(0, k - 4) && tokens[j]?.sentence === sentence; j--) {
    const t = tokens[j] as Token;
    if (isRoleWord(t)) {
      // "Acting Under Secretary", "Director General": the capitalised words of the title.
      while (
        j > 0 &&
        tokens[j - 1]?.cap &&
        tokens[j - 1]?.kind === "word" &&
        tokens[j - 1]?.norm !== "the" &&
        tokens[j - 1]?.sentence === sentence
      )
        j--;
      return j;
    }
    if (!(t.cap || t.norm === "of")) return -1;
  }
  return -1;
}

/**
 * Only a name the list goes on after ("Commonwealth and") is a word of a listed object; "chief
 * of Kasrat, Hamid Ali, said" is a name in apposition to the office.
 */
const listGoesOn = (tokens: readonly Token[], last: number) =>
  ["and", "&"].includes(tokens[last + 1]?.norm ?? "");

/**
 * "Under Secretary for Terrorism and Financial Intelligence Marcus Lindqvist": an office's
 * object written straight before the holder's name, with no comma. Returns where the name
 * starts (a given name, then at least one more name word), or -1.
 */
function officeNameSplit(tokens: readonly Token[], first: number, last: number): number {
  // "Minister of Migration, Suad Karim Yaseen": after a comma, or opening with a given name,
  // the run is the name in apposition, all of it.
  if (tokens[first - 1]?.text === "," || givenName(tokens[first]?.norm ?? "") !== null) return -1;
  if (officeRole(tokens, first, true) < 0) return -1;
  for (let k = first + 1; k < last; k++) {
    if (givenName(tokens[k]?.norm ?? "") === null) continue;
    return personLike(tokens, k, last) ? k : -1;
  }
  return -1;
}

/**
 * Statuses a state's law assigns and writes capitalised as terms of art: "a Foreign Terrorist
 * Organization", "a Specially Designated Global Terrorist". They name a category of the
 * designated, no body or person.
 */
const LEGAL_STATUSES = new Set([
  "foreign terrorist organization",
  "foreign terrorist organisation",
  "specially designated global terrorist",
  "specially designated global terrorists",
  "specially designated national",
  "specially designated nationals",
  "state sponsor of terrorism",
  "state sponsors of terrorism",
]);

function isLegalStatus(tokens: readonly Token[], first: number, last: number): boolean {
  const words = tokens
    .slice(first, last + 1)
    .filter((t) => t.kind === "word")
    .map((t) => t.norm);
  // "a Designated Foreign Terrorist Organization": the status with its participle.
  if (words[0] === "designated") words.shift();
  return LEGAL_STATUSES.has(words.join(" "));
}

/**
 * Titles kept in the name the person goes by: a British peer's ("Lord Harcastle", "Baroness
 * Okafor of Wendover"), and the Kurdish courtesy title of a man ("Kak Jamal", "Kak Dilshad"),
 * written with the given name as how he is addressed and known. ("Sir" and "Dame" are honorifics
 * before a full name, like "Dr"; "Lady" is left out: "Our Lady of ..." names churches.)
 */
/** Polite forms of address that stand for a name in letters and speech ("Dear Sir", "Madam"). */
const ADDRESS_FORMS = new Set(["sir", "sirs", "madam", "madame", "ma'am", "mesdames"]);

const PEERAGE_TITLES = new Set(["lord", "baroness", "baron", "viscount", "earl", "kak", "kaka"]);

// CLERICAL_TITLES (entity-draft.ts): styles of Christian clergy, written capitalised before a
// cleric's name. Not in the shared titles: "father" and "brother" are also kin, and need the full
// name after them (or a lone given name, kept with the style: styledGivenName).

/** Compass words that name a court's district: "the Eastern District of Michigan". */
const DISTRICT_COMPASS = new Set(["northern", "southern", "eastern", "western", "middle", "central"]);

/**
 * "Eastern District of Michigan", "Southern District of New York": a court's district named
 * after the state or province it covers is a part of that place, not a place of its own; the
 * place after "of" is the name.
 */
function judicialDistrict(tokens: readonly Token[], i: number): boolean {
  const compass = tokens[i];
  if (compass?.kind !== "word" || !compass.cap || !DISTRICT_COMPASS.has(compass.norm)) return false;
  const place = tokens[i + 3];
  return (
    tokens[i + 1]?.norm === "district" &&
    tokens[i + 1]?.cap === true &&
    tokens[i + 2]?.norm === "of" &&
    place?.kind === "word" &&
    place.cap &&
    place.sentence === compass.sentence
  );
}

/** "al-" joined to the first word of a known place or site the gazetteer spells without it. */
function articleBeforeKnownPlace(
  tokens: readonly Token[],
  i: number,
  covered: Int32Array,
  matches: readonly LexiconMatch[],
): boolean {
  const t = tokens[i];
  if (t?.kind !== "word" || (t.norm !== "al" && t.norm !== "el") || !isJoiner(tokens, i + 1)) return false;
  const match = matches[covered[i + 2] ?? -1];
  return (
    match !== undefined &&
    match.first === i + 2 &&
    !match.demonym &&
    (match.entry.type === "place" || match.entry.type === "facility")
  );
}

/** Parties to a case or an incident whom courts and reports may name by initials alone. */
const INITIALLED_PARTIES = new Set(
  `accused defendant suspect detainee victim witness informant plaintiff complainant convict
  prisoner appellant claimant minor`.split(/\s+/),
);

/** "A." or "Kh.": a capital, or a capital and the letter that makes one Arabic sound, and a stop. */
function initialAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const stop = tokens[k + 1];
  return t?.kind === "word" && /^\p{Lu}\p{Ll}?$/u.test(t.text) && stop?.text === "." && !stop.space;
}

/**
 * "the accused (A. Kh. J.)", "the victim, S. R.,", "Mr M. H.": a party named by two or more
 * initials, as courts' privacy rules write them, is a person. The initials need a party noun
 * or a title before them; alone, "U. S." or a list's "A. B." would be no one.
 */
function initialledPersons(doc: Doc): Candidate[] {
  const { tokens } = doc;
  const found: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!initialAt(tokens, i) || initialAt(tokens, i - 2)) continue;
    let last = i;
    while (initialAt(tokens, last + 2)) last += 2;
    if (last === i) continue;
    let k = i - 1;
    if (tokens[k]?.text === "(" || tokens[k]?.text === ",") k--;
    const before = tokens[k];
    const party = before?.kind === "word" && (INITIALLED_PARTIES.has(before.norm) || TITLES.has(before.norm));
    // "Mr M. H. Saleh": initials before a surname are part of a name the run reader finds.
    const after = tokens[last + 2];
    const surname = after?.kind === "word" && after.cap && after.sentence === tokens[last]?.sentence;
    if (party && !surname) {
      found.push({
        type: "person",
        score: 3,
        headWord: false,
        first: i,
        last: last + 1,
        mentionLast: last + 1,
        sentence: tokens[i]?.sentence ?? 0,
        absorbed: [],
      });
    }
    i = last + 1;
  }
  return found;
}

export function findCandidates(doc: Doc, covered: Int32Array, matches: readonly LexiconMatch[]): Candidate[] {
  const initialled = initialledPersons(doc);
  const taken = new Uint8Array(doc.tokens.length + 1);
  for (const p of initialled) for (let k = p.first; k <= p.mentionLast + 1; k++) taken[k] = 1;
  const named = findNamedCandidates(doc, covered, matches).filter((c) => {
    for (let k = c.first; k <= c.mentionLast; k++) if (taken[k]) return false;
    return true;
  });
  // A shouted letterhead's body grows only where the text writes the chapter's name (letterheadBodies).
  for (const c of named) if (!doc.tokens[c.first]?.upper) countryChapter(doc.tokens, covered, matches, c);
  const sender = emailSender(doc, covered);
  if (sender) {
    // "Nahla Puppet Theatre" read as a person's name by its shape: the sender's noun makes it a body.
    const same = named.find((c) => c.first <= sender.last && c.mentionLast >= sender.first);
    if (!same) named.push(sender);
    else if (same.first === sender.first && same.last === sender.last && same.type === "person")
      Object.assign(same, { type: "organization", gender: undefined });
  }
  return [...named, ...initialled].sort((a, b) => a.first - b.first);
}

/** The header fields that follow an email's "From:" line. */
const EMAIL_FIELDS = new Set(["to", "date", "sent", "subject", "cc"]);

/**
 * "From: Qasioun Yoga Studio / To: All members / Date: …" over "Dear members, … near the
 * studio, … we …": the sender an email's header names, a name in capitals ending in a common
 * noun (one the text also writes in lower case: a person's name ends in a surname), is the body that writes the email, whatever noun
 * its name ends in. Only the first "From:" line that opens the text, followed by another header
 * field, is read; a sender already read as a name is left as it is.
 */
function emailSender(doc: Doc, covered: Int32Array): Candidate | undefined {
  const { tokens } = doc;
  const from = tokens[0];
  if (from?.norm !== "from" || tokens[1]?.text !== ":") return undefined;
  let last = 2;
  while (tokens[last + 1] && tokens[last + 1]?.breaks === 0) last++;
  const field = tokens[last + 1];
  if (!field || !EMAIL_FIELDS.has(field.norm) || tokens[last + 2]?.text !== ":") return undefined;
  const span = tokens.slice(2, last + 1);
  if (span.length < 2 || span.length > 6) return undefined;
  if (!span.every((t) => t.kind === "word" && t.cap && !t.upper && (covered[t.i] ?? -1) < 0))
    return undefined;
  const head = span[span.length - 1] as Token;
  // "… from the studio": the text writes the last word in lower case, a common noun's.
  if (!(isCommonWord(head.norm) || writtenInLowerCase(doc.text, head)) || isCommonWord(span[0]?.norm ?? ""))
    return undefined;
  return {
    type: "organization",
    score: 5,
    headWord: false,
    first: 2,
    last,
    mentionLast: last,
    sentence: from.sentence,
    absorbed: [],
  };
}

/** Whether the word at `k` opens a quotation begun after a comma or a colon (a speech's start). */
function quotationStart(tokens: readonly Token[], k: number): boolean {
  const mark = tokens[k - 1];
  const before = tokens[k - 2];
  if (!mark || !before || mark.sentence !== tokens[k]?.sentence) return false;
  const opening = mark.text === "“" || mark.text === "‘" || (mark.text === '"' && mark.space);
  return opening && (before.text === "," || before.text === ":");
}

/**
 * "MEDICAL NEUTRALITY MONITOR – SYRIA" on a masthead, "Water Watch – Iraq, Erbil" signing a
 * report: a body's name that opens a line and goes on after a spaced dash with a country's name
 * that ends the line (or a comma before the office's town) is the body's national chapter, one
 * name; the country is no mention of its own there. Grows `c` in place.
 */
function countryChapter(
  tokens: readonly Token[],
  covered: Int32Array,
  matches: readonly LexiconMatch[],
  c: Candidate,
): void {
  const opener = tokens[c.first];
  const dash = tokens[c.mentionLast + 1];
  if (c.type !== "organization" || !opener || (opener.breaks === 0 && opener.i > 0)) return;
  if (!dash || !/^[–—-]$/.test(dash.text) || !dash.space || dash.breaks > 0) return;
  const index = covered[dash.i + 1] ?? -1;
  const country = matches[index];
  if (country?.entry.kind !== "country" || country.first !== dash.i + 1 || country.demonym) return;
  const end = tokens[country.last + 1];
  if (end && end.breaks === 0 && end.text !== ",") return;
  c.last = country.last;
  c.mentionLast = country.last;
  c.absorbed.push(index);
}

function findNamedCandidates(doc: Doc, covered: Int32Array, matches: readonly LexiconMatch[]): Candidate[] {
  const { tokens } = doc;
  const candidates: Candidate[] = [];
  const placeAt = (k: number) => matches[covered[k] ?? -1]?.entry.type === "place";
  for (const sentence of doc.sentences) {
    const sentenceTokens = tokens.slice(sentence.tokenStart, sentence.tokenEnd);
    if (isAllCaps(sentenceTokens)) {
      candidates.push(
        ...letterheadBodies(
          doc.text,
          tokens,
          sentence.tokenStart,
          sentence.tokenEnd - 1,
          sentence.index,
          covered,
          matches,
        ),
      );
      continue;
    }
    if (sentence.index === 0 && isTitleCase(sentenceTokens) && !isLetterhead(doc, sentenceTokens)) {
      candidates.push(
        ...missionsNamed(tokens, covered, matches, sentence.tokenStart, sentence.tokenEnd, sentence.index),
        ...headlineBodies(tokens, covered, matches, sentence.tokenStart, sentence.tokenEnd, sentence.index),
      );
      continue;
    }
    const firstWord = sentenceTokens.find((t) => t.kind === "word")?.i ?? sentence.tokenStart;
    for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
      const m = covered[i] ?? -1;
      let run: Run | null = null;
      if (m >= 0) {
        const match = matches[m] as LexiconMatch;
        const after = tokens[match.last + 1];
        // "UN Mine Action Service", "KRG Ministry of Natural Resources": an umbrella body's
        // acronym opening a longer body's name; a longer acronym only before a state body's
        // word ("BBC News" is the outlet, not a body under it).
        const acronym = tokens[i]?.text ?? "";
        // "United Nations Mine Action Service", "European Union Advisory Mission": the same
        // umbrella spelled out, for a body whose two-letter acronym would open the name.
        const spelledUmbrella =
          match.last > match.first && match.entry.aliases.some((a) => /^\p{Lu}{2}$/u.test(a));
        const umbrella =
          match.entry.type === "organization" &&
          ((match.first === match.last &&
            (/^\p{Lu}{2}$/u.test(acronym) ||
              (/^\p{Lu}{3,4}$/u.test(acronym) && STATE_BODY_WORDS.has(after?.norm ?? "")))) ||
            spelledUmbrella);
        // "the Tigris-Euphrates Policy Forum", "the Iraq-Syria Border Committee": two places
        // joined by a hyphen open a body's name the same way one place does.
        const joinedPlace =
          match.entry.type === "place" &&
          after !== undefined &&
          isJoiner(tokens, after.i) &&
          (tokens[after.i + 1]?.cap ?? false);
        // "Euphrates and Khabur Water Watch": two rivers joined by "and" before a body's noun.
        const pairedPlaces =
          match.entry.kind === "river" && after?.norm === "and" && pairedPlacesBody(tokens, after.i + 1);
        // "the Syrian American Medical Society", "the Iraqi British Business Council": two peoples'
        // adjectives in a row open a body's name (a diaspora's, a bilateral one); the second
        // adjective is no stop.
        const pairedDemonym =
          match.demonym === true &&
          after !== undefined &&
          matches[covered[after.i] ?? -1]?.demonym === true &&
          matches[covered[after.i] ?? -1]?.first === after.i;
        if (
          (match.entry.type === "place" || umbrella) &&
          ((after?.cap && after.kind === "word") || joinedPlace || pairedPlaces) &&
          ((covered[after?.i ?? -1] ?? -1) < 0 || pairedDemonym)
        ) {
          const tentative = extendRun(doc, i, covered, matches);
          // "the Karbala Holy Shrines administration": the body's noun may follow in lower case.
          const body = tokens[tentative.last + 1];
          const bodyAfter = body?.kind === "word" && !body.cap && BODY_NOUNS.has(body.norm);
          // "Tigris Crown Developments", "Tigris Birders' Circle": a company or a club named
          // after a river or a town ends in its trade or its kind, a body's noun only there.
          const companyHead = tentative.last > match.last + 1 && companyHeadAt(tokens, tentative.last);
          if (hasOrgHead(tokens, match.last + 1, tentative.last) || bodyAfter || companyHead) run = tentative;
        }
        // "Al-Jazira Ferry Service", "Rudaw Travel Company": a news outlet's name opening a longer
        // name that ends in a body's or a company's head is that other body, named like the outlet
        // (a firm named after its region), not the outlet and a stray name.
        if (
          !run &&
          match.entry.type === "organization" &&
          match.entry.kind === "media" &&
          after?.kind === "word" &&
          after.cap &&
          after.sentence === tokens[i]?.sentence &&
          (covered[after.i] ?? -1) < 0
        ) {
          const tentative = extendRun(doc, i, covered, matches);
          if (
            tentative.last > match.last &&
            !outletOwnHead(tokens[tentative.last]) &&
            (hasOrgHead(tokens, match.last + 1, tentative.last) || companyHeadAt(tokens, tentative.last))
          )
            run = tentative;
        }
        // "prosecutor Anna Berg": a one-word town the gazetteer only reaches by a looser spelling
        // ("Anna" for Anah), which is a given name as written, before a capitalised word that is no
        // place's, street's, facility's or body's head, opens a person's name.
        if (!run && givenNameForTown(tokens, covered, match, after))
          run = { first: i, last: after?.i ?? i, absorbed: [m] };
        // "the Diyala River", "the Zab Valley": a natural feature named after a known place is a
        // place of its own, not the place and a stray capitalised noun. "Austrian Airlines",
        // "Qatar Airways", "Kurdistan Telecom": a company named for its country or region and its
        // trade is the company; the country is no place of the events.
        if (
          !run &&
          match.entry.type === "place" &&
          after?.kind === "word" &&
          after.cap &&
          !after.upper &&
          after.sentence === tokens[i]?.sentence &&
          (FEATURE_HEADS.has(after.norm) || CARRIER_HEADS.has(after.norm)) &&
          (covered[after.i] ?? -1) < 0
        )
          run = { first: i, last: after.i, absorbed: [m] };
        // "Major Jamal Hardan of the Anbar Tribal Mobilisation": a governorate's name before a
        // national force raised by province names that province's branch, a body of its own;
        // the governorate is no place of the events.
        const branch = matches[covered[match.last + 1] ?? -1];
        if (
          !run &&
          match.entry.kind === "governorate" &&
          !match.demonym &&
          branch?.first === match.last + 1 &&
          BRANCHED_FORCES.has(branch.entry.kind) &&
          branch.entry.affiliation !== undefined &&
          branch.entry.affiliation === match.entry.affiliation &&
          tokens[branch.last]?.sentence === tokens[i]?.sentence &&
          !(tokens[branch.last + 1]?.cap && tokens[branch.last + 1]?.kind === "word")
        ) {
          candidates.push({
            type: "organization",
            score: 4,
            headWord: false,
            first: i,
            last: branch.last,
            mentionLast: branch.last,
            sentence: sentence.index,
            absorbed: [m, covered[match.last + 1] as number],
          });
          i = branch.last;
          continue;
        }
        // "the Bangladesh embassy in Baghdad said": a state's own name (not its adjective) before a
        // mission's noun in lower case names that state's mission, as "the Embassy of Bangladesh"
        // does; "the Czech embassy" stays a common noun with a nationality (ANNOTATION rule 4).
        const mission = tokens[match.last + 1];
        if (
          !run &&
          match.entry.kind === "country" &&
          !match.demonym &&
          // "the US consulate": an abbreviation before the noun is used as the adjective is.
          !tokens[i]?.upper &&
          mission?.kind === "word" &&
          !mission.cap &&
          (mission.norm === "embassy" || mission.norm === "consulate") &&
          mission.sentence === tokens[i]?.sentence &&
          (covered[mission.i] ?? -1) < 0
        ) {
          candidates.push(knownNameGrown("organization", i, mission.i, sentence.index, m));
          i = mission.i;
          continue;
        }
        // "the commander of Samarra Operations", "Nineveh Operations": a regional military
        // command is named after its area and "Operations", with or without "Command" (which
        // the body heads above already take); the area is not where anything happened.
        const operations = tokens[match.last + 1];
        const afterOperations = tokens[match.last + 2];
        if (
          !run &&
          match.entry.type === "place" &&
          match.entry.kind !== "country" &&
          !match.demonym &&
          operations?.text === "Operations" &&
          operations.sentence === tokens[i]?.sentence &&
          (covered[operations.i] ?? -1) < 0 &&
          !(
            afterOperations?.cap &&
            afterOperations.kind === "word" &&
            afterOperations.sentence === operations.sentence
          )
        ) {
          candidates.push(knownNameGrown("organization", i, operations.i, sentence.index, m));
          i = operations.i;
          continue;
        }
        // "Baqubah al-Jadida", "Mosul al-Qadima": a town's name and an Arabic adjective of age,
        // size or height (new, old, great, small, upper, lower) name a quarter or a twin town.
        const adjective = tokens[match.last + 3];
        if (
          !run &&
          match.entry.type === "place" &&
          match.entry.kind !== "country" &&
          tokens[match.last + 1]?.norm === "al" &&
          isJoiner(tokens, match.last + 2) &&
          adjective?.cap &&
          adjective.sentence === tokens[i]?.sentence &&
          TOWN_ADJECTIVES.has(adjective.norm)
        ) {
          candidates.push(knownNameGrown("place", i, adjective.i, sentence.index, m));
          i = adjective.i;
          continue;
        }
        // "Rawa Jabbar · 11 Mar: Count me in": a one-word town's name opening a line, then a
        // given or family name and no more of a name, is a person named like the town (a
        // commenter, a signature), not the town and a stray word.
        // So is such a pair a byline's ("By Rawa Aziz"), an appositive's after a role ("our
        // programmer, Soran Dizayee,"), one a clause about a person follows ("Hama Amin, whose
        // name ...") or a transcript's speaker label ("HAMA AMIN:"), where the second word may be
        // a family name no list knows.
        const surname = tokens[match.last + 1];
        const beyond = tokens[match.last + 2];
        const cued = surname !== undefined && personCueAround(tokens, i, surname.i);
        if (
          !run &&
          match.entry.type === "place" &&
          (match.entry.kind === "city" || foldedGivenName(tokens, match, surname)) &&
          !match.demonym &&
          match.first === match.last &&
          ((tokens[i]?.breaks ?? 0) > 0 || foldedGivenName(tokens, match, surname) || cued) &&
          surname?.kind === "word" &&
          surname.cap &&
          (!surname.upper || (cued && speakerLabel(tokens, i, surname.i))) &&
          surname.sentence === tokens[i]?.sentence &&
          (covered[surname.i] ?? -1) < 0 &&
          (givenName(surname.norm) !== null ||
            foldedGivenName(tokens, match, surname) ||
            (cued && unknownWord(surname.norm))) &&
          !isPlaceWord(surname.norm) &&
          !(
            beyond?.kind === "word" &&
            (beyond.cap || NAME_PARTICLES.has(beyond.norm)) &&
            !(cued && beyond.breaks > 0)
          )
        ) {
          candidates.push({
            type: "person",
            score: 4,
            headWord: false,
            first: i,
            last: surname.i,
            mentionLast: surname.i,
            sentence: sentence.index,
            absorbed: [m],
          });
          i = surname.i;
          continue;
        }
        if (!run) {
          i = match.last;
          continue;
        }
      } else if (articleBeforeKnownPlace(tokens, i, covered, matches)) {
        // "al-Roj camp" for the gazetteer's "Roj camp": the Arabic article joins the known name.
        const index = covered[i + 2] as number;
        const match = matches[index] as LexiconMatch;
        match.first = i;
        covered[i] = index;
        covered[i + 1] = index;
        i = match.last;
        continue;
      } else if (outletOpenerAt(tokens, covered, matches, i) || teamOpenerAt(tokens, covered, matches, i)) {
        // "told Sawt Kirkuk", "the weekly Sawt al-Jazira": the outlet, not the town or the channel.
        // "Rawand Jalal of Team Duhok Velo": the team, not the town.
        const index = covered[i + 1] as number;
        const match = matches[index] as LexiconMatch;
        let last = match.last;
        while (
          tokens[i]?.norm === "team" &&
          tokens[last + 1]?.kind === "word" &&
          tokens[last + 1]?.cap &&
          !tokens[last + 1]?.breaks &&
          (covered[last + 1] ?? -1) < 0
        )
          last++;
        candidates.push({
          type: "organization",
          score: 5,
          headWord: true,
          first: i,
          last,
          mentionLast: last,
          sentence: sentence.index,
          absorbed: [index],
        });
        i = last;
        continue;
      } else if (campSection(doc, matches, covered, i) || kiloMarker(tokens, i) || numberedPost(tokens, i)) {
        // "Phase 5 of al-Hol camp": a camp's section. "Kilo 160", "between Kilo 35 and Rutba": a
        // road's kilometre marker names the place there (a rest area, a checkpoint, a village
        // grown around it), not a weight. Either is a place of two tokens.
        candidates.push({
          type: "place",
          score: 4,
          headWord: false,
          first: i,
          last: i + 1,
          mentionLast: i + 1,
          sentence: sentence.index,
          absorbed: [],
        });
        i += 1;
        continue;
      } else if (judicialDistrict(tokens, i)) {
        // "the Eastern District of Michigan": the place is the state the court's district covers.
        i += 2;
        continue;
      } else if (startsName(tokens, i)) {
        run = extendRun(doc, i, covered, matches);
        // "1 Huzairan district", "14 Tammuz Street": a quarter or street named after a date.
        if (i - 1 >= sentence.tokenStart && datedName(tokens, i)) run = { ...run, first: i - 1 };
        // "the 7th Border Guards Brigade": a numeral ordinal before the name starts it.
        // Only a numeral and its suffix take two tokens: a word two back ("Third: The Army")
        // is a list's ordinal before its punctuation, not part of the name.
        if (
          i - 2 >= sentence.tokenStart &&
          tokens[i - 2]?.kind === "num" &&
          ordinalAt(tokens, i - 2) &&
          !tokens[i]?.breaks
        ) {
          if (numberedUnit(tokens, i, run.last)) run = { ...run, first: i - 2 };
        }
        // Places inside a run without an organization word stay places: "Syria Iraq" is two names.
        const nisbaOnly = run.absorbed.every((index) => {
          const m = matches[index];
          return (
            (m?.demonym === true &&
              isJoiner(tokens, m.first - 1) &&
              NAME_PARTICLES.has(tokens[m.first - 2]?.norm ?? "")) ||
            (m !== undefined && tribeSurname(tokens, covered, matches, m.first))
          );
        });
        if (
          run.absorbed.length > 0 &&
          !nisbaOnly &&
          !hasOrgHead(tokens, run.first, run.last) &&
          !arabicTradeName(tokens, run.first, run.last) &&
          // "Jabal Shingal Construction": a firm named after a place ends in its trade.
          !(
            run.last > (matches[run.absorbed[0] as number]?.last ?? run.last) &&
            companyHeadAt(tokens, run.last)
          ) &&
          !placeInName(tokens, run, matches)
        ) {
          const place = matches[run.absorbed[0] as number];
          const cut = place?.first ?? run.last + 1;
          // "Mount Sinjar", "Jabal Abdulaziz": a feature named by a prefix and a place is a place of its own.
          if (place && cut === run.first + 1 && PLACE_PREFIXES.has(tokens[run.first]?.norm ?? ""))
            run = { first: run.first, last: place.last, absorbed: [run.absorbed[0] as number] };
          else run = { first: run.first, last: cut - 1, absorbed: [] };
        }
      }
      if (!run) continue;
      i = Math.max(i, run.last);
      // "He kept saying, “Tell Mum it's just a scratch”": a quotation opened after a comma or a
      // colon starts a sentence of its own, whose first word is capitalised as any sentence's is.
      const speechStart = quotationStart(tokens, run.first) ? run.first : firstWord;
      const trimmed = trimRun(doc, run, speechStart);
      if (!trimmed) continue;
      // "You're listening to The Morning Report", "The Annual Report says": a title opened by a
      // capitalised "The" and closed by a capitalised "Report" names a programme or a document,
      // not a person or a body ("Report" is a word no name ends in, so the trim dropped it).
      const closer = tokens[run.last];
      if (
        tokens[run.first]?.text === "The" &&
        trimmed.last < run.last &&
        closer?.kind === "word" &&
        closer.cap &&
        !closer.upper &&
        (closer.norm === "report" || closer.norm === "reports")
      )
        continue;
      // "site NIN-114", "tower DY-131", "well KZ-14": letters in capitals joined by a hyphen to a
      // number are a code that numbers a site, a tower or a case, not a body's acronym.
      const code = tokens[trimmed.first];
      if (
        trimmed.first === trimmed.last &&
        code?.upper &&
        isJoiner(tokens, trimmed.last + 1) &&
        tokens[trimmed.last + 2]?.kind === "num"
      )
        continue;
      // "Director General of Electricity Transmission for the Central Region", "our North Region
      // sites": a compass word and "Region", "Sector" or "Zone" alone, with no place's name, is a
      // ministry's, a command's or a company's own division of its work, not a place it names.
      if (
        trimmed.last === trimmed.first + 1 &&
        COMPASS_DIVISION_WORDS.has(tokens[trimmed.first]?.norm ?? "") &&
        DIVISION_HEADS.has(tokens[trimmed.last]?.norm ?? "")
      )
        continue;
      // "The Hague District Court": a place whose name opens with "The" keeps it inside a body's name.
      const opening = matches[run.absorbed[0] ?? -1];
      if (
        opening?.first === run.first &&
        trimmed.first === run.first + 1 &&
        /^The\s/.test(opening.entry.name)
      )
        trimmed.first = run.first;
      // "obtained by The Jazira Journal": a capitalised "The" inside a sentence opens the title
      // of a paper or a programme, which is written with it.
      // "EDITORIAL | The Northeast Herald | Friday 10 July 2026": so does one opening a
      // masthead's part, after its separator.
      const the = tokens[run.first];
      const masthead = LETTERHEAD_SEPARATORS.has(tokens[run.first - 1]?.text ?? "") && !the?.breaks;
      if (
        the?.text === "The" &&
        trimmed.first === run.first + 1 &&
        (run.first !== firstWord || masthead) &&
        !the.breaks &&
        !tokens[trimmed.first]?.breaks &&
        PUBLICATION_HEADS.has(tokens[trimmed.last]?.norm ?? "")
      )
        trimmed.first = run.first;
      // "Baroness Okafor of Wendover": the place of a peer's title ends the name.
      const of = tokens[trimmed.last + 1];
      const seat = tokens[trimmed.last + 2];
      if (
        trimmed.peer &&
        of?.norm === "of" &&
        seat?.kind === "word" &&
        seat.cap &&
        seat.sentence === of.sentence
      ) {
        trimmed.last += 2;
        i = Math.max(i, trimmed.last);
      }
      // Trailing desk titles in a byline: "Helen Marsh Home affairs correspondent".
      trimmed.last = trimDeskTitle(tokens, trimmed.first, trimmed.last);
      // "NEW TIMES (daily)", "PRAYER TIMES, FIRST TEN DAYS (local time)", "THE WEEK IN
      // SECURITY (40 min)": a heading or a programme's title shouted in capitals on a line that
      // goes on in lower case, all of ordinary words, names no one (a body's shouted name ends
      // in its noun: "SECURITY COMMITTEE").
      if (shoutedCommonWords(doc, run.absorbed.length, trimmed.first, trimmed.last)) continue;
      // A line of its own starts like a sentence: "... correspondent\n\nInternal security forces".
      const lineStart = (tokens[trimmed.first]?.breaks ?? 0) > 0;
      const trade =
        arabicTradeName(tokens, trimmed.first, trimmed.last) ||
        mastheadName(tokens, trimmed.first, trimmed.last);
      const guess: TypeGuess | null = trade
        ? { type: "organization", score: 5, headWord: false }
        : guessEntityType(doc, trimmed.first, trimmed.last, {
            sentenceInitial: trimmed.first === firstWord || trimmed.first === speechStart || lineStart,
            hasTitle: trimmed.title !== undefined || trimmed.peer === true || trimmed.styled === true,
            placeAt,
          });
      if (!guess) continue;
      // "Syrian League, Second Division (East), Round 4": a fixture's competition and its tier,
      // named on a line that counts the season's rounds, are no bodies of the story.
      if (guess.type !== "person" && competitionName(tokens, trimmed.last)) continue;
      // "the Omar mosque": the house of worship is named with its noun, so that the man it is
      // named after ("Sheikh Omar") stays another entity.
      const worship = tokens[trimmed.last + 1];
      if (
        guess.type === "place" &&
        guess.headWord &&
        worship?.kind === "word" &&
        !worship.cap &&
        WORSHIP_HEADS.has(worship.norm)
      ) {
        trimmed.last = worship.i;
        guess.headWord = false;
        i = Math.max(i, trimmed.last);
      }
      // "Camp 2 accommodation", "Checkpoint on the Bartella road", "Port security informed":
      // a facility's or place's common noun alone, capitalised at a line's start or before a
      // number, names no particular site.
      // "the Region's territory" inside a sentence is the region named before, written short.
      const loneHead = tokens[trimmed.first];
      const unreferred =
        trimmed.first === firstWord ||
        lineStart ||
        tokens[trimmed.first + 1]?.kind === "num" ||
        // "Week 8 (2 March): Prison security and ...": after a label's colon a line goes on
        // capitalised like a heading's first word.
        tokens[trimmed.first - 1]?.text === ":" ||
        ["a", "an"].includes(tokens[trimmed.first - 1]?.norm ?? "");
      if (
        trimmed.first === trimmed.last &&
        unreferred &&
        (guess.type === "facility" || guess.type === "place")
      ) {
        const norm = loneHead?.norm ?? "";
        if (FACILITY_HEADS.has(norm) || PLACE_HEADS.has(norm) || PLACE_PREFIXES.has(norm)) continue;
      }
      // "the EU's Common Security and Defence Policy", "the National Security Strategy": a
      // capitalised policy's name is a document's, not a body's; its words name no actor.
      const lastWord = tokens[trimmed.last];
      const policy = lastWord && POLICY_HEADS.has(lastWord.norm) ? lastWord : tokens[trimmed.last + 1];
      if (
        trimmed.first < trimmed.last + (policy === lastWord ? 0 : 1) &&
        policy?.kind === "word" &&
        policy.cap &&
        !policy.upper &&
        POLICY_HEADS.has(policy.norm) &&
        policy.sentence === tokens[trimmed.last]?.sentence &&
        !policy.meta
      )
        continue;
      // "Senior Lecturer in Middle East Security", "a PhD in Peace and Conflict Studies": after
      // an academic post or degree and "in", the capitalised words are the field taught or
      // studied, not a body (the body follows "at": "Lecturer in Law at Leeds University").
      const fieldIn = tokens[trimmed.first - 1];
      const academic = tokens[trimmed.first - 2];
      if (
        guess.type !== "person" &&
        fieldIn?.norm === "in" &&
        academic?.kind === "word" &&
        ACADEMIC_POSTS.has(academic.norm) &&
        academic.sentence === fieldIn.sentence
      )
        continue;
      // "the Secretary of State for the Home Department", "Secretary of State for Defence": a
      // British minister's formal title names his portfolio after "for", not a body of its own.
      let p = trimmed.first - 1;
      if (tokens[p]?.norm === "the") p--;
      if (
        guess.type === "organization" &&
        tokens[p]?.norm === "for" &&
        tokens[p - 1]?.norm === "state" &&
        tokens[p - 2]?.norm === "of" &&
        tokens[p - 3]?.norm === "secretary"
      )
        continue;
      // "Umm Qasr North and South ports", "the North gate": a compass point alone before a
      // facility's noun is the part of a site named elsewhere, never a site of its own.
      if (
        guess.type === "facility" &&
        trimmed.first === trimmed.last &&
        COMPASS_POINTS.has(tokens[trimmed.first]?.norm ?? "")
      )
        continue;
      // "Gate 4, Rumaila North", "Berth 7, Khor al-Zubair": a common noun and its number label a
      // part of the site named after them, not a place of their own (a site may be so named:
      // "Tower 22" stays a facility).
      if (
        guess.type === "place" &&
        trimmed.last === trimmed.first + 1 &&
        tokens[trimmed.last]?.kind === "num" &&
        isCommonWord(tokens[trimmed.first]?.norm ?? "")
      )
        continue;
      // "FIRST SPEAKER:", "CALLER:", "INTERPRETER:": a transcript's label shouts a common noun
      // for the one speaking; a man so labelled is labelled by his name ("HASSAN:").
      const label = tokens[trimmed.last];
      if (
        guess.type === "person" &&
        label?.upper &&
        tokens[trimmed.last + 1]?.text === ":" &&
        LABEL_NOUNS.has(label.norm) &&
        tokens.slice(trimmed.first, trimmed.last + 1).every((t) => t.kind !== "word" || t.upper)
      )
        continue;
      // "before the month of Rabi al-Awwal ends": a month of the Hijri calendar, not a man.
      if (hijriMonth(tokens, trimmed.first, trimmed.last)) continue;
      // "a white Kia Bongo pickup", "a Toyota Hilux": a vehicle's make and model read like a
      // given name and a surname; a maker's name first, and no given name after it ("Kia
      // Hassan" may be a man), marks a machine.
      if (
        guess.type === "person" &&
        !trimmed.title &&
        trimmed.last > trimmed.first &&
        VEHICLE_MAKES.has(tokens[trimmed.first]?.norm ?? "") &&
        givenName(tokens[trimmed.first + 1]?.norm ?? "") === null
      )
        continue;
      // "Our Programme for Nineveh", "a Plan for Recovery": a plan's noun opening the name and
      // "for" after it title a document, not a body ("World Food Programme" ends in the noun).
      if (
        guess.type !== "person" &&
        trimmed.first < trimmed.last &&
        PLAN_NOUNS.has(tokens[trimmed.first]?.norm ?? "") &&
        tokens[trimmed.first + 1]?.norm === "for"
      )
        continue;
      // "THE HOOD & JESS · A quarterly for falconers": a masthead the next segment says is a
      // periodical is the publication's title, not a body of the story.
      if (periodicalTitle(tokens, trimmed.last)) continue;
      // "souq-mosul.iq › Vehicles & Transport › Fleet tracking": a breadcrumb's steps are a
      // site's sections and categories, not bodies or places of the story.
      if (
        BREADCRUMB_MARKS.has(tokens[trimmed.first - 1]?.text ?? "") ||
        BREADCRUMB_MARKS.has(tokens[trimmed.last + 1]?.text ?? "")
      )
        continue;
      // "designated as a Foreign Terrorist Organization": a legal status, not a body.
      if (isLegalStatus(tokens, trimmed.first, trimmed.last)) continue;
      // "Director General of Contracts, Engineer X", "Secretary of State for Foreign,
      // Commonwealth and Development Affairs": the object of an office names its field or body,
      // never a person.
      if (
        guess.type === "person" &&
        !trimmed.title &&
        officeObject(tokens, trimmed.first, listGoesOn(tokens, trimmed.last))
      )
        continue;
      // "Our Head of War Risks, Ms X": the field of an office may end in an ordinary plural noun
      // that the title's reading leaves as a name ("Risks", "Claims", "Affairs"); one common word
      // that no one is called, after a title holding "of" or "for", is the field's last word. So is
      // one word the office's remit goes on after ("Director General of Electricity Transmission
      // for the Central Region"): a name would end the title, not carry it on with "for" or "of".
      const nameWord = tokens[trimmed.first];
      const remitGoesOn = ["for", "of"].includes(tokens[trimmed.last + 1]?.text ?? "");
      if (
        guess.type === "person" &&
        trimmed.title !== undefined &&
        /\s(?:of|for)\s/i.test(trimmed.title) &&
        trimmed.first === trimmed.last &&
        nameWord !== undefined &&
        (isCommonWord(nameWord.norm) || remitGoesOn) &&
        givenName(nameWord.norm) === null
      )
        continue;
      // "Chancellor, Vice-Chancellor, graduands and guests", "Staff & Student Newsletter": one
      // ordinary noun read as a person's name, with no honorific or rank before it, is an office
      // addressed or a heading's last word; a man called by a common-word surname alone is
      // written with his "Mr" or rank ("Mr Baker", "Colonel Hunter").
      if (
        guess.type === "person" &&
        trimmed.first === trimmed.last &&
        nameWord !== undefined &&
        !nameWord.upper &&
        (isCommonWord(nameWord.norm) || PUBLICATION_HEADS.has(nameWord.norm)) &&
        givenName(nameWord.norm) === null &&
        !honorificBefore(trimmed)
      )
        continue;
      // "the Under Secretary for Terrorism and Financial Intelligence said": the last field of
      // an office's listed portfolio is a word of the title, not a body, unless a body's noun
      // ends it.
      if (
        guess.type === "organization" &&
        ["and", "&"].includes(tokens[trimmed.first - 1]?.norm ?? "") &&
        !ORG_HEADS.has(tokens[trimmed.last]?.norm ?? "") &&
        officeObject(tokens, trimmed.first, true)
      )
        continue;
      // "the Assad regime": the government's noun is part of the body's name, and the name
      // before it still names the leader the government is called after.
      if (guess.rulerNoun) {
        candidates.push({
          type: "person",
          score: guess.score,
          headWord: false,
          first: trimmed.first,
          last: trimmed.last,
          mentionLast: trimmed.last,
          sentence: sentence.index,
          absorbed: run.absorbed,
        });
        trimmed.last += 1;
        i = Math.max(i, trimmed.last);
      }
      candidates.push({
        ...guess,
        first: trimmed.first,
        last: trimmed.last,
        mentionLast: guess.headWord ? trimmed.last + (guess.headLength ?? 1) : trimmed.last,
        sentence: sentence.index,
        absorbed: run.absorbed,
        ...(trimmed.title ? { title: trimmed.title } : {}),
      });
    }
  }
  return candidates;
}
