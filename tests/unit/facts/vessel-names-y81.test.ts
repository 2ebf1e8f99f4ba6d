import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * Session y81: a vessel's prefix ("MV", "MT", "HMS") before capitalised words names a ship, an
 * entity of the story. Sentences written for these tests.
 */

const names = (text: string) => extract(text, "2026-03-10T00:00:00Z").entities.map((e) => e.name);

describe("a ship named with its prefix", () => {
  it("reads 'the tanker MT Silver Heron' as a named entity", () => {
    expect(names("Armed men boarded the tanker MT Silver Heron off Fao on Tuesday night.")).toContain(
      "MT Silver Heron",
    );
  });

  it("reads 'the cargo ship MV Amber Gull' as a named entity", () => {
    expect(names("A drone hit the cargo ship MV Amber Gull at the Tartus quay on Friday.")).toContain(
      "MV Amber Gull",
    );
  });

  it("keeps a courtesy title's person a person: 'Ms Amber Gull' (guard)", () => {
    const doc = extract("Ms Amber Gull, a nurse from Fao, said she was unhurt.", "2026-03-10T00:00:00Z");
    expect(doc.entities.find((e) => /Amber Gull/.test(e.name))?.type).toBe("person");
  });

  it("reads no ship into a log's own vessel line shouted in capitals (guard)", () => {
    const text =
      "MT SILVER HERON · Flag: Iraq · Product tanker\n\nThree small craft approached the ship near Fao on Friday night.";
    expect(names(text)).not.toContain("MT SILVER HERON");
  });
});
