import { describe, expect, it } from "vitest";
import { datesOf, extract, meta } from "./helpers.js";

/** Registers of set 18 (a wire "what we know" list, a column, a circular, an FAQ), on invented text. */

describe("a byline whose parts are parted by middle dots", () => {
  const text =
    "EXPLAINER-Bridge shelled near Hit\nBy Northgate Wire staff · March 4, 2026 · 9:40 AM GMT+3\n\nBAGHDAD, March 4 (Northgate Wire) - Mortar rounds struck the bridge at Hit late on Monday, police said.";

  it("gives its date as the publication's", () => {
    expect(meta(text).publishedAt).toBe("2026-03-04");
  });

  it("counts the lede's weekday from it", () => {
    // 2026-03-04 is a Wednesday: Monday is the 2nd.
    expect(datesOf(extract(text), /struck the bridge/)).toEqual(["2026-03-02"]);
  });
});
