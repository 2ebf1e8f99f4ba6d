import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/core/facts/extract-facts.js";

/**
 * A name two countries' places share ("Al-Rusafa": Baghdad's district east of the Tigris, and the
 * ancient city in the Syrian desert south of the Euphrates) is the place of the country the text's
 * other places lie in; with nothing to choose by, the lexicon's first (Baghdad's) stays. Set 42's
 * Ithriya-Resafa road, in wording of its own.
 */

const placeIds = (text: string) =>
  extractFacts({ id: "x", title: "t", text, publishedAt: "2026-11-10", source: "X" })
    .entities.filter((e) => e.type === "place")
    .map((e) => e.lexiconId);

describe("a place name two countries share", () => {
  it("is the Syrian city in a text set in the Syrian desert", () => {
    const ids = placeIds(
      "Gunmen set up a false checkpoint on the road between Al-Rusafa and Maadan in the Raqqa desert on Sunday, local sources said.",
    );
    expect(ids).toContain("place/resafa");
    expect(ids).not.toContain("place/rusafa");
  });

  it("is Baghdad's district in a text set in Baghdad", () => {
    const ids = placeIds(
      "A car bomb exploded near a market in Al-Rusafa, on the east bank of the Tigris in Baghdad, on Sunday, police said.",
    );
    expect(ids).toContain("place/rusafa");
    expect(ids).not.toContain("place/resafa");
  });

  it("stays Baghdad's when the text names no other place", () => {
    expect(placeIds("Police said a market in Al-Rusafa was closed on Sunday.")).toEqual(["place/rusafa"]);
  });
});
