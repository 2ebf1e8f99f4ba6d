import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  DynamoArticleIndex,
  ensureIndexTable,
} from "../../src/adapters/article-index/dynamo-article-index.js";
import { type EmbeddedDynamoDb, startEmbeddedDynamoDb } from "../../src/adapters/local/embedded-dynamodb.js";
import type { IndexedArticle, IndexQuery } from "../../src/core/articles/article-index.js";
import { ValidationError } from "../../src/core/errors.js";

/**
 * The article index over the real DynamoDB protocol, against dynalite on loopback. Every Query
 * the index sends is counted with the items it returned, to show that a selection reads what
 * it selects and a bounded number of pages.
 */
const A = "01JHF3Q9V6X8E2N4R5T7Y9B1A0";
const B = "01JHF3Q9V6X8E2N4R5T7Y9B1B0";
const C = "01JHF3Q9V6X8E2N4R5T7Y9B1C0";
const TABLE = "article-index-test";

let server: EmbeddedDynamoDb;
let client: DynamoDBClient;
let index: DynamoArticleIndex;
const reads = { queries: 0, items: 0 };

const hex = (n: number) => n.toString(16).padStart(16, "0");
const day = (n: number) => new Date(Date.UTC(2025, 0, 1) + n * 86_400_000).toISOString();

/**
 * 300 articles, one every day from 2025-01-01 (a0 oldest): a third from each source A, B, C; every
 * fifth tagged syria, every seventh iraq; every tenth from no source.
 */
const articles: IndexedArticle[] = Array.from({ length: 300 }, (_, n) => ({
  id: hex(n),
  date: day(n),
  tags: [...(n % 5 === 0 ? ["syria"] : []), ...(n % 7 === 0 ? ["iraq"] : [])],
  sourceId: n % 10 === 9 ? null : ([A, B, C][n % 3] ?? null),
}));
/** What a selection must return: the matching articles, newest first. */
function expected(q: IndexQuery): string[] {
  return articles
    .filter(
      (a) =>
        (!q.sourceIds || (a.sourceId !== null && q.sourceIds.includes(a.sourceId))) &&
        (!q.tags || a.tags.some((t) => q.tags?.includes(t))) &&
        (!q.since || a.date >= q.since) &&
        (!q.until || a.date <= q.until),
    )
    .sort((x, y) => (x.date === y.date ? y.id.localeCompare(x.id) : y.date.localeCompare(x.date)))
    .map((a) => a.id);
}

async function all(q: IndexQuery): Promise<{ ids: string[]; pages: number }> {
  const ids: string[] = [];
  let cursor: string | undefined;
  let pages = 0;
  do {
    const page = await index.select({ ...q, cursor });
    pages++;
    ids.push(...page.ids);
    expect(page.ids.length).toBeLessThanOrEqual(q.limit);
    expect(page.more).toBe(page.nextCursor !== null);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return { ids, pages };
}

beforeAll(async () => {
  server = await startEmbeddedDynamoDb({});
  client = new DynamoDBClient({
    region: "us-east-1",
    endpoint: server.endpoint,
    credentials: server.credentials,
  });
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const out = await next(args);
      if (context.commandName === "QueryCommand") {
        reads.queries++;
        reads.items += (out.output as { Count?: number }).Count ?? 0;
      }
      return out;
    },
    { step: "initialize", name: "countReads" },
  );
  await ensureIndexTable(client, TABLE);
  await ensureIndexTable(client, TABLE); // a second start finds the table and leaves it
  index = new DynamoArticleIndex(client, TABLE);
  await index.putMany(articles);
});
afterAll(async () => {
  client.destroy();
  await server.close();
});

const measure = async <T>(f: () => Promise<T>) => {
  reads.queries = 0;
  reads.items = 0;
  const result = await f();
  return { result, reads: { ...reads } };
};

