import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { conflictsOf, figureBoxes, paragraphsDocument, themeFixture } from "../../support/themes.js";

/**
 * Session 67, readings the blind analytic set 62 asked for (helper c71). Real extraction of short
 * texts written here, in wording of their own.
 */

const AT = new Date("2027-01-10T12:00:00Z");

describe("a length of line the extractor kept with the line's name in the figure", () => {
  it("sets 'about 190 km of the steel fence proposed along ... have gone up' against 350 km finished", () => {
    const senator = paragraphsDocument(
      "Senator: fence far from done",
      [
        "Barely 190 kilometres of the steel fence proposed along Jordan's 370-kilometre frontier with Iraq have gone up, an opposition senator told Al-Ghad.",
      ],
      "Al-Ghad",
      "2026-11-20",
    );
    const army = paragraphsDocument(
      "Army: fence nearly finished",
      ["The steel fence on the frontier with Iraq has been finished along 350 kilometres, the army said."],
      "Jordan News Agency",
      "2026-11-22",
    );
    const boxes = conflictsOf([senator, army], AT).filter((c) => c.kind === "figures");
    expect(boxes.map((c) => c.claims.map((x) => x.value).sort((x, y) => (x ?? 0) - (y ?? 0)))).toEqual([
      [190, 350],
    ]);
  });
});

describe("a place the attackers fled toward is not where the toll was", () => {
  it("sets a claimed toll against the army's own when the army names where the attackers went", () => {
    const claim = paragraphsDocument(
      "Post overrun",
      [
        "Islamic State fighters overran an army checkpoint near the Jihar gas field west of Palmyra, killing 11 soldiers and taking their rifles.",
      ],
      "Amaq",
      "2026-11-10",
    );
    const army = paragraphsDocument(
      "Assault beaten back",
      [
        "Our units beat back an assault by an ISIS cell on a checkpoint near the Jihar field on Sunday night.",
        "Two soldiers were martyred and four hurt, and the assailants retreated towards Al-Sukhnah after losing several of their fighters.",
      ],
      "Syrian Ministry of Defence",
      "2026-11-11",
    );
    const a = assess(themeFixture("isis-badia-insurgency"), [claim, army], AT);
    expect(figureBoxes(a)).toEqual([[2, 11]]);
  });
});

describe("a site held for a stretch of time, against the state's word that the claims of its fall are lies", () => {
  it("sets the holding of 'the checkpoint' against 'reports ... that the checkpoint was overrun are fabrications'", () => {
    const claim = paragraphsDocument(
      "Checkpoint stormed",
      [
        "Islamic State fighters stormed an army checkpoint near the Jihar gas field west of Palmyra on Monday.",
        "The mujahidin kept the checkpoint for two whole days before pulling out.",
      ],
      "Amaq",
      "2026-11-10",
    );
    const army = paragraphsDocument(
      "Assault beaten back",
      [
        "Our units beat back an assault by an ISIS cell on a checkpoint near the Jihar field on Monday night.",
        "Reports on the group's channels that the checkpoint was overrun and kept are fabrications.",
      ],
      "Syrian Ministry of Defence",
      "2026-11-11",
    );
    const a = assess(themeFixture("isis-badia-insurgency"), [claim, army], AT);
    const taken = a.conflicts.filter((c) => c.id.startsWith("claim:captured"));
    expect(
      taken.map((c) =>
        c.claims.map((x) => [x.articleId === claim.article.id ? "claim" : "army", x.sentence, x.stance]),
      ),
    ).toEqual([
      [
        ["claim", 1, "asserts"],
        ["army", 1, "denies"],
      ],
    ]);
  });
});

describe("how long a crossing was closed, as two sources put it", () => {
  const agent = paragraphsDocument(
    "Nassib: freight stopped",
    [
      "Freight movements through the Nassib crossing between Jordan and Syria were stopped on Sunday after border police found explosives in a lorry, forwarders report.",
      "The crossing is likely to stay shut to lorries for at least four days while every vehicle is checked.",
    ],
    "Freightlink Levant",
    "2026-11-15",
  );
  const customs = (stop: string) =>
    paragraphsDocument(
      "Customs: crossing open",
      [
        `Lorry traffic at the Nassib crossing was stopped for ${stop}, and the crossing is operating normally.`,
      ],
      "Jordan Customs",
      "2026-11-16",
    );
  const closures = (stop: string) =>
    conflictsOf([agent, customs(stop)], AT)
      .filter((c) => c.id.startsWith("closure:"))
      .map((c) => c.claims.map((x) => x.value).sort((x, y) => (x ?? 0) - (y ?? 0)));

  it("sets 'at least four days' against 'just five hours'", () => {
    expect(closures("just five hours")).toEqual([[5, 96]]);
  });

  it("reads 'at least four days' and 'some 100 hours' as agreeing", () => {
    expect(closures("some 100 hours")).toEqual([]);
  });
});

describe("a seizure one body revised, relayed by one outlet", () => {
  const story = (revision: string) =>
    paragraphsDocument(
      "Hashish haul smaller than first said",
      [
        "On 3 November the Border Guards Command said it had thwarted an attempt to smuggle 900 kilograms of hashish across the border with Syria near Rabia.",
        revision,
      ],
      "Al Sumaria",
      "2026-11-09",
    );
  const seized = (revision: string) =>
    conflictsOf([story(revision)], AT)
      .filter((c) => c.kind === "figures")
      .map((c) => c.claims.map((x) => x.value).sort((x, y) => (x ?? 0) - (y ?? 0)));

  // Rule 14 of the analytic convention (session 71): the ministry's word that the initial figure
  // was an estimate revises its own command's figure; the box the reading once drew is gone.
  it("reads the figure that replaces the first as its revision, no conflict", () => {
    expect(
      seized(
        "In a statement on Sunday, the Interior Ministry said the final weighing had found 610 kilograms, and that the initial figure had been a rough estimate.",
      ),
    ).toEqual([]);
  });

  it("reads a second figure that revises nothing as no conflict", () => {
    expect(
      seized(
        "In a statement on Sunday, the Interior Ministry said 610 kilograms of crystal meth were burned in Mosul.",
      ),
    ).toEqual([]);
  });
});

describe("a force said to be leaving a region, against reports of it called false", () => {
  const sources = paragraphsDocument(
    "Troops to pull out",
    [
      "Turkish troops have begun leaving their hilltop posts and will withdraw from northern Iraq before the summer, sources in Duhok told the channel.",
    ],
    "Kurdistan24",
    "2026-11-20",
  );
  const ministry = (region: string) =>
    paragraphsDocument(
      "Ministry: no pull-out",
      [`Reports that Turkish troops are leaving ${region} are baseless, the defence ministry said.`],
      "Anadolu Agency",
      "2026-11-22",
    );
  const boxes = (region: string) =>
    conflictsOf([sources, ministry(region)], AT)
      .filter((c) => c.id.startsWith("departure:"))
      .map((c) =>
        c.claims.map((x) => [x.articleId === sources.article.id ? "sources" : "ministry", x.stance]),
      );

  it("sets the departure against the denial that names the same region", () => {
    expect(boxes("northern Iraq")).toEqual([
      [
        ["sources", "asserts"],
        ["ministry", "denies"],
      ],
    ]);
  });

  it("sets it against no denial of another region", () => {
    expect(boxes("Qatar")).toEqual([]);
  });
});
