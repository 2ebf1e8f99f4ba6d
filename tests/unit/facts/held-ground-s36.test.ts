import { describe, expect, it } from "vitest";
import type { Tag } from "../../../src/core/facts/events/tags.js";
import { extract } from "./helpers.js";

/**
 * Ground held and ground nobody holds, and people taken back home, in wordings session 36's
 * held-out set 27 used: forces denied jointly ("no government or SDF forces are deployed"), one
 * unit for all ("no army unit is stationed"), "no regular force holds"; forces that "still hold
 * the base"; a state that "took back 310 of its nationals". Other wordings here.
 */

const tagged = (text: string, tag: Tag) => extract(text).facts.filter((f) => f.tags?.includes(tag));

describe("ground no force holds, the forces denied jointly or one for all", () => {
  it("reads jointly denied forces, a single unit denied and 'no regular force holds' as a vacuum", () => {
    for (const text of [
      "No government or Kurdish forces are present in the villages east of the river, residents said.",
      "No police unit is stationed between the two towns, and the road is empty at night.",
      "The governor said that no regular force holds the western bank of the river.",
      "No Iraqi troops now patrol the stretch south of the crossing.",
    ])
      expect(tagged(text, "security-vacuum").length, text).toBeGreaterThan(0);
  });

  it("does not read forces that are there, or forces spared, as a vacuum", () => {
    for (const text of [
      "Government and Kurdish forces are deployed in the villages east of the river.",
      "No army unit was hit in the shelling, the ministry said.",
    ])
      expect(tagged(text, "security-vacuum"), text).toEqual([]);
  });
});

describe("forces that hold ground", () => {
  it("reads forces that still hold a base, a sector or the sites as a posture", () => {
    for (const text of [
      "Officials said US forces still hold the Harir base in Erbil.",
      "Two brigades and an army division hold the northern sector of the border.",
    ]) {
      const facts = extract(text).facts.filter(
        (f) => f.kind === "countermeasure" && f.tags?.includes("troop-deployment"),
      );
      expect(facts.length, text).toBeGreaterThan(0);
    }
  });

  it("does not read 'no force holds' as a force holding ground", () => {
    const facts = extract("No forces hold the border sector south of the town.").facts.filter(
      (f) => f.kind === "countermeasure" && f.tags?.includes("troop-deployment"),
    );
    expect(facts).toEqual([]);
  });
});

describe("nationals taken back", () => {
  it("reads a state that took back its nationals from a camp as a repatriation done", () => {
    const facts = tagged(
      "The administration recalls that Iraq took back 310 of its nationals from the camp this year.",
      "repatriation",
    );
    expect(facts.map((f) => f.modality)).toContain("asserted");
  });

  it("does not read a town taken back, nor a call to take nationals back, as a repatriation done", () => {
    expect(
      tagged("The army took back the town from the militants in the camp area.", "repatriation"),
    ).toEqual([]);
    const asked = tagged(
      "The statement called on states to take back their nationals held in the camps.",
      "repatriation",
    );
    expect(asked.filter((f) => f.modality === "asserted" && f.kind === "event")).toEqual([]);
  });
});

describe("fighters crossing into another state's territory", () => {
  it("reads a group of ISIS members that crossed into Iraqi territory as an infiltration", () => {
    const facts = tagged(
      "Sources said a group of 30 ISIS members crossed from the desert near Al-Qaim into Iraqi territory on Monday night.",
      "infiltration",
    );
    expect(facts.map((f) => f.kind)).toContain("threat");
  });

  it("does not read families crossing, nor fighters arrested after crossing, as an infiltration", () => {
    expect(
      tagged("Dozens of families crossed from the camp into Iraqi territory on Monday.", "infiltration"),
    ).toEqual([]);
    expect(
      tagged(
        "Border guards arrested four men after the militants crossed the line into Iraqi territory.",
        "infiltration",
      ).filter((f) => f.kind === "threat"),
    ).toEqual([]);
  });
});
