import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import type { Assessment } from "../../../src/core/themes/assessment.js";
import { sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * How claims about one event or quantity are linked into a conflict, on real extractor output of
 * short texts: a denial that does not repeat the place, a town said to be held against an attack
 * said to be repelled, tallies over one period, a figure corrected, a part of a whole, and a
 * party's denial the extractor did not read as one.
 */

const source = (title: string, text: string, outlet: string, publishedAt = "2026-10-04") =>
  sourceDocument(title, text, outlet, publishedAt);

const AT = new Date("2026-10-20T12:00:00Z");
const stances = (a: Assessment, test: (topic: string) => boolean) =>
  a.conflicts.filter((c) => test(c.topic)).map((c) => c.claims.map((x) => [x.articleId, x.stance]));

describe("conflicts: a denial that does not repeat the place", () => {
  const monitor = source(
    "Detainees escape after attack on Hasakah prison",
    "SOHR activists have documented the escape of at least 11 ISIS detainees from al-Sina'a prison in the Ghwayran neighbourhood of Hasakah city, after an attack by ISIS cells on the prison shortly after midnight on Monday.",
    "Syrian Observatory for Human Rights",
    "2026-09-14",
  );
  const conference = (denial: string) =>
    source(
      "Press conference of the Internal Security Forces",
      `Transcript of the press conference held by the Internal Security Forces on Monday 14 September 2026, translated from Kurdish.\n\nSPOKESMAN: Good afternoon, and thank you all for coming.\n\nSPOKESMAN: Shortly after midnight, a group of ISIS attackers opened fire on the northern gate of al-Sina'a prison in the Ghwayran neighbourhood and set off a car bomb near the outer wall.\n\nSPOKESMAN: At the same time, detainees in two wings set fire to mattresses.\n\nSPOKESMAN: Our forces, with the support of the Syrian Democratic Forces, repelled the attack within two hours.\n\nSPOKESMAN: Five attackers were killed, and one of our comrades was martyred.\n\nSPOKESMAN: ${denial}`,
      "Internal Security Forces press conference",
      "2026-09-14",
    );

  it("sets 'no detainee escaped from the prison' against the account of the escape it denies", () => {
    const party = conference(
      "I want to be very clear: no detainee escaped from the prison, and every detainee has been counted.",
    );
    const a = assess(themeFixture("isis-prison-escape"), [monitor, party], AT);
    const denial = a.conflicts.find((c) => c.kind === "denial" && c.factor === "escape-reported");
    expect(denial?.claims.map((x) => [x.articleId, x.stance])).toEqual([
      [monitor.article.id, "asserts"],
      [party.article.id, "denies"],
    ]);
  });

  it("does not set a denial about another prison against it", () => {
    const other = source(
      "No escape from Raqqa prison",
      "Officials said on Monday that no detainee escaped from the prison in Raqqa during a riot last week.",
      "Hawar News Agency",
      "2026-09-14",
    );
    const a = assess(themeFixture("isis-prison-escape"), [monitor, other], AT);
    expect(
      a.conflicts.filter((c) =>
        c.claims.some((x) => x.articleId === other.article.id && x.stance === "denies"),
      ),
    ).toEqual([]);
  });
});

describe("conflicts: whether a town was held", () => {
  const monitor = source(
    "ISIS storms Al-Sukhnah",
    "SOHR activists have reported that ISIS cells stormed the town of Al-Sukhnah in the eastern countryside of Homs at dawn on Friday, and held its eastern neighbourhoods and the municipal building until Saturday afternoon.",
    "Syrian Observatory for Human Rights",
  );
  it("sets a town stormed and held against an attack repelled on its outskirts", () => {
    const agency = source(
      "Army repels attack near Al-Sukhnah",
      "Army units repelled at dawn on Friday an attack by terrorist groups of ISIS on military checkpoints on the eastern outskirts of Al-Sukhnah in the eastern countryside of Homs, a military source said.",
      "SANA",
    );
    const a = assess(themeFixture("isis-badia-insurgency"), [monitor, agency], AT);
    expect(stances(a, (t) => /fell to the attackers/.test(t))).toEqual([
      [
        [monitor.article.id, "asserts"],
        [agency.article.id, "denies"],
      ],
    ]);
  });

  it("reads the other side relayed in the same article, in a sentence the extractor drew nothing from", () => {
    const relayed = source(
      "ISIS storms Al-Sukhnah",
      `${monitor.article.text} A military source told state media that the attack was repelled.`,
      "Syrian Observatory for Human Rights",
    );
    const a = assess(themeFixture("isis-badia-insurgency"), [relayed], AT);
    expect(stances(a, (t) => /fell to the attackers/.test(t))).toEqual([
      [
        [relayed.article.id, "asserts"],
        [relayed.article.id, "denies"],
      ],
    ]);
  });
});

describe("conflicts: tallies over one period", () => {
  const isw = source(
    "ISIS in the Badia: six months",
    "ISW recorded 88 ISIS attacks in the Badia between April and September 2026, up from 52 between October 2025 and March 2026.",
    "Institute for the Study of War",
    "2026-10-10",
  );
  it("sets two sources' counts of ISIS attacks in the Syrian desert over the same months against each other", () => {
    const sohr = source(
      "ISIS attacks in the desert",
      "SOHR has documented 131 ISIS attacks in the Syrian desert between the beginning of April and the end of September 2026, in which 214 soldiers and civilians were killed.",
      "Syrian Observatory for Human Rights",
    );
    const a = assess(themeFixture("isis-badia-insurgency"), [isw, sohr], AT);
    const tally = a.conflicts.find((c) => c.kind === "figures" && c.claims.some((x) => x.value === 131));
    expect(tally?.claims.map((x) => x.value).sort()).toEqual([131, 88]);
  });

  it("never sets a count of operations against ISIS against a count of ISIS attacks", () => {
    const centcom = source(
      "CENTCOM operations",
      "CENTCOM forces and their partners conducted 40 operations against ISIS in the Syrian desert between April and September 2026.",
      "US Central Command",
    );
    const a = assess(themeFixture("isis-badia-insurgency"), [isw, centcom], AT);
    expect(a.conflicts.filter((c) => c.kind === "figures" && c.claims.some((x) => x.value === 40))).toEqual(
      [],
    );
  });
});

describe("conflicts: a figure corrected, a part of a whole", () => {
  it("sets 'about 40,000 at most, not 1.2 million' against the 1.2 million pills another source reported", () => {
    const wire = source(
      "Iraqi border guards kill two smugglers",
      "Iraqi border guards killed two armed smugglers and seized about 1.2 million Captagon pills in a firefight near the Al-Waleed crossing with Syria late on Sunday, Iraq's Border Forces Command said on Monday.",
      "Reuters",
      "2026-08-18",
    );
    const blog = source(
      "What happened at Al-Waleed",
      "I spoke to drivers in Rutba about the firefight near the Al-Waleed crossing. According to two drivers who work on the route, the trucks carried cigarettes and a few boxes of pills, about 40,000 at most, not 1.2 million.",
      "Rutba Diaries",
      "2026-08-20",
    );
    const a = assess(themeFixture("cross-border-smuggling"), [wire, blog], AT);
    const pills = a.conflicts.find((c) => c.claims.some((x) => x.value === 40_000));
    expect(pills?.claims.map((x) => [x.articleId, x.value])).toEqual([
      [wire.article.id, 1_200_000],
      [blog.article.id, 40_000],
    ]);
  });

  it("sets a wall over 'the entire 618 kilometres' against 'about 430 of the 618 kilometres'", () => {
    const tv = source(
      "Minister tours the border wall",
      "According to the Border Forces Command, the wall now covers the entire 618 kilometres of the border with Syria, from Rabia in the north to the Jordanian border in the south.",
      "Al Iraqiya",
      "2026-10-20",
    );
    const afp = source(
      "ISIS fighters crossed near Al-Qaim",
      "Despite official statements, only about 430 of the 618 kilometres of the border have a concrete wall, according to a Border Forces planning document seen by AFP.",
      "Agence France-Presse",
      "2026-10-22",
    );
    const a = assess(themeFixture("border-fortification"), [tv, afp], AT);
    const part = a.conflicts.find((c) => c.id.startsWith("portions:"));
    expect(part?.claims.map((x) => [x.articleId, x.value])).toEqual([
      [tv.article.id, 618],
      [afp.article.id, 430],
    ]);
  });
});

describe("conflicts: a party's denial the extractor read as a report", () => {
  it("sets a military source's denial of any strike against the accounts of a strike just before it", () => {
    const roundup = source(
      "Social media on the Jordanian border",
      "Jordanian border guards killed five smugglers in a clash with armed groups trying to cross from Syria on Saturday, the army said. On Sunday night, several accounts posted videos of explosions near Salkhad and said Jordanian aircraft had bombed the house of a well-known smuggler. A Jordanian military source quoted by the Petra agency denied on Monday that the air force had carried out any strike inside Syrian territory.",
      "Enab Baladi",
      "2026-11-10",
    );
    const a = assess(themeFixture("cross-border-smuggling"), [roundup], new Date("2026-11-20T12:00:00Z"));
    const denial = a.conflicts.find((c) => c.kind === "denial");
    expect(denial?.claims.map((x) => [x.sentence, x.stance])).toEqual([
      [1, "asserts"],
      [2, "denies"],
    ]);
  });

  it("does not set 'the source denied reports that the town was entered' against the same source's account of the attack", () => {
    const agency = source(
      "Army repels attack near Al-Sukhnah",
      "Army units repelled at dawn on Friday an attack by terrorist groups of ISIS on military checkpoints on the eastern outskirts of Al-Sukhnah, a military source said. The source denied reports circulated by hostile pages that terrorists had entered the town.",
      "SANA",
    );
    const a = assess(themeFixture("isis-badia-insurgency"), [agency], AT);
    expect(
      a.conflicts.filter(
        (c) =>
          c.kind === "denial" &&
          c.claims.every((x) => x.articleId === agency.article.id && x.stance !== "figure") &&
          c.claims.some((x) => x.stance === "asserts"),
      ),
    ).toEqual([]);
  });
});

const figuresOf = (a: Assessment, test: (topic: string) => boolean) =>
  a.conflicts
    .filter((c) => c.kind === "figures" && test(c.topic))
    .map((c) => c.claims.map((x) => [x.articleId, x.value]));

describe("conflicts: a toll revised, events of one kind on different days", () => {
  const NOV = new Date("2026-11-20T12:00:00Z");
  const wire = source(
    "Attack on army posts near Al-Sukhnah",
    "FIRST ALERT: ISIS fighters attacked army posts near Al-Sukhnah before dawn on Sunday, killing at least five soldiers, a military source told AFP.\n\nUPDATE 1: The toll has risen to eight soldiers killed, the same source said.\n\nUPDATE 2: At least 12 soldiers were killed in the attack, the military source told AFP, revising the toll upward.",
    "AFP",
    "2026-11-09",
  );

  it("keeps only the latest of one source's revised tolls: a revision is no conflict", () => {
    const a = assess(themeFixture("isis-badia-insurgency"), [wire], NOV);
    expect(figuresOf(a, (t) => /killed/.test(t))).toEqual([]);
  });

  it("sets the latest toll against another source's count of the bodies", () => {
    const blog = source(
      "What happened at Al-Sukhnah",
      "A doctor at the military hospital in Al-Sukhnah told me he counted more than 25 bodies of soldiers brought in on Sunday, not 12.",
      "Desert Notes (blog)",
      "2026-11-10",
    );
    const a = assess(themeFixture("isis-badia-insurgency"), [wire, blog], NOV);
    expect(figuresOf(a, (t) => /killed/.test(t))).toEqual([
      [
        [wire.article.id, 12],
        [blog.article.id, 25],
      ],
    ]);
  });

  it("never sets the tolls of two clashes at one town, told with their own days, against each other", () => {
    const first = source(
      "Border guards kill smugglers near Rabia",
      "Iraqi border guards killed two smugglers in a gunfight near the town of Rabia on the border with Syria on Tuesday, 4 November, security officials said.\n\nJordan reported killing four smugglers in a separate clash on 1 November.",
      "AP",
      "2026-11-05",
    );
    const second = source(
      "Smugglers killed near Rabia",
      "Three smugglers were killed on Wednesday, 12 November, in a clash with Iraqi border guards near Rabia, a security source told Shafaq News.",
      "Shafaq News",
      "2026-11-13",
    );
    const a = assess(themeFixture("cross-border-smuggling"), [first, second], NOV);
    expect(figuresOf(a, () => true)).toEqual([]);
  });
});

describe("conflicts: how many escaped, how many crossed", () => {
  it("sets 'residents unaccounted for' against a monitor's count of those who escaped the camp", () => {
    const sitrep = source(
      "Situation report: Roj camp",
      "Camp management reported that four residents of the annex for foreign women were unaccounted for after the incident at Roj camp on 2 October.",
      "UN OCHA",
      "2026-10-06",
    );
    const monitor = source(
      "Escape from Roj camp",
      "According to SOHR sources, 15 women and children escaped from Roj camp on 2 October, and only three of them have been caught since.",
      "Syrian Observatory for Human Rights",
      "2026-10-04",
    );
    const a = assess(themeFixture("isis-prison-escape"), [sitrep, monitor], AT);
    expect(figuresOf(a, (t) => /escaped/.test(t))).toEqual([
      [
        [sitrep.article.id, 4],
        [monitor.article.id, 15],
      ],
    ]);
  });

  it("reads 'crossed alone' and 'crossed with nine other men' as one and ten who crossed, in one court report", () => {
    const court = source(
      "Escapee tried in Baghdad",
      "The Central Criminal Court in Baghdad tried a man who escaped from a prison in Hasakah in June.\n\nAccording to the indictment, he walked to the border and crossed alone through a gap in the earth berm near Rabia.\n\nThe defendant told the judge that he had crossed with nine other men, all former prisoners.",
      "Shafaq News",
      "2026-11-12",
    );
    const a = assess(themeFixture("isis-prison-escape"), [court], new Date("2026-11-20T12:00:00Z"));
    expect(figuresOf(a, (t) => /crossed/.test(t)).map((c) => c.map(([, v]) => v))).toEqual([[1, 10]]);
  });

  it("sets 'not a single infiltrator set foot on Iraqi soil' against a count of those who crossed", () => {
    const ministry = source(
      "Ministry of Interior: infiltration foiled near Rabia",
      "Border guards foiled an infiltration attempt by a terrorist group near Rabia at dawn on 3 November.\n\nTwo terrorists were killed, and not a single infiltrator set foot on Iraqi soil.",
      "Iraqi Ministry of Interior",
      "2026-11-04",
    );
    const monitor = source(
      "ISIS members cross into Iraq",
      "SOHR sources reported that about 15 ISIS members crossed from Syria into Iraqi territory near Rabia at dawn on 3 November, after a clash with Iraqi border guards.",
      "Syrian Observatory for Human Rights",
      "2026-11-05",
    );
    const a = assess(
      themeFixture("border-fortification"),
      [ministry, monitor],
      new Date("2026-11-20T12:00:00Z"),
    );
    expect(figuresOf(a, (t) => /crossed/.test(t))).toEqual([
      [
        [ministry.article.id, 0],
        [monitor.article.id, 15],
      ],
    ]);
  });
});

describe("conflicts: two periods in one sentence, a town entered", () => {
  it("sets each of two sources' counts against the other's count for the same period", () => {
    const ministry = source(
      "Ministry: attacks in the Badia halved",
      "According to the statement, the army recorded 80 terrorist attacks in the Badia in the first half of 2026, from January to June, against 30 attacks in the third quarter, from July to September.",
      "SANA",
      "2026-10-06",
    );
    const monitor = source(
      "ISIS attacks rise in the desert",
      "SOHR has documented 110 attacks by ISIS cells in the Syrian desert between the beginning of July and the end of September 2026, against 55 attacks in the first six months of the year.",
      "Syrian Observatory for Human Rights",
      "2026-10-08",
    );
    const a = assess(themeFixture("isis-badia-insurgency"), [ministry, monitor], AT);
    const counts = figuresOf(a, () => true).map((c) =>
      c.map(([, v]) => v).sort((x, y) => Number(x) - Number(y)),
    );
    expect(counts).toContainEqual([55, 80]);
    expect(counts).toContainEqual([30, 110]);
    expect(counts).not.toContainEqual([55, 110]);
  });

  it("sets 'entered the eastern neighbourhoods of the town' against 'did not enter the town itself', not the checkpoints taken", () => {
    const wire = source(
      "ISIS attack near Al-Sukhnah",
      "ISIS fighters attacked army positions on the outskirts of Al-Sukhnah before dawn on Sunday, killing at least six soldiers, a military source told AFP.\n\nThe jihadists briefly took control of two checkpoints on the road to Palmyra, a local official said.\n\nISIS fighters did not enter the town itself, and the attackers withdrew into the desert, the source said.",
      "AFP",
      "2026-11-09",
    );
    const blog = source(
      "What happened in Al-Sukhnah",
      "According to a shopkeeper, ISIS fighters entered the eastern neighbourhoods of the town of Al-Sukhnah on Sunday morning and stayed there until Monday night.",
      "Badia Watch (blog)",
      "2026-11-11",
    );
    const a = assess(themeFixture("isis-badia-insurgency"), [wire, blog], new Date("2026-11-20T12:00:00Z"));
    expect(stances(a, (t) => /fell to the attackers/.test(t))).toEqual([
      [
        [blog.article.id, "asserts"],
        [wire.article.id, "denies"],
      ],
    ]);
  });
});

describe("conflicts: how many troops remain", () => {
  const oped = source(
    "The Americans are leaving Syria",
    "Fewer than 600 US troops now remain in Syria, down from about 2,000 at the start of 2025, a retired general writes.",
    "Al-Monitor",
    "2026-11-02",
  );
  it("sets an op-ed's count against a command's 'their number is approximately 1,200', not the past figure", () => {
    const command = source(
      "Statement on the posture of US forces in Syria",
      "US forces remain in Syria in support of the Defeat-ISIS mission, and their number is approximately 1,200, in line with the consolidation announced in April 2026.",
      "US Central Command",
      "2026-11-05",
    );
    const a = assess(themeFixture("coalition-withdrawal"), [oped, command], new Date("2026-11-20T12:00:00Z"));
    const found = figuresOf(a, (t) => /troops remain in Syria/.test(t));
    expect(found.map((c) => [...c].sort((x, y) => Number(x[1]) - Number(y[1])))).toEqual([
      [
        [oped.article.id, 600],
        [command.article.id, 1200],
      ],
    ]);
  });

  it("does not set counts of troops in two countries, or told a year apart, against each other", () => {
    const iraq = source(
      "US posture in Iraq",
      "About 2,500 US troops remain in Iraq under the bilateral agreement, officials said.",
      "Reuters",
      "2026-11-04",
    );
    const old = source(
      "US posture in Syria",
      "About 900 US troops remain in Syria, officials said.",
      "Reuters",
      "2025-10-01",
    );
    const a = assess(
      themeFixture("coalition-withdrawal"),
      [oped, iraq, old],
      new Date("2026-11-20T12:00:00Z"),
    );
    expect(figuresOf(a, (t) => /troops remain/.test(t))).toEqual([]);
  });
});

describe("conflicts: how many attacked", () => {
  it("sets 'about 70 fighters took part in the attack' against 'the attacking terrorists, about 25 of them'", () => {
    const monitor = source(
      "ISIS attack on Al-Sukhnah",
      "ISIS cells attacked army checkpoints at Al-Sukhnah at dawn on Friday, SOHR said.\n\nAccording to SOHR sources, about 70 ISIS fighters on motorcycles and pickup trucks took part in the attack, coming from the desert south of the town.",
      "Syrian Observatory for Human Rights",
    );
    const agency = source(
      "Army repels attack near Al-Sukhnah",
      "Army units repelled at dawn on Friday an attack by terrorist groups on checkpoints near Al-Sukhnah, a military source said.\n\nThe source said the attacking terrorists, about 25 of them, were forced to flee towards the desert.",
      "SANA",
    );
    const a = assess(themeFixture("isis-badia-insurgency"), [monitor, agency], AT);
    const found = figuresOf(a, (t) => /number of attackers$|number of attackers at/.test(t));
    expect(found.map((c) => c.map(([, v]) => v).sort((x, y) => Number(x) - Number(y)))).toEqual([[25, 70]]);
  });
});

describe("conflicts: whether a base was left", () => {
  const oped = source(
    "The Americans are leaving",
    "Fewer than 600 US troops now remain in Syria, and the garrison at Al-Tanf has been abandoned, a retired general writes.",
    "Al-Monitor",
    "2026-11-02",
  );
  it("sets 'has been abandoned' against 'continue to operate from ..., and reports that the base has been abandoned are false'", () => {
    const command = source(
      "Statement on the posture of US forces",
      "US Central Command is aware of recent reports in regional media.\n\nUS forces continue to operate from the Al-Tanf Garrison, and reports that the garrison has been abandoned are false.\n\nIn October, US forces and their partners conducted nine operations against ISIS in Syria, detaining 14 ISIS operatives.",
      "US Central Command",
      "2026-11-05",
    );
    const a = assess(themeFixture("coalition-withdrawal"), [oped, command], new Date("2026-11-20T12:00:00Z"));
    expect(stances(a, (t) => /has been left/.test(t))).toEqual([
      [
        [oped.article.id, "asserts"],
        [command.article.id, "denies"],
      ],
    ]);
  });

  const against = (left: string, kept: string) => {
    const digest = source(
      "Regional digest",
      `Fewer than 600 US troops now remain in Syria, a retired general writes.\n\n${left}`,
      "Regional digest",
      "2026-11-02",
    );
    const command = source(
      "Statement on US forces",
      `${kept}\n\nIn October, US forces and their partners conducted six raids against ISIS in Syria, detaining 11 ISIS operatives.`,
      "US Central Command",
      "2026-11-05",
    );
    const a = assess(
      themeFixture("coalition-withdrawal"),
      [digest, command],
      new Date("2026-11-20T12:00:00Z"),
    );
    return stances(a, (t) => /has been left/.test(t)).map((c) =>
      c.map(([id, stance]) => [id === digest.article.id ? "digest" : "command", stance]),
    );
  };
  const held = "US forces continue to operate from the Al-Tanf Garrison, a spokesman said on Wednesday.";
  it("reads a departure told in the present, by its completion, or by 'left' and a date", () => {
    for (const left of [
      "US forces withdraw from the Al-Tanf Garrison and hand it to local partners, according to regional media.",
      "Officials in Damascus welcomed the completion of the American withdrawal from the Al-Tanf Garrison, which ended in October.",
      "The last American unit at the Al-Tanf Garrison left on 30 October, two officials said.",
    ])
      expect(against(left, held)).toEqual([
        [
          ["digest", "asserts"],
          ["command", "denies"],
        ],
      ]);
    expect(
      against(
        "US forces will withdraw from the Al-Tanf Garrison next year, according to regional media.",
        held,
      ),
    ).toEqual([]);
  });

  it("reads 'a US team remains there' after the base it names as the base kept", () => {
    expect(
      against(
        "The last American unit at the Al-Tanf Garrison left on 30 October, two officials said.",
        "The handover of the Al-Tanf Garrison will be completed in the coming weeks, and a US team remains there to finish the transfer of equipment.",
      ),
    ).toEqual([
      [
        ["digest", "asserts"],
        ["command", "denies"],
      ],
    ]);
  });
});
