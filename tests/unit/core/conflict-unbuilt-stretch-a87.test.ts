import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * How much of a frontier still lacks its barrier, as two speakers in one committee's minutes put
 * it: "only 40 kilometres remain to be built" (an official, on the fence) against "about 110
 * kilometres of the border west of Sinjar are still protected only by a sand berm" (a member,
 * "objected, saying that"). A stretch held only by a berm is one the fence does not cover yet, and
 * "saying that" attributes what follows as "said that" does. Real extractor output of short texts.
 */

const AT = new Date("2026-10-20T12:00:00Z");
const theme = themeFixture("border-fortification");
const minutes = (second: string) =>
  sourceDocument(
    "Minutes of the security committee",
    `The Deputy Minister told the committee that the fence now covers 300 kilometres of the border with Syria, and that only 40 kilometres remain to be built. ${second} The Deputy Minister said border guards had arrested 14 men crossing from Syria near Sinjar in September.`,
    "Iraqi Council of Representatives (session minutes)",
    "2026-10-14",
  );
const boxWith = (a: ReturnType<typeof assess>, v: number) =>
  a.conflicts.filter((c) => c.claims.some((x) => x.value === v));

describe("conflicts: how much of the border is still without the barrier", () => {
  it("sets the official's 40 km left to build against the member's 110 km held only by a berm", () => {
    const doc = minutes(
      "MP Salwa Hamdan of Nineveh objected, saying that about 110 kilometres of the border west of Sinjar are still protected only by a sand berm.",
    );
    const box = boxWith(assess(theme, [doc], AT), 40)[0];
    expect(box?.claims.map((x) => x.value)).toEqual([40, 110]);
    expect(box?.claims.find((x) => x.value === 110)?.attributedTo).toMatch(/Salwa Hamdan/);
  });

  it("does not read a length of berm dug as a stretch without the fence", () => {
    const doc = minutes(
      "MP Salwa Hamdan of Nineveh objected, saying that about 110 kilometres of new berm had been dug west of Sinjar.",
    );
    expect(boxWith(assess(theme, [doc], AT), 40)).toEqual([]);
  });

  it("does not box the same official's figure for a stretch of the border", () => {
    const doc = minutes(
      "The Deputy Minister added, saying that about 110 kilometres of the border west of Sinjar are still protected only by a sand berm.",
    );
    expect(boxWith(assess(theme, [doc], AT), 40)).toEqual([]);
  });

  it("does not box a member's figure within a fifth of the official's", () => {
    const doc = minutes(
      "MP Salwa Hamdan of Nineveh objected, saying that about 45 kilometres of the border west of Sinjar are still protected only by a sand berm.",
    );
    expect(boxWith(assess(theme, [doc], AT), 40)).toEqual([]);
  });
});
