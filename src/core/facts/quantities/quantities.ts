import { type Doc, spanText } from "../text/doc.js";
import type { Token } from "../text/tokenize.js";
import { isVerbWord } from "../text/word-classes.js";
import { NAME_PARTICLES } from "../text/word-lists.js";
import { numberAt, WORD_VALUES } from "./numbers.js";
import {
  currencyBefore,
  DIMENSIONS,
  DIRECTIONS,
  DURATIONS,
  isExcluded,
  isPlural,
  LEADING_QUALIFIERS,
  LENGTH_UNITS,
  nounPhraseAfter,
  nounPhraseBefore,
  PERSON_NOUNS,
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
  /** Token range of the noun phrase a question asked the count of, when the figure answers it. */
  asked?: [number, number];
}

const PARTITIVE_DETERMINERS = new Set(["its", "their", "the", "his", "her", "our", "these", "those"]);

export function findQuantities(doc: Doc): QuantityDraft[] {
  const { tokens } = doc;
  const found: QuantityDraft[] = [];
  for (const s of doc.sentences) {
    const inSentence: QuantityDraft[] = [];
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const ages = agedFigures(doc, i, s.index);
      if (ages.length > 0) {
        inSentence.push(...ages);
        i = ages[ages.length - 1]?.last ?? i;
        continue;
      }
      const one =
        onePerson(doc, i, s.index) ??
        oneOf(doc, i, s.index) ??
        oneMore(doc, i, s.index, inSentence) ??
        ageOf(doc, i, s.index) ??
        bothOf(doc, i, s.index) ??
        struckTwice(doc, i, s.index);
      if (one) {
        inSentence.push(one);
        i = one.last;
        continue;
      }
      const n = numberAt(tokens, i);
      if (!n) continue;
      // "arrested one of the two suspects", "two of the four pumps were damaged": a part counted out
      // of a whole is a count of what the whole counts; the whole is read after it, as a count too.
      const part = partOf(doc, n, s.index, inSentence);
      if (part) {
        inSentence.push(part);
        i = n.last;
        continue;
      }
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
        readQuantity(doc, n.value, n.first, n.last, s.index, inSentence, found) ??
        restated(
          tokens,
          n.value,
          n.first,
          n.last,
          s.index,
          lastCount(tokens, inSentence) ?? lastCount(tokens, found),
        ) ??
        changedCount(tokens, n.value, n.first, n.last, s.index, s.tokenStart) ??
        putAt(doc, n.value, n.first, n.last, s.index, s.tokenStart) ??
        elidedCount(
          tokens,
          n.value,
          n.first,
          n.last,
          s.index,
          s.tokenStart,
          lastCount(
            tokens,
            found.filter((d) => d.sentence === s.index - 1),
          ),
        ) ??
        answeredCount(doc, s.index, n.value, n.first, n.last) ??
        labelledFigure(tokens, n.value, n.first, n.last, s.index, s.tokenStart, s.tokenEnd);
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
          ) {
            f -= 2;
            // "no more than 1,500", "no fewer than 40": the "no" turns a floor into a ceiling.
            if (tokens[f - 1]?.norm === "no" && ["more", "less", "fewer"].includes(tokens[f]?.norm ?? ""))
              f--;
          }
        }
        q.first = f;
        inSentence.push(q);
        // "nine of the 14 bomb attacks": a figure inside the phrase is a figure of its own.
        let k = i + 1;
        while (k <= q.last && !numberAt(tokens, k)) k++;
        i = Math.max(i, k - 1);
      }
    }
    found.push(...inSentence);
  }
  return found;
}

/**
 * "But the SDF commander put the number at fewer than 800": a figure given for "the number" is a
 * count of what the figure before it counted ("about 1,500 US troops"). So is one told as what
 * "the number will be" or "the figure is", perhaps hedged ("closer to 1,200").
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
  // "the number will be closer to 1,200", "the figure is nearer 900": the count told as what
  // the number is, its estimate hedged by how near it comes.
  if (tokens[k]?.norm === "to" && NEARER.has(tokens[k - 1]?.norm ?? "")) k -= 2;
  else if (NEARER.has(tokens[k]?.norm ?? "")) k--;
  const word = tokens[k]?.norm ?? "";
  const noun =
    word === "at" || word === "to" || COPULAS.has(word)
      ? k - 1
      : word === "be" && RESTATED_MODALS.has(tokens[k - 1]?.norm ?? "")
        ? k - 2
        : -1;
  if (noun < 1) return null;
  // "the real figure will be closer to 700", "the actual number is": the count told as the true one.
  const article = TRUE_ADJECTIVES.has(tokens[noun - 1]?.norm ?? "") ? noun - 2 : noun - 1;
  if (!RESTATED_NOUNS.has(tokens[noun]?.norm ?? "") || tokens[article]?.norm !== "the") return null;
  return { value, unit: earlier.unit, measures: earlier.measures, sentence, first, last };
}
/**
 * "How many US troops are left in Iraq and Syria?" "About 1,500 in the Kurdistan Region, and fewer
 * than 1,000 in Syria": in an interview a bare figure of the answer counts what the question just
 * before it asked the number of.
 */
function answeredCount(
  doc: Doc,
  sentence: number,
  value: number,
  first: number,
  last: number,
): QuantityDraft | null {
  const { tokens } = doc;
  const question = doc.sentences[sentence - 1];
  if (!question || question.index !== sentence - 1) return null;
  if (tokens[question.tokenStart]?.norm !== "how" || tokens[question.tokenStart + 1]?.norm !== "many")
    return null;
  if (tokens[question.tokenEnd - 1]?.text !== "?") return null;
  const np = nounPhraseAfter(tokens, question.tokenStart + 2, question.index);
  const head = np ? tokens[np[1]] : undefined;
  if (!np || !head || !isPlural(head.norm)) return null;
  return { value, unit: head.norm, measures: spanText(doc, np[0], np[1]), sentence, first, last, asked: np };
}

