/**
 * `npx tsx bench/selection.ts [--sizes 1000,10000,100000] [--runs 3]`: what a schedule's article
 * selection costs at 1k, 10k and 100k stored articles, the old way (list the articles newest
 * first, read each, stop after 1,000) and through the article index (DynamoDB, dynalite here).
 * Reports the median time (of --runs runs through the index; the old scan, which takes seconds
 * against the embedded S3 server, runs once) and every read: S3 LIST pages and GETs, DynamoDB Query pages and the
 * items they read (ScannedCount: what a filter drops is read all the same). Prints a markdown
 * table and the JSON; writes nothing. Not a test: nothing here fails a build.
 *
 * The index is filled directly with BatchWriteItem (every article, at every size). S3 holds the
 * newest 2,000 articles at each size (article.json and its listing key): the old scan never reads
 * past the 1,000th newest, and S3 lists a prefix from a start key, so older objects change neither
 * its reads nor its time, only the minutes it would take to write them to the embedded server.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { S3Client } from "@aws-sdk/client-s3";
import { DynamoArticleIndex, ensureIndexTable } from "../src/adapters/article-index/dynamo-article-index.js";
import { startEmbeddedDynamoDb } from "../src/adapters/local/embedded-dynamodb.js";
import { startEmbeddedS3 } from "../src/adapters/local/embedded-s3.js";
import { NewestFirstIndex } from "../src/adapters/storage/newest-first-index.js";
import { S3ArticleStore } from "../src/adapters/storage/s3-article-store.js";
import { S3Objects } from "../src/adapters/storage/s3-objects.js";
import type { Article, ArticleSummary } from "../src/core/articles/article.js";
import { indexEntryOf } from "../src/core/articles/article-index.js";
import type { ArticleStore } from "../src/core/ports.js";
import type { ArticleSelection } from "../src/core/schedules/schedule.js";
import { selectArticles } from "../src/core/schedules/select-articles.js";

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const SIZES = (flag("sizes") ?? "1000,10000,100000").split(",").map(Number);
const RUNS = Number(flag("runs") ?? 3);
const NOW = new Date("2026-01-01T06:00:00.000Z");
const YEAR_MS = 365 * 86_400_000;
const S3_ARTICLES = 2000;
const SOURCES = Array.from({ length: 100 }, (_, n) => `01JHF3Q9V6X8E2N4R5T7Y9${String(n).padStart(4, "0")}`);

/**
 * Article n of N: one every year/N back from NOW (n = 0 newest), from source n mod 100; tagged
 * `common` every other article, `rare` one in a hundred.
 */
function article(n: number, size: number): Article {
  const at = new Date(NOW.getTime() - Math.floor(((n + 1) * YEAR_MS) / size)).toISOString();
  return {
    id: n.toString(16).padStart(16, "0"),
    title: `Report ${n}`,
    text: `Report ${n}.`,
    publishedAt: null,
    source: null,
    url: null,
    tags: [...(n % 2 === 0 ? ["common"] : []), ...(n % 100 === 7 ? ["rare"] : [])],
    sourceId: SOURCES[n % 100] as string,
    createdAt: at,
    characters: 10,
  };
}

const SELECTIONS: { name: string; selection: ArticleSelection }[] = [
  { name: "tag 'rare' (1%), latest 25", selection: { tag: "rare", latest: 25 } },
  { name: "tag 'common' (50%), last 1 day", selection: { tag: "common", sinceDays: 1 } },
  { name: "4 sources (4%), last 3 days", selection: { sources: SOURCES.slice(0, 4), sinceDays: 3 } },
];

