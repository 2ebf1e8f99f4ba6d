import { describe, expect, it } from "vitest";
import { tollOfAnother, withOutcome } from "../../../src/core/facts/timeline.js";
import { extract } from "./helpers.js";

/**
 * Helper x87: a dated happening's entry says what the article tells of it next (its toll, told
 * with the people it names or the marks an encyclopedia sets after it). Sentences written for
 * these tests.
 */

const entries = (doc: ReturnType<typeof extract>) =>
  doc.facts
    .filter((f) => (f.kind === "event" || f.kind === "countermeasure") && f.date)
    .filter((f) => !tollOfAnother(f, doc.facts))
    .map((f) => withOutcome(f.text, f));

describe("a toll naming some of its dead, with reference marks", () => {
  it("joins 'N people, including …, were killed' to the happening before, without its marks", () => {
    const text =
      "The Tal Abyad bus bombing was a car bomb attack on the bus station in Tal Abyad, a town in northern Syria, on 14 March 2026. Seven people, including two teachers, were killed and 19 were injured.[3][4]";
    const doc = extract(text, "2026-03-20");
    const rows = entries(doc);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatch(
      /car bomb attack on the bus station.*Seven people, including two teachers, were killed and 19 were injured\.$/,
    );
  });

  it("keeps a toll 'including' more than the one happening out of its entry", () => {
    const text =
      "A roadside bomb exploded near a police post in Tal Abyad on 14 March 2026. Seven people were killed, including two teachers, in attacks across the province.";
    const doc = extract(text, "2026-03-20");
    const bomb = doc.facts.find((f) => /roadside bomb exploded/.test(f.text));
    expect(bomb?.outcome).toBeUndefined();
  });
});
