import { UNITS } from "../../src/core/facts/quantities/quantity-phrases.js";
import type { Entity, Fact, FactsDocument } from "../../src/core/facts/schema.js";
import { foldChars, straightenQuotes } from "../../src/core/facts/text/normalize.js";
import { tollOfAnother, withOutcome } from "../../src/core/facts/timeline.js";
import type { GoldArticle, GoldEntity, GoldEvent } from "./gold.js";

/**
 * Scores a facts document against a gold annotation. Entities: an extracted entity is right
 * when its name or any alias matches, ignoring case, diacritics, punctuation and doubled
 * letters, any spelling of a gold entity (required or not); recall counts required gold
 * entities. Quotes: a gold quote is found when a quote of the same kind overlaps its words,
 * and attributed when that quote's speaker matches. Measures, threats and events are
 * reported as coverage by word overlap, for information. The timeline is scored on what a
 * briefing prints (dated event facts): a gold event is found when an entry covers half its
 * words and agrees with its date, and two entries matching the same gold event are a duplicate;
 * its precision counts the printed entries that cover no gold event and no gold measure.
 */

export interface Ratio {
  found: number;
  total: number;
}

export interface ArticleScore {
  article: string;
  entities: {
    extracted: number;
    correct: number;
    precision: number;
    required: Ratio;
    recall: number;
    /** Extracted entities that matched a gold entity another one had already matched. */
    duplicates: number;
    /** Matched entities whose type agrees with the gold type. */
    typeAgreement: number;
    missing: string[];
    spurious: string[];
  };
  quotes: { found: number; attributed: number; total: number; problems: string[] };
  quantities: Ratio & { missing: string[] };
  measures: Ratio & { missing: string[] };
  threats: Ratio & { missing: string[] };
  events: Ratio & { dated: number; missing: string[] };
  timeline: TimelineScore;
  publishedAt: { expected: string | null; actual: string | null };
}

/** A fact as timeline scoring sees it; first-sight records (bench/results) store facts in this form. */
export interface TimelineCandidate {
  kind: string;
  text: string;
  date: string | null;
  /** Names of the entities involved. */
  entities: string[];
}

export interface TimelineScore extends Ratio {
  /** Timeline entries beyond the first that match the same gold event. */
  duplicates: number;
  missing: string[];
  duplicated: string[];
  /** Entries the timeline prints (dated events and countermeasures). */
  entries: number;
  /**
   * Printed entries that cover no gold event and no gold measure by the same overlap rule (half
   * the gold item's words), whatever their date: junk an analyst reads in the timeline (a
   * statistic, a standing state, a label cut mid-phrase). Informative: precision is
   * (entries - unmatched) / entries.
   */
  unmatched: string[];
}

const nameKey = (s: string) =>
  foldChars(s)
    .replace(/[^\p{L}\p{N}]+/gu, "")
    .replace(/(.)\1+/g, "$1");

/**
 * A speaker's spelling for comparison: as nameKey, without a leading article. "A military source"
 * and "military source" are one unnamed speaker; golds of different sets keep or drop the article.
 */
export const speakerKey = (s: string) => nameKey(s.replace(/^\s*(?:an?|the)\s+/i, ""));

/**
 * A unit for comparison. The extractor writes the schema's normalised forms ("km", "%", "USD",
 * "t") or the counted noun ("policemen"); golds spell units as they come ("kilometres", "per
 * cent", "US dollars", "tonnes", "sticky bombs", "Iraqi dinars per litre"). A gold unit is read
 * through the extractor's own unit table, without its parenthesised note or "per ..." rate, and
 * its head word ("bombs" of "sticky bombs", "dinars" of "Iraqi dinars") is the unit too: the
 * scorer asks whether the figure was found with what it counts, not how the annotator spelled it.
 */
const EXTRA_SPELLINGS: Record<string, string> = {
  "per cent": "%",
  percentage: "%",
  $: "USD",
  us$: "USD",
  usd: "USD",
  kilogramme: "kg",
  kilogrammes: "kg",
  kms: "km",
};
const unitKey = (s: string) => {
  const w = s.trim().toLowerCase();
  return nameKey(EXTRA_SPELLINGS[w] ?? UNITS[w] ?? w).replace(/s$/, "");
};
function goldUnitKeys(unit: string): Set<string> {
  const bare = unit
    .replace(/\([^)]*\)/g, " ")
    .replace(/\s+per\s+.*$/i, "")
    .trim();
  const keys = new Set([unitKey(unit), unitKey(bare)]);
  const head = bare.split(/\s+/).at(-1);
  if (head) keys.add(unitKey(head));
  return keys;
}
/**
 * Golds count persons under a generic unit ("2 people" for "two of the three men", "4 militants"
 * for "four ISIS operatives", "3 children" for "three boys"): "people" stands for any count of
 * persons, "militants" for any count of an armed group's members, "children" for boys and girls. A figure found with the article's own noun for them is found.
 */
