import type { EntityType } from "../schema.js";
import type { Doc } from "../text/doc.js";
import { isRegionalGivenName } from "../text/given-names.js";
import { isJoiner, type Token } from "../text/tokenize.js";
import {
  type Gender,
  givenName,
  isCommonWord,
  isOrganizationWord,
  isPersonWord,
  isPlaceWord,
  isVerbWord,
} from "../text/word-classes.js";
import {
  FACILITY_HEADS,
  GIVEN_NAMES,
  NAME_PARTICLES,
  OCCUPATION_NOUNS,
  ORG_HEADS,
  ORG_INNER_WORDS,
  PARTY_NOUNS,
  PLACE_HEADS,
  PLACE_PREFIXES,
  PLACE_PREPOSITIONS,
  ROLE_NOUNS,
  SPEECH_VERBS,
  TITLES,
} from "../text/word-lists.js";
import { lineOf } from "./reporting-lines.js";

/**
 * Best-guess type of an unknown name from its shape (last word, particles, given names) and
 * its context (a title or role before it, an apposition or a speech verb after it, "the
 * village of" before it). Each cue adds to a type's score; weak evidence is not enough.
 */

export interface TypeGuess {
  type: EntityType;
  score: number;
  /** The word after the name is its head noun ("district", "camp") and joins the mention. */
  headWord: boolean;
  /**
   * The word after the name is a government's noun that makes the whole phrase the body's name
   * ("the Assad regime", "the Maliki government"): the name takes the noun in.
   */
  rulerNoun?: boolean;
  /** Words of the head after the name when more than one: "detention center" is 2. */
  headLength?: number;
  gender?: Gender;
}

const MEDIA_NOUNS = new Set(
  "website outlet agency channel newspaper daily broadcaster network group organization organisation militia faction movement party company firm television station magazine site charity ngo".split(
    " ",
  ),
);
/** Prefixes of a ship's name: motor vessel, motor tanker, steamship, Her Majesty's or a US ship. */
const VESSEL_PREFIXES = new Set(["MV", "M/V", "MT", "M/T", "SS", "HMS", "USS", "RV"]);
/** Common nouns of a body that an apposition gives a name: "X, the British charity", "X, a Dutch firm". */
const BODY_APPOSITIONS = new Set(
  "charity ngo organisation organization company firm association foundation nonprofit non-profit consultancy contractor".split(
    " ",
  ),
);
/** Adjectives of peoples and their languages: alone ("in English", "Kurdish village") no name. */
const PEOPLE_ADJECTIVES = new Set(
  "kurdish arab arabic turkmen yazidi ezidi assyrian chaldean druze alawite sunni shia shiite christian bedouin armenian circassian syriac english french german norwegian spanish russian persian farsi hebrew urdu".split(
    " ",
  ),
);
/** Common nouns of a news outlet's trade, after its name: "the Petra news agency". */
const OUTLET_NOUNS = new Set([
  "agency",
  "channel",
  "newspaper",
  "website",
  "broadcaster",
  "outlet",
  "magazine",
]);
const RULER_NOUNS = new Set(["regime", "government", "administration", "loyalists"]);
/**
 * Abbreviations of military and situation reports and slides: casualties (killed, wounded,
 * missing in action), year and month to date, bottom line up front, date-time group, area of
 * responsibility, explosive devices and ordnance, quick reaction force, high-value target.
 */
export const REPORT_ABBREVIATIONS = new Set(
  "kia wia mia ytd mtd bluf dtg aor ied vbied svbied pbied uxo eod qrf hvt sitrep intsum nfi tbc tbd eta etd".split(
    " ",
  ),
);
/**
 * Kinds of body or people written as acronyms, common nouns of the aid trade: "a member NGO",
 * "INGO staff", "IDPs returned". Alone they name no one (a body's name holds them: "NES NGO Forum").
 */
const KIND_ACRONYMS = new Set("ngo ngos ingo ingos idp idps cso csos".split(" "));
/**
 * "Monthly Security and Access Overview", "Iraq Weekly Security Roundup", "Quarterly Narrative
 * Report": a title of a periodical document (a word of its period, a document's noun last) names
 * the text itself, not a body ("the Weekly Standard", a paper, ends in no document's noun).
 */
const PERIODS = new Set("daily weekly fortnightly monthly quarterly annual yearly".split(" "));
const PERIODICAL_HEADS = new Set(
  "overview report roundup round-up update bulletin brief briefing digest summary review assessment sitrep snapshot outlook".split(
    " ",
  ),
);
/** Nouns of a road, after the place it leads to or a code: "the Kanash track", "the M4 highway". */
const ROAD_NOUNS = new Set(["road", "highway", "motorway", "expressway", "freeway", "track"]);
/** Compass points as situation reports shorten them: "2 km N of Kanash". */
const COMPASS_ABBREVIATIONS = new Set("N S E W NE NW SE SW NNE ENE ESE SSE SSW WSW WNW NNW".split(" "));
/** A road's code: one capital and a number ("M4", "N1"), as "the K1 base" is a site's. */
const ROAD_CODE = /^\p{Lu}\d{1,2}$/u;
/**
 * The codes the document writes before a road noun, directly or over the names of the towns the
 * road joins ("the M5 Damascus–Aleppo highway"): every other mention of such a code ("travel on
 * the M5") is then the road. Read once per document, in one pass.
 */
const ROAD_CODES = new WeakMap<Doc, ReadonlySet<string>>();
function roadCodes(doc: Doc): ReadonlySet<string> {
  const known = ROAD_CODES.get(doc);
  if (known) return known;
  const { tokens } = doc;
  const codes = new Set<string>();
  for (const t of tokens) {
    if (t.kind !== "word" || !ROAD_CODE.test(t.text)) continue;
    for (let k = t.i + 1; k <= t.i + 6; k++) {
      const u = tokens[k];
      if (!u || u.sentence !== t.sentence) break;
      // "M4 ROAD, WEST EXIT OF TAL TAMR" on a shop's shouted letterhead, "the K7 Highway": the
      // road's noun in capitals, or capitalised right after the code, names the road too.
      const noun = !u.cap || u.upper || k === t.i + 1;
      if (u.kind === "word" && noun && ROAD_NOUNS.has(u.norm)) {
        codes.add(t.text);
        break;
      }
      const joins = u.kind === "punct" && ["-", "–", "—", "/"].includes(u.text);
      if (!joins && !(u.kind === "word" && u.cap)) break;
    }
  }
  ROAD_CODES.set(doc, codes);
  return codes;
}
/** Initials written with their full stops: "K.M.J.", "A.H.". */
const DOTTED_INITIALS = /^(?:\p{Lu}\.){2,4}$/u;
/**
 * The dotted initials the document follows with an age in commas ("K.M.J., 19,"), which only a
 * person is given. Read once per document.
 */
const AGED_INITIALS = new WeakMap<Doc, ReadonlySet<string>>();
function agedInitials(doc: Doc): ReadonlySet<string> {
  const known = AGED_INITIALS.get(doc);
  if (known) return known;
  const { tokens } = doc;
  const found = new Set<string>();
  for (const t of tokens) {
    if (t.kind !== "word" || !DOTTED_INITIALS.test(t.text)) continue;
    const age = tokens[t.i + 2];
    const years = Number(age?.text);
    if (
      tokens[t.i + 1]?.text === "," &&
      age?.kind === "num" &&
      Number.isInteger(years) &&
      years > 0 &&
      years < 120 &&
      tokens[t.i + 3]?.text === ","
    )
      found.add(t.text);
  }
  AGED_INITIALS.set(doc, found);
  return found;
}
/** Nouns of a government named after its leader: "the Assad regime", "the Maliki government". */
const GOVERNMENT_NOUNS = new Set(["regime", "government"]);
const PLACE_OF = new Set([
  "village",
  "town",
  "city",
  "district",
  "area",
  "region",
  "province",
  "outskirts",
  "suburb",
  "neighbourhood",
  "neighborhood",
  "countryside",
  // "on the edge of al-Karamah".
  "edge",
  // "in the main market of Safwan": a town's market.
  "market",
]);

const norm = (t: Token | undefined) => t?.norm ?? "";
const LENGTH_WORD = /^(?:km|kms|kilomet(?:er|re)s?|met(?:er|re)s?|miles?)$/;
/** Words that set a distance from a place: "kilometres from", "past", "beyond", "outside". */
const DISTANCE_LINKS = new Set(["from", "past", "beyond", "outside", "short"]);
const WORD_NUMBERS = new Set(
  "one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty hundred few".split(
    " ",
  ),
);
/** Sites of work a text sets at a place ("the phosphate mines at X", "the quarry at X"). */
const SITES_AT = new Set(
  "mine mines quarry quarries oilfield oilfields field fields well wells plant plants factory factories works depot depots".split(
    " ",
  ),
);
/** A route or a stretch of land runs between places: "the road between X and Y". */
const ROUTE_NOUNS = new Set(
  "road roads highway route routes stretch border area desert villages towns track".split(" "),
);
/** Nouns of a way that runs from a place ("the road from X", not "the border from X"). */
const WAY_NOUNS = new Set("road roads highway route routes track tracks".split(" "));
/** Letters after a person's name: a seat, a rank at the bar, an honour ("Hamish Dunleavy MP"). */
/** Letters written after a name: offices, honours and credentials ("MBE", "RMR" a court reporter's). */
/** Suffixes written after a name and its comma: "Esq.", "Jr.", "Sr.". */
const NAME_SUFFIXES = new Set(["esq", "jr", "sr"]);

