import { describe, expect, it } from "vitest";
import type { Report } from "../../../src/core/themes/reports.js";
import { meetsRequirement } from "../../../src/core/themes/sufficiency.js";
import type { Pattern } from "../../../src/core/themes/theme.js";

/**
 * A trend needs two periods to compare: two half-years of dated reporting within a year of each
 * other. An event an article recalls from years before (a defeat in 2019) is background, not the
 * period a trend runs from.
 */

const report = (date: string, sentenceText: string) =>
  ({ date, ownDate: true, sentenceText }) as unknown as Report;
const trend = { groups: [{ factors: ["attacks"], about: "attacks in the desert" }], periods: 2 };
const unmet = (...reports: Report[]) =>
  meetsRequirement(trend, new Map([["attacks", reports.map((r) => ({ report: r }))]]));

describe("sufficiency: a trend's periods", () => {
  it("compares two half-years within a year of each other", () => {
    expect(
      unmet(
        report("2026-11-07", "Gunmen ambushed a convoy south of Al-Mayadin on Saturday."),
        report("2026-03-10", "Cells attacked a checkpoint near Palmyra in March."),
      ),
    ).toEqual([]);
  });

  it("does not take an event recalled from years before as the earlier period", () => {
    const reasons = unmet(
      report("2026-11-07", "Gunmen ambushed a convoy south of Al-Mayadin on Saturday."),
      report("2026-11-20", "Cells attacked a checkpoint near Palmyra on Friday."),
      report("2019-03-01", "IS lost its last territory in Syria in March 2019 but kept up an insurgency."),
      report("2025-01-01", "Last year, attacks in the desert killed dozens of truffle hunters."),
    );
    expect(reasons).toEqual([expect.stringMatching(/2 periods to compare, and the sources give one/)]);
  });

  it("does not take a tally to date as the earlier period", () => {
    // "More than 120 ambushes since February": a count from its start to now, no earlier term.
    const tally = {
      ...report("2026-02-01", "Cells have carried out more than 120 ambushes on the highway since February."),
      toDate: true,
    } as Report;
    const reasons = unmet(tally, report("2026-10-14", "Gunmen ambushed a bus near Al-Taybeh on Tuesday."));
    expect(reasons).toEqual([expect.stringMatching(/2 periods to compare, and the sources give one/)]);
    // A window with its own bounds still gives its period.
    expect(
      unmet(
        report("2026-02-01", "Between February and April, cells ambushed the highway 40 times."),
        report("2026-10-14", "Gunmen ambushed a bus near Al-Taybeh on Tuesday."),
      ),
    ).toEqual([]);
  });

  it("still takes a sentence that compares two periods itself, however old", () => {
    expect(
      unmet(
        report(
          "2023-07-01",
          "There were 64 attacks in the first half of 2023, up from 35 in the second half of 2022.",
        ),
      ),
    ).toEqual([]);
  });
});

/**
 * A tally that compares two periods of the counted kind of event ("14 attacks between June and
 * November, against six in the six months before") gives a trend its terms, though the tally is
 * no single event the judgment counts: it is read beside the counted report of the same article.
 */
