import { describe, expect, it } from "vitest";
import { datesOf, extract } from "./helpers.js";

/**
 * Session 60 (lead): timeline readings from the blind set 58 and the misses of earlier sets.
 * Sentences written for these tests.
 */

describe("a time adverbial between what happened and who told it", () => {
  it("dates the happening when the place's aside comes first: ', east of X, on Thursday evening, relatives told'", () => {
    const doc = extract(
      "Masked men on a motorcycle shot dead a school director in front of his house in the village of Tal Sabeen, north of Manbij, on Thursday evening, neighbours told a local radio station.",
      "2026-11-28",
    );
    expect(datesOf(doc, /shot dead a school director/)).toEqual(["2026-11-26"]);
    // The attribution stays out of the fact's words.
    const fact = doc.facts.find((f) => /shot dead a school director/.test(f.text));
    expect(fact?.text).not.toMatch(/neighbours told/);
  });

  it("leaves an aside that is no time where it was: ', north of Manbij, neighbours told'", () => {
    const doc = extract(
      "Masked men shot dead a school director in the village of Tal Sabeen, north of Manbij, neighbours told a local radio station on Friday.",
      "2026-11-28",
    );
    const fact = doc.facts.find((f) => /shot dead a school director/.test(f.text));
    expect(fact?.text).not.toMatch(/neighbours told/);
    expect(fact?.text).not.toMatch(/Friday/);
  });
});

describe("a news lead in the present perfect, dated by the telling after it", () => {
  it("gives the lead the day the next sentence tells, and prints it once", () => {
    const doc = extract(
      "Masked men have killed three members of a village guard force at a roadblock outside Tal Tamr, the force says. The guards were shot on Sunday night at the roadblock on the Hasakah road, according to a statement.",
      "2026-03-10",
    );
    expect(datesOf(doc, /have killed three members/)).toEqual(["2026-03-08"]);
    const entries = doc.facts.filter((f) => f.kind === "event" && f.date?.value === "2026-03-08");
    expect(entries).toHaveLength(1);
  });

  it("does not date the lead by a funeral, or by a telling that names no violence", () => {
    const funeral = extract(
      "Masked men have killed three members of a village guard force at a roadblock outside Tal Tamr. The funeral was held on Monday afternoon in the village.",
      "2026-03-10",
    );
    expect(datesOf(funeral, /have killed three members/)).toEqual([]);
    const visit = extract(
      "Masked men have killed three members of a village guard force at a roadblock outside Tal Tamr. The governor visited the roadblock on Monday.",
      "2026-03-10",
    );
    expect(datesOf(visit, /have killed three members/)).toEqual([]);
  });
});

describe("a dated reference to an attack, then how it was done", () => {
  it("prints the telling of how, on the reference's day, once", () => {
    const doc = extract(
      "Thank you for your letter about the attack on Sulaymaniyah airport on the night of Friday 3 April 2026. I can confirm that we hold the information. Two attack drones were flown towards the airport and one hit a fuel truck.",
      "2026-05-20",
    );
    expect(datesOf(doc, /Two attack drones were flown/)).toEqual(["2026-04-03"]);
    expect(doc.facts.filter((f) => f.kind === "event" && f.date?.value === "2026-04-03")).toHaveLength(1);
  });

  it("leaves an undated telling that points to no place of the reference, and a reference that is no attack", () => {
    const doc = extract(
      "Thank you for your letter about the attack on Sulaymaniyah airport on the night of Friday 3 April 2026. I can confirm that we hold the information. Two attack drones were flown at a convoy on the Kirkuk road.",
      "2026-05-20",
    );
    expect(datesOf(doc, /Two attack drones were flown/)).not.toEqual(["2026-04-03"]);
  });
});
