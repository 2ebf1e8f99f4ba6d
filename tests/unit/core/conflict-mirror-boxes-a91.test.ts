import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * One dispute told from either side: a research note's "about 600 US personnel remained at Harir
 * air base" against a ministry's "Harir air base was fully handed over ... and hosts no foreign
 * forces" and "reports that about 600 American soldiers remain at the base are inaccurate". Read
 * once as the presence and its denial, and once as the base left and its stay denied, it is one
 * matter: one box, the note asserting and both of the ministry's sentences denying. A base kept
 * elsewhere is no part of it. Real extractor output of short texts.
 */

const AT = new Date("2026-05-01T12:00:00Z");
const theme = themeFixture("coalition-withdrawal");
const note = (base: string) =>
  sourceDocument(
    "US forces in Iraq and Syria: an update",
    `The Kurdistan Region's parliament has asked for a timetable for the departure of foreign forces. As of March 2026, about 600 US personnel remained at ${base} in Erbil, according to Defense officials. ISIS cells remain active in the Qara Chogh mountains and attacked two Peshmerga posts in February.`,
    "Congressional Research Service (Insight)",
    "2026-04-10",
  );
const ministry = sourceDocument(
  "Statement on Harir air base",
  "The Ministry of Peshmerga Affairs affirms that Harir air base was fully handed over to the Peshmerga on 1 February 2026 and hosts no foreign forces of any kind. Reports that about 600 American soldiers remain at the base are inaccurate. The Peshmerga now lead all operations against ISIS remnants in the region.",
  "Kurdistan Region Ministry of Peshmerga Affairs (statement)",
  "2026-04-14",
);
const holding = (a: ReturnType<typeof assess>, articleId: string) =>
  a.conflicts.filter((c) => c.claims.some((x) => x.articleId === articleId));

describe("conflicts: a base left and a presence kept are one dispute", () => {
  it("shows one box, the note on one side and both of the ministry's sentences on the other", () => {
    const n = note("Harir air base");
    const a = assess(theme, [n, ministry], AT);
    const boxes = holding(a, ministry.article.id).filter((c) =>
      c.claims.some((x) => x.articleId === n.article.id),
    );
    expect(boxes.length).toBe(1);
    const side = (stance: string) => (stance === "denies" ? "denies" : "asserts");
    const noteSide = new Set(
      boxes[0]?.claims.filter((x) => x.articleId === n.article.id).map((x) => side(x.stance)),
    );
    const ministrySide = boxes[0]?.claims
      .filter((x) => x.articleId === ministry.article.id)
      .map((x) => side(x.stance));
    expect(ministrySide?.length).toBe(2);
    expect(new Set(ministrySide).size).toBe(1);
    expect(noteSide.size).toBe(1);
    expect([...noteSide][0]).not.toBe(ministrySide?.[0]);
  });

  it("leaves a lone figure and its denial as they are", () => {
    const n = note("Harir air base");
    const denialOnly = sourceDocument(
      "Statement on US soldiers at Harir",
      "Reports that about 600 American soldiers remain at Harir air base are inaccurate, the Ministry of Peshmerga Affairs said. The Peshmerga now lead all operations against ISIS remnants in the region.",
      "Kurdistan Region Ministry of Peshmerga Affairs (statement)",
      "2026-04-14",
    );
    const a = assess(theme, [n, denialOnly], AT);
    const boxes = holding(a, denialOnly.article.id);
    expect(boxes.map((c) => c.claims.map((x) => x.stance).sort())).toEqual([["denies", "figure"]]);
  });
});