const PERSONS = new Set(
  "person people individual man men woman women child children boy girl civilian resident worker driver soldier policeman policemen officer guard fighter militant member operative terrorist gunman gunmen attacker jihadist insurgent infiltrator escapee detainee prisoner inmate suspect smuggler surveyor trader seller shepherd farmer passenger pilgrim student pupil teacher doctor nurse engineer technician journalist hostage victim casualty casualtie peshmerga herder labourer official employee volunteer refugee returnee migrant citizen national relative teenager adult youth customer guest".split(
    " ",
  ),
);
const COMBATANTS = new Set(
  "militant fighter member operative terrorist gunman gunmen attacker jihadist insurgent man men".split(" "),
);
const CHILDREN = new Set(["child", "children", "boy", "girl"]);
function sameUnit(found: string, gold: string): boolean {
  const f = unitKey(found);
  const keys = goldUnitKeys(gold);
  if (keys.has(f)) return true;
  if (keys.has("children")) return CHILDREN.has(f);
  if (keys.has("people") || keys.has("person") || keys.has("individual")) return PERSONS.has(f);
  if ([...keys].some((k) => COMBATANTS.has(k) && k !== "man" && k !== "men")) return COMBATANTS.has(f);
  return false;
}

const STOP = new Set(
  "the a an of and or in on at to from for with by as its their his her into near such other than this that these those is are was were be been has have had will would could may might not no up".split(
    " ",
  ),
);
const GENERIC = new Set(["width", "length", "height", "depth", "number", "distance", "thickness"]);

function words(text: string): string[] {
  return foldChars(straightenQuotes(text))
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1 && !STOP.has(w))
    .map((w) => (w.length > 4 ? w.replace(/(?:ers|er|ing|ed|es|s|ly)$/, "") : w.replace(/s$/, "")) || w);
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

function spellings(e: Entity): string[] {
  return [e.name, ...e.aliases].map(nameKey);
}

function matchGold(e: Entity, gold: readonly GoldEntity[]): GoldEntity | undefined {
  const mine = spellings(e);
  const nameK = nameKey(e.name);
  let best: GoldEntity | undefined;
  let bestScore = 0;
  for (const g of gold) {
    const keys = new Set(g.names.map(nameKey));
    const score = (keys.has(nameK) ? 100 : 0) + mine.filter((k) => keys.has(k)).length;
    if (score > bestScore) {
      best = g;
      bestScore = score;
    }
  }
  return best;
}

function scoreEntities(doc: FactsDocument, gold: GoldArticle): ArticleScore["entities"] {
  const hits = new Map<GoldEntity, number>();
  const spurious: string[] = [];
  let typeAgreement = 0;
  for (const e of doc.entities) {
    const g = matchGold(e, gold.entities);
    if (!g) {
      spurious.push(`${e.name} (${e.type})`);
      continue;
    }
    hits.set(g, (hits.get(g) ?? 0) + 1);
    if (g.type === e.type) typeAgreement++;
  }
  const required = gold.entities.filter((g) => g.required);
  const found = required.filter((g) => hits.has(g));
  const correct = doc.entities.length - spurious.length;
  return {
    extracted: doc.entities.length,
    correct,
    precision: ratio(correct, doc.entities.length),
    required: { found: found.length, total: required.length },
    recall: ratio(found.length, required.length),
    duplicates: [...hits.values()].reduce((n, c) => n + c - 1, 0),
    typeAgreement,
    missing: required.filter((g) => !hits.has(g)).map((g) => g.names[0] ?? ""),
    spurious,
  };
}

export function overlap(gold: string, found: string): number {
  const g = words(gold);
  if (g.length === 0) return 0;
  const f = new Set(words(found));
  return g.filter((w) => f.has(w)).length / g.length;
}

function scoreQuotes(doc: FactsDocument, gold: GoldArticle): ArticleScore["quotes"] {
  const byId = new Map(doc.entities.map((e) => [e.id, e]));
  let found = 0;
  let attributed = 0;
  const problems: string[] = [];
  for (const gq of gold.quotes) {
    const candidates = doc.quotes.filter((q) => q.kind === gq.kind && overlap(gq.text, q.text) >= 0.85);
    if (candidates.length === 0) {
      problems.push(`not found (${gq.kind}): ${gq.text.slice(0, 60)}`);
      continue;
    }
    found++;
    const speakers = new Set(gq.speaker.map(speakerKey));
    const right = candidates.some((q) => {
      const entity = q.speaker.entityId ? byId.get(q.speaker.entityId) : undefined;
      const names = entity ? [entity.name, ...entity.aliases].map(speakerKey) : [];
      return speakers.has(speakerKey(q.speaker.name)) || names.some((n) => speakers.has(n));
    });
    if (right) attributed++;
    else
      problems.push(
        `wrong speaker (${candidates.map((q) => q.speaker.name).join(", ")}): ${gq.text.slice(0, 50)}`,
      );
  }
  return { found, attributed, total: gold.quotes.length, problems };
}

