import type { IndexQuery } from "../articles/article-index.js";
import { MAX_ARTICLES_PER_BRIEFING } from "../briefings/generate-briefing.js";
import type { ArticleIndex } from "../ports.js";
import type { ArticleSelection } from "./schedule.js";

const DAY_MS = 86_400_000;

/**
 * The articles a run renders, newest first, and how many matched: more may match than a run
 * takes (its `latest`, or what one briefing can take), and the run says so rather than
 * dropping them silently.
 */
export type Selection =
  | { articleIds: string[]; matched: number; reason: null }
  | { articleIds: []; matched: 0; reason: string };

const quoted = (xs: readonly string[]) => xs.map((x) => `'${x}'`).join(" or ");

function nothingFound(tags: string[], sources: string[], sinceDays: number | undefined): string {
  const from = sources.length ? ` from source${sources.length === 1 ? "" : "s"} ${sources.join(", ")}` : "";
  const tagged = tags.length ? ` tagged ${quoted(tags)}` : "";
  const window =
    sinceDays === undefined ? "" : ` within the last ${sinceDays} day${sinceDays === 1 ? "" : "s"}`;
  return sources.length && tags.length
    ? `no stored article${from} is${tagged}${window}`
    : sources.length
      ? `no stored article comes${from}${window}`
      : `no stored article is${tagged}${window}`;
}

/**
 * Fixed ids are taken as they are (they were checked when the schedule was saved, and articles
 * are never deleted). A selection by source, tag and window asks the article index, which reads
 * only what it selects: the newest `latest` (else as many as a briefing takes), and, only when
 * more match, a count of all that match.
 */
export async function selectArticles(
  index: Pick<ArticleIndex, "select" | "count">,
  selection: ArticleSelection,
  now: Date,
): Promise<Selection> {
  if (selection.ids) return { articleIds: [...selection.ids], matched: selection.ids.length, reason: null };
  const tags = [...new Set([...(selection.tag ? [selection.tag] : []), ...(selection.tags ?? [])])];
  const sources = [...new Set(selection.sources ?? [])];
  const { sinceDays } = selection;
  const query: IndexQuery = {
    ...(sources.length ? { sourceIds: sources } : {}),
    ...(tags.length ? { tags } : {}),
    ...(sinceDays === undefined ? {} : { since: new Date(now.getTime() - sinceDays * DAY_MS).toISOString() }),
    limit: selection.latest ?? MAX_ARTICLES_PER_BRIEFING,
  };
  const page = await index.select(query);
  if (page.ids.length === 0)
    return { articleIds: [], matched: 0, reason: nothingFound(tags, sources, sinceDays) };
  const matched = page.more ? await index.count(query) : page.ids.length;
  return { articleIds: page.ids, matched, reason: null };
}
