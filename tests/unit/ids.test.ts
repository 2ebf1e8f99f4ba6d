import { decodeTime, isValid } from "ulid";
import { describe, expect, it } from "vitest";
import { newUlid } from "../../src/ids.js";

describe("newUlid", () => {
  it("makes valid ULIDs that carry their time and are all distinct", () => {
    const at = Date.parse("2026-11-30T05:00:00Z");
    const ids = Array.from({ length: 20_000 }, () => newUlid(at));
    expect(ids.every(isValid)).toBe(true);
    expect(decodeTime(ids[0] as string)).toBe(at);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("uses every character of the alphabet evenly in its random part", () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 5_000; i++)
      for (const ch of newUlid().slice(10)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    expect(counts.size).toBe(32);
    // 80,000 characters over 32 symbols: 2,500 each; a biased generator would stray far further.
    for (const n of counts.values()) expect(Math.abs(n - 2500)).toBeLessThan(300);
  });
});
