import { describe, expect, it } from "vitest";
import { ImmutableTextCache } from "../../../src/adapters/storage/text-cache.js";

describe("ImmutableTextCache", () => {
  it("keeps texts within its byte budget, dropping the least recently used first", () => {
    // 2 bytes a character: room for three texts of 10 characters.
    const cache = new ImmutableTextCache(60);
    cache.set("a", "a".repeat(10));
    cache.set("b", "b".repeat(10));
    cache.set("c", "c".repeat(10));
    expect(cache.get("a")).toBe("a".repeat(10)); // a is now the most recently used
    cache.set("d", "d".repeat(10));
    expect(cache.get("b")).toBeUndefined();
    expect([cache.get("a"), cache.get("c"), cache.get("d")].map((t) => t?.[0])).toEqual(["a", "c", "d"]);
  });

  it("does not hold a text larger than its whole budget, nor count a replaced text twice", () => {
    const cache = new ImmutableTextCache(40);
    cache.set("big", "x".repeat(21));
    expect(cache.get("big")).toBeUndefined();
    cache.set("a", "a".repeat(10));
    cache.set("a", "a".repeat(10));
    cache.set("b", "b".repeat(10));
    expect(cache.get("a")).toBe("a".repeat(10));
    expect(cache.get("b")).toBe("b".repeat(10));
  });
});