/** Verbs of a count that changed: "rose from 38 to 61", "fell to 12". */
const CHANGE_VERBS = new Set(
  "rose risen rise rises rising increased grew grown climbed jumped soared fell fallen dropped declined decreased".split(
    " ",
  ),
);
/** Prepositions that may open a phrase after a subject's head: "attacks in Kirkuk and Diyala". */
const HEAD_PREPOSITIONS = new Set([
  "of",
  "in",
  "on",
  "across",
  "along",
  "near",
  "around",
  "against",
  "at",
  "by",
  "over",
]);
/** Heads that count nothing of their own: "the numbers rose from 5 to 10". */
const EMPTY_HEADS = new Set(["numbers", "figures", "levels", "rates", "totals", "prices", "costs", "values"]);

/**
 * "ISIS attacks in Kirkuk, Diyala and Salahaddin rose from 38 in the first half of 2026 to 61": a
 * bare figure after "from" or "to" of a verb of change counts the subject of that verb, a plural
 * noun right before the verb or before the phrase of place that follows it.
 */
function changedCount(
  tokens: Doc["tokens"],
  value: number,
  first: number,
  last: number,
  sentence: number,
  sentenceStart: number,
): QuantityDraft | null {
  let k = first - 1;
  while (k > sentenceStart && RESTATED_QUALIFIERS.has(tokens[k]?.norm ?? "")) k--;
  if (!["from", "to"].includes(tokens[k]?.norm ?? "")) return null;
  let verb = -1;
  for (let j = k - 1; j >= sentenceStart && k - j <= 12; j--) {
    const n = tokens[j]?.norm ?? "";
    if (n === ";" || n === "." || n === ":") break;
    if (CHANGE_VERBS.has(n)) {
      verb = j;
      break;
    }
  }
  if (verb < 0) return null;
  for (let j = verb - 1; j >= sentenceStart && verb - j <= 10; j--) {
    const t = tokens[j];
    if (!t || t.norm === ";" || t.norm === ":") return null;
    if (t.kind !== "word" || (t.cap && j > sentenceStart) || !isPlural(t.norm) || EMPTY_HEADS.has(t.norm))
      continue;
    if (j !== verb - 1 && !HEAD_PREPOSITIONS.has(tokens[j + 1]?.norm ?? "")) continue;
    // "Arrests of smugglers fell to 12": the head is what the "of" phrase hangs on.
    if (tokens[j - 1]?.norm === "of") continue;
    return { value, unit: t.norm, measures: t.norm, sentence, first, last };
  }
  return null;
}

/** Verbs that say a group is still there: "fewer than 1,000 remain", "about 300 are still active". */
const REMAIN_VERBS = new Set(["remain", "remains", "remained"]);
const STILL_STATES = new Set(["active", "left", "operating", "at"]);
/** What opens a clause a bare count is the subject of: a saying verb's "that", or the verb itself. */
const CLAUSE_OPENERS = new Set([
  "says",
  "said",
  "say",
  "estimates",
  "estimated",
  "believes",
  "believe",
  "that",
]);
/**
 * "The UN estimates that about 3,000 IS fighters are active. The ministry says fewer than 1,000
 * remain in the Badia": a bare count, the subject of a verb of remaining right after a saying
 * verb, leaves its noun unsaid; it counts what the sentence just before counted.
 */
function elidedCount(
  tokens: Doc["tokens"],
  value: number,
  first: number,
  last: number,
  sentence: number,
  sentenceStart: number,
  earlier: QuantityDraft | undefined,
): QuantityDraft | null {
  if (!earlier || UNITS[earlier.unit]) return null;
  const next = tokens[last + 1]?.norm ?? "";
  const still =
    REMAIN_VERBS.has(next) ||
    (["are", "were"].includes(next) &&
      (STILL_STATES.has(tokens[last + 2]?.norm ?? "") ||
        (tokens[last + 2]?.norm === "still" && STILL_STATES.has(tokens[last + 3]?.norm ?? ""))));
  if (!still) return null;
  let k = first - 1;
  while (k > sentenceStart && RESTATED_QUALIFIERS.has(tokens[k]?.norm ?? "")) k--;
  if (!CLAUSE_OPENERS.has(tokens[k]?.norm ?? "")) return null;
  return { value, unit: earlier.unit, measures: earlier.measures, sentence, first, last };
}

/** Verbs that give a count as someone's reckoning of it: "puts the troops at", "estimated the crowd at". */
const PUT_VERBS = new Set(["put", "puts", "putting", "estimate", "estimates", "estimated", "estimating"]);
/**
 * "Our contacts put the number of US troops in the Region at closer to 1,200", "the notice puts the
 * troops that will remain in Erbil at about 1,500": a figure after "at" that a verb of reckoning
 * gives its object: it counts the object's head, a plural noun ("the number of" before it is
 * passed over). The object and the figure stand in one clause.
 */
