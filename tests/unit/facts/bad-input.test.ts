import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/core/facts/extract-facts.js";
import { FactsDocument } from "../../../src/core/facts/schema.js";
import { growth, MAX_GROWTH } from "../../support/budget.js";
import { extract, loadCorpus, spanProblems } from "./helpers.js";

describe("bad input", () => {
  it("gives an honest empty result for empty or blank text", () => {
    for (const text of ["", "   ", "\n\n\t \n"]) {
      const doc = extract(text);
      expect(FactsDocument.parse(doc)).toBeTruthy();
      expect(doc).toMatchObject({
        sentences: [],
        entities: [],
        quotes: [],
        facts: [],
        article: { publishedAt: null },
      });
    }
  });

  it("treats HTML and script as plain text, cited as written and never run", () => {
    const text = `<script>globalThis.__pwned = true; alert("x")</script><p>ISIS fighters attacked a checkpoint in <b>Palmyra</b>.</p>`;
    const doc = extract(text);
    expect((globalThis as { __pwned?: boolean }).__pwned).toBeUndefined();
    expect(FactsDocument.parse(doc)).toBeTruthy();
    expect(spanProblems(doc, text)).toEqual([]);
    expect(doc.entities.map((e) => e.name)).toEqual(expect.arrayContaining(["Islamic State", "Palmyra"]));
    expect(doc.sentences[0]?.text).toContain("<script>");
  });

  it("does not crash on binary-looking text, lone surrogates or control characters", () => {
    const noise = Array.from({ length: 20_000 }, (_, i) => String.fromCharCode((i * 7919) % 65_536)).join("");
    for (const text of [noise, "\u0000\u0001\u0002 ISIS \uD800 Syria \uDFFF", "\uFFFD".repeat(100)]) {
      const doc = extract(text);
      expect(FactsDocument.parse(doc)).toBeTruthy();
      expect(spanProblems(doc, text)).toEqual([]);
    }
  });

  it("does work linear in long and pathological text", () => {
    const cases: [string, number][] = [
      ["3 meters wide and 4 km, ", 8000],
      ['"a," he said "b" ', 10_000],
      ["Abc Def, ", 20_000],
    ];
    // How the time grows from a quarter of the text to all of it (tests/support/budget.ts): the
    // quadratic extractor took 10-50 s on these.
    for (const [unit, times] of cases) {
      const { growth: ratio, summary } = growth(
        (f) => unit.repeat(Math.round(times * f)),
        (text) => extract(text),
      );
      expect(ratio, `${JSON.stringify(unit)}: ${summary}`).toBeLessThan(MAX_GROWTH);
    }
  }, 120_000);

  it("ignores a publication date it cannot read instead of resolving against it", () => {
    const doc = extract(
      "Militants attacked the prison on Thursday after the fall of the Assad regime.",
      "last Tuesday",
    );
    expect(FactsDocument.parse(doc).article.publishedAt).toBe("last Tuesday");
    for (const f of doc.facts) expect(f.date?.value ?? "").not.toMatch(/Tuesday/);
  });

  it("stays valid on mangled versions of the corpus: upper case, no punctuation, cut anywhere", () => {
    const texts = loadCorpus().map((a) => a.text);
    const variants = texts.flatMap((t, i) => [
      t.toUpperCase(),
      t.toLowerCase(),
      t.replace(/[.,;:!?"“”()]/g, ""),
      t.slice((i * 97) % t.length, ((i * 97) % t.length) + 700),
      t.split("\n").reverse().join("\n"),
    ]);
    for (const text of variants) {
      const doc = extract(text, "2025-01-14");
      expect(() => FactsDocument.parse(doc)).not.toThrow();
      expect(spanProblems(doc, text)).toEqual([]);
    }
  });

  it("accepts a text that is not a string as empty rather than throwing", () => {
    const doc = extractFacts({ id: "x", title: "x", text: undefined as unknown as string });
    expect(doc.sentences).toEqual([]);
  });
});
