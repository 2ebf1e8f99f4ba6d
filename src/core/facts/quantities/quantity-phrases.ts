import type { Token } from "../text/tokenize.js";
import { isVerbWord } from "../text/word-classes.js";
import { numberAt } from "./numbers.js";

/**
 * The words around a figure: units and dimensions, the noun phrase that says what is counted
 * or measured, and the figures that are not quantities at all (years, dates, times, ranges).
 */

export const UNITS: Record<string, string> = {
  m: "m",
  meter: "m",
  meters: "m",
  metre: "m",
  metres: "m",
  km: "km",
  kilometer: "km",
  kilometers: "km",
  kilometre: "km",
  kilometres: "km",
  cm: "cm",
  mile: "mi",
  miles: "mi",
  kg: "kg",
  kilo: "kg",
  kilos: "kg",
  kilogram: "kg",
  kilograms: "kg",
  gram: "g",
  grams: "g",
  ton: "t",
  tons: "t",
  tonne: "t",
  tonnes: "t",
  percent: "%",
  "%": "%",
  hectare: "ha",
  hectares: "ha",
  dollar: "USD",
  dollars: "USD",
};
export const DURATIONS = new Set([
  // "suspended for 50 minutes", "tracked a drone for eleven minutes": minutes are a span of time too.
  "minute",
  "minutes",
  "hour",
  "hours",
  "day",
  "days",
  "week",
  "weeks",
  "month",
  "months",
  "year",
  "years",
]);
export const DIMENSIONS: Record<string, string> = {
  wide: "width",
  long: "length",
  high: "height",
  tall: "height",
  deep: "depth",
  thick: "thickness",
};
export const LENGTH_UNITS = new Set(["m", "km", "cm", "mi"]);
export const DIRECTIONS =
  /^(north|south|east|west|northeast|northwest|southeast|southwest|north-east|south-east)$/;
const QUALIFIERS = new Set([
  "about",
  "some",
  "nearly",
  "around",
  "over",
  "almost",
  "roughly",
  "approximately",
  "up",
  "to",
  "at",
  "least",
  "more",
  "than",
  "close",
  "least",
  "only",
  "another",
  "the",
  "a",
  "of",
]);
const NP_STOPS = new Set(
  "of in on at to from for with by and or but as that which who were was are is have has had will would could may be been the a an its their his her this these those than into near after before during between along across towards toward around through over under within without per via against among since while last next ago earlier".split(
    " ",
  ),
);
export const LEADING_QUALIFIERS = new Set([
  "about",
  "some",
  "nearly",
  "around",
  "over",
  "almost",
  "roughly",
  "approximately",
  "only",
]);
const PEOPLE = new Set(
  "soldier civilian member fighter guard policeman officer child man woman militant smuggler prisoner detainee person worker".split(
    " ",
  ),
);
/**
 * Nouns for one person, counted when a single one is killed, hurt or held: "killing a soldier",
 * "arrested a print-shop worker", "the owner, a retired police officer, was killed".
 */
export const PERSON_NOUNS = new Set([
  ...PEOPLE,
  ..."boy girl gunman driver shepherd herder farmer trader seller surveyor infiltrator suspect engineer teacher doctor nurse journalist student pupil resident passenger pilgrim commander leader operative attacker jihadist trucker labourer employee official guardsman contractor technician".split(
    " ",
  ),
]);
const IRREGULAR_PLURALS = new Set([
  "people",
  "men",
  "women",
  "children",
  "police",
  "personnel",
  "staff",
  "troops",
  "militia",
  // "Two Peshmerga were martyred and four were wounded": the Kurdish fighters' name is its own plural.
  "peshmerga",
]);
const MONTH = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)/;

