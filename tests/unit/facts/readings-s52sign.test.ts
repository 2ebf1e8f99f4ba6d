import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * Session 52 (helper "sign"): readings that decide which side of a judgment a sentence counts on.
 * The sentences are invented; each reads a class of wording, not a fixture's text.
 */

const facts = (text: string) => extract(text, "2026-12-05T09:00:00Z").facts;
const tagged = (text: string, tag: string) => facts(text).filter((f) => f.tags?.includes(tag));

describe("a hit-and-run raid by armed men", () => {
  it("reads armed men who take a place and leave it as an insurgent raid, not a force withdrawing", () => {
    for (const text of [
      "The boldest was a raid near Al-Taybeh on 2 December, when gunmen held the grain silo for an hour before withdrawing.",
      "Militants stormed a farm east of Palmyra on Monday and then withdrew into the desert.",
    ]) {
      expect(tagged(text, "insurgent-attack").length, text).toBeGreaterThan(0);
      expect(tagged(text, "troop-withdrawal"), text).toEqual([]);
      expect(tagged(text, "counter-terrorism"), text).toEqual([]);
    }
  });

  it("still reads a force's withdrawal and a force's raid as such", () => {
    expect(
      tagged("Government troops held the hill for a week before withdrawing to Palmyra.", "troop-withdrawal")
        .length,
    ).toBeGreaterThan(0);
    expect(
      tagged(
        "Army units carried out a raid on a hideout near Al-Taybeh on 2 December and arrested three men.",
        "counter-terrorism",
      ).length,
    ).toBeGreaterThan(0);
  });
});

describe("ground held by armed men", () => {
  it("reads armed men still holding part of a town, or staying in it until a force came, as ground taken", () => {
    for (const text of [
      "Residents say militants were still holding the eastern quarter of Al-Taybeh on Monday.",
      "The gunmen remained in the village until the army drove them out on 3 December.",
    ]) {
      const held = facts(text).filter(
        (f) => f.codes?.acled?.subEventType === "Non-state actor overtakes territory",
      );
      expect(held.length, text).toBeGreaterThan(0);
    }
  });

  it("does not read a holding of anything else, or a stay without armed men, as ground taken", () => {
    for (const text of [
      "The ministry was still holding talks with the tribes on Monday.",
      "The families remained in the village until the road reopened on 3 December.",
    ]) {
      const held = facts(text).filter(
        (f) => f.codes?.acled?.subEventType === "Non-state actor overtakes territory",
      );
      expect(held, text).toEqual([]);
    }
  });
});

describe("a day counted from an attack the story dated", () => {
  it("counts forward from the attack, after a day of its own sentence", () => {
    const text =
      "Gunmen attacked the checkpoint at Al-Taybeh on 24 November. Activists say smoke was still rising over the town on Sunday, five days after the attack began.";
    const dated = facts(text).filter((f) => f.sentence === 1 && f.kind === "event");
    expect(dated.map((f) => f.date?.value)).toContain("2026-11-29");
    expect(dated.map((f) => f.date?.value)).not.toContain("2026-11-19");
  });
});
