import type { Doc } from "./doc.js";
import type { Token } from "./tokenize.js";
import { isVerbWord } from "./word-classes.js";

/**
 * Clauses of a sentence, so a fact cites the part of a long sentence it came from rather than
 * all of it. A comma alone does not end a clause (appositions and lists keep theirs); a comma
 * followed by a conjunction or relative word, a semicolon or a dash does.
 */

export interface Clause {
  sentence: number;
  /** Token range [first, last]. */
  first: number;
  last: number;
}

const AFTER_COMMA = new Set([
  "and",
  "but",
  "while",
  "which",
  "where",
  "whereas",
  "although",
  "though",
  "despite",
  "because",
  "so",
  "especially",
  "adding",
  "saying",
  "according",
  "as",
  // ", following an attack on a prison": what led to it is told in a clause of its own.
  "following",
  "amid",
]);
const RELATIVE = new Set(["which", "who"]);
const SUBORDINATE_OPENERS = new Set([
  "though",
  "although",
  "whereas",
  "because",
  "saying",
  "adding",
  "claiming",
  "insisting",
]);
const DETERMINERS = new Set(["the", "a", "an", "this", "that", ","]);
/** Auxiliaries that carry a clause's verb: "were closed", "has fallen", "will stay". */
export const AUXILIARIES: ReadonlySet<string> = new Set([
  "was",
  "were",
  "is",
  "are",
  "has",
  "have",
  "had",
  "will",
  "would",
  "could",
  "can",
]);
const MAIN_VERBS = new Set([...AUXILIARIES, "remains", "remained"]);
const WEEKDAYS = new Set(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]);
const MONTH_WORD = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*$/;

/** "Tuesday, 4 November", "Monday, March 2": the comma between a weekday and its date parts no clause. */
function weekdayComma(tokens: readonly Token[], k: number): boolean {
  if (!WEEKDAYS.has(tokens[k - 1]?.norm ?? "")) return false;
  const a = tokens[k + 1];
  const b = tokens[k + 2];
  if (!a || !b) return false;
  if (a.kind === "num")
    return MONTH_WORD.test(b.norm) || (b.norm === "of" && MONTH_WORD.test(tokens[k + 3]?.norm ?? ""));
  return MONTH_WORD.test(a.norm) && b.kind === "num";
}
const HARD = new Set([";", ":", "—", "–", "”"]);
const SPEECH = /^(said|says|told|added|announced|stated|reported|confirmed|noted|warned)$/;

const cache = new WeakMap<Doc, Map<number, Clause[]>>();

/** Clauses of sentence `sentence`, computed once per document. */
export function clausesOf(doc: Doc, sentence: number): Clause[] {
  let byDoc = cache.get(doc);
  if (!byDoc) {
    byDoc = new Map();
    cache.set(doc, byDoc);
  }
  let clauses = byDoc.get(sentence);
  if (!clauses) {
    clauses = computeClauses(doc, sentence);
    byDoc.set(sentence, clauses);
  }
  return clauses;
}

