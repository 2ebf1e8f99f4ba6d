import { type Clause, clauseAt, clausesOf } from "./clauses.js";
import { type Doc, spanText } from "./doc.js";
import type { EntityDraft } from "./entity-draft.js";
import { EVENT_RULES, type EventRule } from "./event-rules.js";
import { factDate, type SentenceDates, sentenceDates } from "./fact-dates.js";
import { isStandingActivity, type Modality, modalityOf } from "./modality.js";
import { foldSameLength } from "./normalize.js";
import type { FactDate } from "./schema.js";
import { keywordTags, type Tag } from "./tags.js";
import type { Token } from "./tokenize.js";
import { isVerbWord } from "./word-classes.js";
import { SPEECH_VERBS } from "./word-lists.js";

/**
 * Events, threats and countermeasures: typed triggers (event-rules.ts) found in each
 * sentence, each cited by the clause or phrase it came from, with its entities, modality,
 * date and tags. Triggers citing the same words with the same kind make one fact.
 */

export interface FactDraft {
  kind: "event" | "threat" | "countermeasure";
  sentence: number;
  first: number;
  last: number;
  rule: EventRule;
  modality: Modality;
  date?: FactDate;
  entities: Set<EntityDraft>;
  tags: Set<Tag>;
}

const NP_OPENERS = new Set([
  "the",
  "a",
  "an",
  "his",
  "her",
  "its",
  "their",
  "this",
  "these",
  "those",
  "continued",
  "any",
]);
const NP_ENDERS = new Set([
  "could",
  "would",
  "will",
  "may",
  "might",
  "has",
  "have",
  "had",
  "is",
  "are",
  "was",
  "were",
  "which",
  "that",
  "who",
  "and",
  "but",
  "as",
  "while",
  "can",
]);
const NP_MAX = 20;
const CLAUSE_WORDS = new Set([
  "such",
  "especially",
  "including",
  "where",
  "when",
  "although",
  "despite",
  "according",
  "adding",
  "saying",
]);

/** "the collapse of his regime", "his flight to Moscow": a trigger that heads a noun phrase. */
function nominalSpan(
  tokens: readonly Token[],
  clause: Clause,
  first: number,
  last: number,
): [number, number] | null {
  const trigger = tokens[first]?.norm ?? "";
  if (/ed$/.test(trigger)) return null;
  let start = -1;
  for (let k = first - 1; k >= clause.first && first - k <= 3; k--) {
    const t = tokens[k] as Token;
    if (NP_OPENERS.has(t.norm)) {
      start = k;
      break;
    }
    // Only adjectives and names stand between the article and the noun ("the continued Turkish attack").
    if ((t.kind === "punct" && t.text !== "-") || t.norm === "to" || /ing$/.test(trigger)) return null;
  }
  if (start < 0) return null;
  let end = last;
  for (let k = last + 1; k <= clause.last && k - start < NP_MAX; k++) {
    const t = tokens[k] as Token;
    const next = tokens[k + 1];
    // "the withdrawal of Russian aircraft and of Iranian-backed militias".
    if (t.norm === "and" && next?.norm === "of") continue;
    if (k > last + 1 && t.kind === "word" && tokens[k - 1]?.text !== "-" && isVerbWord(t.norm)) break;
    // A list goes on after a comma: "the smuggling of drugs, weapons, human organs".
    const listComma =
      t.text === "," &&
      next?.kind === "word" &&
      !next.cap &&
      !NP_ENDERS.has(next.norm) &&
      !NP_OPENERS.has(next.norm) &&
      !CLAUSE_WORDS.has(next.norm);
    if (
      (t.kind === "punct" && !["-", "(", ")", "'", "’"].includes(t.text) && !listComma) ||
      NP_ENDERS.has(t.norm)
    )
      break;
    // "his flight to Moscow" continues; "the vacuum ... to carry out" does not.
    if (t.norm === "to" && !(next?.cap || NP_OPENERS.has(next?.norm ?? ""))) break;
    end = k;
  }
  return [start, end];
}

