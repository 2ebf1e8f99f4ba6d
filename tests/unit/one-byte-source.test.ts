import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { oneByteSource } from "../../scripts/build/one-byte-source.js";

/** What a snippet of bundle evaluates to, as written and with its characters escaped. */
function both(code: string): [unknown, unknown, string] {
  const escaped = oneByteSource(code, "snippet.js");
  return [runInNewContext(code), runInNewContext(escaped), escaped];
}

describe("oneByteSource", () => {
  it("leaves no character beyond Latin-1, and Latin-1 ones as they are", () => {
    const out = oneByteSource("const a = /['’ʼ]/; // café — note\nconst b = 'ملك';", "x.js");
    expect([...out].every((c) => c.charCodeAt(0) <= 0xff)).toBe(true);
    expect(out).toContain("café");
    expect(out).toContain("\\u2019");
    expect(out.split("\n")).toHaveLength(2);
  });

  it("keeps what regular expressions match, with and without the u flag, astral characters too", () => {
    const code = `[
      /^[\\w'’-]+$/.test("al-Hol’s"),
      /سجن/u.test("في سجن غويران"),
      /[😀]/u.test("😀") && "😀".replace(/😀/g, "x"),
      "a—b".split(/[–—]/),
      /ʿAbd\\b/i.exec("the ʿabd")?.[0],
    ]`;
    const [before, after] = both(code);
    expect(after).toEqual(before);
    expect(before).toEqual([true, true, "x", ["a", "b"], "ʿabd"]);
  });

  it("keeps what patterns built from String.raw fragments and template literals match", () => {
    const code = `
      const APOS = String.raw\`['’]\`;
      const re = new RegExp(String.raw\`\\b\\w+\${APOS}s\\b\`, "u");
      [re.test("the organisation’s"), \`left — \${APOS}\`, "’".length]`;
    const [before, after] = both(code);
    expect(after).toEqual(before);
    expect(before).toEqual([true, "left — ['’]", 1]);
    expect(after).toEqual(before);
  });

  it("gives String.raw the same text, its substitutions kept", () => {
    const code = 'const X = "x"; [String.raw`a’\\b${X}—${"ʿ"}\\u`, String.raw`plain`]';
    const [before, after, escaped] = both(code);
    expect(after).toEqual(before);
    expect(before).toEqual(["a’\\bx—ʿ\\u", "plain"]);
    expect([...escaped].every((c) => c.charCodeAt(0) <= 0xff)).toBe(true);
  });

  it("refuses a character after a lone backslash, where an escape would change its meaning", () => {
    expect(() => oneByteSource("const r = /\\’/;", "x.js")).toThrow(/x\.js.*backslash/);
    // After an escaped backslash the character stands on its own and is escaped.
    expect(oneByteSource("const s = '\\\\’';", "x.js")).toBe("const s = '\\\\\\u2019';");
  });
});