export const POSTNOMINALS = new Set([
  "mp",
  "mep",
  "mla",
  "qc",
  "kc",
  "obe",
  "mbe",
  "cbe",
  "kbe",
  "rmr",
  "crr",
  "rpr",
  "rdr",
  "csr",
]);
const DIRECTIONS = new Set(
  "north south east west northeast northwest southeast southwest north-east north-west south-east south-west".split(
    " ",
  ),
);
/** "the Houry center": after a name in lower case, a centre is a site (capitalised, a body's name). */
const CENTRES = new Set(["centre", "center"]);
/** "in the north of ...", "in the east wing": words after a compass point that make it no bearing. */
const COMPASS_FOLLOWERS = new Set(["of", "wing", "bank", "gate", "side"]);
/** People of a place: "residents of X", "the villagers of X". */
const RESIDENT_NOUNS = new Set([
  "resident",
  "residents",
  "inhabitant",
  "inhabitants",
  "villagers",
  "townspeople",
  "native",
  "natives",
]);
/** Common nouns of a body that follow its name in lower case: "the X administration". */
export const BODY_NOUNS = new Set(["administration", "directorate", "authority"]);
/**
 * Armed services whose noun is not a generic body's ("the Iraqi Navy", "the Turkish
 * Gendarmerie"): heads of an organization's name as "army" and "force" are.
 */
export const SERVICE_HEADS = new Set(["navy", "marines", "gendarmerie", "coastguard", "constabulary"]);

/**
 * Landforms named in the plural ("the Makhoul mountains", "the Hamrin hills", "the Hawizeh
 * marshes"): the plural is the feature's own name, not several places, so the noun joins it.
 */
const LANDFORM_PLURALS = new Set([
  "mountains",
  "hills",
  "foothills",
  "marshes",
  "heights",
  "plains",
  "islands",
]);

const SAINT_TITLES = new Set(["mar", "mor"]);
const TRIBE_NOUNS = new Set(["tribe", "tribes", "clan", "clans", "confederation"]);
/**
 * "Albu Mahal", "Al Bu Nimr", "Al-Bu Issa", "Albo Fahd": the tribal "Al Bu" before a capitalised
 * name; "Bani Malik", "Banu Tamim", "Beni Hassan": Arabic "Bani" ("sons of") the same way.
 */
function tribePrefixed(words: readonly Token[]): boolean {
  const [a, b, c] = words;
  if (["albu", "albo", "bani", "banu", "beni"].includes(norm(a))) return b?.cap === true;
  return norm(a) === "al" && ["bu", "bou"].includes(norm(b)) && b?.cap === true && c?.cap === true;
}
const RESOURCE_WORDS = new Set(["gas", "oil", "phosphate", "power", "water", "air"]);
/** Where someone lives or was born, before "in" and a place: "his home in", "born in", "lives in". */
const DWELLING_WORDS = new Set(
  "home homes house houses village town farm born lives lived living resident residents".split(" "),
);
/** Prepositions that put a thing inside or beside a place, and nowhere else ("in", "near"). */
const LOCATIVES = new Set(["in", "near", "outside", "inside", "around", "towards", "toward"]);
/** Prepositions of where one comes from or goes to: with one locative mention, a second of these says place too. */
const SOURCE_PREPOSITIONS = new Set(["from", "to"]);
/** Words after a place that close the phrase it ends: "in Karamles on Monday", "in Karamles and". */
const PLACE_PHRASE_ENDS = new Set(
  "on in at near from to and or but since during until when where which who after before for by with this last".split(
    " ",
  ),
);
/**
 * One-word names the document writes after a locative preposition at least twice ("Villas in
 * Ankawa", "demand in Ankawa"), or once and once more after "from" or "to" ("a church in
 * Karamles", "With love from Karamles"): a name so placed again and again is a place, as one
 * mention after "in" is not enough to say. Acronyms ("in UNHCR's camps") and given names ("in Ali's house")
 * are left out. Read once per document, in one pass.
 */
const LOCATIVE_NAMES = new WeakMap<Doc, ReadonlySet<string>>();
function locativeNames(doc: Doc): ReadonlySet<string> {
  const known = LOCATIVE_NAMES.get(doc);
  if (known) return known;
  const counts = new Map<string, number>();
  const locative = new Map<string, number>();
  const closed = new Set<string>();
  for (const t of doc.tokens) {
    const prev = doc.tokens[t.i - 1];
    if (t.kind !== "word" || !t.cap || t.upper || !prev || prev.cap) continue;
    if (!LOCATIVES.has(prev.norm) && !SOURCE_PREPOSITIONS.has(prev.norm)) continue;
    const next = doc.tokens[t.i + 1];
    // One word alone: not the first of a longer name ("in Ankawa Mall", "in Amiriyat al-Fallujah"),
    // a possessor, or a numbered part of a site ("in Phase 5").
    const longer =
      next?.kind === "word" && next.sentence === t.sentence && (next.cap || NAME_PARTICLES.has(next.norm));
    if (next && (longer || next.kind === "poss" || next.kind === "num")) continue;
    if (givenName(t.norm)) continue;
    counts.set(t.text, (counts.get(t.text) ?? 0) + 1);
    if (LOCATIVES.has(prev.norm)) {
      locative.set(t.text, (locative.get(t.text) ?? 0) + 1);
      // "in Kurmanji spelling": a name before a noun qualifies it; one that closes its phrase
      // ("in Karamles on Monday", "in Karamles.") stands for the place.
      if (!next || next.kind === "punct" || PLACE_PHRASE_ENDS.has(next.norm)) closed.add(t.text);
    }
  }
  const names = new Set(
    [...counts]
      .filter(([name, n]) => (locative.get(name) ?? 0) >= 2 || (n >= 2 && closed.has(name)))
      .map(([name]) => name),
  );
  LOCATIVE_NAMES.set(doc, names);
  return names;
}

/** What a site is for, before its noun: "the Panorama detention center", "the Houri rehabilitation centre". */
const SITE_PURPOSES = new Set([
  "detention",
  "rehabilitation",
  "reception",
  "training",
  "holding",
  "transit",
  "interrogation",
  "pumping",
  // "the Karameh border centre", "the Qaim border crossing", "the Waleed customs centre".
  "border",
  "customs",
]);
/** "his first name, X", "her given name, X", "identified only as X", "known only as X". */
/** Kin a name stands in apposition to: "His eldest son, Mutlaq,", "her brother, Khalid,". */
const KIN_NOUNS = new Set(
  "son sons daughter brother sister father mother wife husband widow nephew niece cousin uncle grandson".split(
    " ",
  ),
);
/**
 * "his eldest son", "Hajji Abu Faisal's son", "the victim's brother", "the father of the two
 * men", "my nephew" (a letter or testimony in the first person): kin of someone, not a
 * vocative "Brother,".
 */
function ownedKin(tokens: readonly Token[], k: number): boolean {
  if (tokens[k + 1]?.norm === "of" && tokens[k + 1]?.sentence === tokens[k]?.sentence) return true;
  for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
    const t = tokens[j] as Token;
    if (t.kind === "poss" || KIN_OWNERS.has(t.norm)) return true;
    if (t.kind !== "word" || t.cap) return false;
  }
  return false;
}
const KIN_OWNERS = new Set(["his", "her", "their", "whose", "my", "our", "your"]);
const NAME_GIVERS = new Set(["first", "given", "identified", "known", "named"]);
/** Possessives of a person before "name is" ("her name is ..."); "its name" is a thing's. */
const PERSON_POSSESSIVES = new Set(["his", "her", "my", "whose", "your"]);

/** People of a shop, a house or a street a notice names by their part: "our cashier". */
const HOUSEHOLD_NOUNS = new Set(
  "cashier neighbour neighbor friend colleague apprentice assistant tailor baker butcher cook chef coach boss partner guest customer tenant landlord".split(
    " ",
  ),
);
const personNoun = (w: string) =>
  HOUSEHOLD_NOUNS.has(w) ||
  ROLE_NOUNS.has(w) ||
  OCCUPATION_NOUNS.has(w) ||
  HUMAN_HEADS.has(w) ||
  KIN_NOUNS.has(w) ||
  STAFF_NOUNS.has(w);

/** Social-media and messaging platforms ("X" alone is too short to tell from a letter). */
const PLATFORMS = new Set(
  "telegram facebook twitter youtube whatsapp instagram tiktok viber snapchat linkedin".split(" "),
);

/** Nouns for a person that a definite phrase before a name set off by commas is headed by. */
const HUMAN_HEADS = new Set([
  ..."boy girl child man woman teenager baby toddler son daughter brother sister father mother wife husband widow nephew niece cousin uncle aunt grandson granddaughter".split(
    " ",
  ),
]);

/** Plurals of people that name no calling ("the two men inside"). */
const PEOPLE_PLURALS = new Set(["men", "women", "people", "children", "boys", "girls", "brothers", "sons"]);

/**
 * Whether the nearest plural noun before `k` (within a dozen words) names people ("killing
 * the two men inside", "three fighters"), whom a following "one of them" picks out; "two groups"
 * names bodies.
 */
function peopleBefore(tokens: readonly Token[], k: number): boolean {
  for (let j = k; j >= Math.max(0, k - 12); j--) {
    const t = tokens[j];
    if (t?.kind !== "word" || t.cap) continue;
    if (PEOPLE_PLURALS.has(t.norm)) return true;
    if (t.norm.length < 4) continue;
    if (!t.norm.endsWith("s")) continue;
    const singular = t.norm.slice(0, -1);
    if (HUMAN_HEADS.has(singular) || ROLE_NOUNS.has(singular) || STAFF_NOUNS.has(singular)) return true;
    // "two groups", "the cars": the nearest plural names things or bodies.
    if (!t.norm.endsWith("ss") && isCommonWord(singular)) return false;
  }
  return false;
}

/** Words a child calls a family member by ("Grandma", "Dad"), capitalised as names are. */
const KIN_WORDS = new Set(
  "grandma grandpa granny grandad granddad grandmother grandfather nana nanna mum mummy mom mommy dad daddy papa mama auntie aunty".split(
    " ",
  ),
);

/**
 * Capitalised last words of a company's or a club's name ("Tigris Crown Developments", "Tigris
 * Birders' Circle") that are no organization word elsewhere ("Iraq Stock
 * Exchange", "Dubai Mercantile Exchange": a market is a listed body, named for its trade).
 */
/**
 * Legal-form words a company's registered name ends in ("Rafidain Tracking Co.", "Northgate
 * Holdings Ltd", "Acme Inc."): after a capitalised word, the name is a company's, and a rank or
 * title inside it ("Nahrain Gate General Contracting Co.") is part of the name.
 */
