import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { paragraphsDocument, themeFixture } from "../../support/themes.js";

/**
 * Session 67's held-out set 60: an anti-corruption body said some lorries let through a crossing
 * carried Captagon, and the crossing's authority answered that they "carried undeclared cigarettes,
 * not narcotics". A load told as one thing and not another denies an account that it was the
 * other. The tests tell it in other words.
 */
const at = new Date("2026-09-20T12:00:00Z");
const account = paragraphsDocument(
  "Anti-narcotics police: hashish hidden in produce lorries at Trebil",
  [
    "The anti-narcotics directorate said on Tuesday that customs officers at the Trebil crossing had waved through nine lorries from Jordan in August.",
    "Its officers established that several of the lorries carried hashish concealed in crates of tomatoes, the directorate said.",
  ],
  "General Directorate of Narcotics Affairs (Iraq)",
  "2026-09-08",
);
const reply = (text: string) =>
  paragraphsDocument(
    "Customs answers the directorate on Trebil",
    [text, "The customs authority said it would cooperate with the inquiry."],
    "General Customs Authority (Iraq)",
    "2026-09-10",
  );
const loadBox = (text: string) =>
  assess(themeFixture("cross-border-smuggling"), [account, reply(text)], at).conflicts.find(
    (c) =>
      c.claims.some((x) => x.stance === "denies" && x.text === text) &&
      c.claims.some((x) => /hashish/.test(x.text)),
  );

describe("conflicts: a load said to be one thing and not another", () => {
  it("sets 'the lorries held smuggled tobacco rather than drugs' against the account of hashish", () => {
    const box = loadBox(
      "The two lorries at the Trebil crossing held smuggled tobacco rather than drugs, and the tobacco was seized in Ramadi.",
    );
    expect(box?.topic).toMatch(/^What the lorries carried/);
  });

  it("leaves alone a denial about boats, not lorries", () => {
    expect(
      loadBox("The two boats stopped near the Trebil crossing carried smuggled tobacco, not drugs."),
    ).toBeUndefined();
  });

  it("leaves alone a load named without saying what it was not", () => {
    expect(loadBox("The two lorries at the Trebil crossing carried smuggled tobacco.")).toBeUndefined();
  });
});
