import { describe, expect, it } from "vitest";
import {
  foldChars,
  foldSameLength,
  matchKey,
  skeleton,
  straightenQuotes,
} from "../../../src/core/facts/text/normalize.js";

describe("normalize", () => {
  it("folds case, diacritics and apostrophes", () => {
    expect(foldChars("Al Ḩawl")).toBe("al hawl");
    expect(foldChars("Türkiye")).toBe("turkiye");
    expect(foldChars("Ghuwayrān")).toBe("ghuwayran");
    expect(foldChars("Qamişlo")).toBe("qamislo");
    expect(foldChars("Sina'a")).toBe("sinaa");
    expect(foldChars("People’s")).toBe("peoples");
  });

  it("gives transliteration variants one key", () => {
    expect(matchKey("Raqqah")).toBe(matchKey("Raqa"));
    expect(matchKey("Al-Hurra".split("-")[1] ?? "")).toBe(matchKey("Hura"));
    expect(matchKey("Waleed")).toBe(matchKey("Walid"));
    expect(matchKey("Baghouz")).toBe(matchKey("Baghuz"));
    expect(matchKey("Hasakah")).toBe(matchKey("Hasaka"));
  });

  it("gives spelling variants of a surname one consonant skeleton, and different names different ones", () => {
    expect(skeleton("Aasm")).toBe(skeleton("Assaam"));
    expect(skeleton("Assad")).not.toBe(skeleton("Saadi"));
  });

  it("keeps offsets when folding for matching", () => {
    const text = "Al Ḩawl’s camp — “Ghuwayrān”";
    expect(foldSameLength(text)).toHaveLength(text.length);
    expect(foldSameLength("Al Ḩawl")).toBe("al hawl");
  });

  it("straightens curly quotes and apostrophes", () => {
    expect(straightenQuotes("the “delegation’s” visit")).toBe(`the "delegation's" visit`);
  });
});
