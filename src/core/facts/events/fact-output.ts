import type { EntityDraft } from "../entities/entity-draft.js";
import type { QuantityDraft } from "../quantities/quantities.js";
import type { Fact } from "../schema.js";
import { AUXILIARIES, clauseAt, clausesOf } from "../text/clauses.js";
import { type Doc, spanText } from "../text/doc.js";
import type { Token } from "../text/tokenize.js";
import { REPORT_VERBS, SPEECH_VERBS } from "../text/word-lists.js";
import { findDates } from "./dates.js";
import type { FactDraft } from "./events.js";
import { TRAILING_PUNCT, trimClause } from "./fact-spans.js";
import { folkCamp, keywordTags } from "./tags.js";

/** Fact drafts and quantities as schema facts, in reading order, with entity ids. */

const CONTEXT = 25;

function idsOf(drafts: Iterable<EntityDraft>, ids: Map<EntityDraft, string>): string[] {
  const out = new Set<string>();
  for (const d of drafts) {
    const id = ids.get(d);
    if (id) out.add(id);
  }
  return [...out];
}

/** Words that open the predicate of a figure told as a subject: "were killed", "have been repatriated". */
const PREDICATE_HEADS = new Set([
  "were",
  "was",
  "have",
  "has",
  "had",
  "are",
  "is",
  "been",
  "being",
  "who",
  "trying",
  "attempting",
  // A participle that tells what was done to the counted people, a relative clause cut short:
  // "600 Iraqi detainees transferred from SDF prisons", "35 nationals repatriated last week".
  "transferred",
  "handed",
  "repatriated",
  "returned",
  // Who was stopped: "640 people arrested while crossing illegally", "90 men detained at the wall".
  "arrested",
  "detained",
  "caught",
  "captured",
  // Where the counted people still are: "about 3,000 Iraqi men remain in those prisons".
  "remain",
  "remained",
  // Where they went: "40 Syrian families departed on Sunday for a reception centre".
  "left",
  "departed",
]);
/** How far past a figure its predicate is read for tags. */
const TAIL_WORDS = 8;

function quantityFact(
  doc: Doc,
  q: QuantityDraft,
  owners: Map<number, EntityDraft>,
  ids: Map<EntityDraft, string>,
): Omit<Fact, "id"> {
  const clause = clauseAt(clausesOf(doc, q.sentence), q.first);
  const entities = new Set<EntityDraft>();
  // Entities of the clause around the figure, within a bounded window.
  const from = Math.max(clause?.first ?? q.first, q.first - CONTEXT);
  const to = Math.min(Math.max(q.last, clause?.last ?? q.last), q.last + CONTEXT);
  for (let k = from; k <= to; k++) {
    const owner = owners.get(k);
    if (owner) entities.add(owner);
  }
  // A figure that answers "How many US troops ...?" is of the ones the question named.
  for (let k = q.asked?.[0] ?? 0; q.asked && k <= q.asked[1]; k++) {
    const owner = owners.get(k);
    if (owner) entities.add(owner);
  }
  const text = spanText(doc, q.first, q.last);
  // What was done to the figure belongs to it: "has repatriated more than 19,000 of its citizens".
  const lead = clause && clause.first < q.first ? `${spanText(doc, clause.first, q.first - 1)} ` : "";
  // So does what the figure's people or things did or had done to them, told right after it: "35
  // nationals ... have been repatriated", "86 people trying to cross illegally".
  const tailEnd = Math.min(clause?.last ?? q.last, q.last + TAIL_WORDS);
  // So does what the counted things were aimed at: "140 operations against ISIS remnants".
  const next = doc.tokens[q.last + 1]?.norm ?? "";
  const tail =
    tailEnd > q.last && (PREDICATE_HEADS.has(next) || next === "against")
      ? ` ${spanText(doc, q.last + 1, tailEnd)}`
      : "";
  const told = `${lead}${text}${tail}`;
  // "Six shepherds were wounded when ISIS militants shelled their camp": their encampment.
  const tags = keywordTags(`${told} ${q.measures}`, "quantity").filter(
    (t) => t !== "detention-facility" || !folkCamp(told, told),
  );
  if (!tags.includes("detention-facility") && heldBySite(doc, q, clause?.first ?? q.first, owners))
    tags.push("detention-facility");
  const period = periodOf(doc, from, to, {
    start: doc.tokens[q.first]?.start ?? 0,
    end: doc.tokens[q.last]?.end ?? 0,
  });
  return {
    kind: "quantity",
    text,
    sentence: q.sentence,
    start: doc.tokens[q.first]?.start ?? 0,
    end: doc.tokens[q.last]?.end ?? 0,
    entities: idsOf(entities, ids),
    modality: "asserted",
    value: q.value,
    unit: q.unit,
    measures: q.measures,
    ...(period ? { date: period } : {}),
    ...(tags.length > 0 ? { tags } : {}),
  };
}

