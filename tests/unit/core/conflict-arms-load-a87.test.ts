import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * Two counts of the arms in one vehicle stopped at a crossing: a ministry's "seized 85 pistols and
 * 12 grenades hidden in a lorry" against an outlet's source, "the lorry stopped at the crossing
 * carried 30 pistols". Arms are a load counted by the piece, as pills and kilograms are; a vehicle
 * stopped at a crossing is one whose load was seized; and a crossing named in the article's own
 * spelling ("Al-Waleed" for the lexicon's "Al-Walid") is where it was, as the canonical name would
 * be. Real extractor output of short texts.
 */

const AT = new Date("2026-03-10T12:00:00Z");
const theme = themeFixture("cross-border-smuggling");

const ministry = sourceDocument(
  "Arms shipment seized at Al-Waleed",
  "Customs units seized 85 pistols and 12 grenades hidden in a lorry entering from Syria at the Al-Waleed crossing on 3 March. The driver was arrested.",
  "Iraqi Ministry of Interior (statement)",
  "2026-03-04",
);

const pistolsOf = (c: { claims: readonly { value?: number | null }[] }) =>
  c.claims.map((x) => x.value).sort((x, y) => (x ?? 0) - (y ?? 0));

describe("conflicts: two counts of arms in one vehicle stopped at a crossing", () => {
  it("sets the ministry's 85 pistols against the outlet's 30", () => {
    const outlet = sourceDocument(
      "Source: Al-Waleed lorry held 30 pistols",
      "The lorry stopped at the Al-Waleed crossing carried 30 pistols and some ammunition, a customs official told Shafaq News.",
      "Shafaq News",
      "2026-03-05",
    );
    const a = assess(theme, [ministry, outlet], AT);
    const box = a.conflicts.find((c) => c.claims.some((x) => x.value === 30));
    expect(box && pistolsOf(box)).toEqual([30, 85]);
  });

  it("does not set the pistols against a count of grenades", () => {
    const outlet = sourceDocument(
      "Source: Al-Waleed lorry held 30 grenades",
      "The lorry stopped at the Al-Waleed crossing carried 30 grenades and some ammunition, a customs official told Shafaq News.",
      "Shafaq News",
      "2026-03-05",
    );
    const a = assess(theme, [ministry, outlet], AT);
    expect(a.conflicts.filter((c) => c.claims.some((x) => x.value === 85))).toEqual([]);
  });

  it("does not set them against a seizure at another crossing weeks earlier", () => {
    const outlet = sourceDocument(
      "Pistols seized at Rabia",
      "Customs officers at the Rabia crossing seized 30 pistols hidden in a lorry on 2 February, a customs official told Shafaq News.",
      "Shafaq News",
      "2026-02-03",
    );
    const a = assess(theme, [ministry, outlet], AT);
    expect(a.conflicts.filter((c) => c.claims.some((x) => x.value === 85))).toEqual([]);
  });

  it("does not box a count the ministry revises in its own later statement", () => {
    const revised = sourceDocument(
      "Arms shipment at Al-Waleed: figure revised",
      "The ministry revised its earlier figure: customs units seized 30 pistols and 12 grenades hidden in a lorry at the Al-Waleed crossing on 3 March.",
      "Iraqi Ministry of Interior (statement)",
      "2026-03-05",
    );
    const a = assess(theme, [ministry, revised], AT);
    expect(a.conflicts.filter((c) => c.claims.some((x) => x.value === 85))).toEqual([]);
  });

  it("does not read a lorry that stopped of its own accord as a load seized", () => {
    const outlet = sourceDocument(
      "Lorries at Al-Waleed",
      "A lorry that stopped to refuel near the Al-Waleed crossing carried 30 pistols for a licensed gun shop in Ramadi, its driver told Shafaq News.",
      "Shafaq News",
      "2026-03-05",
    );
    const a = assess(theme, [ministry, outlet], AT);
    expect(a.conflicts.filter((c) => c.claims.some((x) => x.value === 85))).toEqual([]);
  });
});
