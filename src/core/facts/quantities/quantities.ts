import { type Doc, spanText } from "../text/doc.js";
import { numberAt } from "./numbers.js";
import {
  DIMENSIONS,
  DIRECTIONS,
  DURATIONS,
  isExcluded,
  isPlural,
  LEADING_QUALIFIERS,
  LENGTH_UNITS,
  nounPhraseAfter,
  nounPhraseBefore,
  UNITS,
} from "./quantity-phrases.js";

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

const PARTITIVE_DETERMINERS = new Set(["its", "their", "the", "his", "her", "our", "these", "those"]);

export function findQuantities(doc: Doc): QuantityDraft[] {
  const { tokens } = doc;
  const found: QuantityDraft[] = [];
  for (const s of doc.sentences) {
    const inSentence: QuantityDraft[] = [];
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const n = numberAt(tokens, i);
      if (!n) continue;
      // "perhaps 300 to 400 fighters", "between 2,000 and 3,000 fighters": an estimate given as a
      // range is one figure of what the noun after it counts, cited whole. Its value is the floor,
      // the least the source commits to.
      const upper = rangeEnd(tokens, n.first, n.last);
      if (upper) {
        const q = readQuantity(doc, n.value, n.first, upper.last, s.index, inSentence);
        if (q && q.first >= n.first) {
          const p = tokens[n.first - 1];
          q.first = p && (LEADING_QUALIFIERS.has(p.norm) || p.norm === "between") ? n.first - 1 : n.first;
          inSentence.push(q);
          i = Math.max(upper.last, q.last);
          continue;
        }
      }
      if (isExcluded(tokens, n.first, n.last)) continue;
      i = n.last;
      const q =
        readQuantity(doc, n.value, n.first, n.last, s.index, inSentence) ??
        restated(tokens, n.value, n.first, n.last, s.index, inSentence.at(-1) ?? found.at(-1));
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

/**
 * "But the SDF commander put the number at fewer than 800": a figure given for "the number" is a
 * count of what the figure before it counted ("about 1,500 US troops").
 */
function restated(
  tokens: Doc["tokens"],
  value: number,
  first: number,
  last: number,
  sentence: number,
  earlier: QuantityDraft | undefined,
): QuantityDraft | null {
  if (!earlier || UNITS[earlier.unit]) return null;
  let k = first - 1;
  while (k > 0 && RESTATED_QUALIFIERS.has(tokens[k]?.norm ?? "")) k--;
  if (!["at", "to"].includes(tokens[k]?.norm ?? "")) return null;
  if (!RESTATED_NOUNS.has(tokens[k - 1]?.norm ?? "") || tokens[k - 2]?.norm !== "the") return null;
  return { value, unit: earlier.unit, measures: earlier.measures, sentence, first, last };
}
const RESTATED_QUALIFIERS = new Set([
  "than",
  "fewer",
  "more",
  "less",
  "about",
  "around",
  "nearly",
  "some",
  "roughly",
  "approximately",
  "over",
  "under",
]);
const RESTATED_NOUNS = new Set(["number", "figure", "total", "count", "toll", "tally"]);

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
  // "put the number of escapees at 37", "raised the number of dead to 12": the count named before.
  if (["at", "to", "as"].includes(tokens[first - 1]?.norm ?? "")) {
    const head = tokens[first - 2];
    for (let j = first - 3; j >= Math.max(0, first - 6); j--) {
      if (tokens[j]?.norm !== "number" || tokens[j + 1]?.norm !== "of") continue;
      if (head && j + 2 <= first - 2 && isPlural(head.norm))
        return {
          value,
          unit: head.text.toLowerCase(),
          measures: spanText(doc, j, first - 2),
          sentence,
          first: j,
          last,
        };
      break;
    }
  }
  // "more than 19,000 of its citizens", "12 of the attackers": a part of a group counts its members.
  if (tokens[last + 1]?.norm === "of") {
    const det = PARTITIVE_DETERMINERS.has(tokens[last + 2]?.norm ?? "") ? last + 3 : last + 2;
    const part = nounPhraseAfter(tokens, det, sentence);
    const partHead = part ? tokens[part[1]] : undefined;
    if (part && partHead && isPlural(partHead.norm))
      return {
        value,
        unit: partHead.text.toLowerCase(),
        measures: spanText(doc, last + 2, part[1]),
        sentence,
        first,
        last: part[1],
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

const YEAR = /^(19|20)\d\d$/;

/**
 * The second figure of a range that starts at `first`: "300 to 400", "between 2,000 and 3,000".
 * Not a change ("rose from 5 to 10"), not years or days ("2019 to 2021", "10 to 15 November"),
 * not clock times, and only when the second figure is larger.
 */
function rangeEnd(
  tokens: Doc["tokens"],
  first: number,
  last: number,
): { value: number; last: number } | null {
  const link = tokens[last + 1]?.norm;
  const prev = tokens[first - 1]?.norm ?? "";
  if (link === "to" ? prev === "from" : !(link === "and" && prev === "between")) return null;
  const lo = numberAt(tokens, first);
  const hi = numberAt(tokens, last + 2);
  if (!lo || !hi || hi.value <= lo.value) return null;
  if (YEAR.test(tokens[first]?.text ?? "") || YEAR.test(tokens[hi.first]?.text ?? "")) return null;
  const next = tokens[hi.last + 1];
  if (
    next &&
    (next.text === ":" ||
      next.norm === "ago" ||
      (next.cap && /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/.test(next.norm)))
  )
    return null;
  return { value: hi.value, last: hi.last };
}
