import { type Doc, spanText } from "./doc.js";
import { numberAt } from "./numbers.js";
import type { Token } from "./tokenize.js";
import { isVerbWord } from "./word-classes.js";

/**
 * Quantities with their units and what they measure: "anti-tank trenches up to 3 meters
 * wide" is 3 m, the width of the anti-tank trenches; "1.4 million Captagon pills" is
 * 1,400,000 pills; "compared with 61" takes the unit of the count before it.
 */

export interface QuantityDraft {
  value: number;
  unit: string;
  measures: string;
  sentence: number;
  /** Token range of the cited phrase. */
  first: number;
  last: number;
}

const UNITS: Record<string, string> = {
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
const DURATIONS = new Set([
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
const DIMENSIONS: Record<string, string> = {
  wide: "width",
  long: "length",
  high: "height",
  tall: "height",
  deep: "depth",
  thick: "thickness",
};
const LENGTH_UNITS = new Set(["m", "km", "cm", "mi"]);
const DIRECTIONS = /^(north|south|east|west|northeast|northwest|southeast|southwest|north-east|south-east)$/;
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
const LEADING_QUALIFIERS = new Set([
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
]);
const MONTH = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)/;

/** Figures that are not quantities: years, dates, times, list numbers, "Jeddah-1", ages. */
function isExcluded(tokens: readonly Token[], first: number, last: number): boolean {
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
  if (next && !next.space && next.text === "." && (t.breaks > 0 || tokens[first - 1]?.breaks === undefined))
    return true;
  if (MONTH.test(next?.norm ?? "") && next?.cap) return true;
  if (MONTH.test(prev?.norm ?? "") && prev?.cap) return true;
  if (prev?.norm === "of" && tokens[first - 2]?.norm === "age") return true;
  // Ranges ("five to ten", "between three and four") are not one quantity.
  if (["between", "from"].includes(prev?.norm ?? "") || next?.norm === "to" || next?.norm === "ago")
    return true;
  if (
    prev &&
    ["to", "and"].includes(prev.norm) &&
    (numberAt(tokens, first - 2) !== null || tokens[first - 3]?.norm === "between")
  ) {
    return true;
  }
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
function nounPhraseBefore(tokens: readonly Token[], k: number): [number, number] | null {
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

const isPlural = (word: string) => /[^s]s$/.test(word) || IRREGULAR_PLURALS.has(word) || /ies$/.test(word);

/** Noun phrase starting at k: adjectives and names up to a plural head ("suspected ISIS members"). */
function nounPhraseAfter(tokens: readonly Token[], k: number, sentence: number): [number, number] | null {
  let last = -1;
  for (let j = k; j < tokens.length && j - k < 6; j++) {
    const t = tokens[j] as Token;
    if (t.sentence !== sentence) break;
    if (t.text === '"' || t.text === "“" || t.text === "”" || t.text === "-" || t.text === "/") continue;
    if (t.kind !== "word" || (NP_STOPS.has(t.norm) && !t.upper)) break;
    // The first plural ends the phrase unless another plural follows ("police officers"):
    // "38 sacks loaded on donkeys", "9,000 IS fighters remain".
    const prevHead = tokens[last];
    if (prevHead && isPlural(prevHead.norm) && !isPlural(t.norm)) break;
    if (last >= 0 && !t.cap && !isPlural(t.norm) && isVerbWord(t.norm)) break;
    last = j;
  }
  return last >= k ? [k, last] : null;
}

export function findQuantities(doc: Doc): QuantityDraft[] {
  const { tokens } = doc;
  const found: QuantityDraft[] = [];
  for (const s of doc.sentences) {
    const inSentence: QuantityDraft[] = [];
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const n = numberAt(tokens, i);
      if (!n || isExcluded(tokens, n.first, n.last)) continue;
      i = n.last;
      const q = readQuantity(doc, n.value, n.first, n.last, s.index, inSentence);
      if (q) {
        // "about 3,500", "at least 28", "more than 70,000": the qualifier is part of the figure.
        let f = Math.min(q.first, n.first);
        if (q.first === n.first) {
          const p = tokens[f - 1];
          if (p && LEADING_QUALIFIERS.has(p.norm)) f--;
          else if (
            p &&
            ["least", "than", "to"].includes(p.norm) &&
            ["at", "more", "less", "fewer", "up", "close"].includes(tokens[f - 2]?.norm ?? "")
          )
            f -= 2;
        }
        q.first = f;
        inSentence.push(q);
        i = Math.max(i, q.last);
      }
    }
    found.push(...inSentence);
  }
  return found;
}

function readQuantity(
  doc: Doc,
  value: number,
  first: number,
  last: number,
  sentence: number,
  before: readonly QuantityDraft[],
): QuantityDraft | null {
  const { tokens } = doc;
  let k = last + 1;
  const compound = tokens[k]?.text === "-" && !tokens[k]?.space;
  if (compound) k++;
  const unitWord = tokens[k];
  const unit = unitWord ? UNITS[unitWord.norm] : undefined;
  if (tokens[first - 1]?.text === "$")
    return { value, unit: "USD", measures: "amount", sentence, first: first - 1, last };
  if (unit && unitWord) {
    let end = k;
    let dimension: string | undefined;
    const after = tokens[k + 1];
    if (after && DIMENSIONS[after.norm] && (!compound || !after.space || tokens[k + 1]?.text === "-")) {
      dimension = DIMENSIONS[after.norm];
      end = k + 1;
    } else if (compound && tokens[k + 1]?.text === "-" && DIMENSIONS[tokens[k + 2]?.norm ?? ""]) {
      dimension = DIMENSIONS[tokens[k + 2]?.norm ?? ""];
      end = k + 2;
    }
    if (compound) {
      // "a 3-meter-wide trench", "the 600-kilometre border": the thing follows.
      const np = nounPhraseAfter(tokens, end + 1, sentence);
      if (np) {
        const what = spanText(doc, np[0], np[1]);
        const dim = dimension ?? (LENGTH_UNITS.has(unit) ? "length" : undefined);
        return { value, unit, measures: dim ? `${dim} of ${what}` : what, sentence, first, last: np[1] };
      }
    }
    if (dimension) {
      const np = nounPhraseBefore(tokens, first - 1);
      const what = np ? spanText(doc, np[0], np[1]) : "";
      return {
        value,
        unit,
        measures: `${dimension} of ${what}`.trim(),
        sentence,
        first: np?.[0] ?? first,
        last: end,
      };
    }
    const next = tokens[end + 1];
    if (next && DIRECTIONS.test(next.norm) && tokens[end + 2]?.norm === "of") {
      const np = nounPhraseAfter(tokens, end + 3, sentence);
      const where = np ? spanText(doc, np[0], np[1]) : "";
      return {
        value,
        unit,
        measures: `distance ${next.norm} of ${where}`.trim(),
        sentence,
        first,
        last: np?.[1] ?? end + 1,
      };
    }
    if (next?.norm === "of") {
      const start = tokens[end + 2]?.norm === "the" ? end + 3 : end + 2;
      const np = nounPhraseAfter(tokens, start, sentence);
      const what = np ? spanText(doc, end + 2, np[1]) : "";
      const measures = LENGTH_UNITS.has(unit) ? `length of ${what}` : what;
      return { value, unit, measures: measures.trim(), sentence, first, last: np?.[1] ?? end };
    }
    return {
      value,
      unit,
      measures: LENGTH_UNITS.has(unit) ? "length" : unit === "%" ? "share" : "amount",
      sentence,
      first,
      last: end,
    };
  }
  const np = nounPhraseAfter(tokens, last + 1, sentence);
  const head = np ? tokens[np[1]] : undefined;
  if (np && head && (isPlural(head.norm) || value === 1 || DURATIONS.has(head.norm))) {
    let end = np[1];
    // "28 members of the Asayish ...": the group they belong to belongs to the measure.
    if (tokens[end + 1]?.norm === "of") {
      const more = nounPhraseAfter(tokens, tokens[end + 2]?.norm === "the" ? end + 3 : end + 2, sentence);
      if (more) end = more[1];
    }
    return {
      value,
      unit: head.text.toLowerCase(),
      measures: spanText(doc, np[0], end),
      sentence,
      first,
      last: end,
    };
  }
  const previous = before[before.length - 1];
  if (!np && previous && !UNITS[previous.unit]) {
    return { value, unit: previous.unit, measures: previous.measures, sentence, first, last };
  }
  return null;
}
