import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * Cash told in a central bank's or a ministry's register: money withdrawn from banks is no force
 * leaving a place, cash the customs authorities seize is contraband, and sums carried over a
 * border by networks are trafficked. Session 37's held-out set 28 told it in a circular; these
 * tests use other wordings of the same kinds.
 */

const tagsOf = (text: string) => extract(text).facts.flatMap((f) => f.tags ?? []);
const factsTagged = (text: string, tag: string) =>
  extract(text).facts.filter((f) => f.kind !== "quantity" && f.tags?.includes(tag));

describe("money withdrawn from banks", () => {
  it("is no troop withdrawal", () => {
    for (const text of [
      "Depositors withdrew their savings from banks in Erbil after the rumours spread on Monday.",
      "Banks must report any cash withdrawal above 20,000 US dollars by a customer living near the border.",
      "The sums withdrawn in cash in Mosul were far larger than in previous months, the auditors said.",
      "Withdrawals of deposits from the branches in Anbar doubled in October.",
    ])
      expect(tagsOf(text), text).not.toContain("troop-withdrawal");
  });

  it("still reads a force that withdrew as a withdrawal", () => {
    for (const text of [
      "The army withdrew from the town of Al-Qaim on Monday.",
      "US forces began their withdrawal from the Ain al-Asad base this week.",
    ])
      expect(tagsOf(text), text).toContain("troop-withdrawal");
  });
});

describe("cash seized by the customs authorities or carried over the border by networks", () => {
  it("tags a seizure by the customs authorities or service as of contraband", () => {
    for (const text of [
      "The customs authorities seized 3.1 million US dollars in cash at the Rabia crossing in October.",
      "The customs service and the border guards seized 900,000 euros hidden in a truck at the Tarbil crossing.",
    ]) {
      const seizures = factsTagged(text, "seizure");
      expect(seizures.length, text).toBeGreaterThan(0);
      expect(seizures[0]?.tags, text).toContain("smuggling");
    }
  });

  it("reads sums carried across the border by networks or rings as trafficked", () => {
    for (const text of [
      "Investigators say the dollars are carried across the border by networks of couriers.",
      "Gold bought in Baghdad is taken over the Syrian border at night by smuggling rings.",
    ])
      expect(factsTagged(text, "smuggling").length, text).toBeGreaterThan(0);
  });

  it("reads goods carried across the border at night for a living as smuggled", () => {
    for (const text of [
      "A quarter of the households surveyed in Rabia said someone in the family earns money carrying goods across the border at night.",
      "Young men from the village move fuel over the frontier by night on donkeys.",
    ])
      expect(factsTagged(text, "smuggling").length, text).toBeGreaterThan(0);
    expect(
      factsTagged(
        "Traders carry goods across the border every morning through the official crossing.",
        "smuggling",
      ),
    ).toEqual([]);
  });

  it("leaves a seizure by a body with no customs word, and goods carried by a company, untagged", () => {
    expect(tagsOf("The tax authorities seized the assets of two companies in Basra.")).not.toContain(
      "smuggling",
    );
    expect(
      factsTagged(
        "The parcels are carried across the border by a courier company every morning.",
        "smuggling",
      ),
    ).toEqual([]);
  });
});
