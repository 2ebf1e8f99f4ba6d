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

/**
 * Food slipped into a building is the everyday sense of "smuggle", no trade over a border; armed
 * men on the far side who watch the wall scout it (pressure on the border), they keep no watch
 * over it.
 */
describe("everyday smuggling and the other side's watch", () => {
  it.each([
    "Private Mustafa laughs as he admits he smuggled his mother's stuffed vine leaves into the tower in his rucksack.",
    "Cinema-goers in Erbil are smuggling their own snacks into the city's newest multiplex.",
  ])("reads no smuggling in %s", (text) => {
    expect(tagged(text, "smuggling")).toBe(false);
  });

  it.each([
    "Smugglers bring food and cigarettes across the border from Syria every night.",
    "The gang smuggled sweets and captagon pills hidden in boxes into the city.",
  ])("still reads smuggling over a border or of contraband: %s", (text) => {
    expect(tagged(text, "smuggling")).toBe(true);
  });

  it("reads armed groups watching the wall from the Syrian side as pressure, not surveillance", () => {
    const found = facts(
      "Since the summer, the soldiers say, they have seen small armed groups in pick-ups watching the wall from the Syrian side at night.",
    );
    expect(found.some((f) => f.tags?.includes("infiltration"))).toBe(true);
    expect(found.some((f) => f.tags?.includes("surveillance") || f.tags?.includes("fortification"))).toBe(
      false,
    );
  });

  it("still reads soldiers who watch the wall as a watch kept over it", () => {
    expect(
      tagged("The soldiers of the brigade watch the wall at night from their towers.", "surveillance"),
    ).toBe(true);
  });

  it("cites the armed groups watching the wall as a driver of the border theme", () => {
    const doc = sourceDocument(
      "Wall",
      [
        "At the top of a watchtower west of Al-Qaim, a soldier of the Border Guards scans the Syrian desert through a thermal camera.",
        "Since the summer, the soldiers say, they have seen small armed groups in pick-ups watching the wall from the Syrian side at night.",
      ].join("\n\n"),
      "Al-Sabah",
      "2026-12-06",
    );
    const r = cited(assess(themeFixture("border-fortification"), [doc], AT), doc.article.id, 1);
    expect(r.some((x) => x.startsWith("driver:"))).toBe(true);
    expect(r.some((x) => x.startsWith("mitigator:"))).toBe(false);
  });
});

/** A riot told only as what the guards put down is control of the site kept, not a riot of its own. */
describe("a riot contained", () => {
  const text = "Our forces contained the riot within two hours and restored full control of the facility.";

  it("reads the guards' containment, not a riot", () => {
    const found = facts(text);
    expect(found.some((f) => f.kind === "event" && f.tags?.includes("riot"))).toBe(false);
    expect(found.some((f) => f.kind === "countermeasure" && f.tags?.includes("detention-facility"))).toBe(
      true,
    );
  });

  it("still reads the rioting told beside its end", () => {
    expect(
      facts("Inmates rioted and torched two blocks before the guards quelled the riot at the prison.").some(
        (f) => f.kind === "event" && f.tags?.includes("riot"),
      ),
    ).toBe(true);
  });
});
