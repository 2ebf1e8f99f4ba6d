import { describe, expect, it } from "vitest";
import { containsTerm, fold } from "../../../src/core/text/fold.js";

describe("fold", () => {
  it("ignores case, diacritics, hyphens and curly apostrophes", () => {
    expect(fold("Al Ḩawl")).toBe(fold("al-hawl"));
    expect(fold("People’s  Defense")).toBe(fold("Peoples Defense"));
    expect(fold("Türkiye")).toBe("turkiye");
  });

  it("matches whole words only", () => {
    const text = fold("The Turkish attack on the SDF could lead to the escape of detainees.");
    expect(containsTerm(text, "Turkish attack")).toBe(true);
    expect(containsTerm(text, "escape")).toBe(true);
    expect(containsTerm(text, "scape")).toBe(false);
    expect(containsTerm(text, "SD")).toBe(false);
  });
});
