import { arabicName } from "../lexicon/arabic.js";
import { DIRECTIONS, directionOf } from "../lexicon/areas.js";
import { LEXICON } from "../lexicon/index.js";
import type { Entity, Mention } from "../schema.js";
import type { Doc } from "../text/doc.js";
import type { Token } from "../text/tokenize.js";
import { FACILITY_HEADS, PLACE_HEADS } from "../text/word-lists.js";
import { branchSeatSpelling, seatBeforeSpelling } from "./branch-seats.js";
import { HEAD_LINE_SEPARATORS, PUBLICATION_HEADS } from "./entity-candidates.js";
import { type EntityDraft, type MentionDraft, PILGRIM_HONORIFICS } from "./entity-draft.js";
import { designatorMention, isPassing as passingMention, routeEnd } from "./places.js";
import { reportingLineOnly } from "./reporting-lines.js";
import {
  dateLabelOnly,
  glossaryTermOnly,
  issueLineLabelOnly,
  mastheadBranchCountryOnly,
  sectionLabelBodyOnly,
  sectionLabelOnly,
} from "./section-labels.js";

/** Entity drafts as schema entities: ids in order of first mention, aliases from what was seen. */

const squash = (s: string) => s.replace(/\s+/g, " ").trim();
const isAcronym = (s: string) => /^[\p{Lu}\d.&-]{2,6}$/u.test(s);
const shouted = (s: string) => s.replace(/[^\p{L}]/gu, "").length > 6 && s === s.toUpperCase();

/**
 * "Syria's Interior Ministry", "Jordan's Public Security Directorate": a possessive before a
 * body's name is a determiner saying whose body it is, not a word of the name. The body's own
 * name is what a later "the Interior Ministry" or another report spells. Undefined when the
 * spelling opens with no capitalised possessive or leaves no capitalised name behind.
 */
