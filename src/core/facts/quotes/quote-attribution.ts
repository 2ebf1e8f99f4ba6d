import type { EntityDraft } from "../entities/entity-draft.js";
import { WORD_VALUES } from "../quantities/numbers.js";
import { type Doc, spanText } from "../text/doc.js";
import type { Token } from "../text/tokenize.js";
import { isVerbWord } from "../text/word-classes.js";
import { APPEAL_VERBS, BARE_CLAUSE_VERBS, REPORT_VERBS, SPEECH_VERBS, TITLES } from "../text/word-lists.js";
import { QUOTE_MARKS, type QuoteSpan } from "./quote-marks.js";
import { isDenialVerb } from "./quote-modality.js";
import {
  clauseStart,
  clauseSubject,
  isSourceNoun,
  KIN,
  phraseSpeaker,
  type Speaker,
  type SpeakerMemory,
  subjectOf,
  TOLD_DETERMINERS,
} from "./speakers.js";
import { timeAfter, timeBefore } from "./time-adjuncts.js";

/**
 * How a sentence attributes what it quotes: quotation marks, the clause a speech verb
 * introduces ("said that ...", "told reporters that ..."), a trailing ", he said", and who
 * speaks a direct quote (after it, before it, "according to", or the speaker before).
 */

/**
 * Marks that end a sentence's words, and the end-of-story marks ("tombstones") a magazine or a
 * wire sets after the last full stop ("..., aid groups say. ■").
 */
export const TRAILING = new Set([".", ",", ";", ":", "!", "?", "…", "■", "□", "▪", "◼"]);
const NO_BARE_CLAUSE = new Set([
  "to",
  "by",
  "in",
  "on",
  "with",
  "during",
  "for",
  "as",
  "of",
  "from",
  "after",
  "before",
  "told",
  "at",
]);
const AUXILIARIES = new Set(
  "is are was were be been has have had will would could can may might must should did does do".split(" "),
);
const SAYING_ADVERBS = new Set(
  "again then too quietly softly firmly simply finally flatly bluntly calmly angrily later".split(" "),
);
const TELL = new Set(["told", "tells", "tell", "assured", "reminded", "reminds", "telling", ...REPORT_VERBS]);
/**
 * Speech verbs beyond the shared list: participles that attach a statement to the clause's
 * subject ("X contradicted him, saying ..."), and posting ("wrote on X that", "tweeted").
 */
const PARTICIPLES = new Set([
  "saying",
  "adding",
  "noting",
  "warning",
  "stressing",
  "insisting",
  "arguing",
  "claiming",
  "explaining",
  "telling",
  "describing",
  "denying",
  "acknowledging",
  "confirming",
  "announcing",
  "stating",
  "affirming",
  "declaring",
  "asserting",
  "reiterating",
]);
const MORE_SPEECH_VERBS = new Set([
  ...PARTICIPLES,
  ...REPORT_VERBS,
  "tweeted",
  "posted",
  // "Abu Firas messaged me that evening: '...'": a message sent is said as a post is.
  "messaged",
  "texted",
  "emailed",
  "writing",
  "denied",
  "rejected",
  "assesses",
  "reckons",
  "reckoned",
  "replied",
  "replies",
  "answered",
  "responded",
  "responds",
  "assessed",
  "urged",
  "urges",
  // "We, the family of ..., declare before God and the tribe that ...": a notice's declaration.
  "declare",
  // "A surviving son testified that the defendant had ...": a witness's evidence in court.
  "testified",
  "testifies",
  "testifying",
]);
/** Participles after which the statement may follow without "that" ("saying there had been"). */
/**
 * "PMF Salahuddin Axis states the attackers used ...": "state", a declarative verb as "say" is,
 * drops its "that" too; the clause needs a verb of its own, and soon (see below).
 */
const BARE_STATES = new Set(["states", "stated"]);
/** Denials, which take a clause without "that" as "said" does. */
const DENIALS = new Set(["denied", "denies", "deny", "denying"]);
const BARE_PARTICIPLES = new Set([
  "saying",
  "adding",
  "warning",
  "noting",
  "insisting",
  "arguing",
  "claiming",
]);
/** "described the camp as a ticking bomb": what is described, and as what. */
const DESCRIBE = new Set([
  "described",
  "describes",
  "describing",
  "called",
  "calls",
  // ", calling it '...'": the participle names the thing as its clause's subject does.
  "calling",
  "branded",
  "labelled",
  "labeled",
]);
const PREPOSITIONS = new Set([
  "after",
  "before",
  "outside",
  "to",
  "by",
  "in",
  "on",
  "with",
  "during",
  "for",
  "at",
  "last",
  "this",
  "repeatedly",
  "also",
]);
const TIME_WORDS = new Set([
  "on",
  "in",
  "last",
  "this",
  "during",
  "at",
  "to",
  "yesterday",
  "today",
  "earlier",
  "later",
]);
/** Days of the week, a time after a trailing verb without "on" ("said Tuesday"). */
const WEEKDAY_NAMES = new Set("monday tuesday wednesday thursday friday saturday sunday".split(" "));
export const DISCOURSE = new Set([
  "however",
  "meanwhile",
  "moreover",
  "furthermore",
  "also",
  "but",
  "and",
  "in",
  "addition",
]);

/** Last token of quoted words, without trailing punctuation. */
export function trimEnd(tokens: readonly Token[], first: number, last: number): number {
  let k = last;
  // 'a letter".(2)': a footnote's call after the end of the words is the document's, not theirs.
  if (
    k - 3 > first &&
    tokens[k]?.text === ")" &&
    tokens[k - 1]?.kind === "num" &&
    tokens[k - 2]?.text === "(" &&
    !tokens[k - 2]?.space &&
    TRAILING.has(tokens[k - 3]?.text ?? "")
  )
    k -= 3;
  while (k > first && TRAILING.has(tokens[k]?.text ?? "")) k--;
  return k;
}

export const isSpeechVerb = (t: Token | undefined) =>
  t !== undefined && t.kind === "word" && (SPEECH_VERBS.has(t.norm) || MORE_SPEECH_VERBS.has(t.norm));

const CLAIMS = new Set(["claimed", "claims", "claim", "claiming"]);
/** What a group claims as its own: "fewer attacks", "responsibility", "the bombing". */
const CLAIMED_THINGS = new Set([
  "attack",
  "attacks",
  "responsibility",
  "credit",
  "bombing",
  "bombings",
  "killing",
  "killings",
  "operation",
  "operations",
  "ambush",
  "ambushes",
  "assassination",
  "assassinations",
]);
/** Whether the words after a verb of claiming, before any verb of their own, name a thing claimed. */
function claimedObject(tokens: readonly Token[], n: number, end: number): boolean {
  for (let j = n; j < Math.min(end, n + 4); j++) {
    const t = tokens[j] as Token;
    if (t.kind !== "word" || AUXILIARIES.has(t.norm)) return false;
    if (CLAIMED_THINGS.has(t.norm)) return true;
  }
  return false;
}

/** Judgements whose passive names the judge after the quotation ("considered '...' by X"). */
/** Prepositions of where words were printed: "quoted on page 14", "quoted in the report". */
const PRINTED_IN = new Set(["on", "in"]);
const PASSIVE_JUDGEMENTS = new Set([...DESCRIBE, "considered", "deemed", "seen", "regarded", "viewed"]);

/** Words before which "reports", "claims", "fears" are nouns ("following the reports"). */
const DETERMINERS = new Set("the a an its his her their these those such our my your".split(" "));

/** Forms of "be" before a participle that make it passive ("would be informed", "was told"). */
const PASSIVE = new Set(["be", "been", "being", "was", "were", "is", "are"]);
/** Words before a participle that make it no reduced relative: "he described by phone how ...". */
const REDUCED_NOT_NOUNS = new Set([
  "he",
  "she",
  "it",
  "they",
  "we",
  "i",
  "you",
  "who",
  "which",
  "that",
  "and",
  "or",
  "but",
  "had",
  "has",
  "have",
]);

/**
 * A speech verb at token v, not the noun of the same spelling ("the reports", "its claims"),
 * nor a passive ("the families would be informed"), whose subject is the one spoken to.
 */
/**
 * Speech verbs that are also plural nouns, and so end names written in capitals: "the United
 * States", "Member States", "Country Reports", "Notes to editors" after a heading word.
 */
const NAME_NOUNS = new Set(["states", "reports", "notes", "claims"]);
const inName = (tokens: readonly Token[], v: number) =>
  NAME_NOUNS.has(tokens[v]?.norm ?? "") &&
  tokens[v]?.cap === true &&
  tokens[v - 1]?.kind === "word" &&
  tokens[v - 1]?.cap === true &&
  tokens[v]?.breaks === 0;

/**
 * Verbs of requesting and objecting, speech only before the clause they report: "requested
 * that no family be released", "objected that operations were not coordinated", "asked that
 * his words be recorded" (minutes and rulings report members so) — but not "asked whether",
 * "requested a meeting", "objected to the plan", nor a relative clause's request.
 */
const THAT_VERBS = new Set([
  "asked",
  "asks",
  "requested",
  "requests",
  "demanded",
  "demands",
  "objected",
  "objects",
  "proposed",
  "proposes",
  "recommended",
  "recommends",
  // A finding or ruling reports what a court, an inquiry or a survey holds: "The court finds
  // that the statement was recorded ...", "a survey found that 68 per cent ...", "ruled that".
  "finds",
  "found",
  "ruled",
  "rules",
  // "Coalition partners assess that ...": an assessment reported as the body's (the singular
  // "assesses" is a speech verb already).
  "assess",
  // Verbs of saying that add the speaker's stance — a grievance, a concession, a boast: "shop
  // owners complained that he had demanded money", "the ministry conceded that ...". Before
  // "that" they report speech as "said" does; "complained of the heat" reports nothing.
  // A formal undertaking reports the clause undertaken, as a promise does: "The second party
  // undertakes that it will not be repeated" (deeds, settlements, agreements); "undertook
  // repairs" reports nothing.
  "undertakes",
  "undertook",
  "undertake",
  // A concession in a deed's or a statement's present: "The first party acknowledges that ..."
  // ("acknowledged" is a speech verb already).
  "acknowledges",
  "acknowledge",
  "complained",
  "complains",
  "protested",
  "protests",
  "lamented",
  "laments",
  "conceded",
  "concedes",
  "boasted",
  "boasts",
]);

/** Who a promise is made to, a pronoun that no relative clause can follow. */
const PROMISEES = new Set(["me", "us", "him", "her", "them", "you"]);
/**
 * "its officials promised me in March that 800 files would be reviewed", "vowed that ...": a
 * promise reports the clause promised, with "that" next or after a pronoun of the one promised
 * and a time ("promised aid that never came" is a relative clause, no report).
 */
function promisedThat(tokens: readonly Token[], v: number): boolean {
  if (!PLEDGE_VERBS.has(tokens[v]?.norm ?? "") || tokens[v]?.kind !== "word") return false;
  let k = v + 1;
  if (PROMISEES.has(tokens[k]?.norm ?? "")) k = timeAfter(tokens, k + 1, tokens.length);
  return tokens[k]?.norm === "that";
}

/** Adjectives of a stance a body declares: "The Commission is concerned that ...". */
const STANCE_ADJECTIVES = new Set(["concerned", "alarmed", "convinced", "troubled", "disturbed", "worried"]);
const STANCE_ADVERBS = new Set([
  "deeply",
  "gravely",
  "seriously",
  "particularly",
  "also",
  "further",
  "still",
]);
/**
 * "The Commission is concerned that ...", "the council remains deeply alarmed that ...": a
 * copula and an adjective of stance before "that" state the subject's view of the clause, as
 * "affirms that" does (an inquiry's or a council's findings are written so).
 */
function stanceThat(tokens: readonly Token[], v: number): boolean {
  if (!STANCE_ADJECTIVES.has(tokens[v]?.norm ?? "") || tokens[v + 1]?.norm !== "that") return false;
  let k = v - 1;
  while (STANCE_ADVERBS.has(tokens[k]?.norm ?? "")) k--;
  return ["is", "are", "was", "were", "remains", "remain", "remained"].includes(tokens[k]?.norm ?? "");
}

/** Written things whose words are read off them: "The note read:", "a banner reads '...'". */
const INSCRIBED = new Set(
  "note notes sign signs banner banners message inscription placard placards poster posters leaflet leaflets caption headline plaque card sticker graffiti letter memo text".split(
    " ",
  ),
);
/**
 * "The note read: '...'", "A banner over the gate reads \"...\"": "read" after a written thing
 * and before a colon or a quotation gives that thing's words, as "said" gives a speaker's.
 */
function readOff(tokens: readonly Token[], v: number): boolean {
  if (!["read", "reads"].includes(tokens[v]?.norm ?? "")) return false;
  const next = tokens[v + 1]?.text ?? "";
  if (![":", ",", '"', "“", "'", "‘", "«"].includes(next)) return false;
  for (let k = v - 1; k >= 0 && v - k <= 5; k--) {
    const t = tokens[k] as Token;
    if (t.kind === "punct" || t.sentence !== tokens[v]?.sentence) return false;
    if (INSCRIBED.has(t.norm)) return true;
  }
  return false;
}

/** Plain present forms of saying that are nouns as often: verbs only after a subject pronoun. */
const PRONOUN_PRESENTS = new Set(["state", "write"]);
const PRESENT_SUBJECTS = new Set(["i", "we", "you", "they"]);
/**
 * "You state that ...", "In your response you also write: '...'": "state" and "write" after a
 * subject pronoun (an adverb between at most) are verbs of saying as "says" and "writes" are.
 */
function pronounPresent(tokens: readonly Token[], v: number): boolean {
  const t = tokens[v];
  if (t?.kind !== "word" || t.cap || !PRONOUN_PRESENTS.has(t.norm)) return false;
  const adverb = SAYING_ADVERBS.has(tokens[v - 1]?.norm ?? "") || tokens[v - 1]?.norm === "also";
  return PRESENT_SUBJECTS.has(tokens[adverb ? v - 2 : v - 1]?.norm ?? "");
}

