import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/core/facts/extract-facts.js";
import { conflictsOf, paragraphsDocument } from "../../support/themes.js";

/**
 * A camp's population and a convoy's size are two measures (held-out set 67's case 976: "the
 * roughly 21,000 people held in the camp" against "The ministry received 1,160 people in 298
 * families from Al-Hol camp"). Those a body received or took in from a camp were moved out of it,
 * a return; those "held in" a camp are what it holds. Other wordings of the class.
 */

const AT = new Date("2027-03-20T12:00:00Z");
const monitor = paragraphsDocument(
  "Second convoy leaves Roj",
  [
    "A convoy carrying 940 Syrians left Roj camp on 2 March for Deir ez-Zor, the monitor has learned.",
    "About 2,300 Syrians remain among the roughly 14,500 people held in the camp, near the Iraqi border.",
  ],
  "Rudaw",
  "2027-03-03",
);
const office = (text: string) =>
  paragraphsDocument(
    "Statement on the convoy",
    [text],
    "Syrian Ministry of Social Affairs (statement)",
    "2027-03-04",
  );
const boxes = (text: string) =>
  conflictsOf([monitor, office(text)], AT)
    .filter((c) => c.kind === "figures")
    .map((c) => c.claims.map((x) => x.value).sort((x, y) => (x ?? 0) - (y ?? 0)));

describe("a convoy's size received from a camp against the camp's population", () => {
  it("sets no box between those received and those the camp holds", () => {
    const found = boxes(
      "The ministry's reception centre received 610 people in 175 families from Roj camp on 2 March.",
    );
    expect(found.some((b) => b.includes(14500))).toBe(false);
  });
  it("but still sets two counts of those the camp holds against each other", () => {
    const found = boxes("Some 11,200 people are held in Roj camp, the ministry said on 4 March.");
    expect(found.some((b) => b.includes(14500) && b.includes(11200))).toBe(true);
  });
});

describe("families received from a camp", () => {
  const returns = (text: string) =>
    extractFacts({ id: "x", title: "t", text, publishedAt: "2027-03-04", source: "X" }).facts.filter(
      (f) => f.kind === "event" && f.tags?.includes("repatriation"),
    );
  it("are a return, told by the side that took them in", () => {
    expect(
      returns(
        "The reception centre in Deir ez-Zor received 610 people in 175 families from Roj camp on 2 March.",
      ).length,
    ).toBeGreaterThan(0);
    expect(
      returns("Local authorities took in 62 households from the Hol camp last week.").length,
    ).toBeGreaterThan(0);
  });
  it("but not people a clinic received from a camp, nor goods", () => {
    expect(returns("The clinic in Hasakah received 21 people from the camp after the storm.")).toEqual([]);
    expect(returns("The depot received 450 blankets from the camp's stores in February.")).toEqual([]);
  });
});