function ownName(spelling: string): string | undefined {
  const m = /^(\p{Lu}[\p{L}-]*)['’]s\s+(\p{Lu}.*)$/u.exec(spelling);
  // "People's Protection Units", "Women's Union": a possessive of people is part of the name;
  // only a place's ("Syria's", "Jordan's") says whose body it is.
  return m?.[1] && m[2] && /\s/.test(m[2]) && PLACE_NAMES.has(m[1].toLowerCase()) ? m[2] : undefined;
}
const PLACE_NAMES = new Set(
  LEXICON.filter((e) => e.type === "place").flatMap((e) =>
    [e.name, ...e.aliases].map((a) => a.toLowerCase()),
  ),
);

/**
 * "Norway's Ministry of Foreign Affairs", "the Kurdistan Region's Ministry of Interior": a place's
 * possessive written before a body's own name says whose body it is, and the text spells the body
 * with it; the possessor's words (up to the possessive), for that spelling of the body. A possessor
 * the gazetteer does not know counts when it is a run of capitalised words no entity holds
 * ("Chile's"). Undefined when the body's mention has no such possessive before it.
 */
function possessorSpelling(
  doc: Doc,
  first: number,
  owners: ReadonlyMap<number, EntityDraft>,
): string | undefined {
  const { tokens } = doc;
  const poss = tokens[first - 1];
  const body = tokens[first];
  if (poss?.kind !== "poss" || !body?.cap || poss.sentence !== body.sentence) return undefined;
  const owner = owners.get(first - 2);
  let start = first - 2;
  if (owner) {
    if (owner.type !== "place") return undefined;
    while (owners.get(start - 1) === owner && tokens[start - 1]?.sentence === body.sentence) start--;
  } else {
    while (
      tokens[start]?.kind === "word" &&
      tokens[start]?.cap &&
      tokens[start]?.sentence === body.sentence &&
      !owners.has(start)
    )
      start--;
    start++;
    if (start > first - 2) return undefined;
  }
  const from = tokens[start];
  if (!from || from.sentence !== body.sentence) return undefined;
  return doc.text.slice(from.start, poss.start);
}

/**
 * Common nouns a site or a place is written with after its name ("crossing", "border crossing",
 * "camp", "area", "district"): what the name is, not a word of it.
 */
// "a Daesh group", "the Hezbollah militia": an armed group's common noun after its known name.
const GENERIC_TAILS = new Set([
  ...FACILITY_HEADS,
  ...PLACE_HEADS,
  "subdistrict",
  "sub-district",
  "group",
  "militia",
]);
function bareOf(spelling: string): string {
  const words = spelling.split(/\s+/);
  const last = words.at(-1)?.toLowerCase() ?? "";
  if (words.length < 2 || !GENERIC_TAILS.has(last) || /^\p{Lu}/u.test(words.at(-1) ?? "")) return spelling;
  const rest = words.slice(0, -1);
  // "the Trebil border crossing": the crossing's kind before its noun goes too.
  if (last === "crossing" && rest.at(-1)?.toLowerCase() === "border" && rest.length > 1) rest.pop();
  return rest.join(" ");
}

/**
 * "the Jaber centre", "the Karameh border post": the customs or police post of a crossing is
 * written with its own noun after the town's name, as "crossing" is; the bare name is the crossing's.
 */
const POST_TAILS = new Set(["centre", "center", "post"]);
function postBareOf(spelling: string): string {
  const words = spelling.split(/\s+/);
  const last = words.at(-1) ?? "";
  if (words.length < 2 || !POST_TAILS.has(last)) return bareOf(spelling);
  const rest = words.slice(0, -1);
  if (rest.at(-1)?.toLowerCase() === "border" && rest.length > 1) rest.pop();
  return rest.join(" ");
}

/** Machines and people a force is named through ("Coalition helicopters", "coalition personnel"). */
const MATERIEL = new Set(
  "helicopters helicopter aircraft jets jet warplanes warplane drones drone planes gunships personnel convoy convoys".split(
    " ",
  ),
);
/** "Coalition helicopters struck": the body's machines, a way to mention it, never its name. */
const materiel = (s: string) => MATERIEL.has(s.split(/\s+/).at(-1) ?? "");

/**
 * The name as the article writes it, for an entity the lexicon named ("Border Ports
 * Authority" for "Border Ports Commission"): its first spelling, an acronym only when the
 * article never spells the name out, a shouted dateline never. Absent when it is the name.
 */
function surfaceOf(name: string, spellings: readonly string[]): string | undefined {
  const usable = spellings.filter((s) => !shouted(s) && !materiel(s));
  const surface = usable.find((s) => !isAcronym(s)) ?? usable[0];
  return surface && surface.toLowerCase() !== name.toLowerCase() ? surface : undefined;
}

/**
 * Words after a country's adjective that make it an aside: a person's nationality ("a Russian
 * national", "Jordanian officials", "a Syrian from", "on his Syrian papers"), a locator ("the
 * Syrian town of", "the Syrian side"), money ("US dollars"), a yardstick the country's rules set
 * ("under Iraqi law", "eleven times the Iraqi limit", "the Iraqi support price"), the state's
 * envoys and organs abroad ("Jordanian interior ministers", "the Iranian embassy", "the
 * Saudi capital", "an Iraqi channel", "the Danish partners" of a joint dig), and a body's
 * nationality ("the American news website", "the British demining charity").
 */
const ASIDE_NOUNS = new Set(
  `national nationals citizen citizens official officials officer officers man men woman women people family families
  passport passports papers documents id licence license town village city from who dollar dollars pound
  nationality nationalities citizenship
  pounds dinar dinars
  child children boy boys girl girls suspect suspects
  lira riyal riyals rial rials commentator commentators analyst analysts cigarettes tobacco goods
  products striker strikers player players footballer footballers goalkeeper defender midfielder
  film films programme programmes music song songs cuisine dish dishes novel poetry
  driver drivers trucker truckers worker workers trader traders merchant merchants farmer farmers
  shepherd shepherds student students journalist journalists doctor doctors engineer engineers
  teacher teachers pilgrim pilgrims tourist tourists businessman businessmen
  law laws legislation limit limits price prices
  minister ministers embassy embassies capital channel excavation partners
  website websites newspaper newspapers charity charities
  conservator conservators publisher publishers archaeologist archaeologists photographer photographers translator translators
  cent cents plate plates taxpayer taxpayers`.split(/\s+/),
);

/**
 * "30 US cents", "18:30 UK time", "a UK taxpayer": an abbreviated country name before a unit,
 * a clock or a tax status qualifies it the way a demonym does; no place or party of the story.
 * (Person nouns are not read here: "a US official" speaks for the state.)
 */
const ABBREVIATION_ASIDE_NOUNS = new Set(
  "cent cents dollar dollars time taxpayer taxpayers plate plates passport passports".split(" "),
);
/**
 * Callings a list of nationalities with their own articles can end in: "a British and an Italian
 * conservator". Advisers only here: "American advisers" alone are the foreign forces of the story.
 */
const CALLINGS = new Set(
  `officer officers conservator conservators publisher publishers adviser advisers advisor advisors
  archaeologist archaeologists photographer photographers translator translators journalist
  journalists doctor doctors engineer engineers teacher teachers`.split(/\s+/),
);
const COUNTRY_ABBREVIATION = /^(?:u\.?s\.?|us|uk|u\.?k\.?)$/i;

/**
 * "an Iraqi-registered truck", "a Panama-flagged tanker", "a Syrian-born man": the country as
 * a registry or a birthplace, joined to its participle, is a locator too.
 */
const ORIGIN_PARTICIPLES = new Set(["registered", "flagged", "plated", "born"]);

/**
 * A compass adjective a country is named with as a part of it: "northern Iraq", "north-eastern
 * Syria"; and "federal Iraq", the country outside its Kurdistan Region, as Iraqi usage names it.
 */
const compassPart = (word: string) =>
  (word.endsWith("ern") && directionOf(word) !== null) || word === "federal";

/** Last words of a body's, a desk's or a publication's name a river's name can open. */
const RIVER_NAME_HEADS = new Set([
  ...PUBLICATION_HEADS,
  ..."desk lab laboratory centre center wire press kindergarten school weekend forum institute agency network".split(
    " ",
  ),
]);

/**
 * "the Euphrates Monitoring Desk", "EUPHRATES POLICY CENTRE", "(Tigris Wire)", "THE TIGRIS
 * WEEKEND": a river's name opening a run of capitalised words that ends in a desk's, a body's or
 * a publication's noun is the brand of that name, not the river, as "Nile Press" is no river.
 * "the Tigris River", "the Euphrates valley", "the Tigris on Monday" are the river.
 */
function riverInBodyName(doc: Doc, nameEnd: number): boolean {
  const sentence = doc.tokens[nameEnd]?.sentence;
  for (let k = nameEnd + 1; k <= nameEnd + 3; k++) {
    const t = doc.tokens[k];
    if (!t || t.sentence !== sentence || t.kind !== "word" || !t.cap) return false;
    if (RIVER_NAME_HEADS.has(t.norm)) return true;
  }
  return false;
}

/** A type code: a short capitalised prefix joined by a hyphen to a number ("F-16", "MiG-29", "Su-24"). */
function typeCode(doc: Doc, k: number): boolean {
  const [prefix, dash, num] = [doc.tokens[k], doc.tokens[k + 1], doc.tokens[k + 2]];
  return (
    prefix?.kind === "word" &&
    /^\p{Lu}[\p{L}]{0,2}$/u.test(prefix.text) &&
    dash?.text === "-" &&
    !dash.space &&
    num?.kind === "num" &&
    !num.space
  );
}

/** "Iraqi and Jordanian officials": the word after a list of adjectives is an aside noun. */
function asideAfter(doc: Doc, adjectiveEnd: number): boolean {
  const sentence = doc.tokens[adjectiveEnd]?.sentence;
  const joined = (k: number) => doc.tokens[k]?.text === "-" && !doc.tokens[k]?.space;
  if (joined(adjectiveEnd + 1) && ORIGIN_PARTICIPLES.has(doc.tokens[adjectiveEnd + 2]?.norm ?? ""))
    return true;
  // "a Belgian-Moroccan dual national": adjectives joined by hyphens are one nationality.
  let last = adjectiveEnd;
  while (joined(last + 1) && doc.tokens[last + 2]?.cap && doc.tokens[last + 2]?.sentence === sentence)
    last += 2;
  // "an Iraqi F-16", "Iraqi MiG-29s struck": a model's type code after the adjective marks whose
  // the machine is, as a registry does; the force that flies it is the actor, not the country.
  if (typeCode(doc, last + 1)) return true;
  // "Iraqi security officials", "a Syrian army official": a department's word or two before the
  // person noun.
  // "a Lebanese short-film programme": a compound's hyphen goes on to its noun.
  // Up to three words, a hyphen not counted: "Syrian forces shelled the town" reaches no "town".
  for (let k = last + 1, words = 0; words < 3; k++) {
    const t = doc.tokens[k];
    if (t && joined(k) && t.sentence === sentence) continue;
    if (!t || t.sentence !== sentence || t.kind !== "word" || t.cap) break;
    if (ASIDE_NOUNS.has(t.norm)) return true;
    words++;
  }
  // "A German and a British officer": the article of the next adjective in the list, which
  // then ends in a calling ("a Belgian and a Dutch national" may list people, "a Belgian").
  const listed = (n: number) => [",", "and", "or"].includes(doc.tokens[n]?.norm ?? "");
  let articled = false;
  for (let k = last + 1; k <= last + 8; k++) {
    const t = doc.tokens[k];
    if (!t || t.sentence !== sentence) return true;
    if (ASIDE_NOUNS.has(t.norm)) return !articled || CALLINGS.has(t.norm);
    if (t.text === "," && k === last + 1) return true;
    if ((t.norm === "a" || t.norm === "an") && listed(k - 1)) {
      articled = true;
      continue;
    }
    if (!(t.text === "," || t.norm === "and" || t.norm === "or" || (t.cap && t.kind === "word"))) {
      return t.kind === "punct" && t.text !== "-";
    }
  }
  return false;
}

/**
 * A country the article names only by its adjective, and only as someone's nationality, a
 * locator or a currency, is an aside, not one of its entities; the draft still lends
 * affiliations to roles ("Syrian President X"). "A Turkish drone", "the Jordanian and Iraqi
 * borders" keep the country: an actor, or the country as an area.
 */
function adjectiveOnly(doc: Doc, draft: EntityDraft): boolean {
  if (draft.lexicon?.kind !== "country") return false;
  return draft.mentions.every((m) => adjectiveAside(doc, draft, m));
}

/** A mention of adjectiveOnly's: a nationality, a locator or a currency. */
function adjectiveAside(doc: Doc, draft: EntityDraft, m: MentionDraft): boolean {
  const demonyms = new Set((draft.lexicon?.demonyms ?? []).map((d) => d.toLowerCase()));
  // "1.1 million Iraqis", "wanted Syrians to count their dead": the plural of the adjective is
  // a noun, people of the country, not the state or the land. With the article it is often the
  // country as one side ("when the Americans have gone"), which stays.
  const people = (m: { first: number; last: number }) => {
    const norm = doc.tokens[m.last]?.norm ?? "";
    if (m.first !== m.last || doc.tokens[m.first - 1]?.norm === "the") return false;
    return norm.endsWith("s") && demonyms.has(norm) && demonyms.has(norm.slice(0, -1));
  };
  const abbreviated = (m: { first: number; last: number }) => {
    const name = doc.tokens[m.first];
    const next = doc.tokens[m.last + 1];
    return (
      m.first === m.last &&
      name !== undefined &&
      COUNTRY_ABBREVIATION.test(name.text) &&
      next?.kind === "word" &&
      next.sentence === name.sentence &&
      ABBREVIATION_ASIDE_NOUNS.has(next.norm)
    );
  };
  return (m.demonym === true && (people(m) || asideAfter(doc, m.last))) || (!m.reference && abbreviated(m));
}

/**
 * "ERBIL, Iraq, May 27 (Meridian Wire) -": a country the article names only after its city in a
 * dateline says where the city is, as "Erbil, Iraq" would in a postal address; no entity of the story.
 */
function datelineCountryOnly(doc: Doc, draft: EntityDraft): boolean {
  if (draft.lexicon?.kind !== "country" || draft.mentions.length === 0) return false;
  return draft.mentions.every((m) => datelineCountry(doc, m));
}

/** "ERBIL, Iraq, May 27 (...)", "SYRIA/TELL BRAK": the country of a dateline's or a slug's town. */
function datelineCountry(doc: Doc, m: MentionDraft): boolean {
  if (slugCountry(doc, m)) return true;
  const t = doc.tokens[m.first];
  const city = doc.tokens[m.first - 2];
  return (
    t?.meta === true &&
    !m.demonym &&
    doc.tokens[m.first - 1]?.text === "," &&
    city?.meta === true &&
    city.kind === "word" &&
    city.upper === true &&
    doc.tokens[m.last + 1]?.text === ","
  );
}

/**
 * "FLASH -- SYRIA/TELL BRAK -- Bomb hits ...": a wire slug's country before a slash and its town
 * in capitals files the story as a dateline does; it says where the town is.
 */
function slugCountry(doc: Doc, m: { first: number; last: number; demonym?: boolean }): boolean {
  const [name, slash, town] = [doc.tokens[m.last], doc.tokens[m.last + 1], doc.tokens[m.last + 2]];
  return (
    !m.demonym &&
    name?.upper === true &&
    slash?.text === "/" &&
    !slash.space &&
    town?.kind === "word" &&
    town.upper === true &&
    !town.space
  );
}

/** Tokens a header's or a sign-off's line holds at most on either side of its place. */
const LINE_REACH = 40;
/** Verbs a place of issue follows, with "in": "Statement issued in Baghdad". */
const ISSUE_VERBS = new Set(["issued", "published", "released", "dated", "signed", "done"]);

/**
 * "Head office, Baghdad · Wednesday 15 April", "Statement issued in Erbil · 7 June", a sign-off
 * "Al-Noor Travel, Karrada, Baghdad": a header's or a sign-off's place says where the text was
 * issued from, an address, not where anything happened. A line of its own without a sentence's
 * end, the place closing an address after a comma or following "issued in", the line or its part
 * ending after it. A place the text also names elsewhere keeps every mention.
 */
function placeOfIssueOnly(doc: Doc, draft: EntityDraft, owners: ReadonlyMap<number, EntityDraft>): boolean {
  if (draft.type !== "place" || draft.mentions.length === 0) return false;
  const { tokens } = doc;
  return draft.mentions.every((m) => {
    if (m.demonym || m.reference) return false;
    if (creditLinePlace(doc, m.first)) return true;
    // A short line only: its ends are sought at most LINE_REACH tokens away, so a long line with
    // many places costs no more than a short one per place.
    let start = m.first;
    while (start > 0 && (tokens[start]?.breaks ?? 0) === 0 && m.first - start < LINE_REACH) start--;
    let end = m.last + 1;
    while (end < tokens.length && (tokens[end]?.breaks ?? 0) === 0 && end - m.last < LINE_REACH) end++;
    const opens = start === 0 || (tokens[start]?.breaks ?? 0) > 0;
    const closes = end === tokens.length || (tokens[end]?.breaks ?? 0) > 0;
    if (!opens || !closes) return false;
    const line = tokens.slice(start, end);
    if (line.filter((t) => t.kind === "word").length > 12) return false;
    if (/^[.!?:;]$/.test(line[line.length - 1]?.text ?? "")) return false;
    // A field's label ("Place:", "Location:") opens a line that says where something happened.
    if (line.some((t) => t.text === ":")) return false;
    const after = tokens[m.last + 1];
    const partEnds = m.last + 1 === end || (after !== undefined && HEAD_LINE_SEPARATORS.has(after.text));
    const prev = tokens[m.first - 1];
    const issued =
      prev?.norm === "in" && ISSUE_VERBS.has(tokens[m.first - 2]?.norm ?? "") && m.first - 2 >= start;
    if (issued) return partEnds;
    // An address: an office's or a sender's name before the comma, no place ("Head office,
    // Baghdad", not "Sinjar district, Nineveh"), then the part of the line ends ("· 7 June"), or
    // the town the quarter lies in closes the line ("Al-Noor Travel, Karrada, Baghdad").
    const before = tokens[m.first - 2];
    if (prev?.text !== "," || m.first - 1 <= start || before?.kind !== "word") return false;
    const beforeOwner = owners.get(before.i);
    if ((beforeOwner?.type === "place" && beforeOwner.lexicon) || PLACE_HEADS.has(before.norm)) return false;
    const town = after?.text === "," ? owners.get(m.last + 2) : undefined;
    const townCloses =
      town !== undefined &&
      town.type === "place" &&
      town.mentions.some((t) => t.first === m.last + 2 && t.last + 1 === end);
    // "SAFETY FLASH 12 · Zagros Drilling · Field Office, Kirkuk": the last part of a header line
    // cut by separators, an office's address closing it, is where the text was issued too.
    // Only an office's short name is so addressed ("Press conference at the Ministry of ...,
    // Baghdad" says where something took place), and no other place stands in the part.
    let cut = m.first - 1;
    while (cut > start && !HEAD_LINE_SEPARATORS.has(tokens[cut - 1]?.text ?? "")) cut--;
    const part = tokens.slice(cut, m.first - 1);
    const lastPart =
      m.last + 1 === end &&
      cut > start &&
      part.length > 0 &&
      part.length <= 3 &&
      part.every((t) => t.kind === "word" && t.cap && owners.get(t.i)?.type !== "place");
    return (
      (partEnds && after !== undefined && HEAD_LINE_SEPARATORS.has(after.text)) || townCloses || lastPart
    );
  });
}

/** A wire's credit line: "(Reporting by X in Amman; Editing by Y)", "Additional reporting by ...". */
const CREDIT_OPENING = /(?:^|\n)[ \t]*\(?[ \t]*(?:additional\s+)?(?:reporting|writing)\s+by\s[^\n]*$/i;

/**
 * "Reporting by Tom Hale in London and our correspondents in Basra.": a place after "in" on a
 * credit line is where the reporters sat, not where the story's events are.
 */
function creditLinePlace(doc: Doc, first: number): boolean {
  const { tokens } = doc;
  if (tokens[first - 1]?.norm !== "in") return false;
  const at = tokens[first]?.start ?? 0;
  return CREDIT_OPENING.test(doc.text.slice(Math.max(0, at - 300), at));
}

/** Nouns of a sporting competition, and of what is played in one. */
const COMPETITION_HEADS = new Set([
  "league",
  "cup",
  "championship",
  "championships",
  "trophy",
  "premiership",
]);
const FIXTURE_NOUNS = new Set(
  "match matches game games fixture fixtures season final finals semi-final semi-finals round title clash tie derby".split(
    " ",
  ),
);

/**
 * "Friday's Stars League match", "a Premier Cup fixture": a competition named before the games
 * played in it is no body of the story, as a tournament is none (a league that acts, "the
 * League said", is named otherwise too).
 */
function competitionOnly(doc: Doc, draft: EntityDraft): boolean {
  if (draft.type !== "organization" || draft.lexicon || draft.mentions.length === 0) return false;
  return draft.mentions.every((m) => {
    const head = doc.tokens[m.last];
    const next = doc.tokens[m.last + 1];
    return (
      head !== undefined &&
      COMPETITION_HEADS.has(head.norm) &&
      next?.kind === "word" &&
      !next.cap &&
      FIXTURE_NOUNS.has(next.norm)
    );
  });
}

/** Nouns of a flight, whose origin and destination a text names in passing. */
const FLIGHT_NOUNS = new Set(["flight", "flights"]);

/**
 * "the crew of flight NZ 214 from Istanbul", "a flight to Antalya": a town named only as where a
 * flight came from or went to is no place of the story (the airport the story happens at is
 * named otherwise). Only a town, not a country; the flight's noun at most four words before, and
 * not a person's ("his flight to Moscow" is his escape).
 */
function flightEndOnly(doc: Doc, draft: EntityDraft): boolean {
  if (draft.type !== "place" || draft.lexicon?.kind !== "city" || draft.mentions.length === 0) return false;
  const { tokens } = doc;
  return draft.mentions.every((m) => {
    const prep = tokens[m.first - 1];
    if (m.demonym || (prep?.norm !== "from" && prep?.norm !== "to")) return false;
    for (let k = m.first - 2; k >= Math.max(0, m.first - 6); k--) {
      const t = tokens[k];
      if (!t || t.sentence !== prep.sentence || (t.kind === "punct" && t.text !== "-")) return false;
      // "his flight to Moscow": a person's flight is his fleeing, and the town is where he went.
      const owner = tokens[k - 1];
      if (FLIGHT_NOUNS.has(t.norm))
        return !(
          owner?.kind === "poss" || ["his", "her", "their", "its", "my", "our"].includes(owner?.norm ?? "")
        );
    }
    return false;
  });
}

/** Every spelling of the gazetteer's towns, lower case: a crossing named after one is not called by it. */
const TOWN_NAMES = new Set(
  LEXICON.filter((e) => e.type === "place" && e.kind === "city").flatMap((e) =>
    [e.name, ...e.aliases].map((n) => n.toLowerCase()),
  ),
);

/** Nouns of a government called after its leader ("the Assad regime", "the Maliki government"). */
const RULED_BODIES = new Set(["regime", "government"]);

/**
 * "the fall of the Assad regime", "the Assad government": a leader named only as the attribute of
 * the government called after him is inside another name (tests/fixtures/ANNOTATION.md rule 5), not
 * a person the article names. Where it names him by himself too ("The fall of Assad, Baghdad's former
 * ally"), he stays.
 */
function rulerAttributeOnly(doc: Doc, draft: EntityDraft): boolean {
  if (draft.type !== "person" || draft.lexicon || draft.mentions.length === 0) return false;
  return draft.mentions.every((m) => {
    const next = doc.tokens[m.last + 1];
    return (
      next?.kind === "word" &&
      !next.cap &&
      RULED_BODIES.has(next.norm) &&
      next.sentence === doc.tokens[m.last]?.sentence
    );
  });
}

/**
 * "a representative of the Nineveh governor": a province named only in the article's "the X
 * governor", the office, names no place where anything happened.
 */
function governorTitleOnly(doc: Doc, draft: EntityDraft): boolean {
  if (draft.type !== "place" || draft.mentions.length === 0) return false;
  return draft.mentions.every((m) => {
    const next = doc.tokens[m.last + 1];
    // "the Nineveh governor", the office; "Anbar governor Faisal X", a title before a name, and a
    // name in a title is kept as the place of the man's post.
    const named = doc.tokens[m.last + 2]?.cap === true && doc.tokens[m.last + 2]?.sentence === next?.sentence;
    return (
      !m.demonym &&
      doc.tokens[m.first - 1]?.norm === "the" &&
      next?.kind === "word" &&
      !next.cap &&
      next.norm === "governor" &&
      !named
    );
  });
}

/** Courtesy titles a person is called by before their name: "Mr Lloyd", "Dr. Sara Lind". */
const COURTESY_TITLES = new Set(["mr", "mrs", "ms", "miss", "dr"]);

/** Kinds of place a country's possessive can locate without being a place of the story. */
const LOCATED_KINDS = new Set([
  "city",
  "governorate",
  "crossing",
  "camp",
  "prison",
  "base",
  "airport",
  "dam",
  "site",
]);

/**
 * "from Iraq's Trebil crossing", "between Syria's Hasakah province and ...": a country the
 * article names only in the possessive before one of its towns, provinces or sites says where
 * that place lies, as "Trebil, Iraq" would; no entity of the story. Before a region ("Iraq's
 * Kurdistan Region") or a body ("Iraq's Interior Ministry") it stays: a part of the state or
 * the state's own body.
 */
function possessiveLocatorOnly(
  doc: Doc,
  draft: EntityDraft,
  starts: ReadonlyMap<number, EntityDraft>,
): boolean {
  if (draft.lexicon?.kind !== "country" || draft.mentions.length === 0) return false;
  return draft.mentions.every((m) => {
    if (m.demonym || m.reference || doc.tokens[m.last + 1]?.kind !== "poss") return false;
    const place = starts.get(m.last + 2);
    if (!place || place === draft || (place.type !== "place" && place.type !== "facility")) return false;
    return place.lexicon === undefined || LOCATED_KINDS.has(place.lexicon.kind);
  });
}

/** Last words of a body's inner desk: "Public Information Unit", "Press Office". */
const DESK_HEADS = new Set(["unit", "office", "desk", "section"]);
/** A contact line's cue, then up to a line's worth of other words before the desk. */
const CONTACT_CUE =
  /\b(?:contact|for further information|for more information|enquiries|inquiries)\b(?:[^\n.]{0,80}:[ \t]*\n)?[^\n.]{0,80}$/i;

/**
 * "For further information, please contact: OCHA Syria, Public Information Unit", "Press contact:
 * the Mission's Press and Public Information Office": a desk named only in a contact line is
 * where readers write, inside a body the line also names; no party of the story.
 */
function contactDeskOnly(doc: Doc, draft: EntityDraft): boolean {
  if (draft.type !== "organization" || draft.lexicon || draft.mentions.length === 0) return false;
  const head = draft.name.trim().split(/\s+/).pop()?.toLowerCase() ?? "";
  if (!DESK_HEADS.has(head)) return false;
  return draft.mentions.every((m) => {
    const t = doc.tokens[m.first];
    if (!t) return false;
    // The line, and the one before it when the cue ends there with a colon; no further back
    // than the cue can reach, so a long line is not read again for every mention.
    const before = doc.text.slice(Math.max(0, t.start - 300), t.start);
    const lineStart = before.lastIndexOf("\n");
    const from = lineStart < 0 ? 0 : before.lastIndexOf("\n", lineStart - 1) + 1;
    return CONTACT_CUE.test(before.slice(from));
  });
}

/**
 * "The Hospital calls on breeders", "2. The Checkpoint at Night", "in Sector A": a site's common
 * noun alone, capitalised as a title or a reference, is no name of its own; an entity the text
 * names by nothing else names nothing. (An office's noun alone, "the Governorate", stays: it
 * stands for the body the text names in full.)
 */
function bareHeadNoun(draft: EntityDraft): boolean {
  // "My Government calls on the Council", "Our Ministry": a body a letter's writer calls by its
  // possessive is the writer's own, named by no name of its own.
  if (!draft.lexicon && draft.type === "organization" && /^(?:My|Our|Your)\s/.test(draft.name)) return true;
  if (draft.lexicon || /\s/.test(draft.name.trim())) return false;
  const word = draft.name.toLowerCase();
  return FACILITY_HEADS.has(word) || word === "sector";
}

/** Spellings of every country and its people: "Iraq", "Iraqi", "Syria's" name no body of the state. */
const COUNTRY_WORDS = new Set(
  LEXICON.filter((e) => e.kind === "country").flatMap((e) =>
    [e.name, ...e.aliases, ...(e.demonyms ?? [])].flatMap((a) => a.toLowerCase().split(/[\s-]+/)),
  ),
);
/**
 * "the West Qurna 2 field", "near Rumaila 3 station": a known place followed by a number and a
 * site's noun names the numbered site the story is about (one of several the place gives its
 * name to), and the text's spellings of it, with the number ("West Qurna 2") and with the noun
 * ("West Qurna 2 field"), are its. The tails to add to the place's spelling; undefined where no
 * number and site noun follow ("the West Qurna field", "West Qurna 2 days ago").
 */
function numberedSite(doc: Doc, draft: EntityDraft, last: number): string[] | undefined {
  if (draft.type !== "place" || !draft.lexicon) return undefined;
  const [num, noun] = [doc.tokens[last + 1], doc.tokens[last + 2]];
  if (num?.kind !== "num" || !/^\d{1,2}$/.test(num.text) || noun?.kind !== "word" || noun.cap)
    return undefined;
  if (!FACILITY_HEADS.has(noun.norm) && noun.norm !== "station") return undefined;
  if (num.sentence !== noun.sentence || doc.text.slice(num.end, noun.start).trim() !== "") return undefined;
  return [num.text, `${num.text} ${noun.text}`];
}

/** Adjectives of the lexicon's countries: "Syrian", "Iraqi", "Jordanian". */
const DEMONYMS = new Set(
  LEXICON.filter((e) => e.kind === "country").flatMap((e) => (e.demonyms ?? []).map((d) => d.toLowerCase())),
);

/**
 * "a Syrian General Security vehicle": a body's name written with its country's adjective
 * before it; the adjective says whose the body is (rule 1 of the convention: an adjective is no
 * part of a name), so the name after it, where the lexicon lists it ("General Security"), is
 * how the text calls the body too. Undefined when the spelling opens with no country's adjective.
 */
function withoutDemonym(spelling: string): string | undefined {
  const space = spelling.indexOf(" ");
  if (space < 0 || !DEMONYMS.has(spelling.slice(0, space).toLowerCase())) return undefined;
  return spelling.slice(space + 1);
}

/** Each country's names ("France", "Syria") to its first adjective, lower case. */
const COUNTRY_DEMONYM = new Map(
  LEXICON.filter((e) => e.kind === "country" && (e.demonyms?.length ?? 0) > 0).flatMap((e) =>
    [e.name, ...e.aliases].map((n) => [n.toLowerCase(), (e.demonyms?.[0] ?? "").toLowerCase()] as const),
  ),
);

/**
 * "France's armed forces ministry said": a body written after its country's possessive, which
 * says whose it is as the adjective does ("the French armed forces ministry"); the words after
 * it are the body's name in the text where the lexicon lists them, bare or after the adjective.
 * The country's adjective and the words after the possessive; undefined for no country's possessive.
 */
function withoutPossessor(spelling: string): { demonym: string; rest: string } | undefined {
  const m = /^(.+?)['’]s\s+(.+)$/.exec(spelling);
  const demonym = m ? COUNTRY_DEMONYM.get((m[1] ?? "").toLowerCase()) : undefined;
  return m && demonym ? { demonym, rest: m[2] ?? "" } : undefined;
}

/** Words after an abbreviated country name that make it the subject, not an adjective: "the US has". */
const NOT_AFTER_ADJECTIVE = new Set(
  "and or has have had is are was were will would could can may might said says to in on of at for by from as with".split(
    " ",
  ),
);

/**
 * "US officials", "U.S. citizens", "a UK minister", "18:30 UK time": an abbreviated country name
 * written before a noun, as an adjective is ("the US", "the UK has provided" name the country).
 */
function abbreviationAdjective(doc: Doc, m: { first: number; last: number }): boolean {
  const name = doc.tokens[m.first];
  if (!name || m.first !== m.last || !COUNTRY_ABBREVIATION.test(name.text)) return false;
  let k = m.last + 1;
  while (doc.tokens[k]?.text === "." && !doc.tokens[k]?.space) k++;
  const next = doc.tokens[k];
  if (next?.kind !== "word" || next.sentence !== name.sentence || NOT_AFTER_ADJECTIVE.has(next.norm))
    return false;
  // Before an office's own name ("U.S. Embassy", "UK Visas and Immigration"), a person's noun
  // ("US officials", "U.S. citizens") or a unit ("UK time"): the state's, or its people's. Before
  // other words ("the US aid freeze") it may stand for the state as a party, and stays.
  return next.cap || ABBREVIATION_ASIDE_NOUNS.has(next.norm) || ABBREVIATION_PEOPLE.has(next.norm);
}
/** People an abbreviated country name is said of: "US officials", "U.S. citizens", "UK donors". */
const ABBREVIATION_PEOPLE = new Set(
  `official officials officer officers citizen citizens national nationals diplomat diplomats envoy
  envoys spokesman spokeswoman spokesperson adviser advisers advisor advisors personnel staff donor donors`.split(
    /\s+/,
  ),
);

/**
 * Nouns of land an adjective names the country itself by: "the Syrian side", "the Jordanian
 * border", "Syrian territory", "Kuwaiti waters": the country as a place, which stays.
 */
const LAND_NOUNS = new Set(
  "side sides border borders frontier frontiers territory territories soil waters land lands airspace".split(
    " ",
  ),
);
const landAfter = (doc: Doc, last: number) => {
  const sentence = doc.tokens[last]?.sentence;
  for (let k = last + 1; k <= last + 3; k++) {
    const t = doc.tokens[k];
    if (!t || t.sentence !== sentence || (t.kind !== "word" && !(t.text === "-" && !t.space))) return false;
    if (LAND_NOUNS.has(t.norm)) return true;
    if (t.cap && t.kind === "word") return false;
  }
  return false;
};

/** Nouns of a country's edge: "the Saudi border", "the Iranian frontier". */
const EDGE_NOUNS = new Set(["border", "borders", "frontier", "frontiers"]);
/** Words that place something by a line rather than in a land: "near", "along", "between". */
const POSITION_WORDS = new Set(
  "near nearby along alongside beside opposite skirting hugging between".split(" "),
);
/** The second word of two-word positions: "close to", "next to". */
const POSITION_PAIRS = new Set(["close to", "next to", "close by"]);
/** Nouns after "border" that make it a body's or people's: "the Syrian border guards". */
const EDGE_PEOPLE = new Set(
  "guard guards police force forces troops unit units officials authorities".split(" "),
);
/** Units of a distance measured from a border ("15 miles from the Turkish border"). */
const DISTANCE_UNITS = new Set(
  "km kilometres kilometers kilometre kilometer miles mile metres meters".split(" "),
);
/** Words whose "of" is a measured position: "within 20 km of", "10 km south of". */
const MEASURED_OF = new Set<string>(["within", ...DIRECTIONS.filter((d) => d !== "central")]);

/**
 * "camped near the Kuwaiti border", "a farm close to the Turkish frontier", "the desert between
 * Salman and the Saudi border", "within 15 km of the Iranian border": a border written with a
 * country's adjective after a word of position says where a place lies (a relative position),
 * not that anything happened in that country; the adjective is the country's quality of the
 * line, as in "Syrian soldiers". A land the adjective names ("the Syrian side", "Syrian territory") and a border
 * reached or crossed ("to the Iraqi border", "across the Syrian border") stay.
 */
function positionByBorder(doc: Doc, m: { first: number; last: number }): boolean {
  const { tokens } = doc;
  const sentence = tokens[m.last]?.sentence;
  const noun = tokens[m.last + 1];
  if (noun?.kind !== "word" || noun.sentence !== sentence || !EDGE_NOUNS.has(noun.norm)) return false;
  if (EDGE_PEOPLE.has(tokens[m.last + 2]?.norm ?? "")) return false;
  if (tokens[m.first - 1]?.norm !== "the") return false;
  let k = m.first - 2;
  const before = tokens[k];
  if (!before || before.sentence !== sentence) return false;
  if (POSITION_WORDS.has(before.norm)) return true;
  if (POSITION_PAIRS.has(`${tokens[k - 1]?.norm} ${before.norm}`)) return true;
  // "about 15 miles from the Turkish border": a distance measured from the line.
  if (before.norm === "from" && DISTANCE_UNITS.has(tokens[k - 1]?.norm ?? "")) return true;
  if (before.norm === "of") {
    for (let j = k - 1; j >= Math.max(0, k - 4); j--) if (MEASURED_OF.has(tokens[j]?.norm ?? "")) return true;
    return false;
  }
  // "between Salman and the Saudi border": the near end of the span, walked back to "between".
  if (before.norm !== "and") return false;
  for (k--; k >= Math.max(0, m.first - 10) && tokens[k]?.sentence === sentence; k--) {
    const t = tokens[k] as Token;
    if (t.norm === "between") return true;
    if (t.kind === "word" && !t.cap && t.norm !== "al" && t.norm !== "the") return false;
  }
  return false;
}

/**
 * "Syrian soldiers", "American air strikes", "an Iraqi-registered truck", "the Syrians", "U.S.
 * citizens": a country the article writes only as an adjective (or its people's noun) of
 * something else is a quality of that thing, not one of the article's entities. The draft stays
 * aside for the facts and roles that read the country from it. An adjective of the land ("the
 * Syrian side", "the Saudi border") names the country as a place and keeps it.
 */
function adjectivalCountryOnly(doc: Doc, draft: EntityDraft): boolean {
  if (draft.lexicon?.kind !== "country" || draft.mentions.length === 0) return false;
  return draft.mentions.every((m) => adjectivalCountry(doc, m));
}

function adjectivalCountry(doc: Doc, m: MentionDraft): boolean {
  return (
    !m.reference &&
    (m.demonym === true || abbreviationAdjective(doc, m)) &&
    (!landAfter(doc, m.last) || (m.demonym === true && positionByBorder(doc, m)))
  );
}

/**
 * "ERBIL, Iraq, Nov 3 (Wire) - ... killed five Iraqi soldiers", "close to the Iranian border ...
 * the Iran-Iraq war": a country each of whose mentions is one that names no place or party of
 * the story (an adjective of something else, the country of a dateline's town, a passing
 * mention such as a side of a war's name), though not all for the same reason, is no more one of
 * the article's entities than a country named only one of those ways. One mention of another
 * kind ("in Iraq", "Iraq said") keeps it.
 */
function asideCountryOnly(doc: Doc, draft: EntityDraft): boolean {
  if (draft.lexicon?.kind !== "country" || draft.mentions.length === 0) return false;
  if (draft.mentions.every((m) => adjectivalCountry(doc, m) || datelineCountry(doc, m))) return true;
  // With a passing mention, only adjectives that are asides themselves ("close to the Iranian
  // border", "Iraqi officials"): "refugees from Turkey ... a Turkish drone" names the state whose
  // drone struck, a party of the events.
  return draft.mentions.every(
    (m) =>
      adjectiveAside(doc, draft, m) ||
      (m.demonym === true && positionByBorder(doc, m)) ||
      datelineCountry(doc, m) ||
      (!m.demonym && !m.reference && passingMention(doc, m.first, m.last)),
  );
}

/** Nouns of a state's people, not of a body: "Iraqi officials", "the authorities in Damascus". */
const PEOPLE_OF_STATE = new Set(["officials", "authorities"]);
/** Common nouns of armed men, and the participles that describe them by their backer. */
const UNNAMED_ARMED = new Set(["militias", "militia"]);
const BACKED = new Set(["backed", "aligned", "linked", "affiliated", "supported", "sponsored"]);
/** "the security forces": every force of a state at once, no body of its own. */
const ALL_FORCES = ["security", "forces"];

/**
 * "Iraqi officials say", "the authorities in Damascus", "Syria's new authorities", "the security
 * forces": a state's people or its forces all together, described by common nouns (its country's
 * adjective or name at most, and the seat after "in"), are no body the article names; the body
 * the extractor reads them as stays aside for the facts and quotes. "The Iraqi government",
 * "the Iraqi army", "Iraqi security forces" name a body, and stay.
 */
function describedBodyOnly(doc: Doc, draft: EntityDraft): boolean {
  if (draft.type !== "organization" || draft.mentions.length === 0) return false;
  return draft.mentions.every((m) => {
    const words: string[] = [];
    let country = false;
    for (let k = m.first; k <= m.last; k++) {
      const t = doc.tokens[k];
      if (!t) return false;
      if (t.kind !== "word" && t.kind !== "poss") continue;
      // "the authorities in Damascus": the seat after "in" says where the state sits.
      if (t.norm === "in") break;
      if (t.upper && !COUNTRY_WORDS.has(t.norm)) return false;
      if (COUNTRY_WORDS.has(t.norm)) {
        country = true;
        continue;
      }
      if (t.cap && !(k === m.first && t.norm === "the")) return false;
      words.push(t.norm);
    }
    const head = words.at(-1) ?? "";
    // "the new authorities": the government that came to power, one body, named by its coming.
    if (PEOPLE_OF_STATE.has(head)) return !words.includes("new");
    // "Iran-backed militias", "Iranian-aligned militia": armed men described by their backer,
    // no body the text names.
    if (UNNAMED_ARMED.has(head) && words.some((w) => BACKED.has(w))) return true;
    return !country && words.filter((w) => w !== "the").join(" ") === ALL_FORCES.join(" ");
  });
}

/** Nouns of a clock: "Baghdad time", "18:30 Damascus time". */
const CLOCK_NOUNS = new Set(["time"]);

/**
 * "21:14 (Baghdad time)", "times are Damascus time": a place named only as the zone a clock is
 * set to says how the text tells the hour, not where anything happened.
 */
function timeZoneOnly(doc: Doc, draft: EntityDraft): boolean {
  if (draft.type !== "place" || draft.mentions.length === 0) return false;
  return draft.mentions.every((m) => {
    const next = doc.tokens[m.last + 1];
    return (
      !m.demonym &&
      !m.reference &&
      next?.kind === "word" &&
      !next.cap &&
      CLOCK_NOUNS.has(next.norm) &&
      next.sentence === doc.tokens[m.last]?.sentence
    );
  });
}

/**
 * The head of a service's branch named with the province it serves: "Directorate in Nineveh". (A
 * command "in Mosul" says where its headquarters stand, a place of the story.)
 */
const BRANCH_HEADS = new Set(["directorate"]);

/**
 * "the Civil Defence Directorate in Diyala": a service's branch named with the province it serves,
 * the province named nowhere else in the text, is one body's name; the province is part of the
 * name, not a place of the events. The body's mention (and its tokens' owner) takes in the name's
 * whole span; the province so named loses its one mention.
 */
export function absorbBodySeats(
  doc: Doc,
  drafts: readonly EntityDraft[],
  owners: Map<number, EntityDraft>,
): void {
  const { tokens } = doc;
  for (const draft of drafts) {
    if (draft.type !== "organization") continue;
    for (const m of draft.mentions) {
      if (m.demonym || m.reference) continue;
      let k = m.last;
      const next = tokens[k + 1];
      if (
        next?.kind === "word" &&
        next.cap &&
        !next.upper &&
        BRANCH_HEADS.has(next.norm) &&
        !owners.has(k + 1)
      )
        k++;
      if (!BRANCH_HEADS.has(tokens[k]?.norm ?? "") || !tokens[k]?.cap) continue;
      const inWord = tokens[k + 1];
      if (inWord?.norm !== "in" || inWord.cap || inWord.sentence !== tokens[k]?.sentence) continue;
      const place = owners.get(k + 2);
      const at = place?.mentions[0];
      if (place?.type !== "place" || place.mentions.length !== 1 || at?.first !== k + 2) continue;
      if (at.demonym || place.lexicon?.kind === "country") continue;
      for (let j = m.last + 1; j <= at.last; j++) owners.set(j, draft);
      m.last = at.last;
      place.mentions = [];
    }
  }
}

/** Dashes that part a body's name from its branch: "UNION – KIRKUK BRANCH". */
const BRANCH_DASHES: ReadonlySet<string> = new Set(["–", "—", "-"]);

/**
 * The last token of "– PLACE BRANCH" right after a body's name ending at `last` on the same
 * line ("– KIRKUK BRANCH", "— Basra Branch"): a capitalised place of one or two words, then
 * "branch"; -1 when none follows.
 */
function dashedBranchEnd(doc: Doc, last: number): number {
  const { tokens } = doc;
  const dash = tokens[last + 1];
  if (!dash || !BRANCH_DASHES.has(dash.text) || !dash.space || dash.breaks > 0) return -1;
  for (let k = last + 2; k <= last + 4; k++) {
    const t = tokens[k];
    if (t?.kind !== "word" || !t.cap || t.breaks > 0) return -1;
    if (t.norm === "branch") return k > last + 2 ? k : -1;
  }
  return -1;
}

/**
 * Whether the draft is one the article mentions without naming it as its own: kept aside, so
 * facts, quotes and roles still point to it, but not listed among the article's entities.
 */
export function setAside(doc: Doc, draft: EntityDraft): boolean {
  return (
    adjectivalCountryOnly(doc, draft) ||
    asideCountryOnly(doc, draft) ||
    describedBodyOnly(doc, draft) ||
    timeZoneOnly(doc, draft) ||
    routeEndOnly(doc, draft) ||
    commenterOnly(doc, draft) ||
    affiliationUnitOnly(doc, draft) ||
    signOffUnitOnly(doc, draft) ||
    designatorOnly(draft, doc)
  );
}

/**
 * "The group is listed as a terrorist organisation by the United States and the European Union":
 * a body named only among those that list, ban or designate a group is background to that group,
 * not a party of the events (a body that designates in a sentence of its own, "the EU listed the
 * group on Monday", is named as its subject and stays).
 */
function designatorOnly(draft: EntityDraft, doc: Doc): boolean {
  if (draft.type !== "organization") return false;
  const named = draft.mentions.filter((m) => !m.reference);
  return named.length > 0 && named.every((m) => designatorMention(doc, m.first));
}

/**
 * Nouns of a unit inside a body: "Department of History", "Survey Operations", "2nd Battalion".
 * Not "unit": a force named by it ("Women's Search Unit") is a body of its own, which its members'
 * citations name after them ("Sergeant Nadia Abbas, Women's Search Unit, stopped her").
 */
const UNIT_HEADS = new Set(["department", "division", "office", "section", "operations", "battalion"]);

/**
 * "Dr Sara Lind, Department of History", "Field Lead, Survey Operations at Blue Ridge Ltd",
 * "Analyst, Near East and Central Asia Division", "Dr Omar Nadim — Department of Medicine": a unit
 * written after a person's name or title and a comma or a dash is where that person works, an
 * affiliation like a byline's, no body of the story. (A unit that acts or speaks in a sentence of
 * its own, "the Department of Medicine treated 40 patients", stays.)
 */
function affiliationUnitOnly(doc: Doc, draft: EntityDraft): boolean {
  if (draft.lexicon || (draft.type !== "organization" && draft.type !== "person")) return false;
  const words = draft.name.toLowerCase().split(/\s+/);
  if (!UNIT_HEADS.has(words[0] ?? "") && !UNIT_HEADS.has(words.at(-1) ?? "")) return false;
  const { tokens } = doc;
  return (
    draft.mentions.length > 0 &&
    draft.mentions.every((m) => {
      let k = m.first - 1;
      // "Middle East and North Africa Division": the unit's name, run on from the comma.
      while (k > 0 && tokens[k]?.kind === "word" && (tokens[k]?.cap || tokens[k]?.norm === "and")) k--;
      const comma = tokens[k];
      const title = tokens[k - 1];
      return (
        (comma?.text === "," || comma?.text === "—" || comma?.text === "–") &&
        title?.kind === "word" &&
        title.cap &&
        doc.text.slice(title.end, tokens[m.first]?.start ?? 0).indexOf("\n") < 0
      );
    })
  );
}

/** Nouns of a body's desk that signs a text off: its units, and the team that writes for it. */
const SIGN_OFF_HEADS = new Set([...UNIT_HEADS, "team"]);
/** Lower-case words a sign-off's names may hold: "Department of Loss Prevention, Bank of Baghdad". */
const MASTHEAD_JOINERS = new Set(["of", "the", "and", "for"]);

/**
 * "Loss Prevention Department, Northgate Mutual, London" closing a members' circular, "The
 * Mishwar Safety Team, Basra" closing a notice to drivers: a desk written at the head of the
 * text's last line, before a comma and a capitalised name (the body it belongs to, or its seat),
 * signs the text off (tests/fixtures/ANNOTATION.md rule 3: sign-offs are the text's furniture),
 * no body or place of the story. (A desk the text names anywhere else, acting or speaking, stays.)
 */
function signOffUnitOnly(doc: Doc, draft: EntityDraft): boolean {
  if (draft.lexicon || draft.mentions.length === 0) return false;
  if (draft.type !== "organization" && draft.type !== "place") return false;
  const words = draft.name.toLowerCase().split(/\s+/);
  if (
    !SIGN_OFF_HEADS.has(words.at(-1) ?? "") &&
    !(draft.type === "organization" && UNIT_HEADS.has(words[0] ?? ""))
  )
    return false;
  const { tokens, text } = doc;
  return draft.mentions.every((m) => {
    // The line opens with the desk, or with "The" before it.
    const the = tokens[m.first - 1];
    const a = the?.text === "The" && the.breaks > 0 ? the : tokens[m.first];
    const comma = tokens[m.last + 1];
    const body = tokens[m.last + 2];
    if (!a || a.breaks === 0 || comma?.text !== "," || body?.kind !== "word" || !body.cap || body.breaks > 0)
      return false;
    if (text.slice(a.start).trimEnd().indexOf("\n") >= 0) return false;
    // A line of names and commas only: a sentence ending the text ("The Claims Division, X,
    // said it would pay") is no sign-off.
    for (let k = a.i; k < tokens.length; k++) {
      const t = tokens[k] as Token;
      if (t.kind === "word" ? !t.cap && !MASTHEAD_JOINERS.has(t.norm) : ![",", "&", "."].includes(t.text))
        return false;
    }
    return true;
  });
}

/** Labels of a reader's words under a post or an article: "Comment (@name):", "Reply (@name):". */
const COMMENT_LABELS = new Set(["comment", "comments", "reply", "replies", "commenter", "response"]);

/**
 * "Comment (@basra_walker): I was there.": an account named only as the label of a reader's
 * comment is one of the public writing under the text, the text's own voice, not a body of the
 * story; kept aside, as what it wrote still points to it.
 */
function commenterOnly(doc: Doc, draft: EntityDraft): boolean {
  if (draft.type !== "organization" || !draft.name.startsWith("@") || draft.mentions.length === 0)
    return false;
  const { tokens } = doc;
  return draft.mentions.every(
    (m) =>
      tokens[m.first - 1]?.text === "(" &&
      COMMENT_LABELS.has(tokens[m.first - 2]?.norm ?? "") &&
      tokens[m.last + 1]?.text === ")" &&
      tokens[m.last + 2]?.text === ":",
  );
}

/**
 * A country named only as an end of a route named by both ("the Iraq–Turkey Pipeline", "the
 * Jordan–Iraq railway"): the route's name, not a country the story's events happened in. (A
 * town so named, "the Kirkuk–Erbil road", stays listed: it says where along the way.)
 */
function routeEndOnly(doc: Doc, draft: EntityDraft): boolean {
  if (draft.type !== "place" || draft.lexicon?.kind !== "country") return false;
  const named = draft.mentions.filter((m) => !m.demonym && !m.reference);
  return named.length > 0 && named.every((m) => routeEnd(doc.tokens, m.first, m.last));
}

export function entityOutput(
  doc: Doc,
  drafts: readonly EntityDraft[],
): { entities: Entity[]; asides: Entity[]; ids: Map<EntityDraft, string> } {
  const entities: Entity[] = [];
  const asides: Entity[] = [];
  let count = 0;
  const ids = new Map<EntityDraft, string>();
  // Which drafts each spelling names, for the bare names of sites below.
  const namesOf = new Map<string, Set<EntityDraft>>();
  for (const draft of drafts) {
    for (const n of [draft.name, ...(draft.lexicon?.aliases ?? [])]) {
      const key = n.toLowerCase();
      namesOf.set(key, (namesOf.get(key) ?? new Set()).add(draft));
    }
  }
  const starts = new Map<number, EntityDraft>();
  const owners = new Map<number, EntityDraft>();
  for (const draft of drafts)
    for (const m of draft.mentions) {
      if (!starts.has(m.first)) starts.set(m.first, draft);
      for (let k = m.first; k <= m.last; k++) if (!owners.has(k)) owners.set(k, draft);
    }
  for (const draft of drafts) {
    if (
      adjectiveOnly(doc, draft) ||
      datelineCountryOnly(doc, draft) ||
      possessiveLocatorOnly(doc, draft, starts) ||
      contactDeskOnly(doc, draft) ||
      placeOfIssueOnly(doc, draft, owners) ||
      reportingLineOnly(doc, draft, owners) ||
      competitionOnly(doc, draft) ||
      flightEndOnly(doc, draft) ||
      governorTitleOnly(doc, draft) ||
      rulerAttributeOnly(doc, draft) ||
      sectionLabelOnly(doc, draft) ||
      glossaryTermOnly(doc, draft) ||
      sectionLabelBodyOnly(doc, draft) ||
      dateLabelOnly(doc, draft) ||
      issueLineLabelOnly(doc, draft) ||
      mastheadBranchCountryOnly(doc, draft, (n) => (namesOf.get(n)?.size ?? 0) > 0) ||
      bareHeadNoun(draft)
    )
      continue;
    const mentions: Mention[] = [];
    const aliases = new Set<string>();
    const spellings: string[] = [];
    for (const m of draft.mentions) {
      const a = doc.tokens[m.first];
      const b = doc.tokens[m.last];
      if (!a || !b || a.sentence < 0) continue;
      if (draft.lexicon?.kind === "river" && riverInBodyName(doc, m.last)) continue;
      const text = doc.text.slice(a.start, b.end);
      mentions.push({ sentence: a.sentence, start: a.start, end: b.end, text });
      if (!m.demonym && !m.reference) {
        aliases.add(squash(text));
        spellings.push(squash(text));
        const own = draft.type === "organization" ? ownName(squash(text)) : undefined;
        if (own) aliases.add(own);
        const owned = draft.type === "organization" ? possessorSpelling(doc, m.first, owners) : undefined;
        if (owned)
          aliases.add(`${owned}${squash(doc.text.slice(doc.tokens[m.first - 1]?.start ?? a.start, b.end))}`);
        // "GENERAL UNION OF OIL AND GAS WORKERS IN IRAQ – KIRKUK BRANCH": a body's name, a dash
        // and a place's branch on the same line name the branch, the body as the text heads it.
        const branchEnd = draft.type === "organization" ? dashedBranchEnd(doc, m.last) : -1;
        if (branchEnd > 0) aliases.add(squash(doc.text.slice(a.start, doc.tokens[branchEnd]?.end ?? b.end)));
        // "Hajji Rashid Mirza": a pilgrim's honorific the text writes before a person's full name
        // is how the man is called there; the spelling with it is one of his.
        const style = doc.tokens[m.first - 1];
        const titledBy = (t: typeof style, titles: ReadonlySet<string>) =>
          draft.type === "person" &&
          t?.kind === "word" &&
          t.cap &&
          t.sentence === a.sentence &&
          titles.has(t.norm);
        if (titledBy(style, PILGRIM_HONORIFICS)) aliases.add(`${style?.text} ${squash(text)}`);
        // "Dear Mr Lloyd", "Ms. Oduya said": a person the text calls by a courtesy title and a
        // name is called so there; the spelling with the title is one of theirs.
        const title = style?.text === "." && !style.space ? doc.tokens[m.first - 2] : style;
        if (titledBy(title, COURTESY_TITLES)) aliases.add(`${title?.text} ${squash(text)}`);
        // "a contributing editor of The Rook & Pawn": "The" written with its capital inside a
        // sentence opens the body's own name (a paper's, a magazine's), a spelling of it.
        const article = doc.tokens[m.first - 1];
        const beforeArticle = doc.tokens[m.first - 2];
        if (
          draft.type === "organization" &&
          article?.text === "The" &&
          article.sentence === a.sentence &&
          beforeArticle?.kind === "word" &&
          !beforeArticle.cap &&
          beforeArticle.sentence === a.sentence &&
          doc.text.slice(beforeArticle.end, article.start).indexOf("\n") < 0
        )
          aliases.add(`The ${squash(text)}`);
        // "THE LAGAN HERALD" over a story, "reproduced by THE DIJLA GAZETTE": a title written all in
        // capitals opens with its article in capitals too; the spelling with it is one of the body's.
        if (
          draft.type === "organization" &&
          article?.text === "THE" &&
          article.sentence === a.sentence &&
          doc.text.slice(article.end, a.start).indexOf("\n") < 0 &&
          doc.tokens.slice(m.first, m.last + 1).every((t) => t.kind !== "word" || t.upper)
        )
          aliases.add(`THE ${squash(text)}`);
        const numbered = numberedSite(doc, draft, m.last);
        if (numbered) for (const spelling of numbered) aliases.add(`${squash(text)} ${spelling}`);
        // "in northern Iraq": a country with the compass part it is named by, written so too.
        const part = doc.tokens[m.first - 1];
        if (draft.lexicon?.kind === "country" && part && !part.cap && compassPart(part.norm)) {
          // "north-eastern Syria": the compass point written with a hyphen is one word.
          const [dash, half] = [doc.tokens[m.first - 2], doc.tokens[m.first - 3]];
          const joined =
            dash?.text === "-" && !dash.space && !part.space && half?.kind === "word" && !half.cap
              ? /^(?:north|south)$/.test(half.norm)
              : false;
          aliases.add(`${joined ? `${half?.text}-` : ""}${part.text} ${squash(text)}`);
        }
      } else if (m.reference && m.first === m.last && draft.lexicon?.heads?.includes(a.norm)) {
        // "the coalition" after "coalition aircraft": a known body's own head noun, with the
        // article, is how the text calls it for short, a spelling like its full name.
        aliases.add(text);
      }
    }
    if (mentions.length === 0) continue;
    for (const alias of draft.extraAliases) aliases.add(squash(alias));
    // "the Internal Security Command in Daraa": a branch named by its seat (branch-seats.ts).
    for (const m of draft.mentions) {
      const seat = branchSeatSpelling(doc, draft, m, starts) ?? seatBeforeSpelling(doc, draft, m, owners);
      if (seat) aliases.add(squash(seat));
    }
    // "the Trebil crossing", "the al-Hol camp", "the Wadi Horan area", "the Hamdaniya district":
    // a known site's or place's own name written inside a spelling with its common noun after it;
    // the bare name is a spelling of what the lexicon knows, as the name alone would be.
    if (draft.lexicon) {
      const { name, aliases: listed } = draft.lexicon;
      const known = new Set([name, ...listed].map((a) => a.toLowerCase()));
      // A crossing is called by its town's name ("Trebil crossing" is "Trebil"); other sites
      // named after a town ("Erbil airport") are not the town, so only listed spellings count.
      if (draft.lexicon.kind === "crossing") known.add(bareOf(name).toLowerCase());
      for (const spelling of spellings) {
        const bare = draft.lexicon.kind === "crossing" ? postBareOf(spelling) : bareOf(spelling);
        // "the al-Qaim crossing" in a story that names the town of al-Qaim too: the bare name
        // is the town's there. A known town's name is the town's in any story: the crossing is a
        // place of its own (tests/fixtures/ANNOTATION.md rule 5), called by the bare name only
        // where no town has it ("Trebil").
        const other = namesOf.get(bare.toLowerCase());
        const owned =
          (other !== undefined && (other.size > 1 || !other.has(draft))) ||
          (draft.type === "facility" && TOWN_NAMES.has(bare.toLowerCase()));
        if (bare !== spelling && known.has(bare.toLowerCase()) && !owned) aliases.add(bare);
        const unqualified = withoutDemonym(spelling);
        if (unqualified && known.has(unqualified.toLowerCase())) aliases.add(unqualified);
        const possessed = withoutPossessor(spelling);
        if (
          possessed &&
          (known.has(possessed.rest.toLowerCase()) ||
            known.has(`${possessed.demonym} ${possessed.rest.toLowerCase()}`))
        )
          aliases.add(possessed.rest);
      }
    }
    // Spellings that differ only in case ("HASAKAH" in a dateline) are not other spellings.
    const seen = new Set([draft.name.toLowerCase()]);
    const distinct = [...aliases].filter((a) => !seen.has(a.toLowerCase()) && seen.add(a.toLowerCase()));
    count += 1;
    const id = `e${count}`;
    ids.set(draft, id);
    const affiliation = draft.affiliation ?? draft.lexicon?.affiliation;
    const surface = draft.lexicon ? surfaceOf(draft.name, spellings) : undefined;
    const arabic = draft.lexicon ? arabicName(draft.lexicon) : undefined;
    (setAside(doc, draft) ? asides : entities).push({
      id,
      type: draft.type,
      name: draft.name,
      ...(surface ? { surface } : {}),
      ...(arabic ? { arabic } : {}),
      aliases: distinct,
      ...(draft.role ? { role: draft.role } : {}),
      ...(affiliation && affiliation !== draft.name ? { affiliation } : {}),
      ...(draft.lexicon?.coordinates ? { coordinates: draft.lexicon.coordinates } : {}),
      ...(draft.lexicon ? { lexiconId: draft.lexicon.id } : {}),
      mentions,
    });
  }
  return { entities, asides, ids };
}