function factWords(f: Fact, doc: FactsDocument): string {
  const names = f.entities.map((id) => doc.entities.find((e) => e.id === id)?.name ?? "");
  return [f.text, f.measures ?? "", ...names].join(" ");
}

function coverage(
  items: readonly string[],
  facts: readonly Fact[],
  doc: FactsDocument,
): Ratio & { missing: string[] } {
  const missing = items.filter((item) => !facts.some((f) => overlap(item, factWords(f, doc)) >= 0.5));
  return { found: items.length - missing.length, total: items.length, missing };
}

function sameDate(gold: string, value: string | undefined): boolean {
  if (!value) return false;
  const [g = gold, gEnd] = gold.split("/");
  const v = value.split("/")[0] ?? value;
  if (v.startsWith(g) || g.startsWith(v)) return true;
  // A gold interval dates an event the annotation places anywhere in it ("the pursuit itself is
  // dated 13-14 September"): a date inside the interval agrees, not only its first day.
  return gEnd !== undefined && v >= g && (v <= gEnd || v.startsWith(gEnd));
}

export function timelineCandidates(doc: FactsDocument): TimelineCandidate[] {
  const names = new Map(doc.entities.map((e) => [e.id, e.name]));
  return (
    doc.facts
      .filter((f) => f.kind !== "quantity")
      // As the briefing prints it: a happening with the toll told after it, and the toll no entry of its own.
      .filter((f) => !tollOfAnother(f, doc.facts))
      .map((f) => ({
        kind: f.kind,
        text: withOutcome(f.text, f),
        date: f.date?.value ?? null,
        entities: f.entities.map((id) => names.get(id) ?? id),
      }))
  );
}

/**
 * The timeline a briefing prints (dated events and dated countermeasures: closures, arrests and
 * seizures happen on a day too) against the gold events. An entry
 * matches a gold event when it covers at least half its words (entity names count) and, when
 * the gold event is dated, its date agrees. Each entry counts for the gold event it covers
 * best, so one entry is never a duplicate of two events.
 */
export function scoreTimeline(
  gold: readonly GoldEvent[],
  facts: readonly TimelineCandidate[],
  goldMeasures: readonly string[] = [],
): TimelineScore {
  const entries = facts.filter((f) => (f.kind === "event" || f.kind === "countermeasure") && f.date);
  const matches = (ge: GoldEvent, f: TimelineCandidate) => {
    const o = overlap(ge.what, [f.text, ...f.entities].join(" "));
    return o >= 0.5 && (!ge.when || sameDate(ge.when, f.date ?? undefined)) ? o : 0;
  };
  const found = gold.map((ge) => entries.some((f) => matches(ge, f) > 0));
  const counts = gold.map(() => 0);
  for (const f of entries) {
    let best = -1;
    let bestO = 0;
    gold.forEach((ge, i) => {
      const o = matches(ge, f);
      if (o > bestO) {
        best = i;
        bestO = o;
      }
    });
    if (best >= 0) counts[best] = (counts[best] ?? 0) + 1;
  }
  const label = (ge: GoldEvent) => `${ge.what} (${ge.when ?? "undated"})`;
  const covers = (item: string, f: TimelineCandidate) =>
    overlap(item, [f.text, ...f.entities].join(" ")) >= 0.5;
  const unmatched = entries.filter(
    (f) => !gold.some((ge) => covers(ge.what, f)) && !goldMeasures.some((m) => covers(m, f)),
  );
  return {
    found: found.filter(Boolean).length,
    total: gold.length,
    duplicates: counts.reduce((n, c) => n + Math.max(0, c - 1), 0),
    missing: gold.filter((_, i) => !found[i]).map(label),
    duplicated: gold.flatMap((ge, i) => ((counts[i] ?? 0) > 1 ? [`${label(ge)} x${counts[i]}`] : [])),
    entries: entries.length,
    unmatched: unmatched.map((f) => `${f.text} (${f.date})`),
  };
}

/**
 * A first-sight record's right speakers re-read under today's comparison: its problems name each
 * speaker that was counted wrong and the start of the gold quote, so a spelling the comparison now
 * accepts ("A military source" for "military source") is counted right, as it is for today's run.
 */
