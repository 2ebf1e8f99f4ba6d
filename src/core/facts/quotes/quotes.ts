import type { EntityDraft } from "../entities/entity-draft.js";
import { WORD_VALUES } from "../quantities/numbers.js";
import { type Doc, spanText } from "../text/doc.js";
import { BULLETS } from "../text/segment.js";
import type { Token } from "../text/tokenize.js";
import { isVerbWord } from "../text/word-classes.js";
import { APPEAL_VERBS, NAME_PARTICLES, OCCUPATION_NOUNS, ORG_HEADS, ROLE_NOUNS } from "../text/word-lists.js";
import { colonTag } from "./colon-tags.js";
import { hansardTurns } from "./hansard.js";
import { leadSourceNamedNext } from "./lead-source.js";
import { handleSubject, sharedAccount, threadPosts } from "./posts.js";
import {
  type Attribution,
  abbreviatedTitle,
  askedFor,
  clauseAfter,
  DISCOURSE,
  definedTerm,
  describedAs,
  describedBy,
  directSpeaker,
  isParticiple,
  isSpeechVerb,
  isSpeechVerbAt,
  midAttribution,
  paragraphLeadIn,
  participleSubject,
  reportingAside,
  trailingAttribution,
  trimEnd,
  withAppositiveName,
} from "./quote-attribution.js";
import { type QuoteSpan, quoteSpans } from "./quote-marks.js";
import { isDenialVerb, type QuoteModality, quoteModality } from "./quote-modality.js";
import {
  labelledAnswer,
  labelSpeaker,
  scriptCueSpeaker,
  signedSpeaker,
  soundbiteSpeaker,
} from "./soundbite.js";
import {
  isSourceNoun,
  KIN,
  phraseSpeaker,
  postHolder,
  type Speaker,
  SpeakerMemory,
  subjectOf,
  TOLD_DETERMINERS,
} from "./speakers.js";
import { isMonth, timeBefore } from "./time-adjuncts.js";
import { transcriptTurns } from "./transcript.js";

/**
 * Quote attribution: direct quotes (in any quotation marks, British single ones included,
 * over several sentences), reported speech ("X noted that ...", "told a conference that ...",
 * ", saying ...", "described it as ...", "..., according to X", "..., the ministry said") and
 * both mixed, each with its speaker and its modality. Sentences are read in order so "he
 * said", "the spokesman said" and "the statement said" resolve to the speakers and people
 * named before them. Only the article's own words are ever a quote's text.
 */

export interface QuoteDraft {
  kind: "direct" | "indirect";
  speaker: Speaker;
  sentence: number;
  /** Token range of the quoted words [first, last]. */
  first: number;
  last: number;
  modality: QuoteModality;
  /** For a direct quote, the speech verb that tagged it (-1 or absent when none did). */
  tag?: number;
}

/** The pieces of a quotation, one per sentence it runs over: [first, last] word tokens. */
function pieces(doc: Doc, q: QuoteSpan): { sentence: number; first: number; last: number }[] {
  const { tokens } = doc;
  const out: { sentence: number; first: number; last: number }[] = [];
  const lastWord = Math.min(q.close, tokens.length) - 1;
  for (let n = tokens[q.open]?.sentence ?? -1; n >= 0 && n <= (tokens[lastWord]?.sentence ?? -1); n++) {
    const s = doc.sentences[n];
    if (!s) continue;
    const first = Math.max(q.open + 1, s.tokenStart);
    const last = trimEnd(tokens, first, Math.min(lastWord, s.tokenEnd - 1));
    if (last >= first && tokens.slice(first, last + 1).some((t) => t.kind !== "punct")) {
      out.push({ sentence: n, first, last });
    }
  }
  return out;
}

const CONTRASTS = new Set(["but", "while", "whereas"]);
/**
 * Verbs that, after ", and", open a speaker's next statement rather than going on with the
 * clause reported ("..., and expected a similar number" may still be the reported clause's).
 */
const NEXT_STATEMENTS = new Set(
  "added adds affirmed affirms stressed stresses reiterated reiterates expressed expresses announced announces recommended recommends warned warns noted notes insisted insists emphasised emphasises emphasized emphasizes demanded demands".split(
    " ",
  ),
);
/** Conjunctions that open a clause an "according to" phrase can interrupt: "when, according to X, ...". */
const SUBORDINATORS = new Set([
  "when",
  "after",
  "because",
  "as",
  "since",
  "while",
  "although",
  "though",
  "until",
  "before",
  "where",
  "that",
  "if",
  // "whereas, according to the agency, 7,000 families have returned": a recital's conjunction.
  "whereas",
]);
/** Conjunctions opening an adverbial clause fronted before its main clause: "Since ..., X says, ...". */
/** Words for a part of a count: "most of them", "half of those". */
const PARTS = new Set(["most", "some", "many", "half", "several", "all", "none", "few"]);
const FRONTED_SUBORDINATORS = new Set([
  "since",
  "when",
  "after",
  "before",
  "because",
  "although",
  "though",
  "while",
  "once",
  "until",
  "if",
  "unless",
]);
/** Words that open a main clause: a determiner or a subject pronoun. */
const CLAUSE_SUBJECT_OPENERS = new Set(
  "the a an this these those its their his her our some most many all no he she they it we there".split(" "),
);
/**
 * A participle naming whom a source drew on: ", the outlet reported, quoting a relative". ("citing"
 * is left: ", Solberg said, citing destroyed houses and fear" gives the reasons she said.)
 */
const CITING_PARTICIPLES = new Set(["quoting"]);
/** Words after a mid-sentence tag that carry the reported sentence on: ", he said, when ...". */
const RESUMING = new Set(["when", "because", "after", "before", "as", "and", "since", "until"]);
/** Verbs whose object is what is said when it is a counted noun phrase ("report a rise"). */
const NP_REPORTS = new Set(["report", "reports", "reported", "noted", "notes", "note"]);
const COUNTED = new Set(["a", "an", "no", "several", "dozens", "hundreds", "thousands"]);
const PASSIVE_BEFORE = new Set(["be", "been", "being", "was", "were", "is", "are"]);
const DETERMINERS_BEFORE = new Set(["the", "a", "an", "its", "their", "his", "her", "these", "those"]);
/** Commissive speech acts told in the article's words: a pledge, and its mirror, a threat. */
const PLEDGES = new Set([
  "pledged",
  "pledges",
  "vowed",
  "vows",
  "promised",
  "promises",
  "threatened",
  "threatens",
]);
const ACCUSATIONS = new Set(["accused", "accuses", "blamed", "blames"]);
/**
 * Who is asked, opening the object of "asked ... to": "asked the court to", "asked them to",
 * "asks every family to", "asked each driver to".
 */
const ASKED_OBJECTS = new Set("the a an all every each its his her their him them us me you".split(" "));
/** Pronouns that make a present "ask" a request, not an imperative: "we ask", "I ask". */
const REQUESTERS = new Set(["we", "i", "they"]);
/** Verbs of telling that bid the one told to do something: "told us to wait". */
const TOLD_TO = new Set(["told", "tells"]);
/** "told us to", "told him not to": a pronoun told, then the infinitive of what they are bidden. */
const bidTo = (tokens: readonly Token[], v: number) =>
  ["us", "me", "him", "her", "them", "you"].includes(tokens[v + 1]?.norm ?? "") &&
  (tokens[v + 2]?.norm === "to" || (tokens[v + 2]?.norm === "not" && tokens[v + 3]?.norm === "to"));
/**
 * "visitors who have information", "passengers to", "worshippers not to park", "tanker drivers
 * to": a plural common noun, after a noun modifying it at most, followed by a relative "who" or
 * by the "to" (or "not to") of what they are asked to do.
 */
const askedPlural = (tokens: readonly Token[], k: number) => {
  const plain = (t: Token | undefined) => t?.kind === "word" && !t.cap && !isVerbWord(t.norm);
  const plural = (t: Token | undefined) => plain(t) && /[^s]s$/.test(t?.norm ?? "");
  const h = !plural(tokens[k]) && plain(tokens[k]) && plural(tokens[k + 1]) ? k + 1 : k;
  if (!plural(tokens[h])) return false;
  const next = tokens[h + 1]?.norm ?? "";
  return next === "who" || next === "to" || (next === "not" && tokens[h + 2]?.norm === "to");
};
/** Prepositions that open a phrase on those asked: "shop owners with cameras", "in the province". */
const ADDRESSEE_PREPOSITIONS = new Set(["with", "in", "of", "at", "on", "across", "near", "from", "along"]);
const ADDRESSEE_WORDS = 10;
/**
 * "asked shop owners with cameras to keep ...", "asked every printing shop in the province to
 * report ...": those asked, a noun phrase with one prepositional phrase after its noun, then the
 * "to" of the request. Returns that "to", or -1; a verb, a capital-free gap or punctuation ends it.
 */
const askedPhrase = (tokens: readonly Token[], k: number): number => {
  // "asked about the shops in the market": a question's topic, nobody asked.
  if (ASKED_ABOUT.has(tokens[k]?.norm ?? "")) return -1;
  let preposition = -1;
  // "every garage, parking lot and car wash": those asked, a list after a determiner.
  let listed = false;
  for (let j = k; j < k + ADDRESSEE_WORDS; j++) {
    const t = tokens[j];
    if (j > k && (t?.text === "," || t?.norm === "and" || t?.norm === "or") && preposition < 0) {
      if (t.text === "," && ["and", "or"].includes(tokens[j + 1]?.norm ?? "")) continue;
      // "asked all of them and went to ...": a verb after the conjunction ends those asked.
      const after = tokens[j + 1]?.norm ?? "";
      if (t.text !== "," && isVerbWord(after) && !/[^s]s$/.test(after)) return -1;
      listed = true;
      continue;
    }
    // 'asked every office in the region "to stop ..."': the request may be quoted from its "to".
    const quotedTo = j > k && QUOTE_OPENERS.has(t?.text ?? "") && tokens[j + 1]?.norm === "to";
    if (quotedTo) continue;
    if (t?.kind !== "word" || t.cap || NOT_IN_ADDRESSEE.has(t.norm) || /[^e]ed$/.test(t.norm)) return -1;
    if (t.norm === "to") {
      const verb = tokens[j + 1];
      const noun = tokens[preposition - 1]?.norm ?? "";
      const determined = ASKED_OBJECTS.has(tokens[k]?.norm ?? "");
      // Those asked: a determiner's noun ("every shop") or a plural one ("shop owners").
      const asked = determined || /[^s]s$/.test(noun);
      const phrased = (asked && preposition > k && j > preposition + 1) || (listed && determined);
      const previous = tokens[j - 1];
      const before = QUOTE_OPENERS.has(previous?.text ?? "") ? tokens[j - 2] : previous;
      return phrased && before?.kind === "word" && verb?.kind === "word" && !verb.cap ? j : -1;
    }
    if (ADDRESSEE_PREPOSITIONS.has(t.norm)) {
      if (preposition >= 0 || j - k > 3) return -1;
      preposition = j;
    }
  }
  return -1;
};
/** Marks that open a quotation a request may start with. */
const QUOTE_OPENERS = new Set(['"', "“", "‘", "'", "«", "„"]);
/** Prepositions right after "asked" that say what about, not whom: "asked about", "asked for". */
const ASKED_ABOUT = new Set([
  "about",
  "for",
  "after",
  "over",
  "around",
  "into",
  "by",
  "from",
  "at",
  "in",
  "on",
  "to",
]);
/** Words that end a noun phrase of those asked: a clause, a conjunction, a verb's auxiliary. */
const NOT_IN_ADDRESSEE = new Set(
  "but that who which whom whether if is are was were be been has have had will would can could should not".split(
    " ",
  ),
);
const ASKED = new Set(["asked", "asks", "wondered", "wonders", "inquired", "enquired"]);
/** Words that open a reported question: "asked whether", "asked how many". */
const QUESTION_WORDS = new Set(["whether", "if", "how", "why", "what", "when", "where", "who", "which"]);
const EVIDENCE_VERBS = new Set(["showed", "shows", "show", "found", "concluded", "established"]);
const INQUIRIES = new Set(
  "investigation investigations inquiry inquiries probe findings interrogation interrogations autopsy".split(
    " ",
  ),
);

/** Counts and estimates that say whose they are: ", by the ministry's count". */
const COUNT_NOUNS = new Set(
  "count counts tally estimate estimates figures reckoning calculation calculations records".split(" "),
);

/** Nouns of a statement that name its source after "from" or "by": "a report from the police". */
const SOURCED_NOUNS = new Set(
  "report reports statement statements claim claims announcement warning warnings assurance assurances allegation allegations".split(
    " ",
  ),
);

/** Those who hear evidence: "the court heard that ...". */
const HEARERS = new Set(["court", "tribunal", "hearing", "inquest", "jury", "committee", "inquiry"]);

/** "SARAH KHOURY:", "DANIEL O'BRIEN (PRESENTER):": a transcript's label in capitals before `colon`. */
function speakerLabelBefore(tokens: readonly Token[], start: number, colon: number): boolean {
  let end = start;
  while (end < colon && tokens[end]?.text !== "(") end++;
  const words = tokens.slice(start, end).filter((t) => t.kind === "word");
  return words.length > 0 && words.length <= 5 && words.every((t) => t.upper);
}

/** Counts a figure is given "by" ("by the count of X"), read as "according to X". */
const COUNT_LEADS = new Set(["count", "tally", "reckoning"]);

/**
 * How many words open an attribution phrase at `a`, or 0: "according to X" (2), and "..., by the
 * count of X, ..." (4), a figure given by the count of its source, which is what "according to X"
 * says of it. Only at the clause's head or after a comma: "was confirmed by the tally of the
 * votes" is a passive's agent.
 */
function attributionLead(tokens: readonly Token[], a: number, start: number): number {
  if (tokens[a]?.norm === "according" && tokens[a + 1]?.norm === "to") return 2;
  if (tokens[a]?.norm !== "by" || (a !== start && tokens[a - 1]?.text !== ",")) return 0;
  const counted =
    tokens[a + 1]?.norm === "the" &&
    COUNT_LEADS.has(tokens[a + 2]?.norm ?? "") &&
    tokens[a + 3]?.norm === "of";
  // "by the count of the Observatory", "by the tally of SOHR": a named source.
  const source = tokens[a + 4]?.norm === "the" ? tokens[a + 5] : tokens[a + 4];
  return counted && source?.cap === true ? 4 : 0;
}

/** What a figure or account comes in: "according to figures provided by X". */
const DOCUMENTS = new Set(
  "statement report reports figures data statistics count tally toll estimates documents records account".split(
    " ",
  ),
);

