import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * A rally speech's rhetorical question with a clause of grounds: "And what have the foreign bases
 * given us, when ISIS attacks have doubled this year in Anbar and Nineveh?" states that attacks
 * doubled, against a wire's count that they fell (40 in nine months from 75). A real question, or
 * a "when" of the future, states nothing. Real extractor output of short texts.
 */

const AT = new Date("2026-11-10T12:00:00Z");
const theme = themeFixture("coalition-withdrawal");
const wire = sourceDocument(
  "Coalition troops in Iraq",
  "About 2,000 coalition troops remain in Iraq's Kurdistan Region, two officials told AFP. ISIS attacks in Iraq fell to 40 in the first nine months of 2026 from 75 in the same period of 2025, according to figures from the Joint Operations Command.",
  "AFP",
  "2026-11-05",
);
const speech = (question: string) =>
  sourceDocument(
    "Rally in Ramadi",
    `Thank you all for coming to this square tonight. ${question} The foreign soldiers must leave our country before the summer.`,
    "Campaign of a provincial council candidate (speech transcript)",
    "2026-11-04",
  );
const trendBoxes = (question: string) =>
  assess(theme, [speech(question), wire], AT).conflicts.filter((c) => /attacks rose or fell/.test(c.topic));

describe("conflicts: a trend stated in a rhetorical question's clause of grounds", () => {
  it("sets 'when ISIS attacks have doubled' against the wire's fall", () => {
    const boxes = trendBoxes(
      "And what have the foreign bases given us, when ISIS attacks have doubled this year in Anbar and Nineveh?",
    );
    expect(boxes.map((c) => c.claims.length)).toEqual([2]);
  });

  it("reads nothing from a real question", () => {
    expect(trendBoxes("Have ISIS attacks doubled this year in Anbar and Nineveh?")).toEqual([]);
  });

  it("reads nothing from a 'when' of the future", () => {
    expect(trendBoxes("And what will we do when ISIS attacks double in Anbar and Nineveh?")).toEqual([]);
  });

  it("does not box grounds that agree with the wire", () => {
    expect(
      trendBoxes(
        "And what have the foreign bases given us, when ISIS attacks have fallen this year only because of our own army?",
      ),
    ).toEqual([]);
  });
});
