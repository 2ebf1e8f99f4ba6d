import { describe, expect, it } from "vitest";
import { dated, extract } from "./helpers.js";

/**
 * Timeline readings from the forty-fifth held-out set's misses (session 48): a social-media post's
 * stamp in an article's head is its publication, and "the wounded" named as people in a closing
 * wish is no happening. Each on sentences written for these tests.
 */

describe("a post's stamp in the head", () => {
  it("dates 'On Sunday evening' from 'Telegram post, 8:15 p.m., Monday 9 March 2026'", () => {
    const doc = extract(
      [
        "ANBAR OPERATIONS COMMAND",
        "Telegram post, 8:15 p.m., Monday 9 March 2026 (translated)",
        "",
        "On Sunday evening, gunmen fired on an army post near Rutba and wounded two soldiers.",
      ].join("\n"),
    );
    expect(doc.article.publishedAt).toBe("2026-03-09");
    expect(dated(doc).map((f) => f.date?.value)).toContain("2026-03-08");
  });
});

describe("the wounded as people", () => {
  it("makes no event of 'a speedy recovery to the wounded.'", () => {
    const doc = extract(
      "Gunmen attacked a checkpoint near Baiji on Monday. Glory to our martyrs and a speedy recovery to the wounded.",
      "2026-03-10",
    );
    expect(doc.facts.filter((f) => /speedy recovery/.test(f.text))).toEqual([]);
  });

  it("still tells 'the wounded soldier was flown to Baghdad'", () => {
    const doc = extract(
      "One soldier was wounded near Baiji on Monday, and the wounded soldier was flown to Baghdad.",
      "2026-03-10",
    );
    expect(doc.facts.some((f) => f.kind === "event" && /wounded soldier/.test(f.text))).toBe(true);
  });
});