export const CORPORATE_SUFFIXES = new Set(["co", "ltd", "inc", "llc", "plc", "corp", "gmbh"]);

/** True when the run from `first` to `last` ends in a company's legal form after a capitalised word. */
export function endsInCorporateSuffix(tokens: readonly Token[], first: number, last: number): boolean {
  const end = tokens[last];
  const before = tokens[last - 1];
  return (
    last > first &&
    end?.kind === "word" &&
    end.cap &&
    CORPORATE_SUFFIXES.has(end.norm) &&
    before?.kind === "word" &&
    before.cap
  );
}

/** Houses of worship, named before their noun ("the Omar mosque"). */
export const WORSHIP_HEADS = new Set([
  "mosque",
  "church",
  "shrine",
  "husseiniya",
  "hussainiya",
  "cathedral",
  "monastery",
]);

/** Words for "saint" opening the name of a church or a monastery ("Mar Elias", "Mor Gabriel"). */
const SAINT_WORDS = new Set(["mar", "mor", "saint", "st"]);

/** A town's subdivisions, named before the noun in lower case ("the Azadi quarter"). */
const QUARTER_NOUNS = new Set(["quarter", "district", "neighbourhood", "neighborhood", "suburb"]);

export const COMPANY_HEADS = new Set(
  "petroleum gas oil energy holding holdings airlines airways telecom cement construction contracting trading logistics systems industries resources drilling exchange transfers remittances developments enterprises investments properties circle club supermarkets hypermarkets".split(
    " ",
  ),
);

/** Halls let for a trade ("Qasr al-Rabee Wedding Hall"), businesses, not buildings of the state. */
const TRADE_HALLS = new Set(["wedding", "weddings", "banquet", "banqueting", "reception", "events", "party"]);
/** Carriers' "Lines" ("Nineveh Coach Lines"), companies, not the front's lines. */
const CARRIER_LINES = new Set(["coach", "bus", "shipping", "ferry", "cargo", "transport"]);
/**
 * Trades whose noun ends a business's name even on a letterhead shouted in capitals, a carrier's
 * or an operator's among them ("ZAGROS AIRWAYS", "DIJLA TELECOM").
 */
const SHOUTED_TRADES = new Set([
  "hire",
  "rentals",
  "cinema",
  "cinemas",
  "airlines",
  "airways",
  "telecom",
  "telecommunications",
  // "TIGRIS HOUSE HOSTEL", then "the Tigris House team": a hostel is a business, named by the rest
  // of its name too.
  "hostel",
]);

/**
 * A letterhead's segment ending at `k` is a business by its trade: "ZAGROS CAR HIRE",
 * "SALAHADDIN STREET CINEMA", "QASR AL-RABEE WEDDING HALL", "NINEVEH COACH LINES".
 */
export function tradeNameEndsAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const before = tokens[k - 1];
  if (t?.kind !== "word") return false;
  if (SHOUTED_TRADES.has(t.norm)) return true;
  if (before?.kind !== "word") return false;
  return (
    (t.norm === "hall" && TRADE_HALLS.has(before.norm)) ||
    (t.norm === "lines" && CARRIER_LINES.has(before.norm))
  );
}

/**
 * The word at `k` ends a company's name by its trade: "Pearl Petroleum", "Zagros Car Hire",
 * "Salahaddin Street Cinema", "Qasr al-Rabee Wedding Hall".
 */
export function companyHeadAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t?.cap) return false;
  if (COMPANY_HEADS.has(t.norm)) return true;
  return tokens[k - 1]?.cap === true && tradeNameEndsAt(tokens, k);
}

/**
 * "between X and Y", "X and Y", "X, Y and Z" where the other name is a known place: a name
 * listed with a place is a place. Only a plain list counts: no possessive, no verb between.
 */
function coordinatedWithPlace(
  tokens: readonly Token[],
  first: number,
  last: number,
  placeAt: (k: number) => boolean,
): boolean {
  const next = tokens[last + 1];
  const prev = tokens[first - 1];
  // "between Jousieh and al-Qusair": the known place may open with the article's particle,
  // or with "the" ("between al-Mansoura and the Tabqa dam lake").
  const at = tokens[last + 2]?.norm === "the" && next?.norm === "and" ? last + 3 : last + 2;
  const partner = tokens[at];
  const opensName = partner?.cap === true || NAME_PARTICLES.has(partner?.norm ?? "");
  if ((next?.norm === "and" || next?.text === ",") && opensName && placeAt(at)) return true;
  if (prev?.norm === "and" || prev?.norm === "or") {
    // The name before the conjunction ends at first - 2.
    const before = tokens[first - 2];
    if (before?.kind === "word" && before.cap && placeAt(first - 2)) return true;
  }
  return false;
}

/**
 * "in Mosul and X", "between Kirkuk and X", "at al-Qaim, X, Sinjar and Rabia": the list itself
 * follows a place preposition. After a comma the name must be inside the list, not its end
 * ("In Mosul, Karrar said").
 */
function listAfterPlacePreposition(
  tokens: readonly Token[],
  first: number,
  last: number,
  placeAt: (k: number) => boolean,
) {
  const prev = tokens[first - 1];
  const after = tokens[last + 1];
  const inList = after?.text === "," || after?.norm === "and" || after?.norm === "or";
  if (!(prev?.norm === "and" || (prev?.text === "," && inList)) || !placeAt(first - 2)) return false;
  let k = first - 2;
  const listWord = (t: Token | undefined) => t?.text === "," || t?.norm === "and";
  while (k > 0 && (placeAt(k - 1) || (listWord(tokens[k - 1]) && placeAt(k - 2)))) k--;
  const norm = tokens[k - 1]?.norm ?? "";
  return PLACE_PREPOSITIONS.has(norm) || norm === "between";
}

/**
 * "Areas affected: Baqubah al-Jadida, al-Tahrir, al-Mualimeen", "Villages: X, Y and Z": a list
 * after a label whose noun is a kind of place, then a colon, is a list of places. From the name
 * back over the names, commas and conjunctions before it to the colon.
 */
function listAfterPlaceLabel(tokens: readonly Token[], first: number): boolean {
  const sentence = tokens[first]?.sentence;
  let k = first - 1;
  for (; k >= Math.max(0, first - 24); k--) {
    const t = tokens[k];
    if (!t || t.sentence !== sentence) return false;
    if (t.text === ":") break;
    const listWord = t.text === "," || t.text === "-" || t.norm === "and" || t.norm === "or";
    if (!(listWord || (t.kind === "word" && (t.cap || NAME_PARTICLES.has(t.norm))))) return false;
  }
  if (tokens[k]?.text !== ":") return false;
  // The label's noun, or the noun and its participle ("Areas affected", "Villages hit").
  return [k - 1, k - 2].some((j) => {
    const t = tokens[j];
    return t?.kind === "word" && t.sentence === sentence && PLACE_OF.has(t.norm.replace(/s$/, ""));
  });
}

/** Nouns of a resource's site, "gas field", "oil field": the site is named with both words. */
const FIELD_NOUNS = new Set(["field", "fields"]);

/** Last words of a field of work or study's name ("Security Technology", "Security Studies"). */
const FIELD_HEADS = new Set(["technology", "technologies", "studies", "science", "sciences", "engineering"]);

/** Last words of a kind of document's name ("Security Alert", "Flash Update"), not of a body's. */
const DOCUMENT_HEADS = new Set(["alert", "alerts", "bulletin", "bulletins", "notice", "update", "updates"]);
/** People named by their trade in a firm, before their name in apposition ("our agent, X"). */
const STAFF_NOUNS = new Set(["agent", "broker", "employee", "staffer", "colleague", "partner", "clerk"]);
/** God as the formulas of speech name Him ("God willing", "Allah"). */
const DEITY_NAMES = new Set(["god", "allah"]);
/** Ordinals that count a year's quarters. */
const YEAR_ORDINALS = new Set([
  "first",
  "second",
  "third",
  "fourth",
  "final",
  "last",
  "1st",
  "2nd",
  "3rd",
  "4th",
]);
/** Last words of a statute's name. */
const STATUTE_HEADS = new Set(["law", "act", "code", "ordinance"]);

/** Heads of protected land named by what it protects ("Nature Reserve", "Wildlife Sanctuary"). */
const RESERVE_HEADS = new Set(["reserve", "sanctuary"]);
const PROTECTED_KINDS = new Set(["nature", "wildlife", "game", "bird", "biosphere", "forest", "marine"]);

const facilityPlural = (w: string) => w.endsWith("s") && FACILITY_HEADS.has(w.slice(0, -1));

/**
 * The kind a list of names shares when it ends in one plural head noun: from `from` (the comma
 * or conjunction after a name), over names, numbers, commas and "and"/"or", to the first other
 * word. Only the plural of a place or facility head ends such a list.
 */
function listHead(tokens: readonly Token[], from: number): "place" | "facility" | undefined {
  const sentence = tokens[from]?.sentence;
  for (let k = from; k < from + 24; k++) {
    const t = tokens[k];
    if (!t || t.sentence !== sentence) return undefined;
    if (t.text === "," || t.text === "-" || t.kind === "num" || t.norm === "and" || t.norm === "or") continue;
    if (t.kind === "word" && (t.cap || NAME_PARTICLES.has(t.norm))) continue;
    if (t.kind !== "word" || !t.norm.endsWith("s")) return undefined;
    const singular = t.norm.slice(0, -1);
    if (PLACE_HEADS.has(singular)) return "place";
    return FACILITY_HEADS.has(singular) ? "facility" : undefined;
  }
  return undefined;
}

/** Index of the first token before the name, skipping a title ("Brigadier General", "Dr."). */
function before(tokens: readonly Token[], first: number): number {
  let k = first - 1;
  while (k >= 0 && (TITLES.has(norm(tokens[k])) || tokens[k]?.text === ".")) k--;
  return k;
}