/** Auxiliaries that open a predicate after a subject: "has recorded", "had been patient". */
const PREDICATE_AUXILIARIES = new Set(
  "has have had is are was were will would could can may might must should".split(" "),
);
/** An object pronoun and its subject form: "according to him" is according to "he". */
const OBJECT_PRONOUNS = new Map([
  ["him", "he"],
  ["her", "she"],
  ["them", "they"],
]);
/** A possessive determiner and the pronoun of its owner: "its tally" is the tally of what "it" is. */
const POSSESSIVE_PRONOUNS = new Map([
  ["its", "it"],
  ["his", "he"],
  ["her", "she"],
  ["their", "they"],
]);
/** Prepositions that open an adverbial fronted before a sentence's subject: "Since January, ...". */
const FRONTED_OPENERS = new Set([
  "since",
  "in",
  "on",
  "by",
  "over",
  "during",
  "after",
  "until",
  "as",
  "from",
]);
/** How many tokens a fronted adverbial runs to before its comma. */
const FRONTED_REACH = 8;

/**
 * The first token of a sentence's subject, after a fronted adverbial closed by a comma ("Since
 * January, Trial Watch Iraq has ...", "In 2025, the directorate ...") and an article. The
 * adverbial holds no comma of its own and ends before token `limit`.
 */
function ownerSubjectStart(tokens: readonly Token[], start: number, limit: number): number {
  let k = start;
  if (FRONTED_OPENERS.has(tokens[k]?.norm ?? "")) {
    let c = k + 1;
    while (c < Math.min(limit, k + FRONTED_REACH) && tokens[c]?.text !== "," && tokens[c]?.kind !== "punct")
      c++;
    if (tokens[c]?.text === ",") k = c + 1;
  }
  if (tokens[k]?.norm === "the") k++;
  return k;
}

/** The possessives of a person: "his office" is the office he heads. */
const PERSONAL_POSSESSIVES = new Map([
  ["his", "he"],
  ["her", "she"],
]);

/** Verbs of asking someone to pass words on: "asked me to write that ...". */
const PASSED_ON_REQUESTS = new Set(["asked", "asks", "told", "tells"]);
/** What the one asked is to do with the words: "to write that", "to tell you that". */
const RELAYED_SAYING = new Set(["write", "say", "tell", "announce", "inform", "let"]);

/** Words after "from" that make it a time: "a count from earlier this year", "from last week". */
const TIME_AFTER_FROM = new Set(["earlier", "last", "this", "early", "late", "mid"]);

/** Words that end the head of a source phrase: a relative clause, or a time after it. */
const HEAD_ENDERS = new Set([
  // "UN estimates published in July": a participle tells when or where, after the head.
  "published",
  "released",
  "issued",
  "compiled",
  "obtained",
  "who",
  "whom",
  "which",
  "that",
  "from",
  "earlier",
  "last",
  "this",
  "since",
  "during",
]);

const PARTICIPLE_ENDERS = new Set(["published", "released", "issued", "compiled", "obtained"]);
/** Participles of a source's being heard by another: "witnesses interviewed by the monitor". */
const INTERVIEWED = new Set(["interviewed", "contacted", "questioned", "reached", "quoted", "cited"]);
/** Participles of an outlet's access to a document: "figures from the ministry seen by Reuters". */
const SEEN = new Set(["seen", "reviewed", "viewed"]);
/**
 * Participles telling how or on what terms the speaker spoke, not what was said: ", two officials
 * told Reuters, speaking on condition of anonymity", "..., declining to give details". (", citing
 * rising prices" and ", asking the court to ..." give reasons and requests: those are said.)
 */
/** Verbs of a line that says who delivers the printed words under it: "(to be read by ...)". */
const DELIVERY_VERBS = new Set(["read", "delivered", "spoken", "given", "presented"]);
/** How many quoted paragraphs a delivery line heads, at most. */
const DELIVERY_HOPS = 8;
const MANNER_OF_SAYING = new Set(["speaking", "talking", "declining"]);
/** Adverbs of sequence that may lead a quotation in on their own: "Then, after a pause:". */
const SEQUENCE_ADVERBS = new Set(["then", "later", "afterwards", "finally", "again", "next", "and"]);

/** The last token of the head of the phrase [first, last], before any HEAD_ENDERS word. */
function headEnd(tokens: readonly Token[], first: number, last: number): number {
  for (let k = first + 1; k <= last; k++) {
    const t = tokens[k] as Token;
    if (t.kind === "word" && !t.cap && HEAD_ENDERS.has(t.norm)) return k - 1;
  }
  return last;
}

/** Prepositions that open a fronted time of a bare year or month: "In 2019", "Since January". */
const FRONTED_TIME_PREPOSITIONS = new Set(["in", "since", "until", "by"]);

/**
 * Whether the words ending at token k are a time adverbial alone, opening the sentence (from
 * `start`) or a clause joined by "and" / "but" or a comma: "In August 2023", "and last year".
 */
function frontedTime(tokens: readonly Token[], k: number, start: number): boolean {
  // "in August 2023", "in 2019": a year closes the phrase after its month or its preposition.
  const year = tokens[k]?.kind === "num" && /^(?:19|20)\d\d$/.test(tokens[k]?.text ?? "");
  // "Since January", "in March": a month closes the phrase after its preposition as a year does.
  const dated = year || isMonth(tokens[k]);
  const first =
    dated && FRONTED_TIME_PREPOSITIONS.has(tokens[k - 1]?.norm ?? "") && k - 1 >= start
      ? k - 1
      : timeBefore(tokens, year ? k - 1 : k, start);
  if (first < 0) return false;
  if (first === start) return true;
  const before = tokens[first - 1];
  return before?.text === "," || ["and", "but"].includes(before?.norm ?? "");
}

/** Subjects opening a contact relative clause after a source's noun ("the monitors I work with"). */
const CONTACT_SUBJECTS = new Set(["i", "we", "you"]);

/** How many words a source phrase after "according to" may run to when it names no entity. */
const SOURCE_PHRASE_WORDS = 7;
/** Pronouns and relatives, which make a long phrase after "according to" a clause, not a name. */
const NOT_IN_SOURCE_PHRASE = new Set(
  "i we you he she they it my our your his her their its who whom whose which that what".split(" "),
);

/**
 * "according to figures the Nineveh Operations Command gave to parliament's committee", "data the
 * ministry released on Monday": a document, then a relative clause with no "that" whose subject is
 * a body the article names — that body made the document and speaks through it.
 */
function documentMaker(
  doc: Doc,
  owners: Map<number, EntityDraft>,
  first: number,
  last: number,
  memory: SpeakerMemory,
): Speaker | null {
  const { tokens } = doc;
  // "figures", "the latest official figures": a few plain words, then the document.
  let k = first;
  while (k < last && tokens[k]?.kind === "word" && !tokens[k]?.cap && !DOCUMENTS.has(tokens[k]?.norm ?? ""))
    k++;
  if (!DOCUMENTS.has(tokens[k]?.norm ?? "") || k - first > 3) return null;
  let m = k + 1;
  // "according to figures you supplied", "data he shared": a pronoun, then its verb — the one the
  // pronoun stands for made the document ("you", the one a letter addresses).
  const pronoun = tokens[m];
  const made = tokens[m + 1];
  if (
    pronoun?.kind === "word" &&
    MAKER_PRONOUNS.has(pronoun.norm) &&
    m + 1 <= last &&
    made?.kind === "word" &&
    !made.cap &&
    (isVerbWord(made.norm) || /[^e]ed$/.test(made.norm))
  )
    return pronoun.norm === "you" ? memory.addressee(m) : memory.pronoun(pronoun.norm, m);
  if (tokens[m]?.norm === "the") m++;
  const body = owners.get(m);
  if (body?.type !== "organization") return null;
  let after = m;
  while (after <= last && owners.get(after) === body) after++;
  const verb = tokens[after];
  // "figures the SDF shared with the authors": a past tense the verb list may not hold.
  if (
    after > last ||
    verb?.kind !== "word" ||
    verb.cap ||
    !(isVerbWord(verb.norm) || /[^e]ed$/.test(verb.norm))
  )
    return null;
  return { draft: body, name: body.name };
}

/** Words of a body's name that make it the one that investigates: a prosecutor, an investigating court. */
const INVESTIGATING_WORDS = new Set(
  "prosecutor prosecutors prosecution investigation investigating".split(" "),
);

/**
 * "According to the findings of the investigation, ...", "according to the investigation papers":
 * an investigation the phrase gives no owner is the one the article's investigating body ran (a
 * prosecutor's office, an investigation court), when the article names exactly one; its findings
 * are that body's statement, as a release or a decision of it tells them.
 */
function investigationOwner(
  doc: Doc,
  owners: Map<number, EntityDraft>,
  first: number,
  last: number,
): Speaker | null {
  const { tokens } = doc;
  const words = tokens.slice(first, last + 1);
  if (!words.some((t) => INQUIRIES.has(t.norm)) || words.some((t) => t.cap || t.kind === "poss")) return null;
  if (words.some((t) => POSSESSIVE_PRONOUNS.has(t.norm))) return null;
  const bodies = new Set<EntityDraft>();
  for (const d of owners.values()) {
    if (d.type !== "organization") continue;
    const words = d.name.toLowerCase().split(/[^\p{L}]+/u);
    if (words.some((w) => INVESTIGATING_WORDS.has(w))) bodies.add(d);
  }
  const [body] = bodies;
  return bodies.size === 1 && body ? { draft: body, name: body.name } : null;
}

/** What a phrase "in X's ..." gives as X's own: "in his words", "in the Asayish's view". */
const OPINION_NOUNS = new Set(["words", "view", "opinion", "assessment"]);
/** Words a view's holder may run to: "in the view of the Kurdistan Region Security Council". */
const VIEW_HOLDER_WORDS = 8;

/**
 * "In the Asayish's view, ...", "In the view of the Security Council, ...": the holder's words
 * [first, last] in a phrase "in" at `k` opens, and where the clause after its comma starts; the
 * holder is named (a capitalised word), never a pronoun (read as "in his words" is).
 */
function viewHolder(
  tokens: readonly Token[],
  k: number,
  end: number,
): { first: number; last: number; from: number } | null {
  // "In the view of X, ...".
  if (
    tokens[k + 1]?.norm === "the" &&
    OPINION_NOUNS.has(tokens[k + 2]?.norm ?? "") &&
    tokens[k + 3]?.norm === "of"
  ) {
    let comma = k + 4;
    while (comma < end && comma - k <= VIEW_HOLDER_WORDS + 4 && tokens[comma]?.text !== ",") comma++;
    if (tokens[comma]?.text !== "," || comma === k + 4 || !tokens.slice(k + 4, comma).some((t) => t.cap))
      return null;
    return { first: k + 4, last: comma - 1, from: comma + 1 };
  }
  // "In X's view, ...".
  for (let p = k + 1; p < end && p - k <= VIEW_HOLDER_WORDS; p++) {
    const t = tokens[p];
    if (!t || [",", ".", ";", ":"].includes(t.text)) return null;
    if (t.kind !== "poss") continue;
    if (!OPINION_NOUNS.has(tokens[p + 1]?.norm ?? "") || tokens[p + 2]?.text !== ",") return null;
    if (p === k + 1 || !tokens.slice(k + 1, p).some((w) => w.cap)) return null;
    return { first: k + 1, last: p - 1, from: p + 3 };
  }
  return null;
}

/** Pronouns of the one who made a document: "figures you supplied", "data they released", "data it passed on". */
const MAKER_PRONOUNS = new Set(["you", "he", "she", "they", "we", "it"]);

/** A short phrase after "according to", kept in the article's words when nothing names it. */
function sourcePhrase(doc: Doc, first: number, last: number): Speaker | null {
  const { tokens } = doc;
  // "according to the camp's civil defence team": a few words, no clause.
  if (last < first) return null;
  if (last - first > 5 || tokens.slice(first, last + 1).some((t) => t.kind !== "word" && t.kind !== "poss")) {
    // "the NGO safety forum for north-east Syria": a longer noun phrase, its hyphenated
    // compounds one word each, with no verb, pronoun or relative in it — "figures his office
    // shared with X", "two shopkeepers who spoke to us" are read by their heads instead.
    let words = 0;
    for (let k = first; k <= last; k++) {
      const t = tokens[k] as Token;
      const joiner = t.text === "-" && !t.space && !tokens[k + 1]?.space && k > first && k < last;
      if (joiner) continue;
      if (t.kind !== "word") return null;
      if (!t.cap && (isVerbWord(t.norm) || HEAD_ENDERS.has(t.norm) || NOT_IN_SOURCE_PHRASE.has(t.norm)))
        return null;
      if (k === first || tokens[k - 1]?.text !== "-" || t.space) words++;
    }
    if (words > SOURCE_PHRASE_WORDS) return null;
  }
  // "according to the monitors I work with", "the people we spoke to": a relative clause with
  // no "who" or "that" says how the writer knows them; the noun before it is who they are.
  const contact = tokens.findIndex((t, k) => k > first && k <= last && CONTACT_SUBJECTS.has(t.norm));
  if (contact > first + 1 || (contact === first + 1 && tokens[first]?.norm !== "the")) last = contact - 1;
  if (tokens[first]?.norm === "the" && last - first >= 2) first++;
  return { draft: null, name: spanText(doc, first, last) };
}

/**
 * '"... What was he preparing?" Khalaf said.': a quotation ending in a question or an
 * exclamation can end its sentence, and the attribution then stands as a sentence of its own —
 * a short one, a name or pronoun and its speech verb. Returns the end of the sentence the
 * quotation's attribution is read in: that next one when it is such an attribution.
 */
function attributionAfter(doc: Doc, n: number, isMark: (k: number) => boolean): number {
  const { tokens } = doc;
  const before = doc.sentences[n - 1];
  const next = doc.sentences[n];
  const fallback = before?.tokenEnd ?? 0;
  if (!next || next.tokenEnd - next.tokenStart > 10) return fallback;
  const first = tokens[next.tokenStart];
  if (!first || first.breaks > 0 || !(first.cap || first.kind === "word")) return fallback;
  if (!["?", "!"].includes(tokens[(before?.tokenEnd ?? 0) - 2]?.text ?? "")) return fallback;
  for (let k = next.tokenStart; k < next.tokenEnd; k++) {
    const t = tokens[k] as Token;
    if (isMark(k) || t.norm === "that") return fallback;
    if (isSpeechVerbAt(tokens, k) && k > next.tokenStart && k - next.tokenStart <= 5) return next.tokenEnd;
  }
  return fallback;
}

/**
 * The first word of a list point opening a line ("1. The killing of ...", "2) ...", "• ..."),
 * or -1 when the sentence is no list point.
 */
