import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * "Was driven back after a clash, without entering the village" says the village held, as
 * "repelled" does: set against a local site's "ISIS fighters entered the village", told of the same
 * night, it is the other side of whether the village fell. Real extractor output of short texts.
 */

const AT = new Date("2026-04-20T12:00:00Z");
const site = sourceDocument(
  "ISIS fighters enter Arak",
  "ISIS fighters entered the village of Arak east of Palmyra on the night of 12 April and raised their flag over the school, local sources told Deir ez-Zor 24. Dozens of families fled towards Palmyra.",
  "Deir ez-Zor 24",
  "2026-04-13",
);
const ministry = (night: string) =>
  sourceDocument(
    "Attack near Arak repelled",
    `A group of ISIS terrorists attacked an army checkpoint at the edge of Arak on the night of ${night} and was driven back after a two-hour clash, without entering the village. One soldier was wounded in the clash.`,
    "Syrian Ministry of Defence (statement)",
    "2026-04-14",
  );

describe("conflicts: an attack driven off against a village said to be entered", () => {
  it("sets 'driven back ... without entering the village' against 'entered the village'", () => {
    const body = ministry("12 April");
    const a = assess(themeFixture("isis-badia-insurgency"), [site, body], AT);
    const box = a.conflicts.find((c) => c.id.startsWith("control:"));
    expect(box?.claims.map((x) => [x.articleId, x.stance])).toEqual([
      [site.article.id, "asserts"],
      [body.article.id, "denies"],
    ]);
  });

  it("sets 'reports that the terrorists took the village are lies' on the side that it held", () => {
    const body = sourceDocument(
      "Attack near Arak repelled",
      "A group of ISIS terrorists attacked an army checkpoint at the edge of Arak on the night of 12 April and was repelled after a two-hour clash. Reports that the terrorists took the village are lies spread by hostile channels.",
      "Syrian Ministry of Defence (statement)",
      "2026-04-14",
    );
    const a = assess(themeFixture("isis-badia-insurgency"), [site, body], AT);
    const box = a.conflicts.find((c) => c.id.startsWith("control:"));
    expect(box?.claims.map((x) => [x.articleId, x.sentence, x.stance])).toEqual([
      [site.article.id, 0, "asserts"],
      [body.article.id, 0, "denies"],
      [body.article.id, 1, "denies"],
    ]);
  });

  it("does not read 'reports that the terrorists took the village are confirmed' as a denial", () => {
    const body = sourceDocument(
      "Arak attack",
      "A group of ISIS terrorists attacked an army checkpoint at the edge of Arak on the night of 12 April and was repelled after a two-hour clash. Reports that the terrorists took the village are confirmed by residents.",
      "Syrian Ministry of Defence (statement)",
      "2026-04-14",
    );
    const a = assess(themeFixture("isis-badia-insurgency"), [site, body], AT);
    const box = a.conflicts.find((c) => c.id.startsWith("control:"));
    expect(
      box?.claims.filter((x) => x.sentence === 1 && x.articleId === body.article.id && x.stance === "denies"),
    ).toEqual([]);
  });

  it("adds 'the fighters were still in the village at noon' to the account that it fell", () => {
    const local = sourceDocument(
      "ISIS fighters enter Arak",
      "ISIS fighters entered the village of Arak east of Palmyra on the night of 12 April and raised their flag over the school, local sources told Deir ez-Zor 24. The fighters were still in the village at noon, and dozens of families fled on foot. Residents said ISIS cells have taken money from shepherds around Arak since the winter.",
      "Deir ez-Zor 24",
      "2026-04-13",
    );
    const a = assess(themeFixture("isis-badia-insurgency"), [local, ministry("12 April")], AT);
    const box = a.conflicts.find((c) => c.id.startsWith("control:"));
    expect(
      box?.claims.filter((x) => x.articleId === local.article.id).map((x) => [x.sentence, x.stance]),
    ).toEqual([
      [0, "asserts"],
      [1, "asserts"],
    ]);
  });

  it("does not read fighters 'still in the desert' as the village taken", () => {
    const local = sourceDocument(
      "ISIS fighters enter Arak",
      "ISIS fighters entered the village of Arak east of Palmyra on the night of 12 April and raised their flag over the school, local sources told Deir ez-Zor 24. Other fighters were still in the desert south of the road at noon. Residents said ISIS cells have taken money from shepherds around Arak since the winter.",
      "Deir ez-Zor 24",
      "2026-04-13",
    );
    const a = assess(themeFixture("isis-badia-insurgency"), [local, ministry("12 April")], AT);
    const box = a.conflicts.find((c) => c.id.startsWith("control:"));
    expect(box?.claims.filter((x) => x.articleId === local.article.id).map((x) => x.sentence)).toEqual([0]);
  });

  it("does not set an attack driven off on another night against it", () => {
    const body = ministry("2 April");
    const a = assess(themeFixture("isis-badia-insurgency"), [site, body], AT);
    expect(a.conflicts.filter((c) => c.id.startsWith("control:"))).toEqual([]);
  });
});
