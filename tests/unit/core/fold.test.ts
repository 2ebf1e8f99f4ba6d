import { describe, expect, it } from "vitest";
import { matchKey } from "../../../src/core/facts/text/normalize.js";
import { tokenize } from "../../../src/core/facts/text/tokenize.js";
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

/**
 * Themes, outlets and the briefing compare text with `fold`/`foldName`; the extractor and its
 * lexicon with token norms and `matchKey`. The two must not drift apart: a phrase folds to its
 * tokens' norms, and spellings the lexicon takes for one word are one name.
 */
describe("fold and foldName agree with the extractor's folding", () => {
  const phrases = [
    "Al Ḩawl camp",
    "al-Hawl",
    "ʿAyn al-ʿArab (Kobani)",
    "Qa'im and Al-Qa’im",
    "Türkiye, Straße, Ørsted, Łódź",
    "Deir ez-Zor — Raqqa/Hasakah",
    "Kurdish-led SDF  guards: 1,500 fighters",
    "ÉCOLE Élémentaire",
  ];

  // Possessives differ: the tokenizer splits "SDF’s" into "SDF" and "’s", fold keeps "sdfs".
  it("a phrase folds to the norms of its word and number tokens, in order", () => {
    for (const phrase of phrases) {
      const norms = tokenize(phrase)
        .filter((t) => t.kind === "word" || t.kind === "num")
        .flatMap((t) => t.norm.split(/[^\p{L}\p{N}]+/u))
        .filter(Boolean);
      expect(fold(phrase), phrase).toBe(norms.join(" "));
    }
  });

  it("spellings the lexicon matches as one word are one name", () => {
    const pairs = [
      ["Raqqah", "Raqa"],
      ["Baghouz", "Baghuz"],
      ["Waleed", "Walid"],
      ["Hurra", "Hura"],
      ["Ḩasakah", "Hasaka"],
      ["Qa’im", "Qaim"],
    ];
    for (const [a = "", b = ""] of pairs) {
      expect(matchKey(a), `${a} / ${b}`).toBe(matchKey(b));
      expect(foldName(a), `${a} / ${b}`).toBe(foldName(b));
    }
  });
});
