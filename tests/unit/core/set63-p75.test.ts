import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { assessStory, conflictsOf, paragraphsDocument, themeFixture } from "../../support/themes.js";

/**
 * Session 68, readings the blind analytic set 63 asked for (conflicts not shown). Real extraction
 * of short texts written here, in wording of their own.
 */

const AT = new Date("2027-01-11T12:00:00Z");
const figureBoxes = (docs: Parameters<typeof conflictsOf>[0]) =>
  conflictsOf(docs, AT)
    .filter((c) => c.kind === "figures")
    .map((c) => c.claims.map((x) => x.value).sort((x, y) => (x ?? 0) - (y ?? 0)));

describe("a report by a named body that puts a figure is that body's account", () => {
  const story = (second: string) =>
    paragraphsDocument(
      "Two tallies of hashish seized in Syria",
      [
        "Syria's Anti-Narcotics Directorate said it seized 14 tonnes of hashish in the first nine months of 2026, most of them near the border with Lebanon.",
        second,
      ],
      "The National (UAE daily)",
      "2026-11-20",
    );

  it("sets the body's figure against the directorate's, told in one article", () => {
    expect(
      figureBoxes([
        story(
          "An annual survey by the European Monitoring Centre for Drugs, released on Monday, puts the hashish seized in Syria over the same period at about 6 tonnes.",
        ),
      ]),
    ).toEqual([[6, 14]]);
  });

  it("reads a report with no named author as no second account", () => {
    expect(
      figureBoxes([
        story(
          "An annual survey, released on Monday, puts the hashish seized in Syria over the same period at about 6 tonnes.",
        ),
      ]),
    ).toEqual([]);
  });
});

describe("a group's strength told as a range against one told as a ceiling", () => {
  const badia = themeFixture("isis-badia-insurgency");
  const estimate = paragraphsDocument(
    "Think tank on ISIS in the Syrian desert",
    [
      "Researchers at the Middle East Institute estimate that ISIS still has between 2,000 and 3,000 fighters in the Syrian desert, most of them around the Jabal al-Bishri.",
      "ISIS cells attacked an army post near Al-Sukhnah on 2 November, killing four soldiers.",
    ],
    "Middle East Institute (think tank)",
    "2026-11-10",
  );
  const ministry = (said: string) =>
    paragraphsDocument(
      "Ministry on ISIS numbers in the Badia",
      [said, "Army units carried out 40 raids on ISIS hideouts in the Syrian desert in November."],
      "SANA (state news agency)",
      "2026-11-18",
    );
  const boxes = (said: string) =>
    assess(badia, [estimate, ministry(said)], AT).conflicts.filter((c) => c.kind === "figures");

  it("sets 'does not exceed 600' against a range of 2,000 to 3,000, told eight days apart", () => {
    const found = boxes(
      "The number of ISIS members in the Syrian desert does not exceed 600, the interior ministry said on Tuesday.",
    );
    expect(found.map((c) => c.claims.map((x) => x.value).sort((x, y) => (x ?? 0) - (y ?? 0)))).toEqual([
      [600, 2000],
    ]);
    expect(found[0]?.analysis).toMatch(/2,000 to 3,000/);
  });

  it("reads 'has exceeded 1,500' as a floor the range meets, not a figure of 1,500: no conflict", () => {
    expect(
      boxes(
        "The number of ISIS members in the Syrian desert has exceeded 1,500, the interior ministry said on Tuesday.",
      ),
    ).toEqual([]);
  });
});

describe("a body's correction of its own figure, relayed by an outlet", () => {
  const story = (correction: string) =>
    paragraphsDocument(
      "Ministry revises number brought home from Roj",
      [
        "The Ministry of Foreign Affairs announced on Tuesday that 95 Iraqi women and children had been repatriated from Roj camp on a flight to Baghdad.",
        correction,
      ],
      "Kurdistan24",
      "2026-11-20",
    );

  // Rule 14 of the analytic convention (session 71): a body correcting the figure it gave is
  // revising it, whoever relays both; the box this reading once drew is gone.
  it("reads the ministry's correction of its own figure as a revision, no conflict", () => {
    const boxes = conflictsOf(
      [
        story(
          "On Wednesday the ministry corrected the figure, saying that 71 women and children had landed in Baghdad and that the rest would follow next month.",
        ),
      ],
      AT,
    ).filter((c) => c.kind === "figures");
    expect(boxes).toEqual([]);
  });

  it("reads the outlet's own correction as a revision, no conflict", () => {
    expect(
      figureBoxes([
        story(
          "On Wednesday we corrected the figure, saying that 71 women and children had landed in Baghdad and that the rest would follow next month.",
        ),
      ]),
    ).toEqual([]);
  });
});

describe("people who remain in a camp are a concentration held there", () => {
  it("cites the count of those who remain in Roj camp as detainee-concentration", () => {
    const story = assessStory(
      "isis-prison-escape",
      [
        "Some 2,300 people remain in Roj camp, among them about 700 foreign women, a short drive from the border.",
        "The Border Guards Command said it had added 25 watchtowers with night cameras along the Rabia sector in November.",
      ],
      AT,
    );
    expect(story.roles(0)).toContain("driver:detainee-concentration");
  });
});
