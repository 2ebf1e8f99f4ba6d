import { describe, expect, it } from "vitest";
import { entityNamed, extract } from "./helpers.js";

/** ANNOTATION rule 8 on set 68's first sight (helper x80), on text written for these tests. */

describe("a country's possessive before its own body", () => {
  it("names the country as a party, beside the body, where the gazetteer spells the whole phrase", () => {
    const doc = extract(
      "Iraq's Interior Ministry says two smugglers were arrested at a checkpoint outside Rutba on Tuesday.",
      "2026-11-05",
    );
    expect(entityNamed(doc, "Iraqi Ministry of Interior")?.type).toBe("organization");
    expect(entityNamed(doc, "Iraq")?.type).toBe("place");
  });

  it("guard: the adjective before the body names no country", () => {
    const doc = extract(
      "The Iraqi Interior Ministry says two smugglers were arrested at a checkpoint outside Rutba on Tuesday.",
      "2026-11-05",
    );
    expect(entityNamed(doc, "Iraqi Ministry of Interior")?.type).toBe("organization");
    expect(entityNamed(doc, "Iraq")).toBeUndefined();
  });
});