export function rescoredAttributed(quotes: ArticleScore["quotes"], gold: GoldArticle): number {
  let right = quotes.attributed;
  for (const problem of quotes.problems) {
    const m = /^wrong speaker \((.*)\): ([\s\S]*)$/.exec(problem);
    const gq = m && gold.quotes.find((q) => q.text.slice(0, 50) === m[2]);
    if (!m || !gq) continue;
    const speakers = new Set(gq.speaker.map(speakerKey));
    if ((m[1] ?? "").split(", ").some((name) => speakers.has(speakerKey(name)))) right++;
  }
  return right;
}

export function evaluateFacts(doc: FactsDocument, gold: GoldArticle): ArticleScore {
  const quantities = gold.quantities.map((gq) =>
    doc.facts.some(
      (f) =>
        f.kind === "quantity" &&
        f.value !== undefined &&
        Math.abs(f.value - gq.value) <= 1e-9 * Math.max(1, Math.abs(gq.value)) &&
        sameUnit(f.unit ?? "", gq.unit) &&
        overlap(
          gq.about
            .split(" ")
            .filter((w) => !GENERIC.has(w))
            .join(" "),
          factWords(f, doc),
        ) > 0,
    ),
  );
  const events = gold.events.map((ge) => {
    const matching = doc.facts.filter(
      (f) => f.kind !== "quantity" && overlap(ge.what, factWords(f, doc)) >= 0.5,
    );
    const dated = ge.when ? matching.some((f) => sameDate(ge.when ?? "", f.date?.value)) : true;
    return { found: matching.length > 0, dated, what: `${ge.what} (${ge.when ?? "undated"})` };
  });
  return {
    article: gold.article,
    entities: scoreEntities(doc, gold),
    quotes: scoreQuotes(doc, gold),
    quantities: {
      found: quantities.filter(Boolean).length,
      total: gold.quantities.length,
      missing: gold.quantities
        .filter((_, i) => !quantities[i])
        .map((q) => `${q.value} ${q.unit} (${q.about})`),
    },
    measures: coverage(
      gold.measures,
      doc.facts.filter((f) => f.kind !== "threat"),
      doc,
    ),
    threats: coverage(
      gold.threats,
      doc.facts.filter((f) => f.kind === "threat" || f.kind === "event"),
      doc,
    ),
    events: {
      found: events.filter((e) => e.found).length,
      dated: events.filter((e) => e.found && e.dated).length,
      total: events.length,
      missing: events
        .filter((e) => !e.found || !e.dated)
        .map((e) => (e.found ? `undated: ${e.what}` : e.what)),
    },
    timeline: scoreTimeline(gold.events, timelineCandidates(doc), gold.measures),
    publishedAt: { expected: gold.publishedAt ?? null, actual: doc.article.publishedAt },
  };
}

export interface OverallScore {
  articles: number;
  precision: number;
  recall: number;
  quotesFound: Ratio;
  quotesAttributed: Ratio;
  quantities: Ratio;
  measures: Ratio;
  threats: Ratio;
  events: Ratio;
  timeline: Ratio & { duplicates: number };
  /** Printed timeline entries that match a gold event or measure, of all printed entries. */
  timelinePrecision: Ratio;
}

/** Micro-averaged over all articles: every entity and quote counts once. */
export function summarizeScores(scores: readonly ArticleScore[]): OverallScore {
  const sum = (f: (s: ArticleScore) => number) => scores.reduce((n, s) => n + f(s), 0);
  const pair = (found: (s: ArticleScore) => number, total: (s: ArticleScore) => number): Ratio => ({
    found: sum(found),
    total: sum(total),
  });
  return {
    articles: scores.length,
    precision: ratio(
      sum((s) => s.entities.correct),
      sum((s) => s.entities.extracted),
    ),
    recall: ratio(
      sum((s) => s.entities.required.found),
      sum((s) => s.entities.required.total),
    ),
    quotesFound: pair(
      (s) => s.quotes.found,
      (s) => s.quotes.total,
    ),
    quotesAttributed: pair(
      (s) => s.quotes.attributed,
      (s) => s.quotes.total,
    ),
    quantities: pair(
      (s) => s.quantities.found,
      (s) => s.quantities.total,
    ),
    measures: pair(
      (s) => s.measures.found,
      (s) => s.measures.total,
    ),
    threats: pair(
      (s) => s.threats.found,
      (s) => s.threats.total,
    ),
    events: pair(
      (s) => s.events.found,
      (s) => s.events.total,
    ),
    timeline: {
      ...pair(
        (s) => s.timeline.found,
        (s) => s.timeline.total,
      ),
      duplicates: sum((s) => s.timeline.duplicates),
    },
    timelinePrecision: pair(
      (s) => s.timeline.entries - s.timeline.unmatched.length,
      (s) => s.timeline.entries,
    ),
  };
}
