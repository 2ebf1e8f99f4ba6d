import { describe, expect, it } from "vitest";
import { actorRows, locationRows } from "../../../src/adapters/templates/view/compose-entities.js";
import { extractFacts } from "../../../src/core/facts/extract-facts.js";
import type { SourceDocument } from "../../../src/core/themes/reports.js";

function doc(text: string): SourceDocument {
  const facts = extractFacts({ id: "a1", title: "Test", text, publishedAt: "2026-11-20" });
  return { article: { id: "a1" }, facts } as unknown as SourceDocument;
}

describe("the locations table", () => {
  it("types a region and a part of a place as areas, a country as a country, and a city as a place", () => {
    const rows = locationRows([
      doc(
        "Fighting spread across northeast Syria on Tuesday. ISIS cells attacked a patrol in eastern Homs. " +
          "Guards at the prison in Hasakah were reinforced. Iraq closed its border.",
      ),
    ]);
    const kindOf = (name: string) => rows.find((r) => r.name.toLowerCase().includes(name.toLowerCase()));
    expect(kindOf("northeast Syria")).toMatchObject({ kind: "Region", area: "region" });
    expect(kindOf("eastern Homs")).toMatchObject({ kind: "Area", area: "part" });
    // A governorate named after its capital is drawn and typed as the city the text means.
    expect(kindOf("Hasakah")).toMatchObject({ kind: "Place" });
    expect(kindOf("Iraq")).toMatchObject({ kind: "Country", area: "country" });
  });

  it("types a river as a river, an area set in italics about a point, not a town's dot", () => {
    const rows = locationRows([
      doc(
        "Gunmen crossed the Euphrates near Deir ez-Zor on Monday, and a boat was seized on the Khabur River.",
      ),
    ]);
    expect(rows.find((r) => r.name === "Euphrates")).toMatchObject({ kind: "River", area: "river" });
    expect(rows.find((r) => r.name.startsWith("Khabur"))).toMatchObject({ kind: "River", area: "river" });
  });
});

describe("the names the tables print", () => {
  it("keep the article's spelling of a name, and name a body the article only called by a common noun", () => {
    const rows = actorRows([
      doc(
        "The Border Ports Authority said on Monday that the coalition's advisers had left Al-Qaim. " +
          "Officials at the authority declined to comment.",
      ),
    ]);
    const names = rows.map((r) => r.name);
    expect(names).toContain("Border Ports Authority");
    expect(names).not.toContain("coalition");
    expect(names.some((n) => /^[A-Z]/.test(n) && /coalition/i.test(n))).toBe(true);
  });
});
