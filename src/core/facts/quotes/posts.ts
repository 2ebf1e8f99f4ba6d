import type { EntityDraft } from "../entities/entity-draft.js";
import { type Doc, spanText } from "../text/doc.js";
import type { Token } from "../text/tokenize.js";
import type { Speaker } from "./speakers.js";
import type { Turn } from "./transcript.js";

/**
 * Compiled social-media threads: a line that is only a post's header — an account's handle,
 * its display name and a timestamp ("@ErbilWatch (Erbil Watch) · Fri 13 Mar · 23:41", "Erbil
 * Watch @ErbilWatch · 2h") — heads the post below it, and the post's lines, up to the next
 * blank line or header, are that account's own words, published as written: a direct quote
 * of the account, as a transcript's turn is of its speaker. Words the post reports from
 * others ("A nurse told me: ...", "My source says ...") stay their speakers' quotes as well.
 * It takes two headers or more to make a thread, so a lone "@handle" line is no post.
 */

/** Words a post's timestamp is written in besides numbers and short capitalised day and month names. */
const TIMESTAMP_WORDS = new Set(
  "am pm ago h hr hrs m min mins s sec secs hour hours minute minutes day days yesterday today gmt utc local time edited".split(
    " ",
  ),
);
/** Separators of a header's parts: "·", "|", "-", "—", "/", ",", ":" of a time. */
const HEADER_PUNCT = new Set(["·", "•", "|", "-", "–", "—", "/", ",", ":", ".", "(", ")"]);
/** Verbs that open a sentence sharing another account's post: "Reposted @X: ...", "RT @X". */
const SHARES = new Set([
  "reposted",
  "reposting",
  "repost",
  "rt",
  "retweeted",
  "retweeting",
  "quoting",
  "shared",
  "sharing",
]);
/** How far into its line a header's handle may stand: after a display name of a few words. */
const HANDLE_REACH = 6;
/** A display name in parentheses is a few words: "(Hawkar Faraj, journalist)". */
const DISPLAY_REACH = 14;

interface Header {
  sentence: number;
  handle: string;
  speaker: Speaker;
}

/** Whether token k opens a handle written "@name" (no space between). */
const isHandle = (tokens: readonly Token[], k: number) =>
  tokens[k]?.text === "@" &&
  (tokens[k + 1]?.kind === "word" || tokens[k + 1]?.kind === "num") &&
  tokens[k + 1]?.space === false;

/** The last token of the handle opening at the "@" at k: "@KRG_MNR" is five tokens. */
function handleEnd(tokens: readonly Token[], k: number): number {
  let end = k + 1;
  while (
    tokens[end + 1]?.space === false &&
    (tokens[end + 1]?.kind === "word" || tokens[end + 1]?.kind === "num" || tokens[end + 1]?.text === "_")
  )
    end++;
  return end;
}

/** A handle's text, lower case with its "@", as accounts are keyed. */
const handleKey = (doc: Doc, k: number) => spanText(doc, k, handleEnd(doc.tokens, k)).toLowerCase();

/** The display name's tokens [first, last]: up to a comma that opens a description ("Hawkar Faraj, journalist"). */
function displayName(tokens: readonly Token[], first: number, last: number): [number, number] | null {
  let end = first;
  while (end <= last && tokens[end]?.text !== ",") end++;
  end--;
  if (end < first || !tokens.slice(first, end + 1).some((t) => t.kind === "word" && t.cap)) return null;
  return [first, end];
}

/** The speaker a display name stands for: the entity it names whole, else its own words. */
function accountSpeaker(doc: Doc, owners: Map<number, EntityDraft>, first: number, last: number): Speaker {
  const d = owners.get(first);
  if (d && (d.type === "person" || d.type === "organization")) {
    let k = first;
    while (owners.get(k + 1) === d) k++;
    if (k === last) return { draft: d, name: d.name };
  }
  return { draft: null, name: spanText(doc, first, last) };
}