/** The selection as it was before the index: newest first through the S3 listing, read each, stop at 1,000. */
async function oldScan(articles: Pick<ArticleStore, "list">, selection: ArticleSelection): Promise<string[]> {
  const { tag, latest = 25, sinceDays } = selection;
  if (!tag) return [];
  const cutoff =
    sinceDays === undefined ? null : new Date(NOW.getTime() - sinceDays * 86_400_000).toISOString();
  const found: string[] = [];
  let cursor: string | undefined;
  let scanned = 0;
  const dateOf = (a: ArticleSummary) => (a.publishedAt ? `${a.publishedAt}T23:59:59.999Z` : a.createdAt);
  scan: do {
    const page = await articles.list({ limit: 100, cursor });
    for (const a of page.items) {
      scanned++;
      if (cutoff && a.createdAt < cutoff) break scan;
      if (a.tags.includes(tag) && (!cutoff || dateOf(a) >= cutoff)) found.push(a.id);
      if (found.length === latest || scanned >= 1000) break scan;
    }
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return found;
}

interface Reads {
  s3List: number;
  s3Get: number;
  ddbQueries: number;
  ddbItems: number;
}
const reads: Reads = { s3List: 0, s3Get: 0, ddbQueries: 0, ddbItems: 0 };
const resetReads = () => Object.assign(reads, { s3List: 0, s3Get: 0, ddbQueries: 0, ddbItems: 0 });

async function timed<T>(f: () => Promise<T>, runs = RUNS): Promise<{ result: T; ms: number; reads: Reads }> {
  const times: number[] = [];
  let result: T | undefined;
  let counted: Reads = { ...reads };
  for (let r = 0; r < runs; r++) {
    resetReads();
    const t0 = performance.now();
    result = await f();
    times.push(performance.now() - t0);
    counted = { ...reads };
  }
  times.sort((a, b) => a - b);
  return { result: result as T, ms: times[Math.floor(times.length / 2)] ?? 0, reads: counted };
}

/** What a selection must return: every matching article, newest first. */
function truth(size: number, selection: ArticleSelection): string[] {
  const since = selection.sinceDays
    ? new Date(NOW.getTime() - selection.sinceDays * 86_400_000).toISOString()
    : "";
  const out: string[] = [];
  for (let n = 0; n < size; n++) {
    const a = article(n, size);
    if (selection.tag && !a.tags.includes(selection.tag)) continue;
    if (selection.sources && !selection.sources.includes(a.sourceId as string)) continue;
    if (a.createdAt < since) continue;
    out.push(a.id);
  }
  return out;
}

async function main() {
  const dir = await mkdtemp(path.join(tmpdir(), "sb-bench-selection-"));
  const dynamo = await startEmbeddedDynamoDb({});
  const ddb = new DynamoDBClient({
    region: "us-east-1",
    endpoint: dynamo.endpoint,
    credentials: dynamo.credentials,
  });
  ddb.middlewareStack.add(
    (next, context) => async (a) => {
      const out = await next(a);
      if (context.commandName === "QueryCommand") {
        const o = out.output as { Count?: number; ScannedCount?: number };
        reads.ddbQueries++;
        reads.ddbItems += o.ScannedCount ?? o.Count ?? 0;
      }
      return out;
    },
    { step: "initialize", name: "countReads" },
  );
  const rows: Record<string, unknown>[] = [];
  try {
    for (const size of SIZES) {
      const s3 = await startEmbeddedS3({ directory: path.join(dir, `s3-${size}`), bucket: "bench" });
      const client = new S3Client({
        region: "us-east-1",
        endpoint: s3.endpoint,
        forcePathStyle: true,
        credentials: s3.credentials,
      });
      client.middlewareStack.add(
        (next, context) => async (a) => {
          if (context.commandName === "GetObjectCommand") reads.s3Get++;
          if (context.commandName?.startsWith("ListObjects")) reads.s3List++;
          return next(a);
        },
        { step: "initialize", name: "countReads" },
      );
      const objects = new S3Objects(client, "bench");
      const listing = new NewestFirstIndex(objects, "articles");
      const t0 = performance.now();
      const inS3 = Math.min(size, S3_ARTICLES);
      for (let n = 0; n < inS3; n += 20) {
        await Promise.all(
          Array.from({ length: Math.min(20, inS3 - n) }, async (_, k) => {
            const a = article(n + k, size);
            await objects.putJson(`articles/${a.id}/article.json`, a);
            await listing.add(new Date(a.createdAt), a.id);
          }),
        );
      }
      const s3Ms = performance.now() - t0;

      const table = `bench-${size}`;
      await ensureIndexTable(ddb, table);
      const index = new DynamoArticleIndex(ddb, table);
      const t1 = performance.now();
      const BATCH = 200;
      for (let n = 0; n < size; n += BATCH * 8) {
        await Promise.all(
          Array.from({ length: 8 }, (_, w) => {
            const from = n + w * BATCH;
            const entries = Array.from({ length: Math.max(0, Math.min(BATCH, size - from)) }, (_, k) =>
              indexEntryOf(article(from + k, size)),
            );
            return index.putMany(entries);
          }),
        );
      }
      const indexMs = performance.now() - t1;
      process.stderr.write(
        `${size}: ${inS3} articles to S3 in ${(s3Ms / 1000).toFixed(1)} s, ${size} to the index in ${(indexMs / 1000).toFixed(1)} s\n`,
      );

      const store = new S3ArticleStore(objects);
      for (const { name, selection } of SELECTIONS) {
        const expected = truth(size, selection);
        const want = selection.latest ?? 25;
        const old =
          selection.tag && !selection.tags && !selection.sources
            ? await timed(() => oldScan(store, selection), 1)
            : null;
        const idx = await timed(() => selectArticles(index, selection, NOW));
        const sel = idx.result;
        const correct = JSON.stringify(sel.articleIds) === JSON.stringify(expected.slice(0, want));
        rows.push({
          size,
          selection: name,
          matching: expected.length,
          old: old && {
            ms: Number(old.ms.toFixed(1)),
            found: old.result.length,
            correct: JSON.stringify(old.result) === JSON.stringify(expected.slice(0, want)),
            s3List: old.reads.s3List,
            s3Get: old.reads.s3Get,
          },
          index: {
            ms: Number(idx.ms.toFixed(1)),
            used: sel.articleIds.length,
            matched: sel.matched,
            correct: correct && sel.matched === expected.length,
            ddbQueries: idx.reads.ddbQueries,
            ddbItems: idx.reads.ddbItems,
            s3Get: idx.reads.s3Get,
          },
        });
      }
      client.destroy();
      await s3.close();
    }
  } finally {
    ddb.destroy();
    await dynamo.close();
    await rm(dir, { recursive: true, force: true });
  }

  const line = (cells: unknown[]) => `| ${cells.join(" | ")} |`;
  const out = [
    line([
      "stored",
      "selection",
      "matching",
      "old: ms",
      "old: LIST+GET",
      "old: found (right?)",
      "index: ms",
      "index: Query pages / items read",
      "index: used / matched (right?)",
    ]),
    line(Array(9).fill("---")),
    ...rows.map((r) => {
      const o = r.old as null | {
        ms: number;
        s3List: number;
        s3Get: number;
        found: number;
        correct: boolean;
      };
      const i = r.index as {
        ms: number;
        ddbQueries: number;
        ddbItems: number;
        used: number;
        matched: number;
        correct: boolean;
      };
      return line([
        r.size,
        r.selection,
        r.matching,
        o ? o.ms : "n/a",
        o ? `${o.s3List} + ${o.s3Get}` : "n/a (no source selection)",
        o ? `${o.found} (${o.correct ? "yes" : "no"})` : "n/a",
        i.ms,
        `${i.ddbQueries} / ${i.ddbItems}`,
        `${i.used} / ${i.matched} (${i.correct ? "yes" : "no"})`,
      ]);
    }),
  ];
  console.log(out.join("\n"));
  console.log(JSON.stringify({ now: NOW.toISOString(), runs: RUNS, rows }, null, 2));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
