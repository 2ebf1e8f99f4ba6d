import type { Clock } from "../../core/ports.js";
import { IntakeError } from "../../core/sources/intake-errors.js";
import type { FeedEntry, FeedFetch, FetchedArticle, WebIntake } from "../../core/sources/ports.js";
import { type OutboundRequest, refusalOf, type SafeFetch } from "./outbound.js";

// Loaded on first use: page extraction (linkedom, Readability) and feed parsing are about 0.5 MB
// of code that a Lambda cold start serving anything else need not read and compile.
const pageExtraction = () => import("./extract-page.js");
const feedReading = () => import("./read-feed.js");

export interface WebIntakeLimits {
  /** Largest feed document read. */
  feedBytes: number;
  /** Largest article page read. */
  pageBytes: number;
  timeoutMs: number;
}

export const DEFAULT_INTAKE_LIMITS: WebIntakeLimits = {
  feedBytes: 5 * 1024 * 1024,
  pageBytes: 2 * 1024 * 1024,
  timeoutMs: 10_000,
};

const FEED_TYPES = [
  "application/rss+xml",
  "application/atom+xml",
  "application/feed+json",
  "application/json",
  "application/xml",
  "text/xml",
  "application/rdf+xml",
];
const PAGE_TYPES = ["text/html", "application/xhtml+xml"];

/**
 * A feed entry whose own content field holds at least this many words is taken as the article:
 * feeds that carry the full text (content:encoded, Atom content, JSON Feed content_html) save a
 * request per item to the publisher, and the feed is often open where the page is paywalled.
 * Shorter content is a teaser, and the page is fetched.
 */
export const FULL_TEXT_WORDS = 150;

/**
 * Feeds and pages through the outbound door: conditional GETs for feeds, the page's article by
 * Readability. Every failure is an IntakeError naming its reason.
 */
export class WebIntakeAdapter implements WebIntake {
  constructor(
    private readonly fetch: SafeFetch,
    private readonly clock: Clock,
    private readonly limits: WebIntakeLimits = DEFAULT_INTAKE_LIMITS,
  ) {}

  private async get(url: string, request: OutboundRequest) {
    try {
      return await this.fetch(url, { timeoutMs: this.limits.timeoutMs, ...request });
    } catch (error) {
      const refused = refusalOf(error);
      if (refused) throw new IntakeError(refused.reason, refused.message, null, error);
      throw new IntakeError("network", `fetching ${url} failed`, null, error);
    }
  }

  async fetchFeed(
    url: string,
    validators: { etag: string | null; lastModified: string | null },
  ): Promise<FeedFetch> {
    const headers: Record<string, string> = {
      accept: `${FEED_TYPES.join(", ")};q=0.9, */*;q=0.1`,
    };
    if (validators.etag) headers["if-none-match"] = validators.etag;
    if (validators.lastModified) headers["if-modified-since"] = validators.lastModified;
    const res = await this.get(url, { headers, maxBytes: this.limits.feedBytes, accept: FEED_TYPES });
    if (res.status === 304) return { kind: "not-modified", status: 304 };
    if (res.status < 200 || res.status > 299) {
      throw new IntakeError("http-status", `the feed answered HTTP ${res.status}`, res.status);
    }
    const { FeedError, readFeed } = await feedReading();
    try {
      const feed = readFeed(res.text(), res.headers.get("content-type") ?? "");
      return {
        kind: "feed",
        status: res.status,
        items: feed.items,
        etag: res.headers.get("etag"),
        lastModified: res.headers.get("last-modified"),
      };
    } catch (e) {
      if (e instanceof FeedError)
        throw new IntakeError("malformed-feed", `the feed is malformed: ${e.message}`, res.status);
      throw e;
    }
  }

  async readEntry(entry: FeedEntry): Promise<FetchedArticle> {
    const { htmlToText, plainTitle, wordCount } = await pageExtraction();
    if (entry.fullContent) {
      const text = htmlToText(entry.content);
      if (wordCount(text) >= FULL_TEXT_WORDS && entry.url) {
        return {
          title: plainTitle(entry.title),
          text,
          url: entry.url,
          byline: entry.byline,
          publishedAt: entry.publishedAt,
          siteName: null,
          fetchedAt: this.clock.now().toISOString(),
        };
      }
    }
    if (!entry.url)
      throw new IntakeError("no-article-text", "the item has neither full text nor a link to its page");
    const page = await this.fetchArticle(entry.url);
    return {
      ...page,
      // The feed's title is the outlet's headline; a page title often carries the site's name.
      title: plainTitle(entry.title) || page.title,
      byline: page.byline ?? entry.byline,
      publishedAt: page.publishedAt ?? entry.publishedAt,
    };
  }

  async fetchArticle(url: string): Promise<FetchedArticle> {
    const res = await this.get(url, {
      headers: { accept: "text/html, application/xhtml+xml;q=0.9" },
      maxBytes: this.limits.pageBytes,
      accept: PAGE_TYPES,
    });
    if (res.status < 200 || res.status > 299) {
      throw new IntakeError("http-status", `the page answered HTTP ${res.status}`, res.status);
    }
    const { ExtractionError, extractPage } = await pageExtraction();
    try {
      const page = extractPage(res.text(), res.url);
      return {
        ...page,
        siteName: page.siteName ?? new URL(res.url).hostname,
        fetchedAt: this.clock.now().toISOString(),
      };
    } catch (e) {
      if (e instanceof ExtractionError) throw new IntakeError(e.reason, e.message, res.status);
      throw e;
    }
  }
}
