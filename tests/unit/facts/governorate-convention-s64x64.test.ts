import { describe, expect, it } from "vitest";
import { corpusGolds, nameKey } from "../../support/corpus-golds.js";

/**
 * tests/fixtures/ANNOTATION.md rule 6 (session 62), fourth point: without a direction, "X governorate" and
 * "X province" are spellings of X itself ("a governorate and the city it is named after are one entity in these
 * golds"). Twelve golds still listed the place's governorate and the place as two `place` entities (session 64,
 * x64), so an output naming both as one counted the required half as missed. Checked on every gold: no `place`
 * entity spelled "X governorate" / "X province" beside another `place` entity spelled X. A governorate read as
 * the body that governs it ("the Homs governorate said", type organization) is not a place and is not checked.
 */

const DIRECTION = /^(?:north|south|east|west|central|upper|lower)/i;
const GOVERNORATE = /^(?:the\s+)?(.+?)\s+(?:governorate|province)$/i;

describe("governorate convention of the extraction golds (ANNOTATION.md rule 6, session 64)", () => {
  const articles = corpusGolds();

  it("reads every gold of every corpus set", () => {
    expect(articles.length).toBeGreaterThanOrEqual(590);
  });

  it("never lists a place and its governorate or province as two place entities", () => {
    const split: string[] = [];
    for (const a of articles) {
      const places = a.gold.entities.filter((e) => e.type === "place");
      for (const e of places) {
        const bases = e.names
          .map((n) => GOVERNORATE.exec(n)?.[1])
          .filter((b): b is string => b !== undefined && !DIRECTION.test(b))
          .map(nameKey);
        if (bases.length === 0) continue;
        const other = places.find((o) => o !== e && o.names.some((n) => bases.includes(nameKey(n))));
        if (other) split.push(`${a.name}: ${e.names[0]} / ${other.names[0]}`);
      }
    }
    expect(split).toEqual([]);
  });
});
