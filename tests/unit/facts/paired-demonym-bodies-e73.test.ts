import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * Session 67 (e73): two peoples' adjectives in a row open a body's name ("the Syrian American
 * Medical Society"); the first is part of the name, not a mention of its country.
 */
describe("a body named by two peoples' adjectives", () => {
  it("keeps the first adjective in the name and names no country", () => {
    const doc = extract(
      "A mobile dental unit of the Iraqi British Relief Trust was shelled near Tal Afar on Tuesday, and a dentist was hurt, the district council said.",
    );
    const body = doc.entities.find((e) => e.type === "organization" && e.name.includes("Relief Trust"));
    expect(body?.name).toBe("Iraqi British Relief Trust");
    expect(doc.entities.find((e) => e.name === "Iraq")).toBeUndefined();
  });

  it("leaves one adjective before a body's name as it was", () => {
    const doc = extract(
      "A mobile dental unit of the British Relief Trust was shelled near Tal Afar on Tuesday, the district council said.",
    );
    expect(doc.entities.find((e) => e.type === "organization")?.name).toBe("British Relief Trust");
  });
});