/**
 * "The helper confessed to us: '...'", "confessed that ...": a confession is a saying when what
 * follows is its words — a colon after its listener at most, or "that" — not "confessed to
 * planting the device".
 */
function confessedWords(tokens: readonly Token[], v: number): boolean {
  const t = tokens[v];
  if (t?.kind !== "word" || !CONFESSING.has(t.norm)) return false;
  const next = tokens[v + 1]?.text;
  if (next === ":" || tokens[v + 1]?.norm === "that") return true;
  if (tokens[v + 1]?.norm !== "to") return false;
  for (let k = v + 2; k <= v + 4; k++) {
    const x = tokens[k];
    if (x?.text === ":") return k > v + 2;
    if (x?.kind !== "word") return false;
  }
  return false;
}
const CONFESSING = new Set(["confessed", "confesses", "confess"]);

/**
 * Verbs that answer what others told: "The ministry denies reports that the troops left",
 * "dismissed claims that ...", "confirmed reports of a raid". The "reports" or "claims" right after
 * one is its object, a noun, so no one "reports" there: the subject before is the one who denies.
 */
const ANSWERING_VERBS = new Set(
  "deny denies denied denying reject rejects rejected rejecting dismiss dismisses dismissed dismissing refute refutes refuted refuting confirm confirms confirmed confirming welcome welcomes welcomed ignore ignores ignored dispute disputes disputed".split(
    " ",
  ),
);

/**
 * '"Who else will do it?" she asks': a question quoted whole, then its asker's pronoun and
 * "asks" or "asked", is a tag of speech as "she says" is.
 */
const askedTag = (tokens: readonly Token[], v: number) =>
  ["asks", "asked"].includes(tokens[v]?.norm ?? "") &&
  TAG_PRONOUNS.has(tokens[v - 1]?.norm ?? "") &&
  ['"', "”", "’"].includes(tokens[v - 2]?.text ?? "") &&
  tokens[v - 3]?.text === "?";
const TAG_PRONOUNS = new Set(["he", "she", "they", "we", "i"]);
/**
 * '"Then the ground jumped," he signed.': a deaf speaker's words told in sign language. "signed" or
 * "signs" after the quote and its pronoun, with no object after it (not "he signed the letter"), is
 * a tag of speech as "he said" is.
 */
const signedTag = (tokens: readonly Token[], v: number) =>
  ["signed", "signs"].includes(tokens[v]?.norm ?? "") &&
  TAG_PRONOUNS.has(tokens[v - 1]?.norm ?? "") &&
  QUOTE_CLOSERS.has(tokens[v - 2]?.text ?? "") &&
  [",", "?", "!"].includes(tokens[v - 3]?.text ?? "") &&
  [".", ",", ";"].includes(tokens[v + 1]?.text ?? "");
const QUOTE_CLOSERS = new Set(['"', "”", "’", "'", "»"]);

/** Words a plural noun follows and a verb does not: prepositions, determiners, possessives. */
const NOUN_OPENERS = new Set(
  "in on over of about for with amid despite after before from into the these those their its his her our your my many several such".split(
    " ",
  ),
);
/**
 * "killed in disputes over land", "despite claims", "their reports": a form in "-s" after a
 * preposition or a determiner is a plural noun, not a present verb of saying.
 */
const pluralNounAfter = (tokens: readonly Token[], v: number) =>
  /s$/.test(tokens[v]?.norm ?? "") && NOUN_OPENERS.has(tokens[v - 1]?.norm ?? "");

export const isSpeechVerbAt = (tokens: readonly Token[], v: number) =>
  confessedWords(tokens, v) ||
  askedTag(tokens, v) ||
  signedTag(tokens, v) ||
  stanceThat(tokens, v) ||
  readOff(tokens, v) ||
  pronounPresent(tokens, v) ||
  ((isSpeechVerb(tokens[v]) ||
    promisedThat(tokens, v) ||
    (THAT_VERBS.has(tokens[v]?.norm ?? "") &&
      tokens[v]?.kind === "word" &&
      tokens[v + 1]?.norm === "that" &&
      // "a dignitary, who asked that his name be withheld, said": why the source goes unnamed.
      !["who", "which"].includes(tokens[v - 1]?.norm ?? ""))) &&
    !inName(tokens, v) &&
    !pluralNounAfter(tokens, v) &&
    !(PASSIVE.has(tokens[v - 1]?.norm ?? "") && /ed$|^told$/.test(tokens[v]?.norm ?? "")) &&
    !(/s$/.test(tokens[v]?.norm ?? "") && answeredNoun(tokens, v) && !isParticiple(tokens[v])));

/**
 * Words that qualify the reports or claims an answering verb takes: "denies media reports that",
 * "rejected recent press claims that". They sit between the verb and its object noun.
 */
const REPORT_QUALIFIERS = new Set(
  "media press news recent earlier unconfirmed unfounded local foreign online social".split(" "),
);
/** Whether the word at v ends a noun phrase a determiner or an answering verb opens. */
function answeredNoun(tokens: readonly Token[], v: number): boolean {
  let k = v - 1;
  while (k >= v - 2 && tokens[k]?.kind === "word" && REPORT_QUALIFIERS.has(tokens[k]?.norm ?? "")) k--;
  return DETERMINERS.has(tokens[k]?.norm ?? "") || ANSWERING_VERBS.has(tokens[k]?.norm ?? "");
}

export const isParticiple = (t: Token | undefined) => t !== undefined && PARTICIPLES.has(t.norm);

/** ", he went on,", ", she continued,": a speaker carrying on, as a tag inside the sentence. */
function wentOn(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (t?.norm === "continued" || t?.norm === "continues") return tokens[k + 1]?.text === ",";
  return (
    (t?.norm === "went" || t?.norm === "goes") && tokens[k + 1]?.norm === "on" && tokens[k + 2]?.text === ","
  );
}

/** Periods a demonstrative "that" makes a time of: "that evening", "that week". */
const THAT_TIMES = new Set(
  "day morning afternoon evening night week weekend month year summer winter spring autumn time".split(" "),
);

/** Relative pronouns that open an aside about a listener: "told the guard, who ..., that". */
const LISTENER_RELATIVES = new Set(["who", "whom", "whose"]);
const RELATIVE_ASIDE_WORDS = 12;

/** The comma closing a relative aside opened at k ("who works at the station,"), or -1. */
function relativeEnd(tokens: readonly Token[], k: number, end: number): number {
  for (let j = k + 1; j < Math.min(end, k + RELATIVE_ASIDE_WORDS); j++) {
    const t = tokens[j] as Token;
    if (t.text === "." || t.text === ";" || (t.kind !== "word" && t.text !== ",")) return -1;
    if (t.text === ",") return j;
  }
  return -1;
}

/** A lower-case plural noun after a modifier: "times" in "stage times", "crews" in "repair crews". */
const compoundPlural = (t: Token | undefined) =>
  t !== undefined && t.kind === "word" && !t.cap && /[^s]s$/.test(t.norm);

/** Where the reported clause after speech verb v starts, if it has one. */
export function clauseAfter(
  tokens: readonly Token[],
  v: number,
  end: number,
  quoted: (k: number) => boolean,
): number {
  const verb = tokens[v] as Token;
  // "posted on X that": posting is speech only when it says where, or what ("A Facebook page
  // posted that ..."); "posted a photograph" reports nothing.
  if (verb.norm === "posted" && !["on", "that"].includes(tokens[v + 1]?.norm ?? "")) return -1;
  // "said that", "told reporters that", "said on Sunday that", "said, however, that" — but
  // in "said the attack showed that ..." the clause starts right after "said".
  const first = tokens[v + 1];
  const prepositional = first !== undefined && (first.kind === "punct" || PREPOSITIONS.has(first.norm));
  // "told" takes its listener first: "told the Rojava Daily that", "told a conference in Baghdad on Monday that".
  // So does a promise: "promised me in March that".
  const reach = TELL.has(verb.norm) || promisedThat(tokens, v) ? 10 : 3;
  // "said in a statement carried by the Iraqi News Agency on January 19 that": where and when it
  // was said, after the verb, may run a few words longer than a listener does.
  let stretch = prepositional ? 4 : 0;
  // "told the Gazette by phone from Deir ez-Zor on Thursday night that": a telling's time just
  // before "that" does not count against the reach (below), so the search runs past it.
  const timeRoom = TELL.has(verb.norm) ? 4 : 0;
  for (let j = v + 1; j < Math.min(end, v + 13 + stretch + timeRoom); j++) {
    const t = tokens[j] as Token;
    // "told an undercover employee (\"UCE-1\") that": a bracketed short name given to the
    // listener, quoted as documents define their terms, is passed over to the clause.
    if (t.text === "(") {
      const close = definedTerm(tokens, j, end);
      if (close > j) {
        stretch += close - j;
        j = close;
        continue;
      }
      // "said in a statement carried by the National News Agency (NNA) that": the short form
      // of a name in brackets adds no words to the phrase before "that".
      if (tokens[j + 1]?.upper && tokens[j + 2]?.text === ")") {
        stretch += 3;
        j += 2;
        continue;
      }
    }
    // "told Eng. Ghazi that": a title's abbreviating full stop ends no phrase.
    if (quoted(j) || (t.text === "." && !abbreviatedTitle(tokens, j)) || t.text === ";") break;
    // "told our neighbour's son, who works at the station, that ...": a relative clause set off
    // in commas describes the listener; its words add nothing to the reach before "that".
    if (t.text === "," && TELL.has(verb.norm) && LISTENER_RELATIVES.has(tokens[j + 1]?.norm ?? "")) {
      const close = relativeEnd(tokens, j + 1, end);
      if (close > 0 && tokens[close + 1]?.norm === "that") {
        stretch += close - j + 1;
        j = close;
        continue;
      }
    }
    // "tell me the tank can be isolated, and that gas could ...": the "that" of a second
    // clause; the first opens after the listener.
    if (t.text === "," && ["and", "but"].includes(tokens[j + 1]?.norm ?? "")) break;
    // "told me his son had gone and that he had said yes": so is "and that" without a comma.
    if (["and", "but"].includes(t.norm) && tokens[j + 1]?.norm === "that") break;
    // "messaged me that evening: '...'", "told me that night that ...": "that" before a period
    // of time is the time's, not the clause's; a later "that" may still open the clause.
    if (t.norm === "that" && THAT_TIMES.has(tokens[j + 1]?.norm ?? "")) {
      const after = tokens[j + 2];
      if (!after || after.kind === "punct" || after.norm === "that") {
        stretch += 2;
        j++;
        continue;
      }
    }
    // "told the hall owners of the city at a meeting on Wednesday that ...": the time of the
    // telling, just before "that", is no part of the listener's reach.
    const when = t.norm === "that" && TELL.has(verb.norm) ? timeBefore(tokens, j - 1, v + 2) : -1;
    const timed = when > v + 1 ? j - when : 0;
    if (t.norm === "that" && (j - v - stretch - timed <= reach || prepositional))
      return j + 1 < end ? j + 1 : -1;
  }
  // "told the BBC the dead were ...", "told reporters the camp was ...": the listener, then the clause.
  if (TELL.has(verb.norm)) {
    const after = listenerEnd(tokens, v + 1, end);
    const c = tokens[after];
    // "tells us two of the dead were ...": a number, in figures or words, opens the clause too.
    if (
      after > v + 1 &&
      c &&
      !quoted(after) &&
      (CLAUSE_OPENERS.has(c.norm) ||
        c.kind === "num" ||
        Object.hasOwn(WORD_VALUES, c.norm) ||
        // "tells us no one has crossed", "told us nobody came": a negative subject.
        NEGATIVE_SUBJECTS.has(c.norm) ||
        (c.norm === "no" && tokens[after + 1]?.norm === "one"))
    )
      return after;
    // "told us some families had slept in their cars": a quantifier, its noun and an auxiliary
    // open the clause ("told us some stories" has no verb after the noun).
    if (
      after > v + 1 &&
      c &&
      !quoted(after) &&
      QUANTIFIER_OPENERS.has(c.norm) &&
      [1, 2, 3].some((d) => AUXILIARIES.has(tokens[after + d]?.norm ?? "") && !quoted(after + d))
    )
      return after;
    // "told hospital staff he had been standing ...", "told the night nurses they could leave":
    // a listener in common nouns, then a subject pronoun and its verb, which open the clause.
    for (let p = v + 2; p < Math.min(end - 1, v + 6); p++) {
      const w = tokens[p] as Token;
      const next = tokens[p + 1] as Token;
      if (SUBJECT_PRONOUNS.has(w.norm) && w.norm !== "there" && !quoted(p)) {
        const verbal =
          next.kind === "word" &&
          !next.cap &&
          (AUXILIARIES.has(next.norm) || pastVerb(next) || isVerbWord(next.norm));
        if (verbal) return p;
        break;
      }
      if (w.kind !== "word" || w.cap || quoted(p) || w.norm === "that" || PREPOSITIONS.has(w.norm)) break;
    }
    const told = toldNounClause(tokens, v, end, quoted);
    if (told > 0) return told;
  }
  // "said on Monday it was", "said late on Sunday the crossing had reopened": the time of the
  // saying comes first, then the clause.
  const n = timeAfter(tokens, v + 1, end);
  if (n >= end || quoted(n - 1)) return -1;
  // "said the next day that ...".
  if (n > v + 1 && tokens[n]?.norm === "that") return n + 1 < end ? n + 1 : -1;
  const next = tokens[n];
  // "confirms it has closed the crossing", "announced they would leave": a subject pronoun and
  // its verb open a clause after any speech verb ("told him" has an object, not a subject).
  const after = tokens[n + 1];
  if (
    next !== undefined &&
    after !== undefined &&
    SUBJECT_PRONOUNS.has(next.norm) &&
    !quoted(n) &&
    after.kind === "word" &&
    !after.cap &&
    (AUXILIARIES.has(after.norm) || isVerbWord(after.norm) || /[^e]ed$/.test(after.norm))
  )
    return n;
  // "denied any attack took place" (but "denied the charge", a noun phrase, is no clause).
  const bare =
    BARE_CLAUSE_VERBS.has(verb.norm) ||
    BARE_STATES.has(verb.norm) ||
    BARE_PARTICIPLES.has(verb.norm) ||
    DENIALS.has(verb.norm);
  if (
    !bare ||
    !next ||
    n >= end ||
    (next.kind === "punct" && !(quoted(n) && quotedSubject(tokens, n, end, quoted)))
  )
    return -1;
  if (NO_BARE_CLAUSE.has(next.norm) && !(next.norm === "at" && tokens[n + 1]?.norm === "least")) return -1;
  // "'...,' he said again, and lit a cigarette": an adverb of the saying, no clause.
  if (SAYING_ADVERBS.has(next.norm)) return -1;
  // "a house that officials said belonged to ...": a relative clause, not reported speech — but
  // "said funding for education had fallen" opens with a noun in -ing, and "said guards had
  // used teargas" with a plural noun before its auxiliary.
  if (
    next.kind === "word" &&
    isVerbWord(next.norm) &&
    !/ing$/.test(next.norm) &&
    !(/[^s]s$/.test(next.norm) && AUXILIARIES.has(tokens[n + 1]?.norm ?? "")) &&
    // "said stage times would count", "said repair crews had arrived": a noun the lexicon also
    // knows as a verb, modifying the plural noun before the clause's auxiliary.
    !(compoundPlural(tokens[n + 1]) && AUXILIARIES.has(tokens[n + 2]?.norm ?? "") && !quoted(n + 2)) &&
    // "said patrols on our street would be doubled": a plural noun, the phrase that places it,
    // then its auxiliary.
    !(/[^s]s$/.test(next.norm) && placedPlural(tokens, n, end, quoted)) &&
    // "said guards came for her son", "said guards beat detainees": a plural noun and its past verb.
    !(/[^s]s$/.test(next.norm) && pastVerb(tokens[n + 1])) &&
    // "says travel to the border areas should be avoided": a bare form that names an act, its
    // preposition, then a modal of the clause's own before any comma is the clause's subject.
    !nounSubjectBeforeModal(tokens, n, end, quoted)
  )
    return -1;
  // "ISIL has claimed fewer attacks than it has carried out": attacks claimed are owned, not
  // said; the words after the verb are its object, whatever verb follows them.
  if (CLAIMS.has(verb.norm) && claimedObject(tokens, n, end)) return -1;
  // "claimed the attack through its news agency, saying ...": an object, not a clause — a
  // bare clause has a verb of its own before any participle of saying.
  // A clause's verb comes within a few dozen words; a run-on sentence is not searched whole.
  for (let j = n; j < Math.min(end, n + 60); j++) {
    const t = tokens[j] as Token;
    // "said the departure of 'foreign forces' was overdue": words quoted inside a clause that
    // opens in the article's own words are part of it; a clause opening with a quote is not one.
    if (quoted(j)) {
      // 'which said "a soldier of the caliphate" had targeted …': a quoted noun phrase may be the
      // clause's subject, when a verb of its own follows the closing mark.
      if (j === n) return quotedSubject(tokens, j, end, quoted) ? n : -1;
      // "said the records and the confession \"tell the same story\"": the clause's verb may
      // open the quotation that ends it.
      // A quotation after a noun that opens with a function word ("the attack \"on civilians\"")
      // goes on with the noun phrase instead.
      const w = tokens[j + 1];
      const before = tokens[j - 1];
      // 'said they "fully understand" the decision': so may the verb after a subject pronoun.
      if (
        !quoted(j - 1) &&
        (j > n + 1 || (j === n + 1 && SUBJECT_PRONOUNS.has(next.norm) && next.norm !== "there")) &&
        w?.kind === "word" &&
        !w.cap &&
        before?.kind === "word" &&
        !DETERMINERS.has(before.norm) &&
        !PREPOSITIONS.has(before.norm) &&
        !NOUN_PHRASE_GOES_ON.has(w.norm) &&
        !DETERMINERS.has(w.norm) &&
        !PREPOSITIONS.has(w.norm)
      )
        return n;
      continue;
    }
    if (t.text === "." || t.text === ";" || PARTICIPLES.has(t.norm)) return -1;
    // "When a source says Daesh, keep it inside the quote": a comma, then a bare verb, opens
    // an imperative of the writer's; the word said was an object, not a clause's subject.
    const w = tokens[j + 1];
    if (
      t.text === "," &&
      j > n &&
      w?.kind === "word" &&
      !w.cap &&
      isVerbWord(w.norm) &&
      !/(?:ing|ed|s)$/.test(w.norm) &&
      !AUXILIARIES.has(w.norm)
    )
      return -1;
    // "stated his position on the talks, which were held ...": "state" takes an object far more
    // often than "say" does, so its bare clause must reach its verb before a comma or an "and".
    if ((t.text === "," || t.norm === "and") && BARE_STATES.has(verb.norm)) return -1;
    // "because she feared punishment from other residents, said she had ...": another speech
    // verb after a comma starts a sentence of its own; "feared" took an object, not a clause.
    if (j > n && tokens[j - 1]?.text === "," && isSpeechVerb(t)) return -1;
    // "the bombing", "its planning": a noun after a determiner.
    if (DETERMINERS.has(tokens[j - 1]?.norm ?? "") && !AUXILIARIES.has(t.norm)) continue;
    if (presentAfterPlural(tokens, j, n)) return n;
    if (
      t.kind === "word" &&
      (isVerbWord(t.norm) ||
        AUXILIARIES.has(t.norm) ||
        PAST_FORMS.has(t.norm) ||
        IRREGULAR_PASTS.has(t.norm) ||
        pastWithObject(tokens, j))
    )
      return n;
  }
  return -1;
}