/**
 * "Al-Hol still holds about 15,000 people", "Ghwayran houses some 4,000": a figure that a camp or
 * prison named just before holds, houses or detains counts its held, though the text names the
 * site and not the word "camp" or "prison".
 */
const HOLDS_BEFORE =
  /\b(?:holds|held|hold|houses|housed|detains|detained|shelters|sheltered|hosts|hosted)(?: (?:about|around|some|nearly|almost|roughly|approximately|over|more than|fewer than|less than|at least|up to|close to))?\s*$/i;
function heldBySite(doc: Doc, q: QuantityDraft, first: number, owners: Map<number, EntityDraft>): boolean {
  const from = Math.max(first, q.first - 8);
  if (from >= q.first) return false;
  const start = doc.tokens[from]?.start ?? 0;
  const end = doc.tokens[q.first]?.start ?? start;
  if (!HOLDS_BEFORE.test(doc.text.slice(start, end))) return false;
  for (let k = from; k < q.first; k++) {
    const kind = owners.get(k)?.lexicon?.kind;
    if (kind === "camp" || kind === "prison") return true;
  }
  return false;
}

/** "nearly 4,100 people since 2019": the period a figure is counted over, when its clause gives one. */
function periodOf(
  doc: Doc,
  first: number,
  last: number,
  figure: { start: number; end: number },
): Fact["date"] | undefined {
  const start = doc.tokens[first]?.start ?? 0;
  const end = doc.tokens[last]?.end ?? start;
  const clause = doc.text.slice(start, end);
  if (!/\b(?:since|between|from|over|during|in the (?:first|last|past))\b/i.test(clause)) return undefined;
  // "38 operations since the beginning of 2026, compared with 21 operations in the last three
  // months of 2025": each figure is counted over the period nearest to it.
  const distance = (x: { start: number; end: number }) =>
    x.start >= figure.end ? x.start - figure.end : x.end <= figure.start ? figure.start - x.end : 0;
  const d = findDates(clause, doc.publishedAt, start)
    .filter((x) => x.value.includes("/"))
    .sort((x, y) => distance(x) - distance(y))[0];
  return d ? { value: d.value, text: d.text, resolved: d.resolved } : undefined;
}

/** "the first three months of the year" is a date, not a count of months. */
function insideDate(doc: Doc, q: QuantityDraft): boolean {
  const s = doc.sentences[q.sentence];
  const start = doc.tokens[q.first]?.start ?? 0;
  const end = doc.tokens[q.last]?.end ?? start;
  if (!s || !/\b(?:months?|years?|weeks?|days?)\b/i.test(doc.text.slice(start, end))) return false;
  return findDates(doc.text.slice(s.start, s.end), doc.publishedAt, s.start).some(
    (d) => d.start <= start && d.end >= end,
  );
}

/** Words a label cannot end on: "the arrest in Baghdad of a man it", "two days after the Iraqi army". */
const DANGLING_END = new Set(
  `the a an of to in on at by for with from it its their his her that which who whose and or but
  after before army police forces`.split(/\s+/),
);
/** Words a label cannot open on when its clause starts earlier: "to belong to an ISIS cell shot dead …". */
const DANGLING_START = new Set(["to", "that", "which", "who", "whose", "whom", "of", "by"]);
const SHORT_LABEL = 3;

/**
 * The words a timeline row prints: the fact's own phrase when it stands as a whole phrase, else
 * the clause it sits in. A bare noun ("fence", "the arrests"), a phrase cut at its start ("to
 * belong to an ISIS cell shot dead …", "landed near the stadium …") or at its end ("the arrest
 * in Baghdad of a man it") says too little out of its sentence.
 */
