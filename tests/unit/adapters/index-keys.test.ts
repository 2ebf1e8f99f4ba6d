import { describe, expect, it } from "vitest";
import {
  decodeCursor,
  encodeCursor,
  itemsOf,
  planQuery,
} from "../../../src/adapters/article-index/index-keys.js";
import { articleDate, indexEntryOf } from "../../../src/core/articles/article-index.js";
import { ValidationError } from "../../../src/core/errors.js";

const SOURCE = "01JHF3Q9V6X8E2N4R5T7Y9B1C3";

describe("the article index's keys", () => {
  it("dates an article by its publication day's end, else by when it was stored", () => {
    expect(articleDate({ publishedAt: "2025-01-14", createdAt: "2025-02-01T10:00:00.000Z" })).toBe(
      "2025-01-14T23:59:59.999Z",
    );
    expect(articleDate({ publishedAt: null, createdAt: "2025-02-01T10:00:00.000Z" })).toBe(
      "2025-02-01T10:00:00.000Z",
    );
  });

  it("puts one item per partition an article is selected by, all with the same date#id sort key", () => {
    const entry = indexEntryOf({
      id: "0123456789abcdef",
      publishedAt: "2025-01-14",
      tags: ["syria", "iraq"],
      sourceId: SOURCE,
      createdAt: "2025-02-01T10:00:00.000Z",
    });
    const items = itemsOf({ ...entry, tags: ["syria", "iraq", "syria"] });
    expect(items.map((i) => i.pk)).toEqual(["all", "tag#syria", "tag#iraq", `source#${SOURCE}`]);
    expect(new Set(items.map((i) => i.sk))).toEqual(new Set(["2025-01-14T23:59:59.999Z#0123456789abcdef"]));
    expect(items[0]).toMatchObject({
      id: "0123456789abcdef",
      sourceId: SOURCE,
      tags: ["syria", "iraq", "syria"],
    });
    expect(itemsOf({ id: "a1", date: "2025-01-01T00:00:00.000Z", tags: [], sourceId: null })).toEqual([
      { pk: "all", sk: "2025-01-01T00:00:00.000Z#a1", id: "a1", date: "2025-01-01T00:00:00.000Z", tags: [] },
    ]);
  });

  it("reads the sources' partitions when sources are named, filtering by tags; else the tags'; else all", () => {
    expect(planQuery({ sourceIds: [SOURCE], tags: ["syria"], limit: 5 })).toEqual({
      partitions: [`source#${SOURCE}`],
      overlapping: false,
      filterTags: ["syria"],
      lo: "0",
      hi: "~",
      exclude: null,
    });
    expect(planQuery({ tags: ["syria", "iraq", "syria"], limit: 5 })).toMatchObject({
      partitions: ["tag#syria", "tag#iraq"],
      overlapping: true,
      filterTags: null,
    });
    expect(planQuery({ limit: 5 })).toMatchObject({ partitions: ["all"], overlapping: false });
  });

  it("bounds the sort key by the window, and by the cursor, which it leaves out", () => {
    const plan = planQuery({
      tags: ["syria"],
      since: "2025-01-17T06:00:00.000Z",
      until: "2025-01-20T06:00:00.000Z",
      limit: 5,
    });
    expect([plan.lo, plan.hi]).toEqual(["2025-01-17T06:00:00.000Z", "2025-01-20T06:00:00.000Z#~"]);
    // An article dated the window's last instant sorts inside it.
    expect("2025-01-20T06:00:00.000Z#ffffffffffffffff" <= plan.hi).toBe(true);
    const last = "2025-01-19T23:59:59.999Z#0123456789abcdef";
    const next = planQuery({
      tags: ["syria"],
      until: "2025-01-20T06:00:00.000Z",
      limit: 5,
      cursor: encodeCursor(last),
    });
    expect([next.hi, next.exclude]).toEqual([last, last]);
  });

  it("refuses a cursor it did not give out", () => {
    expect(decodeCursor(encodeCursor("2025-01-19T23:59:59.999Z#0123456789abcdef"))).toBe(
      "2025-01-19T23:59:59.999Z#0123456789abcdef",
    );
    for (const bad of ["", "not-a-cursor", encodeCursor("tag#syria"), encodeCursor("2025-01-19#x")]) {
      expect(() => planQuery({ limit: 1, cursor: bad })).toThrow(ValidationError);
    }
  });
});
