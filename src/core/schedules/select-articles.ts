import type { ArticleSummary } from "../articles/article.js";
import type { ArticleStore } from "../ports.js";
import type { ArticleSelection } from "./schedule.js";

/** How far back a tag selection looks before it gives up: a bound on reads, not on results. */
export const MAX_ARTICLES_SCANNED = 1000;
const PAGE = 100;
const DAY_MS = 86_400_000;

export type Selection = { articleIds: string[]; reason: null } | { articleIds: []; reason: string };

/** An article's date: its publication day when known, else when it was stored. */
const dateOf = (a: ArticleSummary) => (a.publishedAt ? `${a.publishedAt}T23:59:59.999Z` : a.createdAt);

/**
 * The articles a run renders. Fixed ids are taken as they are (they were checked when the
 * schedule was saved, and articles are never deleted); a tag selection pages through the
 * articles newest first and keeps the first `latest` that carry the tag and fall in the window.
 */
export async function selectArticles(
  articles: Pick<ArticleStore, "list">,
  selection: ArticleSelection,
  now: Date,
): Promise<Selection> {
  if (selection.ids) return { articleIds: [...selection.ids], reason: null };
  const { tag, latest = 1, sinceDays } = selection;
  const cutoff = sinceDays === undefined ? null : new Date(now.getTime() - sinceDays * DAY_MS).toISOString();

  const found: string[] = [];
  let cursor: string | undefined;
  let scanned = 0;
  scan: do {
    const page = await articles.list({ limit: PAGE, cursor });
    for (const a of page.items) {
      scanned++;
      // Listed by storage time, newest first: past the cutoff, nothing later can be in the window.
      if (cutoff && a.createdAt < cutoff) break scan;
      if (tag && a.tags.includes(tag) && (!cutoff || dateOf(a) >= cutoff)) found.push(a.id);
      if (found.length === latest || scanned >= MAX_ARTICLES_SCANNED) break scan;
    }
    cursor = page.nextCursor ?? undefined;
  } while (cursor);

  if (found.length) return { articleIds: found, reason: null };
  const window =
    sinceDays === undefined ? "" : ` within the last ${sinceDays} day${sinceDays === 1 ? "" : "s"}`;
  return { articleIds: [], reason: `no stored article is tagged '${tag}'${window}` };
}