/** A press desk's function words and nouns ("Media Office", "Public Relations Department"). */
export const PRESS_FUNCTIONS = new Set(
  // "Daquq Police Station — Investigation Office": a station's investigators are a desk too.
  "media press communications communication corporate public relations information investigation investigations and".split(
    " ",
  ),
);
/** "Ministry of Interior - Media Office": a hyphen with a space on both sides parts them as a dash does. */
const spacedHyphen = (t: Token) => t.text === "-" && t.space && t.breaks === 0;

/**
 * "General Directorate of Media", "Directorate of Information", "Department of Media and
 * Communication": a desk's noun, "of" and its function words only, no body's own name.
 */
function functionDesk(words: readonly Token[]): boolean {
  const k = words[0]?.norm === "general" ? 1 : 0;
  const noun = words[k];
  const of = words[k + 1];
  const rest = words.slice(k + 2);
  return (
    noun !== undefined &&
    PRESS_DESKS.has(noun.norm) &&
    of?.norm === "of" &&
    rest.length > 0 &&
    rest.every((t) => PRESS_FUNCTIONS.has(t.norm))
  );
}

/**
 * The tokens of the line right next to the one holding [first, last], with no blank line between:
 * above (-1) or below (+1).
 */
function lineBeside(tokens: readonly Token[], first: number, last: number, side: -1 | 1): Token[] {
  const next = side === -1 ? first : last + 1;
  if ((tokens[next]?.breaks ?? 0) !== 1 || next === 0) return [];
  return lineOf(tokens, next + (side === -1 ? -1 : 0));
}

/**
 * "Counter-Terrorism Service / Media Office" stacked on two lines of a letterhead, or "Media Office
 * / National Security Service" closing a statement: a desk named by its function alone, on a line
 * of its own right under or over a line that names a body ("... Service", "Ministry of ..."), is
 * that body's desk signing its notice, as on one line after a dash. A desk's line with no body's
 * line beside it ("our Media Center said", a desk alone on its line) keeps the only name it has.
 */
function stackedDesk(tokens: readonly Token[], first: number, last: number): boolean {
  const own =
    (tokens[first]?.breaks ?? 0) > 0 && (last + 1 >= tokens.length || (tokens[last + 1]?.breaks ?? 0) > 0);
  if (!own) return false;
  const body = (line: readonly Token[]) =>
    line.length > 0 &&
    line.length <= 8 &&
    line.every((t) => t.kind !== "word" || t.cap || NAME_PARTICLES.has(t.norm) || t.norm === "of") &&
    line.some((t) => t.kind === "word" && t.cap && ORG_HEADS.has(t.norm) && !PRESS_FUNCTIONS.has(t.norm));
  return body(lineBeside(tokens, first, last, -1)) || body(lineBeside(tokens, first, last, 1));
}

/** Marks that part a body from its desk on one line ("Ministry of Interior — Press Office"). */
const LINE_SEPARATORS = new Set(["·", "|", "—", "–", "/", "•"]);
export const PRESS_DESKS = new Set(
  "office department directorate unit centre center section desk division".split(" "),
);
/** Nouns of the bodies that may be named for the affairs they handle ("Office for Refugee Affairs"). */
const PORTFOLIO_BODIES = new Set(
  "ministry department directorate office council commission committee agency authority bureau unit".split(
    " ",
  ),
);
/** Offices a chamber addresses by a courtesy title and the office's noun ("Mr Speaker"). */
const ADDRESSED_OFFICES = new Set(
  "speaker chairman chairwoman chairperson chair president secretary minister deputy".split(" "),
);
/** Words that stand for a point of a stretch: "between here and ...". */
const DEICTIC_POINTS = new Set(["here", "there"]);

/**
 * "between here and", "between Tal Tamr and": going back from `k` (the word before "and") over
 * one point, a place's capitalised words or "here", to "between".
 */
function betweenBefore(tokens: readonly Token[], k: number, routeOnly = false): boolean {
  const sentence = tokens[k]?.sentence;
  for (let j = k, n = 0; j >= 0 && n < 5; j--, n++) {
    const t = tokens[j];
    if (!t || t.sentence !== sentence) return false;
    // "the road between al-Ashara and": with routeOnly, only a route's stretch counts.
    if (t.norm === "between") return j < k && (!routeOnly || ROUTE_NOUNS.has(norm(tokens[j - 1])));
    if (t.kind === "word" && (t.cap || DEICTIC_POINTS.has(t.norm) || NAME_PARTICLES.has(t.norm))) continue;
    if (isJoiner(tokens, j)) continue;
    return false;
  }
  return false;
}

/** A given name of our own tables (not the English lexicon's, which holds words like "Jordan"). */
const regionalGivenName = (norm: string) => GIVEN_NAMES.has(norm) || isRegionalGivenName(norm);

/** Kurdish courtesy titles before a given name: "Kak" (brother, Mr), "Mam" (uncle), "Xatu" (Mrs). */
const KURDISH_COURTESY = new Set(["kak", "kaka", "mam", "xatu", "khatu"]);
const ORDINALS = new Set(
  "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split(" "),
);
/** "Fifth", "2nd": the name's first word is an ordinal. */
function numberedFirst(tokens: readonly Token[], t: Token): boolean {
  if (t.kind === "word") return t.cap && ORDINALS.has(t.norm);
  const suffix = tokens[t.i + 1];
  return t.kind === "num" && /^(?:st|nd|rd|th)$/.test(suffix?.norm ?? "") && !suffix?.space;
}

/** Who sits on a generic governing board ("Board of Directors"). */
const BOARD_MEMBERS = new Set(["directors", "trustees", "governors", "management", "commissioners"]);

/**
 * True when the body's noun at `t` governs what follows through one of `words` ("Ministry of",
 * "Council for"), also written as a compound with "General" ("Directorate-General of Antiquities",
 * "Secretariat-General for"): the title there is part of the body's noun, no person's rank.
 */
function governs(tokens: readonly Token[], t: Token, words: readonly string[]): boolean {
  let k = t.i + 1;
  if (tokens[k]?.text === "-" && !tokens[k]?.space && tokens[k + 1]?.norm === "general") k += 2;
  return tokens[k]?.sentence === t.sentence && words.includes(norm(tokens[k]));
}

/**
 * A brand's word: two capitalised words written as one ("SahelNet", "ChainLantern"), the first of
 * four letters or more (a cable's clipped titles, "PolOff", "SecDef", join two of three).
 */
const BRAND_WORD = /^[A-Z][a-z]{3,}[A-Z][a-z]{2,}$/;
/** Surname prefixes written with a capital inside the name: "McLeod", "MacKenzie", "DeLuca". */
const SURNAME_PREFIX = /^(?:Mc|Mac|De|Di|Da|Le|La|Van|Von|Du|Fitz|Della|Del)[A-Z]/;

function brandWord(text: string): boolean {
  return BRAND_WORD.test(text) && !SURNAME_PREFIX.test(text);
}

/** Plural nouns of the homes a residential quarter is named by: "the Eastern Villas", "Qudsaya Gardens". */
const QUARTER_PLURALS = new Set(["villas", "gardens"]);
/** Nouns of a working site named after its owner or its place: "al-Asil Stud", "Shaheen Spinning Mill". */
const WORK_SITE_HEADS = new Set([
  "stud",
  "farm",
  "stables",
  "mill",
  "factory",
  "orchard",
  "ranch",
  "sawmill",
]);