/** The header the sentence `n` is, or null. */
function header(doc: Doc, owners: Map<number, EntityDraft>, n: number): Header | null {
  const { tokens, sentences } = doc;
  const s = sentences[n];
  const first = tokens[s?.tokenStart ?? -1];
  if (!s || !first || first.meta || (n > 0 && first.breaks === 0)) return null;
  // A header is a line of its own: what follows it starts on the next line.
  const next = sentences[n + 1];
  if (next && (tokens[next.tokenStart]?.breaks ?? 0) === 0) return null;
  let at = -1;
  for (let k = s.tokenStart; k < Math.min(s.tokenEnd, s.tokenStart + HANDLE_REACH); k++) {
    if (isHandle(tokens, k)) {
      at = k;
      break;
    }
    // "Erbil Watch @ErbilWatch": only a display name's capitalised words before the handle.
    const t = tokens[k] as Token;
    if (!(t.kind === "word" && t.cap) && !["-", "'", "’", "."].includes(t.text)) return null;
  }
  if (at < 0) return null;
  const end = handleEnd(tokens, at);
  const handle = spanText(doc, at, end);
  let name: [number, number] | null = at > s.tokenStart ? [s.tokenStart, at - 1] : null;
  let k = end + 1;
  if (tokens[k]?.text === "(") {
    let close = k + 1;
    while (close < s.tokenEnd && tokens[close]?.text !== ")" && close - k <= DISPLAY_REACH) close++;
    if (tokens[close]?.text !== ")") return null;
    name ??= displayName(tokens, k + 1, close - 1);
    k = close + 1;
  }
  // The rest is the timestamp: numbers, separators and day, month and time words only.
  for (; k < s.tokenEnd; k++) {
    const t = tokens[k] as Token;
    if (t.kind === "num" || HEADER_PUNCT.has(t.text)) continue;
    if (t.kind === "word" && ((t.cap && t.text.length <= 4) || TIMESTAMP_WORDS.has(t.norm))) continue;
    return null;
  }
  const speaker = name ? accountSpeaker(doc, owners, name[0], name[1]) : { draft: null, name: handle };
  return { sentence: n, handle: handle.toLowerCase(), speaker };
}

export interface Posts {
  /** The post each sentence of a post's body belongs to, with where its words start. */
  turns: Map<number, Turn>;
  /** Accounts by handle (lower case, with its "@"): whose words a repost quotes. */
  accounts: Map<string, Speaker>;
}

/** The posts of a thread by sentence: who wrote each sentence of a post's body. */
export function threadPosts(doc: Doc, owners: Map<number, EntityDraft>): Posts {
  const { tokens, sentences } = doc;
  const turns = new Map<number, Turn>();
  const accounts = new Map<string, Speaker>();
  const headers: Header[] = [];
  for (const s of sentences) {
    // Only a line that opens with "@" or a capitalised word can be a header.
    const t = tokens[s.tokenStart];
    if (!t || (t.text !== "@" && !t.cap)) continue;
    const h = header(doc, owners, s.index);
    if (h) headers.push(h);
  }
  if (headers.length < 2) return { turns, accounts };
  const isHeader = new Set(headers.map((h) => h.sentence));
  for (const h of headers) {
    if (!accounts.has(h.handle)) accounts.set(h.handle, h.speaker);
    // The post runs from the line after its header to a blank line or the next header.
    for (let n = h.sentence + 1; n < sentences.length && !isHeader.has(n); n++) {
      const s = sentences[n] as (typeof sentences)[number];
      if (n > h.sentence + 1 && (tokens[s.tokenStart]?.breaks ?? 0) > 1) break;
      turns.set(n, { speaker: h.speaker, first: s.tokenStart });
    }
  }
  return { turns, accounts };
}

/**
 * "Reposted @KurdistanCTD: \"...\"": the account whose post a sentence of a post shares, when
 * the sentence opens by sharing it, else null.
 */
export function sharedAccount(doc: Doc, posts: Posts, sentence: number): Speaker | null {
  const s = doc.sentences[sentence];
  if (!s || posts.accounts.size === 0) return null;
  const { tokens } = doc;
  if (!SHARES.has(tokens[s.tokenStart]?.norm ?? "") || !isHandle(tokens, s.tokenStart + 1)) return null;
  return posts.accounts.get(handleKey(doc, s.tokenStart + 1)) ?? null;
}

/** How far before its verb a subject's handle may stand: "Colleague @ShilanNuri at the field says". */
const SUBJECT_REACH = 8;

/**
 * "Colleague @ShilanNuri at the field says ...": the account a handle in the subject before the
 * speech verb at `verb` names, when it is an account of the thread, else null.
 */
export function handleSubject(doc: Doc, posts: Posts, verb: number): Speaker | null {
  if (posts.accounts.size === 0) return null;
  const { tokens } = doc;
  const start = doc.sentences[tokens[verb]?.sentence ?? -1]?.tokenStart ?? verb;
  for (let k = verb - 1; k >= Math.max(start, verb - SUBJECT_REACH); k--) {
    const t = tokens[k] as Token;
    if (isHandle(tokens, k)) return posts.accounts.get(handleKey(doc, k)) ?? null;
    // A clause or another speaker's words lie beyond a comma, a colon or a quotation mark.
    if (t.kind === "punct" && t.text !== "_" && t.text !== "-") return null;
  }
  return null;
}
