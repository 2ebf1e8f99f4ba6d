import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { feedDay } from "./feed-dates.js";

/** What an article page yields: its text and what the page says about it. */
export interface ExtractedPage {
  title: string;
  text: string;
  /** The page's canonical URL where it names one (same site), else the URL it was fetched from. */
  url: string;
  byline: string | null;
  publishedAt: string | null;
  siteName: string | null;
}

/** Why a page gave no article: the poll history and the import refusal say which. */
export type ExtractionFailure = "no-article-text" | "too-little-text";

export class ExtractionError extends Error {
  override name = "ExtractionError";
  constructor(
    readonly reason: ExtractionFailure,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Fewer words than this is not an article: a paywall stub, a teaser, a cookie wall. News
 * stories run to hundreds of words; the shortest wire flashes in the corpus are over 150.
 */
export const MIN_ARTICLE_WORDS = 80;

const NO_TEXT_WORDS = 5;

const BLOCKS = "p, h2, h3, h4, li, blockquote, pre";

/** Paragraph text from HTML: block elements one per paragraph, whitespace collapsed. */
export function htmlToText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const blocks = [...document.querySelectorAll(BLOCKS)]
    // A paragraph inside a list item or quote is read once, with its container.
    .filter((el) => !el.parentElement?.closest(BLOCKS))
    .map((el) => (el.textContent ?? "").replace(/\s+/g, " ").trim())
    .filter(Boolean);
  if (blocks.length) return blocks.join("\n\n");
  return (document.body?.textContent ?? "")
    .replace(/[ \t]+/g, " ")
    .replace(/\n\s*\n+/g, "\n\n")
    .trim();
}

export const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

export const plainTitle = (title: string) =>
  title
    .replace(/<[^>]*>/g, "")
    .replace(/\s+/g, " ")
    .trim();

interface Meta {
  canonical: string | null;
  published: string | null;
  author: string | null;
  siteName: string | null;
}

function jsonLd(document: Document): { published: string | null; author: string | null } {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? "");
    } catch {
      continue;
    }
    const nodes = (Array.isArray(data) ? data : [data]).flatMap((d) =>
      d && typeof d === "object" && Array.isArray((d as { "@graph"?: unknown })["@graph"])
        ? ((d as { "@graph": unknown[] })["@graph"] as unknown[])
        : [d],
    );
    for (const node of nodes) {
      if (!node || typeof node !== "object") continue;
      const n = node as Record<string, unknown>;
      if (!/Article|Posting|Report/i.test(String(n["@type"] ?? ""))) continue;
      const author = Array.isArray(n.author) ? n.author[0] : n.author;
      const name =
        typeof author === "string"
          ? author
          : typeof author === "object" && author
            ? (author as { name?: unknown }).name
            : null;
      return {
        published: typeof n.datePublished === "string" ? n.datePublished : null,
        author: typeof name === "string" ? name : null,
      };
    }
  }
  return { published: null, author: null };
}

function metaOf(document: Document): Meta {
  const meta = (selector: string) =>
    document.querySelector(selector)?.getAttribute("content")?.trim() || null;
  const ld = jsonLd(document);
  return {
    canonical:
      document.querySelector('link[rel="canonical"]')?.getAttribute("href") ??
      meta('meta[property="og:url"]'),
    published:
      meta('meta[property="article:published_time"]') ??
      meta('meta[name="date"]') ??
      meta('meta[itemprop="datePublished"]') ??
      ld.published ??
      document.querySelector("time[datetime]")?.getAttribute("datetime") ??
      null,
    author: meta('meta[name="author"]') ?? ld.author,
    siteName: meta('meta[property="og:site_name"]'),
  };
}

/** The canonical URL if it is http(s) on the same site as the page; a page cannot claim another's address. */
function canonicalUrl(canonical: string | null, fetchedUrl: string): string {
  if (!canonical) return fetchedUrl;
  try {
    const url = new URL(canonical, fetchedUrl);
    const from = new URL(fetchedUrl);
    if (!/^https?:$/.test(url.protocol) || url.hostname !== from.hostname) return fetchedUrl;
    url.hash = "";
    return url.href;
  } catch {
    return fetchedUrl;
  }
}

/**
 * The article in an HTML page, by Readability over linkedom: a DOM without a script engine, so
 * nothing on the page runs. Throws ExtractionError when there is no article or too little of one.
 */
export function extractPage(html: string, fetchedUrl: string): ExtractedPage {
  const { document } = parseHTML(html);
  const meta = metaOf(document as unknown as Document);
  const article = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
  const text = article?.content ? htmlToText(article.content) : "";
  const words = wordCount(text);
  // A few words (a menu, a "Live" heading) are no article at all; a few sentences are a stub.
  if (words < NO_TEXT_WORDS) throw new ExtractionError("no-article-text", "the page has no article text");
  if (words < MIN_ARTICLE_WORDS) {
    throw new ExtractionError(
      "too-little-text",
      `the page has ${words} words of article text, fewer than ${MIN_ARTICLE_WORDS} (a paywall stub or teaser?)`,
    );
  }
  return {
    title: plainTitle(article?.title || document.querySelector("title")?.textContent || ""),
    text,
    url: canonicalUrl(meta.canonical, fetchedUrl),
    byline: (meta.author ?? article?.byline ?? "").trim() || null,
    publishedAt: feedDay(meta.published ?? article?.publishedTime ?? null),
    siteName: meta.siteName ?? article?.siteName ?? null,
  };
}
