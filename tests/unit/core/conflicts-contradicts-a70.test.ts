import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { paragraphsDocument, themeFixture } from "../../support/themes.js";

/**
 * Session 67's held-out set 22: an integrity body found cameras never installed, and its next
 * sentence said "This contradicts the report of the Ministry of Interior to Parliament last year,
 * which stated that the camera network covered the entire border". A sentence that sets what its
 * article just told against another body's account relays that account: two accounts, one box.
 * The tests tell it in other words.
 */
const at = new Date("2026-05-20T12:00:00Z");
const review = (third: string) =>
  paragraphsDocument(
    "Audit board: Jordan border fence unfinished",
    [
      "The Federal Board of Supreme Audit published on Sunday its review of the 2024 contracts for the fence along the border with Jordan.",
      "The auditors found that 31 kilometres of the fence paid for under the contracts were never built, leaving the desert south of the Trebil crossing open to smugglers.",
      third,
      "The board referred the file to the prosecutor.",
    ],
    "Federal Board of Supreme Audit (Iraq)",
    "2026-05-10",
  );
const box = (third: string) =>
  assess(themeFixture("border-fortification"), [review(third)], at).conflicts.find((c) =>
    c.claims.some((x) => x.text === third),
  );

describe("conflicts: a sentence that contradicts another body's account it relays", () => {
  it("sets the finding against 'this contradicts the statement of the ministry, which said that ...'", () => {
    const found = box(
      "This contradicts the statement of the Ministry of Defence last spring, which said that the fence was complete along the whole border with Jordan.",
    );
    expect(found?.claims.map((x) => x.sentence).sort()).toEqual([1, 2]);
  });

  it("sets no box for a sentence that confirms the account it relays", () => {
    expect(
      box(
        "This confirms the statement of the Ministry of Defence last spring, which said that the fence was unfinished along the border with Jordan.",
      ),
    ).toBeUndefined();
  });
});
