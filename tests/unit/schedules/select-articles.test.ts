import { describe, expect, it } from "vitest";
import type { IndexPage, IndexQuery } from "../../../src/core/articles/article-index.js";
import { MAX_ARTICLES_PER_BRIEFING } from "../../../src/core/briefings/generate-briefing.js";
import { selectArticles } from "../../../src/core/schedules/select-articles.js";

/** An index that answers with given pages and counts, and records what it was asked. */
function index(page: IndexPage, matched = page.ids.length) {
  const selects: IndexQuery[] = [];
  const counts: IndexQuery[] = [];
  return {
    selects,
    counts,
    select: async (q: IndexQuery) => {
      selects.push(q);
      return page;
    },
    count: async (q: IndexQuery) => {
      counts.push(q);
      return matched;
    },
  };
}

const NOW = new Date("2025-01-20T06:00:00.000Z");
const SOURCE_A = "01JHF3Q9V6X8E2N4R5T7Y9B1C3";
const SOURCE_B = "01JHF3Q9V6X8E2N4R5T7Y9B1C4";

describe("selecting the articles of a run", () => {
  it("takes fixed ids as they are, without asking the index", async () => {
    const i = index({ ids: [], more: false, nextCursor: null });
    expect(await selectArticles(i, { ids: ["a", "b"] }, NOW)).toEqual({
      articleIds: ["a", "b"],
      matched: 2,
      reason: null,
    });
    expect(i.selects).toEqual([]);
  });

  it("asks for the newest `latest` with the tag, and counts nothing when no more match", async () => {
    const i = index({ ids: ["a7", "a57"], more: false, nextCursor: null });
    expect(await selectArticles(i, { tag: "syria", latest: 3 }, NOW)).toEqual({
      articleIds: ["a7", "a57"],
      matched: 2,
      reason: null,
    });
    expect(i.selects).toEqual([{ tags: ["syria"], limit: 3 }]);
    expect(i.counts).toEqual([]);
  });

  it("asks by sources, tags and window together, up to what a briefing takes", async () => {
    const i = index({ ids: ["x"], more: false, nextCursor: null });
    await selectArticles(
      i,
      { sources: [SOURCE_A, SOURCE_B, SOURCE_A], tag: "syria", tags: ["iraq", "syria"], sinceDays: 3 },
      NOW,
    );
    expect(i.selects).toEqual([
      {
        sourceIds: [SOURCE_A, SOURCE_B],
        tags: ["syria", "iraq"],
        since: "2025-01-17T06:00:00.000Z",
        limit: MAX_ARTICLES_PER_BRIEFING,
      },
    ]);
  });

  it("when more match than the run takes, counts them all and says how many", async () => {
    const ids = Array.from({ length: MAX_ARTICLES_PER_BRIEFING }, (_, n) => `a${n}`);
    const i = index({ ids, more: true, nextCursor: "c" }, 312);
    expect(await selectArticles(i, { sources: [SOURCE_A], sinceDays: 3 }, NOW)).toEqual({
      articleIds: ids,
      matched: 312,
      reason: null,
    });
    expect(i.counts).toEqual([
      { sourceIds: [SOURCE_A], since: "2025-01-17T06:00:00.000Z", limit: MAX_ARTICLES_PER_BRIEFING },
    ]);
  });

  it("says why when nothing matches", async () => {
    const none = index({ ids: [], more: false, nextCursor: null });
    const cases: [Parameters<typeof selectArticles>[1], string][] = [
      [{ tag: "syria", latest: 2 }, "no stored article is tagged 'syria'"],
      [
        { tag: "syria", latest: 2, sinceDays: 1 },
        "no stored article is tagged 'syria' within the last 1 day",
      ],
      [
        { tags: ["syria", "iraq"], sinceDays: 3 },
        "no stored article is tagged 'syria' or 'iraq' within the last 3 days",
      ],
      [
        { sources: [SOURCE_A], sinceDays: 2 },
        `no stored article comes from source ${SOURCE_A} within the last 2 days`,
      ],
      [
        { sources: [SOURCE_A, SOURCE_B], tag: "syria", latest: 5 },
        `no stored article from sources ${SOURCE_A}, ${SOURCE_B} is tagged 'syria'`,
      ],
    ];
    for (const [selection, reason] of cases) {
      expect(await selectArticles(none, selection, NOW)).toEqual({ articleIds: [], matched: 0, reason });
    }
    expect(none.counts).toEqual([]);
  });
});