/** Modals that open a bare clause's verb after a noun subject: "travel to X should be avoided". */
const CLAUSE_MODALS = new Set(["should", "would", "will", "must", "could", "can", "may", "might"]);
/** Prepositions after a noun of an act: "travel to", "access to", "work on". */
const ACT_PREPOSITIONS = new Set(["to", "on", "in", "into", "through", "across", "along", "within", "from"]);

/**
 * "says travel to the border areas with Turkey should be avoided", "said access to the camp
 * would reopen": a word both a noun and a verb in its bare form, then a preposition, then a modal
 * before any comma or stop, is the noun subject of the clause the modal's verb goes on with, not
 * a verb said of something named before.
 */
function nounSubjectBeforeModal(
  tokens: readonly Token[],
  n: number,
  end: number,
  quoted: (k: number) => boolean,
): boolean {
  const next = tokens[n];
  if (!next || /(?:ed|s|ing)$/.test(next.norm) || !ACT_PREPOSITIONS.has(tokens[n + 1]?.norm ?? ""))
    return false;
  for (let j = n + 2; j < Math.min(end, n + 14); j++) {
    const t = tokens[j] as Token;
    if (quoted(j) || t.kind === "punct") return false;
    if (CLAUSE_MODALS.has(t.norm)) return j > n + 2;
  }
  return false;
}

/** Prepositions a verb in the present is followed by: "instructors work for the firm". */
const PRESENT_FOLLOWERS = new Set([
  "for",
  "in",
  "at",
  "on",
  "with",
  "from",
  "near",
  "along",
  "inside",
  "across",
]);
/** Endings of words that are no plain present verb after a plural subject. */
const NOT_PLAIN_PRESENT = /(?:s|ed|ing|ly|al|ic|ive|ous|ful|less)$/;

/**
 * "said eleven British instructors work for the firm", "said the farmers live near the dam": a
 * plural noun in lower case, then a word in lower case with no ending of a plural, a past, a
 * participle or an adjective, then a preposition — the subject of a bare clause and its verb in
 * the present, which the word lists, knowing "work" and "live" as nouns too, do not mark as verbs.
 */
