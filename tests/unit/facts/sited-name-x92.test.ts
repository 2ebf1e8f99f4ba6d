import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * A site the gazetteer does not know, written every time as a name and its site's noun ("the
 * Qasrok checkpoint", "the Hamdi airbase"), is a place of its own, never the town its name is taken
 * from (tests/fixtures/ANNOTATION.md rule 5): it is named with the noun, the bare name kept as a
 * spelling (sets 73 and 74's first sight, 720's Gogjali checkpoint, 738's Tha'la airbase; issue 10,
 * helper x92). Sentences written for these tests.
 */

describe("a site named by a name and its site's noun", () => {
  it("names 'the Qasrok checkpoint' and 'the Hamdi airbase' with their nouns", () => {
    const doc = extract(
      "The bus was stopped at the Qasrok checkpoint on Monday. A car was seized near the Hamdi airbase.",
    );
    const names = doc.entities.map((e) => e.name);
    expect(names).toContain("Qasrok checkpoint");
    expect(names).toContain("Hamdi airbase");
    expect(doc.entities.find((e) => e.name === "Qasrok checkpoint")?.aliases).toContain("Qasrok");
  });

  it("keeps the bare name where the text also writes it alone (guard)", () => {
    const doc = extract(
      "The bus was stopped at the Qasrok checkpoint on Monday. Troops at Qasrok fired warning shots.",
    );
    expect(doc.entities.some((e) => e.name === "Qasrok checkpoint")).toBe(false);
  });
});
