import { type LexiconMatch, matchLexicon } from "../lexicon/matcher.js";
import type { Doc } from "../text/doc.js";
import { findCandidates } from "./entity-candidates.js";
import { type EntityDraft, type MentionDraft, resolveDraft } from "./entity-draft.js";
import { addLaterMentions, addReferences } from "./entity-mentions.js";
import { draftsFromCandidates, joinBracketed } from "./entity-merge.js";
import { attachRoles } from "./roles.js";

/**
 * Entities of an article: lexicon matches, then unknown capitalised names with a best-guess
 * type, merged (spelling variants, acronyms, glosses), completed with later mentions ("Haskan
 * said", "the coalition"), and given the roles the article attaches to people.
 */

export interface EntityIndex {
  /** Live drafts (merged ones removed), in order of first mention. */
  drafts: EntityDraft[];
  /** Owner of each token that is part of a mention. */
  owners: Map<number, EntityDraft>;
}

/** "US dollars", "Syrian pounds": a country before its currency names the money, not the place. */
const CURRENCIES = new Set([
  "dollar",
  "dollars",
  "pound",
  "pounds",
  "dinar",
  "dinars",
  "lira",
  "liras",
  "rial",
  "riyal",
  "riyals",
  "rials",
]);

function lexiconDrafts(
  doc: Doc,
  matches: readonly LexiconMatch[],
  removed: ReadonlySet<number>,
): EntityDraft[] {
  const byId = new Map<string, EntityDraft>();
  matches.forEach((m, index) => {
    if (removed.has(index)) return;
    let draft = byId.get(m.entry.id);
    if (!draft) {
      draft = {
        type: m.entry.type,
        name: m.entry.name,
        lexicon: m.entry,
        nameKeys: [],
        extraAliases: [],
        mentions: [],
      };
      byId.set(m.entry.id, draft);
    }
    const mention: MentionDraft = { first: m.first, last: m.last };
    const currency = m.entry.kind === "country" && CURRENCIES.has(doc.tokens[m.last + 1]?.norm ?? "");
    if (m.demonym || currency) mention.demonym = true;
    draft.mentions.push(mention);
  });
  return [...byId.values()];
}

export function ownersOf(drafts: readonly EntityDraft[]): Map<number, EntityDraft> {
  const owners = new Map<number, EntityDraft>();
  for (const d of drafts) {
    for (const m of d.mentions) {
      for (let k = m.first; k <= m.last; k++) if (!owners.has(k)) owners.set(k, d);
    }
  }
  return owners;
}

export function findEntities(doc: Doc): EntityIndex {
  const matches = matchLexicon(doc.tokens);
  const covered = new Int32Array(doc.tokens.length).fill(-1);
  matches.forEach((m, index) => {
    for (let k = m.first; k <= m.last; k++) covered[k] = index;
  });
  const candidates = findCandidates(doc, covered, matches);
  const removed = new Set(candidates.flatMap((c) => c.absorbed));
  const all = [...lexiconDrafts(doc, matches, removed), ...draftsFromCandidates(doc, candidates)];

  joinBracketed(doc, ownersOf(all), all);
  let live = all.filter((d) => !d.mergedInto);
  addLaterMentions(doc, live, ownersOf(live));
  addReferences(doc, live, ownersOf(live));
  live = live.filter((d) => !d.mergedInto && d.mentions.length > 0);
  for (const d of live) {
    d.mentions.sort((a, b) => a.first - b.first);
    d.mentions = d.mentions.filter((m, i, list) => i === 0 || m.first !== list[i - 1]?.first);
  }
  live.sort((a, b) => (a.mentions[0]?.first ?? 0) - (b.mentions[0]?.first ?? 0));
  const owners = ownersOf(live);
  attachRoles(doc, live, owners);
  return { drafts: live.map(resolveDraft), owners };
}