function presentAfterPlural(tokens: readonly Token[], j: number, n: number): boolean {
  const t = tokens[j];
  const subject = tokens[j - 1];
  // The subject is a noun phrase with a number, a determiner or an adjective before its noun
  // ("said prayers aloud at the funeral" has an object right after the verb, no subject).
  if (j <= n + 1 || !t || !subject || t.kind !== "word" || t.cap || subject.kind !== "word" || subject.cap)
    return false;
  if (!/[^su']s$/.test(subject.norm) || NOT_PLAIN_PRESENT.test(t.norm) || t.norm.length < 3) return false;
  if (DETERMINERS.has(t.norm) || PREPOSITIONS.has(t.norm) || PRESENT_FOLLOWERS.has(t.norm)) return false;
  if (["and", "or", "but", "of", "than", "who", "which", "that"].includes(t.norm)) return false;
  return PRESENT_FOLLOWERS.has(tokens[j + 1]?.norm ?? "");
}

/** Units of time a count after a participle may measure: "the men arrested two weeks ago". */
const SPAN_UNITS = new Set("minutes hours days weeks months years decades".split(" "));

/**
 * "said officers seized two phones", "said the guards searched the cells": a word in -ed right
 * after a plain plural noun, then a determiner or a count opening its object, is the clause's
 * past verb, whatever else the lexicon files it as. ("the men arrested two weeks ago": a count of
 * time after it makes it a participle describing the noun; "wounded in the attack" takes no object.)
 */
function pastWithObject(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j] as Token;
  const noun = tokens[j - 1];
  if (t.cap || !/[^e]ed$/.test(t.norm) || noun?.kind !== "word" || noun.cap || !/[^s]s$/.test(noun.norm))
    return false;
  const next = tokens[j + 1];
  if (next?.kind === "word" && DETERMINERS.has(next.norm) && !next.cap) return true;
  const counted = next?.kind === "num" || Object.hasOwn(WORD_VALUES, next?.norm ?? "");
  return counted && tokens[j + 2]?.kind === "word" && !SPAN_UNITS.has(tokens[j + 2]?.norm ?? "");
}

/**
 * "patrols on our street would", "attacks near the camp have": a plural noun at `n`, a short
 * prepositional phrase of plain words after it, then an auxiliary — the subject of a clause.
 */
function placedPlural(
  tokens: readonly Token[],
  n: number,
  end: number,
  quoted: (k: number) => boolean,
): boolean {
  if (!PREPOSITIONS.has(tokens[n + 1]?.norm ?? "")) return false;
  for (let k = n + 2; k < Math.min(end, n + 7); k++) {
    const t = tokens[k] as Token;
    if (quoted(k) || t.kind !== "word") return false;
    if (AUXILIARIES.has(t.norm)) return k > n + 2;
  }
  return false;
}

/**
 * "told the silo staff the men had said ...", "told his family the car had gone": a listener in
 * common nouns after a determiner, then the told clause's subject, a noun phrase of its own
 * determiner and a word or three, and its auxiliary or past verb. The clause's first token, or -1.
 */
function toldNounClause(
  tokens: readonly Token[],
  v: number,
  end: number,
  quoted: (k: number) => boolean,
): number {
  const plain = (k: number) => {
    const w = tokens[k];
    return (
      w?.kind === "word" &&
      !w.cap &&
      !quoted(k) &&
      !TOLD_DETERMINERS.has(w.norm) &&
      !PREPOSITIONS.has(w.norm) &&
      !AUXILIARIES.has(w.norm) &&
      !NOUN_PHRASE_GOES_ON.has(w.norm)
    );
  };
  if (!TOLD_DETERMINERS.has(tokens[v + 1]?.norm ?? "") || tokens[v + 1]?.cap) return -1;
  let p = v + 2;
  while (p < v + 5 && plain(p)) p++;
  if (p === v + 2 || !TOLD_DETERMINERS.has(tokens[p]?.norm ?? "") || quoted(p)) return -1;
  let h = p + 1;
  while (h < p + 4 && h < end && plain(h) && !pastVerb(tokens[h])) h++;
  const verb = tokens[h];
  if (h === p + 1 || quoted(h) || verb?.cap) return -1;
  // "told the director the men had said they were \"...\"": a clause that reports in turn, with
  // no tag of its own before its words, is read as the inner speaker's own report.
  const inner = AUXILIARIES.has(verb?.norm ?? "") ? h + 1 : h;
  if (isSpeechVerb(tokens[inner]) && ![",", ":"].includes(tokens[inner + 1]?.text ?? "")) return -1;
  return AUXILIARIES.has(verb?.norm ?? "") || pastVerb(verb) ? p : -1;
}

/** Words that carry a noun phrase on into a quotation: "the men \"and their families\"". */
const NOUN_PHRASE_GOES_ON = new Set(
  "and or but nor as than very so too more most less least who whom whose which that what".split(" "),
);

/**
 * Past forms the word lexicon knows only as adjectives or nouns ("lost", "left", "hit"): in
 * "says the region lost half its power" they are the clause's verb (after a determiner they
 * stay nouns: "the lost ground").
 */
const PAST_FORMS = new Set("lost left hit shot cut set led fled sent held kept spent fell used".split(" "));

/** Irregular past forms that open a reported clause after its plural subject ("guards came"). */
const IRREGULAR_PASTS = new Set(
  "came went beat took gave told found made brought broke drove ran stole threw tore wrote".split(" "),
);

/** A lower-case past-tense verb: "came", "beat", "arrested". */
const pastVerb = (t: Token | undefined): boolean =>
  t !== undefined &&
  t.kind === "word" &&
  !t.cap &&
  (IRREGULAR_PASTS.has(t.norm) || PAST_FORMS.has(t.norm) || (/[^e]ed$/.test(t.norm) && isVerbWord(t.norm)));

/** Whether the quotation opening at `j` is a clause's subject: an auxiliary or a past verb after it. */
function quotedSubject(
  tokens: readonly Token[],
  j: number,
  end: number,
  quoted: (k: number) => boolean,
): boolean {
  let e = j;
  while (e < end && quoted(e)) e++;
  const w = tokens[e];
  return (
    e < end &&
    e - j <= 12 &&
    w?.kind === "word" &&
    !w.cap &&
    (["had", "has", "have", "was", "were", "is", "are", "would", "will"].includes(w.norm) || pastVerb(w))
  );
}

/** Possessives before a listener named by kinship or post: "my father", "his lawyer". */
const LISTENER_OWNERS = new Set(["my", "our", "his", "her", "their", "your"]);
const LISTENERS = new Set("us me him her them reporters journalists parliament".split(" "));
/** The press a source tells, after "told": "told local media", "told state television". */
const PRESS = new Set(["media", "press", "television", "radio", "reporters", "journalists"]);
const PRESS_KINDS = new Set([
  "local",
  "state",
  "foreign",
  "international",
  "national",
  "regional",
  "official",
]);
const SUBJECT_PRONOUNS = new Set(["it", "they", "he", "she", "we", "there"]);
/** Subjects that deny: "told us nobody had come". */
const NEGATIVE_SUBJECTS = new Set(["nobody", "nothing", "none", "neither"]);
const CLAUSE_OPENERS = new Set("the a an it he she they we there his her its their".split(" "));
/** Quantifiers that open a told clause when an auxiliary follows their noun. */
const QUANTIFIER_OPENERS = new Set(["some", "many", "most", "several", "all", "few", "both"]);

/**
 * The closing bracket of a term a document defines in quotation marks right after the words it
 * names ("an FBI undercover employee (\"UCE-1\")", "the Company (“Al-Nour”)"), or -1.
 */
export function definedTerm(tokens: readonly Token[], open: number, end: number): number {
  if (tokens[open]?.text !== "(" || !QUOTE_MARKS.has(tokens[open + 1]?.text ?? "")) return -1;
  for (let k = open + 2; k < Math.min(end, open + 10); k++) {
    const t = tokens[k] as Token;
    if (t.text === ")") return QUOTE_MARKS.has(tokens[k - 1]?.text ?? "") && k - open >= 4 ? k : -1;
    if (t.kind === "punct" && !QUOTE_MARKS.has(t.text) && t.text !== "-") return -1;
  }
  return -1;
}

/** Titles written abbreviated, with a full stop, before a name: "Maj. Hardan", "Col. Hamid". */
const ABBREVIATED_TITLES = new Set(
  "mr mrs ms dr prof gen lt col maj capt cpt sgt cpl brig adm cmdr gov sen rep eng".split(" "),
);

/** The full stop at `k` abbreviates a title before the name it goes on to ("Maj. Hardan"). */
export const abbreviatedTitle = (tokens: readonly Token[], k: number): boolean =>
  tokens[k]?.text === "." &&
  ABBREVIATED_TITLES.has(tokens[k - 1]?.norm ?? "") &&
  tokens[k - 1]?.text !== tokens[k - 1]?.text.toLowerCase() &&
  tokens[k + 1]?.kind === "word" &&
  tokens[k + 1]?.cap === true &&
  tokens[k + 1]?.sentence === tokens[k]?.sentence;

/** End (exclusive) of the listener after "told": "the BBC", "Reuters", "reporters", "us". */
function listenerEnd(tokens: readonly Token[], k: number, end: number): number {
  if (LISTENERS.has(tokens[k]?.norm ?? "")) return k + 1;
  // "told local media the arrests were ...", "told state television the ...": the press, plain
  // or described by whose or where it is.
  // ("told Radio Nawa": a capitalised press word opening a name is read with the name, below.)
  if (PRESS.has(tokens[k]?.norm ?? "") && !(tokens[k]?.cap && tokens[k + 1]?.cap)) return k + 1;
  if (PRESS_KINDS.has(tokens[k]?.norm ?? "") && PRESS.has(tokens[k + 1]?.norm ?? "")) return k + 2;
  // "told Syrian state television the drone ...", "told Iraqi media the ...": the press described
  // by a nationality's adjective first.
  const nation = tokens[k];
  if (nation?.cap && nation.kind === "word" && /(?:an|i|ish|ese)$/.test(nation.norm)) {
    if (PRESS.has(tokens[k + 1]?.norm ?? "") && !tokens[k + 1]?.cap) return k + 2;
    if (PRESS_KINDS.has(tokens[k + 1]?.norm ?? "") && PRESS.has(tokens[k + 2]?.norm ?? "")) return k + 3;
  }
  // "told my father the case was ...", "told his lawyer the ...": a relative or a post of the
  // speaker's own, after a possessive.
  const own = tokens[k + 1];
  if (
    LISTENER_OWNERS.has(tokens[k]?.norm ?? "") &&
    own?.kind === "word" &&
    !own.cap &&
    (KIN.has(own.norm) || isSourceNoun(own.norm))
  )
    return k + 2;
  let j = tokens[k]?.norm === "the" ? k + 1 : k;
  const start = j;
  while (j < end && tokens[j]?.cap && tokens[j]?.kind === "word" && j - start < 5) j++;
  return j > start ? j : k;
}

/** "described the camp as a ticking bomb": the span [first, last] of what was said, or null. */
export function describedAs(
  tokens: readonly Token[],
  v: number,
  end: number,
  quoted: (k: number) => boolean,
): { first: number; last: number } | null {
  if (!DESCRIBE.has(tokens[v]?.norm ?? "")) return null;
  // "described by one Member State as '...'": the passive, whose speaker is after "by".
  if (tokens[v + 1]?.norm === "by" && describedBy(tokens, v, end, quoted)) return null;
  // "whom local officials described as smugglers": what is described comes before.
  const from = tokens[v + 1]?.norm === "as" ? v + 1 : v + 2;
  let reach = v + 14;
  for (let j = from; j < Math.min(end, reach); j++) {
    const t = tokens[j] as Token;
    // "described the attack on the convoy, which killed nine soldiers, as ...": a relative
    // clause between commas is part of what is described.
    if (t.text === "," && !quoted(j) && ["which", "who"].includes(tokens[j + 1]?.norm ?? "")) {
      let close = j + 2;
      while (close < Math.min(end, j + 16) && tokens[close]?.text !== "," && tokens[close]?.kind !== "punct")
        close++;
      if (tokens[close]?.text !== "," || tokens[close + 1]?.norm !== "as") return null;
      reach = close + 2;
      j = close;
      continue;
    }
    // "conditions in al-Hol": a hyphen inside a word is no break.
    if (t.kind === "punct" && !quoted(j) && !(t.text === "-" && !t.space)) return null;
    // "described the attack as 'a deliberate operation'" reports the description, the words in
    // quotation marks quoted in it: an indirect quote holding the direct one.
    if (t.norm !== "as" || quoted(j)) continue;
    let last = j + 1;
    while (last + 1 < end && !([",", ";", "."].includes(tokens[last + 1]?.text ?? "") && !quoted(last + 1)))
      last++;
    return last > j ? { first: v + 1, last } : null;
  }
  return null;
}

/**
 * "The camp has long been described by U.S. officials as a breeding ground": the agent of a
 * passive description, and what it was described as — [by, as] around the agent's phrase.
 */
/** Hearing verbs whose passive names the teller after "by": "The team was told by inmates that". */
const TOLD_PASSIVE = new Set(["told", "informed", "assured"]);

/**
 * "The team was told by several inmates that a man had collapsed": the agent of a passive verb
 * of telling is the speaker, and the clause after "that" is what they said, as in the active
 * "several inmates told the team that ...".
 */
function toldBy(
  tokens: readonly Token[],
  v: number,
  end: number,
  quoted: (k: number) => boolean,
): { agentFirst: number; agentLast: number; first: number; last: number } | null {
  for (let j = v + 3; j < Math.min(end - 1, v + 10); j++) {
    const t = tokens[j] as Token;
    if (quoted(j) || [";", ":", "(", ")"].includes(t.text)) return null;
    if (t.norm !== "that") continue;
    let last = end - 1;
    while (last > j && TRAILING.has(tokens[last]?.text ?? "") && !quoted(last)) last--;
    return last > j + 1 ? { agentFirst: v + 2, agentLast: j - 1, first: j + 1, last } : null;
  }
  return null;
}

export function describedBy(
  tokens: readonly Token[],
  v: number,
  end: number,
  quoted: (k: number) => boolean,
): { agentFirst: number; agentLast: number; first: number; last: number } | null {
  // "Described by a local official as ...": a participle opening the sentence is passive too.
  const opening =
    tokens[v]?.cap === true && (tokens[v]?.breaks ?? 0) + (tokens[v - 1]?.text === "." ? 1 : 0) > 0;
  const told = TOLD_PASSIVE.has(tokens[v]?.norm ?? "") && PASSIVE.has(tokens[v - 1]?.norm ?? "");
  // "the figure known as X, described by one Member State as '...', was killed": a participle in
  // apposition after a comma is the same passive, its "by" naming who described.
  const apposed = tokens[v - 1]?.text === "," && /ed$/.test(tokens[v]?.norm ?? "");
  // "a group of men described by our observers as \"armed\" stood outside": a participle straight
  // after its noun is a reduced relative clause, passive too; the sentence's own verb follows.
  const before = tokens[v - 1];
  const reduced =
    /ed$/.test(tokens[v]?.norm ?? "") &&
    before?.kind === "word" &&
    !before.cap &&
    !REDUCED_NOT_NOUNS.has(before.norm);
  if (
    !(DESCRIBE.has(tokens[v]?.norm ?? "") || told) ||
    !(PASSIVE.has(tokens[v - 1]?.norm ?? "") || opening || apposed || reduced)
  )
    return null;
  if (tokens[v + 1]?.norm !== "by" || quoted(v)) return null;
  if (told) return toldBy(tokens, v, end, quoted);
  for (let j = v + 3; j < Math.min(end - 1, v + 10); j++) {
    const t = tokens[j] as Token;
    if (t.kind === "punct" || quoted(j)) return null;
    if (t.norm !== "as") continue;
    // "described by officials as 'a breeding ground'": the description, its quoted words held in it.
    let last = j + 1;
    // A reduced relative's quoted description ends with its marks: the sentence's verb comes next.
    if (reduced && !PASSIVE.has(tokens[v - 1]?.norm ?? "") && quoted(last)) {
      while (last + 1 < end && quoted(last + 1)) last++;
      return { agentFirst: v + 2, agentLast: j - 1, first: j + 1, last };
    }
    while (last + 1 < end && !([",", ";", "."].includes(tokens[last + 1]?.text ?? "") && !quoted(last + 1)))
      last++;
    return { agentFirst: v + 2, agentLast: j - 1, first: j + 1, last };
  }
  return null;
}

/** Sentence end before a trailing attribution (", he said.", ", the statement said on Friday."). */
export function trailingAttribution(
  tokens: readonly Token[],
  first: number,
  end: number,
  isMark: (k: number) => boolean,
): { comma: number; verb: number } | null {
  let last = end - 1;
  while (last > first && TRAILING.has(tokens[last]?.text ?? "")) last--;
  for (let v = last; v > first && last - v <= 8; v--) {
    if (!isSpeechVerbAt(tokens, v)) continue;
    // "told Radio Sawt by phone on Sunday morning": a telling's listener and means run longer.
    if (last - v > 6 && !TELL.has(tokens[v]?.norm ?? "")) continue;
    // After the verb: nothing, a time ("on Friday"), or, right after the comma, the speaker.
    const after = tokens[v + 1];
    // ", the department said Tuesday.", "said Tuesday night.": a bare weekday is a time too.
    let timeOnly =
      v === last ||
      (after !== undefined && TIME_WORDS.has(after.norm) && last - v <= 4) ||
      (WEEKDAY_NAMES.has(after?.norm ?? "") && timeAfter(tokens, v + 1, last + 1) === last + 1);
    // ", ministry spokesman NAME told reporters in Baghdad.": a listener, then at most a place or time.
    if (!timeOnly && TELL.has(tokens[v]?.norm ?? "")) {
      const heard = listenerEnd(tokens, v + 1, last + 1);
      const rest = tokens[heard];
      timeOnly =
        heard > v + 1 &&
        (heard > last ||
          (rest !== undefined &&
            ["in", "on", "by", "at", "last", "this", "during"].includes(rest.norm) &&
            // "told Radio Nawa by phone on Saturday": the means after "by" is no verb.
            !tokens
              .slice(heard, last + 1)
              .some(
                (x, i) =>
                  x.kind === "word" && !x.cap && isVerbWord(x.norm) && tokens[heard + i - 1]?.norm !== "by",
              )));
    }
    // "..., Ahmad Saleh, the mayor, said.", "..., the town's mayor, Ahmad Saleh, told reporters.":
    // a speaker named with an appositive set off by commas before the verb.
    // (Before ", said the ministry.": after "told", a name is the listener.)
    const appositive =
      timeOnly && tokens[v - 1]?.text === "," ? appositiveSpeaker(tokens, first, v - 1, isMark) : -1;
    if (appositive >= 0) return { comma: appositive, verb: v };
    // ", said the ministry." — but not ", said the raids had stopped.", a clause of its own.
    const clause = tokens
      .slice(v + 1, last + 1)
      .some((t) => t.kind === "word" && !t.cap && isVerbWord(t.norm));
    if (
      tokens[v - 1]?.text === "," &&
      after &&
      (after.cap || ["the", "a", "an"].includes(after.norm)) &&
      !clause
    ) {
      return { comma: v - 1, verb: v };
    }
    if (!timeOnly) continue;
    for (let c = v - 1; c > first && v - c <= 14; c--) {
      // "..., not 1,850 as some media reported.": a figure denied, and whose it was; the media
      // told the figure the sentence rejects, not the sentence.
      if (tokens[c]?.text === "," && tokens[c + 1]?.norm === "not") break;
      // "..., far fewer than the ministry announced.": a comparison with what another told; the
      // ministry told another figure, not the sentence.
      if (tokens[c]?.norm === "than") break;
      if (tokens[c]?.text === ",") return { comma: c, verb: v };
      if (isMark(c)) break;
      // ", said it had issued no flood warning.": a verb of saying before the last word makes
      // the stretch a clause of its own, the last word ("warning") no verb of a tag.
      if (isSpeechVerbAt(tokens, c)) break;
    }
  }
  return longTrailing(tokens, first, last, isMark);
}

/**
 * The comma opening a name and its appositive that end right before a trailing verb's comma
 * (`close`): "..., Ahmad Saleh, the mayor, said." (a name, then a role with "the" or "a") or
 * "..., the town's mayor, Ahmad Saleh, said." (a role, then a name). -1 when the words before
 * `close` are no such pair.
 */
function appositiveSpeaker(
  tokens: readonly Token[],
  first: number,
  close: number,
  isMark: (k: number) => boolean,
): number {
  const commaBefore = (at: number): number => {
    for (let c = at - 1; c > first && at - c <= 9; c--) {
      if (isMark(c)) return -1;
      if (tokens[c]?.text === ",") return c;
    }
    return -1;
  };
  const middle = commaBefore(close);
  if (middle < 0) return -1;
  const opening = commaBefore(middle);
  if (opening < 0) return -1;
  const phrase = (a: number, b: number) => tokens.slice(a, b + 1);
  const role = (ws: readonly Token[]) => ["the", "a", "an"].includes(ws[0]?.norm ?? "");
  // "a Britain-based war monitor": a participle joined by a hyphen is part of an adjective.
  const hyphened = (t: Token) => !t.space && /^[-‐‑]$/.test(tokens[t.i - 1]?.text ?? "");
  // "a war monitor": a role's last word is its noun, whatever verb it is spelled like.
  const verbless = (ws: readonly Token[]) =>
    ws.every(
      (t, i) =>
        t.kind !== "word" ||
        t.cap ||
        !isVerbWord(t.norm) ||
        t.norm === "head" ||
        hyphened(t) ||
        (i === ws.length - 1 && role(ws)),
    );
  const named = (ws: readonly Token[]) => {
    const words = ws.filter((t) => t.kind === "word");
    // "the Syrian Observatory for Human Rights, a Britain-based war monitor,": a body's name
    // is written with its "the", and may run to a few more words.
    const the = words[0]?.norm === "the" && words[1]?.cap === true ? 1 : 0;
    return (
      words.length >= 1 + the &&
      words.length <= 5 + the * 2 &&
      words[the]?.cap === true &&
      words.some((t) => t.cap)
    );
  };
  const one = phrase(opening + 1, middle - 1);
  const two = phrase(middle + 1, close - 1);
  if (!verbless(one) || !verbless(two)) return -1;
  if ((named(one) && role(two)) || (role(one) && named(two) && two.every((t) => t.kind !== "word" || t.cap)))
    return opening;
  return -1;
}

/** Where a trailing verb's saying is told at length: "said in a statement read out ...". */
const MEDIUM = new Set(["in", "on", "via", "through", "during", "at"]);

/**
 * ", the Asayish said in a statement read out in front of the seized weapons.": a short
 * speaker phrase after the comma, its verb, and a prepositional phrase to the end with no
 * clause of its own ("that", a pronoun).
 */
function longTrailing(
  tokens: readonly Token[],
  first: number,
  last: number,
  isMark: (k: number) => boolean,
): { comma: number; verb: number } | null {
  // ", the ministry said in a statement on Thursday.": a tail of a few words is read so too, when
  // it runs past what the time-only reading above takes ("said in a statement", "said on Friday").
  for (let v = last - 3; v > first && last - v <= 18; v--) {
    if (!isSpeechVerbAt(tokens, v) || !MEDIUM.has(tokens[v + 1]?.norm ?? "")) continue;
    const rest = tokens.slice(v + 1, last + 1);
    if (
      rest.some(
        (t, i) =>
          t.norm === "that" ||
          SUBJECT_PRONOUNS.has(t.norm) ||
          isMark(v + 1 + i) ||
          (t.kind === "punct" && t.text !== "-"),
      )
    )
      return null;
    for (let c = v - 1; c > first && v - c <= 6; c--) {
      const t = tokens[c] as Token;
      if (t.text === ",") {
        const head = tokens[c + 1];
        return head && c + 1 < v && (head.cap || ["the", "a", "an"].includes(head.norm))
          ? { comma: c, verb: v }
          : null;
      }
      if (t.kind === "punct" || isMark(c)) return null;
    }
    return null;
  }
  return null;
}

/**
 * An attribution between commas inside a sentence: "X killed 11 soldiers, a war monitor said,
 * the deadliest attack ..." (what is said comes before it) and "Mine clearance, he said, would
 * require ..." (it interrupts what is said). [c1, c2] are the commas; the speaker is the phrase
 * [npFirst, npLast]; `whole` when the sentence around the attribution is what was said.
 */
/** Words that open an approximate count: "about 20", "nearly a hundred". */
const APPROXIMATORS = new Set([
  "about",
  "some",
  "nearly",
  "around",
  "almost",
  "roughly",
  "approximately",
  "over",
]);

/** Collective nouns of sources, plural without an -s: ", police said,". */
const COLLECTIVES = new Set(["police", "staff", "personnel"]);

/** Verbs of telling whose object is the listener: never inverted after their speaker. */
const LISTENER_FIRST = new Set([
  "told",
  "tells",
  "tell",
  "assured",
  "assures",
  "reminded",
  "reminds",
  "informed",
]);

/** From `from` to the sentence's end (`end` exclusive, a closing stop allowed) only a capitalised name, "the" before it. */
function appositiveNameToEnd(tokens: readonly Token[], from: number, end: number): boolean {
  let k = from;
  if (tokens[k]?.norm === "the" && !tokens[k]?.cap) k++;
  let words = 0;
  for (; k < end; k++) {
    const t = tokens[k] as Token;
    if (t.kind === "punct" && k === end - 1 && [".", "!"].includes(t.text)) break;
    if (t.kind !== "word" || !(t.cap || ["of", "for", "and"].includes(t.norm))) return false;
    words++;
  }
  return words > 0 && words <= 7 && tokens[k - 1]?.cap === true;
}

/**
 * Whether the words from `first` to the comma `c1` are a name and an apposition or a relative
 * clause on it, "The Asayish, the region's police force", "The ministry, which backs the prize":
 * capitalised words (and "of", "for", "and", "the" inside them) up to a comma, then "the", "a",
 * "an", "which" or "who" opening what describes the name, no other comma between.
 */
function closesApposition(
  tokens: readonly Token[],
  first: number,
  c1: number,
  quoted: (k: number) => boolean,
): boolean {
  if (!tokens[first]?.cap || quoted(first)) return false;
  let c0 = first + 1;
  while (c0 < c1 && (tokens[c0]?.cap || NAME_INNER.has(tokens[c0]?.norm ?? "") || tokens[c0]?.text === "-"))
    c0++;
  if (tokens[c0]?.text !== "," || c0 >= c1 - 1 || quoted(c0)) return false;
  if (!APPOSITION_OPENERS.has(tokens[c0 + 1]?.norm ?? "") || tokens[c0 + 1]?.cap) return false;
  return tokens.slice(c0 + 1, c1).every((t, i) => t.text !== "," && t.text !== ";" && !quoted(c0 + 1 + i));
}
const NAME_INNER = new Set(["of", "for", "and", "the"]);
/** Prepositions after a verb of saying that open how, where or when it was said ("through its spokesman"). */
const MANNER_PREPOSITIONS = new Set("through via in on at by with from during after before to".split(" "));
/** What opens an apposition or a relative clause set off after a name: "the", "a", "which", "who". */
const APPOSITION_OPENERS = new Set(["the", "a", "an", "which", "who"]);

export function midAttribution(
  tokens: readonly Token[],
  first: number,
  end: number,
  quoted: (k: number) => boolean,
): { c1: number; c2: number; verb: number; npFirst: number; npLast: number; whole: boolean } | null {
  for (let c1 = first + 1; c1 < end - 4; c1++) {
    if (tokens[c1]?.text !== "," || quoted(c1)) continue;
    // ", a war monitor said,", ", he said,", ", said the ministry,": a short phrase and its verb.
    let v = -1;
    for (let k = c1 + 1; k < Math.min(end, c1 + 8); k++) {
      const t = tokens[k] as Token;
      // ", Dr. al-Hamwi added,": the full stop of a title's abbreviation is no break.
      const abbreviation =
        t.text === "." && tokens[k - 1]?.cap === true && TITLES.has(tokens[k - 1]?.norm ?? "");
      if (t.kind === "punct" && t.text !== "-" && t.text !== "'" && t.text !== "’" && !abbreviation) break;
      if (((isSpeechVerb(t) && !isParticiple(t) && !inName(tokens, k)) || wentOn(tokens, k)) && !quoted(k)) {
        v = k;
        break;
      }
    }
    if (v < 0) continue;
    let c2 = v + 1;
    while (c2 < end && c2 - v <= 5 && tokens[c2]?.text !== ",") {
      const t = tokens[c2] as Token;
      // ", the firm wrote in its report,": a word after a determiner is a noun ("its report").
      const verbal = isVerbWord(t.norm) && !DETERMINERS.has(tokens[c2 - 1]?.norm ?? "");
      if (t.kind === "punct" || t.norm === "that" || verbal || quoted(c2)) break;
      c2++;
    }
    if (tokens[c2]?.text !== "," || c2 >= end - 2) continue;
    const verbFirst = v === c1 + 1;
    // "..., said the charity, the Hope Relief Fund.": a name closing the sentence after the
    // speaker's comma is the speaker's apposition, not the said words going on.
    const closingName = verbFirst && appositiveNameToEnd(tokens, c2 + 1, end);
    // ", told our neighbour's son,": a verb of telling takes its listener after it; it is never
    // inverted after its speaker the way ", said the spokesman," is.
    if (verbFirst && LISTENER_FIRST.has(tokens[v]?.norm ?? "")) continue;
    // "Dr Nasser, a fellow at the institute, contradicted the spokesman, saying ...": a verb of
    // denial takes what it denies after it; it is never inverted after its speaker either.
    if (verbFirst && isDenialVerb(tokens[v])) continue;
    // "The Asayish, the region's police, said the man, a trader, had ...": a name and its
    // apposition set off by commas are the subject of the verb after them; what follows the verb
    // is the reported clause, never a speaker inverted after it.
    if (verbFirst && closesApposition(tokens, first, c1, quoted)) continue;
    // "The ministry said through its spokesman, NAME, that ...": a phrase opening on a
    // preposition after the verb says how or where it was said; it never names who said it.
    if (verbFirst && MANNER_PREPOSITIONS.has(tokens[v + 1]?.norm ?? "")) continue;
    // "What happened, as the spokesman told us, was simple": "as" leads the tag in.
    const led = !verbFirst && tokens[c1 + 1]?.norm === "as" && v > c1 + 2 ? 1 : 0;
    const npFirst = verbFirst ? v + 1 : c1 + 1 + led;
    const npLast = verbFirst ? c2 - 1 : v - 1;
    if (npLast < npFirst) continue;
    // A speaker phrase starts with a determiner, a pronoun or a capital ("officials" too).
    const head = tokens[npFirst] as Token;
    // ", said about 20 families, most of them from Raqqa, were ...": after the verb, a phrase
    // opening on "about" or "nearly" is a count, the subject of what is said, not who says it.
    if (verbFirst && APPROXIMATORS.has(head.norm)) continue;
    // ", two security sources said,": a counted source too.
    const counted = head.kind === "num" || Object.hasOwn(WORD_VALUES, head.norm);
    // ", al-Hamwi added,": a surname's particle, joined by its hyphen to a capital, opens a name.
    const particle =
      tokens[npFirst + 1]?.text === "-" && tokens[npFirst + 2]?.cap === true && head.norm.length <= 3;
    if (
      !verbFirst &&
      !head.cap &&
      !particle &&
      !counted &&
      !["a", "an", "the", "he", "she", "they", "it", "we"].includes(head.norm)
    ) {
      // ", officials said,", ", local sources told us,": a plural source, one adjective at most.
      // ", police said,": a collective noun that takes a plural verb is such a source too.
      const plural = /s$/.test(tokens[v - 1]?.norm ?? "") || COLLECTIVES.has(tokens[v - 1]?.norm ?? "");
      if (!plural || v - 1 - npFirst > 1 || tokens[npFirst + 1]?.cap) continue;
    }
    // "The jailbreak at Ghwayran four years ago, Khatib warned, showed ...": a first part with
    // no verb of its own is the subject of what follows the tag: the sentence is what was said.
    let verbless = true;
    for (let k = first; k < c1 && verbless; k++) {
      const t = tokens[k] as Token;
      // "the camp", "in the camp": a noun after a determiner or a preposition.
      const before = tokens[k - 1]?.norm ?? "";
      if (t.kind !== "word" || t.cap || DETERMINERS.has(before) || PREPOSITIONS.has(before)) continue;
      verbless = !(isVerbWord(t.norm) || AUXILIARIES.has(t.norm) || PAST_FORMS.has(t.norm));
    }
    return { c1, c2, verb: v, npFirst, npLast, whole: !closingName && (c1 - first <= 6 || verbless) };
  }
  return null;
}

/**
 * Subject of a participle ("X contradicted him, saying ...", "He rejected the report,
 * warning ..."): the first person or organization of the clause before it, or its pronoun.
 */
export function participleSubject(
  doc: Doc,
  owners: Map<number, EntityDraft>,
  v: number,
  memory: SpeakerMemory,
): Speaker | null {
  const { tokens } = doc;
  const sentence = doc.sentences[tokens[v]?.sentence ?? -1];
  if (!sentence) return null;
  // "SANA quoted a ministry official as saying that ...": the one quoted says it, not the outlet.
  // The one quoted may be a role with a name and an affiliation in apposition ("quoted a local
  // commander, Colonel Jaber al-Fadel of the Internal Security Forces, as saying"): the reach
  // covers such a phrase; a stop or a colon ends it anyway.
  if (tokens[v - 1]?.norm === "as" && ["saying", "telling"].includes(tokens[v]?.norm ?? "")) {
    for (let k = v - 3; k >= sentence.tokenStart && v - k <= 24; k--) {
      const t = tokens[k] as Token;
      if (t.kind === "punct" && ![",", "-"].includes(t.text)) break;
      if (!["quoted", "quotes", "quoting", "cited", "cites", "citing"].includes(t.norm)) continue;
      // "NAME was quoted by SANA as saying that ...": in the passive the one quoted is the
      // clause's subject, and the agent after "by" only carried the words.
      // "He is quoted on page 14 as saying ...", "She was quoted in the report as saying ...": an
      // adjunct of where the words were printed changes nothing; the subject is the one quoted.
      const printedIn = PRINTED_IN.has(tokens[k + 1]?.norm ?? "");
      if ((tokens[k + 1]?.norm === "by" || printedIn) && PASSIVE.has(tokens[k - 1]?.norm ?? "")) {
        const start = clauseStart(tokens, sentence.tokenStart, k - 1);
        const first = tokens[start];
        if (first && ["he", "she", "they", "it", "we"].includes(first.norm))
          return memory.pronoun(first.norm, first.i);
        return clauseSubject(doc, owners, start, k - 1, memory);
      }
      const end = tokens[v - 2]?.text === "," ? v - 3 : v - 2;
      const quotedOne = phraseSpeaker(doc, owners, k + 1, end, memory);
      if (quotedOne) return quotedOne;
      break;
    }
  }
  // "with the British government saying that ...": the noun phrase after "with" says it.
  for (let k = v - 1; k > sentence.tokenStart && v - k <= 7; k--) {
    const t = tokens[k] as Token;
    if (t.kind === "punct" && t.text !== "-") break;
    if (t.norm !== "with") continue;
    if (k + 1 < v) {
      const speaker = phraseSpeaker(doc, owners, k + 1, v - 1, memory);
      if (speaker) return speaker;
    }
    break;
  }
  // "The group put out a statement on its channel saying ...": a participle without its comma
  // tells what the statement says; the clause's subject put it out.
  if (tokens[v - 1]?.text !== ",") {
    const publication = tokens
      .slice(Math.max(sentence.tokenStart, v - 8), v)
      .some((t) => PUBLICATIONS.has(t.norm));
    if (!publication) return null;
    let start = clauseStart(tokens, sentence.tokenStart, v);
    while (start < v && DISCOURSE.has(tokens[start]?.norm ?? "")) start++;
    const first = tokens[start];
    if (first && ["he", "she", "they", "it", "we"].includes(first.norm))
      return memory.pronoun(first.norm, first.i);
    return clauseSubject(doc, owners, start, v, memory);
  }
  // "'...,' the source said, adding that ...": whoever said it adds to it.
  for (let k = v - 2; k > sentence.tokenStart && v - k <= 8; k--) {
    if (tokens[k]?.text === "," || !isSpeechVerbAt(tokens, k) || isParticiple(tokens[k])) continue;
    const said = subjectOf(doc, owners, k, memory);
    if (said) return said;
    break;
  }
  let start = clauseStart(tokens, sentence.tokenStart, v);
  while (start < v && DISCOURSE.has(tokens[start]?.norm ?? "")) start++;
  const first = tokens[start];
  if (first && ["he", "she", "they", "it", "we"].includes(first.norm))
    return memory.pronoun(first.norm, first.i);
  const subject = clauseSubject(doc, owners, start, v, memory);
  if (subject) return subject;
  // "Asked about reports that the militia had done it, she said she had seen them, adding: ...":
  // the one who adds is the "he" or "she" who said the clause before, not a body named in the
  // question put to them.
  for (let k = start; k < v - 1; k++) {
    const t = tokens[k] as Token;
    if (t.norm !== "he" && t.norm !== "she") continue;
    const verb = SAYING_ADVERBS.has(tokens[k + 1]?.norm ?? "") ? k + 2 : k + 1;
    if (verb < v && isSpeechVerbAt(tokens, verb) && !isParticiple(tokens[verb]))
      return memory.pronoun(t.norm, k);
  }
  let org: EntityDraft | null = null;
  for (let k = sentence.tokenStart; k < v - 1; k++) {
    const d = owners.get(k);
    if (d?.type === "person") return { draft: d, name: d.name };
    if (d?.type === "organization") org ??= d;
  }
  return org ? { draft: org, name: org.name } : null;
}

/** Promises whose words may be quoted: "vowed to restore 'full control'". */
const PLEDGE_VERBS = new Set(["pledged", "pledges", "vowed", "vows", "promised", "promises"]);

/** What a statement is put out in: "a statement ... saying", "a video ... showing". */
const PUBLICATIONS = new Set(
  "statement statements video message letter post posts communique communiqué release bulletin tweet".split(
    " ",
  ),
);

/** The period of an abbreviated title ("Gen.", "Col."), which ends no phrase. */
const isTitlePeriod = (tokens: readonly Token[], k: number) =>
  tokens[k]?.text === "." && tokens[k]?.space === false && TITLES.has(tokens[k - 1]?.norm ?? "");

/**
 * "according to the camp's manager, Ali Hussein al-Lami.": a person named in apposition right
 * after the phrase ending at npEnd is who it is; returns the new end of the phrase.
 */
export function withAppositiveName(
  tokens: readonly Token[],
  owners: Map<number, EntityDraft>,
  npEnd: number,
  end: number,
): number {
  // "the Counter-Terrorism director, Dr Elena Marsh,": a title the name entity leaves out
  // ("Dr", "Col.", "Brigadier General") opens the apposition too.
  let k = npEnd + 2;
  while (
    k < end &&
    k - npEnd < 6 &&
    !owners.has(k) &&
    (TITLES.has(tokens[k]?.norm ?? "") || isTitlePeriod(tokens, k))
  )
    k++;
  // "said our founder, the master calligrapher Hassan Bakkour.": "the" and a lower-case
  // description before the name, a second post in apposition to the first, open it too.
  if (tokens[k]?.text === "the" && !owners.has(k)) {
    let j = k + 1;
    while (
      j < end &&
      j - k <= 4 &&
      !owners.has(j) &&
      tokens[j]?.kind === "word" &&
      !tokens[j]?.cap &&
      !DESCRIPTION_BREAKS.has(tokens[j]?.norm ?? "")
    )
      j++;
    if (j > k + 1 && owners.get(j)?.type === "person") k = j;
  }
  const d = owners.get(k);
  if (tokens[npEnd + 1]?.text !== "," || d?.type !== "person" || owners.get(npEnd) === d) return npEnd;
  while (k + 1 < end && owners.get(k + 1) === d) k++;
  return k + 1 >= end || [",", ".", ";", ")"].includes(tokens[k + 1]?.text ?? "") ? k : npEnd;
}

/** Words that end a description before a name: "the brother of X" describes X's brother. */
const DESCRIPTION_BREAKS = new Set(
  "of for to in at from with by on and or who whose which that after before than".split(" "),
);

/** A hyphen written against the words on both sides ("al-Lami", "U.S.-led"). */
export const isInnerHyphen = (tokens: readonly Token[], k: number) =>
  tokens[k]?.text === "-" &&
  tokens[k]?.space === false &&
  tokens[k + 1] !== undefined &&
  !tokens[k + 1]?.space &&
  tokens[k + 1]?.kind !== "punct";

/**
 * "a border guard officer at the scene": an article, a source noun before any preposition, and
 * its place — a description of a speaker, not a clause ("the men we arrested").
 */
function describedSource(tokens: readonly Token[], first: number, end: number): boolean {
  if (!["a", "an", "the"].includes(tokens[first]?.norm ?? "")) return false;
  for (let k = first + 1; k < end && k - first <= 5; k++) {
    const t = tokens[k] as Token;
    if (t.kind !== "word" || ["in", "at", "of", "from", "with", "on", "for"].includes(t.norm)) return false;
    // "a fuel seller who works by the checkpoint told ...": a relative clause describes it too.
    if (
      isSourceNoun(t.norm) &&
      ["in", "at", "of", "from", "with", "on", "for", "who"].includes(tokens[k + 1]?.norm ?? "")
    )
      return true;
  }
  return false;
}

/** Whether a person is named between k and end before any other punctuation. */
function isPersonAhead(owners: Map<number, EntityDraft>, k: number, end: number): boolean {
  for (let j = k; j < end; j++) if (owners.get(j)?.type === "person") return true;
  return false;
}

/**
 * "called the strike a '...'", "branded the raids 'collective punishment'": the words a subject
 * names something with, the quotation a few words after the verb with no stop between (a
 * passive "was called" names no one).
 */
function namedAs(tokens: readonly Token[], v: number, open: number): boolean {
  const t = tokens[v];
  if (!t || !DESCRIBE.has(t.norm) || t.norm.startsWith("describ") || open - v > 8 || open - v < 2)
    return false;
  if (PASSIVE.has(tokens[v - 1]?.norm ?? "") || ["on", "for", "upon"].includes(tokens[v + 1]?.norm ?? ""))
    return false;
  for (let k = v + 1; k < open; k++) if ((tokens[k] as Token).kind === "punct") return false;
  return true;
}

const ACCUSE = new Set(["accused", "accuses", "accusing", "blamed", "blames", "blaming"]);

/**
 * 'accused "the enemies of the people" of ...', 'blamed "outlaw groups"': an accusation whose
 * object is quoted gives its quoted words to the accuser (a passive "was blamed" accuses no one).
 */
function accusedOf(tokens: readonly Token[], v: number, open: number): boolean {
  if (!ACCUSE.has(tokens[v]?.norm ?? "") || open !== v + 1) return false;
  return !PASSIVE.has(tokens[v - 1]?.norm ?? "");
}

/** The speech verb a quote hangs on, and who speaks it. */
export interface Attribution {
  speaker: Speaker;
  verb: number;
}

const PUT = new Set(["put", "puts", "putting"]);
/** "put it bluntly:", "puts it this way:" right before the quotation at `open`. */
function putItBefore(tokens: readonly Token[], v: number, open: number): boolean {
  if (!PUT.has(tokens[v]?.norm ?? "") || tokens[v + 1]?.norm !== "it") return false;
  let k = v + 2;
  while (k < open && k <= v + 4 && tokens[k]?.kind === "word" && !PUT_ADJUNCTS.has(tokens[k]?.norm ?? ""))
    k++;
  // "put it this way in the crew briefing room yesterday:": where or when it was put, after the
  // manner, is no part of the words either.
  if (PUT_ADJUNCTS.has(tokens[k]?.norm ?? "") && k > v + 2)
    while (k < open && k <= v + 14 && (tokens[k]?.kind === "word" || tokens[k]?.kind === "poss")) k++;
  return k === open - 1 && tokens[k]?.text === ":";
}
/** Words that open where or when something was put: "in the briefing room", "yesterday". */
const PUT_ADJUNCTS = new Set(["in", "at", "on", "during", "to", "yesterday", "today", "later", "afterwards"]);

/** How many tokens a request may run from its verb of asking to the quotation. */
const REQUEST_REACH = 12;

/**
 * "asked him on Monday for 'a red pencil'", "had asked him to read one poem 'for the men ...'":
 * a request in the asker's own words — the quotation at `open` follows the verb of asking at v
 * in one stretch of words, right after "for" or in the infinitive the request asks for.
 */
export function askedFor(tokens: readonly Token[], v: number, open: number, start: number): boolean {
  const directing = DIRECTING.has(tokens[v]?.norm ?? "");
  if (!(ASKING.has(tokens[v]?.norm ?? "") || directing) || open - v > REQUEST_REACH || open <= v + 1)
    return false;
  for (let k = v + 1; k < open; k++) if (tokens[k]?.kind === "punct") return false;
  if (tokens[open - 1]?.norm === "for" && !directing) return true;
  // "He directed the security leaders to '...'": a directive's listener, then "to", then the
  // quoted infinitive — the words of the one directing, unless told inside another's statement.
  if (directing)
    return (
      tokens[open - 1]?.norm === "to" &&
      open - v >= 3 &&
      !tokens.slice(start, v).some((t) => t.norm === "that" || isSpeechVerb(t))
    );
  // "asked him to read": the listener, then the infinitive — told in the writer's own account;
  // "said that the ministry had asked the coalition to keep teams '...'" quotes the one who said it.
  if (tokens.slice(start, v).some((t) => t.norm === "that")) return false;
  for (let k = v + 1; k <= Math.min(open - 2, v + 4); k++) if (tokens[k]?.norm === "to") return k > v + 1;
  // "asked residents 'not to touch anything'": the listener, then the request's own infinitive
  // opening the quotation.
  const first = tokens[open + 1]?.norm;
  const infinitive = first === "to" || (first === "not" && tokens[open + 2]?.norm === "to");
  // "He said Baghdad had asked Ankara 'to share …'": a request told inside another's statement
  // is in that speaker's words.
  const reported = tokens.slice(start, v).some((t) => isSpeechVerb(t));
  return infinitive && !reported && open - v >= 2 && open - v <= 5;
}

/** How many words the subject of a request may have to be read in the article's words. */
const REQUESTER_WORDS = 6;

/**
 * "that the boy from the burned tent, Ahmad, asked him for '...'", "that the boy asked him
 * for '...'": whoever asks speaks, even one no list knows as a source — the name in apposition
 * to the subject, else the subject in the article's words, from the "that" or the sentence's
 * start to the verb of asking at v. Null when the subject is longer or holds a clause.
 */
function requester(doc: Doc, v: number, start: number): Speaker | null {
  const { tokens } = doc;
  let last = v - 1;
  // "the boy ..., Ahmad, asked": a capitalised name set off by commas just before the verb.
  if (tokens[last]?.text === ",") {
    let first = last - 1;
    while (first > start && tokens[first - 1]?.kind === "word" && tokens[first - 1]?.cap) first--;
    const name = tokens[first]?.cap && tokens[first]?.kind === "word" && tokens[first - 1]?.text === ",";
    if (name && last - first <= 3) return { draft: null, name: spanText(doc, first, last - 1) };
    return null;
  }
  while (
    last > start &&
    (timeBefore(tokens, last, start) >= 0 || AUXILIARIES.has(tokens[last]?.norm ?? ""))
  ) {
    const when = timeBefore(tokens, last, start);
    last = when >= 0 ? when - 1 : last - 1;
  }
  let first = last;
  while (first > start && tokens[first - 1]?.kind === "word" && tokens[first - 1]?.norm !== "that") first--;
  if (tokens[first]?.norm === "the") first++;
  const words = tokens.slice(first, last + 1);
  if (words.length === 0 || words.length > REQUESTER_WORDS) return null;
  if (words.some((t) => t.kind !== "word" || isVerbWord(t.norm) || isSpeechVerb(t))) return null;
  return { draft: null, name: spanText(doc, first, last) };
}

/** Tokens of names in [from, to) beyond the first of each name ("Deir ez-Zor", "Hussein al-Ali"). */
function nameTokensBeyondFirst(owners: Map<number, EntityDraft>, from: number, to: number): number {
  let n = 0;
  for (let k = from + 1; k < to; k++) {
    const owner = owners.get(k);
    if (owner && owners.get(k - 1) === owner) n++;
  }
  return n;
}

/** Tokens of [from, to) that only join words: an inner hyphen and the word after it, a possessive "’s". */
function joinedTokens(tokens: readonly Token[], from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) {
    if (tokens[k]?.kind === "poss") n++;
    else if (isInnerHyphen(tokens, k)) n += 2;
  }
  return n;
}