/** A report's paragraph number opening its line: "2.4", "3.1.2". */
const sectionNumber = (tokens: readonly Token[], k: number) =>
  (k === 0 || (tokens[k]?.breaks ?? 0) > 0) &&
  tokens[k]?.kind === "num" &&
  /^\d{1,2}(?:\.\d{1,2})+$/.test(tokens[k]?.text ?? "");

function listItem(tokens: readonly Token[], start: number, end: number): number {
  const t = tokens[start];
  // "- return the camera;": a dash opening a line may be left before the sentence it marks.
  const dash = tokens[start - 1];
  if (t && start < end && t.breaks === 0 && dash && BULLETS.has(dash.text) && (dash.breaks ?? 0) > 0)
    return start;
  if (!t || (start > 0 && t.breaks === 0)) return -1;
  if (BULLETS.has(t.text)) return start + 1 < end ? start + 1 : -1;
  const numbered =
    (t.kind === "num" && /^\d{1,2}$/.test(t.text)) || (t.kind === "word" && /^[a-z]$/.test(t.text));
  if (numbered && [".", ")"].includes(tokens[start + 1]?.text ?? "") && start + 2 < end) return start + 2;
  return -1;
}

/** The Arabic article as names in Latin letters write it, joined by a hyphen: "al-Khayr". */
const ARTICLES = new Set(["al", "el", "ad", "ar", "as", "ash", "at", "az", "an"]);

/** Reflexives a source names itself with: "an account calling itself \"Raqqa Now 24\"". */
const REFLEXIVES = new Set(["itself", "himself", "herself", "themselves"]);
const SELF_NAMING = new Set(["calling", "calls", "called", "styling", "styles", "styled", "naming", "names"]);

/**
 * 'an account calling itself "Raqqa Now 24"', 'a man known as "Abu Bakr"': a short run of
 * capitalised words and figures in quotation marks after a verb of naming is a name, not speech.
 */
function nameInMarks(tokens: readonly Token[], q: QuoteSpan): boolean {
  const before = tokens[q.open - 1]?.norm ?? "";
  const naming =
    (REFLEXIVES.has(before) && SELF_NAMING.has(tokens[q.open - 2]?.norm ?? "")) ||
    (before === "as" && tokens[q.open - 2]?.norm === "known") ||
    ["dubbed", "nicknamed", "named"].includes(before);
  if (!naming || q.close - q.open < 2 || q.close - q.open > 7) return false;
  for (let k = q.open + 1; k < q.close; k++) {
    const t = tokens[k] as Token;
    if (t.kind === "num" || (t.kind === "word" && t.cap) || t.text === "-") continue;
    // "Wilayat al-Khayr News": an Arabic article joined to the capitalised word after it.
    if (t.kind === "word" && ARTICLES.has(t.norm) && tokens[k + 1]?.text === "-") continue;
    return false;
  }
  return true;
}

/**
 * Whether a verb of description ("described", "called") opens the words [first, x) after a short
 * subject, as in "The governor described the plan as ...": the clause reports its subject's saying.
 */
function describedBefore(tokens: readonly Token[], first: number, x: number): boolean {
  const v = x - 1;
  if (v <= first || v - first > 5 || !DESCRIBING.has(tokens[v]?.norm ?? "")) return false;
  return tokens.slice(first, v).every((t) => t.kind !== "punct" || t.text === "'s");
}
const DESCRIBING = new Set(["described", "called", "termed", "labelled", "labeled", "branded"]);

/**
 * Whether the words [first, x) end in a verb of saying and its "that", inside the clause at
 * first: 'recalls that ... the Embassy's reply stated that operations "..."' — the clause at x
 * is the second speaker's own statement, which the first only relays.
 */
function statedThatBefore(
  tokens: readonly Token[],
  first: number,
  x: number,
  quoted: (k: number) => boolean,
): boolean {
  const v = x - 2;
  // "asked every office to stop ... and warned that ...": a verb coordinated with the clause's
  // own goes on with the same speaker; the second speaker's verb has a subject of its own.
  let s = v - 1;
  while (s > first && INNER_AUXILIARIES.has(tokens[s]?.norm ?? "")) s--;
  const own = tokens[s];
  if (own?.kind !== "word" || ["and", "but", "or", "then"].includes(own.norm)) return false;
  return (
    v > first &&
    tokens[x - 1]?.norm === "that" &&
    !quoted(v) &&
    !isParticiple(tokens[v]) &&
    isSpeechVerbAt(tokens, v)
  );
}

/** Verbs of naming in "what it called '...'"; "described" and "characterised" take "as". */
const WHAT_CALLED = new Set([
  "called",
  "calls",
  "termed",
  "terms",
  "dubbed",
  "labelled",
  "labeled",
  "branded",
]);
const WHAT_DESCRIBED = new Set(["described", "describes", "characterised", "characterized"]);
/** Auxiliaries after a namer that is a clause's subject: "the command had carried out". */
const NAMER_AUXILIARIES = new Set([
  "has",
  "had",
  "have",
  "is",
  "was",
  "were",
  "are",
  "will",
  "would",
  "says",
  "said",
]);
/** The pronouns of "what it called" and the kind of entity each may stand for. */
const NAMER_PRONOUNS = new Map<string, readonly string[]>([
  ["it", ["organization"]],
  ["they", ["organization"]],
  ["he", ["person"]],
  ["she", ["person"]],
]);

/**
 * "The Turkmen Front condemned what it called \"a cowardly act\"", "killing what it described as
 * \"five terrorists\"": words quoted as what someone called a thing are that namer's, whoever
 * reports the sentence. The namer is the body or person named ("what the army called ..."), or
 * the one a pronoun stands for: the nearest entity of its kind named before "what" in the same
 * sentence (the subject of the clause, as a rule), else the one the pronoun resolves to. `first`
 * is the quotation's first word.
 */
function whatCalled(
  doc: Doc,
  owners: Map<number, EntityDraft>,
  first: number,
  memory: SpeakerMemory,
): Speaker | null {
  const { tokens } = doc;
  let v = first - 2;
  // "men described by our observers as \"armed\"": a passive description's agent names it.
  if (tokens[v]?.norm === "as") {
    for (let b = v - 2; b > 0 && v - b <= 8; b--) {
      const t = tokens[b] as Token;
      if (t.kind === "punct") break;
      if (t.norm !== "by") continue;
      if (WHAT_DESCRIBED.has(tokens[b - 1]?.norm ?? ""))
        return phraseSpeaker(doc, owners, b + 1, v - 1, memory);
      break;
    }
  }
  if (tokens[v]?.norm === "as" && WHAT_DESCRIBED.has(tokens[v - 1]?.norm ?? "")) v--;
  else if (!WHAT_CALLED.has(tokens[v]?.norm ?? "")) return null;
  const namer = v - 1;
  const pronoun = tokens[namer]?.norm ?? "";
  const kinds = NAMER_PRONOUNS.get(pronoun);
  if (kinds) {
    if (tokens[namer - 1]?.norm !== "what") return null;
    const sentence = tokens[namer]?.sentence;
    for (let k = namer - 2; k >= 0 && tokens[k]?.sentence === sentence; k--) {
      const d = owners.get(k);
      if (!d || !kinds.includes(d.type) || owners.get(k + 1) === d) continue;
      // "an Islamic State hideout": a name that modifies a noun after it is no subject; the
      // namer is a subject, before its verb or a comma ("The coalition said that it had ...").
      const next = tokens[k + 1];
      const verbal =
        next?.kind === "punct" ||
        (next?.kind === "word" &&
          !next.cap &&
          (isVerbWord(next.norm) || /[^e]ed$/.test(next.norm) || NAMER_AUXILIARIES.has(next.norm)));
      if (verbal) return { draft: d, name: d.name };
    }
    return memory.pronoun(pronoun, namer);
  }
  // "what the army called '...'": a named namer, after "what" and an optional "the".
  const d = owners.get(namer);
  if (!d || d.type === "place") return null;
  let k = namer;
  while (owners.get(k - 1) === d) k--;
  if (tokens[k - 1]?.norm === "the") k--;
  return tokens[k - 1]?.norm === "what" ? { draft: d, name: d.name } : null;
}

