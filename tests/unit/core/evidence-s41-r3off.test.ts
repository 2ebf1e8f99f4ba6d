import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/core/facts/extract-facts.js";
import { assess } from "../../../src/core/themes/assess.js";
import { citedRoles as cited, sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * Session 41, off-topic escapes: an escape is of people held (detainees, prisoners, inmates), not
 * of animals that break out of a farm's pen; animals "at large" or "recaptured" are no escapees.
 */

const AT = new Date("2026-12-10T12:00:00Z");
const facts = (text: string) => extractFacts({ id: "t", title: "t", text }).facts;
const tagged = (text: string, tag: string) => facts(text).some((f) => f.tags?.includes(tag));

describe("escapes of animals", () => {
  it.each([
    "More than 40 ostriches made a mass escape from a farm on the outskirts of Al-Hasakah on Tuesday.",
    "The remaining birds are still at large near the camp of a road-building company.",
    "A veterinarian said the escaped birds could injure drivers if they run onto the highway.",
    "Two lions escaped from the zoo in the city on Monday.",
  ])("reads no escape in %s", (text) => {
    expect(tagged(text, "escape")).toBe(false);
  });

  it("reads no recapture of people in birds recaptured", () => {
    expect(
      tagged("By evening 31 birds had been recaptured in the fields near the Al-Hol road.", "arrest"),
    ).toBe(false);
  });

  it.each([
    "At least twelve detainees escaped from the prison overnight.",
    "Four prisoners escaped from the jail while guards were feeding the sheep in the yard.",
    "Three escapees are still at large, and tracker teams with camels are searching the desert.",
  ])("still reads people held who escape as an escape: %s", (text) => {
    expect(tagged(text, "escape")).toBe(true);
  });

  it("gives no judgment on the prison-escape theme from an ostrich farm's escape", () => {
    const doc = sourceDocument(
      "Ostriches",
      [
        "More than 40 ostriches made a mass escape from a farm on the outskirts of Al-Hasakah on Tuesday after a storm knocked down part of the wall of their enclosure.",
        "Neighbours joined farm hands in the chase, and by evening 31 birds had been recaptured in the fields near the Al-Hol road.",
        "The remaining birds are still at large, and one was filmed running along the road towards the camp of a road-building company.",
      ].join("\n\n"),
      "Enab Baladi",
      "2026-11-27",
    );
    const a = assess(themeFixture("isis-prison-escape"), [doc], AT);
    for (const i of [0, 1, 2]) expect(cited(a, doc.article.id, i)).toEqual([]);
  });
});
