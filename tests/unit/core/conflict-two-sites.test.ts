import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * A conflict sets two accounts of ONE event against each other: a toll in a region that does not
 * hold the other's site, a prison's count against a camp's, or an attempt told as stopped against
 * a denial that anyone got out are not disputes. Real extractor output of short texts written for
 * these tests.
 */
const AT = new Date("2026-11-29T12:00:00Z");
const boxesOf = (...docs: ReturnType<typeof sourceDocument>[]) =>
  assess(themeFixture("isis-prison-escape"), docs, AT).conflicts.map((c) => ({
    topic: c.topic,
    articles: [...new Set(c.claims.map((x) => x.articleId))].sort(),
  }));
const across = (boxes: ReturnType<typeof boxesOf>, a: string, b: string) =>
  boxes.filter((x) => x.articles.includes(a) && x.articles.includes(b));

const prison = sourceDocument(
  "Detainees escape from Ghwayran prison after car bomb",
  "Detainees escaped from the Ghwayran prison in Hasakah late on Thursday after a car bomb hit its gate, a security source told the agency.\n\nHow many got out: a security source in the prison administration said that at least 18 detainees escaped through a breach in the outer wall.\n\nCasualties: two guards of the Internal Security Forces were killed and four wounded, according to a medic at the Hasakah national hospital.",
  "AFP",
  "2026-11-27",
);
const camp = sourceDocument(
  "Security forces deny escape from Al-Hol camp Annex",
  'The Internal Security Forces on Thursday denied reports that women and children had escaped from the Annex of Al-Hol camp during the night.\n\n"Nobody left, and the morning count matched the register," the forces\' spokesman told the channel.\n\nHe said ISIS cells had carried out 14 attacks on the forces in the Deir ez-Zor countryside in November, killing five of their members.\n\nIn a separate incident on 3 November, two detainees escaped from a prison in Qamishli during a transfer and were caught within hours, the forces said at the time.',
  "Kurdistan24",
  "2026-11-27",
);

describe("conflicts: one event, one place", () => {
  it("does not set a toll in a region against a toll at a site the region does not hold", () => {
    const boxes = across(boxesOf(prison, camp), prison.article.id, camp.article.id);
    expect(boxes.filter((b) => /killed/i.test(b.topic))).toEqual([]);
  });

  it("does not set an escape from a prison against a camp's count", () => {
    const boxes = across(boxesOf(prison, camp), prison.article.id, camp.article.id);
    expect(boxes.filter((b) => /escaped/i.test(b.topic))).toEqual([]);
  });

  it("still sets two tolls of one prison attack against each other", () => {
    const other = sourceDocument(
      "Attack on Hasakah prison",
      "Detainees escaped from the Ghwayran prison in Hasakah on Wednesday night after a car bomb hit its gate, the forces said.\n\nOne guard of the Internal Security Forces was killed in the attack on the prison, a statement said.",
      "ANHA",
      "2026-11-27",
    );
    const boxes = across(boxesOf(prison, other), prison.article.id, other.article.id);
    expect(boxes.filter((b) => /killed/i.test(b.topic))).toHaveLength(1);
  });
});

describe("conflicts: an attempt told as stopped", () => {
  it("is not the account a denial of an escape answers", () => {
    const tanker = sourceDocument(
      "Camp checkpoint",
      "Guards at Al-Hol camp tightened checks on water tankers this week.\n\nOn 20 November three women tried to leave Al-Hol camp hidden in a water tanker and were caught at a checkpoint, officials said.",
      "AFP",
      "2026-11-27",
    );
    const boxes = across(boxesOf(tanker, camp), tanker.article.id, camp.article.id);
    expect(boxes.filter((b) => b.topic.startsWith("Whether it is so"))).toEqual([]);
  });
});
