import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { articleFrame } from "../../../src/core/themes/relevance.js";
import {
  assessStory,
  conflictsOf,
  paragraphsDocument,
  sourceDocument,
  themeFixture,
} from "../../support/themes.js";

/**
 * Readings prompted by blind analytic set 56 (session 61, helper N61), each on sentences invented
 * here, with a near sentence that must not read that way.
 */

const AT = new Date("2026-12-20T12:00:00Z");
const doc = paragraphsDocument;
const badia = themeFixture("isis-badia-insurgency");

describe("an opera or a ballet is a stage work: its sieges and raids are the plot", () => {
  const review = doc("The Siege of Rusafa review: a grand desert opera at the National Theatre", [
    "Rusafa is besieged for three acts in the new opera at the Damascus Opera House, and the walls come down in the last scene.",
    "The caliph's raiders strike the caravans in hit-and-run attacks staged with camels and smoke.",
    "A chorus of tribal fighters storms the gate, and the town is seized and held by the invaders at the interval.",
    "The mezzo-soprano Rima Saad carries the evening, and the libretto gives her the best lines.",
    "The ballet of the sandstorm is the strongest image of the production.",
    "The Siege of Rusafa plays in repertory until 30 January.",
  ]);

  it("sets the review aside as a stage play: no judgment, no evidence", () => {
    expect(articleFrame(review)).toMatch(/stage play/);
    const a = assess(badia, [review], AT);
    for (const j of a.judgments) expect(j.probability).toBeNull();
    expect(a.factors.flatMap((f) => f.evidence)).toEqual([]);
    expect(a.unused).toEqual([{ articleId: review.article.id, reason: expect.stringMatching(/stage play/) }]);
  });

  it("leaves news of an attack near an opera house news", () => {
    const news = doc("Gunmen attack checkpoint near Palmyra opera venue", [
      "ISIS gunmen attacked an army checkpoint near the open-air opera venue in Palmyra on Tuesday, killing three soldiers.",
      "The attackers fled into the desert towards Al-Sukhnah, a military source said.",
      "The army sent two battalions to the town on Wednesday.",
      "A second attack hit a convoy on the Palmyra-Deir ez-Zor road the same night.",
    ]);
    expect(articleFrame(news)).toBeNull();
  });
});

describe("a camp's guards who open the sentence take the measure, whatever group they arrest", () => {
  const at = new Date("2026-12-20T12:00:00Z");
  it("reads a sweep by the camp guards arresting ISIS suspects as the SDF's control", () => {
    const { roles } = assessStory(
      "isis-prison-escape",
      [
        "About 2,600 women and children are held in Roj camp in Hasakah province, near the Iraqi border.",
        "Camp guards carried out a two-week sweep in November, searching the sections and arresting 38 suspected ISIS members.",
      ],
      at,
    );
    expect(roles(1)).toContain("mitigator:sdf-control");
    expect(roles(1).some((r) => r.startsWith("driver:"))).toBe(false);
  });

  it("leaves the group that attacks the guards the actor", () => {
    const { roles } = assessStory(
      "isis-prison-escape",
      [
        "About 2,600 women and children are held in Roj camp in Hasakah province, near the Iraqi border.",
        "ISIS cells attacked the camp guards at the main gate in November, wounding three of them.",
      ],
      at,
    );
    expect(roles(1)).not.toContain("mitigator:sdf-control");
  });
});

describe("support told cut, with an adverb before 'been', is support going: the SDF exposed", () => {
  const at = new Date("2026-12-20T12:00:00Z");
  const story = (verb: string) =>
    assessStory(
      "coalition-withdrawal",
      [
        "The US-led coalition has begun to scale down its mission in Iraq and Syria.",
        `SDF officers told the institute that coalition funding for the guards at their prisons ${verb} by half this year.`,
      ],
      at,
    );

  it("reads funding already cut by half as the SDF's exposure, no presence kept", () => {
    const { roles } = story("had already been cut");
    expect(roles(1)).toContain("driver:sdf-exposure");
    expect(roles(1)).not.toContain("mitigator:residual-presence");
  });

  it("does not read funding already raised by half so", () => {
    expect(story("had already been raised").roles(1)).not.toContain("driver:sdf-exposure");
  });
});

describe("hauls of a year are a tally over that year: two accounts' figures for it conflict", () => {
  const at = new Date("2027-01-04T12:00:00Z");
  const ministry = sourceDocument(
    "Drug results of the year",
    "The Interior Ministry seized 3,400,000 Captagon pills in 2026 along the border with Syria in Anbar province.",
    "Iraqi News Agency",
    "2026-12-30",
  );
  const tally = (year: string) =>
    sourceDocument(
      "The new pill route",
      `Iraqi seizures of Captagon on the Syrian border reached 1,900,000 pills in ${year}, according to a tally of official announcements seen by the newspaper.`,
      "The Guardian",
      "2027-01-02",
    );
  const figures = (docs: ReturnType<typeof sourceDocument>[]) =>
    conflictsOf(docs, at).filter((k) => k.kind === "figures" && /seized/i.test(k.topic));

  it("sets the two counts of 2026 against each other", () => {
    expect(figures([ministry, tally("2026")])).toHaveLength(1);
  });

  it("does not set a count of 2026 against one of 2025", () => {
    expect(figures([ministry, tally("2025")])).toHaveLength(0);
  });
});

describe("a state withdrawing 'its roughly N soldiers' moves its coalition force", () => {
  const at = new Date("2027-01-04T12:00:00Z");
  it("reads the withdrawal with an approximate count as the coalition's intent", () => {
    const { roles } = assessStory(
      "coalition-withdrawal",
      ["Poland will withdraw all of its roughly 300 soldiers from Iraq by the end of 2027, officials said."],
      at,
    );
    expect(roles(0)).toContain("driver:withdrawal-intent");
  });
});

describe("a denial that a decision was taken answers the plan told for a later date", () => {
  const at = new Date("2027-01-04T12:00:00Z");
  const plan = sourceDocument(
    "Troops to leave",
    "Poland will withdraw its 300 soldiers from Iraq by the end of September 2027, two officials told the agency.",
    "Reuters",
    "2026-12-28",
  );
  const denial = (what: string) =>
    sourceDocument(
      "Ministry statement",
      `The Ministry of National Defence denies press reports that a decision has been taken to ${what}.`,
      "Poland Ministry of National Defence",
      "2026-12-29",
    );
  const denials = (docs: ReturnType<typeof sourceDocument>[]) =>
    conflictsOf(docs, at).filter((k) => k.kind === "denial");

  it("sets the denial against the plan", () => {
    expect(denials([plan, denial("withdraw the Polish contingent from Iraq")])).toHaveLength(1);
  });

  it("does not set a denial of another decision against it", () => {
    expect(denials([plan, denial("close the Polish embassy in Baghdad")])).toHaveLength(0);
  });
});