function putAt(
  doc: Doc,
  value: number,
  first: number,
  last: number,
  sentence: number,
  sentenceStart: number,
): QuantityDraft | null {
  const { tokens } = doc;
  let k = first - 1;
  while (k > sentenceStart && RESTATED_QUALIFIERS.has(tokens[k]?.norm ?? "")) k--;
  if (tokens[k]?.norm === "to" && NEARER.has(tokens[k - 1]?.norm ?? "")) k -= 2;
  else if (NEARER.has(tokens[k]?.norm ?? "")) k--;
  if (tokens[k]?.norm !== "at") return null;
  for (let j = k - 1; j >= sentenceStart && k - j <= 16; j--) {
    const t = tokens[j];
    if (!t || [";", ":", "."].includes(t.text) || t.kind === "num") return null;
    if (!PUT_VERBS.has(t.norm)) continue;
    let from = j + 1;
    if (tokens[from]?.norm === "the") from++;
    if (tokens[from]?.norm === "number" && tokens[from + 1]?.norm === "of") from += 2;
    const np = nounPhraseAfter(tokens, from, sentence);
    const head = np ? tokens[np[1]] : undefined;
    if (!np || !head || np[1] >= k || !isPlural(head.norm) || EMPTY_HEADS.has(head.norm)) return null;
    return {
      value,
      unit: head.norm,
      measures: spanText(doc, from, np[1]),
      sentence,
      first,
      last,
    };
  }
  return null;
}

/**
 * "US personnel in the Kurdistan Region, 2,000.", "Detainees held at the camp: 1,150": a row of a
 * table or a list, a figure set after its label, counts the label's head, a plural noun right
 * before the comma or colon or before the phrase of place that follows it. Only a bare figure that
 * ends its sentence is read so: one inside a sentence is told by the words around it.
 */
function labelledFigure(
  tokens: Doc["tokens"],
  value: number,
  first: number,
  last: number,
  sentence: number,
  sentenceStart: number,
  sentenceEnd: number,
): QuantityDraft | null {
  const end = tokens[last + 1];
  if (last + 1 < sentenceEnd && !(end?.text === "." && last + 2 >= sentenceEnd)) return null;
  const mark = first - 1;
  if (mark <= sentenceStart || ![",", ":"].includes(tokens[mark]?.text ?? "")) return null;
  for (let j = mark - 1; j >= sentenceStart && mark - j <= 8; j--) {
    const t = tokens[j];
    if (!t || [",", ":", ";"].includes(t.text) || t.kind === "num") return null;
    if (t.kind !== "word" || (t.cap && j > sentenceStart) || !isPlural(t.norm) || EMPTY_HEADS.has(t.norm))
      continue;
    if (j !== mark - 1 && !HEAD_PREPOSITIONS.has(tokens[j + 1]?.norm ?? "")) continue;
    if (tokens[j - 1]?.norm === "of") continue;
    let from = j;
    while (from - 1 >= sentenceStart && tokens[from - 1]?.kind === "word" && j - from < 3) {
      const w = tokens[from - 1] as Token;
      if (isVerbWord(w.norm) || HEAD_PREPOSITIONS.has(w.norm) || w.norm === "the") break;
      from--;
    }
    return {
      value,
      unit: t.norm,
      measures: tokens
        .slice(from, j + 1)
        .map((x) => x.text)
        .join(" "),
      sentence,
      first,
      last,
    };
  }
  return null;
}