/** Verbs of the manner of a voice, which give the words right after them: 'shouted "..."'. */
const VOICE_VERBS = new Set(
  "shout shouted shouts shouting yell yelled yells yelling scream screamed screams screaming whisper whispered whispers whispering chant chanted chants chanting".split(
    " ",
  ),
);
/** Verbs of asking, which give the question right after them: 'asked me, "..."'. */
const ASKING = new Set(["asked", "asks", "asking"]);
/**
 * Verbs of directing, which word a request as asking does: "directed the security leaders to
 * '...'", "instructed the governors to '...'".
 */
const DIRECTING = new Set(["directed", "directs", "instructed", "instructs", "ordered", "orders"]);
/**
 * Verbs of stance whose object may be the words themselves: 'condemned "the terrorist crime"',
 * 'expressed "the solidarity of the Kingdom"'. The quotation is the verb's object, right after it.
 */
const STANCE_OBJECTS = new Set(
  "condemned condemns condemning denounced denounces denouncing expressed expresses expressing deplored deplores".split(
    " ",
  ),
);

/**
 * 'The presidency condemned "the terrorist crime in X"', 'condemned the "heinous attack"': a
 * stance verb, its quoted object next, the object's article outside the marks or in them. After
 * an article the marks must close the noun phrase: in 'condemned the "cowardly" attack' the
 * quoted word is only a modifier of the object, the noun after it.
 */
