import { describe, expect, it } from "vitest";
import { extract, spanProblems } from "./helpers.js";

/** Sentences written for these tests, in wording no corpus article uses. */

const events = (doc: ReturnType<typeof extract>) => doc.facts.filter((f) => f.kind === "event");

describe("a burial is not the killing, and 'the attackers' told again are the attack", () => {
  it("keeps a shooting and the victim's burial days later as two happenings", () => {
    const text =
      "The watchman, Salim Darwish, 51, was shot dead at the orchard gate. Salim Darwish was buried in Kafr Nabl on Tuesday morning.";
    const doc = extract(text, "2027-03-12");
    const shot = events(doc).find((f) => f.text.includes("shot dead"));
    const burial = events(doc).find((f) => f.text.includes("was buried"));
    expect(shot).toBeDefined();
    expect(burial?.date?.value).toBe("2027-03-09");
    // The shooting is not dated by the burial's day.
    expect(shot?.date?.value).not.toBe("2027-03-09");
    expect(spanProblems(doc, text)).toEqual([]);
  });

  it("still folds a fall told twice at two precisions into one happening", () => {
    const text =
      "Mosul fell to ISIS in 2014, and thousands fled. When Mosul fell on 10 June 2014, the army left its weapons behind.";
    const doc = extract(text, "2024-06-10");
    const falls = events(doc).filter((f) => /\bfell\b/.test(f.text) && f.date);
    expect(falls).toHaveLength(1);
  });

  it("tells 'the attackers had opened fire' after a dated killing as that killing, not as the burial", () => {
    const text =
      "Gunmen killed two members of the internal security forces at a checkpoint in the countryside of Quneitra late on Sunday, the Interior Ministry said on Monday. Interior Ministry spokesman Omar Bakri said the attackers had opened fire from a car near the town of Jasim at about 10 pm and escaped towards the Yarmouk valley. The two men were buried in Jasim on Monday morning.";
    const doc = extract(text, "2027-03-09");
    const dated = events(doc).filter((f) => f.date !== undefined);
    expect(dated.map((f) => f.date?.value).sort()).toEqual(["2027-03-07", "2027-03-08"]);
    expect(dated.find((f) => f.date?.value === "2027-03-08")?.text).toContain("were buried");
    expect(spanProblems(doc, text)).toEqual([]);
  });

  it("keeps a later attack by other gunmen, told with its own day, apart", () => {
    const text =
      "Gunmen killed three customs officers at a post east of Qaim late on Monday. On Wednesday the gunmen struck again, killing a shepherd near Karabila.";
    const doc = extract(text, "2027-03-12");
    const days = new Set(events(doc).map((f) => f.date?.value));
    expect(days).toContain("2027-03-08");
    expect(days).toContain("2027-03-10");
  });
});
