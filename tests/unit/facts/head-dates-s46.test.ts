import { describe, expect, it } from "vitest";
import { datesOf, entityNamed, extract, meta } from "./helpers.js";

/**
 * Publication dates from heads of new registers (session 46), on texts written for these tests: a
 * wire dateline with no place, a periodic report's title closed by its date, a journal's issue line.
 */

describe("publication dates of a timeline, a situation update and a journal issue", () => {
  it("'Nov 20 (Meridian Wire) -' is a dateline without a place; its year is the latest the body dates", () => {
    const text =
      "TIMELINE-Attacks on the road\n\nNov 20 (Meridian Wire) - Militants attacked a convoy near Maskanah on Thursday, killing six soldiers, the ministry said.\n\nDec. 14, 2025 - Gunmen kill four soldiers at a checkpoint.\n\nJan. 2026 - Night raids on grain trucks.\n";
    expect(meta(text).publishedAt).toBe("2026-11-20");
    const doc = extract(text);
    expect(datesOf(doc, /attacked a convoy/)).toEqual(["2026-11-19"]);
    // The outlet in the dateline is still a name of the text.
    expect(entityNamed(doc, "Meridian Wire")).toBeDefined();
  });

  it("a dateline's day with no agency and no place is no dateline", () => {
    const text = "Nov 20 - Militants attacked a convoy near Maskanah, killing six soldiers.\n";
    expect(meta(text).publishedAt).toBeNull();
  });

  it("'Iraq and Syria Situation Update, March 4, 2026': a report's title closed by its date dates it", () => {
    const text =
      "Iraq and Syria Situation Update, March 4, 2026\n\nIS fighters attacked an army position near Umm Jaris on the evening of March 2, killing two soldiers.\n";
    expect(meta(text).publishedAt).toBe("2026-03-04");
    expect(datesOf(extract(text), /attacked an army position/)).toEqual(["2026-03-02"]);
  });

  it("a headline closed by a date after a comma tells an event's day, not the publication", () => {
    const text =
      "Bomb hits Mosul market, March 4, 2026\n\nA bomb exploded in a market on Tuesday, killing three people.\n";
    expect(meta(text).publishedAt).toBeNull();
  });

  it("'REVIEW · Volume 9, Issue 10 · October 2026': a journal issue is dated by the first of its month", () => {
    const text =
      "LEVANT SECURITY REVIEW · Volume 9, Issue 10 · October 2026\n\nPaying the Ghost Tax\n\nOn 16 March 2026, gunmen killed a livestock trader in Al-Sur.\n";
    expect(meta(text).publishedAt).toBe("2026-10-01");
  });

  it("a month and year beside no volume or issue number dates nothing", () => {
    const text = "LEVANT SECURITY REVIEW · October 2026\n\nGunmen killed a livestock trader in Al-Sur.\n";
    expect(meta(text).publishedAt).toBeNull();
  });
});