export function findQuotes(doc: Doc, owners: Map<number, EntityDraft>): QuoteDraft[] {
  const { tokens } = doc;
  const memory = new SpeakerMemory(doc, owners);
  // "an undercover employee (\"UCE-1\")": a term a document defines for the words before it
  // is a name, not anybody's speech.
  const spans = quoteSpans(doc).filter(
    (q) => definedTerm(tokens, q.open - 1, tokens.length) !== q.close + 1 && !nameInMarks(tokens, q),
  );
  const inQuote = new Uint8Array(tokens.length);
  const marks = new Set<number>();
  for (const q of spans) {
    for (let k = q.open; k <= Math.min(q.close, tokens.length - 1); k++) inQuote[k] = 1;
    marks.add(q.open);
    marks.add(q.close);
  }
  memory.setQuoted(inQuote);
  /** Quotations by the sentence they close in: where their attribution is read. */
  const closingIn = new Map<number, QuoteSpan[]>();
  for (const q of spans) {
    const n = tokens[Math.min(q.close, tokens.length) - 1]?.sentence ?? -1;
    const list = closingIn.get(n);
    if (list) list.push(q);
    else closingIn.set(n, [q]);
  }
  const quoted = (k: number) => inQuote[k] === 1;
  /** Quotations by their opening mark: a paragraph's quote reopened in the next paragraph. */
  const byOpen = new Map(spans.map((q) => [q.open, q]));
  /**
   * A quotation running over paragraphs is attributed where it ends: '“A ...\n\n“B ...,” she
   * said.' — the first paragraph's words take the speaker of the last (a few paragraphs at most).
   */
  const continuedBy = (q: QuoteSpan): Attribution | null => {
    let next = byOpen.get(q.close);
    for (let hop = 0; next && hop < 3; hop++) {
      const closes = doc.sentences[tokens[Math.min(next.close, tokens.length) - 1]?.sentence ?? -1];
      const opens = doc.sentences[tokens[next.open]?.sentence ?? -1];
      if (!closes || !opens) return null;
      const context = { start: opens.tokenStart, end: closes.tokenEnd, quoted, isMark, quotedBefore: false };
      const found = directSpeaker(doc, owners, next, context, memory);
      if (found) return found;
      next = byOpen.get(next.close);
    }
    return null;
  };
  const isMark = (k: number) => marks.has(k);
  /**
   * A feature's untagged quotation: 'Al-Ali points at a line of stones. "Somebody marked this
   * ..."' — a whole sentence in quotation marks, with no speech verb anywhere near, inside a
   * paragraph whose sentence before it names one person (or "he"/"she"): that person's words.
   */
  /**
   * A monitoring digest's item: a header line naming the source and the time of its post
   * ("4. Deir ez-Zor Internal Security Command (official channel), 13:30"), then a paragraph
   * that is wholly one quotation with no tag — the post's words, the source's own.
   */
  const headedSpeaker = (q: QuoteSpan): Attribution | null => {
    const open = tokens[q.open];
    if (!open || open.breaks < 1 || q.open < 4) return null;
    const next = tokens[q.close + 1];
    if (next && next.breaks === 0) return null;
    // The header ends in the time of the post, "06:12".
    if (
      tokens[q.open - 1]?.kind !== "num" ||
      tokens[q.open - 2]?.text !== ":" ||
      tokens[q.open - 3]?.kind !== "num"
    )
      return null;
    let lineStart = q.open - 1;
    // A header is a short line: the search for its start goes no further than one could be.
    while (lineStart > 0 && (tokens[lineStart]?.breaks ?? 0) === 0 && q.open - lineStart <= 30) lineStart--;
    if (q.open - lineStart > 30) return null;
    for (let k = lineStart; k < q.open; k++) {
      if (isSpeechVerbAt(tokens, k) && !quoted(k)) return null;
      const d = owners.get(k);
      if (d && (d.type === "organization" || d.type === "person"))
        return { speaker: { draft: d, name: d.name }, verb: -1 };
    }
    // "2. Sawt al-Sharqiya (activist channel), 07:40": a name no entity holds, in capitals up
    // to the description in brackets or the comma before the time.
    let from = lineStart;
    if (tokens[from]?.kind === "num" && tokens[from + 1]?.text === ".") from += 2;
    let to = from;
    while (to < q.open && ![",", "("].includes(tokens[to]?.text ?? "") && to - from < 8) to++;
    const name = tokens.slice(from, to);
    const capitalised = name.every((t) => t.cap || t.text === "-" || NAME_PARTICLES.has(t.norm));
    if (name.length === 0 || !capitalised || !["(", ","].includes(tokens[to]?.text ?? "")) return null;
    return { speaker: { draft: null, name: spanText(doc, from, to - 1) }, verb: -1 };
  };
  /**
   * A printed speech: '(to be read by the association's head, Hajj Kadhim al-Mayahi)', 'Delivered
   * by the Minister:' on a line of its own, then paragraphs in marks with no tag — the words are
   * the one the line names, however many quoted paragraphs follow it.
   */
  const deliveredBy = (q: QuoteSpan): Attribution | null => {
    if ((tokens[q.open]?.breaks ?? 0) === 0) return null;
    // Back over the quoted paragraphs before this one, to the line that heads them.
    let k = q.open - 1;
    for (let hops = 0; k >= 0 && hops < DELIVERY_HOPS; hops++) {
      let lineStart = k;
      while (lineStart > 0 && (tokens[lineStart]?.breaks ?? 0) === 0) lineStart--;
      if (!isMark(lineStart)) {
        for (let b = lineStart + 1; b <= k && b - lineStart <= 6; b++) {
          if (tokens[b]?.norm !== "by" || !DELIVERY_VERBS.has(tokens[b - 1]?.norm ?? "")) continue;
          for (let j = b + 1; j <= k; j++) {
            const d = owners.get(j);
            if (d?.type === "person") return { speaker: { draft: d, name: d.name }, verb: -1 };
          }
          let end = b + 1;
          while (end < k && ![",", ")", ":", "("].includes(tokens[end + 1]?.text ?? "")) end++;
          const speaker = phraseSpeaker(doc, owners, b + 1, end, memory);
          return speaker ? { speaker, verb: -1 } : null;
        }
        return null;
      }
      k = lineStart - 1;
    }
    return null;
  };
  const untaggedSpeaker = (q: QuoteSpan): Attribution | null => {
    const open = tokens[q.open];
    const close = tokens[Math.min(q.close, tokens.length - 1)];
    const first = doc.sentences[open?.sentence ?? -1];
    const last = doc.sentences[close?.sentence ?? -1];
    if (!open || !first || !last || first.tokenStart !== q.open || q.close < last.tokenEnd - 1) return null;
    if (open.breaks > 0 || first.index === 0) return null;
    const before = doc.sentences[first.index - 1];
    if (!before) return null;
    let person: Speaker | null = null;
    for (let k = before.tokenStart; k < before.tokenEnd; k++) {
      const t = tokens[k] as Token;
      if (quoted(k) || isSpeechVerbAt(tokens, k)) return null;
      const d = owners.get(k);
      const found =
        d?.type === "person"
          ? { draft: d, name: d.name }
          : t.norm === "he" || t.norm === "she"
            ? memory.pronoun(t.norm, k)
            : null;
      if (!found) continue;
      if (person && !(person.draft && person.draft === found.draft)) return null;
      person = found;
    }
    return person ? { speaker: person, verb: -1 } : null;
  };
  /**
   * 'wrote on X that "Turkish-backed factions" had shelled the villages': a clause that opens
   * with a quoted fragment and goes on in the writer's words is still reported speech; one
   * quoted to its end is a direct quote only.
   */
  const openingFragment = (first: number, last: number): boolean => {
    const q = byOpen.get(first);
    if (!q || q.close >= last) return false;
    let words = 0;
    for (let k = q.close + 1; k <= last; k++) if (!quoted(k) && tokens[k]?.kind === "word") words++;
    return words >= 2;
  };
  const turns = transcriptTurns(doc, owners, memory);
  // A parliament's verbatim record labels its turns with names on lines of their own.
  if (turns.size === 0) for (const [n, turn] of hansardTurns(doc, owners, memory)) turns.set(n, turn);
  /** A line's "Source:" label, by the sentence that opens the line (see colon-tags.ts). */
  // A transcript's labels are its turns, read by transcriptTurns: its presenters' lines are no tags.
  const tagOf = (n: number) => (turns.size > 0 ? null : colonTag(doc, owners, n, memory));
  /** 'Governor's spokesman: "..."': a quotation right after a line's colon tag is its speaker's. */
  const colonTagged = (q: QuoteSpan): Attribution | null => {
    const tag = tokens[q.open - 1]?.text === ":" ? tagOf(tokens[q.open]?.sentence ?? -1) : null;
    return tag && tag.colon === q.open - 1 ? { speaker: tag.speaker, verb: -1 } : null;
  };
  /**
   * '"Of course we need security," he said. Then, after a pause: "But ..."': a quotation after a
   * colon whose lead-in is only an adverbial of sequence (no one named, no verb of saying) goes
   * on from the one quoted in the sentence before, in the same paragraph.
   */
  const resumedAfter = (q: QuoteSpan): Attribution | null => {
    if (tokens[q.open - 1]?.text !== ":") return null;
    const sentence = doc.sentences[tokens[q.open]?.sentence ?? -1];
    if (!sentence || (tokens[sentence.tokenStart]?.breaks ?? 1) > 0) return null;
    const first = sentence.tokenStart;
    const colon = q.open - 1;
    if (colon - first < 1 || colon - first > 8 || !SEQUENCE_ADVERBS.has(tokens[first]?.norm ?? ""))
      return null;
    for (let k = first; k < colon; k++) {
      const t = tokens[k] as Token;
      if (t.kind === "punct" && t.text === ",") continue;
      if (t.kind !== "word" || (k > first && t.cap) || owners.has(k) || isSpeechVerbAt(tokens, k))
        return null;
      if (["he", "she", "they", "it", "we", "i"].includes(t.norm)) return null;
    }
    for (let i = quotes.length - 1; i >= 0; i--) {
      const r = quotes[i] as QuoteDraft;
      if (r.sentence < sentence.index - 1) break;
      if (r.sentence === sentence.index - 1 && r.kind === "direct") return { speaker: r.speaker, verb: -1 };
    }
    return null;
  };
  // A thread's posts are turns too, but what a post reports from others stays their quote.
  const posts = threadPosts(doc, owners);
  const turnAt = (n: number) => turns.get(n) ?? posts.turns.get(n);
  // A "he" or "she" inside a turn or a post is never the one who speaks it.
  memory.setTurns((n) => turnAt(n)?.speaker);
  const quotes: QuoteDraft[] = [];
  /** Transcript answers, which hold whatever their speaker quotes from others. */
  const answers: QuoteDraft[] = [];
  // Answers are read in order: the one that could hold a quote is the last one so far.
  // But "A: The command told me that there are \"no more than a few dozen\"": words in marks
  // inside what the answer reports from someone else are that other speaker's, a quote of its own.
  /** Answers under an interview's "A:" label. */
  const answerTurns = new Set<QuoteDraft>();
  const held = (q: QuoteDraft) => {
    const a = answers[answers.length - 1];
    if (q.kind !== "direct" || a === undefined || a === q || a.first > q.first || q.last > a.last)
      return false;
    // A deposition's 'A: ... the one who hit me said, "Tell your company to pay"': words the
    // answer quotes with another speaker's verb of saying are evidence of their own, that
    // speaker's quote. A broadcast guest's 'A commander there, Heval Rodi, said, quote, "Nobody
    // left the perimeter"', 'the company's manager told me, quote, "We are staying"' are so too:
    // the guest recounts another source's own words, which are that source's quote (the turn
    // still holds them as part of what the guest said).
    if ((q.tag ?? -1) >= a.first && !sameSpeaker(q.speaker, a.speaker)) return false;
    // Quotes come in sentence order: only the last ones, of this sentence, are looked at.
    for (let i = quotes.length - 1; i >= 0; i--) {
      const r = quotes[i] as QuoteDraft;
      if (r.sentence !== q.sentence) break;
      if (
        r.kind === "indirect" &&
        r.first <= q.first &&
        q.last <= r.last &&
        !sameSpeaker(r.speaker, a.speaker)
      )
        return false;
    }
    return true;
  };
  let quotedBefore = -2;
  /** Quotations no tag attributes: quoted inside reported speech, they are its speaker's. */
  const orphans: QuoteSpan[] = [];
  /** "The statement added that ... the following results:" — who speaks the list that follows. */
  let listSpeaker: Attribution | null = null;
  for (const s of doc.sentences) {
    const start = s.tokenStart;
    const end = s.tokenEnd;
    const item = listItem(tokens, start, end);
    if (item < 0) listSpeaker = null;
    type Task = { at: number; run: () => QuoteDraft[] };
    const tasks: Task[] = [];
    /** "a report from the police", "claims by the group": a determiner, a report's noun, its source. */
    const sourcedReportAt = (k: number) =>
      ["a", "an", "the"].includes(tokens[k]?.norm ?? "") &&
      SOURCED_NOUNS.has(tokens[k + 1]?.norm ?? "") &&
      ["from", "by"].includes(tokens[k + 2]?.norm ?? "");
    const indirect = (from: number, last: number, found: Attribution | null): QuoteDraft[] => {
      // "45. Since 2024, ISIL has claimed …, one Member State observed": a report's paragraph
      // number opening the words said is the report's, not the speaker's.
      const first =
        from === start && sectionNumber(tokens, start) && start + 1 < last
          ? start + 1
          : from === start && item > start && tokens[start]?.kind === "num"
            ? item
            : from;
      const l = trimEnd(tokens, first, last);
      if (!found || l < first || (isMark(first) && !openingFragment(first, l))) return [];
      // "The Council noted a report from the police that ...": what is noted is the report, whose
      // clause the sourced-report reading gives to its source; the noting says nothing itself.
      if (sourcedReportAt(first)) return [];
      const modality = quoteModality(tokens, first, l, found.verb);
      // "denied that any detainee had escaped": the clause alone says the opposite of what was
      // said, so a denial's words keep the verb that negates them ("denied that ...").
      const v = found.verb;
      if (isDenialVerb(tokens[v]) && v < first && v >= start && first - v <= 4)
        return [{ kind: "indirect", speaker: found.speaker, sentence: s.index, first: v, last: l, modality }];
      return [{ kind: "indirect", speaker: found.speaker, sentence: s.index, first, last: l, modality }];
    };
    const at = (speaker: Speaker | null, verb: number): Attribution | null =>
      speaker ? { speaker, verb } : null;
    // '"..., whatever is said in the market"': a passive "is said" names nobody who says; it is
    // no tag ending the sentence's reported clause.
    const trailing = trailingAttribution(tokens, start, end, isMark);
    const tail =
      trailing && quoted(trailing.comma) && PASSIVE_BEFORE.has(tokens[trailing.verb - 1]?.norm ?? "")
        ? null
        : trailing;
    // "X say they have shut the factories, but smaller workshops have moved, officials say": the
    // clause after ", but" is what the trailing speaker says, not the first one.
    let split = -1;
    for (let k = start + 2; tail && k < tail.comma - 2; k++) {
      if (tokens[k]?.text !== "," || quoted(k) || !CONTRASTS.has(tokens[k + 1]?.norm ?? "")) continue;
      if (tokens.slice(start, k).some((_t, i) => isSpeechVerbAt(tokens, start + i) && !quoted(start + i)))
        split = k;
      break;
    }
    const clauseEnd = split > 0 ? split - 1 : tail ? tail.comma - 1 : end - 1;
    const mid = tail || isMark(start) ? null : midAttribution(tokens, start, end, quoted);
    /**
     * "recommends that the ministry reduce overcrowding, and calls on the service to ...": a
     * second verb of saying or appealing after ", and" is the subject's next statement, so the
     * clause reported by the first stops before it ("..., and that ..." goes on with it).
     */
    const statementEnd = (first: number, last: number): number => {
      for (let k = first + 2; k < last - 1; k++) {
        if (tokens[k]?.text !== "," || quoted(k) || !["and", "but"].includes(tokens[k + 1]?.norm ?? ""))
          continue;
        const next = tokens[k + 2];
        if (!next || next.cap || quoted(k + 2)) continue;
        if (NEXT_STATEMENTS.has(next.norm) || APPEAL_VERBS.has(next.norm)) return k - 1;
      }
      return last;
    };
    /**
     * "A man who said he was the governor's adviser, Dr. Haitham al-Asadi, told my father ...": a
     * speech verb in a relative clause on the subject reports up to the clause's comma when the
     * sentence's own verb of saying comes after it — what follows is the main clause's.
     */
    const relativeEnd = (v: number, first: number, last: number): number => {
      if (tokens[v - 1]?.norm !== "who") return last;
      const comma = tokens.findIndex((t, k) => k > first && k < last && t.text === "," && !quoted(k));
      if (comma < 0) return last;
      for (let k = comma + 1; k <= last; k++) if (isSpeechVerbAt(tokens, k) && !quoted(k)) return comma - 1;
      return last;
    };
    /**
     * "The driver, police said, told investigators that ...": a tag between a short subject (a
     * noun phrase with no verb of its own) and a finite verb of saying — not ", adding that".
     */
    const tellingAfterTag = (c1: number, c2: number): boolean => {
      const verb = tokens[c2 + 1];
      if (
        !isSpeechVerbAt(tokens, c2 + 1) ||
        quoted(c2 + 1) ||
        isParticiple(verb) ||
        /ing$/.test(verb?.norm ?? "")
      )
        return false;
      if (c1 <= start || c1 - start > 5 || quoted(start)) return false;
      return tokens
        .slice(start, c1)
        .every((t) => t.kind === "word" && !isVerbWord(t.norm) && !isSpeechVerb(t));
    };
    /**
     * "The DGAM, al-Hamwi added, has recorded ...": a tag between a short subject (a noun phrase
     * with no verb of its own) and an auxiliary or a verb in the past, which carries the predicate.
     */
    const predicateAfterTag = (c1: number, c2: number): boolean => {
      const verb = tokens[c2 + 1];
      if (verb?.kind !== "word" || verb.cap || quoted(c2 + 1) || isSpeechVerb(verb)) return false;
      if (!(PREDICATE_AUXILIARIES.has(verb.norm) || /[^e]ed$/.test(verb.norm))) return false;
      if (c1 <= start || c1 - start > 5 || quoted(start)) return false;
      return tokens
        .slice(start, c1)
        .every((t) => t.kind === "word" && !isVerbWord(t.norm) && !isSpeechVerb(t) && !/ing$/.test(t.norm));
    };
    /** "Since work began in 2022, ...": a subordinate clause fronted before its main clause. */
    const frontedClause = (from: number, c1: number): boolean =>
      FRONTED_SUBORDINATORS.has(tokens[from]?.norm ?? "") &&
      !quoted(from) &&
      c1 - from >= 3 &&
      // "Since January, at least 40 bombs have struck the town, the monitor said, ...": a comma
      // closing the fronted clause before the tag leaves the main clause before it too.
      !tokens.slice(from, c1).some((t, i) => quoted(from + i) || t.text === ";" || t.text === ",");
    /**
     * A main clause's opening: a number, a name, a determiner, a subject pronoun or a bare noun
     * ("smuggling on this stretch has halved") — no verb, which would go on with the tag's clause.
     */
    const mainClauseOpens = (k: number): boolean => {
      const t = tokens[k];
      if (!t || quoted(k) || k >= end - 2) return false;
      if (t.kind === "num" || t.cap || CLAUSE_SUBJECT_OPENERS.has(t.norm)) return true;
      return (
        t.kind === "word" &&
        !RESUMING.has(t.norm) &&
        !PREDICATE_AUXILIARIES.has(t.norm) &&
        (!isVerbWord(t.norm) || /ing$/.test(t.norm))
      );
    };
    /** Whether the attribution between commas named its speaker; else its verb is read as any other. */
    let midFound = false;

    for (let v = start; v < end; v++) {
      if (!isSpeechVerbAt(tokens, v) || quoted(v) || v === tail?.verb) continue;
      // "The driver, police said, told investigators that ...": the tag stands between the
      // subject and its verb of saying; the phrase before the tag tells, the tag reports it.
      const tagged = mid !== null && v === mid.c2 + 1 && tellingAfterTag(mid.c1, mid.c2);
      const subject = () =>
        (tagged && mid ? phraseSpeaker(doc, owners, start, mid.c1 - 1, memory) : null) ??
        handleSubject(doc, posts, v) ??
        (isParticiple(tokens[v])
          ? (participleSubject(doc, owners, v, memory) ?? subjectOf(doc, owners, v, memory))
          : subjectOf(doc, owners, v, memory));
      const described = describedAs(tokens, v, end, quoted);
      if (described) {
        tasks.push({ at: v, run: () => indirect(described.first, described.last, at(subject(), v)) });
        continue;
      }
      const c = clauseAfter(tokens, v, end, quoted);
      if (c < 0) continue;
      // "Maya Forster, a lawyer, said about 15 Britons, most of them children, were ...": when
      // ", said about 15 Britons," names no speaker, "said" introduces a clause after all.
      const ownClause = v !== mid?.verb;
      const last = relativeEnd(v, c, statementEnd(c, v < split ? split - 1 : clauseEnd));
      tasks.push({
        at: v,
        run: () => (ownClause || !midFound ? indirect(c, Math.max(c, last), at(subject(), v)) : []),
      });
    }
    // "X has pledged to end the trade", "X accused Y of running it": a promise or an accusation
    // is the subject's statement, told in the article's words.
    for (let v = start + 1; v < end - 2; v++) {
      const t = tokens[v] as Token;
      // "cells who accused them of spying": background in a relative clause, not a statement.
      if (
        quoted(v) ||
        tokens[v - 1]?.text === "," ||
        ["who", "which", "that"].includes(tokens[v - 1]?.norm ?? "")
      )
        continue;
      const pledge = PLEDGES.has(t.norm) && tokens[v + 1]?.norm === "to";
      // "men accused of fighting for ...": a passive participle names no accuser.
      const accusation =
        ACCUSATIONS.has(t.norm) &&
        !["of", "for"].includes(tokens[v + 1]?.norm ?? "") &&
        tokens.slice(v + 2, Math.min(end, v + 16)).some((x) => x.norm === "of" || x.norm === "for");
      if (!pledge && !accusation) continue;
      tasks.push({ at: v, run: () => indirect(v + 1, clauseEnd, at(subjectOf(doc, owners, v, memory), v)) });
    }
    for (let v = start; v < end - 3; v++) {
      const t = tokens[v] as Token;
      if (quoted(v) || ["who", "which", "that"].includes(tokens[v - 1]?.norm ?? "")) continue;
      // "The camp has been described by U.S. officials as a breeding ground".
      const passive = describedBy(tokens, v, end, quoted);
      if (v === start && !passive) continue;
      if (passive) {
        const { agentFirst, agentLast, first, last } = passive;
        const agent = () => phraseSpeaker(doc, owners, agentFirst, agentLast, memory);
        tasks.push({ at: v, run: () => indirect(first, last, at(agent(), v)) });
        continue;
      }
      // "He called on the countries ... to take them back", "urged Baghdad to ...": an appeal
      // in the article's words.
      let first = -1;
      if (APPEAL_VERBS.has(t.norm) && ["on", "upon"].includes(tokens[v + 1]?.norm ?? "")) first = v + 2;
      else if (
        (t.norm === "urged" || t.norm === "urges") &&
        !PASSIVE_BEFORE.has(tokens[v - 1]?.norm ?? "") &&
        tokens.slice(v + 2, Math.min(end, v + 10)).some((x) => x.norm === "to")
      )
        first = v + 1;
      // "He asked the court to apply ...": a request to someone named is an appeal too — but not
      // "asked not to be named", "asked to be identified", which have no one asked.
      else if (
        (t.norm === "asked" ||
          t.norm === "asks" ||
          // "We ask you not to share ...", "I ask the families to ...": a request in the present,
          // after the pronoun of who makes it (an imperative "Ask your doctor to" has none).
          (t.norm === "ask" && REQUESTERS.has(tokens[v - 1]?.norm ?? "")) ||
          // "An officer told us to wait until ...": a bidding to someone named by a pronoun.
          (TOLD_TO.has(t.norm) && bidTo(tokens, v))) &&
        !PASSIVE_BEFORE.has(tokens[v - 1]?.norm ?? "") &&
        // "asked members to", "asked farmers to": those asked, named by a plural role.
        (ASKED_OBJECTS.has(tokens[v + 1]?.norm ?? "") ||
          tokens[v + 1]?.cap ||
          (/s$/.test(tokens[v + 1]?.norm ?? "") && isSourceNoun(tokens[v + 1]?.norm ?? "")) ||
          // "asks visitors who have information to call", "asked passengers to stay seated":
          // a plural noun with its relative clause or its "to" is the ones asked, whatever noun.
          askedPlural(tokens, v + 1) ||
          // "asked shop owners with cameras to keep ...": a plural noun with a phrase after it.
          askedPhrase(tokens, v + 1) > 0) &&
        // "said that the ministry had asked the coalition to ...": a request inside reported
        // speech is part of what is reported.
        // A semicolon ends the clause: "..., announced on Saturday; the command asked shepherds to".
        !tokens
          .slice(start, v)
          .some(
            (_x, i) =>
              isSpeechVerbAt(tokens, start + i) &&
              !quoted(start + i) &&
              !tokens.slice(start + i, v).some((t) => t.text === ";"),
          ) &&
        // 'asks farmers "to keep a water tank ..."': the request may be quoted from its "to" on.
        (tokens
          .slice(v + 2, Math.min(end, v + 7))
          .some((x, i) => x.norm === "to" && (!quoted(v + 2 + i) || isMark(v + 1 + i))) ||
          // "asked every printing shop in the province to report ...": a longer addressee, a
          // noun phrase and its prepositional phrase, with no verb or punctuation in it.
          (askedPhrase(tokens, v + 1) > 0 &&
            (!quoted(askedPhrase(tokens, v + 1)) || isMark(askedPhrase(tokens, v + 1) - 1))))
      )
        first = v + 1;
      // "health partners report a sharp rise in infections": what is reported, a noun phrase.
      else if (
        NP_REPORTS.has(t.norm) &&
        isSpeechVerb(t) &&
        COUNTED.has(tokens[v + 1]?.norm ?? "") &&
        !PASSIVE_BEFORE.has(tokens[v - 1]?.norm ?? "")
      ) {
        if (!DETERMINERS_BEFORE.has(tokens[v - 1]?.norm ?? "")) first = v + 1;
      }
      // 'called on "all parties" to keep ...': those appealed to may be quoted, the appeal not.
      const quotedObject = isMark(first) && tokens[(byOpen.get(first)?.close ?? -2) + 1]?.norm === "to";
      if (first < 0 || (isMark(first) && !quotedObject) || first >= clauseEnd) continue;
      // "calls on farmers to report locusts, and affirms that ...": a second verb of the
      // subject ends the appeal; "and on the coalition to ..." goes on with it.
      let last = first;
      while (
        last < clauseEnd &&
        !(
          tokens[last + 1]?.text === "," &&
          !quoted(last + 1) &&
          ((["and", "but"].includes(tokens[last + 2]?.norm ?? "") &&
            (isSpeechVerb(tokens[last + 3]) || isVerbWord(tokens[last + 3]?.norm ?? ""))) ||
            // ", adding that ...": a participle of saying opens the next statement.
            (isParticiple(tokens[last + 2]) && isSpeechVerb(tokens[last + 2])))
        )
      )
        last++;
      tasks.push({ at: v, run: () => indirect(first, last, at(subjectOf(doc, owners, v, memory), v)) });
    }
    // "noted a report from the local police that gunmen shot dead ...", "denied claims by the
    // group that ...": a report named with its source, then "that" and a clause with a subject
    // of its own, reports that source's words.
    for (let k = start + 1; k < end - 4; k++) {
      if (!SOURCED_NOUNS.has(tokens[k]?.norm ?? "") || quoted(k) || tokens[k]?.cap) continue;
      if (!["from", "by"].includes(tokens[k + 1]?.norm ?? "")) continue;
      let that = k + 2;
      while (
        that < Math.min(end - 2, k + 10) &&
        tokens[that]?.norm !== "that" &&
        (tokens[that]?.kind === "word" || tokens[that]?.kind === "poss") &&
        !quoted(that)
      )
        that++;
      const opener = tokens[that + 1];
      if (tokens[that]?.norm !== "that" || that === k + 2 || !opener || quoted(that + 1)) continue;
      // "a report by the police that said ...": a relative "that" has its verb next.
      if (
        opener.kind === "word" &&
        !opener.cap &&
        (isVerbWord(opener.norm) || PREDICATE_AUXILIARIES.has(opener.norm))
      )
        continue;
      const source = phraseSpeaker(doc, owners, k + 2, that - 1, memory);
      if (!source) continue;
      tasks.push({ at: k, run: () => indirect(that + 1, clauseEnd, { speaker: source, verb: k }) });
    }
    // "Since 2021 about 17,000 Iraqis have come back, by the ministry's count.": a count or an
    // estimate, owned by who made it, at the sentence's end is according to them.
    {
      const last = trimEnd(tokens, start, end - 1);
      const possessive = last - 1;
      if (
        COUNT_NOUNS.has(tokens[last]?.norm ?? "") &&
        tokens[possessive]?.kind === "poss" &&
        !quoted(last) &&
        !tail
      ) {
        let by = possessive - 1;
        while (by > start && possessive - by <= 6 && tokens[by]?.norm !== "by") by--;
        if (tokens[by]?.norm === "by" && tokens[by - 1]?.text === "," && by - 2 > start) {
          const comma = by - 1;
          const owner = phraseSpeaker(doc, owners, by + 1, possessive - 1, memory);
          if (owner && !isMark(start))
            tasks.push({ at: comma, run: () => indirect(start, comma - 1, { speaker: owner, verb: -1 }) });
        }
      }
    }
    // "Prosecutors told the court that ... The court heard that ...": what a court or a
    // committee heard was said by whoever had just been speaking to it.
    for (let v = start + 2; v < end - 2; v++) {
      if (tokens[v]?.norm !== "heard" || tokens[v + 1]?.norm !== "that" || quoted(v)) continue;
      if (tokens[v - 2]?.norm !== "the" || !HEARERS.has(tokens[v - 1]?.norm ?? "")) continue;
      const speaker = memory.lastNear(s.index);
      if (speaker) tasks.push({ at: v, run: () => indirect(v + 2, clauseEnd, { speaker, verb: v }) });
    }
    // "The judge asked the witness whether ...", "who asked how many ...": a reported question
    // is an indirect quote of the one who asked it, from its question word on.
    // "Asked by the defence whether he had seen it, the officer replied ...": the asker is the
    // agent, the question runs to the comma that ends the participle's clause.
    if (tokens[start]?.norm === "asked" && tokens[start + 1]?.norm === "by") {
      let w = start + 2;
      while (w < Math.min(end - 1, start + 10) && !QUESTION_WORDS.has(tokens[w]?.norm ?? "")) {
        if (tokens[w]?.kind === "punct" || quoted(w)) break;
        w++;
      }
      let comma = w + 1;
      while (comma < end && !(tokens[comma]?.text === "," && !quoted(comma))) comma++;
      if (QUESTION_WORDS.has(tokens[w]?.norm ?? "") && w > start + 2 && comma < end - 1) {
        const asker = phraseSpeaker(doc, owners, start + 2, w - 1, memory);
        if (asker)
          tasks.push({ at: start, run: () => indirect(w, comma - 1, { speaker: asker, verb: start }) });
      }
    }
    for (let v = start + 1; v < end - 2; v++) {
      if (!ASKED.has(tokens[v]?.norm ?? "") || quoted(v) || tokens[v]?.cap) continue;
      let w = v + 1;
      while (w < Math.min(end - 1, v + 7) && !QUESTION_WORDS.has(tokens[w]?.norm ?? "")) {
        if (tokens[w]?.kind === "punct" || quoted(w)) break;
        w++;
      }
      if (!QUESTION_WORDS.has(tokens[w]?.norm ?? "") || w >= clauseEnd) continue;
      const speaker = subjectOf(doc, owners, v, memory);
      if (speaker) tasks.push({ at: v, run: () => indirect(w, clauseEnd, { speaker, verb: v }) });
    }
    // "The investigations showed that ...": findings reported by the inquiry that made them.
    for (let v = start + 1; v < end - 2; v++) {
      if (!EVIDENCE_VERBS.has(tokens[v]?.norm ?? "") || tokens[v + 1]?.norm !== "that" || quoted(v)) continue;
      if (!INQUIRIES.has(tokens[v - 1]?.norm ?? "")) continue;
      const from = tokens[v - 2]?.norm === "the" && v - 2 >= start ? v - 2 : v - 1;
      const speaker: Speaker = { draft: null, name: spanText(doc, from, v - 1) };
      tasks.push({ at: v, run: () => indirect(v + 2, clauseEnd, { speaker, verb: v }) });
    }
    for (let a = start; a < end - 1; a++) {
      const lead = attributionLead(tokens, a, start);
      if (lead === 0 || quoted(a)) continue;
      let npStart = a + lead;
      // "according to a statement from the Ministry ...", "according to figures provided by the
      // interior ministry": the ministry speaks.
      let document = false;
      // "a statement read to the committee by its chairman": the maker may come a few words on,
      // but not past the phrase's end ("According to the statement, he ... from ...").
      for (let j = npStart + 1; j < Math.min(end, a + 10); j++) {
        if ([",", ";", ".", ":", '"', "“", "”"].includes(tokens[j]?.text ?? "")) break;
        if (!["from", "by"].includes(tokens[j]?.norm ?? "")) continue;
        // "a UN count from earlier this month": a time, not who the count is from.
        const when = TIME_AFTER_FROM.has(tokens[j + 1]?.norm ?? "");
        document = !when && tokens.slice(npStart, j).some((t) => DOCUMENTS.has(t.norm));
        if (document) npStart = j + 1;
        break;
      }
      let npEnd = npStart;
      // "according to a resident who spoke to us by phone": a restrictive clause is part of who
      // it is — but "a statement posted by the army on X" was posted by the army, on X.
      while (
        npEnd + 1 < end &&
        // "According to Maj. Hardan, ...": a title's abbreviating period ends no phrase.
        (![",", ".", ";"].includes(tokens[npEnd + 1]?.text ?? "") || abbreviatedTitle(tokens, npEnd + 1)) &&
        !(document && npEnd > npStart && ["on", "via"].includes(tokens[npEnd + 1]?.norm ?? "")) &&
        // "figures from the Joint Operations Command seen by Reuters": the command gave them;
        // the outlet that saw them did not.
        !(document && npEnd > npStart && SEEN.has(tokens[npEnd + 1]?.norm ?? ""))
      )
        npEnd++;
      // "according to the Bureau of Migration, Labour and Skills, ...": a comma inside one body's
      // name ends no phrase; the name's last word does.
      const named = owners.get(npEnd);
      if (named && tokens[npEnd + 1]?.text === "," && owners.get(npEnd + 1) === named)
        while (npEnd + 1 < end && owners.get(npEnd + 1) === named) npEnd++;
      npEnd = withAppositiveName(tokens, owners, npEnd, end);
      // "according to initial intelligence": whatever it is according to is the source.
      // "according to two shopkeepers who spoke to us", "a UN estimate from earlier this year":
      // when the whole phrase names no one, its head before a relative or a time does.
      const head = headEnd(tokens, npStart, npEnd);
      // "according to two residents interviewed by the monitor": those interviewed speak, not the
      // body that interviewed them.
      let heard = -1;
      for (let k = npStart + 1; k < npEnd && heard < 0; k++)
        if (INTERVIEWED.has(tokens[k]?.norm ?? "") && tokens[k + 1]?.norm === "by") heard = k - 1;
      const participial = head < npEnd && PARTICIPLE_ENDERS.has(tokens[head + 1]?.norm ?? "");
      // "X has counted 37 attacks, according to its latest tally": a count or statement of a
      // possessive's owner is that owner's, not the document's (as "according to X's tally").
      const owned = () => {
        // "according to our records": the body the sentence is about, when it writes as "we".
        const possessor =
          tokens[npStart]?.norm === "our" ? "we" : POSSESSIVE_PRONOUNS.get(tokens[npStart]?.norm ?? "");
        if (!possessor || !DOCUMENTS.has(tokens[head]?.norm ?? "")) return null;
        // The subject its sentence opens with owns it when it is of the pronoun's kind.
        // "Since 2019, the Directorate has identified ...": after a fronted adverbial and its comma.
        const k = ownerSubjectStart(tokens, start, a);
        const subject = owners.get(k);
        const kind = ["its", "their", "our"].includes(tokens[npStart]?.norm ?? "")
          ? "organization"
          : "person";
        if (subject?.type === kind && k < a) return { draft: subject, name: subject.name };
        // "the Directorate has identified ..., according to its records": a body the article
        // names again by its capitalised head alone owns them, under that name (which of the
        // article's bodies so headed it is, the words do not say).
        if (
          !subject &&
          kind === "organization" &&
          k < a &&
          tokens[k]?.cap &&
          ORG_HEADS.has(tokens[k]?.norm ?? "")
        )
          return { draft: null, name: spanText(doc, tokens[k - 1]?.norm === "the" ? k - 1 : k, k) };
        // "according to our records" with no body for its subject: whose "our" it is is left open.
        return possessor === "we" ? null : memory.pronoun(possessor, npStart);
      };
      // "According to him, the strain ...": an object pronoun stands for the person the text
      // has just quoted or named, as "he said" does.
      const objectPronoun = npStart === npEnd ? OBJECT_PRONOUNS.get(tokens[npStart]?.norm ?? "") : undefined;
      // "according to her office": the office a person heads speaks for them, as they would.
      const office =
        npEnd === npStart + 1 && tokens[npEnd]?.norm === "office"
          ? PERSONAL_POSSESSIVES.get(tokens[npStart]?.norm ?? "")
          : undefined;
      // "according to the Centre's records", "the Ministry's latest figures": the document's
      // owner speaks, not a body called "Centre's records".
      const possessive = tokens
        .slice(npStart + 1, head)
        .findIndex((t, i) => t.kind === "poss" && head - (npStart + 1 + i) <= 2);
      const ownerEnd = possessive >= 0 && DOCUMENTS.has(tokens[head]?.norm ?? "") ? npStart + possessive : -1;
      const speak = () =>
        at(
          (objectPronoun ? memory.pronoun(objectPronoun, npStart) : null) ??
            (heard >= npStart
              ? (phraseSpeaker(doc, owners, npStart, heard, memory) ?? sourcePhrase(doc, npStart, heard))
              : null) ??
            (office ? memory.pronoun(office, npStart) : null) ??
            (ownerEnd >= npStart
              ? (phraseSpeaker(doc, owners, npStart, ownerEnd, memory) ??
                sourcePhrase(doc, npStart, ownerEnd))
              : null) ??
            (document ? null : documentMaker(doc, owners, npStart, npEnd, memory)) ??
            owned() ??
            investigationOwner(doc, owners, npStart, npEnd) ??
            (participial
              ? (phraseSpeaker(doc, owners, npStart, head, memory) ?? sourcePhrase(doc, npStart, head))
              : null) ??
            phraseSpeaker(doc, owners, npStart, npEnd, memory) ??
            sourcePhrase(doc, npStart, npEnd) ??
            (head < npEnd
              ? (phraseSpeaker(doc, owners, npStart, head, memory) ?? sourcePhrase(doc, npStart, head))
              : null),
          a,
        );
      // "2.4 According to the INSO platform, ...": a report's numbered paragraph opens with it.
      const numbered = a === start + 1 && sectionNumber(tokens, start);
      // "...; according to the Asayish, the money was ...": a clause after a semicolon opens as a
      // sentence does.
      const semicolon = tokens[a - 1]?.text === ";" && a > start;
      // "And according to the customs office here, 61 attempts ...": a conjunction opening the
      // sentence leaves the phrase at its head.
      const conjoined = a === start + 1 && ["and", "but"].includes(tokens[start]?.norm ?? "");
      // "SARAH KHOURY: According to the police, ...": a speaker's label and its colon before the
      // phrase leave it at the head of the turn's first sentence.
      const labelled = a > start && tokens[a - 1]?.text === ":" && speakerLabelBefore(tokens, start, a - 1);
      if (
        a === start ||
        conjoined ||
        labelled ||
        a === item ||
        numbered ||
        semicolon ||
        (a === start + 1 && tokens[start]?.kind === "punct")
      ) {
        let comma = npEnd + 1;
        if (["which", "who"].includes(tokens[comma + 1]?.norm ?? "")) {
          comma++;
          while (comma < end && tokens[comma]?.text !== ",") comma++;
        }
        // "According to Rudaw, the Turkish Defence Ministry said ... that ...": the outlet relays
        // a statement whose own speaker the clause names; the words are that speaker's.
        const relayed = tokens
          .slice(comma + 1, Math.min(end, comma + 12))
          .some((_t, i) => isSpeechVerbAt(tokens, comma + 1 + i) && !quoted(comma + 1 + i));
        if (!relayed) tasks.push({ at: a, run: () => indirect(comma + 1, end - 1, speak()) });
      } else if (tokens[a - 1]?.text === "," && SUBORDINATORS.has(tokens[a - 2]?.norm ?? "")) {
        // "when, according to survivors, gunmen opened fire": after a conjunction, what is
        // according to the source is the clause after the phrase, not the words before it.
        const comma = npEnd + 1;
        if (tokens[comma]?.text === ",")
          tasks.push({ at: a, run: () => indirect(comma + 1, clauseEnd, speak()) });
      } else if (tokens[a - 1]?.text === "," && frontedTime(tokens, a - 2, start)) {
        // "In August 2023, according to local officials, a strike killed ...", "and last year,
        // according to X, ...": a time adverbial fronted before the phrase is no statement; what
        // is according to the source is the clause after it.
        const comma = npEnd + 1;
        if (tokens[comma]?.text === ",")
          tasks.push({ at: a, run: () => indirect(comma + 1, clauseEnd, speak()) });
      } else if (tokens[a - 1]?.text === ",") {
        let first = start;
        while (first < a - 1 && DISCOURSE.has(tokens[first]?.norm ?? "")) first++;
        if (tokens[first]?.text === ",") first++;
        tasks.push({ at: a, run: () => indirect(first, a - 2, speak()) });
      }
    }
    // "He asked me, as his receptionist, to write that the clinic will not close": what the
    // asker has someone write or say for them is the asker's own statement.
    for (let v = start + 1; v < end - 4; v++) {
      if (!PASSED_ON_REQUESTS.has(tokens[v]?.norm ?? "") || quoted(v)) continue;
      if (PASSIVE_BEFORE.has(tokens[v - 1]?.norm ?? "")) continue;
      let to = v + 1;
      while (to < Math.min(end - 3, v + 12) && tokens[to]?.norm !== "to" && !quoted(to)) {
        if ([".", ";"].includes(tokens[to]?.text ?? "")) break;
        to++;
      }
      if (tokens[to]?.norm !== "to" || to === v + 1 || !RELAYED_SAYING.has(tokens[to + 1]?.norm ?? ""))
        continue;
      let that = to + 2;
      while (
        that < Math.min(end - 1, to + 5) &&
        tokens[that]?.kind === "word" &&
        tokens[that]?.norm !== "that"
      )
        that++;
      if (tokens[that]?.norm !== "that" || quoted(that + 1)) continue;
      const first = that + 1;
      tasks.push({ at: v, run: () => indirect(first, clauseEnd, at(subjectOf(doc, owners, v, memory), v)) });
    }
    // "In his words, the police \"need eyes\"": what follows the phrase is the owner's, as it
    // would be after "according to him".
    {
      let k = start;
      while (k < end && tokens[k]?.norm !== "in" && DISCOURSE.has(tokens[k]?.norm ?? "")) k++;
      const owner = POSSESSIVE_PRONOUNS.get(tokens[k + 1]?.norm ?? "");
      if (
        tokens[k]?.norm === "in" &&
        owner &&
        owner !== "it" &&
        OPINION_NOUNS.has(tokens[k + 2]?.norm ?? "") &&
        tokens[k + 3]?.text === "," &&
        !quoted(k) &&
        k + 4 < end - 1
      ) {
        const from = k + 4;
        tasks.push({
          at: k,
          run: () => indirect(from, clauseEnd, at(memory.pronoun(owner, k + 1), k)),
        });
      } else if (tokens[k]?.norm === "in" && !quoted(k)) {
        // "In the Asayish's view, ...", "In the view of the Security Council, ...": a named
        // holder's view opening the sentence, the clause after it theirs.
        const view = viewHolder(tokens, k, end);
        if (view && view.from < end - 1)
          tasks.push({
            at: k,
            run: () =>
              indirect(
                view.from,
                clauseEnd,
                at(phraseSpeaker(doc, owners, view.first, view.last, memory), k),
              ),
          });
      }
    }
    // A trailing ", he said" after reported speech already attributed adds nothing.
    // "X denies the allegations, his lawyer said": a denial the tag's speaker reports is still
    // that speaker's account, the whole clause theirs, beside the denial.
    const reported = tasks.some(
      (t) => t.at > split && t.at < (tail?.comma ?? 0) && !isDenialVerb(tokens[t.at]),
    );
    /**
     * "..., the Syrian Observatory for Human Rights, a Britain-based war monitor, reported.": a
     * body named with its description in apposition, read whole to no speaker, is the named body.
     */
    const appositiveHead = (comma: number, verb: number): Speaker | null => {
      if (tokens[verb - 1]?.text !== ",") return null;
      for (let c = comma + 2; c < verb - 2; c++) {
        if (tokens[c]?.text !== ",") continue;
        const named = phraseSpeaker(doc, owners, comma + 1, c - 1, memory);
        return named?.draft ? named : null;
      }
      return null;
    };
    if (tail && !quoted(tail.verb) && !reported) {
      const { comma, verb } = tail;
      const speak = () =>
        at(
          tokens[comma + 1] === tokens[verb]
            ? phraseSpeaker(doc, owners, verb + 1, trimEnd(tokens, verb + 1, end - 1), memory)
            : (phraseSpeaker(doc, owners, comma + 1, verb - 1, memory) ?? appositiveHead(comma, verb)),
          verb,
        );
      const from = split > 0 ? split + 2 : start;
      if (!isMark(from)) tasks.push({ at: comma, run: () => indirect(from, comma - 1, speak()) });
    }
    // 'Abu Hisham told him, he says, "..."': a tag set off by commas after a telling of its own,
    // straight before the opening mark, reports that telling; the marked words that follow are
    // the teller's, no indirect quote of the tag's speaker.
    const aside =
      mid !== null && isMark(mid.c2 + 1) && reportingAside(tokens, mid.verb, mid.c2 + 1, { start, quoted });
    if (mid && !aside && !tasks.some((t) => t.at < mid.c1)) {
      const { c1, c2, npFirst, npLast, verb, whole } = mid;
      const speak = () => {
        // "The Asayish, they told us, may ask to see it": "they" in a tag between a body and its
        // predicate takes up that body, the subject set off before it, not a body named earlier.
        const resumed =
          npFirst === npLast &&
          ["they", "it"].includes(tokens[npFirst]?.norm ?? "") &&
          predicateAfterTag(c1, c2)
            ? phraseSpeaker(doc, owners, start, c1 - 1, memory)
            : null;
        if (resumed?.draft?.type === "organization") return at(resumed, verb);
        return at(phraseSpeaker(doc, owners, npFirst, npLast, memory), verb);
      };
      // "Guards applied the rules, the source said, killing three of the smugglers": a
      // participle after the attribution goes on with what was said. (", the outlet reported,
      // quoting a relative": a participle of quoting says whom the speaker drew on, not what.)
      const next = tokens[c2 + 1];
      const goesOn =
        !whole &&
        next?.kind === "word" &&
        !next.cap &&
        /ing$/.test(next.norm) &&
        !CITING_PARTICIPLES.has(next.norm) &&
        !isSpeechVerb(next) &&
        !MANNER_OF_SAYING.has(next.norm) &&
        !quoted(c2 + 1);
      // "47 bombs have struck the town, the monitor said, six of them in November": a count of
      // part of what was said, with no verb, goes on with it too.
      const partOf =
        !whole &&
        (next?.kind === "num" ||
          Object.hasOwn(WORD_VALUES, next?.norm ?? "") ||
          PARTS.has(next?.norm ?? "")) &&
        !quoted(c2 + 1) &&
        tokens[c2 + 2]?.norm === "of" &&
        ["them", "these", "those", "whom"].includes(tokens[c2 + 3]?.norm ?? "");
      // "The clashes began, local sources told us, when a patrol ...", "Two were held in X, the
      // spokesman said, and the other three in Y": the sentence goes on with what was said.
      const resumes =
        !whole && next?.kind === "word" && !next.cap && !quoted(c2 + 1) && RESUMING.has(next.norm)
          ? next.norm === "and"
            ? c2 + 2
            : c2 + 1
          : -1;
      tasks.push({
        at: c1,
        run: () => {
          const speaker = speak();
          // "The driver, police said, told investigators that ...": what the tag reports is the
          // telling, from the verb after it; what was told is the subject's own quote.
          const telling = tellingAfterTag(c1, c2);
          if (telling) {
            const told = indirect(c2 + 1, end - 1, speaker);
            midFound = told.length > 0;
            return told;
          }
          // "The DGAM, al-Hamwi added, has recorded ...", "Our buyers, he added, had been
          // patient.": a tag between a short subject and its finite verb; what is reported is
          // the predicate after the tag.
          if (predicateAfterTag(c1, c2)) {
            const said = indirect(c2 + 1, end - 1, speaker);
            midFound = said.length > 0;
            if (midFound) return said;
          }
          // "Since work on the wall began in 2022, the Command says, 380 kilometres ... have been
          // completed": a fronted adverbial clause before the tag is no statement of its own; what
          // is reported is the main clause after the tag.
          if (!whole && frontedClause(start, c1) && mainClauseOpens(c2 + 1)) {
            const said = indirect(c2 + 1, end - 1, speaker);
            midFound = said.length > 0;
            if (midFound) return said;
          }
          const found = indirect(start, whole ? end - 1 : c1 - 1, speaker);
          midFound = found.length > 0;
          if (midFound && (goesOn || partOf)) return [...found, ...indirect(c2 + 1, end - 1, speaker)];
          if (midFound && resumes > 0) return [...found, ...indirect(resumes, end - 1, speaker)];
          return found;
        },
      });
    }
    for (const q of closingIn.get(s.index) ?? []) {
      const opening = doc.sentences[tokens[q.open]?.sentence ?? -1];
      tasks.push({
        at: Math.max(q.open, start),
        run: () => {
          const context = {
            start: opening?.tokenStart ?? start,
            end: q.close === end - 1 ? attributionAfter(doc, s.index + 1, isMark) : end,
            quoted,
            isMark,
            quotedBefore: quotedBefore === (opening?.index ?? s.index) - 1,
          };
          // "Reposted @X: \"...\"": the shared post's words are that account's.
          const shared = sharedAccount(doc, posts, opening?.index ?? -1);
          const headed = headedSpeaker(q);
          const namer = headed || shared ? null : whatCalled(doc, owners, q.open + 1, memory);
          const found =
            headed ??
            (shared && { speaker: shared, verb: -1 }) ??
            (namer && { speaker: namer, verb: -1 }) ??
            scriptCueSpeaker(doc, owners, q) ??
            labelSpeaker(doc, owners, q, memory) ??
            directSpeaker(doc, owners, q, context, memory) ??
            continuedBy(q) ??
            colonTagged(q) ??
            paragraphLeadIn(doc, owners, q, memory) ??
            resumedAfter(q) ??
            soundbiteSpeaker(doc, owners, q, memory) ??
            signedSpeaker(doc, owners, q, memory) ??
            labelledAnswer(doc, owners, q, quoted) ??
            deliveredBy(q) ??
            untaggedSpeaker(q);
          if (!found) {
            orphans.push(q);
            return [];
          }
          const ps = pieces(doc, q);
          const [p0, pn] = [ps[0], ps[ps.length - 1]];
          // A post is one statement, however many sentences it runs over, as a transcript's turn is.
          if (headed && p0 && pn)
            return [
              {
                kind: "direct" as const,
                speaker: headed.speaker,
                sentence: p0.sentence,
                first: p0.first,
                last: pn.last,
                modality: quoteModality(tokens, p0.first, pn.last, -1),
              },
            ];
          return ps.map((p) => ({
            kind: "direct" as const,
            speaker: found.speaker,
            sentence: p.sentence,
            first: p.first,
            last: p.last,
            modality: quoteModality(tokens, p.first, p.last, found.verb),
            tag: found.verb,
          }));
        },
      });
    }
    // A transcript's turn: the speaker's own words, a paragraph at a time as a quotation in
    // marks is one quote however many sentences it runs over — their own questions ("Who
    // decided this?") and the words they quote from others included: a quote nested in an
    // answer counts once, inside the answer.
    const turn = turnAt(s.index);
    const turnSentence = (n: number): number => {
      const t = turnAt(n);
      const sn = doc.sentences[n];
      if (!t || !sn) return -1;
      return trimEnd(tokens, t.first, sn.tokenEnd - 1);
    };
    const continuesTurn = (n: number) => {
      const prev = turnAt(n - 1);
      const first = tokens[doc.sentences[n]?.tokenStart ?? -1];
      return (
        prev !== undefined && prev.speaker === turnAt(n)?.speaker && first !== undefined && first.breaks === 0
      );
    };
    if (turn && turnSentence(s.index) >= 0 && !(continuesTurn(s.index) && turnSentence(s.index - 1) >= 0)) {
      let n = s.index;
      while (continuesTurn(n + 1) && turnSentence(n + 1) >= 0) n++;
      const last = turnSentence(n);
      const words = tokens.slice(turn.first, last + 1).filter((t) => t.kind === "word").length;
      // A post of a word or two is still its account's; a transcript's "Yes." or "Thank you." is no statement.
      const post = !turns.has(s.index);
      if (words >= (post ? 1 : 4)) {
        const { speaker } = turn;
        tasks.push({
          at: turn.first,
          run: () => {
            const answer: QuoteDraft = {
              kind: "direct",
              speaker,
              sentence: s.index,
              first: turn.first,
              last,
              modality: quoteModality(tokens, turn.first, last, -1),
            };
            if (!post) answers.push(answer);
            if (turn.answer) answerTurns.add(answer);
            return [answer];
          },
        });
      }
    }
    // "Security source: three rockets fall near the base": the words after a line's colon tag,
    // in the writer's words, are the tag's speaker's — unless they name a speaker of their own.
    const tag = tagOf(s.index);
    if (tag && !isMark(tag.colon + 1)) {
      const own = tokens.slice(tag.colon + 1, end).some((_t, i) => isSpeechVerbAt(tokens, tag.colon + 1 + i));
      if (!own)
        tasks.push({
          at: tag.colon,
          run: () => indirect(tag.colon + 1, end - 1, { speaker: tag.speaker, verb: -1 }),
        });
    }
    // A numbered or bulleted point under a speaker's "...:" is what that speaker says, unless
    // the point has an attribution of its own.
    const lister = listSpeaker;
    if (lister && item >= 0 && tasks.length === 0)
      tasks.push({ at: item, run: () => indirect(item, end - 1, lister) });
    tasks.sort((x, y) => x.at - y.at);
    const before = quotes.length;
    for (const task of tasks) {
      for (const quote of task.run()) {
        // A quote nested in a transcript answer counts once, inside the answer.
        if (held(quote)) continue;
        quotes.push(quote);
        // "X said the man had admitted buying them “for half the price”": words quoted within
        // a reported clause are the reporter's (below), so the next "he said" goes on from him,
        // not from a subject of the reported clause. Words quoted whole after a tag of their own
        // ("wrote: '...'") stay their tag's speaker's.
        const wholeAfterTag = [",", ":"].includes(tokens[quote.first - 2]?.text ?? "");
        // "The detainee said that his cousin had told him: '...'. He said ...": words a teller
        // inside a reported clause said are recalled by the reporter, who goes on speaking.
        const recalled = (r: QuoteDraft) =>
          !wholeAfterTag || (quote.tag !== undefined && quote.tag > r.first);
        const reporter =
          quote.kind === "direct"
            ? quotes
                .slice(before)
                .find(
                  (r) =>
                    r.kind === "indirect" && r.first <= quote.first && r.last >= quote.last && recalled(r),
                )
            : undefined;
        // The teller is remembered before the reporter: a "he" the reporter cannot be ("She told
        // us a student wrote: '...'. He said no") is still the teller.
        if (reporter && wholeAfterTag) memory.remember(quote.speaker, quote.first);
        memory.remember(reporter ? reporter.speaker : quote.speaker, quote.first);
        // A quote opening the next sentence goes on from whoever spoke in this one.
        quotedBefore = s.index;
      }
    }
    // The speaker whose reported words run up to the colon ending the sentence lists on.
    if (tokens[end - 1]?.text === ":" && item < 0) {
      const q = quotes.slice(before).find((x) => x.kind === "indirect" && x.last >= end - 3);
      listSpeaker = q ? { speaker: q.speaker, verb: -1 } : null;
    }
  }
  // "He said intelligence suggested there were “no more than a few hundred”": words quoted
  // inside reported speech are the reporter's speaker's, the one of the widest clause holding them.
  const reportedIn = new Map<number, QuoteDraft[]>();
  for (const r of quotes) {
    if (r.kind !== "indirect") continue;
    const list = reportedIn.get(r.sentence);
    if (list) list.push(r);
    else reportedIn.set(r.sentence, [r]);
  }
  // '"He asked the court to apply "the maximum penalty"': a quotation no tag names the speaker
  // of, inside reported speech in one sentence, is quoted by the one whose speech it is in.
  for (const q of orphans) {
    const ps = pieces(doc, q);
    const p = ps[0];
    if (ps.length !== 1 || !p) continue;
    const outer = (reportedIn.get(p.sentence) ?? []).find((r) => r.first <= p.first && p.last <= r.last);
    if (!outer) continue;
    const modality = quoteModality(tokens, p.first, p.last, -1);
    quotes.push({
      kind: "direct",
      speaker: outer.speaker,
      sentence: p.sentence,
      first: p.first,
      last: p.last,
      modality,
    });
  }
  for (const q of quotes) {
    if (q.kind !== "direct") continue;
    let outer: QuoteDraft | null = null;
    const holding = (reportedIn.get(q.sentence) ?? []).filter((r) => r.first <= q.first && q.last <= r.last);
    for (const r of holding) {
      // "police said, told investigators that he had been paid '...'": a clause that reports a
      // telling holds the teller's own words; the teller's clause inside it is the one they are in.
      // "The commander described the request as '...', according to the secretary": so does a
      // clause whose own subject says or describes, relayed by a source after it — the words are
      // the describer's, the source only passes the describing on.
      const telling = holding.some(
        (x) =>
          x !== r &&
          x.first > r.first &&
          x.last <= r.last &&
          !sameSpeaker(x.speaker, r.speaker) &&
          (isSpeechVerbAt(tokens, r.first) ||
            describedBefore(tokens, r.first, x.first) ||
            statedThatBefore(tokens, r.first, x.first, quoted)),
      );
      if (telling) continue;
      if (!outer || r.last - r.first > outer.last - outer.first) outer = r;
    }
    // "One of them said a guard had told him, '...'": words quoted whole after a tag of their
    // own inside the reported clause ("told him, '", "said: \"") are that tag's speaker's; the
    // reporter only recalls them. Words quoted within a clause ("warned that the attacks \"...\"")
    // stay the reporter's.
    const tag = q.tag ?? -1;
    const ownTag =
      outer !== null &&
      tag > outer.first &&
      tag < q.first &&
      q.first - tag <= 5 &&
      [",", ":"].includes(tokens[q.first - 2]?.text ?? "") &&
      !tokens.slice(tag + 1, q.first).some((t) => t.norm === "that");
    // "Dilovan tells me that the boy asked him for 'a red pencil'": what is asked for, quoted,
    // is in the asker's words, not the reporter's; so is the infinitive of a request the
    // reporter recounts by a tag of their own ("The commander, he said, had asked him to read
    // one poem '...'").
    const opening = doc.sentences[q.sentence]?.tokenStart ?? 0;
    const request = outer !== null && tag > outer.first && askedFor(tokens, tag, q.first - 1, opening);
    const named = outer ? whatCalled(doc, owners, q.first, memory) : null;
    if (named) q.speaker = named;
    else if (outer && !ownTag && !request)
      q.speaker =
        innerSpeaker(doc, owners, outer, q, memory) ??
        reportedTeller(doc, owners, outer, q, memory) ??
        outer.speaker;
    // "that a man had come to the shop and said: '...'": the tag's verb is the reported
    // clause's own, and its subject is the clause's, not the reporter's.
    else if (outer && ownTag) q.speaker = reportedTeller(doc, owners, outer, q, memory) ?? q.speaker;
  }
  for (const q of relativeClauseQuotes(doc, owners, memory, quoted))
    if (!quotes.some((o) => o.kind === "indirect" && o.first <= q.first && q.last <= o.last)) quotes.push(q);
  const people = new Set([...owners.values()].filter((d) => d.type === "person"));
  for (const q of quotes) q.speaker = postHolder(q.speaker, people) ?? q.speaker;
  if (quotes.length > 1) leadSourceNamedNext(doc, owners, quotes);
  const seen = new Set<string>();
  return dropEchoes(
    doc,
    quotes.filter((q) => {
      const key = `${q.kind}:${q.first}:${q.last}`;
      return !seen.has(key) && seen.add(key);
    }),
  ).sort((a, b) => a.first - b.first || (a.kind === b.kind ? 0 : a.kind === "indirect" ? -1 : 1));
}

