import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { paragraphsDocument, themeFixture } from "../../support/themes.js";

const at = new Date("2026-04-02T12:00:00Z");
const report = paragraphsDocument(
  "US troops pull out of Kharab al-Jir, sources say",
  [
    "US forces completed their withdrawal from the Kharab al-Jir airbase on Monday, moving their vehicles towards Erbil, local sources told the channel.",
    "Residents said the gates of the base were left open.",
  ],
  "Levant Satellite Channel",
  "2026-03-24",
);
const rebuttal = (second: string) =>
  paragraphsDocument(
    "The coalition's footprint in Syria this spring",
    [
      "Reports in partisan media that US forces had left the Kharab al-Jir airbase are untrue, a coalition spokesman told the institute on 25 March.",
      second,
    ],
    "Royal United Services Institute (commentary)",
    "2026-03-26",
  );

describe("conflicts: one dispute, one box", () => {
  it("holds a denial of a departure and the count of those who remain in the box of the report they answer", () => {
    const a = assess(
      themeFixture("coalition-withdrawal"),
      [report, rebuttal("About 150 US personnel remain at Kharab al-Jir, according to the spokesman.")],
      at,
    );
    const boxes = a.conflicts.filter((c) => c.claims.some((x) => /completed their withdrawal/.test(x.text)));
    expect(boxes).toHaveLength(1);
    expect(boxes[0]?.claims.map((x) => x.stance).sort()).toEqual(["asserts", "denies", "denies"]);
    expect(boxes[0]?.topic).toMatch(/Kharab al-Jir/);
  });

  it("keeps the denials of two different sources in boxes of their own", () => {
    const other = paragraphsDocument(
      "Coalition update",
      ["About 150 US personnel remain at Kharab al-Jir, a coalition statement said on 27 March."],
      "Combined Joint Task Force (statement)",
      "2026-03-27",
    );
    const a = assess(
      themeFixture("coalition-withdrawal"),
      [report, rebuttal("The institute's researchers did not visit the base."), other],
      at,
    );
    const boxes = a.conflicts.filter((c) => c.claims.some((x) => /completed their withdrawal/.test(x.text)));
    const denying = boxes.map(
      (c) => new Set(c.claims.filter((x) => x.stance === "denies").map((x) => x.articleId)).size,
    );
    expect(boxes.length).toBeGreaterThan(0);
    for (const n of denying) expect(n).toBe(1);
  });
});