function stanceObject(tokens: readonly Token[], v: number, open: number, close: number): boolean {
  if (!STANCE_OBJECTS.has(tokens[v]?.norm ?? "") || tokens[v]?.cap) return false;
  if (open === v + 1) return true;
  if (open !== v + 2 || !STANCE_ARTICLES.has(tokens[v + 1]?.norm ?? "")) return false;
  const after = tokens[close + 1];
  return after === undefined || after.kind !== "word" || PHRASE_CLOSERS.has(after.norm);
}
const STANCE_ARTICLES = new Set(["the", "a", "an", "this", "that", "its", "their"]);
/** Verbs of thanking and praising, whose reason may be quoted: 'thanked them "for ..."'. */
const THANKING = new Set(
  "thanked thanks thanking praised praises praising commended commends commending".split(" "),
);

/**
 * 'thanked them "for standing on that road"', 'praised the crews "for working all night"': a verb
 * of thanking, its object (a pronoun or a short lower-case phrase), then the reason in marks from
 * its "for": the words the thanker spoke.
 */
function thankedFor(tokens: readonly Token[], v: number, open: number): boolean {
  if (!THANKING.has(tokens[v]?.norm ?? "") || tokens[v]?.cap || open - v < 2 || open - v > 5) return false;
  if (tokens[open + 1]?.norm !== "for") return false;
  for (let k = v + 1; k < open; k++) {
    const t = tokens[k] as Token;
    if (t.kind !== "word" || t.cap) return false;
  }
  return true;
}
/** Words after a closing mark that show the quoted noun phrase ended there: 'the "attack" and'. */
const PHRASE_CLOSERS = new Set("and but or on in at by for against with which that as from to".split(" "));
/** Verbs of hearing whose object then voices the words: 'heard one of the men shout "..."'. */
const HEARING = new Set(["heard", "hear", "hears", "hearing"]);

