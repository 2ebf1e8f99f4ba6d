import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import type { Assessment } from "../../../src/core/themes/assessment.js";
import { sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * A state's force told by what the state keeps or cuts it to ("will retain a force of
 * approximately 2,500 personnel in Iraq", "has reduced its forces in Iraq to fewer than 1,000
 * troops") is a count of the troops there, set against another source's count.
 */
const figuresOf = (a: Assessment, test: (topic: string) => boolean) =>
  a.conflicts
    .filter((c) => c.kind === "figures" && test(c.topic))
    .map((c) => c.claims.map((x) => [x.articleId, x.value]).sort((x, y) => Number(x[1]) - Number(y[1])));
const AT = new Date("2026-12-01T12:00:00Z");

describe("conflicts: troops a state keeps, against troops it has cut to", () => {
  const communique = sourceDocument(
    "Joint communique of the Higher Military Commission",
    "The US-Iraq Higher Military Commission met in Baghdad on 24 November to review the transition of the coalition mission.\n\nThe United States will retain a force of approximately 2,500 personnel in Iraq during the transition period to advise, assist and protect the partnership.\n\nThe two sides agreed to continue intelligence sharing and the training of the Counter-Terrorism Service.",
    "US Department of State",
    "2026-11-24",
  );
  it("sets 'will retain ... 2,500 personnel in Iraq' against 'has reduced its forces in Iraq to fewer than 1,000 troops'", () => {
    const wire = sourceDocument(
      "US troops in Iraq below 1,000",
      "The United States has reduced its forces in Iraq to fewer than 1,000 troops, most of them at Erbil airport, two US officials said.",
      "Reuters",
      "2026-11-27",
    );
    const a = assess(themeFixture("coalition-withdrawal"), [communique, wire], AT);
    expect(figuresOf(a, (t) => /troops remain in Iraq/.test(t))).toEqual([
      [
        [wire.article.id, 1000],
        [communique.article.id, 2500],
      ],
    ]);
  });

  it("does not set a force kept in Iraq against one cut in Syria", () => {
    const wire = sourceDocument(
      "US troops in Syria",
      "The United States has reduced its forces in Syria to fewer than 1,000 troops, two US officials said.",
      "Reuters",
      "2026-11-27",
    );
    const a = assess(themeFixture("coalition-withdrawal"), [communique, wire], AT);
    expect(figuresOf(a, (t) => /troops remain/.test(t))).toEqual([]);
  });
});
