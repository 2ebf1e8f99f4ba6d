import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * Session 67 (helper r70): general readings behind missed evidence of the held-out analytic sets,
 * on sentences written for these tests (not the fixtures' text).
 */

const facts = (text: string) => extract(text, "2026-12-09T00:00:00Z").facts;
const has = (text: string, kind: string, tags: string[]) =>
  facts(text).some((f) => f.kind === kind && tags.every((t) => f.tags?.includes(t)));

describe("a force still at a place, or staying behind, keeps a presence there (presence rule)", () => {
  it("reads troops or a team told as still at a base, or staying behind, as a presence", () => {
    for (const text of [
      "A handful of British advisers were still at the Harir air base last week.",
      "A US training team is still in Erbil, officials said.",
      "A small detachment of American soldiers stayed behind at the airfield to guard the runway.",
      "Some coalition troops still patrol the outskirts of Hasakah every week.",
    ])
      expect(has(text, "countermeasure", ["troop-deployment"]), text).toBe(true);
  });

  it("does not read militants still in a town, players still at a stadium, or a team staying home, as a presence", () => {
    for (const text of [
      "ISIS fighters were still in the village when the army arrived.",
      "The football team was still at the stadium after the match.",
      "The medical team stayed behind in Baghdad because of the storm.",
    ])
      expect(has(text, "countermeasure", ["troop-deployment"]), text).toBe(false);
  });
});

describe("jihadists trying to reach a neighbour's territory, or sending groups across, press on the border (infiltration)", () => {
  it("reads attempts to reach a state's territory, groups sent across and a line probed by militants as infiltration", () => {
    for (const text of [
      "The commander said Daesh cells keep trying to reach Jordanian territory through the wadis.",
      "Militants in the desert still send armed groups across at night, the officer said.",
      "ISIS cells probe the line near Rutba after every dust storm.",
    ])
      expect(has(text, "threat", ["infiltration"]), text).toBe(true);
  });

  it("does not read a team sending groups across a city, aid convoys trying to reach a state's territory, or inspectors probing a line of credit, as infiltration", () => {
    for (const text of [
      "ISIS sends small groups across the desert to attack shepherds near Palmyra.",
      "Aid convoys have tried to reach Syrian territory for weeks.",
      "Auditors will probe the line of credit the ministry opened.",
    ])
      expect(has(text, "threat", ["infiltration"]), text).toBe(false);
  });
});

describe("an attempt on a state's territory told with the attempts stopped is no pressure of its own", () => {
  it("does not read the attempt as infiltration when the same sentence tells attempts repelled", () => {
    const text =
      "The colonel said Daesh cells keep trying to reach Iraqi territory, and that three attempts were repelled near Rutba this month.";
    expect(has(text, "threat", ["infiltration"]), text).toBe(false);
  });
});