/**
 * 'One of the men shouted "..."', 'heard one of the men shout: "..."': a verb of the manner of
 * a voice right before the quotation gives it to its subject — or, after a verb of hearing, to
 * the one heard, the phrase between the two verbs.
 */
function voicedBefore(
  doc: Doc,
  owners: Map<number, EntityDraft>,
  q: QuoteSpan,
  memory: SpeakerMemory,
): Attribution | null {
  const { tokens } = doc;
  let v = q.open - 1;
  if ([":", ","].includes(tokens[v]?.text ?? "")) v--;
  // 'The third man asked me, "Are you ...?"': a question put to someone, in its words.
  if (PROMISEES.has(tokens[v]?.norm ?? "") && ASKING.has(tokens[v - 1]?.norm ?? "")) v--;
  const asked = ASKING.has(tokens[v]?.norm ?? "") && [",", ":"].includes(tokens[q.open - 1]?.text ?? "");
  if (!asked && !VOICE_VERBS.has(tokens[v]?.norm ?? "")) return null;
  const sentenceStart = doc.sentences[tokens[v]?.sentence ?? -1]?.tokenStart ?? 0;
  for (let h = v - 2; h >= Math.max(sentenceStart, v - 8); h--) {
    const t = tokens[h] as Token;
    if (t.kind === "punct") break;
    if (!HEARING.has(t.norm)) continue;
    const speaker = phraseSpeaker(doc, owners, h + 1, v - 1, memory);
    return speaker ? { speaker, verb: v } : null;
  }
  const speaker = subjectOf(doc, owners, v, memory);
  return speaker ? { speaker, verb: v } : null;
}

const RELATIVES = new Set(["who", "whom", "whose", "that", "which"]);
/** Verbs of memory or hearing whose object, then a participle of saying, voices the words. */
const RECALLING = new Set(
  "remembers remembered remember remembering recalls recalled recall recalling heard hear hears hearing".split(
    " ",
  ),
);
/** Participles of saying after a recalled speaker: 'recalls his father telling him: "..."'. */
const RECALLED_SAYING = new Set(["saying", "telling", "shouting", "warning", "asking", "say", "tell"]);

/**
 * 'remembers the old hunter who ran it saying, "..."', 'recalls his father telling him, the
 * morning Mosul fell: "..."': words a witness remembers (or heard) someone saying are that
 * someone's — the object between the verb of memory and the participle, not the one who remembers.
 */
function recalledVoice(
  doc: Doc,
  owners: Map<number, EntityDraft>,
  v: number,
  start: number,
  memory: SpeakerMemory,
): Speaker | null {
  const { tokens } = doc;
  if (!RECALLED_SAYING.has(tokens[v]?.norm ?? "")) return null;
  for (let h = v - 2; h >= Math.max(start, v - 10); h--) {
    const t = tokens[h] as Token;
    if (t.kind === "punct" || QUOTE_MARKS.has(t.text)) return null;
    if (!RECALLING.has(t.norm)) continue;
    // "the old hunter who ran it": the one remembered is the head before its relative clause.
    let last = v - 1;
    for (let k = h + 2; k < v; k++) if (RELATIVES.has(tokens[k]?.norm ?? "")) last = Math.min(last, k - 1);
    const named = phraseSpeaker(doc, owners, h + 1, last, memory);
    if (named) return named;
    // An unnamed one, "the old hunter": a determiner and a few nouns or adjectives, no verb.
    const words = tokens.slice(h + 1, last + 1);
    const plain =
      words.length >= 2 &&
      words.length <= 4 &&
      DETERMINERS.has(words[0]?.norm ?? "") &&
      words.slice(1).every((w) => w.kind === "word" && !w.cap && !isVerbWord(w.norm));
    return plain ? { draft: null, name: spanText(doc, h + 1, last) } : null;
  }
  return null;
}

/**
 * '"The road is closed," said the police chief, "and nobody should drive it."': a speech verb
 * straight after a closing mark (and its comma), then the one who speaks up to the comma before
 * the reopening mark — the tag between the two parts, verb first, names the second part's
 * speaker as it does the first's. Anything else between the tag and the mark (a clause, a
 * second verb) is no split tag.
 */
function splitTagSpeaker(
  doc: Doc,
  owners: Map<number, EntityDraft>,
  v: number,
  open: number,
  ctx: { quoted: (k: number) => boolean; isMark: (k: number) => boolean },
  memory: SpeakerMemory,
): Speaker | null {
  const { tokens } = doc;
  let before = v - 1;
  if (tokens[before]?.text === ",") before--;
  if (!ctx.isMark(before) || !ctx.quoted(before)) return null;
  if (tokens[open - 1]?.text !== "," || open - 2 < v + 1 || open - 2 - v > 12) return null;
  for (let k = v + 1; k <= open - 2; k++) {
    const t = tokens[k] as Token;
    if (ctx.quoted(k) || (t.kind === "punct" && !isTitlePeriod(tokens, k) && !isInnerHyphen(tokens, k)))
      return null;
    if (isSpeechVerbAt(tokens, k)) return null;
  }
  return phraseSpeaker(doc, owners, v + 1, open - 2, memory);
}

