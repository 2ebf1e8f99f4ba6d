import type { Clause } from "../text/clauses.js";
import type { Token } from "../text/tokenize.js";
import { isVerbWord } from "../text/word-classes.js";
import { SPEECH_VERBS } from "../text/word-lists.js";

/**
 * What words a fact cites: the noun phrase a trigger heads ("his flight to Moscow"), or its
 * clause without the reporting frame ("Haskan said ...") and leading conjunctions.
 */

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
/** Prepositions of place after which a second place may be joined by "and". */
const PLACE_PREPOSITIONS = new Set(["around", "near", "in", "of", "outside", "along", "between", "at"]);

/**
 * "a sweep of the area around the station and the nearby Arak gas field": after a place named
 * by a preposition, "and the (nearby) Arak ..." joins a second named place to the phrase.
 */
function namedPlace(tokens: readonly Token[], and: number, last: number): boolean {
  if (!["the", "a"].includes(tokens[and + 1]?.norm ?? "")) return false;
  let preposition = false;
  for (let k = last + 1; k < and; k++) preposition ||= PLACE_PREPOSITIONS.has(tokens[k]?.norm ?? "");
  if (!preposition) return false;
  for (let k = and + 2; k <= and + 3; k++) {
    const t = tokens[k];
    if (t?.kind !== "word") return false;
    if (t.cap) return true;
    if (isVerbWord(t.norm)) return false;
  }
  return false;
}

