import { describe, expect, it } from "vitest";
import { entityNamed, extract } from "./helpers.js";

/**
 * A name the gazetteer does not know before "desert" or "bridge" names a place of its own
 * (tests/fixtures/ANNOTATION.md rule 6 for the desert; the golds' bridges), not a spelling of the
 * bare name; made-up text.
 */

describe("'the X bridge' after a town the gazetteer does not know", () => {
  it("is a structure of its own, apart from the town the text names by itself", () => {
    const doc = extract(
      "A lorry was torched near the Zuwiya bridge on Friday, and the market in al-Zuwiya stayed shut.",
    );
    expect(entityNamed(doc, "Zuwiya bridge")?.type).toBe("facility");
    expect(entityNamed(doc, "al-Zuwiya")?.aliases ?? []).not.toContain("Zuwiya bridge");
  });
});

describe("'the X desert'", () => {
  it("'Desert' in a capitalised name is no desert", () => {
    const doc = extract("Najaf Desert Radio said the road was closed.");
    expect(entityNamed(doc, "Najaf desert")).toBeUndefined();
  });
});
