import { describe, expect, it } from "vitest";
import type { Reliability } from "../../../src/core/sources/admiralty.js";
import { assess } from "../../../src/core/themes/assess.js";
import { confidenceOf } from "../../../src/core/themes/confidence.js";
import { sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * Session 69 (lead): a trend judgment is about a change over time, so its confidence follows the
 * sources its comparison of periods rests on, not only those of the single events (issue 9,
 * points 2 and 5). Texts written for these tests.
 */
const base = {
  evidencedFactors: 2,
  corroboratedFactors: 0,
  conflicts: 0,
  newestAgeDays: 5,
  horizonDays: 183,
};
const graded = (...grades: Reliability[]) => grades.map((reliability, i) => ({ key: `s${i}`, reliability }));

describe("confidence of a trend", () => {
  it("is low when only sources not of known reliability compare the periods", () => {
    const c = confidenceOf({
      ...base,
      sources: graded("B", "E"),
      trendSources: [{ key: "s1", reliability: "E" }],
    });
    expect(c.level).toBe("low");
    expect(c.reasons).toContain(
      "the comparison of periods comes only from a source not of known reliability (A–C)",
    );
  });

  it("is left to the other grounds when a graded source compares them too", () => {
    const c = confidenceOf({
      ...base,
      sources: graded("B", "E"),
      trendSources: [
        { key: "s1", reliability: "E" },
        { key: "s0", reliability: "B" },
      ],
    });
    expect(c.level).toBe("moderate");
    expect(c.reasons.join(" ")).not.toMatch(/comparison of periods/);
  });

  it("says nothing of periods for a judgment that is no trend", () => {
    expect(confidenceOf({ ...base, sources: graded("B", "E") }).level).toBe("moderate");
  });
});

describe("a desert insurgency's tempo told by the group's own tally", () => {
  const AT = new Date("2027-01-10T12:00:00Z");
  const wire = sourceDocument(
    "Army post attacked",
    "Gunmen of the Islamic State attacked an army post near Al-Sukhnah on Tuesday night, killing two soldiers, a military source told Reuters.",
    "Reuters",
    "2026-12-23",
  );
  const tally = (outlet: string) =>
    sourceDocument(
      "Weekly tally",
      "The soldiers of the caliphate carried out 29 operations in the Syrian desert in December, against 15 in November.",
      outlet,
      "2026-12-25",
    );
  const tempo = (outlet: string) =>
    assess(themeFixture("isis-badia-insurgency"), [wire, tally(outlet)], AT).judgments.find(
      (j) => j.id === "tempo-rises",
    );

  it("is judged with low confidence, and says why", () => {
    const j = tempo("Al-Naba");
    expect(j?.probability).not.toBeNull();
    expect(j?.confidence?.level).toBe("low");
    expect(j?.confidence?.reasons.join(" ")).toMatch(/comparison of periods comes only from a source/);
  });

  it("keeps the other grounds' confidence when a wire agency gives the same comparison", () => {
    const j = tempo("Agence France-Presse");
    expect(j?.probability).not.toBeNull();
    expect(j?.confidence?.reasons.join(" ")).not.toMatch(/comparison of periods/);
  });
});

describe("signposts that name a road or a rise need a sentence that tells of one", () => {
  const AT = new Date("2027-01-10T12:00:00Z");
  const observed = (theme: string, signpost: string, text: string) =>
    assess(themeFixture(theme), [sourceDocument("Report", text, "Reuters", "2026-12-28")], AT).signposts.find(
      (s) => s.text === signpost,
    )?.observed.length ?? 0;
  const road = "Attacks on the Palmyra–Deir ez-Zor road";

  it("shows an ambush on the road", () => {
    const text =
      "Islamic State gunmen ambushed an army convoy on the road between Palmyra and Deir ez-Zor on Sunday, killing four soldiers.";
    expect(observed("isis-badia-insurgency", road, text)).toBe(1);
  });

  it("not an attack in the desert around Palmyra", () => {
    const text =
      "Islamic State gunmen attacked an army post in the desert east of Palmyra on Sunday, killing four soldiers.";
    expect(observed("isis-badia-insurgency", road, text)).toBe(0);
  });

  const rising = "Rising ISIS attacks in Deir ez-Zor and the Badia";
  it("does not read one attack as a rise", () => {
    const text =
      "Islamic State gunmen attacked an army post in the desert east of Palmyra on Sunday, killing four soldiers.";
    expect(observed("isis-prison-escape", rising, text)).toBe(0);
  });

  it("reads a reported rise as one", () => {
    const text =
      "Islamic State attacks in the Deir ez-Zor countryside rose sharply in December, with gunmen killing four soldiers at an army post on Sunday.";
    expect(observed("isis-prison-escape", rising, text)).toBe(1);
  });
});