/** Verbs of a relative clause's attribution: "a network that prosecutors say smuggled …". */
const RELATIVE_SAYING = new Set([
  "say",
  "says",
  "said",
  "allege",
  "alleges",
  "alleged",
  "claim",
  "claims",
  "claimed",
]);
const RELATIVE_OPENERS = new Set(["that", "which", "who", "whom"]);
const RELATIVE_SUBJECT_WORDS = 4;
const NOT_ANTECEDENTS = new Set(
  "so such now given provided except saying stating adding noting claiming warning insisting believe believes believed think thinks thought know knows knew show shows showed found find finds".split(
    " ",
  ),
);
const CLAUSE_AUXILIARIES = new Set([
  "had",
  "has",
  "have",
  "was",
  "were",
  "is",
  "are",
  "would",
  "will",
  "could",
]);

/**
 * "over a network that prosecutors say smuggled at least 26 people …": a restrictive relative
 * clause whose subject is a source and its verb of saying reports the rest of the clause (its
 * own subject the noun the clause describes) as that source's claim, to the sentence's end.
 */
function relativeClauseQuotes(
  doc: Doc,
  owners: Map<number, EntityDraft>,
  memory: SpeakerMemory,
  quoted: (k: number) => boolean,
): QuoteDraft[] {
  const { tokens } = doc;
  const out: QuoteDraft[] = [];
  for (const s of doc.sentences) {
    for (let k = s.tokenStart + 1; k < s.tokenEnd - 3; k++) {
      const rel = tokens[k] as Token;
      if (!RELATIVE_OPENERS.has(rel.norm) || rel.cap || quoted(k)) continue;
      // Restrictive: right after its noun, no comma (a comma's "which" may close before the end).
      const noun = tokens[k - 1];
      // "said that prosecutors say …", "so that": a that-clause, no relative one.
      if (noun?.kind !== "word" || isSpeechVerbAt(tokens, k - 1) || NOT_ANTECEDENTS.has(noun.norm)) continue;
      let v = k + 1;
      while (
        v < Math.min(s.tokenEnd, k + 1 + RELATIVE_SUBJECT_WORDS) &&
        !RELATIVE_SAYING.has(tokens[v]?.norm ?? "")
      )
        v++;
      if (v === k + 1 || !RELATIVE_SAYING.has(tokens[v]?.norm ?? "")) continue;
      const subject = tokens.slice(k + 1, v);
      if (subject.some((t) => t.kind === "punct" || isVerbWord(t.norm))) continue;
      const headWord = subject[subject.length - 1] as Token;
      const named = owners.get(v - 1);
      if (!isSourceNoun(headWord.norm) && named?.type !== "person" && named?.type !== "organization")
        continue;
      // The clause goes on with its verb: "say smuggled", "said had been".
      const first = v + 1;
      const opener = tokens[first];
      if (opener?.kind !== "word" || opener.cap) continue;
      if (
        !isVerbWord(opener.norm) &&
        !/[a-z]{3}ed$/.test(opener.norm) &&
        !CLAUSE_AUXILIARIES.has(opener.norm)
      )
        continue;
      // After the sentence's own verb: "appeared … over a network that …", not a subject's
      // clause ("The men that police say are innocent were freed"), which ends before its verb.
      const verbBefore = tokens
        .slice(s.tokenStart, k - 1)
        .some(
          (t) =>
            t.kind === "word" && !t.cap && (/[a-z]{3}ed$/.test(t.norm) || CLAUSE_AUXILIARIES.has(t.norm)),
        );
      if (!verbBefore) continue;
      let last = s.tokenEnd - 1;
      while (last > first && [".", "!", "?", ",", ";", ":"].includes(tokens[last]?.text ?? "")) last--;
      if (last - first < 2 || tokens.slice(first, last + 1).some((_t, i) => quoted(first + i))) continue;
      const speaker = phraseSpeaker(doc, owners, k + 1, v - 1, memory);
      if (!speaker) continue;
      const modality = quoteModality(tokens, first, last, v);
      out.push({ kind: "indirect", speaker, sentence: s.index, first, last, modality });
      break;
    }
  }
  return out;
}

