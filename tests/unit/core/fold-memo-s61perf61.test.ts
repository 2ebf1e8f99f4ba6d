import { describe, expect, it } from "vitest";
import { fold } from "../../../src/core/text/fold.js";

/** `fold` as it is written, without the folds it keeps: the memo must never change an answer. */
const fresh = (text: string) =>
  text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/['’‘ʼʻʿʾ`´]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

describe("fold keeps the folds of long texts (speed only)", () => {
  it("answers a long text the same the first time and every time after", () => {
    const text = "The patrol’s “new” post — north of Al Ḩawl — reported nothing unusual overnight.";
    const first = fold(text);
    expect(first).toBe(fresh(text));
    for (let i = 0; i < 3; i++) expect(fold(text)).toBe(first);
    // An equal text built anew (another string object) gets the same fold.
    expect(fold(`${text.slice(0, 20)}${text.slice(20)}`)).toBe(first);
  });

  it("tells apart texts that differ only where folding keeps a difference", () => {
    const a = "Guards at the eastern gate counted twelve detainees at the evening roll call.";
    const b = "Guards at the eastern gate counted twelve detainees at the morning roll call.";
    expect(fold(a)).not.toBe(fold(b));
    expect(fold(b)).toBe(fresh(b));
  });

  it("stays right after the memo fills and is emptied", () => {
    const texts = Array.from(
      { length: 5000 },
      (_, i) => `Sentence number ${i} of a long invented bulletin, item ${i}.`,
    );
    for (const t of texts) fold(t);
    for (const t of [texts[0], texts[4999], texts[2500]] as string[]) expect(fold(t)).toBe(fresh(t));
    expect(fold("Al-Hawl")).toBe("al hawl");
  });
});
