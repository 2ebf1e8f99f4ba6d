import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/core/facts/extract-facts.js";
import { conflictsOf, paragraphsDocument } from "../../support/themes.js";

/**
 * Readings the blind analytic set 65 asked for (case 948: an NGO quoting a camp's figure, then
 * giving its own count; women and children "repatriated"), in wording of their own.
 */

const AT = new Date("2027-02-20T12:00:00Z");
const report = (second: string) =>
  paragraphsDocument(
    "Monthly update from Roj camp",
    [
      "According to the camp management, Roj camp held 2,650 people in mid-January, about 20 km from the Iraqi border.",
      second,
      "Winter clothing was handed out to 900 children during the month.",
    ],
    "Norwegian Refugee Council (monthly update)",
    "2027-02-10",
  );
const figureBoxes = (second: string) =>
  conflictsOf([report(second)], AT)
    .filter((c) => c.kind === "figures")
    .map((c) => c.claims.map((x) => x.value).sort((x, y) => (x ?? 0) - (y ?? 0)));

describe("a site's population the teller counted itself, right after another's figure", () => {
  it("sets the teller's own registration against the quoted figure", () => {
    expect(
      figureBoxes(
        "Our own door-to-door registration, finished on 2 February, counted 3,020 residents, among them 700 Iraqis.",
      ),
    ).toEqual([[2650, 3020]]);
  });

  it("sets no box when the second count is no count of its own", () => {
    expect(
      figureBoxes("A registration finished on 2 February counted 3,020 residents, among them 700 Iraqis."),
    ).toEqual([]);
  });
});

describe("women and children told repatriated", () => {
  const facts = (text: string) =>
    extractFacts({ id: "x", title: "t", text, publishedAt: "2027-02-10", source: "X" }).facts;

  it("is a repatriation though no camp or nationality is named", () => {
    const found = facts(
      "Another 85 foreign women and children were repatriated to their home countries in January.",
    );
    expect(found.some((f) => f.tags?.includes("repatriation"))).toBe(true);
  });

  it("leaves funds repatriated alone", () => {
    const found = facts("The company repatriated its profits to its shareholders in January.");
    expect(found.some((f) => f.tags?.includes("repatriation"))).toBe(false);
  });
});
