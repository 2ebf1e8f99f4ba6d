// Before any core module: zod schemas made before @hono/zod-openapi extends zod have no .openapi.
import "@hono/zod-openapi";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { S3ArticleStore } from "../../src/adapters/storage/s3-article-store.js";
import { main } from "../../src/cli.js";
import { newArticle } from "../../src/core/articles/article.js";
import { rebuildIndex } from "../../src/core/articles/rebuild-index.js";
import { startStack, type TestStack } from "../support/stack.js";

/**
 * Articles stored before the index existed (written to S3 by the plain store, as the service did
 * before) are found by no selection until the index is rebuilt from S3; then by every one.
 */
let stack: TestStack;
const SOURCE = "01JHF3Q9V6X8E2N4R5T7Y9B1A0";

beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.close());

describe("rebuilding the article index from the stored articles", () => {
  it("indexes what was stored without it, and a second rebuild changes nothing", async () => {
    const { components, objects } = stack.container;
    const unindexed = new S3ArticleStore(objects);
    const stored = [];
    for (let n = 0; n < 7; n++) {
      const article = {
        ...newArticle(
          { title: `Old report ${n}`, text: `The SDF held the prison (${n}).`, tags: n % 2 ? ["syria"] : [] },
          new Date(Date.UTC(2025, 0, 10 + n)),
        ),
        ...(n < 3 ? { sourceId: SOURCE } : {}),
      };
      await unindexed.save(article, await components.extractor.extract(article));
      stored.push(article.id);
    }
    const index = components.articleIndex;
    expect(await index.select({ limit: 10 })).toEqual({ ids: [], more: false, nextCursor: null });

    const progress: number[] = [];
    expect(await rebuildIndex(components.articles, index, (n) => progress.push(n))).toBe(7);
    expect(progress).toEqual([7]);
    const newestFirst = [...stored].reverse();
    expect((await index.select({ limit: 10 })).ids).toEqual(newestFirst);
    expect((await index.select({ tags: ["syria"], limit: 10 })).ids).toEqual([
      stored[5],
      stored[3],
      stored[1],
    ]);
    expect((await index.select({ sourceIds: [SOURCE], limit: 10 })).ids).toEqual([
      stored[2],
      stored[1],
      stored[0],
    ]);

    expect(await rebuildIndex(components.articles, index)).toBe(7);
    expect(await index.count({ limit: 1 })).toBe(7);
  });

  it("the CLI command names its one action", async () => {
    const out: string[] = [];
    const io = { stdout: (t: string) => out.push(t), stderr: (t: string) => out.push(t) };
    expect(await main(["index"], io)).toBe(2);
    expect(out.join("")).toMatch(/expected the action "rebuild"\nusage: scenario-brief index rebuild/);
    expect(await main(["index", "--help"], io)).toBe(0);
  });
});