describe("the article index on DynamoDB (dynalite)", () => {
  it("selects by tag, newest first, reading the page and one more item", async () => {
    const { result, reads } = await measure(() => index.select({ tags: ["syria"], limit: 5 }));
    expect(result.ids).toEqual(expected({ tags: ["syria"], limit: 5 }).slice(0, 5));
    expect(result.ids[0]).toBe(hex(295));
    expect(result.more).toBe(true);
    expect(reads).toEqual({ queries: 1, items: 6 });
  });

  it("selects by source, reading that source's items only", async () => {
    const { result, reads } = await measure(() => index.select({ sourceIds: [B], limit: 4 }));
    expect(result.ids).toEqual(expected({ sourceIds: [B], limit: 4 }).slice(0, 4));
    expect(reads).toEqual({ queries: 1, items: 5 });
  });

  it("selects by time window: everything in it, nothing outside, and says when nothing more matches", async () => {
    const q = { since: day(100), until: day(109), limit: 25 };
    const { result, reads } = await measure(() => index.select(q));
    expect(result.ids).toEqual(expected(q));
    expect(result.ids).toHaveLength(10);
    expect(result).toMatchObject({ more: false, nextCursor: null });
    expect(reads).toEqual({ queries: 1, items: 10 });
  });

  it("combines sources, tags and window: sources OR'd, tags OR'd, both required", async () => {
    const q = { sourceIds: [A, C], tags: ["syria", "iraq"], since: day(150), limit: 1000 };
    const { result, reads } = await measure(() => index.select(q));
    expect(result.ids).toEqual(expected(q));
    expect(result.ids.length).toBeGreaterThan(10);
    // Reads the two sources' items in the window, no other source's, no article outside it.
    expect(reads.queries).toBe(2);
    expect(await index.count(q)).toBe(expected(q).length);
  });

  it("pages through a selection with cursors: every match once, in order", async () => {
    for (const q of [
      { tags: ["syria", "iraq"], limit: 7 },
      { sourceIds: [A, B], limit: 9 },
      { limit: 50 },
      { sourceIds: [C], tags: ["iraq"], since: day(30), until: day(200), limit: 3 },
    ] satisfies IndexQuery[]) {
      const { ids, pages } = await all(q);
      expect(ids).toEqual(expected(q));
      expect(pages).toBe(Math.max(1, Math.ceil(ids.length / q.limit)));
    }
  });

  it("counts what matches when more match than a page, without counting an article twice", async () => {
    expect(await index.count({ tags: ["syria"], limit: 1 })).toBe(60);
    // 300 / 5 + 300 / 7 (43, from a0) - those with both (9, every 35th)
    expect(await index.count({ tags: ["syria", "iraq"], limit: 1 })).toBe(60 + 43 - 9);
    expect(await index.count({ sourceIds: [A, B, C], limit: 1 })).toBe(270);
    expect(await index.count({ limit: 1 })).toBe(300);
  });

  it("puts idempotently: the same article again changes nothing", async () => {
    const before = await all({ limit: 500 });
    await index.put(articles[5] as IndexedArticle);
    await index.putMany(articles.slice(0, 60));
    expect(await all({ limit: 500 })).toEqual(before);
    expect(await index.count({ tags: ["syria"], limit: 1 })).toBe(60);
  });

  it("refuses a cursor it did not give out", async () => {
    await expect(index.select({ limit: 5, cursor: "bm90LWEtY3Vyc29y" })).rejects.toThrow(ValidationError);
  });

  it("keeps its data under its directory across a restart of the embedded server", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "sb-dynalite-"));
    try {
      const open = async () => {
        const local = await startEmbeddedDynamoDb({ directory: dir });
        const c = new DynamoDBClient({
          region: "us-east-1",
          endpoint: local.endpoint,
          credentials: local.credentials,
        });
        await ensureIndexTable(c, TABLE);
        return { local, c, index: new DynamoArticleIndex(c, TABLE) };
      };
      const first = await open();
      await first.index.putMany(articles.slice(0, 3));
      first.c.destroy();
      await first.local.close();
      const second = await open();
      expect((await second.index.select({ limit: 10 })).ids).toEqual([hex(2), hex(1), hex(0)]);
      second.c.destroy();
      await second.local.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
