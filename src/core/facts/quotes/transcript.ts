import type { EntityDraft } from "../entities/entity-draft.js";
import { type Doc, spanText } from "../text/doc.js";
import type { Token } from "../text/tokenize.js";
import { EUROPEAN_NAME_PARTICLES, NAME_PARTICLES, TITLES } from "../text/word-lists.js";
import { afterTimestamp, cuedBefore } from "./soundbite.js";
import type { Speaker, SpeakerMemory } from "./speakers.js";

/**
 * Transcripts: a paragraph opening with a speaker's label in capitals ("GEN. WHITFIELD: ...",
 * "MR. KIRBY: ...", "SPOKESPERSON (Name): ...") is that speaker's turn, and its sentences,
 * up to the next label, are that speaker's words. The words of the people asking or presenting
 * ("Q:", "PRESENTER:", "CORRESPONDENT (Name):") are questions and narration, not statements.
 * A label counts only when it names a person of the article or opens two turns or more, so a
 * "WASHINGTON:" dateline or an "UPDATE:" note is no turn. An interview's "A:" (or "ANSWER:")
 * names nobody: its answers are the interviewee's, the person the introduction before the first
 * label names most often; with no such person (a FAQ page) the answers are the page's own voice.
 */

export interface Turn {
  speaker: Speaker;
  /** First token after the label (in the turn's first sentence). */
  first: number;
  /** An interview's "A:" turn, whose speaker is the interviewee the introduction names. */
  answer?: boolean;
}

/** Labels of those who ask, present or narrate. */
const MEDIA_ROLES = new Set(
  "q question questions presenter correspondent reporter reporters anchor host moderator interviewer journalist audience participant unidentified unknown operator crosstalk voice announcer narrator editor note update chair chairman chairwoman".split(
    " ",
  ),
);
/** Who presides over a hearing, and asks there. */
const HEARING_ROLES = new Set(["chair", "chairman", "chairwoman"]);
/** "Hosts:", "Presenters:": a credits line names them in the plural. */
const isMediaRole = (w: string) => MEDIA_ROLES.has(w) || (/s$/.test(w) && MEDIA_ROLES.has(w.slice(0, -1)));
/**
 * Members of the public on the line or in the audience: sources whose words are quotes, named
 * by the label's own description ("CALLER (a man from Tal Afar):").
 */
const PUBLIC_ROLES = new Set(["caller", "listener", "viewer"]);
/**
 * The parties of a court's record, labelled by their role after "THE" ("THE COURT:", "THE
 * DEFENDANT:", "THE WITNESS:"): a court reporter's transcript names them so, each label a
 * speaker even when used once, and even when the court is also an organization of the text.
 * The clerk calling the case (and the bailiff) speak procedure, not statements.
 */
const COURT_ROLES = new Set([
  "court",
  "defendant",
  "accused",
  "witness",
  "interpreter",
  "deponent",
  "juror",
  "judge",
  "prosecutor",
  "plaintiff",
  "claimant",
  "petitioner",
  "respondent",
  "appellant",
]);
const COURT_PROCEDURE = new Set(["clerk", "bailiff", "marshal", "usher"]);
/** "THE COURT", "THE DEFENDANT": a court's role label, "the" and the role. */
const courtRole = (words: readonly Token[]) =>
  words.length === 2 &&
  words[0]?.norm === "the" &&
  words.every(capitals) &&
  (COURT_ROLES.has(words[1]?.norm ?? "") || COURT_PROCEDURE.has(words[1]?.norm ?? ""));
