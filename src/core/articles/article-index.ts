import type { Article } from "./article.js";

/**
 * What the article index keeps of an article: enough to select it by source, tag and date
 * without reading it. The index is derived from the stored articles (S3 is the source of
 * truth) and can be rebuilt from them at any time.
 */
export interface IndexedArticle {
  id: string;
  /** The article's date as an ISO instant: the end of its publication day, else when it was stored. */
  date: string;
  tags: readonly string[];
  /** The registered source (feed) it came in from, when it came from one. */
  sourceId: string | null;
}

/** A selection: every given dimension must hold (an article of one of the sources, carrying one of the tags, in the window). */
export interface IndexQuery {
  sourceIds?: readonly string[] | undefined;
  tags?: readonly string[] | undefined;
  /** Inclusive ISO instants. */
  since?: string | undefined;
  until?: string | undefined;
  limit: number;
  cursor?: string | undefined;
}

export interface IndexPage {
  /** Newest first by article date, then by id. */
  ids: string[];
  /** Whether more articles match than this page holds. */
  more: boolean;
  nextCursor: string | null;
}

/**
 * The date an article is selected and ordered by: its publication day when known (counted to
 * the day's end, so a window that starts that day includes it), else when it was stored.
 */
export const articleDate = (a: Pick<Article, "publishedAt" | "createdAt">): string =>
  a.publishedAt ? `${a.publishedAt}T23:59:59.999Z` : a.createdAt;

export function indexEntryOf(
  a: Pick<Article, "id" | "publishedAt" | "createdAt" | "tags" | "sourceId">,
): IndexedArticle {
  return { id: a.id, date: articleDate(a), tags: [...a.tags], sourceId: a.sourceId ?? null };
}
