import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * Set 23's case 371 (helper a90), on text written for these tests: armed men named as such who
 * "took" a village took it by force, as those who "seized control of" it did.
 */

const taken = (doc: ReturnType<typeof extract>) =>
  doc.facts.filter((f) => f.tags?.includes("insurgent-attack")).map((f) => f.text);

describe("armed men who took a village", () => {
  it("reads 'ISIS fighters took the town' as ground taken by the insurgents", () => {
    const doc = extract(
      "Near Al-Kawm, ISIS fighters took the town and its bakery on 4 March and stayed until soldiers arrived.",
      "2027-03-28",
    );
    expect(taken(doc).length).toBeGreaterThan(0);
  });

  it("guard: the army taking a village back, or gunmen taking a village's elders, is no ground taken", () => {
    const army = extract(
      "The army took the town back from the militants' rearguard on Sunday.",
      "2027-03-28",
    );
    expect(
      army.facts.filter((f) => f.tags?.includes("insurgent-attack") && f.text.includes("took the town")),
    ).toEqual([]);
    const hostage = extract("Gunmen took the village's elders hostage on Sunday.", "2027-03-28");
    expect(
      hostage.facts.filter((f) => f.codes?.acled?.subEventType === "Non-state actor overtakes territory"),
    ).toEqual([]);
  });
});