/** Lower-case particles of a name in a label written in mixed case ("Ahmed al-Hassan:"). */
const LABEL_PARTICLES = new Set([...NAME_PARTICLES, ...EUROPEAN_NAME_PARTICLES]);
/** Stage directions in brackets inside a turn: what is shown or heard while the speaker goes on. */
const STAGE_CUES = new Set(
  "slide slides applause laughter laughs pause pauses inaudible chart map photo image exhibit document".split(
    " ",
  ),
);
/** Words of a speaker's own voice, which carry the last turn over into the next paragraph. */
const FIRST_PERSON = new Set(["i", "me", "my", "we", "us", "our"]);
/** A question's number before the asker's name: "Q112 Chair:", "Q114 Priya Sandhu:". */
const isQuestionNumber = (t: Token | undefined) => t !== undefined && /^Q\d+$/i.test(t.text);
/** Labels of an interview's answers, which belong to the interviewee of the introduction. */
const ANSWER_ROLES = new Set(["a", "answer", "answers"]);
/** A label is a few words: "LT. GEN. ALEXUS GRYNKEWICH", "SPOKESPERSON (Stéphane Dujarric)". */
const LABEL_REACH = 10;
/** A label's description in parentheses: "(spokesman, Ministry of Interior)". */
const PAREN_REACH = 12;

/**
 * Names credited on a line of their own under a presenting role ("Hosts: Joanna Reed and
 * Kareem Nassar."): the line is names only, so a presenter's first sentence ("HOST: Ahmed Ali
 * is with us") credits nobody.
 */
function creditedNames(tokens: readonly Token[], colon: number, end: number): string[] {
  const names: string[] = [];
  for (let k = colon + 1; k < end; k++) {
    const t = tokens[k] as Token;
    if (t.kind === "word" && (t.cap || LABEL_PARTICLES.has(t.norm))) names.push(t.norm);
    else if (!["and", ",", "&", ".", "-", ";"].includes(t.norm)) return [];
  }
  return names;
}

/** Whether a label word is written in capitals ("GEN", "Q", "O'BRIEN"). */
const capitals = (t: Token) => t.kind === "word" && t.text === t.text.toUpperCase() && /\p{Lu}/u.test(t.text);

/**
 * The colon ending a label that opens the paragraph at token `start`, or -1: words in capitals
 * ("COL. AL-JUBOURI:"), or in mixed case when every word is capitalised ("Clare Whitfield:",
 * "Q112 Chair:") — then `mixed` is set and the label needs a name or a question number to count.
 */
function labelColon(tokens: readonly Token[], start: number, end: number): { colon: number; mixed: boolean } {
  let depth = 0;
  let words = 0;
  let mixed = false;
  // The reach counts the label's own words: a description in parentheses ("BRIG. GEN. MAJD
  // AL-SABBAGH (spokesman, Ministry of Interior):") has a reach of its own.
  let inside = 0;
  for (let k = start; k < end && k - start - inside < LABEL_REACH && inside <= PAREN_REACH; k++) {
    const t = tokens[k] as Token;
    if (depth > 0 || t.text === ")") inside++;
    if (t.text === ":" && depth === 0) return words > 0 && !t.space ? { colon: k, mixed } : NO_LABEL;
    if (t.text === "(") depth++;
    else if (t.text === ")") depth--;
    else if (depth > 0) continue;
    else if (t.kind === "word" || (k === start && isQuestionNumber(t))) {
      if (!capitals(t)) {
        if (!t.cap && !LABEL_PARTICLES.has(t.norm)) return NO_LABEL;
        mixed = true;
      }
      words++;
    } else if (![".", "-", "'", "’"].includes(t.text)) return NO_LABEL;
    if (depth < 0) return NO_LABEL;
  }
  return NO_LABEL;
}
const NO_LABEL = { colon: -1, mixed: false };

/**
 * A subtitle cue's voice tag, "<v Co-chair>" or "<v.loud Ahmad Khalaf>" (WebVTT): the label of
 * who speaks the cue, as a transcript's "NAME:" is. Returns the label's first word and the ">".
 */
function voiceTag(
  tokens: readonly Token[],
  start: number,
  end: number,
): { name: number; close: number } | null {
  if (tokens[start]?.text !== "<" || tokens[start + 1]?.text !== "v" || tokens[start + 1]?.space) return null;
  let k = start + 2;
  // Classes glued to the tag: "<v.loud.first Name>".
  while (tokens[k]?.text === "." && !tokens[k]?.space && tokens[k + 1]?.kind === "word") k += 2;
  const name = k;
  if (!tokens[name]?.space) return null;
  for (; k < end && k - name <= LABEL_REACH; k++) {
    const t = tokens[k] as Token;
    if (t.breaks > 0 || t.text === "<") return null;
    if (t.text === ">") return k > name ? { name, close: k } : null;
  }
  return null;
}

