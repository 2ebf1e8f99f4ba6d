import { describe, expect, it } from "vitest";
import type { ArticleSummary } from "../../../src/core/articles/article.js";
import type { PageRequest } from "../../../src/core/ports.js";
import { selectArticles } from "../../../src/core/schedules/select-articles.js";

const summary = (
  id: string,
  createdAt: string,
  tags: string[],
  publishedAt: string | null = null,
): ArticleSummary => ({
  id,
  title: id,
  publishedAt,
  source: null,
  url: null,
  tags,
  createdAt,
  characters: 100,
});

/** Newest first, as the S3 store lists them, paged by position. */
function store(items: ArticleSummary[]) {
  const requests: PageRequest[] = [];
  return {
    requests,
    list: async (page: PageRequest) => {
      requests.push(page);
      const start = Number(page.cursor ?? 0);
      const end = start + page.limit;
      return { items: items.slice(start, end), nextCursor: end < items.length ? String(end) : null };
    },
  };
}

const NOW = new Date("2025-01-20T06:00:00.000Z");

describe("selecting the articles of a run", () => {
  it("takes fixed ids as they are, without reading the store", async () => {
    const s = store([]);
    expect(await selectArticles(s, { ids: ["a", "b"] }, NOW)).toEqual({
      articleIds: ["a", "b"],
      reason: null,
    });
    expect(s.requests).toEqual([]);
  });

  it("keeps the newest `latest` articles with the tag, across pages", async () => {
    const items = Array.from({ length: 250 }, (_, i) =>
      summary(
        `a${i}`,
        new Date(NOW.getTime() - i * 60_000).toISOString(),
        i % 50 === 7 ? ["syria"] : ["iraq"],
      ),
    );
    const s = store(items);
    expect(await selectArticles(s, { tag: "syria", latest: 3 }, NOW)).toEqual({
      articleIds: ["a7", "a57", "a107"],
      reason: null,
    });
    expect(s.requests).toHaveLength(2);
  });

  it("counts the publication day when known, else when stored; stops at the window's edge", async () => {
    const s = store([
      summary("backfilled", "2025-01-19T10:00:00.000Z", ["syria"], "2019-05-01"),
      summary("fresh", "2025-01-18T10:00:00.000Z", ["syria"], "2025-01-18"),
      summary("undated", "2025-01-17T10:00:00.000Z", ["syria"]),
      summary("same-day", "2025-01-16T10:00:00.000Z", ["syria"], "2025-01-13"),
      summary("stored-too-early", "2025-01-12T10:00:00.000Z", ["syria"], "2025-01-19"),
    ]);
    expect(await selectArticles(s, { tag: "syria", latest: 10, sinceDays: 7 }, NOW)).toEqual({
      articleIds: ["fresh", "undated", "same-day"],
      reason: null,
    });
  });

  it("says why when nothing matches", async () => {
    const s = store([summary("x", "2025-01-19T10:00:00.000Z", ["iraq"])]);
    expect(await selectArticles(s, { tag: "syria", latest: 2 }, NOW)).toEqual({
      articleIds: [],
      reason: "no stored article is tagged 'syria'",
    });
    expect(await selectArticles(s, { tag: "syria", latest: 2, sinceDays: 1 }, NOW)).toEqual({
      articleIds: [],
      reason: "no stored article is tagged 'syria' within the last 1 day",
    });
  });
});