export function nominalSpan(
  tokens: readonly Token[],
  clause: Clause,
  first: number,
  last: number,
  /** Violence whose instrument can act ("a roadside bomb struck"), so a verb after it is the fact's. */
  acts = false,
): [number, number] | null {
  const trigger = tokens[first]?.norm ?? "";
  if (/ed$/.test(trigger) || IRREGULAR_PAST.has(trigger)) return null;
  if (PARTICIPLES.has(trigger) && PERFECT.has(tokens[first - 1]?.norm ?? "")) return null;
  // "schools south of the town were closed": a trigger opened by an auxiliary is a verb phrase,
  // told by its clause; read as a noun phrase it started at "the town", the subject's last noun.
  if (AUXILIARIES.has(trigger)) return null;
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
  // "attributed the attack to a smuggling gang": the phrase is the object of a verb that ties it
  // to someone; cut at "to" it reads "the attack to a smuggling gang". The clause tells it whole.
  if (ATTRIBUTING.has(tokens[start - 1]?.norm ?? "")) return null;
  // "an army unit found and defused a roadside bomb on the same road": the phrase is the object
  // of what someone did to it; alone it reads as the bomb's attack. The clause tells who did what.
  if (start > clause.first && HANDLED.has(tokens[start - 1]?.norm ?? "")) return null;
  // "The same prison saw a riot in March 2025": a place that saw (or suffered) the happening is
  // where it happened; the clause, with its subject, tells the happening and its place.
  if (start > clause.first && HOSTED.has(tokens[start - 1]?.norm ?? "")) return null;
  // "a truck carrying food parcels struck an explosive device", "a WFP truck was damaged by an
  // explosive device": the device a vehicle or a patrol hit, or that damaged it, is told with
  // what it hit; the clause, with its subject, is the happening and its victim.
  if (acts && start > clause.first && struckBy(tokens, start)) return null;
  // "a roadside bomb struck a patrol": the noun is the subject of its clause, which is the fact.
  const after = tokens[last + 1];
  if (
    acts &&
    after &&
    last + 1 <= clause.last &&
    after.kind === "word" &&
    !after.cap &&
    PAST.test(after.norm)
  )
    return null;
  let end = last;
  let listComma = -1;
  // "between 1 and 20 November", "between Palmyra and Al-Sukhnah": "between" takes two members.
  let between = false;
  for (let k = last + 1; k <= clause.last && k - start < NP_MAX; k++) {
    const t = tokens[k] as Token;
    const next = tokens[k + 1];
    if (t.norm === "between") between = true;
    if (t.norm === "and" && between && next?.kind !== "punct") {
      between = false;
      end = k;
      continue;
    }
    // "the withdrawal of Russian aircraft and of Iranian-backed militias".
    if (t.norm === "and" && next?.norm === "of") continue;
    // "the destruction of 22 hideouts and tunnels and the seizure of 11 belts": a noun, or a
    // noun phrase of the same build, joined by "and" goes on with the phrase.
    const after2 = tokens[k + 2];
    const bareNoun =
      next?.kind === "word" &&
      !next.cap &&
      !isVerbWord(next.norm) &&
      !NP_ENDERS.has(next.norm) &&
      !NP_OPENERS.has(next.norm) &&
      !CLAUSE_WORDS.has(next.norm);
    const nominalization =
      NP_OPENERS.has(next?.norm ?? "") &&
      after2?.kind === "word" &&
      !after2.cap &&
      tokens[k + 3]?.norm === "of";
    if (t.norm === "and" && k > last && (bareNoun || nominalization || namedPlace(tokens, k, last))) {
      end = k;
      continue;
    }
    // "The fall of Assad worried Baghdad": the phrase ends where its verb starts.
    // "an agreement reached with Baghdad ... to end the mission": what an accord does is its content.
    if (k === last + 1 && ACCORDS.has(trigger) && CONCLUDED.has(t.norm)) {
      end = k;
      continue;
    }
    if (k === last + 1 && t.kind === "word" && !t.cap && PAST.test(t.norm) && isVerbWord(t.norm)) break;
    // Names are not verbs: "An assault by Islamic State fighters".
    // "... in December removed the only forces": a past verb not after an article ends the phrase.
    // "from the base": a word after an article is a noun, whatever else it can be.
    const prev = tokens[k - 1]?.norm ?? "";
    // "the agreement on integrating the SDF": a gerund after a preposition is its object.
    const gerundObject = /ing$/.test(t.norm) && GERUND_PREPOSITIONS.has(prev);
    // "the vegetable market", "a police patrol": after an article and a singular noun, a bare
    // form that could be a verb is the compound's head; a present verb would agree ("markets").
    const before = tokens[k - 1];
    const compoundHead =
      NP_OPENERS.has(tokens[k - 2]?.norm ?? "") &&
      before?.kind === "word" &&
      !/s$/.test(before.norm) &&
      !isVerbWord(before.norm) &&
      !/(?:s|ing)$/.test(t.norm) &&
      !PAST.test(t.norm) &&
      !IRREGULAR_PAST.has(t.norm);
    const verb =
      !NP_OPENERS.has(prev) &&
      !gerundObject &&
      !compoundHead &&
      !(prev === "to" && ACCORDS.has(trigger)) &&
      (isVerbWord(t.norm) || (PAST.test(t.norm) && !DANGLING.has(prev)));
    if (k > last + 1 && t.kind === "word" && !t.cap && tokens[k - 1]?.text !== "-" && verb) {
      // "a bomb hidden under a lorry exploded beside the depot": the explosive is the subject of
      // the clause that says it went off, which is the fact, as "a roadside bomb struck" is.
      if (acts && (t.norm === "exploded" || (t.norm === "went" && tokens[k + 1]?.norm === "off")))
        return null;
      // "a helicopter raid near al-Kasra, capturing a cell leader": the outcome belongs to the phrase.
      if (RESULTS.has(t.norm) && tokens[k - 1]?.text === ",") {
        end = k;
        for (let j = k + 1; j <= clause.last && j - start < NP_MAX + 12; j++) {
          const u = tokens[j] as Token;
          if (u.kind === "punct" && u.text !== "-" && u.text !== "(" && u.text !== ")") break;
          end = j;
        }
        break;
      }
      // "the collapse of the government, border guards intercepted": the comma ended the phrase.
      if (listComma > last) end = listComma - 1;
      break;
    }
    // A list goes on after a comma: "the smuggling of drugs, weapons, human organs".
    const isListComma =
      t.text === "," &&
      next?.kind === "word" &&
      !next.cap &&
      !NP_ENDERS.has(next.norm) &&
      !NP_OPENERS.has(next.norm) &&
      !CLAUSE_WORDS.has(next.norm);
    // "at about 22:00": a clock's colon is no stop inside the time; the phrase ends after the
    // time's minutes, not at its hour (the label was cut to "at about 22").
    if (t.text === ":" && !t.space && next?.kind === "num" && !next.space && tokens[k - 1]?.kind === "num") {
      end = k + 1;
      break;
    }
    // "a mortar attack in March that caused no casualties": a relative clause telling what the
    // happening did is its outcome, and belongs to the phrase.
    // "the first strike that caused damage" picks one out of many; it tells no outcome of its own.
    if (
      (t.norm === "that" || t.norm === "which") &&
      RELATIVE_OUTCOMES.has(next?.norm ?? "") &&
      tokens[k - 1]?.text !== "," &&
      !tokens.slice(start, last).some((u) => SINGLING_OUT.test(u.norm))
    ) {
      for (let j = k + 1; j <= clause.last && j - start < NP_MAX + 12; j++) {
        const u = tokens[j] as Token;
        if (u.kind === "punct" && u.text !== "-") break;
        end = j;
      }
      break;
    }
    if (
      (t.kind === "punct" && !["-", "(", ")", "'", "’"].includes(t.text) && !isListComma) ||
      (NP_ENDERS.has(t.norm) && !t.cap)
    )
      break;
    // "his flight to Moscow" continues; "the vacuum ... to carry out" does not.
    if (t.norm === "to" && !(next?.cap || NP_OPENERS.has(next?.norm ?? "")) && !ACCORDS.has(trigger)) break;
    if (isListComma) listComma = k;
    end = k;
  }
  // A label never ends on a word that needs one after it ("An assault by").
  while (end > last && DANGLING.has(tokens[end]?.norm ?? "")) end--;
  return [start, end];
}

