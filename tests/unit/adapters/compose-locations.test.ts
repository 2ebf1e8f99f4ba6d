import { describe, expect, it } from "vitest";
import { locationRows } from "../../../src/adapters/templates/view/compose-entities.js";
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
});
