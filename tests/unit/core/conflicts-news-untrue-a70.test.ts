import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { paragraphsDocument, themeFixture } from "../../support/themes.js";

/**
 * Session 67's held-out set 60: a foreign agency reported a flight from a camp, and the camp's
 * administration answered that "the news published by a Russian agency about the flight of dozens
 * of families ... is completely untrue". A denial may call the news (or the information, or the
 * story) about a happening wrong, with a word of degree before the rating. The tests tell it in
 * other words.
 */
const at = new Date("2026-10-20T12:00:00Z");
const account = paragraphsDocument(
  "Detainees slip out of Ghwayran prison, witnesses say",
  [
    "Scores of detainees escaped from Ghwayran prison in Hasakah during a power cut on Thursday night, residents told the channel.",
    "Witnesses said pick-up trucks were waiting behind the prison.",
  ],
  "Al-Mayadeen",
  "2026-10-09",
);
const answer = (text: string) =>
  paragraphsDocument(
    "Statement of the prison administration",
    [
      text,
      "Two guards were wounded on Sunday when a mortar shell hit the outer wall of the prison.",
      "The administration urged journalists to check facts before publishing them.",
    ],
    "Ghwayran Prison Administration (Autonomous Administration of North and East Syria)",
    "2026-10-10",
  );
const denialBox = (text: string) =>
  assess(themeFixture("isis-prison-escape"), [account, answer(text)], at).conflicts.find(
    (c) =>
      c.kind === "denial" &&
      c.claims.some((x) => x.stance === "denies" && x.text === text) &&
      c.claims.some((x) => x.stance === "asserts" && /^Scores of detainees/.test(x.text)),
  );

describe("conflicts: news of a happening called untrue, with a word of degree", () => {
  it("sets 'the information spread by a channel about the escape ... is totally false' against the account", () => {
    expect(
      denialBox(
        "The information spread by a Lebanese channel about the escape of scores of detainees from Ghwayran prison is totally false.",
      ),
    ).toBeDefined();
  });

  it("reads the news of a 'flight' from the prison as news of its escape", () => {
    expect(
      denialBox(
        "The news aired by a foreign channel about the flight of scores of detainees from Ghwayran prison is entirely untrue.",
      ),
    ).toBeDefined();
  });

  it("sets no box for news about another matter called untrue", () => {
    expect(
      denialBox(
        "The news aired by a foreign channel about the closure of the Semalka crossing is entirely untrue.",
      ),
    ).toBeUndefined();
  });
});
