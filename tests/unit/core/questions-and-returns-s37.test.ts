import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { askedAbout } from "../../../src/core/themes/relevance.js";
import { citedRoles, paragraphsDocument, themeFixture } from "../../support/themes.js";

/**
 * Session 37 (held-out set 28, prison theme), told in other words: a numbered question that asks
 * how many escaped names what was asked, not an escape; a guide who "escaped back" across the
 * border fled an arrest, not a prison; and a camp's water or food shortage is a humanitarian
 * event, not pressure on the force guarding it. Real extraction of short texts written here.
 */
const AT = new Date("2026-12-05T12:00:00Z");

describe("a question that asks how many", () => {
  it("reads 'asked how many' as the topic of a question", () => {
    const sentence = "Question 2 asked how many detainees escaped from the prison, and the answer is four.";
    expect(askedAbout({ text: sentence, sentenceText: sentence })).toBe(true);
  });

  it("still reads a plain count of escapees as told", () => {
    const sentence = "Four detainees escaped from the prison on Sunday, officials said.";
    expect(askedAbout({ text: sentence, sentenceText: sentence })).toBe(false);
  });
});

describe("escapes from prisons and escapes back across a border", () => {
  const reply = paragraphsDocument(
    "Reply of the Ministry of Justice to a request for information",
    [
      "Four detainees escaped from the Ghwayran prison in Hasakah on 2 October 2026 during a transfer.",
      "The Iraqi Border Guard arrested them after they crossed into Iraq south of Sinjar with a paid guide.",
      "The guide escaped back into Syria and is wanted under an arrest warrant.",
    ],
    "Ministry of Justice of Iraq",
    "2026-11-30",
  );
  const a = assess(themeFixture("isis-prison-escape"), [reply], AT);

  it("cites the detainees' escape from the prison", () => {
    expect(citedRoles(a, reply.article.id, 0)).toContain("driver:escape-reported");
  });

  it("does not cite a guide who escaped back across the border as an escape", () => {
    expect(citedRoles(a, reply.article.id, 2)).not.toContain("driver:escape-reported");
  });
});

describe("a camp's shortages are no pressure on its guards", () => {
  it("does not cite water trucking interrupted at the camp as pressure on the SDF", () => {
    const minutes = paragraphsDocument(
      "Minutes of the camp coordination meeting",
      [
        "Turkish-backed factions shelled SDF positions near the Tishreen Dam in November, partners said.",
        "Food deliveries to Al-Hol camp were interrupted three times because of fuel shortages.",
      ],
      "CCCM Cluster",
      "2026-11-30",
    );
    const a = assess(themeFixture("isis-prison-escape"), [minutes], AT);
    expect(citedRoles(a, minutes.article.id, 1)).not.toContain("driver:sdf-under-pressure");
  });
});