function computeClauses(doc: Doc, sentence: number): Clause[] {
  const s = doc.sentences[sentence];
  if (!s) return [];
  const { tokens } = doc;
  const clauses: Clause[] = [];
  let first = s.tokenStart;
  // ", which overran swathes of Iraq in 2014, was declared defeated": the relative clause ends
  // at the comma its main clause's verb follows.
  let relative = false;
  // "Though its Amaq agency published a claim, the group ...", "Saying fighters stayed in the
  // town, the army shelled it": a sentence opened by a subordinator or a speech participle
  // holds a clause of its own up to its first comma, and the main clause starts after it.
  let opened = SUBORDINATE_OPENERS.has(tokens[s.tokenStart]?.norm ?? "");
  const close = (last: number) => {
    if (last >= first) clauses.push({ sentence, first, last });
  };
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    const t = tokens[k] as Token;
    const next = tokens[k + 1];
    // "at about 5:30 this morning": a clock's colon parts no clause.
    const clock =
      t.text === ":" && !t.space && next?.kind === "num" && !next.space && tokens[k - 1]?.kind === "num";
    const hard = HARD.has(t.text) && (t.space || t.text !== "–") && !clock;
    // Closing quotes may sit between the comma and the next word: 'Iraq,” especially since'.
    let n = k + 1;
    while (tokens[n] && /^[”"’]$/.test(tokens[n]?.text ?? "")) n++;
    // "arrested two men who, according to the police, had been selling …": a comma right after a
    // relative word opens an aside inside the relative clause, which the clause runs on through.
    const soft =
      t.text === "," &&
      next !== undefined &&
      !weekdayComma(tokens, k) &&
      !RELATIVE.has(tokens[k - 1]?.norm ?? "") &&
      (AFTER_COMMA.has(tokens[n]?.norm ?? "") || attributionFollows(tokens, n, s.tokenEnd)) &&
      !sharedSubjectPast(tokens, n, first, k);
    const resumes = relative && t.text === "," && MAIN_VERBS.has(next?.norm ?? "");
    // "overran three villages in 2016 and was declared defeated in 2018": a second verb phrase.
    if (t.norm === "and" && k > first && MAIN_VERBS.has(next?.norm ?? "")) {
      close(k - 1);
      first = k;
      continue;
    }
    // "raised its state of alert on Sunday following reports of an escape": what led to it is a
    // clause of its own, with or without a comma ("the following day" is not).
    if (
      t.norm === "following" &&
      k > first &&
      !DETERMINERS.has(tokens[k - 1]?.norm ?? "") &&
      next?.kind === "word"
    ) {
      close(k - 1);
      first = k;
      continue;
    }
    const openerEnds = opened && t.text === "," && k > first + 1;
    if (openerEnds) opened = false;
    if (hard || soft || resumes || openerEnds) {
      close(k - 1);
      first = k + 1;
      relative = soft && RELATIVE.has(tokens[n]?.norm ?? "");
    }
  }
  close(s.tokenEnd - 1);
  return clauses;
}

/**
 * "a group of at least five men entered the site of Tell Halaf, on the western edge of the town,
 * and dug eleven pits": ", and" before a past tense with no subject of its own goes on the
 * subject's act — a second verb phrase of one clause that opened with a time (a night, a day)
 * set off by its comma, so the act is told whole under that time.
 */
function sharedSubjectPast(tokens: readonly Token[], n: number, first: number, k: number): boolean {
  const and = tokens[n];
  const verb = tokens[n + 1];
  if (and?.norm !== "and" || !verb || verb.kind !== "word" || verb.cap) return false;
  if (!/[^e]ed$/.test(verb.norm) && !(isVerbWord(verb.norm) && !/s$/.test(verb.norm))) return false;
  if (AUXILIARIES.has(verb.norm)) return false;
  // The clause opens with a time set off by a comma ("In the night from ... (9/10 December), ").
  if (!["in", "on", "at", "late", "early", "overnight", "during"].includes(tokens[first]?.norm ?? ""))
    return false;
  for (let j = first; j < k; j++) if (tokens[j]?.text === ",") return j > first + 2;
  return false;
}

/** Words that open a time adverbial: "on Thursday evening", "late on Friday", "overnight". */
const TIME_OPENERS = new Set(["on", "at", "late", "early", "overnight", "shortly", "last", "this"]);
const TIME_WORDS = new Set([
  ...WEEKDAYS,
  "morning",
  "afternoon",
  "evening",
  "night",
  "dawn",
  "dusk",
  "midnight",
  "noon",
  "overnight",
  "yesterday",
  "today",
]);

/**
 * "in the town of al-Karamah, east of Raqqa, on Thursday evening, relatives told the site": a time
 * adverbial set off by commas between what happened and who told it is the happening's, so the
 * attribution starts after it, not before.
 */
function timeAdverbial(tokens: readonly Token[], from: number, end: number): boolean {
  if (!TIME_OPENERS.has(tokens[from]?.norm ?? "")) return false;
  let time = false;
  for (let k = from; k < end && k < from + 6; k++) {
    const t = tokens[k];
    if (!t) return false;
    if (t.text === ",") return time;
    if (TIME_WORDS.has(t.norm) || MONTH_WORD.test(t.norm) || t.kind === "num") time = true;
  }
  return false;
}

/** ", the Syrian Democratic Forces (SDF) said on Friday.": an attribution, not part of the fact. */
function attributionFollows(tokens: readonly Token[], from: number, end: number): boolean {
  if (end - from > 14) return false;
  if (timeAdverbial(tokens, from, end)) return false;
  let verb = false;
  for (let k = from; k < end; k++) {
    const norm = tokens[k]?.norm ?? "";
    if (norm === "that") return false;
    if (SPEECH.test(norm)) verb = true;
  }
  return verb;
}

/** The clause holding token k. */
export function clauseAt(clauses: readonly Clause[], k: number): Clause | undefined {
  let lo = 0;
  let hi = clauses.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = clauses[mid] as Clause;
    if (k < c.first) hi = mid - 1;
    else if (k > c.last) lo = mid + 1;
    else return c;
  }
  return undefined;
}