/**
 * The person a label names: a person of the article, by mention or by a part of the name, read
 * from `start` up to `end` (the label's colon), past titles and the words `skip` also passes.
 */
export function labelPerson(
  tokens: readonly Token[],
  owners: Map<number, EntityDraft>,
  memory: SpeakerMemory,
  start: number,
  end: number,
  skip: (norm: string) => boolean = () => false,
): EntityDraft | null {
  for (let k = start; k < end; k++) {
    const t = tokens[k] as Token;
    if (t.kind !== "word" || TITLES.has(t.norm) || skip(t.norm)) continue;
    const d = owners.get(k) ?? memory.namePart(k);
    if (d?.type === "person") return d;
  }
  return null;
}

/** Reporting roles that make a person the outlet's own when "our" comes before them. */
const REPORTER_ROLES = new Set(["correspondent", "reporter", "journalist", "editor", "columnist", "writer"]);
/** How far before the role its "our" may stand: "our Nineveh Plains correspondent". */
const OUR_REACH = 4;

/**
 * Whether the text introduces `person` as the outlet's own reporter: a mention right after
 * "our ... correspondent" (or reporter, editor ...), with an optional comma between.
 */
function ownReporter(
  tokens: readonly Token[],
  owners: Map<number, EntityDraft>,
  person: EntityDraft,
): boolean {
  for (const [k, d] of owners) {
    if (d !== person || owners.get(k - 1) === person) continue;
    let role = k - 1;
    if (tokens[role]?.text === ",") role--;
    if (!REPORTER_ROLES.has(tokens[role]?.norm ?? "")) continue;
    for (let j = role - 1; j >= Math.max(0, role - OUR_REACH); j--) {
      const t = tokens[j] as Token;
      if (t.norm === "our") return true;
      if (t.kind !== "word" || t.breaks > 0) break;
    }
  }
  return false;
}

/** "ABU YASSER" as "Abu Yasser", "AL-HASSAN" as "Al-Hassan": a name from a label in capitals. */
const titleCase = (s: string) =>
  s === s.toUpperCase()
    ? s.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, b, c) => b + c.toUpperCase())
    : s;

/**
 * A member of the public by the label's description when it gives one ("CALLER (a man from
 * Tal Afar)" is "a man from Tal Afar"), else by the role ("CALLER"). A description that opens
 * with a name, then a comma and where the caller is from ("CALLER (ABU YASSER, BARTELLA)",
 * "LISTENER (Mahmoud, old city)"), names the caller: the name is the part before the comma,
 * a short run of capitalised words.
 */
function publicName(doc: Doc, label: readonly Token[], start: number, colon: number): string {
  const open = label.findIndex((t) => t.text === "(");
  const close = label.findIndex((t) => t.text === ")");
  if (open >= 0 && close > open + 1 && ["a", "an", "the"].includes(label[open + 1]?.norm ?? ""))
    return spanText(doc, start + open + 1, start + close - 1);
  if (open >= 0 && close > open + 1) {
    const comma = label.findIndex((t, j) => j > open && j < close && t.text === ",");
    const end = comma > open + 1 ? comma : close;
    const name = label.slice(open + 1, end);
    const words = name.filter((t) => t.kind === "word");
    if (
      words.length > 0 &&
      words.length <= 4 &&
      name.every(
        (t) =>
          (t.kind === "word" && (t.cap || LABEL_PARTICLES.has(t.norm))) || ["-", "'", "’"].includes(t.text),
      )
    )
      return titleCase(spanText(doc, start + open + 1, start + end - 1));
  }
  return spanText(doc, start, (open >= 0 ? start + open : colon) - 1);
}