export function guessEntityType(
  doc: Doc,
  first: number,
  last: number,
  opts: { sentenceInitial: boolean; hasTitle: boolean; placeAt?: (k: number) => boolean },
): TypeGuess | null {
  const { tokens } = doc;
  const words = tokens.slice(first, last + 1).filter((t) => t.kind === "word" || t.kind === "num");
  const head = words[words.length - 1];
  const firstWord = words[0];
  if (!head || !firstWord) return null;
  const nameWords = words.filter((t) => !NAME_PARTICLES.has(t.norm));
  const single = nameWords.length <= 1;
  if (nameWords.every((t) => t.text.length < 2)) return null;
  // "strike on Kurdish village", "the Kurdish administration": a people's adjective, not a name.
  if (single && PEOPLE_ADJECTIVES.has(head.norm)) return null;
  // "the Army", "the Ministry": a reference to an organization named elsewhere, not a name.
  if (single && (ORG_HEADS.has(head.norm) || ORG_INNER_WORDS.has(head.norm) || SERVICE_HEADS.has(head.norm)))
    return null;

  // "the Board of Directors", "Board of Trustees": the governing organ every club, company or
  // charity has is named by what it is, not a body of its own.
  if (
    words.length === 3 &&
    firstWord.norm === "board" &&
    words[1]?.norm === "of" &&
    BOARD_MEMBERS.has(head.norm)
  )
    return null;

  const score: Record<EntityType, number> = { person: 0, organization: 0, place: 0, facility: 0 };
  // "the bulk carrier MV Kestrel Dawn", "the tanker MT Sea Lark": a merchant or naval vessel's
  // prefix before capitalised words names a ship, which the golds list as a body (its crew, owners).
  // A ship's name shouted in capitals ("MT RAFIDAIN PEARL · Flag: Iraq") heads its own log or
  // papers, as a letterhead does: the issuer's furniture, not a name the story gives.
  const shipName = words.slice(1);
  if (
    !single &&
    VESSEL_PREFIXES.has(firstWord.text) &&
    shipName.every((t) => t.cap) &&
    !shipName.every((t) => t.upper)
  ) {
    score.organization += 5;
  }
  // "the Church of Mar Addai", "the Great Mosque of Nasiriyah": a house of worship named by its
  // capitalised noun and "of" is the building, a place, whoever or wherever it is named after.
  const worship = words.findIndex((t, i) => i <= 1 && t.cap && WORSHIP_HEADS.has(t.norm));
  if (worship >= 0 && words[worship + 1]?.norm === "of" && words.length > worship + 2) score.place += 8;
  const b = before(tokens, first);
  // A name at the start of a line has no context before it: "... correspondent\n\nInternal".
  let lineStart = false;
  for (let k = b + 1; k <= first; k++) if ((tokens[k]?.breaks ?? 0) > 0) lineStart = true;
  const prev = lineStart ? undefined : tokens[b];
  const prev2 = lineStart ? undefined : tokens[b - 1];
  // "Hamish Dunleavy MP, Minister for ...": only a person has letters after the name, and the
  // context after the name starts past them.
  const postnominal = tokens[last + 1]?.upper === true && POSTNOMINALS.has(norm(tokens[last + 1]));
  if (postnominal) score.person += 3;
  const next = tokens[postnominal ? last + 2 : last + 1];
  const next2 = tokens[postnominal ? last + 3 : last + 2];

  // "Area: Basra Oil Terminal", "Region: Nineveh": an ordinary noun opening a line before a colon
  // is a form's field label, whatever the field holds; a name there ("Kinnear:") is a speaker's.
  // A header's line parts its fields with separators ("Alert log · Region: Anbar"): one opens there.
  const fieldNoun = isCommonWord(head.norm) || PLACE_HEADS.has(head.norm) || FACILITY_HEADS.has(head.norm);
  const fieldStart = lineStart || b < 0 || (prev !== undefined && LINE_SEPARATORS.has(prev.text));
  if (single && fieldStart && next?.text === ":" && fieldNoun && !givenName(head.norm)) return null;
  // "Thank you, Mr Speaker", "Madam Chairwoman": a courtesy title before the office's own noun
  // addresses whoever holds the office, as a chamber's members do; it names no one.
  if (single && opts.hasTitle && ADDRESSED_OFFICES.has(head.norm)) return null;
  // "Thomas Delaney, Esq.", "Hadi Murad, Jr.": the courtesy suffix written after a name and its
  // comma is part of how the name is written, no name of its own.
  if (single && prev?.text === "," && NAME_SUFFIXES.has(head.norm)) return null;
  // "Deputy Minister of Interior for Police Affairs", "Under Secretary for Political Affairs":
  // affairs after "for" or "of" with no body's noun are the portfolio of a post, not a body.
  // "Erbil International Airport · Communications Office", "Asiacell · Corporate Communications
  // Department": a desk named by its function alone, after its body on a header or sign-off line,
  // is that body's desk, which issues the body's notices and is no actor of its own. Alone on a
  // line or in a sentence ("our Media Center said") it is the only name the desk is given.
  // "Issued by the Media Office of the Medico-Legal Directorate": the same desk with its body
  // after "of" is as much the body's desk.
  const separator = tokens[first - 1];
  // "Sunni Endowment Office · Diyala Directorate": a province's branch after its body on a
  // letterhead is that body writing, as its desk is.
  const branch = PRESS_DESKS.has(head.norm) && words.length === 2 && opts.placeAt?.(firstWord.i) === true;
  const desk =
    PRESS_DESKS.has(head.norm) && !single && words.slice(0, -1).every((t) => PRESS_FUNCTIONS.has(t.norm));
  if (
    (desk || branch) &&
    separator !== undefined &&
    !separator.breaks &&
    (LINE_SEPARATORS.has(separator.text) || spacedHyphen(separator)) &&
    tokens[first - 2]?.kind === "word"
  )
    return null;
  if ((desk || functionDesk(words)) && stackedDesk(tokens, first, last)) return null;
  const owner = tokens[last + 2]?.norm === "the" ? tokens[last + 3] : tokens[last + 2];
  if (
    desk &&
    tokens[last + 1]?.norm === "of" &&
    owner?.kind === "word" &&
    owner.cap &&
    owner.sentence === head.sentence
  )
    return null;
  // "Affairs" left alone once a title's "Political" is trimmed off names nothing either.
  if (head.norm === "affairs" && single) return null;
  if (
    head.norm === "affairs" &&
    (prev?.norm === "for" || prev?.norm === "of") &&
    !words.some((t) => PORTFOLIO_BODIES.has(t.norm))
  )
    return null;
  // "on Telegram", "the ministry's Telegram channel": a platform is where something was said,
  // never who said it, nor a person or a place of the events.
  if (single && PLATFORMS.has(head.norm)) return null;
  // "the third Security Alert", "the Weekly Security Bulletin": a kind of document, whoever issues it.
  if (DOCUMENT_HEADS.has(head.norm) && !words.some((t) => ORG_HEADS.has(t.norm))) return null;
  // "Border and Security Technology", "Security Studies", "Military Science": a field of work
  // or study named by its subject is no body, whatever subject word it carries.
  if (
    words.length === 2 &&
    FIELD_HEADS.has(head.norm) &&
    ORG_INNER_WORDS.has(firstWord.norm) &&
    !ORG_HEADS.has(norm(tokens[head.i + 1]))
  )
    return null;
  // "Is Iraq near Grandma's?", "Dad says": a family member called by the kin word alone is no
  // name of a person, a body or a place the reader can know.
  if (single && KIN_WORDS.has(head.norm)) return null;
  // "after Eid, God willing", "thank God": a pious formula names no person, body or place.
  if (single && DEITY_NAMES.has(head.norm)) return null;
  // "Second Quarter 2026", "the third quarter": a quarter counted by an ordinal is a quarter of
  // the year, not a city's quarter.
  if (head.norm === "quarter" && words.length === 2 && YEAR_ORDINALS.has(firstWord.norm)) return null;
  // "the Medico-Legal Law", "the Captagon Act", "the Penal Code": a statute named by its subject
  // is a text that bodies apply, not a body, a person or a place ("State of Law", a party, names
  // what it stands for after "of").
  const beforeHead = words[words.length - 2];
  if (STATUTE_HEADS.has(head.norm) && head.cap && beforeHead?.cap && beforeHead.norm !== "of") return null;
  // Shape.
  if (ORG_HEADS.has(head.norm) || SERVICE_HEADS.has(head.norm)) score.organization += 4;
  // "Pearl Petroleum", "Dana Gas", "Korek Telecom": a company named for its trade.
  if (!single && head.cap && (companyHeadAt(tokens, head.i) || CORPORATE_SUFFIXES.has(head.norm)))
    score.organization += 4;
  // "Reporters Without Borders", "Engineers Without Borders": after Médecins Sans Frontières,
  // "<members> Without Borders" is how international NGOs name themselves; no person or place
  // is named "without" anything.
  if (!single && head.norm === "borders" && beforeHead?.norm === "without" && beforeHead.cap)
    score.organization += 6;
  if (words.some((t) => ORG_INNER_WORDS.has(t.norm))) score.organization += 5;
  // "Ministry of X", "General Authority of Customs", "Supreme Council for X": a body's noun
  // governing the rest of the name.
  if (words.some((t) => t !== head && ORG_HEADS.has(t.norm) && governs(tokens, t, ["of", "for", "on"])))
    score.organization += 3;
  // "U.S. Embassy Baghdad", "Consulate General Erbil": a body's noun, then the city it sits in.
  const bodyThenCity =
    !single &&
    opts.placeAt?.(head.i) === true &&
    words.some((t) => t !== head && t.cap && (ORG_HEADS.has(t.norm) || ORG_INNER_WORDS.has(t.norm)));
  if (bodyThenCity) score.organization += 4;
  if (FACILITY_HEADS.has(head.norm) || firstWord.norm === "camp") score.facility += 4;
  if (PLACE_HEADS.has(head.norm)) score.place += 4;
  // "al-Asil Stud", "the Shaheen Spinning Mill", "Hamdan Farm": a working site named with its
  // capitalised noun after a name is the site, a place where what is reported happened.
  if (!single && head.cap && !head.upper && WORK_SITE_HEADS.has(head.norm) && beforeHead?.cap)
    score.place += 4;
  // "on the edge of the Eastern Villas", "a flat in Qudsaya Gardens": a quarter named by the
  // homes built in it, capitalised after a capitalised word, is the quarter, a place.
  if (!single && head.cap && !head.upper && QUARTER_PLURALS.has(head.norm) && beforeHead?.cap)
    score.place += 4;
  // "al-Talila Nature Reserve", "the Dana Wildlife Reserve": land kept for what it protects is
  // named by that kind and "Reserve" or "Sanctuary", a place; "the Federal Reserve" is a bank.
  if (!single && RESERVE_HEADS.has(head.norm) && beforeHead?.cap && PROTECTED_KINDS.has(beforeHead.norm))
    score.place += 4;
  // "the Second Border Region", "the Border Guard's 8th Region", "Fifth Region": a region
  // numbered in a series is a command or formation of a force or service, which numbers its
  // regions; a territory goes by a name ("Kurdistan Region"), not by its place in a count.
  if (head.norm === "region" && numberedFirst(tokens, firstWord)) score.organization += 6;
  // "Slug: KHOR MOR DRONE": a line shouted in capitals is a label; its first word is no cue.
  if (PLACE_PREFIXES.has(firstWord.norm) && !single && !words.every((t) => t.upper)) score.place += 3;
  // "the monastery of Mar Behnam", "to Mar Elias": Syriac "Mar"/"Mor" ("my lord") and a saint's
  // one name is the monastery, church or village named after him; a bishop is styled with his
  // given name and more ("Mar Louis Raphael Sako").
  if (SAINT_TITLES.has(firstWord.norm) && words.length === 2 && firstWord.text !== "MAR") score.place += 3;
  if (words.length === 1 && head.upper && head.text.length <= 6) score.organization += 2;
  // "K.M.J., 19, a resident of": a person the text names by initials only, which an age after
  // them shows anywhere in the document; a body's dotted acronym ("U.N.") is given no age.
  if (single && DOTTED_INITIALS.test(head.text) && agedInitials(doc).has(head.text)) score.person += 5;
  // "Peshmerga KIA YTD: 61", "2 x WIA": the abbreviations of military and situation reports
  // are a closed class of counts, dates and kinds; a run of capitals holding one names no one,
  // whatever given name one of them spells ("Kia").
  if (words.every((t) => t.upper) && words.some((t) => REPORT_ABBREVIATIONS.has(t.norm))) return null;
  if (single && head.upper && KIND_ACRONYMS.has(head.norm)) return null;
  if (!single && PERIODICAL_HEADS.has(head.norm) && words.some((t) => t.cap && PERIODS.has(t.norm)))
    return null;
  const given = givenName(firstWord.norm);
  if (given && !single) score.person += 2;
  // "Kak Dilshad", "Mam Jalal": a Kurdish courtesy title before a given name is how a man is
  // addressed and known, and stays in his name.
  if (!single && firstWord.cap && KURDISH_COURTESY.has(firstWord.norm) && words[1]?.cap) score.person += 4;
  if (words.some((t) => NAME_PARTICLES.has(t.norm)) && !single) score.person += 1;
  if (isPersonWord(head.norm) && !isCommonWord(head.norm)) score.person += 1;
  if (isPlaceWord(head.norm)) score.place += 2;
  if (isOrganizationWord(head.norm)) score.organization += 1;
  // "Carrow & Lisle": partners joined by an ampersand name a firm.
  const firm = tokens.slice(first, last + 1).some((t) => t.text === "&");
  if (firm) score.organization += 3;
  // "Albu Mahal", "Al Bu Nimr", "Al-Bu Issa": Arabic "Al Bu" ("the house of the father of")
  // names a tribe or clan, a body of people (weighed with the context, below).
  const tribal = !single && tribePrefixed(words);

  // Context before.
  if (opts.hasTitle) score.person += 3;
  // "Asayish commander Hevi Mustafa": a role noun right before, even one that is also a title.
  const adjacent = lineStart ? undefined : tokens[first - 1];
  const roleBefore = [prev, adjacent].some((t) => t?.kind === "word" && ROLE_NOUNS.has(t.norm));
  if (roleBefore) score.person += 3;
  // "His brother Barakat Qasim Haji was with him", "her son Aram": a name right after a kinsman's
  // noun that someone owns is that kinsman's name, as one set off by commas is (below).
  const kinBefore =
    adjacent?.kind === "word" &&
    !adjacent.cap &&
    KIN_NOUNS.has(adjacent.norm) &&
    ownedKin(tokens, adjacent.i);
  if (kinBefore && !roleBefore) score.person += 3;
  if (prev && MEDIA_NOUNS.has(prev.norm)) score.organization += 3;
  if (prev && PLACE_PREPOSITIONS.has(prev.norm)) score.place += 1;
  // "outside his home in Abu al-Khaseeb", "was born in X", "lives in X": where someone lives or
  // was born, after "in", is a place whatever its name looks like.
  if (prev?.norm === "in" && prev2?.kind === "word" && !prev2.cap && DWELLING_WORDS.has(prev2.norm))
    score.place += 2;
  if (single && prev && PLACE_PREPOSITIONS.has(prev.norm) && locativeNames(doc).has(head.text))
    score.place += 2;
  // "from Khazir in the east", "Qaiyara in the south": a name set on the compass is a place.
  if (
    next?.norm === "in" &&
    next2?.norm === "the" &&
    DIRECTIONS.has(norm(tokens[(next2?.i ?? -2) + 1])) &&
    !COMPASS_FOLLOWERS.has(norm(tokens[(next2?.i ?? -3) + 2]))
  )
    score.place += 3;
  // "killed near a school in Sarmin, in Idlib governorate": a name after a locative set off by a
  // comma and "in" before a known place is located in it, as only a place is ("spoke to Karim, in
  // Mosul" has no locative before the name).
  if (
    prev !== undefined &&
    (LOCATIVES.has(prev.norm) || prev.norm === "at") &&
    !opts.hasTitle &&
    next?.text === "," &&
    next2?.norm === "in" &&
    next2.sentence === head.sentence &&
    opts.placeAt?.(tokens[next2.i + 1]?.norm === "the" ? next2.i + 2 : next2.i + 1) === true
  )
    score.place += 2;
  // "a farm near Harran al-Awamid", "caught near Akashat": only places are near.
  if (prev?.norm === "near" && !opts.hasTitle) score.place += 2;
  // "the phosphate mines at Khnayfis", "the checkpoint at Dibis": a site is at a place (its noun
  // in lower case: "The Checkpoint at Night" is a title).
  const siteBefore = norm(prev2);
  if (
    prev?.norm === "at" &&
    prev2?.cap === false &&
    (SITES_AT.has(siteBefore) || FACILITY_HEADS.has(siteBefore.replace(/s$/, ""))) &&
    !opts.hasTitle
  )
    score.place += 2;
  // "a few kilometres past Multaqa", "20 km from Rabia", "30 kilometres south of Sinuni": only a
  // place is a distance away.
  const distanceBefore =
    (prev && DISTANCE_LINKS.has(prev.norm) && LENGTH_WORD.test(norm(prev2))) ||
    (prev?.norm === "of" && DIRECTIONS.has(norm(prev2)) && LENGTH_WORD.test(norm(tokens[b - 2])));
  // "a wedding in Derkar, two kilometres from the border": the same, told after the name.
  const distanceAfter =
    next?.text === "," &&
    (next2?.kind === "num" || WORD_NUMBERS.has(norm(next2))) &&
    LENGTH_WORD.test(norm(tokens[last + 3])) &&
    (DISTANCE_LINKS.has(norm(tokens[last + 4])) || DIRECTIONS.has(norm(tokens[last + 4])));
  if ((distanceBefore || distanceAfter) && !opts.hasTitle) score.place += 3;
  // "the road between al-Ashara and al-Quriyah": the ends of a route are places.
  if (prev?.norm === "between" && ROUTE_NOUNS.has(norm(prev2)) && !opts.hasTitle) score.place += 3;
  // "closed the road from Choman to the base camp": a route runs from a place, too.
  if (prev?.norm === "from" && WAY_NOUNS.has(norm(prev2)) && !opts.hasTitle) score.place += 3;
  // "between Kifri and Qara Tapa", "Kalar and Kifri": listed with a known place, a place too.
  if (opts.placeAt && coordinatedWithPlace(tokens, first, last, opts.placeAt))
    score.place +=
      prev?.norm === "between" || listAfterPlacePreposition(tokens, first, last, opts.placeAt) ? 3 : 2;
  // "in al-Bab", "near al-Shaddadi": an article-prefixed name after a place preposition.
  const afterPlacePreposition =
    prev !== undefined &&
    PLACE_PREPOSITIONS.has(prev.norm) &&
    !(prev.norm === "to" && prev2?.norm === "according");
  if (afterPlacePreposition && NAME_PARTICLES.has(firstWord.norm) && words.length <= 2) score.place += 2;
  // "– al-Waer, Homs.", "al-Hamra, Baghdad, was quiet": an article-prefixed name followed by the
  // town or province it lies in, as a log entry or a dateline places a quarter, is a place.
  if (
    NAME_PARTICLES.has(firstWord.norm) &&
    words.length <= 2 &&
    !opts.hasTitle &&
    next?.text === "," &&
    opts.placeAt?.(last + 2) === true
  )
    score.place += 3;
  // "the villages around Tuz Khurmatu", "areas near X".
  if (prev && PLACE_PREPOSITIONS.has(prev.norm) && PLACE_OF.has((prev2?.norm ?? "").replace(/s$/, "")))
    score.place += 2;
  if (prev?.norm === "of" && PLACE_OF.has(norm(prev2))) score.place += 3;
  // "Residents of Gwer told us": people live in a place.
  if (prev?.norm === "of" && RESIDENT_NOUNS.has(norm(prev2))) score.place += 3;
  // "north of Mount Sinjar", "west of Akashat": a direction from a place.
  if (prev?.norm === "of" && DIRECTIONS.has(norm(prev2))) score.place += 3;
  // "2 x IED on track N of Kanash": the same, with the compass point shortened as reports do.
  if (prev?.norm === "of" && prev2?.kind === "word" && COMPASS_ABBREVIATIONS.has(prev2.text))
    score.place += 3;
  // "on the M5 between Morek and Saraqib": a road's code the document writes before "highway".
  if (single && ROAD_CODE.test(head.text) && roadCodes(doc).has(head.text)) score.place += 4;
  if (prev?.norm === "to" && norm(prev2) === "according") {
    score.person += 2;
    score.organization += 1;
  }
  // "killing the two men inside. One of them, Shiyar Hesso, was …": a full name set off by
  // commas after "one of them" names one of the people the text has just spoken of (a given
  // name alone has its own rule, below).
  if (
    !single &&
    prev?.text === "," &&
    next?.text === "," &&
    ["them", "those"].includes(norm(tokens[b - 1])) &&
    norm(tokens[b - 2]) === "of" &&
    norm(tokens[b - 3]) === "one" &&
    peopleBefore(tokens, b - 4)
  )
    score.person += 3;
  // "the head of Iraqi intelligence, Hamid al-Shatari," — a name in apposition to a role.
  if (prev?.text === ",") {
    for (let k = b - 1; k >= Math.max(0, b - 14) && tokens[k]?.sentence === head.sentence; k--) {
      const t = tokens[k] as Token;
      if (t.text === "," || t.text === ";") break;
      // "a resident of Dearborn, Michigan": the town of a resident, then its state or country.
      if (RESIDENT_NOUNS.has(t.norm) && tokens[k + 1]?.norm === "of") {
        if (single) score.place += 3;
        break;
      }
      // "one of our leasing agents, Sazan Omer": one of a staff named by its plural ("the
      // representatives of the Ministries of Finance, Health" names bodies after the plural).
      const singular = t.norm.endsWith("s") ? t.norm.slice(0, -1) : t.norm;
      const oneOf = (j: number) => tokens[j]?.norm === "one" && tokens[j + 1]?.norm === "of";
      const counted = singular === t.norm || [k - 2, k - 3, k - 4].some(oneOf);
      const staff = counted && (ROLE_NOUNS.has(singular) || STAFF_NOUNS.has(singular));
      if (
        staff ||
        ROLE_NOUNS.has(t.norm) ||
        PARTY_NOUNS.has(t.norm) ||
        (KIN_NOUNS.has(t.norm) && ownedKin(tokens, k))
      ) {
        score.person += 3;
        break;
      }
    }
  }
  // "Claimant: Hamdiya Saleh", "Applicant: Rozhin Aziz": a form's or a ruling's field naming
  // the party the text is about holds a person's name.
  const fieldOpens = b - 1 === 0 || (tokens[b - 1]?.breaks ?? 0) > 0;
  if (prev?.text === ":" && PARTY_NOUNS.has(norm(prev2)) && fieldOpens) score.person += 3;

  // "who gave only his first name, Serhat,", "identified only as Umm Ali": a name given alone.
  const givenAlone =
    (prev?.text === "," && norm(prev2) === "name" && NAME_GIVERS.has(norm(tokens[b - 2]))) ||
    (prev?.norm === "as" && norm(prev2) === "only" && NAME_GIVERS.has(norm(tokens[b - 2])));
  if (givenAlone) score.person += 3;
  // "Her name is Nazdar Qasim Khalaf", "his name was Karwan": a name a person's possessive and
  // "name is/was" introduce is that person's.
  const namedAs =
    (prev?.norm === "is" || prev?.norm === "was") &&
    norm(prev2) === "name" &&
    PERSON_POSSESSIVES.has(norm(tokens[b - 2]));
  if (namedAs) score.person += 4;
  // "a bulldozer driver named Saad", "a schoolteacher, Mariam, showed me": a known given name
  // that an indefinite noun phrase introduces, after "named"/"called" or set off by commas, is
  // the name of the person the phrase describes (the article names no one else by it).
  if (single && givenName(head.norm) && head.cap) {
    // ("a village called Ali": a place's noun before "called" makes it the place's name).
    const namedBy =
      (prev?.norm === "named" || prev?.norm === "called") &&
      prev2?.kind === "word" &&
      !PLACE_HEADS.has(prev2.norm) &&
      !FACILITY_HEADS.has(prev2.norm);
    let introduced = false;
    if (prev?.text === "," && next?.text === ",") {
      // "the boy from the burned tent, Ahmad, asked": a definite phrase headed by a child's,
      // a kinsman's or a role's noun, then the name set off by commas.
      let human = false;
      // "One of them, Dilshad, will sit": one of a group the text has just spoken of, named.
      const oneOfGroup =
        ["them", "us", "those"].includes(norm(tokens[b - 1])) &&
        norm(tokens[b - 2]) === "of" &&
        norm(tokens[b - 3]) === "one";
      if (oneOfGroup) introduced = true;
      for (let k = b - 1; !introduced && k >= Math.max(0, b - 7); k--) {
        const t = tokens[k];
        if (t?.kind !== "word") break;
        // "Our cashier, Hiba, wrote", "my neighbour, Gulan, said": a noun phrase a possessive
        // opens (one of the writer's people, or someone's), even at a line's start, before the
        // name, when its noun is a person's ("our street, Hiba" is no person).
        if (KIN_OWNERS.has(t.norm) && t.norm !== "whose") {
          introduced = k < b - 1 && k >= b - 4 && personNoun(norm(tokens[b - 1]));
          break;
        }
        if (t.breaks) break;
        if (t.norm === "a" || t.norm === "an") {
          introduced = k < b - 1 && k >= b - 4;
          break;
        }
        if (t.norm === "the" && human && tokens[k + 1] && HUMAN_HEADS.has(tokens[k + 1]?.norm ?? "")) {
          introduced = true;
          break;
        }
        if (HUMAN_HEADS.has(t.norm)) human = true;
      }
    }
    if (namedBy || introduced) score.person += 3;
  }
  // "Abu Ali", "Umm Karrar", "Abu Mohammed al-Jolani": a kunya names a person, unless the
  // context makes it a place ("in Abu Hamam", "the village of Umm Hajara").
  const kunya =
    (firstWord.norm === "abu" || firstWord.norm === "umm") &&
    firstWord.cap &&
    words.length >= 2 &&
    words[1]?.cap === true &&
    !isJoiner(tokens, firstWord.i + 1) &&
    // "Umm Qasr North Port", "Abu Ghraib Prison": a name ending in a site's own noun is the site.
    !(words.length >= 3 && (FACILITY_HEADS.has(head.norm) || PLACE_HEADS.has(head.norm)));
  // "the villages of Khirbet Zamalah and Abu Qalqal": the second of a list after "villages of".
  let listedPlace = false;
  if (prev && ["and", "or", ","].includes(prev.text.toLowerCase())) {
    for (let k = b - 2; k >= Math.max(1, b - 8) && tokens[k]?.sentence === head.sentence; k--) {
      const t = tokens[k] as Token;
      if (t.kind === "punct" && t.text !== "," && t.text !== "-") break;
      if (t.norm === "of" && PLACE_OF.has(norm(tokens[k - 1]).replace(/s$/, ""))) {
        listedPlace = true;
        break;
      }
    }
  }
  if (listedPlace) score.place += 3;
  else if (listAfterPlaceLabel(tokens, first)) score.place += 3;
  // "in Abu Kamal", "to Abu Qalqal": a kunya after a place preposition is a town's name.
  if (kunya && afterPlacePreposition) score.place += 2;
  // "between here and Abu Rasin", "on the M4 between Tal Tamr and Abu Rasin": the far end of
  // a stretch "between" two points is a place, a kunya's shape notwithstanding.
  const stretchEnd = kunya && prev?.norm === "and" && betweenBefore(tokens, b - 1);
  if (stretchEnd) score.place += 3;
  // "the road between al-Ashara and al-Quriyah": the second end of a road's stretch, whatever
  // the first is (the first has its own rule, above).
  else if (!opts.hasTitle && prev?.norm === "and" && betweenBefore(tokens, b - 1, true)) score.place += 3;
  if (
    kunya &&
    !afterPlacePreposition &&
    !listedPlace &&
    !stretchEnd &&
    !(prev?.norm === "of" && PLACE_OF.has(norm(prev2)))
  )
    score.person += 3;

  // Context after.
  let headWord = false;
  // "the Baharka areas": a plural head names the place as well as a singular one.
  // "the Dora market" is a place, "Gulf markets" the region's economies.
  const placeHead = (w: string) =>
    PLACE_HEADS.has(w) || (w.endsWith("s") && w !== "markets" && PLACE_HEADS.has(w.slice(0, -1)));
  if (
    next &&
    !next.cap &&
    next.kind === "word" &&
    (placeHead(next.norm) || LANDFORM_PLURALS.has(next.norm))
  ) {
    score.place += 3;
    // "student, Azadi quarter": one word before a quarter's or a district's noun names the place,
    // even where a role before it would make a person of a name.
    if (single && QUARTER_NOUNS.has(next.norm)) score.place += 3;
    headWord = !next.norm.endsWith("s") || LANDFORM_PLURALS.has(next.norm);
  } else if (
    next &&
    !next.cap &&
    next.kind === "word" &&
    WORSHIP_HEADS.has(next.norm) &&
    (givenName(firstWord.norm) !== null || (!single && SAINT_WORDS.has(firstWord.norm)))
  ) {
    // "the Omar mosque", "the Abbas shrine": a house of worship named after a man is the place,
    // named before its noun in lower case, not the man; so is one named after a saint ("the Mar
    // Shmoni church", "Mar" being Syriac for "saint").
    score.place += 6;
    headWord = true;
  } else if (next && !next.cap && next.kind === "word" && ROAD_NOUNS.has(next.norm)) {
    // "the Kanash track", "the Gwer road": a road is named after the place it runs to, or by its code.
    score.place += 3;
    headWord = true;
  } else if (
    next &&
    !next.cap &&
    next.kind === "word" &&
    (FACILITY_HEADS.has(next.norm) || CENTRES.has(next.norm))
  ) {
    score.facility += 3;
    headWord = true;
  }
  // "Rewards for Justice (RFJ)": a name of several words given its acronym in brackets is a
  // body's or a programme's; people are not abbreviated so.
  const acronym = tokens[last + 2];
  if (
    !single &&
    next?.text === "(" &&
    tokens[last + 3]?.text === ")" &&
    acronym?.upper === true &&
    acronym.text.length >= 2 &&
    acronym.text[0] === firstWord.text[0]
  )
    score.organization += 5;
  // "the Shammar tribe", "al-Afadila tribe": a tribe is a body of people, named before its noun.
  if (next && !next.cap && next.kind === "word" && TRIBE_NOUNS.has(next.norm)) {
    score.organization += 5;
    headWord = !next.norm.endsWith("s");
  }
  // "the Karbala Holy Shrines administration", "the Qandil Mountains authority": a body named
  // before its common noun, as a tribe is.
  if (next && !next.cap && next.kind === "word" && BODY_NOUNS.has(next.norm)) {
    score.organization += 4;
    headWord = true;
  }
  // "Sawt al-Sharqiya (activist channel)", "Liwa al-Quds (a local militia)": a gloss in
  // brackets whose noun is an outlet's or a group's says what the name is.
  if (next?.text === "(") {
    for (let k = last + 2; k <= last + 7; k++) {
      const t = tokens[k];
      if (!t || t.text === ")" || t.text === "," || t.sentence !== head.sentence) break;
      if (t.kind === "word" && !t.cap && MEDIA_NOUNS.has(t.norm)) {
        score.organization += 4;
        break;
      }
    }
  }
  // "the Petra news agency", "the Tasnim agency", "the Enab channel": an outlet named before the
  // common noun of its trade in lower case, as a tribe is before "tribe".
  // "VHF channel 16": a numbered channel is a frequency, not an outlet.
  const outletNoun = (t: Token | undefined) =>
    t?.kind === "word" && !t.cap && OUTLET_NOUNS.has(t.norm) && tokens[t.i + 1]?.kind !== "num";
  if (outletNoun(next) || (next?.norm === "news" && !next.cap && outletNoun(next2))) score.organization += 4;
  // "the Khor Mor gas field", "the Omar oil field": a facility named before its two-word head.
  if (
    next &&
    !next.cap &&
    RESOURCE_WORDS.has(next.norm) &&
    next2?.kind === "word" &&
    FACILITY_HEADS.has(next2.norm)
  )
    score.facility += 4;
  // "the Panorama detention center", "the Houri rehabilitation centre": a site named before
  // its purpose and its noun, both of which join the mention. So do a field's resource and noun:
  // "the al-Shaer gas field" is written in full as well as "al-Shaer".
  let headLength = 1;
  if (
    next?.kind === "word" &&
    !next.cap &&
    RESOURCE_WORDS.has(next.norm) &&
    next2?.kind === "word" &&
    !next2.cap &&
    FIELD_NOUNS.has(next2.norm)
  ) {
    headWord = true;
    headLength = 2;
  }
  if (
    next?.kind === "word" &&
    !next.cap &&
    SITE_PURPOSES.has(next.norm) &&
    next2?.kind === "word" &&
    !next2.cap &&
    (FACILITY_HEADS.has(next2.norm) ||
      CENTRES.has(next2.norm) ||
      next2.norm === "facility" ||
      // "the Hayan pumping station": a pipeline's station is named by what it does.
      (next.norm === "pumping" && (next2.norm === "station" || next2.norm === "plant")))
  ) {
    score.facility += 4;
    headWord = true;
    headLength = 2;
  }
  // "Rwanga and Chamishku camps": a plural facility noun after the last name of a list (alone,
  // "Mediterranean ports" is an adjective's).
  const listEnd = prev !== undefined && [",", "and", "or"].includes(prev.text.toLowerCase());
  if (listEnd && next && !next.cap && next.kind === "word" && facilityPlural(next.norm)) score.facility += 3;
  // "the Daratu and Baharka areas of Erbil", "the Sharya, Khanke, Kabarto 1 and Rwanga camps":
  // names listed before one plural place or facility noun are each of that kind.
  if (next?.text === "," || next?.norm === "and" || next?.norm === "or") {
    const kind = listHead(tokens, last + 1);
    if (kind) score[kind] += 3;
  }
  // "Khattab Ghazi al-Rawi, known as Abu Khattab": a man known by his kunya.
  if (
    next?.text === "," &&
    next2?.norm === "known" &&
    norm(tokens[last + 3]) === "as" &&
    ["abu", "umm"].includes(norm(tokens[last + 4]))
  )
    score.person += 3;
  // "the fall of the Assad regime", "the Maliki government": a leader's name before a government's
  // noun in lower case names the government, a body that outlasts no one's mention of the man
  // ("Assad's regime" stays his). Other followers ("Assad loyalists") are still his people.
  const rulerNoun =
    single &&
    !opts.hasTitle &&
    next?.kind === "word" &&
    !next.cap &&
    GOVERNMENT_NOUNS.has(next.norm) &&
    next.sentence === head.sentence;
  if (rulerNoun) score.organization += 5;
  else if (next && RULER_NOUNS.has(next.norm) && single) score.person += 3;
  if (next?.kind === "poss" && RULER_NOUNS.has(norm(next2)) && single) score.person += 3;
  if (next?.text === ",") {
    if (next2?.norm === "who") score.person += 3;
    // "X, an MP from al-Qaim", "X, a 61-year-old retired teacher", "X, co-chair of the body".
    // Hyphens join a word ("co-chair", "61-year-old"), so the window counts them as part of it.
    let roleAt = -1;
    let compound = true;
    for (let k = last + 2; k <= last + 10; k++) {
      const t = tokens[k];
      if (!t || (t.kind === "punct" && t.text !== "-") || t.sentence !== head.sentence) break;
      if (ROLE_NOUNS.has(t.norm)) {
        // "detained in Kokkas, the spokesman said, and ...": a tag between commas, no apposition.
        if (!SPEECH_VERBS.has(norm(tokens[k + 1]))) roleAt = k;
        break;
      }
      // "X, a 52-year-old shepherd": an occupation after an age is a person's too, and so is
      // "X, a breeder in Snune" with the article right before it.
      if (
        OCCUPATION_NOUNS.has(t.norm) &&
        ((norm(tokens[k - 1]) === "old" && norm(tokens[k - 3]) === "year") ||
          // Not a speech tag: "down the Shatt al-Gharraf, a fisherman said".
          (k === last + 3 && ["a", "an"].includes(norm(next2)) && !SPEECH_VERBS.has(norm(tokens[k + 1]))))
      ) {
        roleAt = k;
        break;
      }
      // "X, a 52-year-old Yazidi mother of five", "X, a widow": only a person is someone's kin;
      // so is "X, the caretaker's twelve-year-old son", "X, his brother", whose kin is owned.
      const owned = tokens
        .slice(last + 2, k)
        .some((w) => w.kind === "poss" || ["his", "her", "their", "our", "my"].includes(w.norm));
      if (KIN_NOUNS.has(t.norm) && (["a", "an"].includes(norm(next2)) || owned)) {
        roleAt = k;
        break;
      }
      // "X, a town whose sons ...": a place noun first makes the apposition no person's.
      if (PLACE_OF.has(t.norm) || PLACE_HEADS.has(t.norm)) break;
      if (t.text !== "-" && tokens[k + 1]?.text !== "-") compound = false;
    }
    // Not a common word alone: "Thanks, General."
    const commonAlone = single && isCommonWord(firstWord.norm);
    if (
      !commonAlone &&
      roleAt > 0 &&
      (compound || ["a", "an", "the", "its", "his", "her"].includes(norm(next2)))
    )
      score.person += 3;
    if (next2?.norm === "which") score.organization += 1;
    // "Clearway Mine Action, the British charity he worked for", "Harrow & Vell, a London firm": a
    // body's common noun after an article and at most two adjectives, in apposition, says what it is.
    if (["a", "an", "the"].includes(norm(next2))) {
      for (let k = last + 3; k <= last + 5; k++) {
        const t = tokens[k];
        if (t?.kind !== "word" || t.sentence !== head.sentence) break;
        if (!t.cap && BODY_APPOSITIONS.has(t.norm)) {
          score.organization += 3;
          break;
        }
      }
    }
    // "Khalida Elias, 43, returned": only a person is given an age in apposition.
    const next3 = tokens[last + 3];
    const age = next2?.kind === "num" ? Number(next2.text) : Number.NaN;
    if (age >= 1 && age < 120 && [",", ")", "."].includes(next3?.text ?? "")) score.person += 3;
    // "Sinjar's qaimaqam, Naif Khudeida, said": a name in apposition before a speech verb.
    if (prev?.text === "," && next2 && SPEECH_VERBS.has(next2.norm) && !single) score.person += 2;
  }
  if (next && SPEECH_VERBS.has(next.norm)) {
    score.person += 2;
    score.organization += 1;
  }
  // "Danyar is 13.", "Hiba was 9 when": only a person is given an age as what the name is.
  const ageAt = next2?.kind === "num" ? Number(next2.text) : Number.NaN;
  if (
    (next?.norm === "is" || next?.norm === "was") &&
    ageAt >= 1 &&
    ageAt < 120 &&
    /^(?:[.,;]|and|when|years|now)$/.test(norm(tokens[(next2?.i ?? -2) + 1]))
  )
    score.person += 3;
  // "And in the silence Danyar asked me", "Ashur says": a given name of the region alone,
  // written as a name and the subject of a verb in the past or the third person, is someone
  // the text calls by his first name (the table leaves out names that are also places). A bare
  // verb form ("Sale date", "al-Noor transport") is as often a noun after a noun.
  if (
    single &&
    head.cap &&
    !head.upper &&
    regionalGivenName(head.norm) &&
    next?.kind === "word" &&
    !next.cap &&
    next.sentence === head.sentence &&
    /(?:ed|[^s]s)$/.test(next.norm) &&
    !["is", "was", "has"].includes(next.norm) &&
    isVerbWord(next.norm)
  )
    score.person += 3;

  // "the tribe of Albu Mahal" but "residents of Albu Ajil", "in Albu Nimr": the tribe's village
  // bears its name, so with any cue of a place the name is the village, without one the tribe.
  if (tribal) score[score.place > 0 ? "place" : "organization"] += 2;
  // "Building 4", "Gate 3", "Room 12": a common noun and its number label a part of a site;
  // no person is called so, whatever role the sentence names nearby.
  if (single && isCommonWord(head.norm) && next?.kind === "num") score.person = 0;
  // "Doctor of Philosophy, Department of Middle Eastern Studies": a name opened by a body's
  // noun and "of" is the body's, whatever title or role stands before it.
  if (!single && ORG_HEADS.has(firstWord.norm) && governs(tokens, firstWord, ["of"])) score.person = 0;
  // "SahelNet said it had asked", "the analytics firm ChainLantern": one word joined from two
  // capitalised words ("Sahel" + "Net") is how firms, networks and outlets write their brand; no
  // person's or place's name is written so (surnames in "Mc", "Mac", "De", "Le" … aside).
  // Not a hashtag or a handle ("#MineAction"), nor the modifier of a noun after it ("a
  // PlanetScope scene": a product's name), nor the first word of a longer name.
  const tagged = ["#", "@", "/"].includes(tokens[first - 1]?.text ?? "") && tokens[first]?.space === false;
  const brandNext = tokens[last + 1];
  const modifier =
    brandNext?.kind === "word" &&
    brandNext.sentence === head.sentence &&
    (brandNext.cap || !isVerbWord(brandNext.norm));
  if (single && brandWord(head.text) && !tagged && !modifier) score.organization += 3;
  const ranked = (Object.entries(score) as [EntityType, number][]).sort((x, y) => y[1] - x[1]);
  const [type, best] = ranked[0] as [EntityType, number];
  const needed = single ? 3 : 2;
  if (best < needed) return null;
  if (opts.sentenceInitial && single && isCommonWord(firstWord.norm)) return null;
  const guess: TypeGuess = {
    type,
    score: best,
    headWord:
      headWord &&
      (type === "place" ||
        type === "facility" ||
        (type === "organization" && (TRIBE_NOUNS.has(norm(next)) || BODY_NOUNS.has(norm(next))))),
  };
  if (rulerNoun && type === "organization") guess.rulerNoun = true;
  if (guess.headWord && headLength > 1) guess.headLength = headLength;
  if (type === "person" && given?.gender) guess.gender = given.gender;
  return guess;
}
