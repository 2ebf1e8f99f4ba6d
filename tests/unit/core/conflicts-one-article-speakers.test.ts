import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * One wire story relaying two accounts of whom the smugglers belonged to: an official the story
 * introduced in its lede and later calls "the official" ("According to the official, ..."), and
 * "Jordanian security sources, however, said ...". The definite role points back to the official
 * named sentences before, and the qualified sources are a speaker of their own: two accounts, one
 * conflict. Told by one unnamed voice throughout, the story relays no second account.
 */
const AT = new Date("2026-12-10T12:00:00Z");
const lede =
  "A Syrian border guard was wounded in a shootout with smugglers near the Jaber crossing on Sunday, a Syrian customs official told AFP.";
const middle = [
  "The smugglers fled south after the exchange, leaving a pick-up truck behind.",
  "The truck carried 40,000 Captagon pills hidden in sacks of animal feed.",
];
const gang =
  "According to the official, the smugglers were members of a Daraa-based gang that has run the route for a decade.";
const other =
  "Jordanian security sources, however, said the smugglers were tied to remnants of the former regime, which they accuse of running the trade.";
const story = (text: string) => sourceDocument("Shootout at the Jaber crossing", text, "AFP", "2026-12-07");
const affiliation = (text: string) =>
  assess(themeFixture("cross-border-smuggling"), [story(text)], AT).conflicts.filter((c) =>
    /belonged to/.test(c.topic),
  );

describe("one article relaying two accounts, by a role named before and by qualified sources", () => {
  it("sets the official's 'members of a gang' against the sources' 'tied to remnants of the former regime'", () => {
    const found = affiliation([lede, ...middle, gang, other].join("\n\n"));
    expect(found.map((c) => c.claims.map((x) => x.sentence))).toEqual([[3, 4]]);
  });

  it("sets no conflict when the story names no one for either account", () => {
    const bare = [
      "A Syrian border guard was wounded in a shootout with smugglers near the Jaber crossing on Sunday.",
      ...middle,
      "The smugglers were members of a Daraa-based gang that has run the route for a decade.",
      "The smugglers were tied to remnants of the former regime, which runs the trade.",
    ];
    expect(affiliation(bare.join("\n\n"))).toEqual([]);
  });
});