/** The person the text before token `end` names most often (the first of equals), or null. */
function interviewee(owners: Map<number, EntityDraft>, end: number): EntityDraft | null {
  const counts = new Map<EntityDraft, number>();
  let best: EntityDraft | null = null;
  for (const [k, d] of [...owners].sort((a, b) => a[0] - b[0])) {
    if (k >= end || d.type !== "person") continue;
    const n = (counts.get(d) ?? 0) + 1;
    counts.set(d, n);
    if (!best || n > (counts.get(best) ?? 0)) best = d;
  }
  return best;
}

/**
 * Heads of a written answer or statement on a line of their own: "Answered on 20 January 2026
 * by Ruth Ellison, Minister of State:", "Reply by the Minister:", "Statement by Dr Lena Ostrova:".
 * A parliament's written answers, a ministry's replies and a statements page print the words
 * under such a line, as a transcript prints them after a label. "Asked by ...:" heads a
 * question, which is no statement.
 */
const ANSWER_HEADS = new Set([
  "answered",
  "replied",
  "responded",
  "reply",
  "answer",
  "response",
  "statement",
]);

/**
 * The person heading a written answer (see ANSWER_HEADS): a person of the article named after
 * "by", else the capitalised words after "by" up to a comma, a parenthesis or the colon.
 */
function answerHead(
  doc: Doc,
  owners: Map<number, EntityDraft>,
  memory: SpeakerMemory,
  start: number,
  colon: number,
): Speaker | null {
  const { tokens } = doc;
  const words = tokens.slice(start, colon).filter((t) => t.kind === "word");
  if (!ANSWER_HEADS.has(words[0]?.norm ?? "")) return null;
  const by = tokens.findIndex((t, k) => k > start && k < colon && t.norm === "by");
  if (by < 0) return null;
  for (let k = by + 1; k < colon; k++) {
    const t = tokens[k] as Token;
    if (t.kind !== "word" || TITLES.has(t.norm)) continue;
    const d = owners.get(k) ?? memory.namePart(k);
    if (d?.type === "person") return { draft: d, name: d.name };
  }
  let end = by + 1;
  while (end < colon && ![",", "(", ";"].includes((tokens[end] as Token).text)) end++;
  const name = tokens.slice(by + 1, end);
  if (name.length === 0 || !name.every((t) => t.kind !== "word" || t.cap || LABEL_PARTICLES.has(t.norm)))
    return null;
  return { draft: null, name: spanText(doc, by + 1, end - 1) };
}

/**
 * Written answers: a line of its own ending with a colon that heads an answer (see ANSWER_HEADS)
 * makes the paragraph under it, and the later paragraphs that go on in the first person, the
 * words of the person it names. A heading line, a label or a question ends them.
 */
function writtenAnswers(
  doc: Doc,
  owners: Map<number, EntityDraft>,
  memory: SpeakerMemory,
  firstPerson: (n: number) => boolean,
): Map<number, Turn> {
  const { tokens, sentences } = doc;
  const turns = new Map<number, Turn>();
  for (const s of sentences) {
    const first = tokens[s.tokenStart];
    if (!first || (s.index > 0 && first.breaks === 0)) continue;
    const colon = s.tokenEnd - 1;
    const next = sentences[s.index + 1];
    if (tokens[colon]?.text !== ":" || !next || (tokens[next.tokenStart]?.breaks ?? 0) === 0) continue;
    const speaker = answerHead(doc, owners, memory, s.tokenStart, colon);
    if (!speaker) continue;
    for (let n = s.index + 1; n < sentences.length; n++) {
      const sn = sentences[n] as (typeof sentences)[number];
      const opens = (tokens[sn.tokenStart]?.breaks ?? 0) > 0;
      if (opens && n > s.index + 1) {
        // A new paragraph: a heading (no closing stop) or a non-first-person one ends the answer.
        let m = n;
        while (sentences[m + 1] && (tokens[sentences[m + 1]?.tokenStart ?? 0]?.breaks ?? 0) === 0) m++;
        const stop = tokens[(sentences[m]?.tokenEnd ?? 1) - 1]?.text ?? "";
        if (![".", "!", "?", '"', "”"].includes(stop) || !firstPerson(n)) break;
      }
      turns.set(n, { speaker, first: sn.tokenStart });
    }
  }
  return turns;
}

