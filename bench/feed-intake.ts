/**
 * Items per second taken in from a 200-item RSS feed served on loopback: the real stack (embedded
 * S3 over HTTP, fact extraction on the worker pool, the near-duplicate index), each item's page
 * fetched and read by Readability. Then the same feed polled again (every item seen: nothing
 * fetched but the feed, nothing stored). Prints the figures; writes nothing.
 *
 *   npx tsx bench/feed-intake.ts [items=200] [--full-content]
 *
 * --full-content: the feed carries each item's whole text (content:encoded), so no page is fetched.
 */

import { readdirSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { corpusStory } from "../tests/support/near-duplicate-pairs.js";
import { startStack } from "../tests/support/stack.js";

const count = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 200);
const fullContent = process.argv.includes("--full-content");

// Distinct, realistic articles: 14 sentences drawn (seeded) from the whole corpus, so each item
// is news prose for the extractor but no two are copies of each other.
const root = path.resolve(import.meta.dirname, "../tests/fixtures");
const sentences = readdirSync(root)
  .filter((d) => d.startsWith("corpus"))
  .flatMap((d) =>
    readdirSync(path.join(root, d))
      .filter((f) => f.endsWith(".txt"))
      .map((f) => f.slice(0, -4)),
  )
  .flatMap((name) => corpusStory(name).split(/(?<=[.!?])\s+(?=[A-Z])/))
  .map((s) => s.replace(/\s+/g, " ").trim())
  .filter((s) => s.split(" ").length >= 8);
let seed = 7;
const next = () => {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return seed / 2 ** 32;
};
const items = Array.from({ length: count }, (_, i) => ({
  title: `Item ${i + 1}: ${sentences[Math.floor(next() * sentences.length)]?.slice(0, 60)}`,
  paragraphs: Array.from({ length: 14 }, () => sentences[Math.floor(next() * sentences.length)] ?? ""),
}));
const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const html = (i: number) => {
  const item = items[i];
  return `<!doctype html><html><head><title>${esc(item?.title ?? "")}</title></head><body><nav><a href="/">Home</a></nav><article><h1>${esc(item?.title ?? "")}</h1>${item?.paragraphs.map((p) => `<p>${esc(p)}</p>`).join("")}</article></body></html>`;
};

let origin = "";
const server = http.createServer((req, res) => {
  const url = req.url ?? "/";
  if (url === "/feed.xml") {
    const body = items
      .map(
        (item, i) =>
          `<item><title>${esc(item.title)}</title><link>${origin}/a/${i}.html</link><guid>item-${i}</guid><pubDate>Mon, 17 Mar 2025 09:${String(i % 60).padStart(2, "0")}:00 GMT</pubDate>${
            fullContent
              ? `<content:encoded><![CDATA[${item.paragraphs.map((p) => `<p>${p}</p>`).join("")}]]></content:encoded>`
              : ""
          }</item>`,
      )
      .join("\n");
    res
      .writeHead(200, { "content-type": "application/rss+xml" })
      .end(
        `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Bench</title>${body}</channel></rss>`,
      );
    return;
  }
  const m = /^\/a\/(\d+)\.html$/.exec(url);
  if (m) res.writeHead(200, { "content-type": "text/html" }).end(html(Number(m[1])));
  else res.writeHead(404).end();
});
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

// The real composition root and outbound door, the bench's feed server allow-listed on loopback.
const stack = await startStack({ SB_OUTBOUND_ALLOW: new URL(origin).host });
const app = stack.app;
const created = await app.request("/v1/sources", {
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify({ url: `${origin}/feed.xml`, outlet: "Bench Wire" }),
});
const { id } = (await created.json()) as { id: string };

const poll = async () => {
  const t = performance.now();
  const res = await app.request(`/v1/sources/${id}/poll`, { method: "POST" });
  const record = (await res.json()) as { items: Record<string, number>; failures: unknown[] };
  return { ms: performance.now() - t, record };
};
const first = await poll();
const second = await poll();
const perSecond = (n: number, ms: number) => ((n * 1000) / ms).toFixed(1);
console.log(
  `feed intake: ${count}-item RSS feed on loopback, ${fullContent ? "full content in the feed (no page fetches)" : "each item's page fetched and read by Readability"}, embedded S3, CPU_WORKERS=${stack.container.config.cpu.threads}`,
);
console.log(
  `first poll:  ${first.ms.toFixed(0)} ms, items ${JSON.stringify(first.record.items)}, ${perSecond(first.record.items.new ?? 0, first.ms)} items/s taken in`,
);
console.log(
  `second poll: ${second.ms.toFixed(0)} ms, items ${JSON.stringify(second.record.items)}, ${perSecond(count, second.ms)} items/s checked (all seen)`,
);
if (first.record.failures.length) console.log("failures:", JSON.stringify(first.record.failures.slice(0, 3)));
await stack.close();
server.close();
