import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * Set 70's cases 1020 and 1021 (helper a90), on text written for these tests: small groups sent
 * "towards the border" by militants, and groups of men who cross unseen from the other side, are
 * the pressure on the line (an infiltration threat).
 */

const infiltrations = (doc: ReturnType<typeof extract>) =>
  doc.facts.filter((f) => f.tags?.includes("infiltration")).map((f) => f.text);

describe("groups sent towards the border by militants", () => {
  it("reads 'keep sending small groups towards Jordan's border' as infiltration", () => {
    const doc = extract(
      "ISIS cells in the Homs desert keep sending small groups towards Jordan's border, officials in Amman say.",
      "2027-03-28",
    );
    expect(infiltrations(doc).length).toBeGreaterThan(0);
  });

  it("guard: groups sent towards the towns of the desert are sent across no border", () => {
    const doc = extract(
      "ISIS cells in the Homs desert keep sending small groups towards the towns along the highway, officials say.",
      "2027-03-28",
    );
    expect(infiltrations(doc)).toEqual([]);
  });
});

describe("groups of men who cross unseen from the other side", () => {
  it("reads men crossing after dark from the Syrian side as infiltration", () => {
    const doc = extract(
      "Farmers near Al-Qaim say groups of young men cross there after dark, coming from the Syrian side.",
      "2027-03-28",
    );
    expect(infiltrations(doc).length).toBeGreaterThan(0);
  });

  it("guard: people crossing a bridge every morning to work are no infiltrators", () => {
    const doc = extract(
      "Groups of people cross the bridge from the Iraqi side every morning to work in the fields.",
      "2027-03-28",
    );
    expect(infiltrations(doc)).toEqual([]);
  });
});
