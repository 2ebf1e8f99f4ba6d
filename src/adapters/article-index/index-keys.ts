import type { IndexedArticle, IndexQuery } from "../../core/articles/article-index.js";
import { ValidationError } from "../../core/errors.js";

/**
 * The key design of the article index table (partition key `pk`, sort key `sk`, both strings).
 *
 * One item per article in each partition it can be selected by: `all`, `tag#<tag>` for each of
 * its tags, `source#<sourceId>` for its source. The sort key is `<date>#<id>` (an ISO instant,
 * so text order is time order), which makes every selection one Query per named tag or source,
 * read newest first (ScanIndexForward=false) over the key range of its window: it touches the
 * items it returns, plus one to tell whether more match. An article has at most 22 items (20
 * tags), all written in one BatchWriteItem, and writing them again overwrites them unchanged.
 *
 * Partitions are not sharded by month: DynamoDB splits a busy or large partition by sort-key
 * range itself, a partition without a local secondary index has no size limit, and feeds write
 * a few thousand articles a day, far under a partition's 1,000 writes a second. Month shards
 * would cost one more Query for every month a window (or an unbounded "latest N") spans, empty
 * or not.
 */
export const ALL = "all";
export const tagKey = (tag: string) => `tag#${tag}`;
export const sourceKey = (sourceId: string) => `source#${sourceId}`;
export const sortKey = (date: string, id: string) => `${date}#${id}`;

/** Above every character of an id, so `${until}#~` closes a window on its last instant. */
const SK_TOP = "~";
const SK_BOTTOM = "0";
const SORT_KEY = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z#[0-9A-Za-z_-]{1,64}$/;

export interface IndexItem {
  pk: string;
  sk: string;
  id: string;
  date: string;
  tags: string[];
  sourceId?: string;
}

export function itemsOf(entry: IndexedArticle): IndexItem[] {
  const sk = sortKey(entry.date, entry.id);
  const body = {
    sk,
    id: entry.id,
    date: entry.date,
    tags: [...entry.tags],
    ...(entry.sourceId ? { sourceId: entry.sourceId } : {}),
  };
  const pks = [
    ALL,
    ...[...new Set(entry.tags)].map(tagKey),
    ...(entry.sourceId ? [sourceKey(entry.sourceId)] : []),
  ];
  return pks.map((pk) => ({ pk, ...body }));
}

/**
 * Where a query reads: the partitions of its sources if it names any (an article has one
 * source, so they are disjoint), else those of its tags, else `all`; tags named together with
 * sources become a filter on the sources' items. The sort-key range is the window, closed above
 * by the cursor (the last sort key given out, excluded by the reader).
 */
export interface QueryPlan {
  partitions: string[];
  /** Partitions may hold the same article (tags): results must be de-duplicated. */
  overlapping: boolean;
  filterTags: string[] | null;
  lo: string;
  hi: string;
  /** A sort key to leave out: the cursor's own item, returned on the previous page. */
  exclude: string | null;
}

export function planQuery(q: IndexQuery): QueryPlan {
  const sources = [...new Set(q.sourceIds ?? [])];
  const tags = [...new Set(q.tags ?? [])];
  const partitions = sources.length ? sources.map(sourceKey) : tags.length ? tags.map(tagKey) : [ALL];
  let hi = q.until ? `${q.until}#${SK_TOP}` : SK_TOP;
  const cursor = q.cursor === undefined ? null : decodeCursor(q.cursor);
  if (cursor !== null && cursor < hi) hi = cursor;
  return {
    partitions,
    overlapping: !sources.length && tags.length > 1,
    filterTags: sources.length && tags.length ? tags : null,
    lo: q.since ?? SK_BOTTOM,
    hi,
    exclude: cursor,
  };
}

export const encodeCursor = (sk: string) => Buffer.from(sk, "utf8").toString("base64url");

export function decodeCursor(cursor: string): string {
  const sk = Buffer.from(cursor, "base64url").toString("utf8");
  if (!SORT_KEY.test(sk)) {
    throw new ValidationError("The cursor is not one this service gave out.", [
      { path: "cursor", message: "unknown cursor" },
    ]);
  }
  return sk;
}
