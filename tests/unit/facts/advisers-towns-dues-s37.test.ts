import { describe, expect, it } from "vitest";
import { findDates } from "../../../src/core/facts/events/dates.js";
import type { Tag } from "../../../src/core/facts/events/tags.js";
import { extract } from "./helpers.js";

/**
 * Session 37 (held-out set 28): advisers and the coalition leaving, advisers lost, a foreign
 * presence counted, money collected from herders, a town's buildings seized and a town's defence
 * taken over. The texts are other wordings of the same classes.
 */

const tagged = (text: string, tag: Tag) => extract(text).facts.filter((f) => f.tags?.includes(tag));

describe("the coalition and its advisers leaving a place", () => {
  it("reads the coalition or advisers that left a place as a withdrawal", () => {
    for (const text of [
      "The coalition left Al-Asad air base and Baghdad airport last year.",
      "The last advisers left the federal areas in September.",
      "Coalition trainers have left Kirkuk, officials said.",
    ])
      expect(tagged(text, "troop-withdrawal").length, text).toBeGreaterThan(0);
  });

  it("keeps a political coalition leaving the government, or a door left open, out", () => {
    for (const text of [
      "The ruling coalition left the government after the vote.",
      "The coalition left the door open to further talks.",
    ])
      expect(tagged(text, "troop-withdrawal"), text).toEqual([]);
  });
});

describe("advisers a force has lost", () => {
  it("reads lost advisers as support no longer in effect", () => {
    const doc = extract(
      "The Peshmerga have lost the American advisers who used to sit in their command posts.",
    );
    const measure = doc.facts.find((f) => f.kind === "countermeasure" && f.tags?.includes("partner-support"));
    expect(measure?.modality).toBe("negated");
  });
});

describe("a foreign presence counted", () => {
  it("tags a small American presence of a few hundred people as a deployment", () => {
    expect(
      tagged("A small US presence of perhaps 300 people remains at Harir air base.", "troop-deployment")
        .length,
    ).toBeGreaterThan(0);
  });
});

describe("money collected from herders and traders under arms", () => {
  it("reads ISIS men collecting money from shepherds as extortion, not a municipality's fees", () => {
    expect(
      tagged("Villagers said ISIS fighters come after dark to collect money from shepherds.", "extortion")
        .length,
    ).toBeGreaterThan(0);
    expect(tagged("The municipality collects fees from shopkeepers every month.", "extortion")).toEqual([]);
  });
});

describe("a town's buildings seized, and a town's defence taken over", () => {
  it("reads insurgents seizing a town's police station as ground taken, not a seizure of goods", () => {
    const doc = extract(
      "Dozens of ISIS fighters stormed the village at night and seized the police station and a school.",
    );
    expect(doc.facts.some((f) => f.tags?.includes("seizure"))).toBe(false);
    expect(
      doc.facts.some((f) => f.codes?.acled?.subEventType === "Non-state actor overtakes territory"),
    ).toBe(true);
  });

  it("keeps a school bus seized by police a seizure", () => {
    expect(
      tagged("Police seized a school bus carrying drugs near the crossing.", "seizure").length,
    ).toBeGreaterThan(0);
  });

  it("reads a battalion taking over a town's defence as a deployment", () => {
    expect(
      tagged("A battalion of the army takes over the defence of Palmyra from Monday.", "troop-deployment")
        .length,
    ).toBeGreaterThan(0);
  });
});

describe("a month told in a clause about what is to come", () => {
  it("reads the month just ahead of publication as the coming one when the clause looks forward", () => {
    const dates = (text: string) => findDates(text, "2026-11-29").map((d) => d.value);
    expect(dates("The officers would be deployed to Palmyra in December.")).toEqual(["2026-12"]);
    expect(dates("The unit is to move to the town in December.")).toEqual(["2026-12"]);
    // Told as past, or as the past's future ("would"), the month stays the latest one before publication.
    expect(dates("The officers were deployed to Palmyra in December.")).toEqual(["2025-12"]);
    expect(dates("He said the academy would open in March.")).toEqual(["2026-03"]);
  });

  it("reads a month further off as next year's when the clause firmly looks forward", () => {
    const dates = (text: string) => findDates(text, "2026-11-29").map((d) => d.value);
    expect(dates("The academy will open in March.")).toEqual(["2027-03"]);
    expect(dates("Funding for the guards is due to end in June, the ministry said.")).toEqual(["2027-06"]);
    // The month of the telling itself is this one; a past deed's month is the one before.
    expect(dates("The academy will open in November.")).toEqual(["2026-11"]);
    expect(dates("The army retook the village in March.")).toEqual(["2026-03"]);
  });
});
