import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * A written question and its answer in one record: "The senator asked how many foreign troops are
 * still stationed in Syria after the coalition's drawdown ..., and said her own information put
 * the figure at more than 1,800" against the minister's "About 900 coalition personnel remain in
 * Syria". "The figure" stands for the "how many" the sentence asks, the foreign force asked about
 * in a sentence on the coalition's drawdown is the coalition's, and a figure told as someone's own
 * information is that person's account. Real extractor output of short texts.
 */

const AT = new Date("2026-07-01T12:00:00Z");
const theme = themeFixture("coalition-withdrawal");
const record = (
  question: string,
  answer = "About 900 coalition personnel remain in Syria, most of them at the Rmelan and Qasrak bases.",
) =>
  sourceDocument(
    "Written question on the coalition drawdown in Syria",
    `Written question from a senator to the Minister of Defence on the coalition drawdown in Syria. ${question} Answer of the Minister: the first phase of the drawdown ended on schedule. ${answer}`,
    "French Senate (written answer)",
    "2026-06-20",
  );
const boxWith = (a: ReturnType<typeof assess>, v: number) =>
  a.conflicts.filter((c) => c.claims.some((x) => x.value === v));

describe("conflicts: a figure given in a question against the answer's", () => {
  it("sets the senator's more than 1,800 against the minister's about 900", () => {
    const doc = record(
      "The senator asked how many foreign troops are still stationed in Syria after the end of the coalition's drawdown on 10 June, and said her own information put the figure at more than 1,800.",
    );
    const box = boxWith(assess(theme, [doc], AT), 900)[0];
    expect(box?.claims.map((x) => x.value).sort((x, y) => (x ?? 0) - (y ?? 0))).toEqual([900, 1800]);
  });

  it("does not read a question about a toll as a force's size", () => {
    const doc = record(
      "The senator asked how many soldiers were killed in Syria after the end of the coalition's drawdown on 10 June, and said her own information put the figure at more than 1,800.",
    );
    expect(boxWith(assess(theme, [doc], AT), 900)).toEqual([]);
  });

  it("does not box an answer that agrees with the question's figure", () => {
    const doc = record(
      "The senator asked how many foreign troops are still stationed in Syria after the end of the coalition's drawdown on 10 June, and said her own information put the figure at about 950.",
    );
    expect(boxWith(assess(theme, [doc], AT), 900)).toEqual([]);
  });
});
