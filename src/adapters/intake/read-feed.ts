import { XMLParser } from "fast-xml-parser";
import { feedDay } from "./feed-dates.js";

/** One entry of a feed, whatever its format. */
export interface FeedItem {
  /** GUID (RSS), id (Atom, JSON Feed), else the link: what makes the item this item. */
  key: string;
  url: string | null;
  title: string;
  /** HTML or text the feed carries for the item: full content where it has it, else the summary. */
  content: string;
  /** Whether `content` is the feed's full-content field (content:encoded, Atom content, content_html). */
  fullContent: boolean;
  publishedAt: string | null;
  byline: string | null;
}

export interface Feed {
  format: "rss" | "atom" | "json";
  title: string;
  items: FeedItem[];
}

export class FeedError extends Error {
  override name = "FeedError";
}

const MAX_ITEMS = 500;

// Entities stay unexpanded (no DTD, no entity declarations, nothing to blow up); the five XML
// entities and character references are decoded here, in text only.
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  processEntities: false,
  htmlEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  cdataPropName: "#cdata",
  isArray: (name) => ["item", "entry", "link", "category", "author"].includes(name),
});

const XML_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === "#") {
      const code =
        name[1] === "x" || name[1] === "X" ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return XML_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** The text of a node: a string, CDATA, or an object with text and attributes. */
function text(node: unknown): string {
  if (node === undefined || node === null) return "";
  if (typeof node === "string") return decode(node);
  if (Array.isArray(node)) return text(node[0]);
  if (typeof node === "object") {
    const o = node as Record<string, unknown>;
    if (o["#cdata"] !== undefined)
      return String(Array.isArray(o["#cdata"]) ? o["#cdata"].join("") : o["#cdata"]);
    if (o["#text"] !== undefined) return decode(String(o["#text"]));
  }
  return "";
}

const asArray = (v: unknown): unknown[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);
const httpUrl = (v: string) => (/^https?:\/\//i.test(v.trim()) ? v.trim() : null);

function rssItem(item: Record<string, unknown>): FeedItem | null {
  const url = httpUrl(text(item.link));
  const guid = text(item.guid);
  const encoded = text(item["content:encoded"]);
  const key = guid || url;
  if (!key) return null;
  return {
    key,
    url:
      url ??
      (httpUrl(guid) && (item.guid as Record<string, unknown>)?.["@isPermaLink"] !== "false" ? guid : null),
    title: text(item.title),
    content: encoded || text(item.description),
    fullContent: Boolean(encoded),
    publishedAt: feedDay(text(item.pubDate) || text(item["dc:date"])),
    byline: text(item["dc:creator"]) || text(item.author) || null,
  };
}

function atomLink(entry: Record<string, unknown>): string | null {
  const links = asArray(entry.link) as Record<string, unknown>[];
  const alternate =
    links.find(
      (l) => (l["@rel"] ?? "alternate") === "alternate" && (!l["@type"] || /html/.test(String(l["@type"]))),
    ) ?? links[0];
  return alternate ? httpUrl(String(alternate["@href"] ?? "")) : null;
}

function atomEntry(entry: Record<string, unknown>): FeedItem | null {
  const url = atomLink(entry);
  const key = text(entry.id) || url;
  if (!key) return null;
  const content = text(entry.content);
  const author = asArray(entry.author)[0] as Record<string, unknown> | undefined;
  return {
    key,
    url,
    title: text(entry.title),
    content: content || text(entry.summary),
    fullContent: Boolean(content),
    publishedAt: feedDay(text(entry.published) || text(entry.updated)),
    byline: author ? text(author.name) || null : null,
  };
}

function jsonFeed(doc: Record<string, unknown>): Feed {
  if (!Array.isArray(doc.items)) throw new FeedError("a JSON Feed without an items array");
  const items: FeedItem[] = [];
  for (const raw of doc.items.slice(0, MAX_ITEMS)) {
    if (!raw || typeof raw !== "object") continue;
    const i = raw as Record<string, unknown>;
    const url = typeof i.url === "string" ? httpUrl(i.url) : null;
    const key = (typeof i.id === "string" || typeof i.id === "number" ? String(i.id) : "") || url;
    if (!key) continue;
    const html = typeof i.content_html === "string" ? i.content_html : "";
    const plain = typeof i.content_text === "string" ? i.content_text : "";
    const authors = Array.isArray(i.authors) ? i.authors : i.author ? [i.author] : [];
    const author = authors[0] as { name?: unknown } | undefined;
    items.push({
      key,
      url,
      title: typeof i.title === "string" ? i.title : "",
      content: html || plain || (typeof i.summary === "string" ? i.summary : ""),
      fullContent: Boolean(html || plain),
      publishedAt: feedDay(i.date_published ?? i.date_modified),
      byline: typeof author?.name === "string" ? author.name : null,
    });
  }
  return { format: "json", title: typeof doc.title === "string" ? doc.title : "", items };
}

/**
 * Reads an RSS 2.0, Atom or JSON Feed document. Nothing in it is executed or expanded; a document
 * that is none of the three, or declares entities, is a FeedError.
 */
export function readFeed(body: string, contentType = ""): Feed {
  const start = body.trimStart();
  if (/json/i.test(contentType) || start.startsWith("{")) {
    let doc: unknown;
    try {
      doc = JSON.parse(start);
    } catch (e) {
      throw new FeedError(`not valid JSON: ${(e as Error).message}`);
    }
    if (
      !doc ||
      typeof doc !== "object" ||
      !String((doc as { version?: unknown }).version ?? "").includes("jsonfeed.org")
    ) {
      throw new FeedError("JSON that is not a JSON Feed (no jsonfeed.org version)");
    }
    return jsonFeed(doc as Record<string, unknown>);
  }
  if (/<!ENTITY/i.test(body)) throw new FeedError("the document declares entities, which are refused");
  let doc: Record<string, unknown>;
  try {
    doc = parser.parse(body, true) as Record<string, unknown>;
  } catch (e) {
    throw new FeedError(`not well-formed XML: ${(e as Error).message.split("\n")[0]}`);
  }
  const rss = doc.rss as Record<string, unknown> | undefined;
  const channel = (rss?.channel ?? (doc["rdf:RDF"] as Record<string, unknown> | undefined)) as
    | Record<string, unknown>
    | undefined;
  if (channel) {
    const raw = asArray(channel.item ?? (doc["rdf:RDF"] as Record<string, unknown> | undefined)?.item);
    const items = raw.slice(0, MAX_ITEMS).flatMap((i) => rssItem(i as Record<string, unknown>) ?? []);
    return { format: "rss", title: text(channel.title), items };
  }
  const feed = doc.feed as Record<string, unknown> | undefined;
  if (feed) {
    const items = asArray(feed.entry)
      .slice(0, MAX_ITEMS)
      .flatMap((e) => atomEntry(e as Record<string, unknown>) ?? []);
    return { format: "atom", title: text(feed.title), items };
  }
  throw new FeedError("neither RSS 2.0, Atom nor JSON Feed");
}
