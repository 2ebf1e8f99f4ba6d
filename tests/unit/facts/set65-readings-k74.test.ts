import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/** Session 74 (k74) readings from set 65's leftovers, on texts written for these tests. */

const named = (doc: ReturnType<typeof extract>, name: string) =>
  doc.entities.find((e) => e.name === name || e.aliases.includes(name));

describe("a state's mission named by the state's name and a lower-case noun", () => {
  it("reads 'the Nepal embassy in Doha' as a body that speaks, and 'the embassy' as it", () => {
    const doc = extract(
      "Two Nepali drivers held near Kirkuk since Tuesday were released on Friday, the Nepal embassy in Doha said. The embassy said both men were in good health.",
    );
    const mission = named(doc, "Nepal embassy");
    expect(mission?.type).toBe("organization");
    expect(mission?.aliases).toContain("Nepal embassy in Doha");
    const quote = doc.quotes.find((q) => q.text.startsWith("Two Nepali drivers"));
    expect(quote?.speaker.entityId).toBe(mission?.id);
  });

  it("leaves 'the Czech embassy' (a nationality's adjective) a common noun", () => {
    const doc = extract(
      "The Polish embassy in Baghdad said on Friday that no Polish citizen had been hurt in Erbil.",
    );
    expect(doc.entities.some((e) => /embassy/i.test(e.name))).toBe(false);
  });
});

describe("two brothers who share the first and last words of their names", () => {
  it("keeps 'Md Jahangir Alam' and 'Md Alamgir Alam' two people", () => {
    const doc = extract(
      'The three, Md Jahangir Alam, 29, and Abdul Karim, 35, were hurt in the blast in Basra on Monday. Jahangir\'s cousin, Md Alamgir Alam, said from Sylhet: "We have not slept."',
    );
    expect(named(doc, "Md Jahangir Alam")?.aliases ?? []).not.toContain("Md Alamgir Alam");
    expect(named(doc, "Md Alamgir Alam")).toBeDefined();
    expect(doc.quotes[0]?.speaker.name).toBe("Md Alamgir Alam");
  });
});

describe("a body's national chapter, its name and a country after a spaced dash", () => {
  const report = [
    "RIVER RIGHTS WATCH – IRAQ",
    "Quarterly note · Water and conflict · October 2026",
    "",
    "In October the Watch recorded four attacks on pumping stations in Basra province. A guard was wounded near Qurna on 12 October.",
    "",
    "River Rights Watch – Iraq, Erbil",
  ].join("\n");

  it("reads the masthead and the signature as one body, the country inside its name", () => {
    const doc = extract(report);
    const body = named(doc, "RIVER RIGHTS WATCH – IRAQ") ?? named(doc, "River Rights Watch – Iraq");
    expect(body?.type).toBe("organization");
    expect(doc.entities.some((e) => e.name === "Iraq")).toBe(false);
  });

  it("keeps a country after a dash inside a sentence a place", () => {
    const doc = extract(
      "Fighting went on near the border – Iraq said on Monday that two of its guards were hurt.",
    );
    expect(named(doc, "Iraq")?.type).toBe("place");
  });
});
