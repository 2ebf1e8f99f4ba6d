import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { citedRoles, sourceDocument, themeFixture } from "../../support/themes.js";

const AT = new Date("2027-03-20T12:00:00Z");
const theme = themeFixture("cross-border-smuggling");

// One broadcaster relays an army command's first figure and, sentences later, the army's own
// revision of it after a full count: a figure and its revision, not two independent accounts
// (tests/fixtures/analysis/ANNOTATION.md, rule 14: a figure corrected by whoever told it is no conflict).
const bulletin = (revision: string) =>
  sourceDocument(
    "Army revises size of drug haul seized on the northern border",
    `On 9 March the army's Northern Region Command announced that it had foiled an attempt to smuggle 3.1 million Captagon pills from Syrian territory. The smugglers fled back across the border under fire, the command said. ${revision}`,
    "Jordan Television",
    "2027-03-14",
  );

describe("a figure revised by the body that gave it, in the one article that relays both", () => {
  it("reads the army's word that the first figure was an estimate as its revision: no box, the revision cited (rule 14)", () => {
    const doc = bulletin(
      "In a statement on Friday, the army said that a full count had found 1.9 million pills, and that the initial figure had been an estimate based on the number of sacks.",
    );
    const a = assess(theme, [doc], AT);
    expect(a.conflicts.filter((c) => c.claims.some((x) => x.value === 1_900_000))).toEqual([]);
    // The seizure counts once, from the figure that stands.
    expect(citedRoles(a, doc.article.id, 2)).toEqual(["mitigator:seizures"]);
  });

  it("leaves the point open when the later figure does not say the first was wrong or an estimate", () => {
    const a = assess(
      theme,
      [
        bulletin(
          "In a statement on Friday, the army said that a full count had found 1.9 million pills, and that the sacks had been sent to a laboratory in Amman.",
        ),
      ],
      AT,
    );
    const box = a.conflicts.find((c) => c.claims.some((x) => x.value === 1_900_000));
    expect(box?.analysis ?? "").not.toMatch(/later revision/);
  });
});