/** Verbs telling that a vehicle or a patrol met a device: "struck a mine", "ran over an IED". */
const MET = new Set(["struck", "hit", "triggered", "detonated", "over"]);
/** Past participles whose agent, after "by", is what did the harm: "damaged by a roadside bomb". */
const HARMED = new Set(["damaged", "destroyed", "hit", "struck", "wounded", "injured", "killed", "disabled"]);

/** Whether the phrase starting at `start` is the device something met or was harmed by. */
function struckBy(tokens: readonly Token[], start: number): boolean {
  const prev = tokens[start - 1]?.norm ?? "";
  if (prev === "over") return ["ran", "drove", "run", "driven"].includes(tokens[start - 2]?.norm ?? "");
  if (MET.has(prev)) return true;
  return prev === "by" && HARMED.has(tokens[start - 2]?.norm ?? "");
}

/** Verbs that tie a happening to a cause or an author: "attributed the attack to a gang". */
const ATTRIBUTING = new Set(["attributed", "blamed", "ascribed", "credited", "traced", "pinned"]);

/** Verbs whose subject is where a happening took place: "the town saw a riot". */
const HOSTED = new Set(["saw", "seen", "witnessed", "experienced", "suffered"]);
/** Verbs of finding or making safe a device or plot: what is done to it, not what it did. */
const HANDLED = new Set([
  "defused",
  "dismantled",
  "found",
  "discovered",
  "uncovered",
  "foiled",
  "thwarted",
  "neutralised",
  "neutralized",
  "detonated",
  "cleared",
]);

const GERUND_PREPOSITIONS = new Set(["on", "of", "for", "about", "over", "by", "from", "against"]);

/** Accords whose purpose ("to end the mission") and making ("reached with") are told with them. */
const ACCORDS = new Set(["agreement", "accord", "deal", "truce", "ceasefire"]);
const CONCLUDED = new Set(["reached", "signed", "struck", "concluded"]);

/** "the roads to the east withdrew": a past verb, never the head of a noun phrase. */
const IRREGULAR_PAST = new Set([
  "withdrew",
  "overran",
  "fought",
  "struck",
  "fled",
  "took",
  "blew",
  "broke",
  "shot",
  "stole",
]);

/**
 * "the army had withdrawn its night patrols": a participle after "had" is the verb of a perfect,
 * never the head of a noun phrase; read as one, its object's "patrols" looked like a verb and cut
 * the fact at "its night". ("the lot was withdrawn", a passive, still reads as its subject's phrase.)
 */
const PARTICIPLES = new Set([
  "withdrawn",
  "overrun",
  "taken",
  "blown",
  "broken",
  "stolen",
  "driven",
  "thrown",
]);
const PERFECT = new Set(["has", "have", "had", "having"]);

/** What an operation led to, told after a comma: "..., capturing a cell leader and two associates". */
const RESULTS = new Set([
  "killing",
  "capturing",
  "wounding",
  "injuring",
  "arresting",
  "detaining",
  "seizing",
  "destroying",
  "freeing",
]);

/** Words that single one happening out of several: "the first", "the only", "the deadliest". */
const SINGLING_OUT = /^(?:first|second|third|last|latest|only|next|worst|most|biggest|largest|[a-z]+iest)$/;

/** What a happening did, told in a relative clause after it: "an attack that caused no damage". */
const RELATIVE_OUTCOMES = new Set([
  "caused",
  "killed",
  "wounded",
  "injured",
  "damaged",
  "destroyed",
  "left",
  "claimed",
  "cut",
  "disrupted",
]);

const AUXILIARIES = new Set([
  "was",
  "were",
  "is",
  "are",
  "been",
  "being",
  "be",
  "remain",
  "remains",
  "remained",
]);
const PAST = /(?:ed|struck|hit|blew|took|fell|left|shot|went|tore|killed)$/;
const DANGLING = new Set([
  ",",
  ";",
  "a",
  "an",
  "the",
  "of",
  "by",
  "in",
  "on",
  "at",
  "to",
  "from",
  "with",
  "for",
  "and",
  "or",
  "his",
  "her",
  "its",
  "their",
  "this",
  "these",
  "near",
  "into",
  "against",
  "-",
  "(",
  "since",
  "after",
  "before",
  "during",
  "over",
  "under",
  "between",
  "within",
  "about",
  "than",
  "via",
]);