function wholePhrase(doc: Doc, f: FactDraft): [number, number] {
  const { tokens } = doc;
  const words = (a: number, b: number) => {
    let n = 0;
    for (let k = a; k <= b; k++) if (tokens[k]?.kind === "word") n++;
    return n;
  };
  // "a new registration centre at the gate, which Damascus inaugurated on Sunday": a relative
  // clause is cited with the phrase it tells of, not with the main clause around it.
  if (RELATIVES.has(tokens[f.first - 1]?.norm ?? "") && !complementThat(tokens, f.first - 1))
    return [antecedentStart(tokens, f.first - 1) ?? f.first, f.last];
  const firstToken = tokens[f.first];
  const lastToken = tokens[f.last];
  const short = words(f.first, f.last) <= SHORT_LABEL;
  const cutEnd = lastToken?.kind === "word" && DANGLING_END.has(lastToken.norm);
  const before = tokens[f.first - 1];
  const cutStart =
    firstToken?.kind === "word" &&
    !firstToken.cap &&
    before?.kind === "word" &&
    (DANGLING_START.has(firstToken.norm) || isVerbForm(firstToken.norm));
  // "… and handed the base to Iraqi forces in January 2026": a predicate whose subject is the
  // conjunct before it stands as a phrase of its own.
  if (f.conjunct && !short) return [f.first, f.last];
  if (!short && !cutEnd && !cutStart) return [f.first, f.last];
  const clause = clauseAt(clausesOf(doc, f.sentence), f.trigger);
  if (!clause) return [f.first, f.last];
  const trimmed = trimClause(tokens, clause);
  let first = Math.min(f.first, trimmed.first);
  let last = Math.max(f.last, trimmed.last);
  while (last > first && TRAILING_PUNCT.has(tokens[last]?.text ?? "")) last--;
  // A clause that is itself a fragment ("as agreed with Baghdad in 2024", "the arrests"): the
  // sentence it is part of.
  const s = doc.sentences[f.sentence];
  const stillCut = cutStart && first === f.first;
  if (s && (stillCut || words(first, last) <= SHORT_LABEL || DANGLING_END.has(tokens[last]?.norm ?? ""))) {
    first = s.tokenStart;
    last = s.tokenEnd - 1;
    while (last > first && TRAILING_PUNCT.has(tokens[last]?.text ?? "")) last--;
  }
  return [first, last];
}

const RELATIVES = new Set(["which", "who", "whom", "that"]);
const NP_DETERMINERS = new Set(["a", "an", "the", "its", "their", "his", "her", "this", "these", "those"]);
const NP_WINDOW = 8;
const NP_BREAKS = new Set(["that", "and", "or", "said", "says", "told", "when", "while"]);

/**
 * Where the phrase a relative word at `rel` hangs on starts: "a new registration centre at the
 * gate, which": back over one comma and up to a few words, to the earliest determiner (or the
 * first word of a name) before anything that ends a phrase.
 */
function antecedentStart(tokens: readonly Token[], rel: number): number | undefined {
  let k = rel - 1;
  if (tokens[k]?.text === ",") k--;
  let start: number | undefined;
  for (let n = 0; n < NP_WINDOW && k >= 0; n++, k--) {
    const t = tokens[k] as Token;
    if (t.kind !== "word" && !["'", "’", "-"].includes(t.text)) break;
    if (t.kind === "word" && (NP_BREAKS.has(t.norm) || isVerbForm(t.norm))) break;
    if (NP_DETERMINERS.has(t.norm) || (t.cap && !tokens[k - 1]?.cap)) start = k;
  }
  return start;
}

const SPEECH_WINDOW = 12;

/**
 * "told AFP that at least 18 detainees escaped", "said on Friday that an attack ...": a "that"
 * after a verb of speech, with a subject of its own after it, opens the reported clause; it is
 * no relative word, and the label starts at that clause's subject, not at the listener or the
 * day between ("AFP that ...", "Friday that ..."). A relative "that" has its subject missing
 * ("the convoy that was hit"), so a verb follows it at once.
 */
function complementThat(tokens: readonly Token[], that: number): boolean {
  if (tokens[that]?.norm !== "that") return false;
  const next = tokens[that + 1];
  if (!next || (next.kind === "word" && (AUXILIARIES.has(next.norm) || isVerbForm(next.norm)))) return false;
  for (let k = that - 1, n = 0; k >= 0 && n < SPEECH_WINDOW; k--, n++) {
    const t = tokens[k] as Token;
    if (t.kind !== "word" && t.text !== "," && t.text !== "'" && t.text !== "’") return false;
    if (t.kind === "word" && !t.cap && (SPEECH_VERBS.has(t.norm) || REPORT_VERBS.has(t.norm))) return true;
  }
  return false;
}