const TRAILING_PUNCT = new Set([".", ",", ";", ":", "!", "?"]);
const LEADING = new Set(["and", "but", "while", "so", "as", "also", "then", "yet", "where", "which"]);

/** "Haskan said at least 28 members ... had been killed": the fact starts after "said". */
function reportedStart(tokens: readonly Token[], clause: Clause, trigger: number): number {
  let start = clause.first;
  for (let v = clause.first; v < trigger; v++) {
    if (!SPEECH_VERBS.has(tokens[v]?.norm ?? "")) continue;
    let that = -1;
    for (let j = v + 1; j < trigger && j - v <= 12; j++) {
      if (tokens[j]?.norm === "that") {
        that = j;
        break;
      }
    }
    start = that >= 0 ? that + 1 : v + 1;
  }
  return start;
}

/** A clause without the conjunction or discourse marker it starts with ("and in addition, ..."). */
function trimClause(tokens: readonly Token[], clause: Clause): Clause {
  let first = clause.first;
  for (let guard = 0; guard < 4 && first < clause.last; guard++) {
    const t = tokens[first] as Token;
    if (LEADING.has(t.norm) || [",", "”", '"', "’"].includes(t.text)) first++;
    else if (t.norm === "in" && tokens[first + 1]?.norm === "addition") first += 2;
    else break;
  }
  return { ...clause, first };
}