/** Auxiliaries between a reported speaker and their verb: "the SDF had warned". */
const INNER_AUXILIARIES = new Set(["had", "has", "have", "was", "were", "is", "are"]);
/**
 * Verbs of asking and bidding that voice the words after them as speech verbs do, when they
 * address someone: 'said his officer had instructed him to "hold it up"', 'had asked his mother
 * whether "..."'.
 */
const INNER_BIDDING = new Set(["asked", "instructed", "ordered", "urged", "begged"]);
/** Verbs of promising whose quoted object is the promise in the promiser's words. */
const INNER_PLEDGES = new Set(["promised", "pledged", "vowed"]);
/** Words opening a clause's purpose or reason: "so that ...", "because ...", "in order to ...". */
const ADJUNCT_OPENERS = new Set(["so", "because", "lest"]);
/** Marks that end the search for the reported clause's own verb of speech. */
const INNER_STOPS = new Set(['"', "“", "”", "'", "‘", "’", "«", "»"]);

/**
 * 'said the Syrian Democratic Forces had warned of "a real danger of escapes"': words quoted
 * after a named body's or person's own verb of speech, inside a clause reported by another,
 * are that body's words, recalled by the reporter. Null when no named speaker of the reported
 * clause says them.
 */
function innerSpeaker(
  doc: Doc,
  owners: Map<number, EntityDraft>,
  outer: QuoteDraft,
  q: QuoteDraft,
  memory: SpeakerMemory,
): Speaker | null {
  const { tokens } = doc;
  // 'said the Board had informed UNESCO of the theft "so that no piece can be sold"': words that
  // open with a purpose or a reason are an adjunct of the reported clause, not what its own verb
  // of speech says; they stay the reporter's.
  if (ADJUNCT_OPENERS.has(tokens[q.first]?.norm ?? "")) return null;
  for (let v = q.first - 2; v > outer.first; v--) {
    const t = tokens[v];
    if (!t || t.kind === "punct" || INNER_STOPS.has(t.text)) return null;
    const bidding = INNER_BIDDING.has(t.norm);
    // 'said the deputy governor had promised "a patrol this week"': what is promised, quoted
    // straight after the verb, is the promiser's words, as it is outside reported speech.
    const pledged = INNER_PLEDGES.has(t.norm) && v === q.first - 2;
    if (!isSpeechVerbAt(tokens, v) && !bidding && !pledged) continue;
    let k = v - 1;
    while (k > outer.first && INNER_AUXILIARIES.has(tokens[k]?.norm ?? "")) k--;
    const draft = k >= outer.first ? owners.get(k) : undefined;
    if (pledged && !draft) return describedTeller(doc, owners, outer, k, memory);
    // A bidding verb, or an unnamed teller, voices the words only when it addresses someone
    // whose clause holds them ("told her that", "instructed him to"); "had admitted the radar
    // \"...\"", "had asked for more protection \"...\"" stay the reporter's words.
    if ((bidding || !draft) && !addressedClause(tokens, v, q.first - 1)) return null;
    // "Karwan Ali said the ministry had asked the coalition to keep its advisers \"...\"": a
    // body's request or promise recounted by the one who speaks for it stays in the reporter's
    // words; only a person's bidding ("his officer had instructed him to") or promise is theirs.
    if ((bidding || pledged) && draft && draft.type !== "person") return null;
    if (!draft) return describedTeller(doc, owners, outer, k, memory);
    if (draft.type === "place" || (outer.speaker.draft && outer.speaker.draft === draft)) return null;
    return { draft, name: draft.name };
  }
  return null;
}

