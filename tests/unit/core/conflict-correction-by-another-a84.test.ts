import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * A figure corrected by a second outlet (ANNOTATION.md rule 14): "received 1,420 people in 360
 * families from Roj camp on 3 March, not 2,300 as some media reported" answers the 2,300 a channel
 * reported of the same convoy. The figure the clause opens with is the one given against it, however
 * far its details run before the "not", and the box credits the correction to the body that made
 * it, not to "some outlets". Real extractor output of short texts.
 */

const AT = new Date("2026-03-12T12:00:00Z");
const channel = sourceDocument(
  "Convoy of 2,300 Syrians leaves Roj camp",
  "A convoy carrying 2,300 Syrians left Roj camp on 3 March for a reception centre in Deir ez-Zor, Rudaw has learned. It was the second convoy of Syrian families to leave the camp this winter.",
  "Rudaw",
  "2026-03-04",
);
const ministry = (camp: string) =>
  sourceDocument(
    "Ministry receives returnees",
    `The ministry received 1,420 people in 360 families from ${camp} on 3 March, not 2,300 as some media reported. All of them were screened at the reception centre.`,
    "Syrian Ministry of Social Affairs (statement)",
    "2026-03-05",
  );

describe("conflicts: a figure corrected by a second outlet", () => {
  it("sets the body's count against the channel's figure it names as wrong", () => {
    const body = ministry("Roj camp");
    const a = assess(themeFixture("isis-prison-escape"), [channel, body], AT);
    const box = a.conflicts.find((c) => c.kind === "figures" && c.claims.some((x) => x.value === 2_300));
    expect(box?.claims.map((x) => [x.articleId, x.value])).toEqual([
      [channel.article.id, 2_300],
      [body.article.id, 1_420],
    ]);
    expect(box?.analysis).toMatch(/^The figure of 1,420 is better supported: it is the later correction by/);
    expect(box?.analysis).not.toMatch(/some media/);
  });

  it("does not set a count at another camp against it", () => {
    const body = ministry("Al-Hol camp");
    const a = assess(themeFixture("isis-prison-escape"), [channel, body], AT);
    expect(a.conflicts.filter((c) => c.claims.some((x) => x.value === 2_300))).toEqual([]);
  });
});