export const TRAILING_PUNCT = new Set([".", ",", ";", ":", "!", "?"]);
// "Though its agency published a claim": the clause a subordinator opens starts, as a label, at
// its subject.
const LEADING = new Set([
  "and",
  "but",
  "while",
  "so",
  "as",
  "also",
  "then",
  "yet",
  "where",
  "which",
  "though",
  "although",
]);

/** Verbs by which a group claims a deed as its own ("the group claimed the bombing"). */
const CLAIM_VERBS = new Set(["claimed", "claims", "claim", "claiming"]);
/** Words that may stand between "claimed" and the deed it names as its object. */
const CLAIMED_OBJECT = new Set(
  `responsibility credit for the a an its their his her this that these those some several dozens of at least
  more than nearly almost only just another further new two three four five six seven eight nine ten eleven twelve
  twenty thirty forty fifty dozen`.split(/\s+/),
);
/** Before "claims", a word that makes it a noun ("eight claims", "the claims"); before "claimed", a negation. */
const NOT_A_CLAIMANT = new Set(
  `the a an its their these those this that some several many two three four five six seven eight nine ten no not
  nobody never yet none`.split(/\s+/),
);

/**
 * "The group claimed 17 attacks in the province", "the cell claimed responsibility for the
 * ambush": a claim whose object is the deed itself, with no clause of its own, is the claimant's
 * authorship of it, not a report of someone else's; the claimant stays a word of the fact. Not
 * "eight claims about attacks" (a noun), nor "no group has claimed the attack" (no claim).
 */
function claimsDeed(tokens: readonly Token[], verb: number, trigger: number): boolean {
  if (!CLAIM_VERBS.has(tokens[verb]?.norm ?? "") || trigger - verb > 8) return false;
  // "Eight claims about attacks", "no group had claimed the attack": a noun, or no claim made.
  for (let j = Math.max(0, verb - 3); j < verb; j++) {
    const t = tokens[j];
    if (t && (NOT_A_CLAIMANT.has(t.norm) || (j === verb - 1 && t.kind === "num"))) return false;
  }
  for (let j = verb + 1; j < trigger; j++) {
    const t = tokens[j];
    if (!t || (t.kind !== "num" && !CLAIMED_OBJECT.has(t.norm))) return false;
  }
  return true;
}

/** "Haskan said at least 28 members ... had been killed": the fact starts after "said". */
export function reportedStart(tokens: readonly Token[], clause: Clause, trigger: number): number {
  let start = clause.first;
  for (let v = clause.first; v < trigger; v++) {
    // "the United States" is a name, not a speech verb.
    if (!SPEECH_VERBS.has(tokens[v]?.norm ?? "") || tokens[v]?.cap) continue;
    if (claimsDeed(tokens, v, trigger)) continue;
    // "a container declared as frozen vegetables": a verb of saying before "as" labels a thing.
    if (tokens[v + 1]?.norm === "as") continue;
    let that = -1;
    for (let j = v + 1; j < trigger && j - v <= 12; j++) {
      if (tokens[j]?.norm === "that") {
        that = j;
        break;
      }
    }
    start = that >= 0 ? that + 1 : v + 1;
    // "Last Friday, she says, the Asayish foiled ...": the comma closing the aside is no word of the fact.
    while (start < trigger && tokens[start]?.text === ",") start++;
    // "Police said they had arrested one man": a reported clause whose subject is a pronoun for
    // the speaker named just before the verb says who acted only with the speaker, so the fact
    // keeps that short subject ("Police said they …"), not "they had arrested one man".
    if (PRONOUN_SUBJECT.has(tokens[start]?.norm ?? "") && shortSubject(tokens, clause.first, v))
      start = clause.first;
  }
  return start;
}

/**
 * "they" and "it" after a body's verb of saying are that body ("The ministry said it had …"); "he"
 * and "she" are as often someone else ("A relative said he had been reassigned").
 */
const PRONOUN_SUBJECT = new Set(["they", "it"]);

/** One to three words before the verb, with no comma or quotation mark: a bare subject ("Police", "The army"). */
function shortSubject(tokens: readonly Token[], from: number, verb: number): boolean {
  if (verb - from < 1 || verb - from > 3) return false;
  for (let k = from; k < verb; k++) if (tokens[k]?.kind !== "word") return false;
  return true;
}

/** A clause without the conjunction or discourse marker it starts with ("and in addition, ..."). */
export function trimClause(tokens: readonly Token[], clause: Clause): Clause {
  let first = clause.first;
  for (let guard = 0; guard < 4 && first < clause.last; guard++) {
    const t = tokens[first] as Token;
    if (LEADING.has(t.norm) || [",", "”", '"', "’"].includes(t.text)) first++;
    else if (t.norm === "in" && tokens[first + 1]?.norm === "addition") first += 2;
    else break;
  }
  return { ...clause, first };
}