describe("sufficiency: a tally beside the counted event", () => {
  const event = (articleId: string, sentenceText: string, eventType: string, tags: string[]) =>
    ({
      articleId,
      kind: "event",
      date: "2026-11-21",
      ownDate: true,
      sentenceText,
      tags,
      codes: { acled: { eventType } },
    }) as unknown as Report;
  const latest = event(
    "notice",
    "On 21 November, gunmen blew up two towers east of Al-Sukhnah.",
    "Explosions/Remote violence",
    ["explosive-device", "insurgent-attack"],
  );
  const tally = event(
    "notice",
    "Between June and November, gunmen attacked the line 14 times, against six attacks in the previous six months.",
    "Battles",
    ["insurgent-attack"],
  );
  const counted = new Map([["attacks", [{ report: latest }]]]);

  it("takes the tally of the counted article as the second period", () => {
    expect(meetsRequirement(trend, counted)).toEqual([
      expect.stringMatching(/2 periods to compare, and the sources give one/),
    ]);
    expect(meetsRequirement(trend, counted, new Map(), [latest, tally])).toEqual([]);
  });

  it("does not take a tally of another article, or of another kind of event", () => {
    const elsewhere = { ...tally, articleId: "other" } as Report;
    const prices = event(
      "notice",
      "Bread prices rose in November, compared with June, after the attacks.",
      "Protests",
      ["economy"],
    );
    expect(meetsRequirement(trend, counted, new Map(), [latest, elsewhere, prices])).toEqual([
      expect.stringMatching(/2 periods to compare, and the sources give one/),
    ]);
  });
});

/**
 * A sentence is weighed once, under the factor it fits best, but it addresses every question it
 * fits: smuggling that goes on "where the wall has not reached" counts as the wall's gaps and still
 * tells that smuggling goes on, so a judgment that requires reporting on smuggling can be made.
 */
describe("sufficiency: what a sentence counted elsewhere also addresses", () => {
  const smuggling = { groups: [{ factors: ["smuggling"], about: "smuggling across the border" }] };
  const gap = report("2026-11-10", "Smuggling of fuel continues where the wall has not reached.");

  it("takes a report counted under another factor that fits the required one too", () => {
    const assigned = new Map([["barrier", [{ report: gap }]]]);
    expect(meetsRequirement(smuggling, assigned)).toEqual([
      "the reporting does not address smuggling across the border",
    ]);
    expect(meetsRequirement(smuggling, assigned, new Map([["smuggling", [{ report: gap }]]]))).toEqual([]);
  });

  it("takes a trend's periods only from the reports counted under its own factors", () => {
    const trend = { ...smuggling, periods: 2 };
    const earlier = report("2026-03-10", "Smuggling of fuel went on through the spring.");
    const also = new Map([["smuggling", [{ report: gap }, { report: earlier }]]]);
    expect(meetsRequirement(trend, new Map(), also)).toEqual([
      expect.stringMatching(/2 periods to compare, and the sources give no dated period/),
    ]);
  });
});

/**
 * A group's question can be told by a report that shows none of its factors: the SDF "holding
 * 9,000 detainees" that a US exit "would expose" tells of the SDF and its detention sites. Such a
 * report, fitting one of the group's `addressedBy` patterns, lets the judgment be made; a report
 * the patterns do not fit does not.
 */
describe("sufficiency: a report that addresses a group without showing its factors", () => {
  const sdfSites = {
    kinds: ["threat"],
    allTags: ["detention-facility"],
    actors: ["org/sdf"],
  } as unknown as Pattern;
  const requires = {
    groups: [
      { factors: ["sdf-exposure"], about: "the SDF and its detention sites", addressedBy: [sdfSites] },
    ],
  };
  const exposed = {
    kind: "threat",
    tags: ["detention-facility"],
    sentenceText: "A full US exit from Syria would expose the SDF, which holds about 9,000 ISIS detainees.",
  } as unknown as Report;
  const fits = (p: Pattern, r: Report) => p.kinds.includes(r.kind) && r.tags.includes("detention-facility");

  it("takes a report the group's patterns fit", () => {
    expect(meetsRequirement(requires, new Map(), new Map(), [exposed], fits)).toEqual([]);
  });

  it("does not without one", () => {
    expect(meetsRequirement(requires, new Map(), new Map(), [exposed], () => false)).toEqual([
      "the reporting does not address the SDF and its detention sites",
    ]);
    expect(
      meetsRequirement(
        { groups: [{ factors: ["sdf-exposure"], about: "the SDF" }] },
        new Map(),
        new Map(),
        [exposed],
        fits,
      ),
    ).toEqual(["the reporting does not address the SDF"]);
  });
});