/** Whether a sentence holds a token of this text. */
function sentenceHas(
  s: { tokenStart: number; tokenEnd: number } | undefined,
  text: string,
  tokens?: readonly Token[],
): boolean {
  if (!s || !tokens) return false;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) if (tokens[k]?.text === text) return true;
  return false;
}

/** Turns by sentence index: who speaks each sentence of a transcript, and where the words start. */
export function transcriptTurns(
  doc: Doc,
  owners: Map<number, EntityDraft>,
  memory: SpeakerMemory,
): Map<number, Turn> {
  const { tokens, sentences } = doc;
  const labels: {
    sentence: number;
    colon: number;
    name: string;
    person: EntityDraft | null;
    media: boolean;
    answer: boolean;
    isPublic: boolean;
    owned: boolean;
    cued: boolean;
    court: boolean;
  }[] = [];
  /** Who presents or asks, by the last word of their name: "NOOR AL-TAIE (presenter):" then "AL-TAIE:". */
  const askers = new Set<string>();
  for (const s of sentences) {
    const first = tokens[s.tokenStart];
    if (!first || first.meta || (s.index > 0 && first.breaks === 0)) continue;
    const voice = voiceTag(tokens, s.tokenStart, s.tokenEnd);
    const start = voice ? voice.name : afterTimestamp(tokens, s.tokenStart, s.tokenEnd);
    const { colon, mixed } = voice
      ? { colon: voice.close, mixed: false }
      : labelColon(tokens, start, s.tokenEnd);
    if (colon < 0 || colon + 1 >= s.tokenEnd) continue;
    const all = tokens.slice(start, colon);
    const words = all.filter((t) => t.kind === "word");
    /** The label's words outside its parentheses: the name or role, not the description. */
    let depth = 0;
    const outside: number[] = [];
    all.forEach((t, j) => {
      if (t.text === "(") depth++;
      else if (t.text === ")") depth--;
      else if (depth === 0) outside.push(start + j);
    });
    const outsideWords = outside.filter((k) => tokens[k]?.kind === "word" && !isQuestionNumber(tokens[k]));
    const key = tokens[outsideWords[outsideWords.length - 1] ?? -1]?.norm ?? "";
    const question = isQuestionNumber(tokens[start]);
    // A hearing's chair presides and asks; a subtitled video has no hearing, and its "<v Co-chair>"
    // is the office of the one who speaks (a council's, a party's co-chair).
    const asks = (w: string) => isMediaRole(w) && !(voice && HEARING_ROLES.has(w));
    const court = courtRole(words);
    const media =
      question || words.some((t) => asks(t.norm)) || askers.has(key) || (court && COURT_PROCEDURE.has(key));
    if (media && key && !words.every((t) => isMediaRole(t.norm) || isQuestionNumber(t))) askers.add(key);
    // A credits line ("Hosts: Joanna Reed and Kareem Nassar.") makes those named askers too,
    // whichever of their names their turns are labelled by.
    // Only a header's credits, before any turn: "MODERATOR: Brigadier Doski." hands the floor.
    if (media && labels.length === 0 && words.every((t) => isMediaRole(t.norm)))
      for (const name of creditedNames(tokens, colon, s.tokenEnd)) askers.add(name);
    const isPublic = !media && outsideWords.length === 1 && PUBLIC_ROLES.has(key);
    const name = isPublic
      ? publicName(doc, all, start, colon)
      : spanText(doc, outside[0] ?? start, outside[outside.length - 1] ?? colon - 1);
    const answer = words.length === 1 && ANSWER_ROLES.has(words[0]?.norm ?? "");
    const labelled = media || isPublic ? null : labelPerson(tokens, owners, memory, start, colon);
    // The outlet's own correspondent answering its readers ("Our Nineveh Plains correspondent
    // Rania Yousif" in a live chat) reports, as a CORRESPONDENT label does: her turns are the
    // outlet's own narration, and what she reports from others is their quote.
    const own = labelled !== null && ownReporter(tokens, owners, labelled);
    const person = own ? null : labelled;
    if (own && key) askers.add(key);
    // A label in mixed case names someone in two words or more ("Clare Whitfield:"), not a
    // heading word ("Background:").
    if (mixed && !media && !person && outsideWords.length < 2) continue;
    const owned = outside.some((k) => owners.has(k));
    // A broadcast's cue line before the label ("[SOUNDBITE — survivor]") makes it a speaker's.
    const cued = cuedBefore(doc, s.index);
    labels.push({
      sentence: s.index,
      colon,
      name,
      person,
      media: media || own,
      answer,
      isPublic,
      owned,
      cued,
      court,
    });
  }
  /** Whether the paragraph opening at sentence `n` speaks in the first person and is no note. */
  const firstPerson = (n: number): boolean => {
    const open = sentences[n];
    if (!open || tokens[open.tokenStart]?.text === "[") return false;
    for (let m = n; m < sentences.length; m++) {
      const s = sentences[m] as (typeof sentences)[number];
      if (m > n && (tokens[s.tokenStart]?.breaks ?? 0) > 0) break;
      for (let k = s.tokenStart; k < s.tokenEnd; k++)
        if (FIRST_PERSON.has((tokens[k] as Token).norm)) return true;
    }
    return false;
  };
  const turns = writtenAnswers(doc, owners, memory, firstPerson);
  if (labels.length < 2) return turns;
  const firstLabel = sentences[labels[0]?.sentence ?? 0]?.tokenStart ?? 0;
  const guest = labels.some((l) => l.answer) ? interviewee(owners, firstLabel) : null;
  const uses = new Map<string, number>();
  for (const l of labels) uses.set(l.name, (uses.get(l.name) ?? 0) + 1);
  labels.forEach((l, i) => {
    if (l.media) return;
    if (!l.person && !l.isPublic && !l.cued && !l.court && (uses.get(l.name) ?? 0) < 2) return;
    // Owned by a place or an organization: a dateline or a heading, not a speaker.
    if (!l.person && !l.isPublic && !l.court && l.owned) return;
    const person = l.person ?? (l.answer ? guest : null);
    // An "A:" whose introduction names nobody (a FAQ page, a help desk's questions and answers)
    // is the page's own voice, the publisher answering its readers: narration, not a quote.
    if (l.answer && !person) return;
    const speaker: Speaker = person ? { draft: person, name: person.name } : { draft: null, name: l.name };
    // The last turn ends with its paragraph: what follows the transcript is the article's own.
    // A later paragraph goes on with the last turn only while it speaks in the first person
    // ("One last thing. ... our units have ..."); a bracketed note ends it.
    const next = labels[i + 1]?.sentence;
    for (let n = l.sentence; n < (next ?? sentences.length); n++) {
      const s = sentences[n];
      if (!s) continue;
      // A bracketed cue on a line of its own ("[LIVE — HOMS]", "[STUDIO]") ends the turn.
      if (n > l.sentence && tokens[s.tokenStart]?.text === "[" && (tokens[s.tokenStart]?.breaks ?? 0) > 0) {
        // A lecture's or a hearing's stage direction ("[SLIDE 4: ...]", "[Laughter]") is no
        // change of scene: the speaker goes on after it, and the cue is nobody's words.
        if (!STAGE_CUES.has(tokens[s.tokenStart + 1]?.norm ?? "")) break;
        while (n + 1 < (next ?? sentences.length) && !sentenceHas(sentences[n], "]", tokens)) n++;
        continue;
      }
      if (next === undefined && n > l.sentence && (tokens[s.tokenStart]?.breaks ?? 0) > 0 && !firstPerson(n))
        break;
      turns.set(n, { speaker, first: n === l.sentence ? l.colon + 1 : s.tokenStart, answer: l.answer });
    }
  });
  return turns;
}