export function directSpeaker(
  doc: Doc,
  owners: Map<number, EntityDraft>,
  q: QuoteSpan,
  ctx: {
    /** First token of the sentence the quotation opens in, and the end of the one it closes in. */
    start: number;
    end: number;
    quoted: (k: number) => boolean;
    isMark: (k: number) => boolean;
    quotedBefore: boolean;
  },
  memory: SpeakerMemory,
): Attribution | null {
  const { tokens } = doc;
  // After the quote: '..., he said', '..., said NAME, a ...', '..., SDF spokesman NAME told'.
  let j = q.close + 1;
  while (j < ctx.end && tokens[j]?.text === ",") j++;
  // "'...,' as Lieutenant Colonel NAME told our stringer": "as" leads the tag in.
  if (tokens[j]?.norm === "as" && !tokens[j]?.cap && (j > q.close + 1 || tokens[q.close - 1]?.text === ","))
    j++;
  /** Inside "NAME, a driver from Ramadi," — the comma that closes the apposition is part of it. */
  let appositionOpen = false;
  let apposed = false;
  // "NAME, spokesman for the Security Media Cell, told": a name with an apposition reaches further.
  for (let v = j; v < Math.min(ctx.end, j + (apposed ? 20 : 12)); v++) {
    const t = tokens[v] as Token;
    // "CENTCOM commander Gen. Michael Kurilla said": the period of a title does not stop the search;
    // nor do the commas of an apposition ("the monitor's director, NAME, told Reuters").
    const titlePeriod = isTitlePeriod(tokens, v);
    const apposition = t.text === "," && owners.get(v - 1)?.type === "person";
    const inApposition = t.text === "," && v > j && isPersonAhead(owners, v + 1, Math.min(ctx.end, j + 12));
    // "al-Saedi said", "Abu-Omar told": a hyphen inside a word is part of the name.
    const innerHyphen = isInnerHyphen(tokens, v);
    const closing = t.text === "," && appositionOpen;
    if (
      ctx.isMark(v) ||
      (t.kind === "punct" &&
        v > j &&
        !titlePeriod &&
        !apposition &&
        !inApposition &&
        !innerHyphen &&
        !closing)
    )
      break;
    if (apposition) appositionOpen = apposed = true;
    // "a retired officer of the border guards, Brigadier NAME, told me": a comma before the
    // name in apposition to a long post reaches as far as a comma after a name does.
    if (inApposition) apposed = true;
    if (closing) appositionOpen = false;
    // "a border guard officer at the scene told Reuters": a long phrase is a speaker only
    // while it holds no verb of its own.
    // A name counts as one word: "Deir ez-Zor council member Hussein al-Ali said"; so does a
    // hyphened word and a possessive: "the camp council’s co-chair, NAME, told us".
    const words = v - j - nameTokensBeyondFirst(owners, j, v) - joinedTokens(tokens, j, v);
    if (
      words >= 7 &&
      !tokens.slice(j, v).some((x) => x.text === ",") &&
      (words >= 10 || !describedSource(tokens, j, v))
    )
      break;
    if (!isSpeechVerbAt(tokens, v)) continue;
    let speaker: Speaker | null;
    if (v === j) {
      // '..., said Gen. Thomas Whitcombe, CENTCOM Commander.': a title's period is part of the name.
      let npEnd = v + 1;
      while (
        npEnd + 1 < ctx.end &&
        (![",", ".", ";"].includes(tokens[npEnd + 1]?.text ?? "") || isTitlePeriod(tokens, npEnd + 1))
      )
        npEnd++;
      // '..., said one of them, Khaled Nasser, whose ...': the name in apposition is who speaks.
      npEnd = withAppositiveName(tokens, owners, npEnd, ctx.end);
      speaker = phraseSpeaker(doc, owners, v + 1, npEnd, memory);
    } else {
      // "a retired officer of the border guards, Brigadier NAME, told": the name set off by
      // commas at the end of the phrase is who speaks.
      const named = tokens[v - 1]?.text === "," ? owners.get(v - 2) : undefined;
      speaker =
        named?.type === "person" && owners.get(j) !== named
          ? { draft: named, name: named.name }
          : phraseSpeaker(doc, owners, j, v - 1, memory);
    }
    if (speaker) return { speaker, verb: v };
    break;
  }
  const words = voicedBefore(doc, owners, q, memory);
  if (words) return words;
  // '"..." — Hevin Darwish, a teacher in Hasakah.': an epigraph's dash, then who said it.
  if (["—", "–"].includes(tokens[q.close + 1]?.text ?? "") && q.close + 2 < ctx.end) {
    const d = owners.get(q.close + 2);
    if (d && (d.type === "person" || d.type === "organization") && owners.get(q.close + 1) !== d)
      return { speaker: { draft: d, name: d.name }, verb: -1 };
  }
  // Before the quote: the nearest speech verb ("X believes that ... could help "...",
  // "X contradicted him, saying there had been '...'").
  for (let v = q.open - 1; v >= Math.max(ctx.start, q.open - 60); v--) {
    // "the ministry called on Ankara to '...'", "called for '...'": an appeal in its words.
    // "has promised to make Captagon 'a thing of the past'": a pledge in its words; so is the
    // quoted object of the pledge itself, "had promised 'a comprehensive sweep of the Badia'".
    // "X put it bluntly: '...'": the way of putting it, then the words.
    // "X, described by one Member State as '...'": the agent after "by" describes, not X.
    const passive = describedBy(tokens, v, ctx.end, ctx.quoted);
    if (passive && passive.first <= q.open && q.open <= passive.last) {
      const agent = phraseSpeaker(doc, owners, passive.agentFirst, passive.agentLast, memory);
      if (agent) return { speaker: agent, verb: v };
    }
    const putIt = putItBefore(tokens, v, q.open);
    const appeal =
      putIt ||
      (APPEAL_VERBS.has(tokens[v]?.norm ?? "") && ["on", "for"].includes(tokens[v + 1]?.norm ?? "")) ||
      (PLEDGE_VERBS.has(tokens[v]?.norm ?? "") && (tokens[v + 1]?.norm === "to" || v + 1 === q.open)) ||
      namedAs(tokens, v, q.open) ||
      accusedOf(tokens, v, q.open) ||
      askedFor(tokens, v, q.open, ctx.start) ||
      stanceObject(tokens, v, q.open, q.close) ||
      thankedFor(tokens, v, q.open);
    if ((!isSpeechVerbAt(tokens, v) && !appeal) || ctx.quoted(v)) continue;
    // 'Abu Hisham told him, he says, "..."': a tag set off by commas reports the telling before
    // it; the words are the teller's, whose verb is further back.
    if (reportingAside(tokens, v, q.open, ctx)) continue;
    // 'Hawre told us what the officer said to him: "He said, ..."': the verb inside the "what"
    // clause is the object of the telling; the teller's verb, further back, says the words.
    if (toldWhat(tokens, v, ctx.start)) continue;
    // '"A," said NAME, "b."': a tag that splits a quotation, its verb first, speaks the second part too.
    const split = splitTagSpeaker(doc, owners, v, q.open, ctx, memory);
    if (split) return { speaker: split, verb: v };
    // "remembers the old hunter who ran it saying, '...'": the one remembered says the words.
    const recalled = recalledVoice(doc, owners, v, ctx.start, memory);
    if (recalled) return { speaker: recalled, verb: v };
    // ", calling it '...'": a naming participle speaks for its clause's subject, as "saying" does.
    const participle = isParticiple(tokens[v]) || (/ing$/.test(tokens[v]?.norm ?? "") && appeal);
    const speaker = participle
      ? (participleSubject(doc, owners, v, memory) ?? subjectOf(doc, owners, v, memory))
      : (subjectOf(doc, owners, v, memory) ??
        (askedFor(tokens, v, q.open, ctx.start) ? requester(doc, v, ctx.start) : null));
    if (speaker) return { speaker, verb: v };
    // "X said that the interrogation had revealed '...'": a verb whose subject is no speaker
    // reports within what the speaker before it said.
    if (!tokens.slice(Math.max(ctx.start, v - 12), v).some((t) => t.norm === "that")) return null;
  }
  // "women considered 'less dangerous' by the camp administration": the agent of a passive.
  if (
    PASSIVE_JUDGEMENTS.has(tokens[q.open - 1]?.norm ?? "") &&
    PASSIVE.has(tokens[q.open - 2]?.norm ?? "") &&
    tokens[q.close + 1]?.norm === "by"
  ) {
    let npEnd = q.close + 2;
    while (
      npEnd + 1 < ctx.end &&
      ![",", ".", ";"].includes(tokens[npEnd + 1]?.text ?? "") &&
      npEnd - q.close < 8
    )
      npEnd++;
    const speaker = phraseSpeaker(doc, owners, q.close + 2, npEnd, memory);
    if (speaker) return { speaker, verb: q.open - 1 };
  }
  // "The question, as one officer put it, is whether it will be 'a line or a habit'".
  for (let a = Math.max(ctx.start, q.open - 60); a < Math.min(ctx.end - 3, q.close + 60); a++) {
    if (tokens[a]?.norm !== "as" || ctx.quoted(a)) continue;
    for (let p = a + 2; p < Math.min(ctx.end - 1, a + 9); p++) {
      if (tokens[p]?.kind === "punct" || ctx.quoted(p)) break;
      if (!PUT.has(tokens[p]?.norm ?? "") || tokens[p + 1]?.norm !== "it") continue;
      const speaker = phraseSpeaker(doc, owners, a + 1, p - 1, memory);
      if (speaker) return { speaker, verb: p };
      break;
    }
  }
  for (let a = Math.max(ctx.start, q.open - 60); a < Math.min(ctx.end - 1, q.close + 60); a++) {
    if (tokens[a]?.norm === "according" && tokens[a + 1]?.norm === "to" && !ctx.quoted(a)) {
      let npEnd = a + 2;
      while (npEnd + 1 < ctx.end && ![",", ".", ";"].includes(tokens[npEnd + 1]?.text ?? "")) npEnd++;
      npEnd = withAppositiveName(tokens, owners, npEnd, ctx.end);
      const speaker = phraseSpeaker(doc, owners, a + 2, npEnd, memory);
      return speaker ? { speaker, verb: a } : null;
    }
  }
  const predicate = predicateSpeaker(doc, owners, q, ctx, memory);
  if (predicate) return predicate;
  const leadIn = colonLeadIn(doc, owners, q, ctx, memory);
  if (leadIn) return leadIn;
  // A sentence that is only a quote continues the speaker of the quote before it.
  const last = memory.last();
  if (q.open === ctx.start && ctx.quotedBefore && last) return { speaker: last, verb: -1 };
  return null;
}

/**
 * 'X told him, he says, "..."', 'the officer warned, she recalls, "..."': speech verb v is an
 * aside set off by commas straight before the opening mark — a pronoun or a short name, then the
 * verb — after a clause of the same sentence with a speech verb of its own, which it reports.
 */
export function reportingAside(
  tokens: readonly Token[],
  v: number,
  open: number,
  ctx: { start: number; quoted: (k: number) => boolean },
): boolean {
  if (tokens[v + 1]?.text !== "," || v + 2 !== open) return false;
  let comma = v - 1;
  while (comma > ctx.start && v - comma <= 4 && tokens[comma]?.kind === "word") comma--;
  if (tokens[comma]?.text !== "," || comma === v - 1 || ctx.quoted(comma)) return false;
  // The telling closes right at the comma, its listener after it at most: "told him", "said
  // to me", "warned them" — not "He did not report it because, he said, ...".
  for (let u = comma - 1; u >= Math.max(ctx.start, comma - 3); u--) {
    if (ctx.quoted(u)) return false;
    if (isSpeechVerbAt(tokens, u)) return true;
    if (!ASIDE_LISTENERS.has(tokens[u]?.norm ?? "")) return false;
  }
  return false;
}

/** What may stand between a verb of telling and the comma of an aside: "told him", "said to me". */
const ASIDE_LISTENERS = new Set(["him", "her", "them", "us", "me", "you", "to"]);

/** Words a listener of "told" may take before its "what" clause: "told us what", "told the court what". */
const WHAT_REACH = 4;

/**
 * Whether speech verb v is inside a "what" clause that is the object of another verb of telling
 * or saying: "told us what the officer said", "repeated what his father used to say".
 */
function toldWhat(tokens: readonly Token[], v: number, start: number): boolean {
  for (let w = v - 1; w > start && v - w <= 6; w--) {
    const t = tokens[w] as Token;
    if (t.kind === "punct") return false;
    if (t.norm !== "what") continue;
    for (let k = w - 1; k >= start && w - k <= WHAT_REACH; k--) {
      const x = tokens[k] as Token;
      if (x.kind === "punct") return false;
      if (isSpeechVerbAt(tokens, k)) return true;
    }
    return false;
  }
  return false;
}

/** Verbs of a lead-in whose subject shows or meets words rather than speaks them. */
const NOT_SAYING = new Set(
  "received receives got gets showed shows show found finds saw sees heard hears read reads sent sends kept keeps carried carries holds held handed hands".split(
    " ",
  ),
);
/** Words of a lead-in naming a written or passed-on thing, whose words are not the subject's. */
const PASSED_ON = new Set(
  "message messages note notes letter letters sign signs text texts post posts leaflet leaflets banner banners card cards graffiti words".split(
    " ",
  ),
);
/** How many words a lead-in before its colon may run to. */
const LEAD_IN_WORDS = 12;

/**
 * "About the boys' game she is blunter: '...'", "Our critic, NAME, gives it five stars: '...'":
 * a short clause of the writer's with no verb of saying, whose subject is a person (named, or
 * "he"/"she"), ends in a colon, and the quotation after it closes the sentence — the words are
 * that person's. A lead-in about a message, a note or a sign passes on another's words.
 */
function colonLeadIn(
  doc: Doc,
  owners: Map<number, EntityDraft>,
  q: QuoteSpan,
  ctx: { start: number; end: number; quoted: (k: number) => boolean },
  memory: SpeakerMemory,
): Attribution | null {
  const { tokens } = doc;
  const colon = q.open - 1;
  if (tokens[colon]?.text !== ":" || colon - ctx.start < 3) return null;
  // The quotation closes its sentence: at most its full stop after it.
  const after = tokens[q.close + 1];
  if (q.close + 1 < ctx.end && !(TRAILING.has(after?.text ?? "") && q.close + 2 >= ctx.end)) return null;
  let words = 0;
  for (let k = ctx.start; k < colon; k++) {
    const t = tokens[k] as Token;
    if (ctx.quoted(k) || isSpeechVerbAt(tokens, k) || t.text === ";" || t.text === ":") return null;
    if (NOT_SAYING.has(t.norm) || PASSED_ON.has(t.norm)) return null;
    if (t.kind === "word" && ++words > LEAD_IN_WORDS) return null;
  }
  // The lead-in's subject: "he"/"she" or a person (in apposition too: "Our critic, NAME,"),
  // right before a lower-case verb — the first such in the lead-in.
  const verbAt = (k: number) => {
    const t = tokens[k];
    return t?.kind === "word" && !t.cap && (AUXILIARIES.has(t.norm) || isVerbWord(t.norm) || pastVerb(t));
  };
  for (let k = ctx.start; k < colon - 1; k++) {
    const t = tokens[k] as Token;
    if ((t.norm === "he" || t.norm === "she") && t.kind === "word" && verbAt(k + 1)) {
      const speaker = memory.pronoun(t.norm, k);
      return speaker ? { speaker, verb: -1 } : null;
    }
    const d = owners.get(k);
    if (d?.type !== "person" || owners.get(k + 1) === d) continue;
    const after = tokens[k + 1]?.text === "," ? k + 2 : k + 1;
    if (verbAt(after) && after < colon) return { speaker: { draft: d, name: d.name }, verb: -1 };
  }
  return null;
}

/** How many words a paragraph's lead-in may run to before its colon. */
const PARAGRAPH_LEAD_IN_WORDS = 25;

/**
 * 'The defence lawyer, NAME, said in her closing submission:' then, in a paragraph of its own,
 * '"My client did not run. ..."': a sentence that ends in a colon after its own verb of saying
 * introduces the quotation opening the next paragraph; the verb's subject speaks it. The
 * lead-in is short, unquoted, and its verb is the last verb of saying before the colon
 * ("told reporters on Monday:", "said in a statement:"). A paragraph of the writer's ending in a
 * colon with no verb of saying ("The note read:", "Below is an excerpt:") is left to other readings.
 */
export function paragraphLeadIn(
  doc: Doc,
  owners: Map<number, EntityDraft>,
  q: QuoteSpan,
  memory: SpeakerMemory,
): Attribution | null {
  const { tokens } = doc;
  const colon = q.open - 1;
  if (tokens[colon]?.text !== ":" || (tokens[q.open]?.breaks ?? 0) === 0) return null;
  const lead = doc.sentences[tokens[colon]?.sentence ?? -1];
  if (!lead || lead.tokenEnd - 1 !== colon) return null;
  let words = 0;
  for (let k = lead.tokenStart; k < colon; k++) {
    const t = tokens[k] as Token;
    if (QUOTE_MARKS.has(t.text) || t.text === ";" || t.text === ":") return null;
    if (t.kind === "word" && ++words > PARAGRAPH_LEAD_IN_WORDS) return null;
  }
  for (let v = colon - 1; v > lead.tokenStart; v--) {
    if (!isSpeechVerbAt(tokens, v)) continue;
    const speaker = subjectOf(doc, owners, v, memory);
    return speaker ? { speaker, verb: v } : null;
  }
  return null;
}

/**
 * 'It "rejects the use of ..." and "equally rejects ...", and calls for "..."': a statement
 * quoted as the predicate of its own subject, with no verb of saying — the subject (a
 * statement, a body, or "it" for one named before) says the quoted verb phrase, and the other
 * quotations its sentence adds with "and".
 */
function predicateSpeaker(
  doc: Doc,
  owners: Map<number, EntityDraft>,
  q: QuoteSpan,
  ctx: { start: number; quoted: (k: number) => boolean; isMark: (k: number) => boolean },
  memory: SpeakerMemory,
): Attribution | null {
  const { tokens } = doc;
  let first = ctx.start;
  while (first < q.open && DISCOURSE.has(tokens[first]?.norm ?? "")) first++;
  let open = first;
  while (open < q.open && open - first <= 6 && !ctx.isMark(open)) open++;
  if (open - first < 1 || open - first > 6) return null;
  for (let k = first; k < open; k++) {
    const t = tokens[k] as Token;
    if ((t.kind !== "word" && t.kind !== "poss") || isVerbWord(t.norm) || isSpeechVerb(t)) return null;
  }
  const verb = tokens[open + 1];
  if (verb?.kind !== "word" || verb.cap || !/[^s]s$/.test(verb.norm) || !isVerbWord(verb.norm)) return null;
  // The other quotations of the sentence go on with the same subject: "and", a comma, a verb.
  if (q.open > open) {
    let unquoted = 0;
    for (let k = open + 1; k < q.open; k++) {
      if (ctx.quoted(k)) continue;
      const t = tokens[k] as Token;
      if (t.cap || t.text === "." || t.text === ";" || isSpeechVerb(t) || ++unquoted > 4) return null;
    }
  }
  const speaker = phraseSpeaker(doc, owners, first, open - 1, memory);
  return speaker ? { speaker, verb: -1 } : null;
}
