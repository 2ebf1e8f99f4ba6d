import type { Doc } from "../text/doc.js";
import type { Token } from "../text/tokenize.js";
import type { EntityDraft } from "./entity-draft.js";

/**
 * Social-media accounts by their handle: "@ErbilWatch (Erbil Watch)" is a spelling of the
 * display name's entity, and a later bare "@ErbilWatch" a mention of it; a handle with no
 * display name ("Several accounts, including @LevantWatcher, wrote") is an account of its own.
 * The handle's words are the account's, never a body or a place it happens to spell ("KRG" in
 * "@KRG_MNR"). An e-mail address names no account ("tips@outlet.example").
 */

/** The last token of the handle opening at the "@" at `at` ("@KRG_MNR" is four tokens), or -1. */
function handleEnd(tokens: readonly Token[], at: number): number {
  const first = tokens[at + 1];
  if (tokens[at]?.text !== "@" || !first || first.space || (first.kind !== "word" && first.kind !== "num"))
    return -1;
  let end = at + 1;
  for (;;) {
    const t = tokens[end + 1];
    if (!t || t.space || t.breaks > 0 || !(t.kind === "word" || t.kind === "num" || t.text === "_")) break;
    end++;
  }
  return tokens[end]?.text === "_" ? end - 1 : end;
}

const joined = (t: Token | undefined) => !!t && !t.space && t.breaks === 0;
const addressPart = (t: Token | undefined) =>
  !!t && (t.kind === "word" || t.kind === "num" || t.text === "_" || t.text === "-" || t.text === ".");

/**
 * "blotter@kirkukcitizen.example", "BaghdadACS@state.gov": an "@" written onto a word is an
 * e-mail address, not a handle; the span from its local part to its domain, or undefined.
 */
function emailSpan(tokens: readonly Token[], at: number): [number, number] | undefined {
  const before = tokens[at - 1];
  if (tokens[at]?.text !== "@" || !joined(tokens[at]) || !(before?.kind === "word" || before?.kind === "num"))
    return undefined;
  let first = at - 1;
  while (joined(tokens[first]) && addressPart(tokens[first - 1])) first--;
  let last = at;
  while (joined(tokens[last + 1]) && addressPart(tokens[last + 1])) last++;
  // A full stop closing the sentence after the address is not part of it.
  while (last > at && tokens[last]?.kind === "punct") last--;
  return last > at ? [first, last] : undefined;
}

/** The draft whose mention starts right inside "(" after the handle, or ends right before "@". */
function displayName(tokens: readonly Token[], owners: Map<number, EntityDraft>, at: number, end: number) {
  const open = tokens[end + 1];
  if (open?.text === "(" && open.breaks === 0) {
    const d = owners.get(end + 2);
    if (d?.mentions.some((m) => m.first === end + 2)) return d;
  }
  const before = owners.get(at - 1);
  if (before && tokens[at]?.breaks === 0 && before.mentions.some((m) => m.last === at - 1)) return before;
  return undefined;
}

/**
 * "@Saad Turki He told the same thing": a reply in a comment thread tags the commenter by the
 * display name, "@" then the name's words with spaces between them. When the words from the
 * handle on spell a person the article names, the tag is a mention of that person, not an
 * account of its own. Returns the person and the tag's last token.
 */
function taggedPerson(doc: Doc, drafts: readonly EntityDraft[], at: number, end: number) {
  const { tokens } = doc;
  const words: string[] = [doc.text.slice(tokens[at + 1]?.start ?? 0, tokens[end]?.end ?? 0)];
  let last = end;
  let found: { draft: EntityDraft; last: number } | undefined;
  for (let k = end + 1; k < end + 5; k++) {
    const t = tokens[k];
    if (t?.kind !== "word" || !t.cap || t.breaks > 0 || t.sentence !== tokens[end]?.sentence) break;
    words.push(t.text);
    last = k;
    const name = words.join(" ").toLowerCase();
    const draft = drafts.find((d) => d.type === "person" && d.name.toLowerCase() === name);
    if (draft) found = { draft, last };
  }
  return found;
}

export function addHandles(doc: Doc, drafts: EntityDraft[], owners: Map<number, EntityDraft>): void {
  const { tokens } = doc;
  const accounts = new Map<string, EntityDraft>();
  const spans: [number, number][] = [];
  const addresses: [number, number][] = [];
  for (let at = 0; at < tokens.length; at++) {
    const email = emailSpan(tokens, at);
    if (email) addresses.push(email);
    const end = email ? -1 : handleEnd(tokens, at);
    if (end >= 0) spans.push([at, end]);
  }
  if (spans.length === 0 && addresses.length === 0) return;
  // Nothing a handle or an address spells is a mention of anything else.
  for (const [at, end] of [...spans, ...addresses]) {
    for (let k = at + 1; k <= end; k++) {
      const d = owners.get(k);
      if (!d) continue;
      d.mentions = d.mentions.filter((m) => m.last < at || m.first > end);
      owners.delete(k);
    }
  }
  // Handles beside a display name first, so that a bare mention before them finds the account.
  for (const [at, end] of spans) {
    const key = doc.text.slice(tokens[at]?.start ?? 0, tokens[end]?.end ?? 0).toLowerCase();
    const shown = displayName(tokens, owners, at, end);
    if (shown && !accounts.has(key)) accounts.set(key, shown);
  }
  for (const [at, end] of spans) {
    const name = doc.text.slice(tokens[at]?.start ?? 0, tokens[end]?.end ?? 0);
    const key = name.toLowerCase();
    const tagged = accounts.has(key) ? undefined : taggedPerson(doc, drafts, at, end);
    if (tagged) {
      tagged.draft.mentions.push({ first: at + 1, last: tagged.last });
      for (let k = at + 1; k <= tagged.last; k++) owners.set(k, tagged.draft);
      continue;
    }
    let account = accounts.get(key);
    if (!account) {
      account = { type: "organization", name, nameKeys: [], extraAliases: [], mentions: [] };
      accounts.set(key, account);
      drafts.push(account);
    }
    account.mentions.push({ first: at, last: end });
    for (let k = at; k <= end; k++) owners.set(k, account);
  }
}
