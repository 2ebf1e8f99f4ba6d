import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * Session 62 (helper n62): extractor readings behind the misses of analytic set 57, on sentences
 * written for these tests (not the fixtures' text).
 */

const facts = (text: string) => extract(text, "2027-01-05T00:00:00Z").facts;
const has = (text: string, kind: string, tags: string[]) =>
  facts(text).some((f) => f.kind === kind && tags.every((t) => f.tags?.includes(t)));

describe("people flown home with an aside on who they were (repatriation trigger)", () => {
  it("reads a state that flew its citizens, most of them women, home from a camp as a repatriation", () => {
    for (const text of [
      "Tajikistan flew 64 of its citizens, most of them women, home from the Roj camp in north-east Syria on 12 December.",
      "Uzbekistan brought 40 nationals, including 25 children, home from the Al-Hol camp last week.",
    ]) {
      expect(has(text, "event", ["repatriation"]), text).toBe(true);
    }
  });

  it("does not read a plane that flew over a camp, circled and headed home as one", () => {
    const text = "A coalition drone flew over the camp, circled twice and headed home before dawn.";
    expect(has(text, "event", ["repatriation"]), text).toBe(false);
  });
});

describe("units sent by their echelon (troop-deployment tag)", () => {
  it("reads companies or battalions sent with a count as a deployment", () => {
    for (const text of [
      "The Internal Security Forces have sent three additional companies to the camp and closed its eastern gate.",
      "The army rushed two battalions to the border overnight.",
    ]) {
      expect(
        has(text, "countermeasure", ["troop-deployment"]) || has(text, "quantity", ["troop-deployment"]),
        text,
      ).toBe(true);
    }
  });

  it("does not read letters sent to three companies of traders as troops", () => {
    const text = "The chamber of commerce sent letters to three companies of traders in Qamishli.";
    expect(
      facts(text).some((f) => f.tags?.includes("troop-deployment")),
      text,
    ).toBe(false);
  });
});

describe("support told with what it gives (partner-support trigger)", () => {
  it("reads a backer that supports 'our forces with training and equipment' as partner support", () => {
    const text = "The coalition continues to support our forces with training and equipment for the camps.";
    expect(has(text, "countermeasure", ["partner-support"]), text).toBe(true);
  });

  it("does not read residents who support our forces with prayers so", () => {
    const text = "Residents of the town continue to support our forces with prayers and food.";
    expect(has(text, "countermeasure", ["partner-support"]), text).toBe(false);
  });
});
