/**
 * What sources and intake need from the outside world: the store of sources and their poll
 * history, the web (through the one outbound door), and the near-duplicate index.
 */
import type { ArticleCopy } from "../articles/article.js";
import type { Page, PageRequest } from "../ports.js";
import type { Signature } from "./near-duplicates.js";
import type { FeedState, PollRecord, Source } from "./source.js";

/** What polling remembers of one feed item: so a re-poll or a second delivery stores nothing new. */
export interface ItemRecord {
  key: string;
  url: string | null;
  /** Hash of what the feed said of the item: a changed item is read again. */
  contentHash: string;
  articleId: string;
  /** Set when the item was a copy of that stored article. */
  copyOf?: string;
  at: string;
}

export interface SourceStore {
  get(id: string): Promise<Source | null>;
  put(source: Source): Promise<void>;
  /** Removes the record, its state, items and poll history; removing a missing one is not an error. */
  delete(id: string): Promise<void>;
  /** Sources in the order they were registered. */
  list(page: PageRequest): Promise<Page<Source>>;
  getState(id: string): Promise<FeedState | null>;
  putState(id: string, state: FeedState): Promise<void>;
  /** `itemKey`: itemKeyOf(entry), a hash of the item's GUID or link. */
  getItem(sourceId: string, itemKey: string): Promise<ItemRecord | null>;
  putItem(sourceId: string, itemKey: string, record: ItemRecord): Promise<void>;
  putPoll(record: PollRecord): Promise<void>;
  /** Polls of one source, latest first. */
  listPolls(sourceId: string, page: PageRequest): Promise<Page<PollRecord>>;
}

/** One entry of a feed, whatever its format (RSS 2.0, Atom, JSON Feed). */
export interface FeedEntry {
  /** GUID (RSS), id (Atom, JSON Feed), else the link. */
  key: string;
  url: string | null;
  title: string;
  content: string;
  fullContent: boolean;
  publishedAt: string | null;
  byline: string | null;
}

export type FeedFetch =
  | { kind: "not-modified"; status: number }
  | { kind: "feed"; status: number; items: FeedEntry[]; etag: string | null; lastModified: string | null };

/** An article read from the web, ready to become an ArticleInput. */
export interface FetchedArticle {
  title: string;
  text: string;
  /** Canonical or final URL. */
  url: string;
  byline: string | null;
  publishedAt: string | null;
  /** The outlet as the page names itself (og:site_name), else its host. */
  siteName: string | null;
  fetchedAt: string;
}

/** Reading feeds and pages from the web, through the outbound door. Failures are IntakeErrors. */
export interface WebIntake {
  fetchFeed(
    url: string,
    validators: { etag: string | null; lastModified: string | null },
  ): Promise<FeedFetch>;
  /** The article of one feed entry: the feed's own full text when it carries it, else its page. */
  readEntry(entry: FeedEntry): Promise<FetchedArticle>;
  /** The article at a URL (import). */
  fetchArticle(url: string): Promise<FetchedArticle>;
}

/** Near-duplicate index: signatures of stored articles, found through their LSH bands. */
export interface CopyIndex {
  /** Stored article ids sharing at least one band. */
  candidates(bands: readonly string[]): Promise<string[]>;
  signature(articleId: string): Promise<Signature | null>;
  add(articleId: string, signature: Signature, bands: readonly string[]): Promise<void>;
}

/** Links a copy to the stored original (the article record keeps its copies). */
export interface CopyLinks {
  addCopy(articleId: string, copy: ArticleCopy): Promise<void>;
}