/** "23:20 - The ISF source said ...": the hour or the minutes of a clock time count nothing. */
export function isClockTime(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k] as Token;
  const [colon, other] = [tokens[k + 1], tokens[k + 2]];
  const hour =
    colon?.text === ":" && colon.start === t.end && other?.kind === "num" && other.start === colon.end;
  const [before, first] = [tokens[k - 1], tokens[k - 2]];
  const minutes =
    before?.text === ":" && before.end === t.start && first?.kind === "num" && first.end === before.start;
  return (
    (hour && /^\d{1,2}$/.test(t.text) && /^\d{2}$/.test(other.text)) || (minutes && /^\d{2}$/.test(t.text))
  );
}

/** What may follow a name: punctuation, the sentence's end, or a word that opens no noun of the figure's. */
const AFTER_NAME = new Set([
  "on",
  "in",
  "that",
  "and",
  "when",
  "about",
  "last",
  "this",
  "earlier",
  "late",
  "early",
]);
const nameEnds = (next: Token | undefined) =>
  !next || /^[.,;:!?)\]”"’'—–-]+$/.test(next.text) || AFTER_NAME.has(next.norm);
/** Verbs and prepositions that name the outlet a source told or is cited from. */
const TOLD_TO = new Set(["told", "tells", "telling", "to", "by", "via"]);
/** Whether the capitalised words right before `at` (up to three) follow "told", "to", "by" or "via". */
function toldOutlet(tokens: readonly Token[], at: number): boolean {
  let k = at - 1;
  while (k >= at - 3 && tokens[k]?.cap) k--;
  if (k === at - 1) return false;
  return TOLD_TO.has(tokens[k]?.norm ?? "");
}

/** Nouns for the parties to talks or an agreement, referred to as "the two sides". */
const PARTIES = new Set(["sides", "parties", "countries", "governments", "delegations", "leaders", "states"]);

/** Figures that are not quantities: years, dates, times, list numbers, "Jeddah-1", ages. */
/** Currencies written before a figure, by their sign or code: "$20", "USD 30,000", "IQD 410 million". */
const CURRENCY_BEFORE: Record<string, string> = {
  $: "USD",
  usd: "USD",
  us$: "USD",
  iqd: "IQD",
  syp: "SYP",
  jod: "JOD",
  eur: "EUR",
  "€": "EUR",
  gbp: "GBP",
  "£": "GBP",
};

/** The currency written just before the figure at `first`, if any. */
export function currencyBefore(tokens: readonly Token[], first: number): string | undefined {
  const prev = tokens[first - 1];
  return prev ? (CURRENCY_BEFORE[prev.norm] ?? CURRENCY_BEFORE[prev.text]) : undefined;
}

export function isExcluded(tokens: readonly Token[], first: number, last: number): boolean {
  const t = tokens[first] as Token;
  const prev = tokens[first - 1];
  const next = tokens[last + 1];
  if (t.kind === "num" && /^(19|20)\d\d$/.test(t.text)) return true;
  if (prev && !t.space && /^[-‑]$/.test(prev.text)) return true;
  if (
    next &&
    (next.text === ":" || /^[ap]\.m\.$/i.test(next.text) || ["gmt", "utc", "am", "pm"].includes(next.norm))
  )
    return true;
  // "10:30 Words of the association": the minutes of a clock time, not a count.
  if (isClockTime(tokens, first)) return true;
  // "relatives told Daraa 24", "according to Deir Ezzor 24", "reported by France 24": digits that
  // close the name of an outlet told to or cited, not a count.
  if (t.kind === "num" && first === last && prev?.cap && nameEnds(next) && toldOutlet(tokens, first))
    return true;
  if (next && !next.space && next.text === "." && (t.breaks > 0 || tokens[first - 1]?.breaks === undefined))
    return true;
  if (MONTH.test(next?.norm ?? "") && next?.cap) return true;
  if (MONTH.test(prev?.norm ?? "") && prev?.cap) return true;
  if (prev?.norm === "of" && tokens[first - 2]?.norm === "age") return true;
  // Ranges ("five to ten", "between three and four") are not one quantity. "US$48 million to
  // sustain assistance": a sum of money before "to" and a verb is the sum, the purpose after it.
  const upTo = tokens[last + 2]?.text === "$" ? last + 3 : last + 2;
  const purpose =
    currencyBefore(tokens, first) !== undefined && next?.norm === "to" && numberAt(tokens, upTo) === null;
  // "1,284 smuggling cases, up from 1,107 in 2024": the figure a count rose from is that count's
  // earlier value, no end of a range.
  const earlierValue =
    prev?.norm === "from" && ["up", "down"].includes(tokens[first - 2]?.norm ?? "") && next?.norm !== "to";
  if (
    (["between", "from"].includes(prev?.norm ?? "") && !earlierValue) ||
    (next?.norm === "to" && !purpose) ||
    next?.norm === "ago"
  )
    return true;
  if (
    prev &&
    ["to", "and"].includes(prev.norm) &&
    ((numberAt(tokens, first - 2) !== null && !/^(19|20)\d\d$/.test(tokens[first - 2]?.text ?? "")) ||
      tokens[first - 3]?.norm === "between")
  ) {
    return true;
  }
  // "the two sides discussed", "the two countries agreed": the parties a text already named,
  // referred to, not a figure counted.
  if (prev?.norm === "the" && t.kind !== "num" && PARTIES.has(next?.norm ?? "")) return true;
  // "one night", "one of them": a determiner more often than a count, except of people.
  if (
    t.norm === "one" &&
    !PEOPLE.has(tokens[last + 1]?.norm ?? "") &&
    !PEOPLE.has(tokens[last + 2]?.norm ?? "")
  )
    return true;
  return tokens[last + 2]?.norm === "ago";
}

