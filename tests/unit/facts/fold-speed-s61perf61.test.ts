import { describe, expect, it } from "vitest";
import { foldChars, SPECIAL_LETTERS } from "../../../src/core/facts/text/normalize.js";

/** foldChars as it was before its typographic-punctuation path: decompose, drop marks, fold. */
function slowFold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[ıßøæœđłþð]/g, (ch) => SPECIAL_LETTERS[ch] ?? ch)
    .replace(/['’‘ʼʻʿʾ`´]/g, "");
}

describe("foldChars' path for ASCII with typographic punctuation (speed only)", () => {
  it("folds every character it lets through as the full path does", () => {
    const chars = [0xa0, ...Array.from({ length: 0x206f - 0x2002 + 1 }, (_, i) => 0x2002 + i)];
    for (const c of chars) {
      const s = `The Guard’s post${String.fromCodePoint(c)}NORTH of Town`;
      expect(foldChars(s)).toBe(slowFold(s));
    }
  });

  it("gives the full path's result on invented sentences with curly quotes and dashes", () => {
    for (const s of [
      "The council’s spokesman said the “new fence” — finished in May — was “enough”.",
      "Two patrols… left at dawn\u00a0on Tuesday – the ‘long road’ was closed.",
      "Officials didn’t confirm it.",
    ])
      expect(foldChars(s)).toBe(slowFold(s));
  });

  it("leaves to the full path what decomposes or carries marks", () => {
    // U+2000 decomposes to U+2002; accented letters and Latin special letters need the full path.
    for (const s of [
      "Al Ḩawl’s camp",
      "Qamişli’s gate\u2000north",
      "Straße — Ørsted’s œuvre",
      "Café’s ‘résumé’",
    ])
      expect(foldChars(s)).toBe(slowFold(s));
    expect(foldChars("Al Ḩawl’s camp")).toBe("al hawls camp");
  });
});
