import { describe, expect, it } from "vitest";
import { tollOfAnother, withOutcome } from "../../../src/core/facts/timeline.js";
import { extract, spanProblems } from "./helpers.js";

/**
 * Session 58 (t58): what the timeline prints for one happening. Sentences written for these tests.
 */

const entries = (doc: ReturnType<typeof extract>) =>
  doc.facts
    .filter((f) => (f.kind === "event" || f.kind === "countermeasure") && f.date)
    .filter((f) => !tollOfAnother(f, doc.facts))
    .map((f) => withOutcome(f.text, f));

describe("a happening's toll told over the sentences after it", () => {
  it("prints the damage to things and the toll after it with the happening", () => {
    const text =
      "On Tuesday night, a masked man threw a grenade at a bakery on the main street of Tel Keppe. The front of the bakery was destroyed. A customer was slightly wounded.";
    const doc = extract(text, "2025-03-20");
    const rows = entries(doc);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatch(
      /threw a grenade.*front of the bakery was destroyed.*customer was slightly wounded/,
    );
    expect(spanProblems(doc, text)).toEqual([]);
  });

  it("prints 'nobody was killed' and the damage told after it with the blast", () => {
    const text =
      "Shortly after midnight on Friday, a small bomb exploded against the wall of a cafe in Karrada. Nobody was killed. A cook was cut by glass, and the cafe's windows were wrecked.";
    const doc = extract(text, "2025-03-23");
    const rows = entries(doc);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatch(
      /Nobody was killed\. A cook was cut by glass, and the cafe's windows were wrecked/,
    );
  });

  it("takes a toll told by its verb alone, with no fact of its own", () => {
    const text =
      "On Sunday evening a rocket struck a warehouse at the edge of the Baiji refinery. Three guards were lightly injured.";
    const doc = extract(text, "2025-03-20");
    const strike = doc.facts.find((f) => /rocket struck a warehouse/.test(f.text));
    expect(strike?.outcome?.text).toBe("Three guards were lightly injured");
  });

  it("does not take a deed told with its doer as the damage of the happening before", () => {
    const text =
      "On Sunday evening a rocket struck a warehouse at the edge of the Baiji refinery. A second rocket was destroyed by the army's engineers.";
    const doc = extract(text, "2025-03-20");
    const strike = doc.facts.find((f) => /rocket struck a warehouse/.test(f.text));
    expect(strike?.outcome).toBeUndefined();
  });

  it("does not run a toll on over a third sentence", () => {
    const text =
      "On Tuesday night, a masked man threw a grenade at a bakery on the main street of Tel Keppe. The front of the bakery was destroyed. A customer was slightly wounded. Two soldiers were killed.";
    const doc = extract(text, "2025-03-20");
    const grenade = doc.facts.find((f) => /threw a grenade/.test(f.text));
    expect(grenade?.outcome?.text).toBe(
      "The front of the bakery was destroyed. A customer was slightly wounded",
    );
  });
});

describe("counts over a period are tallies, not timeline rows", () => {
  it("drops a count since the start of the year and one set against another year's", () => {
    const text =
      "Since the start of the year, 23 teachers have been killed in the province. Militants carried out 140 attacks in the district in 2024, against 95 in 2023.";
    const doc = extract(text, "2025-06-20");
    expect(entries(doc)).toEqual([]);
  });

  it("drops a count over the first months of a year that a monitor recorded", () => {
    const text =
      "According to the monitor, gunmen carried out 31 attacks on shepherds in the first four months of 2025.";
    const doc = extract(text, "2025-06-20");
    expect(entries(doc)).toEqual([]);
  });

  it("keeps one happening dated by a year, and one move over the first months", () => {
    const text =
      "The army moved some 200 families out of the camp to Erbil in the first two months of this year. Gunmen killed four guards at the camp gate in 2024.";
    const doc = extract(text, "2025-06-20");
    const rows = entries(doc);
    expect(rows.some((r) => /killed four guards/.test(r))).toBe(true);
    expect(rows.some((r) => /moved some 200 families/.test(r))).toBe(true);
  });

  it("keeps a share set against another year's", () => {
    const text =
      "Engineers defused 60 percent of the devices found in 2024 before they exploded, against 30 percent in 2020.";
    const doc = extract(text, "2025-06-20");
    expect(entries(doc).some((r) => /defused 60 percent/.test(r))).toBe(true);
  });
});

describe("a record's captions are no happenings", () => {
  it("drops a caption line that tells who wrote or posted the record and when", () => {
    const text =
      "Notes on the Hawija road\n\nsamir-h (editor) commented on Tuesday 4 March 2025\n\nThe road was closed after the attack. Gunmen attacked a checkpoint near Hawija on Monday night.";
    const doc = extract(text, "2025-03-06");
    const rows = entries(doc);
    expect(rows.some((r) => /commented/.test(r))).toBe(false);
    expect(rows.some((r) => /attacked a checkpoint/.test(r))).toBe(true);
  });

  it("keeps a line with no stop that tells an act, and a caption verb told in a sentence", () => {
    const text =
      "Letters dated 2 March 2025 from the Permanent Representative of Syria to the Secretary-General\n\nThe ministry published its findings on Tuesday 4 March 2025.";
    const doc = extract(text, "2025-03-06");
    const rows = entries(doc);
    expect(rows.some((r) => /Letters dated 2 March/.test(r))).toBe(true);
    expect(rows.some((r) => /published its findings/.test(r))).toBe(true);
  });
});
