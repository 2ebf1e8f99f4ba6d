import { describe, expect, it } from "vitest";
import { FactsDocument } from "../../../src/core/facts/schema.js";
import { entityNamed, entityOrAside, extract, spanProblems } from "./helpers.js";

/** Places in sentences written for these tests, not taken from the corpus. */

describe("places in text nobody tuned to", () => {
  it("keeps a dateline city as the place of reporting, not of the events", () => {
    const text =
      "BEIRUT (Levant Wire) - Gunmen attacked a gas field in the Badia on Friday, killing three workers.";
    const doc = extract(text, "2024-02-10");
    // Beirut lies in no country the story's places do: kept aside, marked (set 51's reading).
    expect(entityOrAside(doc, "Beirut")?.reportedFrom).toBe(true);
    expect(entityNamed(doc, "Syrian Desert")?.reportedFrom).toBeUndefined();
    const beirut = entityOrAside(doc, "Beirut")?.id ?? "";
    for (const f of doc.facts) expect(f.entities).not.toContain(beirut);
    expect(spanProblems(doc, text)).toEqual([]);
  });

  it("reads an outlet named after a place as the outlet, not as a place of the events", () => {
    const doc = extract(
      "According to figures compiled by the monitoring group Deir Ezzor 24, ISIS carried out 43 attacks in the Syrian desert. Baghdad Today and Syria Direct carried the same figures.",
      "2026-12-09",
    );
    expect(entityNamed(doc, "Deir Ezzor 24")?.type).toBe("organization");
    expect(entityNamed(doc, "Baghdad Today")?.type).toBe("organization");
    expect(entityNamed(doc, "Syria Direct")?.type).toBe("organization");
    const places = doc.entities.filter((e) => e.type === "place").map((e) => e.name);
    expect(places).toEqual(["Syrian Desert"]);
  });

  it("keeps a dateline city that is also where the events happened", () => {
    const doc = extract(
      "MOSUL, Iraq (Tigris Wire) - A car bomb exploded near a market in Mosul on Friday, police said.",
      "2024-02-10",
    );
    expect(entityNamed(doc, "Mosul")?.reportedFrom).toBeUndefined();
  });

  it("makes a directional part of a governorate an area of its own, not the city's point", () => {
    const doc = extract(
      "Militants ambushed a convoy in eastern Homs, and troops later swept western Anbar.",
      "2024-02-10",
    );
    const east = entityNamed(doc, "Eastern Homs");
    expect(east?.area).toMatchObject({ kind: "part", of: "Homs" });
    expect(east?.lexiconId).toBe("place/homs/east");
    // East of the city, inside the governorate's box.
    const city = [36.72, 34.73];
    expect(east?.coordinates?.[0]).toBeGreaterThan(city[0] as number);
    expect(entityNamed(doc, "Homs")?.lexiconId).not.toBe("place/homs");
    expect(entityNamed(doc, "Western Anbar")?.area?.kind).toBe("part");
    expect(() => FactsDocument.parse(doc)).not.toThrow();
  });

  it("marks regions and governorates as areas, with an extent where one is known", () => {
    const doc = extract("Cells remain active in the Badia and in Diyala province.", "2024-02-10");
    expect(entityNamed(doc, "Syrian Desert")?.area).toMatchObject({ kind: "region" });
    expect(entityNamed(doc, "Syrian Desert")?.area?.bbox).toHaveLength(4);
    expect(entityNamed(doc, "Diyala")?.area?.kind).toBe("governorate");
  });

  it("does not take a compound adjective for a place of the events", () => {
    const doc = extract(
      "Two civilians were killed in Raqqa, the London-based monitor and a Britain-based charity said.",
      "2024-02-10",
    );
    // ANNOTATION.md rules 1-2: a passing country is kept aside with its mark, not listed.
    expect(entityNamed(doc, "United Kingdom")).toBeUndefined();
    expect(entityOrAside(doc, "United Kingdom")?.passing).toBe(true);
    expect(entityNamed(doc, "Raqqa")?.passing).toBeUndefined();
  });

  it("marks the countries a group is banned in as passing mentions", () => {
    const doc = extract(
      "The movement, designated a terrorist group by Canada, Australia and the United States, claimed the attack in Tal Afar.",
      "2024-02-10",
    );
    // ANNOTATION.md rule 2: kept aside with the mark, not listed.
    for (const name of ["Canada", "Australia", "United States"]) {
      expect(entityNamed(doc, name)).toBeUndefined();
      expect(entityOrAside(doc, name)?.passing).toBe(true);
    }
    expect(entityNamed(doc, "Tal Afar")?.passing).toBeUndefined();
  });

  it("keeps a country that is also a place of the events", () => {
    const doc = extract(
      "The group, outlawed in Turkey, shelled a village in Turkey near the border on Monday.",
      "2024-02-10",
    );
    expect(entityNamed(doc, "Turkey")?.passing).toBeUndefined();
  });
});