/** Who a telling is addressed to, as a pronoun: "told her that", "instructed him to". */
const LISTENER_PRONOUNS = new Set(["him", "her", "them", "us", "me", "you"]);
/** Words that open what the listener is told or bidden: "that ...", "to ...", "whether ...". */
const ADDRESSED_LINKS = new Set(["that", "to", "whether", "if"]);
/** Openers of a listener's noun phrase: "his mother", "the court", "a colleague", "your office". */
const LISTENER_OPENERS = new Set([...TOLD_DETERMINERS, "your"]);

/**
 * "told her that ... \"", "instructed him to \"", "asked his mother whether ... \"": verb v
 * addresses a listener (a pronoun, or a short phrase opened by an article or a possessive), then
 * opens a clause that runs to the quotation mark at `mark` without a comma or a coordinator
 * (", and that 1,200 guards would be hired \"...\"" goes back to the reporter's own clause).
 */
function addressedClause(tokens: readonly Token[], v: number, mark: number): boolean {
  let i = v + 1;
  const bare = tokens[i];
  if (LISTENER_PRONOUNS.has(bare?.norm ?? "")) i++;
  // "had told partners that", "had told reporters that": those told, a bare plural source noun.
  else if (bare?.kind === "word" && !bare.cap && /[^s]s$/.test(bare.norm) && isSourceNoun(bare.norm)) i++;
  else if (LISTENER_OPENERS.has(tokens[i]?.norm ?? "")) {
    const opener = i;
    while (i < mark && i - opener <= 3 && !ADDRESSED_LINKS.has(tokens[i]?.norm ?? "")) i++;
  } else return false;
  if (!ADDRESSED_LINKS.has(tokens[i]?.norm ?? "") || i >= mark) return false;
  for (let j = i + 1; j < mark; j++) {
    const t = tokens[j] as Token;
    if (t.kind === "punct" || ["and", "but", "or"].includes(t.norm)) return false;
  }
  return true;
}