/** First token in [from, to) that ends after `offset` (binary search). */
function tokenAt(doc: Doc, offset: number, from: number, to: number): number {
  let lo = from;
  let hi = to - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((doc.tokens[mid] as Token).end > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function entityTags(fact: FactDraft, owners: Map<number, EntityDraft>, trigger: number): Tag[] {
  const tags: Tag[] = [];
  const kinds = new Set([...fact.entities].map((e) => e.lexicon?.kind));
  if (kinds.has("camp") || kinds.has("prison")) tags.push("detention-facility");
  if (kinds.has("crossing")) tags.push("border-crossing");
  if (fact.rule.id === "deployment" && kinds.has("militia")) tags.push("militia-deployment");
  if (fact.rule.attack) {
    if (kinds.has("jihadist")) tags.push("insurgent-attack");
    // "a Turkish drone struck", "Jordanian aircraft struck": a state's weapon across a border.
    for (let k = trigger - 1; k >= fact.first - 1 && trigger - k <= 3; k--) {
      const owner = owners.get(k);
      if (owner?.lexicon?.kind === "country" || owner?.lexicon?.kind === "foreign-military")
        tags.push("cross-border-attack");
    }
  }
  return tags;
}

export function findEvents(doc: Doc, owners: Map<number, EntityDraft>): FactDraft[] {
  const { tokens } = doc;
  const facts: FactDraft[] = [];
  let previousFolded = "";
  for (const s of doc.sentences) {
    const original = doc.text.slice(s.start, s.end);
    const folded = foldSameLength(original);
    const sd: SentenceDates = sentenceDates(folded, s.start, previousFolded, doc.publishedAt, original);
    previousFolded = folded;
    const clauses = clausesOf(doc, s.index);
    const inSentence: FactDraft[] = [];
    const byKey = new Map<string, FactDraft>();
    for (const rule of EVENT_RULES) {
      if ((rule.context && !rule.context.test(folded)) || rule.unless?.test(folded)) continue;
      rule.trigger.lastIndex = 0;
      for (const m of folded.matchAll(rule.trigger)) {
        const first = tokenAt(doc, s.start + m.index, s.tokenStart, s.tokenEnd);
        const last = tokenAt(doc, s.start + m.index + m[0].length - 1, first, s.tokenEnd);
        const found = clauseAt(clauses, first);
        if (!found) continue;
        const clause = trimClause(tokens, found);
        // Modal words of the reporting frame ("asked not to be named") do not count.
        const modality = modalityOf(tokens, reportedStart(tokens, clause, first), first);
        const standing =
          rule.hostile && (modality === "hypothetical" || isStandingActivity(tokens, clause.first, first));
        const kind = standing ? "threat" : rule.kind;
        // A threat is the whole proposition ("the families ... could bring the ideology back").
        const nominal = kind === "threat" ? null : nominalSpan(tokens, clause, first, last);
        let clauseEnd = clause.last;
        while (clauseEnd > first && TRAILING_PUNCT.has(tokens[clauseEnd]?.text ?? "")) clauseEnd--;
        const span = rule.itemized
          ? [first, last]
          : (nominal ?? [reportedStart(tokens, clause, first), clauseEnd]);
        const key = `${kind}:${span[0]}:${span[1]}`;
        const existing = byKey.get(key);
        const fact: FactDraft = existing ?? {
          kind,
          sentence: s.index,
          first: span[0] as number,
          last: span[1] as number,
          rule,
          modality,
          entities: new Set(),
          tags: new Set(),
        };
        for (const tag of rule.tags) fact.tags.add(tag);
        // Who did a measure is usually outside the noun naming it: take the clause's entities.
        const scope =
          rule.itemized || (nominal && kind === "countermeasure")
            ? clause
            : { first: fact.first, last: fact.last };
        for (let k = scope.first; k <= scope.last; k++) {
          const owner = owners.get(k);
          if (owner) fact.entities.add(owner);
        }
        for (const tag of entityTags(fact, owners, first)) fact.tags.add(tag);
        if (!existing) {
          const clauseRange = { start: tokens[clause.first]?.start ?? 0, end: tokens[clause.last]?.end ?? 0 };
          const date = factDate(sd, clauseRange, tokens[first]?.start ?? 0, doc.publishedAt, modality);
          if (date) fact.date = date;
          inSentence.push(fact);
          byKey.set(key, fact);
        }
      }
    }
    attachOrphanClauses(clauses, inSentence, owners, (c) => tokens[c.first]?.norm ?? "");
    dropBareReferences(inSentence);
    for (const fact of inSentence) {
      for (const tag of keywordTags(spanText(doc, fact.first, fact.last), fact.kind)) fact.tags.add(tag);
      if (fact.kind !== "event" && /\bborders?\b/.test(folded)) fact.tags.add("border-security");
    }
    dropCoveredItems(inSentence);
    facts.push(...inSentence);
  }
  return facts;
}

/** A clause with no trigger ("and the Popular Army Forces ...") lends its entities to the one before. */
function attachOrphanClauses(
  clauses: readonly Clause[],
  facts: FactDraft[],
  owners: Map<number, EntityDraft>,
  tokensOf: (c: Clause) => string,
): void {
  for (let i = 1; i < clauses.length; i++) {
    const c = clauses[i] as Clause;
    // Only coordination ("..., and the Popular Army Forces") continues the clause before.
    if (!["and", "as"].includes(tokensOf(c))) continue;
    if (facts.some((f) => f.first <= c.last && f.last >= c.first)) continue;
    const prev = clauses[i - 1] as Clause;
    const host = facts.filter((f) => f.last === prev.last && !f.rule.itemized);
    for (const f of host) {
      for (let k = c.first; k <= c.last; k++) {
        const owner = owners.get(k);
        if (owner) {
          f.entities.add(owner);
          if (f.rule.id === "deployment" && owner.lexicon?.kind === "militia")
            f.tags.add("militia-deployment");
        }
      }
    }
  }
}

/** "the attack", "the clashes": a reference back to an event told before, with nothing new. */
function dropBareReferences(facts: FactDraft[]): void {
  for (let i = facts.length - 1; i >= 0; i--) {
    const f = facts[i] as FactDraft;
    if (f.kind === "event" && !f.rule.itemized && f.last - f.first <= 2 && f.entities.size === 0)
      facts.splice(i, 1);
  }
}

/** "military forces" inside "many military forces ... have been deployed" says nothing more. */
function dropCoveredItems(facts: FactDraft[]): void {
  for (let i = facts.length - 1; i >= 0; i--) {
    const item = facts[i] as FactDraft;
    if (!item.rule.itemized) continue;
    const covered = facts.some(
      (f) =>
        !f.rule.itemized &&
        f.kind === item.kind &&
        f.first <= item.first &&
        f.last >= item.last &&
        item.rule.tags.some((t) => f.tags.has(t)),
    );
    if (covered) facts.splice(i, 1);
  }
}