const RESTATED_QUALIFIERS = new Set([
  // "puts the number at no more than 1,500": a ceiling told with "no" is the count hedged.
  "no",
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
const TRUE_ADJECTIVES = new Set(["real", "true", "actual", "correct"]);
/** "closer to", "nearer": how near a restated count comes to its figure. */
const NEARER = new Set(["closer", "close", "nearer"]);
/** "the number is", "the total was": a restated count told as what the number is. */
const COPULAS = new Set(["is", "was", "stands", "stood"]);
const RESTATED_MODALS = new Set(["will", "would", "could", "may", "might", "should"]);

function readQuantity(
  doc: Doc,
  value: number,
  first: number,
  last: number,
  sentence: number,
  before: readonly QuantityDraft[],
  /** The counts of the sentences before: "seven members … were abducted. Four of them …". */
  earlier: readonly QuantityDraft[] = [],
): QuantityDraft | null {
  const { tokens } = doc;
  let k = last + 1;
  const compound = tokens[k]?.text === "-" && !tokens[k]?.space;
  if (compound) k++;
  // "60 per cent": the two-word spelling of "percent".
  const perCent = tokens[k]?.norm === "per" && tokens[k + 1]?.norm === "cent";
  if (perCent) k++;
  const unitWord = tokens[k];
  const unit = perCent ? "%" : unitWord ? UNITS[unitWord.norm] : undefined;
  // "USD 30,000", "IQD 410 million", "€5,000": a currency written before the figure.
  const currency = currencyBefore(tokens, first);
  if (currency && currency !== "USD")
    return { value, unit: currency, measures: "amount", sentence, first: first - 1, last };
  if (currency) {
    // "receiving $1,500 for each person", "$20 per litre": a price of each thing named.
    const per = perUnit(doc, last + 1, sentence);
    if (per)
      return {
        value,
        unit: "USD",
        measures: `amount per ${per.what}`,
        sentence,
        first: first - 1,
        last: per.last,
      };
    return { value, unit: "USD", measures: "amount", sentence, first: first - 1, last };
  }
  // "a ten-day siege", "a three-week closure": the length of the thing named after it.
  if (compound && unitWord && DURATIONS.has(unitWord.norm) && !isPlural(unitWord.norm)) {
    const np = nounPhraseAfter(tokens, k + 1, sentence);
    if (np)
      return {
        value,
        unit: `${unitWord.norm}s`,
        measures: `length of ${spanText(doc, np[0], np[1])}`,
        sentence,
        first,
        last: np[1],
      };
  }
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
  // "23 people tried to escape ... and 19 of them were caught": a part of the group counted before.
  // "212 incidents, 61 of them IED attacks" names the part's own noun after the pronoun.
  if (tokens[last + 1]?.norm === "of" && PARTITIVE_PRONOUNS.has(tokens[last + 2]?.norm ?? "")) {
    const own = nounPhraseAfter(tokens, last + 3, sentence);
    const ownHead = own ? tokens[own[1]] : undefined;
    if (own && ownHead && isPlural(ownHead.norm))
      return {
        value,
        unit: ownHead.text.toLowerCase(),
        measures: spanText(doc, own[0], own[1]),
        sentence,
        first,
        last: own[1],
      };
    // "… seven members of one family. Four of them have never been found": a part opening its
    // sentence is a part of the group the sentence before counted.
    const opens = doc.sentences[sentence]?.tokenStart === first;
    const whole =
      lastCount(tokens, before) ??
      (opens
        ? lastCount(
            tokens,
            earlier.filter((d) => d.sentence === sentence - 1),
          )
        : undefined);
    if (whole && !UNITS[whole.unit])
      return { value, unit: whole.unit, measures: whole.measures, sentence, first, last: last + 2 };
  }
  // "more than 19,000 of its citizens", "12 of the attackers": a part of a group counts its members;
  // "nine of the 14 bomb attacks" counts what the whole counts.
  if (tokens[last + 1]?.norm === "of") {
    let det = PARTITIVE_DETERMINERS.has(tokens[last + 2]?.norm ?? "") ? last + 3 : last + 2;
    const whole = det === last + 3 ? numberAt(tokens, det) : null;
    if (whole) det = whole.last + 1;
    // "two of the colonel's soldiers", "three of Kawa's men": the group is the possessor's; its
    // members are counted by the noun after the possessive.
    else {
      let k = det;
      while (k < det + 3 && tokens[k]?.kind === "word" && tokens[k]?.sentence === sentence) k++;
      if (k > det && tokens[k]?.kind === "poss") det = k + 1;
    }
    // "17 of the wounded were brought to us": a participle of a toll standing for those it befell
    // ("the wounded", "the dead") counts people.
    const toll = tokens[last + 2]?.norm === "the" ? tokens[last + 3] : undefined;
    if (
      toll &&
      TOLL_PARTICIPLES.has(toll.norm) &&
      (tokens[last + 4]?.sentence !== sentence || !isNounAfterToll(tokens[last + 4]))
    )
      return {
        value,
        unit: "people",
        measures: spanText(doc, last + 2, last + 3),
        sentence,
        first,
        last: last + 3,
      };
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
    // "closed the camp's only road for eleven days", "to publish its results within thirty
    // days", "waits of up to six hours": a span of time measures what the verb phrase or the
    // noun before it tells.
    const told =
      DURATIONS.has(head.norm) && np[0] === last + 1
        ? (durationOf(doc, first, sentence) ??
          timeTaken(doc, first, sentence) ??
          durationNoun(doc, first, sentence))
        : null;
    if (told) return { value, unit: head.text.toLowerCase(), measures: told, sentence, first, last: np[1] };
    // "had struck the area three times": the times something was hit are strikes on it.
    const struck = head.norm === "times" && np[0] === last + 1 ? strikesBefore(doc, first, sentence) : null;
    if (struck) return { value, unit: struck.unit, measures: struck.measures, sentence, first, last: np[1] };
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
  const previous = lastCount(tokens, before);
  if (!np && previous && !UNITS[previous.unit]) {
    return { value, unit: previous.unit, measures: previous.measures, sentence, first, last };
  }
  // "Two people were killed and 14 wounded": a figure straight before the participle of a toll,
  // after "and", counts what the toll before it counted.
  if (
    np &&
    np[0] === last + 1 &&
    TOLL_PARTICIPLES.has(tokens[last + 1]?.norm ?? "") &&
    tokens[first - 1]?.norm === "and" &&
    previous &&
    !UNITS[previous.unit]
  )
    return { value, unit: previous.unit, measures: previous.measures, sentence, first, last };
  return null;
}

/** "the wounded soldiers": a word after the participle that makes it an adjective of a noun. */
function isNounAfterToll(t: Token | undefined): boolean {
  return t !== undefined && t.kind === "word" && !PHRASE_ENDS.has(t.norm) && !isVerbWord(t.norm);
}

/** The participles of a toll, read as the verb of a figure's elided "were": "14 wounded". */
const TOLL_PARTICIPLES = new Set(["killed", "wounded", "injured", "hurt", "dead", "missing"]);

/** "for each person", "per litre", "a head": what a price is of, after the figure. */
function perUnit(doc: Doc, k: number, sentence: number): { what: string; last: number } | null {
  const { tokens } = doc;
  let at = k;
  if (tokens[at]?.norm === "for" && tokens[at + 1]?.norm === "each") at += 2;
  else if (tokens[at]?.norm === "per" || tokens[at]?.norm === "each") at += 1;
  else return null;
  const np = nounPhraseAfter(tokens, at, sentence);
  return np ? { what: spanText(doc, np[0], np[1]), last: np[1] } : null;
}

const MODALS = new Set(["would", "will", "could", "can", "must", "may", "might", "should", "shall"]);
const SHUT = new Set(["shut", "kept", "held", "cut", "hold", "keep", "close", "suspend", "halt"]);
/** Words that set a span of time after what it measures: "for eleven days", "within thirty days". */
const DURATION_LEADS: Record<string, string> = { for: "length", within: "time" };

/**
 * The verb phrase a span of time measures, read back from the word before it to the nearest verb
 * in the same clause: "closed the camp's only road" for "… road for eleven days".
 */
function durationOf(doc: Doc, first: number, sentence: number): string | null {
  const { tokens } = doc;
  const lead = DURATION_LEADS[tokens[first - 1]?.norm ?? ""];
  if (!lead) return null;
  for (let k = first - 2; k >= Math.max(0, first - 10); k--) {
    const t = tokens[k];
    if (!t || t.sentence !== sentence || (t.kind === "punct" && !/^['’-]s?$/.test(t.text))) return null;
    // A verb by its form ("closed", "shut", "to publish"), not a noun that can be one ("camp").
    // "he would appeal to the court within 30 days": a verb after a modal, as after "to".
    const verb =
      (t.norm.length > 4 && /ed$/.test(t.norm)) ||
      (isVerbWord(t.norm) &&
        (SHUT.has(t.norm) ||
          tokens[k - 1]?.norm === "to" ||
          (MODALS.has(tokens[k - 1]?.norm ?? "") && !["be", "have", "get"].includes(t.norm))));
    if (t.kind === "word" && !t.cap && verb && k < first - 2)
      return `${lead} of ${spanText(doc, k, first - 2)}`;
    // "Flights were suspended for five hours", "the line was out for two hours", "We stopped for
    // three days": a verb with no object before the span measures what its subject went through;
    // the clause from its subject to the verb tells it.
    if (t.kind === "word" && !t.cap && verb && k === first - 2) {
      const from = clauseStart(doc, k, sentence);
      return from < k ? `${lead} of ${spanText(doc, from, k)}` : null;
    }
  }
  return null;
}

/** Words that end the clause before a verb, going back: its subject starts after them. */
const CLAUSE_BREAKS = new Set([
  "and",
  "but",
  "that",
  "which",
  "who",
  "while",
  "when",
  "after",
  "before",
  "as",
]);
/** How far back a verb's subject is looked for. */
const SUBJECT_REACH = 6;

/** The first token of the clause whose verb is at `k`: after a comma, a clause word or the sentence start. */
function clauseStart(doc: Doc, k: number, sentence: number): number {
  const { tokens } = doc;
  let j = k;
  while (j > Math.max(0, k - SUBJECT_REACH)) {
    const t = tokens[j - 1];
    if (!t || t.sentence !== sentence || t.kind === "punct" || CLAUSE_BREAKS.has(t.norm)) break;
    j--;
  }
  return j;
}

/** Verbs of hitting whose repetitions ("struck three times", "was hit twice") are counted as strikes or attacks. */
const STRUCK: Record<string, string> = {
  hit: "strikes",
  struck: "strikes",
  strike: "strikes",
  strikes: "strikes",
  striking: "strikes",
  bombed: "strikes",
  shelled: "strikes",
  attacked: "attacks",
  targeted: "attacks",
  raided: "raids",
};

/** The verb of hitting a few words before a count of times, in its sentence: "had struck the area". */
function strikesBefore(doc: Doc, first: number, sentence: number): { unit: string; measures: string } | null {
  const { tokens } = doc;
  for (let k = first - 1; k >= Math.max(0, first - 5); k--) {
    const t = tokens[k];
    if (!t || t.sentence !== sentence || t.kind !== "word") return null;
    const unit = STRUCK[t.norm];
    if (unit) return { unit, measures: spanText(doc, k, first - 1) };
  }
  return null;
}

/** "Witnesses say the car was hit twice": two strikes. */
function struckTwice(doc: Doc, i: number, sentence: number): QuantityDraft | null {
  const { tokens } = doc;
  if (tokens[i]?.norm !== "twice") return null;
  const verb = tokens[i - 1];
  const unit = verb && verb.sentence === sentence ? STRUCK[verb.norm] : undefined;
  if (!unit) return null;
  return { value: 2, unit, measures: verb?.norm ?? unit, sentence, first: i, last: i };
}

/** Words that are no noun a span of time could measure ("a sentence of five years", not "of"). */
const NOT_MEASURED = new Set(
  "the a an of and or to in on at for period first last second third each one some most all none any".split(
    " ",
  ),
);

/**
 * "waits of up to six hours", "delays of about three days": a span of time after "of" (and its
 * qualifier) measures the noun before "of", the waits or the delays.
 */
function durationNoun(doc: Doc, first: number, sentence: number): string | null {
  const { tokens } = doc;
  let j = first - 1;
  if (tokens[j]?.norm === "to" && tokens[j - 1]?.norm === "up") j -= 2;
  else if (LEADING_QUALIFIERS.has(tokens[j]?.norm ?? "")) j--;
  if (tokens[j]?.norm !== "of") return null;
  const noun = tokens[j - 1];
  if (!noun || noun.sentence !== sentence || noun.kind !== "word" || noun.cap || NOT_MEASURED.has(noun.norm))
    return null;
  return noun.norm;
}

/** Verbs whose object is the time something needs: "will take three weeks", "lasted two days". */
const TAKES = new Set([
  "take",
  "takes",
  "took",
  "taken",
  "taking",
  "last",
  "lasts",
  "lasted",
  "need",
  "needs",
]);

/**
 * "Repairs will take at least three weeks": a span of time a verb of taking has as its object is
 * the time its subject (the word before the verb and its modal) needs.
 */
function timeTaken(doc: Doc, first: number, sentence: number): string | null {
  const { tokens } = doc;
  let k = first - 1;
  while (
    k > 0 &&
    ["least", "at", "about", "around", "nearly", "almost", "some", "up", "to"].includes(tokens[k]?.norm ?? "")
  )
    k--;
  if (!TAKES.has(tokens[k]?.norm ?? "")) return null;
  let s = k - 1;
  while (
    s > 0 &&
    (MODALS.has(tokens[s]?.norm ?? "") || ["not", "still", "only", "also"].includes(tokens[s]?.norm ?? ""))
  )
    s--;
  const subject = tokens[s];
  if (!subject || subject.sentence !== sentence || subject.kind !== "word" || !isPlural(subject.norm))
    return null;
  return `time of ${subject.norm}`;
}

const PARTITIVE_PRONOUNS = new Set(["them", "those", "these"]);
const PERIOD_LEADS = new Set(["first", "last", "past", "next", "previous", "coming", "recent"]);

/**
 * The latest count a bare figure can take its unit from, passing over the period a figure is
 * counted in: in "17 false checkpoints in the first two months of 2026, against six in the whole
 * of 2025" the six are checkpoints, not months.
 */
function lastCount(tokens: Doc["tokens"], drafts: readonly QuantityDraft[]): QuantityDraft | undefined {
  for (let k = drafts.length - 1; k >= 0; k--) {
    const d = drafts[k] as QuantityDraft;
    const period = DURATIONS.has(d.unit) && PERIOD_LEADS.has(tokens[d.first - 1]?.norm ?? "");
    if (!period) return d;
  }
  return undefined;
}

/** Verbs whose object, a single person, is a toll or a catch of one ("killing a soldier"). */
const HARM_BEFORE = new Set(
  "killing killed wounding wounded injuring injured arresting arrested detaining detained capturing captured kidnapping kidnapped abducting abducted executing executed".split(
    " ",
  ),
);
const HARM_NOUNS = new Set(
  "killing murder assassination abduction kidnapping execution arrest detention capture wounding".split(" "),
);
/** "a retired police officer, was killed": the same, told in the passive after the person. */
const HARM_PARTICIPLES = new Set(
  "killed wounded injured hurt arrested detained captured kidnapped abducted executed shot".split(" "),
);
/** Counts, ordinals and pronoun-like words that can stand where the noun of a phrase would. */
const COUNT_WORDS = new Set([
  ...Object.keys(WORD_VALUES),
  ..."first second third fourth fifth sixth seventh eighth ninth tenth other another same rest last next".split(
    " ",
  ),
]);
/** Words after which a noun phrase opens a clause as its subject. */
const SUBJECT_OPENERS = new Set([
  ",",
  ";",
  ":",
  "—",
  "–",
  "and",
  "but",
  "that",
  "while",
  "when",
  "after",
  "as",
]);
/**
 * What befalls only persons: a noun that is killed, wounded, abducted or arrested is a person's,
 * whatever it names ("his clerk was wounded"), while a thing can be hit, shot or captured.
 */
const PERSON_HARM = new Set(
  "killing killed wounding wounded injuring injured arresting arrested detaining detained kidnapping kidnapped abducting abducted executing executed".split(
    " ",
  ),
);
/** Words that end a person's noun phrase rather than continue it ("a man who", "a guard post" does not). */
const PHRASE_ENDS = new Set(
  "who whom whose that which named called they he she it and or but of in on at near from with by for to as was were had has have".split(
    " ",
  ),
);

/** "our guard", "his driver": possessive determiners, as definite as "the". */
const POSSESSIVE_DETERMINERS = new Set(["our", "his", "her", "their", "its", "my", "your"]);

/**
 * "killing a soldier and wounding two", "arrested a print-shop worker in Falluja", "the owner of
 * the car, a retired police officer, was killed": one person killed, hurt or held is a toll of
 * one, as much as "two soldiers" is two, and the count a later bare figure ("two") takes its noun
 * from.
 */
function onePerson(doc: Doc, i: number, sentence: number): QuantityDraft | null {
  const { tokens } = doc;
  const a = tokens[i];
  // "the driver was killed", "a night guard was wounded": one person harmed, named by a noun for
  // a person with its article, definite or not; "shot dead our guard", "wounding his driver": a
  // possessive is a definite article too.
  const definite = a?.norm === "the" || POSSESSIVE_DETERMINERS.has(a?.norm ?? "");
  // "One driver was wounded", "arrested one suspect": "one" before a singular noun is its article too.
  const one = a?.norm === "one";
  if (a?.norm !== "a" && a?.norm !== "an" && !definite && !one) return null;
  // "a retired police officer", "a print-shop worker": the first noun for a person heads it.
  let head = -1;
  // The last word of the noun phrase, when no noun for a person heads it ("his clerk", "a
  // watchman"): one person only if what befell it befalls persons (killed, wounded, held).
  let general = -1;
  let mixed = false;
  for (let k = i + 1; k <= i + 5; k++) {
    const t = tokens[k];
    if (!t || t.sentence !== sentence) break;
    if (t.text === "-") continue;
    if (t.kind !== "word" || PHRASE_ENDS.has(t.norm)) break;
    if (PERSON_NOUNS.has(t.norm)) {
      head = k;
      break;
    }
    // "killing one Peshmerga": a capitalised word only as the whole phrase after "one".
    // Not "a third", "the two men", "another": a count or an ordinal is no noun for a person.
    if (isVerbWord(t.norm) || (t.cap && !(one && k === i + 1)) || COUNT_WORDS.has(t.norm)) mixed = true;
    general = k;
  }
  const byRole = head < 0;
  if (byRole) head = mixed ? -1 : general;
  if (head < 0 || (byRole && isPlural((tokens[head] as Token).norm))) return null;
  const next = tokens[head + 1];
  if (
    next &&
    next.sentence === sentence &&
    next.kind === "word" &&
    !next.cap &&
    !PHRASE_ENDS.has(next.norm) &&
    !isVerbWord(next.norm) &&
    // "and a vaccinator wounded": the participle of the left-out passive, not a noun.
    !(HARM_PARTICIPLES.has(next.norm) && tokens[i - 1]?.norm === "and")
  )
    return null;
  if (next && /^['’]s?$/.test(next.text) && !next.space) return null;
  const before = tokens[i - 1]?.norm ?? "";
  // "the abduction of a truck driver", "the killing of a shepherd": the noun of the harm, then "of".
  let harmed =
    HARM_BEFORE.has(before) ||
    (before === "dead" && tokens[i - 2]?.norm === "shot") ||
    (before === "of" && HARM_NOUNS.has(tokens[i - 2]?.norm ?? ""));
  if (!harmed) {
    let k = head + 1;
    // "A night guard, Mahmoud al-Ali, was wounded", "a driver, 45, was killed": the name or age
    // set off between commas after the noun is the same person.
    if (tokens[k]?.text === "," && tokens[k + 1]?.sentence === sentence) {
      let j = k + 1;
      while (
        j <= k + 7 &&
        (tokens[j]?.cap ||
          tokens[j]?.kind === "num" ||
          tokens[j]?.text === "-" ||
          NAME_PARTICLES.has(tokens[j]?.norm ?? ""))
      )
        j++;
      if (j > k + 1 && tokens[j]?.text === ",") k = j;
    }
    if (tokens[k]?.text === ",") k++;
    // "a man had been arrested", "the driver has been freed": a perfect passive is the same
    // passive; "and a security guard were wounded" ends a subject of several.
    if (["had", "has"].includes(tokens[k]?.norm ?? "") && tokens[k + 1]?.norm === "been") k += 2;
    else if (["was", "is"].includes(tokens[k]?.norm ?? "")) k++;
    else if (tokens[k]?.norm === "were" && before === "and") k++;
    // "the driver was killed and a vaccinator wounded": a second person after "and" with the
    // passive's auxiliary left out.
    else if (before !== "and" || definite) k = -1;
    // "his clerk was wounded" names its person as the clause's subject; "men from a nearby village
    // were detained", "soldiers guarding the depot were killed" put the noun inside another's phrase.
    const subject = tokens[i - 1]?.sentence !== sentence || SUBJECT_OPENERS.has(before);
    harmed =
      k > 0 &&
      (byRole
        ? subject && PERSON_HARM.has(tokens[k]?.norm ?? "")
        : HARM_PARTICIPLES.has(tokens[k]?.norm ?? ""));
  } else if (byRole)
    harmed =
      PERSON_HARM.has(before) || before === "dead" || (before === "of" && tokens[i - 2]?.norm !== "capture");
  if (!harmed) return null;
  const unit = (tokens[head] as Token).text.toLowerCase();
  return { value: 1, unit, measures: spanText(doc, i + 1, head), sentence, first: i, last: head };
}

/**
 * "One of our fighters was lightly wounded", "police arrested one of the smugglers": one taken out
 * of a group, killed, wounded or held, is one of what the group's plural noun counts. A group
 * counted ("one of the two suspects") is partOf's; "one of them" names no noun.
 */
function oneOf(doc: Doc, i: number, sentence: number): QuantityDraft | null {
  const { tokens } = doc;
  if (tokens[i]?.norm !== "one" || tokens[i + 1]?.norm !== "of") return null;
  const det = WHOLE_DETERMINERS.has(tokens[i + 2]?.norm ?? "") ? i + 3 : i + 2;
  if (numberAt(tokens, det)) return null;
  const np = nounPhraseAfter(tokens, det, sentence);
  const head = np ? tokens[np[1]] : undefined;
  if (!np || !head || !isPlural(head.norm)) return null;
  let harmed = PERSON_HARM.has(tokens[i - 1]?.norm ?? "");
  if (!harmed) {
    let k = np[1] + 1;
    if (["had", "has"].includes(tokens[k]?.norm ?? "") && tokens[k + 1]?.norm === "been") k += 2;
    else if (tokens[k]?.norm === "was") k++;
    else return null;
    // "was lightly wounded", "was seriously injured": one adverb between.
    if (/ly$/.test(tokens[k]?.norm ?? "") && !PERSON_HARM.has(tokens[k]?.norm ?? "")) k++;
    harmed = PERSON_HARM.has(tokens[k]?.norm ?? "");
  }
  if (!harmed) return null;
  return {
    value: 1,
    unit: (head as Token).text.toLowerCase(),
    measures: spanText(doc, det, np[1]),
    sentence,
    first: i,
    last: np[1],
  };
}

/** Possessives and determiners of a whole a part is counted out of: "one of the two", "four of his 30". */
const WHOLE_DETERMINERS = new Set([
  "the",
  "its",
  "our",
  "his",
  "her",
  "their",
  "those",
  "these",
  "my",
  "your",
]);

/** "one of the two suspects": the part (1) of what the whole's count (two suspects) counts. */
function partOf(
  doc: Doc,
  n: { value: number; first: number; last: number },
  sentence: number,
  before: readonly QuantityDraft[],
): QuantityDraft | null {
  const { tokens } = doc;
  if (tokens[n.last + 1]?.norm !== "of" || !WHOLE_DETERMINERS.has(tokens[n.last + 2]?.norm ?? ""))
    return null;
  const whole = numberAt(tokens, n.last + 3);
  if (!whole || whole.value <= n.value || tokens[whole.first]?.sentence !== sentence) return null;
  const q = readQuantity(doc, whole.value, whole.first, whole.last, sentence, before);
  if (!q || q.first < whole.first) return null;
  return { ...q, value: n.value, first: n.first };
}

/**
 * "gunmen fired on two fuel tankers and wounded both drivers": "both" harmed before a plural noun for
 * persons counts two of them; "both soldiers and civilians" joins two kinds, no count.
 */
function bothOf(doc: Doc, i: number, sentence: number): QuantityDraft | null {
  const { tokens } = doc;
  if (tokens[i]?.norm !== "both") return null;
  const noun = tokens[i + 1];
  if (noun?.kind !== "word" || noun.sentence !== sentence) return null;
  const n = noun.norm;
  const one =
    n === "people"
      ? "person"
      : n === "children"
        ? "child"
        : n.endsWith("men")
          ? `${n.slice(0, -3)}man`
          : n.replace(/s$/, "");
  if (one === n || !PERSON_NOUNS.has(one)) return null;
  const after = tokens[i + 2];
  if (after && after.sentence === sentence && (after.norm === "and" || after.norm === "or")) return null;
  // A toll or a catch, as for one person: "wounded both drivers", "both men were killed"; "both
  // men were in stable condition" tells of two already counted.
  const harmed =
    HARM_BEFORE.has(tokens[i - 1]?.norm ?? "") ||
    (["were", "are"].includes(after?.norm ?? "") && HARM_PARTICIPLES.has(tokens[i + 3]?.norm ?? ""));
  if (!harmed) return null;
  return { value: 2, unit: n, measures: n, sentence, first: i, last: i + 1 };
}

/** Nouns for a person whose age may follow between commas: "the boy, 14, was taken". */
const AGED = new Set([
  "boy",
  "girl",
  "man",
  "woman",
  "son",
  "daughter",
  "shepherd",
  "driver",
  "farmer",
  "child",
]);

/**
 * "the first defendant, Mahmoud Saleh al-Shammari, 41, of organising …", "A worker on the site,
 * Mahmoud Younis, 34, said …": a whole number set off by commas right after a person's name (or
 * a noun for a person) is that person's age in years.
 */
function ageOf(doc: Doc, i: number, sentence: number): QuantityDraft | null {
  const { tokens } = doc;
  const t = tokens[i];
  if (t?.kind !== "num" || !/^\d{1,3}$/.test(t.text)) return null;
  const value = Number(t.text);
  if (value < 1 || value > 110) return null;
  const [comma, close] = [tokens[i - 1], tokens[i + 1]];
  if (comma?.text !== "," || close?.text !== "," || close.sentence !== sentence) return null;
  // The name before the comma: capitalised words (and "al-" joined to them), or a person noun.
  let k = i - 2;
  const last = tokens[k];
  if (!last || last.sentence !== sentence || last.kind !== "word") return null;
  if (!last.cap) return AGED.has(last.norm) ? ageDraft(doc, value, k, k, i, sentence) : null;
  let from = k;
  while (k > 0 && i - k < 8) {
    const p = tokens[k - 1];
    if (!p || p.sentence !== sentence) break;
    if (p.text === "-" && !p.space) k -= 1;
    else if (p.kind === "word" && (p.cap || /^(?:al|el|bin|ibn|abu|abd)$/.test(p.norm))) k -= 1;
    else break;
    if ((tokens[k] as Token).kind === "word") from = k;
  }
  // A person's name has two words at least ("Mahmoud Younis"); one word may be a place ("Rabia, 41").
  // "al-Qaim, 41," is one word with its article.
  const words = tokens.slice(from, i - 1).filter((w) => w.kind === "word" && w.cap).length;
  if (words < 2) return null;
  return ageDraft(doc, value, from, i - 2, i, sentence);
}

/**
 * "three more boys, aged 12 to 14", "two men aged between 30 and 40", "a shepherd aged 15": ages
 * in years, each end of a range its own figure (the youngest and the oldest), of the people named
 * before "aged".
 */
function agedFigures(doc: Doc, i: number, sentence: number): QuantityDraft[] {
  const { tokens } = doc;
  if (tokens[i]?.norm !== "aged") return [];
  const k = tokens[i + 1]?.norm === "between" ? i + 2 : i + 1;
  const lo = numberAt(tokens, k);
  const age = (n: { value: number; first: number; last: number } | null) =>
    n !== null && n.first === n.last && Number.isInteger(n.value) && n.value >= 1 && n.value <= 110;
  if (!lo || !age(lo)) return [];
  const who = tokens[tokens[i - 1]?.text === "," ? i - 2 : i - 1];
  const measures = who?.kind === "word" && !who.cap ? `age of ${who.norm}` : "age";
  const drafts: QuantityDraft[] = [
    { value: lo.value, unit: "years", measures, sentence, first: lo.first, last: lo.last },
  ];
  const link = tokens[lo.last + 1]?.norm;
  const hi = link === "to" || link === "and" ? numberAt(tokens, lo.last + 2) : null;
  if (hi && age(hi) && hi.value > lo.value)
    drafts.push({ value: hi.value, unit: "years", measures, sentence, first: hi.first, last: hi.last });
  return drafts;
}

function ageDraft(
  doc: Doc,
  value: number,
  from: number,
  to: number,
  at: number,
  sentence: number,
): QuantityDraft {
  return {
    value,
    unit: "years",
    measures: `age of ${spanText(doc, from, to)}`,
    sentence,
    first: at,
    last: at,
  };
}

/** What "a third" did, told right after it: "a third lost a leg", "a fourth escaped". */
const TOLD_AFTER = new Set("lost was is had has died fled escaped survived remains got took".split(" "));
const ORDINALS = new Set("second third fourth fifth sixth seventh eighth ninth tenth".split(" "));

/**
 * "Two policemen were killed and a third lost a leg", "killed three members of a Daesh cell and
 * captured a fourth": an ordinal standing alone after a count is one more of what it counted.
 */
function oneMore(
  doc: Doc,
  i: number,
  sentence: number,
  before: readonly QuantityDraft[],
): QuantityDraft | null {
  const { tokens } = doc;
  if (!["a", "another"].includes(tokens[i]?.norm ?? "") || !ORDINALS.has(tokens[i + 1]?.norm ?? ""))
    return null;
  const next = tokens[i + 2];
  if (
    next?.sentence === sentence &&
    next.kind === "word" &&
    !isVerbWord(next.norm) &&
    !PHRASE_ENDS.has(next.norm) &&
    !/ed$/.test(next.norm) &&
    !TOLD_AFTER.has(next.norm)
  )
    return null;
  if (next?.norm === "of" || next?.norm === "time") return null;
  const whole = lastCount(tokens, before);
  if (!whole || UNITS[whole.unit] || DURATIONS.has(whole.unit) || whole.value < 2) return null;
  return { value: 1, unit: whole.unit, measures: whole.measures, sentence, first: i, last: i + 1 };
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