/**
 * 'She said the judge had told her that "no record of this kind" existed', 'one of them had asked
 * his mother whether their teacher "was a spy now"', 'his sergeant had ordered him to "keep the
 * lamp lit"': words quoted after the reported clause's own unnamed subject and its verb of
 * speech are that subject's, as a named one's are (innerSpeaker): a phrase that opens the
 * reported clause with an article, a possessive or "one", names a source or kin, and holds no
 * verb or comma. Subject token k ends it. A pronoun ("he had told her") is left to the reporter's
 * reading; so is a phrase that is the reporter again.
 */
function describedTeller(
  doc: Doc,
  owners: Map<number, EntityDraft>,
  outer: QuoteDraft,
  k: number,
  memory: SpeakerMemory,
): Speaker | null {
  const { tokens } = doc;
  const head = tokens[k];
  if (head?.kind !== "word" || k <= outer.first) return null;
  if (!isSourceNoun(head.norm) && !KIN.has(head.norm) && head.norm !== "them") return null;
  // A body ("the ministry had asked the coalition to ..."), not a person, is the reporter's to voice.
  if (ORG_HEADS.has(head.norm) && !ROLE_NOUNS.has(head.norm) && !OCCUPATION_NOUNS.has(head.norm)) return null;
  // The reported clause opens after its "that", or where the reported speech does.
  let first = outer.first;
  for (let j = k - 1; j > outer.first && k - j <= TELLER_WORDS; j--)
    if (tokens[j]?.norm === "that" && !tokens[j]?.cap) {
      first = j + 1;
      break;
    }
  if (k - first + 1 > TELLER_WORDS || k - first + 1 < 2) return null;
  const subject = tokens.slice(first, k + 1);
  // Its head may read as a verb too ("the judge", "a guard"); the words before it may not.
  if (
    owners.has(first) ||
    subject.some((t, i) => t.kind === "punct" || (i < subject.length - 1 && isVerbWord(t.norm)))
  )
    return null;
  // "one of them", "one of the pupils": the one of a group named before.
  const oneOf = subject[0]?.norm === "one" && subject[1]?.norm === "of";
  if (!DESCRIPTION_OPENERS.has(subject[0]?.norm ?? "") || (head.norm === "them" && !oneOf)) return null;
  const found = phraseSpeaker(doc, owners, first, k, memory);
  if (found?.draft && found.draft.type !== "person") return null;
  const speaker = found ?? {
    draft: null,
    name: spanText(doc, first, k).replace(/\s+/g, " "),
  };
  return sameSpeaker(speaker, outer.speaker) ? null : speaker;
}

/** How many words may stand between a reported teller's verb and the quotation it opens ("told him", "shouted to the guards"). */
const TELLER_GAP = 5;
/** Words that tie what follows a verb to a clause of its own, not to words quoted whole: "warned of", "described it as". */
const NOT_UTTERANCE = new Set(["that", "of", "about", "as", "whether", "if", "what", "how", "why", "for"]);
/** Verbs whose quotation needs no comma or colon to be the words said: 'had shouted "Get back"'. */
const CALLED_OUT = new Set(["shouted", "screamed", "yelled", "cried", "asked"]);
/** Words that open a described, unnamed subject: "the stranger", "one of the gunmen", "a man". */
const DESCRIPTION_OPENERS = new Set([
  "the",
  "a",
  "an",
  "one",
  "his",
  "her",
  "their",
  "my",
  "our",
  "your",
  "its",
]);
const isTellerVerb = (tokens: readonly Token[], v: number) =>
  isSpeechVerbAt(tokens, v) ||
  CALLED_OUT.has(tokens[v]?.norm ?? "") ||
  (tokens[v]?.norm === "called" && tokens[v + 1]?.norm === "out");
/** How many words a reported teller's subject may run to. */
const TELLER_WORDS = 7;

/**
 * 'He said that a stranger had told him: "Leave the village"', 'told us that one of the gunmen
 * had shouted, "Nobody moves"': words quoted whole after the reported clause's own subject and
 * verb of speech (a listener at most between the verb and the mark, then a colon or a comma, or
 * straight after "shouted") are that subject's, named or described, and the reporter only recalls
 * them. A pronoun subject is left to the reporter's reading. Null when the clause has no such teller.
 */
function reportedTeller(
  doc: Doc,
  owners: Map<number, EntityDraft>,
  outer: QuoteDraft,
  q: QuoteDraft,
  memory: SpeakerMemory,
): Speaker | null {
  const { tokens } = doc;
  const mark = q.first - 1;
  const before = tokens[mark - 1];
  const punctuated = before?.text === "," || before?.text === ":";
  let v = punctuated ? mark - 2 : mark - 1;
  const gapEnd = v;
  for (; v > outer.first && gapEnd - v <= TELLER_GAP; v--) {
    const t = tokens[v] as Token;
    if (t.kind !== "word" || t.cap || NOT_UTTERANCE.has(t.norm)) return null;
    if (isTellerVerb(tokens, v)) break;
  }
  const verb = tokens[v];
  if (!verb || v <= outer.first || !isTellerVerb(tokens, v)) return null;
  // 'had shouted "Get back"', 'had asked "three thousand dollars"', 'had told her husband "..."'.
  const bare = (CALLED_OUT.has(verb.norm) && v === mark - 1) || (verb.norm === "told" && mark - v <= 4);
  if (!punctuated && !bare) return null;
  let k = v - 1;
  while (k > outer.first && INNER_AUXILIARIES.has(tokens[k]?.norm ?? "")) k--;
  // "and that one of them had shouted, '...'": the reported clause its own "that" opens.
  let first = outer.first;
  for (let j = k; j > outer.first; j--) {
    if (tokens[j]?.norm !== "that" || tokens[j]?.cap) continue;
    first = j + 1;
    break;
  }
  // "that a man had come to the shop and said: '...'": the verb's subject opens the clause.
  if (tokens[k]?.norm === "and") {
    let end = first;
    while (
      end < k &&
      end - first < TELLER_WORDS &&
      tokens[end]?.kind !== "punct" &&
      !INNER_AUXILIARIES.has(tokens[end]?.norm ?? "")
    )
      end++;
    if (!INNER_AUXILIARIES.has(tokens[end]?.norm ?? "")) return null;
    k = end - 1;
  }
  if (k < first || k - first + 1 > TELLER_WORDS) return null;
  const subject = tokens.slice(first, k + 1);
  if (subject.some((t) => t.kind === "punct")) return null;
  const opener = tokens[first] as Token;
  if (!DESCRIPTION_OPENERS.has(opener.norm) && !owners.has(first)) return null;
  const found = phraseSpeaker(doc, owners, first, k, memory);
  const speaker =
    found ??
    (DESCRIPTION_OPENERS.has(opener.norm)
      ? { draft: null, name: spanText(doc, first, k).replace(/\s+/g, " ") }
      : null);
  if (!speaker || sameSpeaker(speaker, outer.speaker)) return null;
  return speaker;
}

const sameSpeaker = (a: Speaker, b: Speaker) => (a.draft && a.draft === b.draft) || a.name === b.name;

/**
 * 'He says "raises them for us"': words already quoted from the same speaker, quoted again,
 * are an echo of the first quote, kept once.
 */
function dropEchoes(doc: Doc, quotes: QuoteDraft[]): QuoteDraft[] {
  const { tokens } = doc;
  const words = (q: QuoteDraft) =>
    ` ${tokens
      .slice(q.first, q.last + 1)
      .filter((t) => t.kind === "word" || t.kind === "num")
      .map((t) => t.norm)
      .join(" ")} `;
  const direct = quotes.filter((q) => q.kind === "direct").sort((a, b) => a.first - b.first);
  const text = new Map(direct.map((q) => [q, words(q)]));
  const echoes = new Set<QuoteDraft>();
  direct.forEach((q, i) => {
    const mine = text.get(q) ?? "";
    if (mine.trim().split(" ").length < 2) return;
    // An echo answers a recent quote: a few dozen back at most, so a hostile article of
    // thousands of quotes is not compared pair by pair.
    for (const p of direct.slice(Math.max(0, i - 40), i)) {
      if (p.last >= q.first || !sameSpeaker(p.speaker, q.speaker)) continue;
      if ((text.get(p) ?? "").includes(mine)) {
        echoes.add(q);
        break;
      }
    }
  });
  return echoes.size > 0 ? quotes.filter((q) => !echoes.has(q)) : quotes;
}
