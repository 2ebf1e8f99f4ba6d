import { describe, expect, it } from "vitest";
import { sourceDocument } from "../../support/themes.js";

/**
 * Al-Shoula, the village on the Palmyra–Deir ez-Zor road, and Baghdad's Shula district share a
 * name in some transliterations: the article's form picks the Syrian village, a bare "Shula" stays
 * Baghdad's. Short texts written for this test.
 */

const idsOf = (text: string) =>
  sourceDocument("Test", text, "Wire", "2026-12-01").facts.entities.map((e) => e.lexiconId ?? e.name);

describe("Al-Shoula and Shula", () => {
  it("reads 'Al-Shoula' on the desert road as the Syrian village", () => {
    const ids = idsOf(
      "Gunmen attacked a truck on the Palmyra road near Al-Shoula on Monday night, killing the driver.",
    );
    expect(ids).toContain("place/shoula");
    expect(ids).not.toContain("place/shula");
  });
  it("keeps a bare 'Shula' in Baghdad", () => {
    const ids = idsOf("His mother lives in the Shula district of Baghdad and works at a school there.");
    expect(ids).toContain("place/shula");
    expect(ids).not.toContain("place/shoula");
  });
});
