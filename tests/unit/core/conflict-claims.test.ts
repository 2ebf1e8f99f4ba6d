import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import type { Assessment } from "../../../src/core/themes/assessment.js";
import { claimsOf } from "../../../src/core/themes/conflicts-claims.js";
import { collectReports } from "../../../src/core/themes/reports.js";
import { paragraphsDocument as paragraphs, sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * Conflicts found through general claims (`conflicts-claims.ts`): a count of one kind, place and
 * period given as incompatible figures by two accounts, on real extractor output of short texts
 * written for these tests. Figures within rounding agree; a different town is a different event;
 * an outlet correcting its own figure is a revision, not a conflict.
 */

const AT = new Date("2026-10-20T12:00:00Z");
const involving = (a: Assessment, ids: readonly string[]) =>
  a.conflicts.filter((c) => ids.every((id) => c.claims.some((x) => x.articleId === id)));

const wire = (figure: string, town = "Al-Qaim") =>
  sourceDocument(
    "Militants cross from Syria near the border",
    `Iraqi border guards said on Tuesday that ${figure} ISIS fighters crossed from Syria into Iraq near ${town} overnight and clashed with a border regiment before withdrawing into the desert.`,
    "Reuters",
    "2026-10-06",
  );
const statement = (figure: string, town = "Al-Qaim") =>
  sourceDocument(
    "Joint Operations Command statement on the border",
    `The Joint Operations Command said on Tuesday that ${figure} infiltrators crossed the border near ${town} overnight and were pursued by the border regiment.`,
    "Iraqi News Agency",
    "2026-10-06",
  );

describe("conflicts from claims: incompatible figures for one crossing", () => {
  it("sets about 40 against 6 crossing near one town on one night, each with its source", () => {
    const a = wire("about 40");
    const b = statement("six");
    const found = involving(assess(themeFixture("border-fortification"), [a, b], AT), [
      a.article.id,
      b.article.id,
    ]);
    expect(found.length).toBeGreaterThan(0);
    const sources = found[0]?.claims.map((x) => x.source).sort();
    expect(sources).toEqual(["Iraqi News Agency", "Reuters"]);
  });

  it("does not set figures within rounding against each other", () => {
    const a = wire("about 40");
    const b = statement("38");
    expect(
      involving(assess(themeFixture("border-fortification"), [a, b], AT), [a.article.id, b.article.id]),
    ).toEqual([]);
  });

  it("keeps crossings near two different towns apart", () => {
    const a = wire("about 40", "Al-Qaim");
    const b = statement("six", "Sinjar");
    expect(
      involving(assess(themeFixture("border-fortification"), [a, b], AT), [a.article.id, b.article.id]),
    ).toEqual([]);
  });
});

describe("conflicts from claims: whose dead", () => {
  it("reads 'members of the cell' as the attackers, never as the soldiers of the post", () => {
    const monitor = sourceDocument(
      "Cell attacks a checkpoint near Al-Shaddadi",
      "An ISIS cell attacked a checkpoint near Al-Shaddadi on Monday, killing seven soldiers, the monitor said.",
      "Syrian Observatory for Human Rights",
      "2026-10-06",
    );
    const ministry = sourceDocument(
      "Troops pursue the attackers",
      "Troops pursued the attackers near Al-Shaddadi on Monday and killed three members of the cell, the ministry said.",
      "SANA",
      "2026-10-06",
    );
    const a = assess(themeFixture("isis-badia-insurgency"), [monitor, ministry], AT);
    expect(a.conflicts.filter((c) => /killed/i.test(c.topic))).toEqual([]);
  });
});

describe("conflicts from claims: who speaks in a transcript, and a quarter's tally", () => {
  const AFTER = new Date("2026-11-25T12:00:00Z");
  it("reads a transcript's speaker labels as two accounts of one article", () => {
    const panel = sourceDocument(
      "Panel transcript: Iraq after the coalition",
      [
        "RANA KHALIL: ISIS carried out 41 attacks in Iraq in October, mostly in Kirkuk and Diyala.",
        "CALLER (Abu Khaled): ISIS carried out only 19 attacks in Iraq in October, most of them against shepherds.",
      ].join("\n\n"),
      "Atlantic Council",
      "2026-11-19",
    );
    const speakers = claimsOf(collectReports([panel]))
      .filter((f) => f.kind === "attacks")
      .map((f) => [f.value, [...f.said.speakers]]);
    expect(speakers).toEqual([
      [41, ["rana khalil"]],
      [19, ["abu khaled"]],
    ]);
  });

  const tally = (figure: string, quarter: string, outlet: string) =>
    sourceDocument(
      "Insurgent attacks by quarter",
      `ISIS carried out ${figure} attacks in Iraq in the ${quarter} quarter of this year, mostly against shepherds, officials said.`,
      outlet,
      "2026-11-19",
    );
  it("sets two sources' tallies for one quarter against each other", () => {
    const a = tally("41", "third", "Atlantic Council");
    const b = tally("19", "third", "Iraqi News Agency");
    const found = involving(assess(themeFixture("coalition-withdrawal"), [a, b], AFTER), [
      a.article.id,
      b.article.id,
    ]);
    expect(found.length).toBeGreaterThan(0);
  });

  it("keeps the tallies of two quarters apart", () => {
    const a = tally("41", "third", "Atlantic Council");
    const b = tally("19", "second", "Iraqi News Agency");
    expect(
      involving(assess(themeFixture("coalition-withdrawal"), [a, b], AFTER), [a.article.id, b.article.id]),
    ).toEqual([]);
  });
});

describe("conflicts from claims: leaving a camp unseen is an escape", () => {
  it("sets '60 slipped out of the camp' against '11 escaped' in one month", () => {
    const un = sourceDocument(
      "Report on the camps",
      "The Monitoring Team was informed that 11 women and children escaped from the Annex of Al-Hol camp with smugglers' help in October.",
      "United Nations",
      "2026-11-24",
    );
    const oped = sourceDocument(
      "The camps are waiting",
      "In October alone, more than 60 women and children slipped out of the Annex of Al-Hol camp, according to camp workers.",
      "Foreign Policy",
      "2026-11-26",
    );
    const found = involving(assess(themeFixture("isis-prison-escape"), [un, oped], AFTER2), [
      un.article.id,
      oped.article.id,
    ]);
    expect(found.some((c) => /escaped/i.test(c.topic))).toBe(true);
  });
});
const AFTER2 = new Date("2026-11-28T12:00:00Z");

describe("conflicts from claims: 'no detainee has left the building' is an escape denied", () => {
  const wire = sourceDocument(
    "Prison attacked in Al-Shaddadi",
    "Islamic State militants attacked a prison in the northeast Syrian town of Al-Shaddadi late on Wednesday, and at least 17 detainees escaped, two local officials said.",
    "Associated Press",
    "2026-11-26",
  );
  const statement = (subject: string) =>
    paragraphs(
      "Asayish repel attack on Al-Shaddadi prison",
      [
        "The Asayish said on Thursday that their members repelled an attack by ISIS cells on the prison in Al-Shaddadi on Wednesday night.",
        `No ${subject} has left the building, and the count was completed at the morning roll call.`,
      ],
      "North Press Agency",
      "2026-11-26",
    );
  const escapes = (d: ReturnType<typeof statement>) =>
    involving(assess(themeFixture("isis-prison-escape"), [wire, d], new Date("2026-11-28T12:00:00Z")), [
      wire.article.id,
      d.article.id,
    ]).filter((c) => c.claims.some((x) => x.articleId === d.article.id && x.sentence === 1));
  it("sets it against 'at least 17 detainees escaped' from another source", () => {
    expect(escapes(statement("detainee")).length).toBeGreaterThan(0);
  });
  it("reads no escape in anyone else leaving a building", () => {
    expect(escapes(statement("visitor"))).toEqual([]);
  });
});

describe("conflicts from claims: 'nobody has passed through' denies a crossing", () => {
  const commander = (verb: string) =>
    paragraphs(
      "Border commander: the border is sealed",
      [
        "The commander of the Border Forces said on Tuesday that his units had foiled an attempt to infiltrate Iraqi territory near Al-Qaim on 5 October.",
        `The commander said the border is sealed and that nobody has ${verb} it.`,
      ],
      "Iraqi News Agency",
      "2026-10-07",
    );
  const against = (d: ReturnType<typeof commander>) => {
    const w = wire("about 40");
    return involving(assess(themeFixture("border-fortification"), [w, d], AT), [
      w.article.id,
      d.article.id,
    ]).filter((c) => c.claims.some((x) => x.articleId === d.article.id && x.sentence === 1));
  };
  it("sets it against about 40 said to have crossed", () => {
    expect(against(commander("passed through")).length).toBeGreaterThan(0);
  });
  it("reads nothing of a crossing in what nobody has done to the border otherwise", () => {
    expect(against(commander("criticised"))).toEqual([]);
  });
});

describe("conflicts from claims: losses said to be none, and where a crossing set out from", () => {
  const kinds = (text: string) =>
    claimsOf(collectReports([sourceDocument("Clash at a border post", text, "Petra", "2026-10-06")]))
      .filter((f) => f.value === 0)
      .map((f) => f.kind)
      .sort();

  it("reads 'no soldier was hurt' as none of the forces harmed: none wounded, and none killed", () => {
    // To be killed is to be harmed: a side said unhurt lost no one (conflict-claims-hurt-s44.test.ts);
    // "nobody was hurt", naming no side, stays none wounded.
    expect(
      kinds("Border guards clashed with smugglers near Ruwaished on Monday, and no soldier was hurt."),
    ).toEqual(["killed:forces", "wounded:forces"]);
  });

  it("reads 'repulsed without losses among the guards' as none of the guards killed or wounded", () => {
    expect(
      kinds(
        "The ministry said an attack on a checkpoint near Ruwaished on Monday was repulsed without losses among the guards.",
      ),
    ).toEqual(["killed:forces", "wounded:forces"]);
  });

  it("reads 'our forces suffered no losses' as none of the speaker's forces killed or wounded", () => {
    expect(
      kinds(
        "The Command said smugglers fired on a border post near Ruwaished on Monday, and our forces suffered no losses.",
      ),
    ).toEqual(["killed:forces", "wounded:forces"]);
  });

  it("reads no side in 'the convoy suffered no losses'", () => {
    expect(
      kinds(
        "The Command said smugglers fired on a border post near Ruwaished on Monday, and the convoy suffered no losses.",
      ),
    ).toEqual([]);
  });

  it("keeps 'no deaths' a toll of the dead only", () => {
    expect(
      kinds(
        "The ministry said an attack on a checkpoint near Ruwaished on Monday was repulsed with no deaths among the guards.",
      ),
    ).toEqual(["killed:forces"]);
  });

  it("does not take the country a crossing came from as the place of the clash", () => {
    const army = sourceDocument(
      "Army kills smugglers on the border",
      "The army said on Monday that border guards clashed at dawn near Ruwaished with armed smugglers trying to cross from Syria, killing three of them.",
      "Petra",
      "2026-10-05",
    );
    const insurer = sourceDocument(
      "Loss report from the truck stop",
      "The army post at Ruwaished told our adjuster that seven smugglers had been killed in Monday's clash.",
      "Levant Claims",
      "2026-10-08",
    );
    const places = claimsOf(collectReports([army]))
      .filter((f) => f.kind.startsWith("killed"))
      .flatMap((f) => f.said.places.map((p) => p.name));
    expect(places).not.toContain("syria");
    const found = involving(assess(themeFixture("cross-border-smuggling"), [army, insurer], AT), [
      army.article.id,
      insurer.article.id,
    ]);
    expect(
      found.some((c) => c.claims.some((x) => x.value === 3) && c.claims.some((x) => x.value === 7)),
    ).toBe(true);
  });

  it("still takes the prison an escape was made from as its site", () => {
    const said = claimsOf(
      collectReports([
        sourceDocument(
          "Escape",
          "Four detainees escaped from Ghwayran prison in Hasakah on Monday, the monitor said.",
          "SOHR",
          "2026-10-06",
        ),
      ]),
    ).filter((f) => f.kind === "escaped");
    expect(said.flatMap((f) => f.said.places.map((p) => p.name)).length).toBeGreaterThan(0);
  });
});

describe("conflicts from claims: how much a trend moved", () => {
  const AT_NOV = new Date("2026-11-28T12:00:00Z");
  const note = (verb: string) =>
    sourceDocument(
      "Survey release",
      `The institute's note says ISIS attacks in Kirkuk and Diyala ${verb} in the six months to October, citing local officials.`,
      "Survey Institute",
      "2026-11-24",
    );
  const police = (now: string, before: string) =>
    sourceDocument(
      "Police figures",
      `Police figures seen by Reuters show ${now} ISIS attacks in Kirkuk and Diyala between May and October, against ${before} in the previous six months.`,
      "Reuters",
      "2026-11-27",
    );
  const trend = (a: ReturnType<typeof note>, b: ReturnType<typeof note>) =>
    involving(assess(themeFixture("coalition-withdrawal"), [a, b], AT_NOV), [
      a.article.id,
      b.article.id,
    ]).filter((c) => /attacks/i.test(c.topic));

  it("sets 'doubled' against two tallies that rose by a sixth, naming each side by its multiple", () => {
    const found = trend(note("doubled"), police("34", "29"));
    expect(found.map((c) => c.topic)).toEqual(["How much attacks changed (Kirkuk)"]);
    expect(found[0]?.analysis).toMatch(/doubled|rose by about 17%/);
  });

  it("does not set 'doubled' against tallies that nearly doubled", () => {
    expect(trend(note("doubled"), police("55", "29"))).toEqual([]);
  });

  it("reads 'the six months to October' as May to October, so it meets a May-October tally", () => {
    const [f] = claimsOf(
      collectReports([
        sourceDocument(
          "Police tally",
          "Police said 40 attacks were recorded in Kirkuk in the six months to October.",
          "Reuters",
          "2026-11-27",
        ),
      ]),
    ).filter((x) => x.kind === "attacks");
    expect(f && [new Date(f.said.window[0]).toISOString(), new Date(f.said.window[1]).toISOString()]).toEqual(
      ["2026-05-01T00:00:00.000Z", "2026-11-01T00:00:00.000Z"],
    );
  });
});

describe("conflicts: a box is named by the scene, not by where the wounded were flown", () => {
  it("names a toll by the border post, never by the hospital city the wounded went to", () => {
    const army = sourceDocument(
      "Army kills smugglers on the border",
      "The army said on Monday that border guards clashed at dawn near Ruwaished with armed smugglers, killing three of them.",
      "Petra",
      "2026-10-05",
    );
    const insurer = sourceDocument(
      "Loss report from the truck stop",
      "The army post at Ruwaished told our adjuster that seven smugglers had been killed in Monday's clash and that a wounded soldier had been flown to Amman.",
      "Levant Claims",
      "2026-10-08",
    );
    const places = claimsOf(collectReports([insurer])).flatMap((f) => f.said.places.map((p) => p.name));
    expect(places).not.toContain("amman");
    const topics = assess(themeFixture("cross-border-smuggling"), [army, insurer], AT).conflicts.map(
      (c) => c.topic,
    );
    expect(topics.some((t) => /killed/i.test(t))).toBe(true);
    expect(topics.filter((t) => /Amman/.test(t))).toEqual([]);
  });
});

describe("conflicts from claims: a figure told of 'the clash' is of the day the sentence before gave it", () => {
  const ceremony = (day: string) =>
    paragraphs(
      "Anti-Narcotics Department burns seized drugs in Zarqa",
      [
        "The Anti-Narcotics Department destroyed more than 30 million Captagon pills at a public ceremony in Zarqa on Wednesday, officials said.",
        `Speaking at the ceremony, Brigadier Ahmad Sarhan said five smugglers were killed on ${day} when a group armed with machine guns fired on a border patrol near Ruwaished.`,
        "He said the patrol seized 1.2 million pills from the group's vehicles after the clash ended.",
      ],
      "The Jordan Times",
      "2026-11-26",
    );
  const ministry = paragraphs(
    "Interior Ministry announces results of a joint operation in the Badia",
    [
      "The Ministry of Interior announced on Friday the results of a joint operation with the Jordanian side in the southern Badia.",
      "Our units intercepted a smuggling group on the night of 20 November near the border in the desert east of Suwayda, and three smugglers were killed in an exchange of fire.",
      "The units seized 800,000 Captagon pills and two vehicles, and arrested two smugglers who had been wounded.",
    ],
    "SANA",
    "2026-11-21",
  );
  const seized = (day: string) => {
    const c = ceremony(day);
    return assess(themeFixture("cross-border-smuggling"), [c, ministry], AFTER2).conflicts.filter(
      (k) =>
        /seized/i.test(k.topic) &&
        k.claims.some((x) => x.articleId === c.article.id && x.sentence === 2) &&
        k.claims.some((x) => x.articleId === ministry.article.id && x.sentence === 2),
    );
  };
  it("sets 1.2 million pills seized after the clash of 20 November against 800,000 seized that night", () => {
    expect(seized("20 November").length).toBe(1);
  });
  it("keeps apart a seizure after a clash the sentence before dates to another day", () => {
    expect(seized("2 November")).toEqual([]);
  });
});
