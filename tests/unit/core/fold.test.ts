import { describe, expect, it } from "vitest";
import { containsTerm, fold, foldName } from "../../../src/core/text/fold.js";

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

describe("foldName", () => {
  it("gives transliterations of one Arabic name one key", () => {
    expect(foldName("Rami Abdel Rahman")).toBe(foldName("Rami Abdul Rahman"));
    expect(foldName("Abd al-Rahman")).toBe(foldName("Abdulrahman"));
    expect(foldName("al-Hawl")).toBe(foldName("Al Hol"));
    expect(foldName("Mohammed")).toBe(foldName("Muhammad"));
    expect(foldName("Hussein")).toBe(foldName("Husayn"));
    expect(foldName("Sa‘ad")).toBe(foldName("Saad"));
    expect(foldName("Deir ez-Zor")).toBe(foldName("Deir al-Zour"));
  });

  it("keeps different names apart", () => {
    expect(foldName("Hasan")).not.toBe(foldName("Hussein"));
    expect(foldName("Rami Abdel Rahman")).not.toBe(foldName("Rami Abdel Karim"));
  });
});
