import { describe, expect, it } from "vitest";
import { namedAgain } from "../../../src/core/themes/conflicts.js";

/**
 * A speaker named again by pointing back ("according to the same workers") is the speaker an
 * earlier sentence named: the two sentences are one account, not two accounts an article relays.
 */
describe("namedAgain: one source told in two sentences", () => {
  const first =
    "REPORTER (voice-over): Camp workers told our team that 17 women and nine children slipped out.";
  const again =
    "REPORTER (voice-over): According to the same workers, three guards were wounded when gunmen opened fire.";

  it("links 'according to the same workers' to the sentence that named the workers", () => {
    expect(namedAgain(again, first)).toBe(true);
  });

  it("links 'the same officials said' to 'officials said'", () => {
    expect(
      namedAgain("The same officials said two soldiers died.", "Officials said three soldiers died."),
    ).toBe(true);
  });

  it("does not link a sentence that points back at no speaker", () => {
    expect(namedAgain(first, again)).toBe(false);
  });

  it("does not link a speaker pointed back at when the other sentence names someone else", () => {
    expect(namedAgain(again, "SOHR said 30 women escaped from the camp.")).toBe(false);
  });

  it("reads 'the same day' as a time, not a speaker", () => {
    expect(namedAgain("Police said the same day that two died.", "The day was cold, police said.")).toBe(
      false,
    );
  });
});

describe("namedAgain: the same event is not the same speaker", () => {
  it("does not read 'reported the same attack and said' as a speaker named again", () => {
    expect(
      namedAgain(
        "SANA reported the same attack and said three soldiers were killed and the attackers were driven off.",
        "In the largest claim, the group said its fighters attacked a checkpoint and killed 11 soldiers and officers.",
      ),
    ).toBe(false);
  });
});
