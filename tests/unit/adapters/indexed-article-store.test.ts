import { describe, expect, it } from "vitest";
import { IndexedArticleStore } from "../../../src/adapters/article-index/indexed-article-store.js";
import { type Article, newArticle } from "../../../src/core/articles/article.js";
import type { IndexedArticle } from "../../../src/core/articles/article-index.js";
import { ingestArticle } from "../../../src/core/articles/ingest-article.js";
import { StorageUnavailableError } from "../../../src/core/errors.js";
import type { FactsDocument } from "../../../src/core/facts/schema.js";
import type { ArticleStore } from "../../../src/core/ports.js";

const SOURCE = "01JHF3Q9V6X8E2N4R5T7Y9B1A0";
const input = { title: "Prison attack", text: "Fighters attacked the prison.", tags: ["syria"] };
const at = new Date("2025-01-14T06:00:00.000Z");

/** An inner store keeping articles in a map, and a log of what happened in which order. */
function fixture(failIndexWrites: number) {
  const log: string[] = [];
  const saved = new Map<string, Article>();
  const inner = {
    get: async (id: string) => saved.get(id) ?? null,
    save: async (a: Article) => {
      log.push(`s3 ${a.id}`);
      saved.set(a.id, a);
    },
  } as unknown as ArticleStore;
  let failures = failIndexWrites;
  const index = {
    put: async (e: IndexedArticle) => {
      if (failures-- > 0) throw new StorageUnavailableError("article index BatchWriteItem");
      log.push(`index ${e.id} ${e.date} ${e.tags.join(",")} ${e.sourceId}`);
    },
  };
  const store = new IndexedArticleStore(inner, index);
  const deps = {
    articles: store,
    index,
    clock: { now: () => at },
    extractor: {
      version: "test",
      extract: async () => ({ article: { publishedAt: null } }) as unknown as FactsDocument,
    },
  };
  return { log, store, deps };
}

describe("keeping the index current on every save", () => {
  it("writes S3 first, then the index entries of the article", async () => {
    const { log, store } = fixture(0);
    const article = { ...newArticle(input, at), sourceId: SOURCE };
    await store.save(article, {} as FactsDocument);
    expect(log).toEqual([`s3 ${article.id}`, `index ${article.id} 2025-01-14T06:00:00.000Z syria ${SOURCE}`]);
  });

  it("an index write that fails after S3 fails the save; posting the article again repairs the index", async () => {
    const { log, deps } = fixture(1);
    await expect(ingestArticle(deps, input)).rejects.toThrow(StorageUnavailableError);
    const id = newArticle(input, at).id;
    expect(log).toEqual([`s3 ${id}`]);
    expect(await ingestArticle(deps, input)).toMatchObject({ created: false, article: { id } });
    expect(log).toEqual([`s3 ${id}`, `index ${id} 2025-01-14T06:00:00.000Z syria null`]);
  });
});
