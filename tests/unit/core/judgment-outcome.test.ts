import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import type { Assessment } from "../../../src/core/themes/assessment.js";
import { lastedMoreThanADay, OUTCOME_FLOOR } from "../../../src/core/themes/outcome.js";
import type { Report } from "../../../src/core/themes/reports.js";
import { Theme } from "../../../src/core/themes/theme.js";
import { sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * A judgment whose outcome an undisputed source already reports within the reporting window is at
 * least "likely": "ISIS will seize and hold a town for more than a day" cannot read "very unlikely"
 * while a monitor tells that ISIS held Al-Sukhnah for two days last week.
 */

const said = (sentenceText: string, date = "2026-11-20", publishedAt = "2026-11-25", ownDate = true) =>
  ({ sentenceText, date, ownDate, publishedAt }) as unknown as Report;

describe("outcome: a hold that lasted more than a day", () => {
  it("reads stated durations longer than a day", () => {
    expect(lastedMoreThanADay(said("The gunmen controlled the area for two days, the monitor said."))).toBe(
      true,
    );
    expect(lastedMoreThanADay(said("Fighters held the village for more than a day."))).toBe(true);
    expect(lastedMoreThanADay(said("They held it until the evening of the following day."))).toBe(true);
    expect(lastedMoreThanADay(said("The town stayed in their hands for 36 hours."))).toBe(true);
  });

  it("does not read a brief hold, or one counted in hours under a day", () => {
    expect(lastedMoreThanADay(said("The jihadists briefly took control of the silos."))).toBe(false);
    expect(lastedMoreThanADay(said("They held the checkpoint for a few hours."))).toBe(false);
    expect(lastedMoreThanADay(said("The town was held for 12 hours before the army returned."))).toBe(false);
    expect(lastedMoreThanADay(said("Gunmen seized control of the town on Sunday."))).toBe(false);
  });

  it("reads a hold still going on when the source wrote, begun more than a day before", () => {
    const since = "ISIS fighters have held the village of Al-Taybah since an assault on 19 November.";
    expect(lastedMoreThanADay(said(since, "2026-11-19", "2026-11-29"))).toBe(true);
    // Told the very day it began: no day has passed.
    expect(lastedMoreThanADay(said(since, "2026-11-19", "2026-11-19"))).toBe(false);
    // Without a date of its own the start is unknown.
    expect(lastedMoreThanADay(said(since, "2026-11-29", "2026-11-29", false))).toBe(false);
  });
});

describe("outcome: the floor on a judgment whose outcome the sources report", () => {
  const badia = themeFixture("isis-badia-insurgency");
  const AT = new Date("2026-12-01T12:00:00Z");
  const townSeized = (a: Assessment) => {
    const j = a.judgments.find((x) => x.id === "town-seized");
    if (!j) throw new Error("no town-seized judgment");
    return j;
  };
  const held = (how: string) =>
    sourceDocument(
      "ISIS holds part of Al-Sukhnah",
      `ISIS fighters attacked an army checkpoint near Palmyra on 18 November, killing three soldiers, a monitor said. ISIS fighters seized control of the town of Al-Sukhnah on 20 November and ${how}, the monitor said.`,
      "AFP",
      "2026-11-25",
    );

  it("holds the judgment at likely when an undisputed source reports the outcome in the window", () => {
    const a = assess(badia, [held("held it for two days")], AT);
    const j = townSeized(a);
    expect(j.probability).toBeGreaterThanOrEqual(OUTCOME_FLOOR);
    expect(j.likelihood).toBe("likely");
    expect(j.outcomeReported).toHaveLength(1);
    expect(j.reasons[0]).toMatch(/^held at likely because the sources already report ISIS holding a town/);
  });

  it("leaves the judgment to its factors when the theme declares no outcome", () => {
    const bare = Theme.parse({
      ...badia,
      judgments: badia.judgments.map((j) => ({ ...j, outcome: undefined })),
    });
    const j = townSeized(assess(bare, [held("held it for two days")], AT));
    expect(j.probability).toBeLessThan(OUTCOME_FLOOR);
    expect(j.outcomeReported).toBeUndefined();
  });

  it("does not hold it up for a hold told as brief", () => {
    const j = townSeized(assess(badia, [held("held it for a few hours")], AT));
    expect(j.probability).toBeLessThan(OUTCOME_FLOOR);
    expect(j.outcomeReported).toBeUndefined();
  });

  it("does not hold it up when another source disputes the hold", () => {
    const denial = sourceDocument(
      "Army: Sukhnah secure",
      "A military source denied that the terrorists had taken control of the town of Al-Sukhnah on 20 November, saying the town remained under the full control of the army.",
      "SANA",
      "2026-11-24",
    );
    const a = assess(badia, [held("held it for two days"), denial], AT);
    expect(a.conflicts.some((c) => c.claims.some((x) => x.articleId === denial.article.id))).toBe(true);
    expect(townSeized(a).outcomeReported).toBeUndefined();
  });

  it("does not hold it up for an outcome reported outside the reporting window", () => {
    const j = townSeized(assess(badia, [held("held it for two days")], new Date("2027-09-01T12:00:00Z")));
    expect(j.outcomeReported).toBeUndefined();
  });
});

describe("outcome: a clash with casualties already reported", () => {
  const smuggling = themeFixture("cross-border-smuggling");
  const AT = new Date("2026-12-01T12:00:00Z");
  const clashes = (text: string, publishedAt = "2026-11-20", at = AT) => {
    const a = assess(smuggling, [sourceDocument("Border clash", text, "Petra", publishedAt)], at);
    const j = a.judgments.find((x) => x.id === "violent-clashes");
    if (!j) throw new Error("no violent-clashes judgment");
    return j;
  };

  it("names the sentence that tells of a clash with smugglers in the window", () => {
    const j = clashes(
      "Jordanian border guards killed four smugglers in a clash on the border with Syria on 18 November, the army said.",
    );
    expect(j.outcomeReported).toEqual([expect.stringMatching(/#0$/)]);
  });

  it("does not take a tally over a period for the outcome observed", () => {
    const j = clashes(
      "Jordanian border guards killed four smugglers in a clash on the border with Syria on 18 March, the army said. Border guards have killed 35 smugglers in clashes on the border with Syria so far this year, the army said.",
      "2026-03-20",
      new Date("2026-04-01T12:00:00Z"),
    );
    expect(j.outcomeReported).toEqual([expect.stringMatching(/#0$/)]);
  });
});
