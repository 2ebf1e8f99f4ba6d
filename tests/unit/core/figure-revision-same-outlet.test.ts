import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { sourceDocument, themeFixture } from "../../support/themes.js";

const AT = new Date("2027-03-20T12:00:00Z");
const theme = themeFixture("cross-border-smuggling");

// One broadcaster relays an army command's first figure and, sentences later, the army's own
// revision of it after a full count: a figure and its revision, not two independent accounts.
const bulletin = (revision: string) =>
  sourceDocument(
    "Army revises size of drug haul seized on the northern border",
    `On 9 March the army's Northern Region Command announced that it had foiled an attempt to smuggle 3.1 million Captagon pills from Syrian territory. The smugglers fled back across the border under fire, the command said. ${revision}`,
    "Jordan Television",
    "2027-03-14",
  );

describe("a figure revised by the body that gave it, in the one article that relays both", () => {
  it("judges the revised figure better supported when the revision says the first was an estimate", () => {
    const a = assess(
      theme,
      [
        bulletin(
          "In a statement on Friday, the army said that a full count had found 1.9 million pills, and that the initial figure had been an estimate based on the number of sacks.",
        ),
      ],
      AT,
    );
    const box = a.conflicts.find((c) => c.claims.some((x) => x.value === 1_900_000));
    expect(box?.claims.map((c) => c.value).sort()).toEqual([1_900_000, 3_100_000]);
    expect(box?.analysis).toMatch(
      /better supported: it is the later revision by .*the first figure was an estimate/,
    );
    expect(box?.analysis).not.toMatch(/^Neither/);
    // The line chose on the revision: the relay note says who each figure comes from, and no
    // longer that the outlet's grade "cannot choose", which would read against the verdict.
    expect(box?.analysis).not.toMatch(/cannot choose/);
    expect(box?.analysis).toMatch(/attributes the figure of 3,100,000 to the Northern Region Command/);
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
