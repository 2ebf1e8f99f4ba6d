import { describe, expect, it } from "vitest";
import type { Tag } from "../../../src/core/facts/events/tags.js";
import { extract } from "./helpers.js";

/**
 * Session 34 (held-out set 22): hauls counted with a decimal figure, a network's trade told with
 * its size or its routes, protection paid by a share, and the offence a sanction or charge names.
 * The tests use other wordings of the same classes.
 */

// A publication date, so that "since August" resolves to a period and a tally can be told.
const tagged = (text: string, tag: Tag, kind?: string) =>
  extract(text, "2026-11-27T09:00:00Z").facts.filter(
    (f) => f.tags?.includes(tag) && (kind === undefined || f.kind === kind),
  );

describe("a haul counted with a decimal figure", () => {
  it("reads goods found in a decimal quantity as found, as a whole number is", () => {
    for (const text of [
      "After the raid the police found 2.5 million pills in a warehouse near Ramtha.",
      "Soldiers recovered 1.2 tonnes of explosives and two rifles from the farm.",
    ])
      expect(tagged(text, "seizure", "countermeasure").length, text).toBeGreaterThan(0);
  });
});

describe("a network's trade told by its size or its routes", () => {
  it("reads a network that moved a counted load, or used its routes to move goods, as trafficking", () => {
    for (const text of [
      "The ring, run by two brothers from Daraa, moved some 12 million captagon pills into Jordan last year.",
      "The gang used its smuggling routes to carry pistols and grenades from Syria into Iraq.",
    ])
      expect(tagged(text, "smuggling", "threat").length, text).toBeGreaterThan(0);
  });

  it("does not read a firm that used its trucks to move grain as trafficking", () => {
    const text = "The cooperative used its trucks to move 12,000 tonnes of grain from Hasakah to Aleppo.";
    expect(tagged(text, "smuggling"), text).toEqual([]);
  });
});

describe("protection paid by a share", () => {
  it("reads armed men who receive or collect a share of the proceeds as protecting the trade", () => {
    for (const text of [
      "A militia commander collects a cut of the profits on every convoy that passes Al-Qaim.",
      "The brigade received a share of the proceeds for letting the trucks through the border.",
    ]) {
      const facts = tagged(text, "extortion");
      expect(
        facts.some((f) => f.tags?.includes("smuggling")),
        text,
      ).toBe(true);
    }
  });
});

describe("the offence a sanction or charge names", () => {
  it("does not read the trafficking a designation or charge is for as news of trafficking", () => {
    for (const text of [
      "The Treasury sanctioned two brokers in Beirut for their role in trafficking captagon.",
      "A court in Amman convicted of drug smuggling four men from Mafraq on Sunday.",
    ])
      expect(tagged(text, "smuggling", "threat"), text).toEqual([]);
  });

  it("still reads smugglers who were killed, told by what they were accused of, as smugglers", () => {
    const text = "Border guards killed 12 people this year, most of them accused of smuggling drugs.";
    expect(tagged(text, "smuggling").length, text).toBeGreaterThan(0);
  });
});