/** "landed", "struck", "shot": a past form opening a label the subject of which is left out. */
const isVerbForm = (w: string) => /^[a-z]{3,}ed$/.test(w) || IRREGULAR_OPENERS.has(w);
const IRREGULAR_OPENERS = new Set(
  "struck hit shot fell fled took began blew broke came drove fought left led ran rose sank sent stole threw".split(
    " ",
  ),
);

function eventFact(
  doc: Doc,
  f: FactDraft,
  ids: Map<EntityDraft, string>,
  all: readonly FactDraft[],
): Omit<Fact, "id"> {
  const codes: NonNullable<Fact["codes"]> = {};
  if (f.rule.acled) codes.acled = f.rule.acled;
  if (f.rule.cameo) codes.cameo = f.rule.cameo;
  // An item of a list of measures ("concrete wall", "watchtowers") is cited on its own; a dated
  // item alone on its sentence's timeline ("the fence ... finished in March") is a row, and
  // prints its clause.
  // Only events print a widened phrase: a measure's words are what the analysis files its
  // sentence by ("despite the concrete wall" is no measure taken), and an item of a list of
  // measures ("concrete wall", "watchtowers") is cited on its own.
  const listed = f.kind !== "event" || f.rule.itemized;
  let [first, last] = listed ? [f.first, f.last] : wholePhrase(doc, f);
  // A widened phrase never leaves its sentence (text with its full stops lost runs one
  // sentence into the next, and a phrase's antecedent could be looked for across the break).
  const own = doc.sentences[f.sentence];
  if (own) {
    first = Math.min(Math.max(first, own.tokenStart), f.first);
    last = Math.max(Math.min(last, own.tokenEnd - 1), f.last);
  }
  // A phrase widened over another entry of its sentence and day would print that entry twice.
  const swallows = all.some(
    (o) =>
      o !== f &&
      o.sentence === f.sentence &&
      o.date &&
      o.date.value === f.date?.value &&
      o.first <= last &&
      o.last >= first &&
      !(o.first <= f.first && o.last >= f.last) &&
      !(o.first >= f.first && o.last <= f.last),
  );
  if (swallows) [first, last] = [f.first, f.last];
  return {
    kind: f.kind,
    text: spanText(doc, first, last),
    sentence: f.sentence,
    start: doc.tokens[first]?.start ?? 0,
    end: doc.tokens[last]?.end ?? 0,
    entities: idsOf(f.entities, ids),
    modality: f.modality,
    ...(f.date ? { date: f.date } : {}),
    ...outcomeOf(doc, f),
    ...(codes.acled || codes.cameo ? { codes } : {}),
    tags: [...f.tags].sort(),
  };
}

/** "... was attacked by Islamic State fighters. Two Peshmerga were killed ...": its toll, told next. */
function outcomeOf(doc: Doc, f: FactDraft): { outcome?: Fact["outcome"] } {
  const last = f.outcomeLast;
  // Most facts carry no toll: no search of the sentences for them.
  if (last === undefined) return {};
  // A toll of two sentences (see joinOutcomes) is told from its first.
  const from = f.outcomeFirst ?? last;
  const sentence = doc.sentences.findIndex((s) => s.tokenStart <= from && from < s.tokenEnd);
  const s = doc.sentences[sentence];
  if (!s || sentence <= f.sentence) return {};
  const start = doc.tokens[s.tokenStart]?.start ?? 0;
  const end = doc.tokens[last]?.end ?? 0;
  return { outcome: { sentence, start, end, text: spanText(doc, s.tokenStart, last) } };
}

export function factOutput(
  doc: Doc,
  events: readonly FactDraft[],
  quantities: readonly QuantityDraft[],
  owners: Map<number, EntityDraft>,
  ids: Map<EntityDraft, string>,
): Fact[] {
  const all = [
    ...events.map((f) => eventFact(doc, f, ids, events)),
    ...quantities.filter((q) => !insideDate(doc, q)).map((q) => quantityFact(doc, q, owners, ids)),
  ];
  all.sort((a, b) => a.start - b.start || a.end - b.end);
  return all.map((f, i) => ({ id: `f${i + 1}`, ...f }));
}