/** Start of the noun phrase that ends right before token k ("anti-tank trenches"). */
export function nounPhraseBefore(tokens: readonly Token[], k: number): [number, number] | null {
  let end = k;
  // Skip qualifiers and earlier measurements: "a trench 3 metres deep and [3 metres wide]".
  while (end >= 0) {
    const t = tokens[end] as Token;
    if (QUALIFIERS.has(t.norm) || t.norm === "and" || t.kind === "num" || UNITS[t.norm] || DIMENSIONS[t.norm])
      end--;
    else break;
  }
  let start = end;
  while (start > 0) {
    const t = tokens[start - 1] as Token;
    if (
      t.text === "-" ||
      (t.kind === "word" && !NP_STOPS.has(t.norm) && !isVerbWord(t.norm) && end - start < 4)
    )
      start--;
    else break;
  }
  return start <= end && tokens[end]?.kind === "word" ? [start, end] : null;
}

export const isPlural = (word: string) =>
  /[^s]s$/.test(word) || IRREGULAR_PLURALS.has(word) || /ies$/.test(word) || MEN_COMPOUND.test(word);
/** "policemen", "gunmen", "tribesmen": plurals of a "-man" noun ("Yemen", "specimen" are not). */
const MEN_COMPOUND = /^(?:police|gun|fire|service|chair|fisher|clergy|congress|lines|work|bats|[a-z]+s)men$/;

/** Noun phrase starting at k: adjectives and names up to a plural head ("suspected ISIS members"). */
export function nounPhraseAfter(
  tokens: readonly Token[],
  k: number,
  sentence: number,
): [number, number] | null {
  let last = -1;
  for (let j = k; j < tokens.length && j - k < 6; j++) {
    const t = tokens[j] as Token;
    if (t.sentence !== sentence) break;
    if (t.text === '"' || t.text === "“" || t.text === "”" || t.text === "-" || t.text === "/") continue;
    if (t.kind !== "word" || (NP_STOPS.has(t.norm) && !t.upper)) break;
    // The first plural ends the phrase unless another plural follows ("police officers"):
    // "38 sacks loaded on donkeys", "9,000 IS fighters remain".
    // An acronym is no plural for its final "s" ("600 US military personnel", "IS"): a name
    // before the head.
    const prevHead = tokens[last];
    if (prevHead && !prevHead.upper && isPlural(prevHead.norm) && !isPlural(t.norm)) break;
    if (last >= 0 && !t.cap && !isPlural(t.norm) && isVerbWord(t.norm)) break;
    last = j;
  }
  return last >= k ? [k, last] : null;
}
