import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * A denial aimed at what is said on social media ("Claims on social media that US forces are
 * leaving Harir are untrue"; "There has been no change to our force posture" after "aware of posts
 * on social media about ...") answers the accounts of forces leaving posted on social media or an
 * online forum in the week before it, and only those that name the site the denial names. Real
 * extractor output of short texts.
 */

const AT = new Date("2026-08-20T12:00:00Z");
const theme = themeFixture("coalition-withdrawal");
const channel = (published: string, source = "Telegram (a plane-spotting channel)") =>
  sourceDocument(
    "Harir airlift",
    "Spotters logged 11 C-130 departures from Harir air base between 1 and 8 August. Only a few hundred US troops will stay in Erbil after the summer, the channel's admin wrote. Follow the channel for more flight data.",
    source,
    published,
  );
const ministry = (text: string) =>
  sourceDocument("Statement on Harir", text, "US Department of Defense", "2026-08-12");
const socialBoxes = (docs: Parameters<typeof assess>[1]) =>
  assess(theme, docs, AT).conflicts.filter((c) => /posted on social media/.test(c.topic));

describe("conflicts: a denial of what is posted on social media", () => {
  const denial =
    "Claims on social media that US forces are leaving Harir are untrue. The recent flights are a routine rotation of units. US advisers will continue to train Peshmerga brigades at Harir through 2027.";

  it("sets the channel's departures from Harir against the denial", () => {
    const post = channel("2026-08-10");
    const boxes = socialBoxes([post, ministry(denial)]);
    expect(boxes.map((c) => c.claims.map((x) => [x.articleId === post.article.id, x.stance]))).toEqual([
      [
        [true, "asserts"],
        [false, "denies"],
      ],
    ]);
  });

  it("reads 'no change to our force posture' after a mention of posts on social media as the denial", () => {
    const boxes = socialBoxes([
      channel("2026-08-10"),
      ministry(
        "The Department is aware of posts on social media about the movement of US forces in Iraq. There has been no change to our force posture. US advisers will continue to train Peshmerga brigades at Harir through 2027.",
      ),
    ]);
    expect(boxes).toHaveLength(1);
  });

  it("does not answer posts from weeks before", () => {
    expect(socialBoxes([channel("2026-07-15"), ministry(denial)])).toEqual([]);
  });

  it("does not answer posts about another site than the one the denial names", () => {
    const other =
      "Claims on social media that US forces are leaving Erbil are untrue. The recent flights are a routine rotation of units. US advisers will continue to train Peshmerga brigades at Harir through 2027.";
    expect(socialBoxes([channel("2026-08-10"), ministry(other)])).toEqual([]);
  });

  it("does not answer posts about departures with a denial of something else", () => {
    const other =
      "Claims on social media that Harir air base was hit by a drone are untrue. The recent flights are a routine rotation of units. US advisers will continue to train Peshmerga brigades at Harir through 2027.";
    expect(socialBoxes([channel("2026-08-10"), ministry(other)])).toEqual([]);
  });

  it("does not take a wire's report for a post on social media", () => {
    expect(socialBoxes([channel("2026-08-10", "Reuters"), ministry(denial)])).toEqual([]);
  });
});
