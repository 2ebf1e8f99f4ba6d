import { describe, expect, it } from "vitest";
import { gradeSource } from "../../../src/core/sources/outlets.js";
import { assess } from "../../../src/core/themes/assess.js";
import type { Assessment } from "../../../src/core/themes/assessment.js";
import type { SourceDocument } from "../../../src/core/themes/reports.js";
import { Theme } from "../../../src/core/themes/theme.js";
import { sourceDocument, themeFixture } from "../../support/themes.js";

/** The assessment on real extractor output: relevance, sufficiency, time, conflicts and grades. */

const theme = themeFixture("isis-prison-escape");

const source = (title: string, text: string, outlet: string, publishedAt = "2025-03-01") =>
  sourceDocument(title, text, outlet, publishedAt);

const judgment = (a: Assessment, id: string) => {
  const j = a.judgments.find((x) => x.id === id);
  if (!j) throw new Error(`no judgment ${id}`);
  return j;
};
const citedUnder = (a: Assessment, articleId: string) =>
  a.factors.flatMap((f) =>
    f.evidence.filter((e) => e.articleId === articleId).map(() => `${f.role}:${f.id}`),
  );

const AT = new Date("2025-03-05T12:00:00Z");

const football = source(
  "Iraq edge Syria in Basra qualifier",
  "Iraq beat Syria 2-1 in a World Cup qualifier in Basra on Friday. The striker broke through the defensive wall in the second half. The coach said the team had attacked well and would travel to Amman next week.",
  "Agence France-Presse",
);

const escapeReport = source(
  "Detainees escape after attack on Hasakah prison",
  "Islamic State fighters attacked the Ghwayran prison in Hasakah on Sunday, and several detainees escaped into nearby neighbourhoods, the Syrian Observatory for Human Rights said. The Syrian Democratic Forces sent reinforcements to the prison.",
  "Syrian Observatory for Human Rights",
);

const denial = source(
  "SDF denies escape from Ghwayran prison",
  "The Syrian Democratic Forces denied that any detainees escaped from the Ghwayran prison in Hasakah on Sunday. SDF units retained full control of the prison, a spokesman said.",
  "Syrian Democratic Forces",
);

describe("assess: relevance is structural", () => {
  it("gives no judgment, and lists the article as not used, when nothing bears on the question", () => {
    const a = assess(theme, [football], AT);
    for (const j of a.judgments) {
      expect(j.probability).toBeNull();
      expect(j.likelihood).toBeNull();
      expect(j.confidence).toBeNull();
      expect(j.reasons.join(" ")).toMatch(/does not address/);
    }
    expect(a.unused.map((u) => u.articleId)).toEqual([football.article.id]);
    expect(a.factors.every((f) => f.evidence.length === 0)).toBe(true);
  });

  it("does not count a riot breaking through a prison's internal walls as Iraq's border defences", () => {
    const riot = source(
      "Riot at Hasakah prison",
      "Inmates rioted at the Ghwayran prison in Hasakah on Saturday, breaking through internal walls and setting fire to blankets. Guards regained control after six hours.",
      "Associated Press",
    );
    const a = assess(theme, [riot], AT);
    expect(citedUnder(a, riot.article.id)).not.toContain("mitigator:iraqi-border-defences");
    expect(citedUnder(a, riot.article.id)).toContain("driver:prison-attacks");
  });

  it("counts repatriations from Al-Hol as a mitigator only, never as a driver", () => {
    const repatriation = source(
      "Iraq repatriates families from Al-Hol",
      "Iraq repatriated 650 people from the Al-Hol camp to the Jeddah-1 camp in Nineveh on Tuesday, the Ministry of Migration said.",
      "Iraqi News Agency",
    );
    const a = assess(theme, [repatriation], AT);
    const roles = citedUnder(a, repatriation.article.id);
    expect(roles).toContain("mitigator:repatriation");
    expect(roles.filter((r) => r.startsWith("driver:"))).toEqual([]);
  });

  it("reads a sentence that names no place in its story's setting only when the lede bears on the theme", () => {
    const wall = source(
      "Iraq completes border wall",
      "Iraq has completed 400 kilometres of a concrete wall along its border with Syria, the Border Guard commander said. The wall is backed by a trench. Smuggling of drugs and cigarettes continues across the desert sectors, he acknowledged.",
      "Reuters",
    );
    const border = themeFixture("border-fortification");
    const a = assess(border, [wall], AT);
    expect(citedUnder(a, wall.article.id)).toContain("driver:smuggling-networks");
    // A football report's lede bears on nothing: its later "wall" is nobody's border defence.
    const match = source(
      "Iraq edge Syria in Basra qualifier",
      "Iraq beat Syria 2-1 in a World Cup qualifier in Basra on Friday. The home side started slowly. The visitors had the better of the first half. The winner came from a free kick curled over the wall in the 81st minute.",
      "Agence France-Presse",
    );
    expect(assess(border, [match], AT).unused.map((u) => u.articleId)).toEqual([match.article.id]);
  });

  it("files a sentence under its main clause, not under a measure it concedes ('despite the wall')", () => {
    const border = themeFixture("border-fortification");
    const report = source(
      "Smuggling near Sinjar",
      "Smugglers are still moving fuel, cigarettes and people across the Iraq-Syria border near Sinjar despite the concrete wall that Baghdad completed there last year, local officials said.",
      "Rudaw",
    );
    expect(citedUnder(assess(border, [report], AT), report.article.id)).toEqual([
      "driver:smuggling-networks",
    ]);
  });

  it("cites a sentence at most once per judgment, under the factor it fits best", () => {
    const a = assess(theme, [escapeReport, denial], AT);
    for (const j of a.judgments) {
      const keys = j.factors.flatMap((f) => f.evidence);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });
});

describe("assess: what rules a fact out", () => {
  it("does not rule out a sweep of the desert for an adjective two sentences earlier ('Iraqi accents')", () => {
    const badia = themeFixture("isis-badia-insurgency");
    const raid = source(
      "ISIS cells attack army post near Raqqa",
      "ISIS cells attacked a post of the Syrian army in the desert of Maadan, in the eastern countryside of Raqqa, at dawn on Thursday, killing seven soldiers. Nine other soldiers were wounded in the attack. Witnesses said that some of the attackers spoke with Iraqi accents. On Friday, army units backed by helicopters combed the desert around the post and said they had killed three members of the cell.",
      "Syrian Observatory for Human Rights",
      "2026-05-22",
    );
    const a = assess(badia, [raid], new Date("2026-05-25T12:00:00Z"));
    const sweep = a.factors
      .flatMap((f) => f.evidence.map((e) => ({ f: `${f.role}:${f.id}`, text: e.sentenceText })))
      .filter((e) => e.text.includes("combed the desert"));
    expect(sweep.map((e) => e.f)).toEqual(["mitigator:counter-terrorism-strikes"]);
  });
});

describe("assess: a negated circumstance is no denial", () => {
  it("counts operations carried out 'without coalition air support' as the operations, not as their denial", () => {
    const coalition = themeFixture("coalition-withdrawal");
    const debate = source(
      "Iraqi parliament debates coalition mission",
      "Iraqi lawmakers debated on Monday a bill that would end the mission of the US-led coalition in Iraq. A senior officer told the committee that the army and the Counter-Terrorism Service had carried out 380 operations against ISIS hideouts this year without coalition air support.",
      "Rudaw",
      "2026-05-22",
    );
    const a = assess(coalition, [debate], new Date("2026-05-25T12:00:00Z"));
    expect(citedUnder(a, debate.article.id)).toContain("mitigator:iraqi-capacity");
    expect(a.conflicts).toEqual([]);
  });
});

describe("assess: a question reports nothing", () => {
  it("cites no sentence that asks ('Has the wall stopped militants from crossing?')", () => {
    const border = themeFixture("border-fortification");
    const analysis = source(
      "Testing Iraq's border wall",
      "Iraq has completed most of a concrete wall along its border with Syria, officials in Baghdad said on Monday. Has the wall stopped militants from crossing? The Border Forces installed thermal cameras on the wall in Anbar.",
      "The National",
      "2026-05-22",
    );
    const a = assess(border, [analysis], new Date("2026-05-25T12:00:00Z"));
    const cited = a.factors.flatMap((f) => f.evidence.map((e) => e.sentence));
    expect(cited).toContain(0);
    expect(cited).not.toContain(1);
  });
});

describe("assess: a place the lexicon does not know", () => {
  it("reads a sentence that names only an unknown place in its story's setting", () => {
    const badia = themeFixture("isis-badia-insurgency");
    const attacks = source(
      "ISIS cells attack army posts near Palmyra",
      "ISIS cells attacked an army post near Palmyra on Monday, killing five soldiers, according to SOHR. The attackers withdrew towards the desert after two hours of fighting. On Wednesday, ISIS gunmen ambushed a patrol on the road to the Wadi Zamlat outpost, killing two soldiers.",
      "Syrian Observatory for Human Rights",
      "2026-05-22",
    );
    const a = assess(badia, [attacks], new Date("2026-05-25T12:00:00Z"));
    const ambush = a.factors.flatMap((f) =>
      f.evidence.filter((e) => e.sentence === 2).map(() => `${f.role}:${f.id}`),
    );
    expect(ambush).toEqual(["driver:attacks-reported"]);
  });
});

describe("assess: who the dead of a prison riot were", () => {
  const riotA = (text: string, outlet: string) =>
    source("Riot at Kobani detention centre", text, outlet, "2026-05-10");
  const guards = riotA(
    "Detainees rioted at the detention centre in Kobani on Saturday, the Internal Security Forces said. Two members of the guard force were martyred after rioters attacked them with iron bars. Security forces regained control of the centre after three hours.",
    "Hawar News Agency",
  );
  const at = new Date("2026-05-12T12:00:00Z");

  it("sets two guards killed against two detainees killed in the same riot", () => {
    const detainees = riotA(
      "A riot broke out at the detention centre in Kobani on Saturday, SOHR said. Two detainees were killed and several were wounded when guards opened fire on the rioters. The riot ended after three hours.",
      "Syrian Observatory for Human Rights",
    );
    const a = assess(theme, [guards, detainees], at);
    const who = a.conflicts.filter((c) => /guards or detainees/.test(c.topic));
    expect(who).toHaveLength(1);
    expect(who[0]?.claims.map((c) => c.articleId).sort()).toEqual(
      [guards.article.id, detainees.article.id].sort(),
    );
  });

  it("does not set two guards killed against three detainees killed: both may be true", () => {
    const more = riotA(
      "A riot broke out at the detention centre in Kobani on Saturday, SOHR said. Three detainees were killed and several were wounded when guards opened fire on the rioters. The riot ended after three hours.",
      "Syrian Observatory for Human Rights",
    );
    const a = assess(theme, [guards, more], at);
    expect(a.conflicts.filter((c) => /guards or detainees/.test(c.topic))).toEqual([]);
  });
});

describe("assess: theme factors over typed facts", () => {
  it("counts thwarted infiltration attempts into Iraq as interdictions, though no word says 'border'", () => {
    const border = themeFixture("border-fortification");
    const analysis = source(
      "Testing Iraq's border wall",
      "Iraq has completed most of a concrete wall along its border with Syria, officials in Baghdad said on Monday. Iraqi statements report 14 thwarted infiltration attempts this year, and none of the recent attacks in Iraq has been traced to fighters who crossed from Syria.",
      "The Washington Institute",
      "2026-05-22",
    );
    const a = assess(border, [analysis], new Date("2026-05-25T12:00:00Z"));
    expect(
      a.factors.filter((f) => f.evidence.some((e) => e.sentence === 1)).map((f) => `${f.role}:${f.id}`),
    ).toEqual(["mitigator:interdictions"]);
  });
});

describe("assess: an appeal reports nothing", () => {
  const smuggling = themeFixture("cross-border-smuggling");
  const at = new Date("2026-05-25T12:00:00Z");
  const seizure =
    "Syrian customs officers seized 2 million Captagon pills hidden in a truck at the Nassib crossing on the border with Jordan on Sunday, the Interior Ministry said.";

  it("does not count what a ministry calls on citizens to report as smuggling reported", () => {
    const statement = source(
      "Captagon seized at Nassib",
      `${seizure} The Ministry calls on citizens to report any information about drug trafficking through its hotline.`,
      "Syrian Ministry of Interior",
      "2026-05-22",
    );
    const a = assess(smuggling, [statement], at);
    const cited = a.factors.flatMap((f) => f.evidence.map((e) => e.sentence));
    expect(cited).toContain(0);
    expect(cited).not.toContain(1);
  });

  it("still counts the reason given for a call", () => {
    const statement = source(
      "Captagon seized at Nassib",
      `${seizure} The Ministry calls on citizens to stay away from the border strip because smugglers crossed the border near the Nassib crossing with weapons last week.`,
      "Syrian Ministry of Interior",
      "2026-05-22",
    );
    const a = assess(smuggling, [statement], at);
    expect(a.factors.flatMap((f) => f.evidence.map((e) => e.sentence))).toContain(1);
  });
});

describe("assess: an arrest in the story of a thwarted infiltration", () => {
  const border = themeFixture("border-fortification");
  const at = new Date("2026-06-05T12:00:00Z");
  const arrests = "Two of the terrorists were killed, and three were arrested after they were wounded.";

  it("counts the arrest as an interdiction at the border, though its sentence names no border", () => {
    const statement = source(
      "Infiltration thwarted west of Akashat",
      `The Joint Operations Command announced that the Border Forces thwarted at dawn today an attempt by a terrorist group to infiltrate from Syrian territory into the area west of Akashat in Anbar province. The thermal cameras on the border wall detected the group. ${arrests}`,
      "Iraqi Joint Operations Command",
      "2026-06-02",
    );
    const a = assess(border, [statement], at);
    expect(
      a.factors.filter((f) => f.evidence.some((e) => e.sentence === 2)).map((f) => `${f.role}:${f.id}`),
    ).toEqual(["mitigator:interdictions"]);
  });

  it("does not when the lede denies the infiltration", () => {
    const denial = source(
      "Security Media Cell denies infiltration",
      `The Security Media Cell on Wednesday denied reports of an infiltration by terrorist elements from Syrian territory into the Al-Baaj district of Nineveh province. The border is fully secured, the cell said. ${arrests}`,
      "Iraqi News Agency",
      "2026-06-02",
    );
    const a = assess(border, [denial], at);
    expect(a.factors.flatMap((f) => f.evidence.filter((e) => e.sentence === 2))).toEqual([]);
  });
});

describe("assess: coordination between one country's own bodies", () => {
  it("counts a crossing Jordan's guards detected 'in coordination with the Anti-Narcotics Department' as smuggling, not as cooperation with Syria", () => {
    const smuggling = themeFixture("cross-border-smuggling");
    const bulletin = source(
      "Smuggling attempt foiled",
      "The Jordan Armed Forces said on Monday that they had foiled an attempt to smuggle narcotics from Syria into the Kingdom. Border guard units, in coordination with the Anti-Narcotics Department, detected a group of people trying to cross the border illegally at dawn, taking advantage of a dust storm that reduced visibility in the area.",
      "Jordan News Agency (Petra)",
      "2026-05-22",
    );
    const a = assess(smuggling, [bulletin], new Date("2026-05-25T12:00:00Z"));
    expect(
      a.factors.filter((f) => f.evidence.some((e) => e.sentence === 1)).map((f) => `${f.role}:${f.id}`),
    ).toEqual(["driver:smuggling-reported"]);
  });
});

describe("assess: cooperation on prisons is no cooperation against smuggling", () => {
  it("does not count prison training 'in cooperation with the European Union' as cross-border cooperation", () => {
    const smuggling = themeFixture("cross-border-smuggling");
    const law = source(
      "Jordan passes correction centres law",
      "Jordan's parliament passed a new law on correction and rehabilitation centres on Sunday. The law applies to the centres in Mafraq, near the border with Syria. The Public Security Directorate said its teams had trained 300 inmates in vocational skills last year in cooperation with the European Union.",
      "Jordan News Agency (Petra)",
      "2026-05-22",
    );
    const a = assess(smuggling, [law], new Date("2026-05-25T12:00:00Z"));
    expect(a.factors.find((f) => f.id === "cross-border-cooperation")?.evidence).toEqual([]);
  });
});

describe("assess: conflicts, grades and confidence", () => {
  it("sets a report of escapes against its denial, with each source's grade and an analytic line", () => {
    const a = assess(theme, [escapeReport, denial], AT);
    const conflict = a.conflicts.find((c) => c.kind === "denial");
    expect(conflict).toBeDefined();
    const stances = conflict?.claims.map((c) => [c.source, c.stance]);
    expect(stances).toContainEqual(["Syrian Observatory for Human Rights", "asserts"]);
    expect(stances).toContainEqual(["Syrian Democratic Forces", "denies"]);
    expect(conflict?.claims.every((c) => /^[A-F][1-6]$/.test(c.grade))).toBe(true);
    expect(conflict?.analysis).toMatch(/better supported/);
    // The denial is not counted as if it reported an escape.
    const escapes = a.factors.find((f) => f.id === "escape-reported")?.evidence ?? [];
    expect(escapes.map((e) => e.articleId)).not.toContain(denial.article.id);
  });

  it("sets a foiled escape against a claim that the escape happened, and never counts it as a warning of one", () => {
    const claim = source(
      "Mass escape from al-Hol",
      "More than 60 women and children escaped from al-Hol camp on Sunday night, the channel said. They reached the desert south of the camp before dawn.",
      "Unknown Telegram channel",
    );
    const foiled = source(
      "Guards foil al-Hol escape",
      "Camp guards foiled an attempt by 12 women and children to escape from al-Hol camp on Sunday night, a security official said. All of them were returned to their tents.",
      "Associated Press",
    );
    const a = assess(theme, [claim, foiled], AT);
    const conflict = a.conflicts.find((c) => c.kind === "denial");
    expect(conflict?.claims.map((c) => [c.articleId, c.stance])).toEqual([
      [claim.article.id, "asserts"],
      [foiled.article.id, "denies"],
    ]);
    expect(citedUnder(a, foiled.article.id)).not.toContain("driver:escape-reported");
  });

  it("sets two outlets' figures for one clash side by side: its length, and a toll told in a sentence of its own", () => {
    const monitor = source(
      "Attack on Shaddadi prison",
      "ISIS cells attacked Al-Shaddadi prison in Hasakah at dawn on Friday, and clashes with the guards lasted for nearly two hours. Six guards were wounded, the monitor said.",
      "Syrian Observatory for Human Rights",
    );
    const statement = source(
      "SDF statement on Shaddadi",
      "ISIS mercenaries attacked Al-Shaddadi prison in Hasakah at dawn on Friday, and our forces repelled them after a clash that lasted about an hour. Two of our fighters were wounded.",
      "Syrian Democratic Forces",
    );
    const a = assess(theme, [monitor, statement], AT);
    const values = (topic: RegExp) =>
      a.conflicts
        .filter((c) => topic.test(c.topic))
        .flatMap((c) => c.claims.map((x) => x.articleId))
        .sort();
    const both = [monitor.article.id, statement.article.id].sort();
    // The prison is a place of its own (ANNOTATION rule 5, a facility named after its town).
    expect(values(/^How long it lasted at Al-Shaddadi prison, in hours$/)).toEqual(both);
    expect(values(/wounded/)).toEqual(both);
  });

  it("joins two denials of one report in one conflict, named by where the event happened", () => {
    const ministry = source(
      "Interior ministry in Baghdad on the Ghwayran reports",
      "The Iraqi interior ministry in Baghdad denied that any detainees escaped from the Ghwayran prison in Hasakah on Sunday.",
      "Iraqi News Agency",
    );
    const a = assess(theme, [escapeReport, denial, ministry], AT);
    const denials = a.conflicts.filter((c) => c.kind === "denial");
    expect(denials).toHaveLength(1);
    expect(denials[0]?.topic).toMatch(/Ghwayran|Hasakah/);
    expect(
      denials[0]?.claims
        .filter((c) => c.stance === "denies")
        .map((c) => c.articleId)
        .sort(),
    ).toEqual([denial.article.id, ministry.article.id].sort());
  });

  it("sets two accounts of how many escaped, were killed and were recaptured side by side, each as its own conflict", () => {
    const monitor = source(
      "Escape from Derik prison",
      "SOHR sources reported that at least 37 ISIS detainees escaped from a prison in Derik late on Sunday after ISIS cells attacked it. Nine members of the SDF and the Asayish guarding the facility were killed in the attack, while at least 11 others were injured. Clashes continued for three hours before reinforcements arrived from Rmelan. SDF members recaptured 11 of the escapees by Monday noon.",
      "Syrian Observatory for Human Rights",
    );
    const statement = source(
      "SDF statement on Derik",
      "ISIS cells launched an attack on a detention centre in Derik late on Sunday. Two of our fighters were martyred and four others were wounded. During the attack, five detainees took advantage of the chaos and fled the centre. Three of them were recaptured within hours.",
      "Syrian Democratic Forces",
    );
    const a = assess(theme, [monitor, statement], AT);
    const topics = a.conflicts.map((c) => c.topic.replace(/ at .*/, "")).sort();
    expect(topics).toEqual(
      expect.arrayContaining([
        "The number killed",
        "The number recaptured",
        "The number who escaped",
        "The number wounded",
      ]),
    );
    // The year in "in 2019, killed about 370" is not a toll.
  });

  it("sets a claim that a force lost its backing against a report of that backing, and counts the loss as pressure", () => {
    const channel = source(
      "US leaves Qasrak",
      "The SDF militia guarding the prisons of Al-Hasakah is now without American air cover, and the prisoners will not stay behind bars for long.",
      "Unknown Telegram channel",
    );
    const command = source(
      "CENTCOM statement",
      "CENTCOM forces provided air support to SDF partners during their response to the attack on the prison in Derik.",
      "US Central Command",
    );
    const a = assess(theme, [channel, command], AT);
    expect(citedUnder(a, channel.article.id)).toContain("driver:sdf-under-pressure");
    const conflict = a.conflicts.find((c) => c.claims.some((x) => x.articleId === channel.article.id));
    expect(conflict?.claims.map((x) => [x.articleId, x.stance])).toEqual([
      [command.article.id, "asserts"],
      [channel.article.id, "denies"],
    ]);
  });

  it("sets one source's dead fighters against another's dead civilians for the same raid on the same day", () => {
    const command = source(
      "CENTCOM raid near Arak",
      "On April 1, US Central Command forces conducted a helicopter raid near the Arak gas field in central Syria, killing a senior ISIS official and another ISIS member. Three ISIS members were detained during the operation.",
      "US Central Command",
      "2026-04-01",
    );
    const monitor = source(
      "Civilians killed near Arak",
      "SOHR has documented the death of two civilians, a man and his son, in a helicopter landing carried out by the international coalition near the Arak gas field in the eastern countryside of Homs at dawn on Wednesday. According to SOHR sources, the man was a truffle trader with no known links to ISIS. On Monday, ISIS cells attacked a military post near Sukhnah with machine guns.",
      "Syrian Observatory for Human Rights",
      "2026-04-02",
    );
    const badia = themeFixture("isis-badia-insurgency");
    const a = assess(badia, [command, monitor], new Date("2026-04-03T00:00:00Z"));
    const accounts = a.conflicts.filter((c) => c.kind === "accounts");
    expect(accounts).toHaveLength(1);
    expect(accounts[0]?.topic).toMatch(/^Who was killed.*: fighters or civilians$/);
    expect(new Set(accounts[0]?.claims.map((x) => x.articleId))).toEqual(
      new Set([command.article.id, monitor.article.id]),
    );
    // Two alike raids on different days are two events: no conflict between them.
    const later = source(
      "Raid near Arak",
      "On April 9, US Central Command forces conducted a helicopter raid near the Arak gas field in central Syria, killing two ISIS members.",
      "US Central Command",
      "2026-04-09",
    );
    const apart = assess(badia, [later, monitor], new Date("2026-04-10T00:00:00Z"));
    expect(apart.conflicts.filter((c) => c.kind === "accounts")).toEqual([]);
  });

  it("sets a report that the attackers held a post against an account that they never got in", () => {
    const monitor = source(
      "ISIS attack on army post",
      "SOHR documented the death of 14 members of the Syrian army in an attack by ISIS cells on a military post in Jabal al-Bishri on Tuesday. The attackers held the post for several hours before withdrawing into the desert.",
      "Syrian Observatory for Human Rights",
    );
    const agency = source(
      "Army repels attack",
      "Army units repelled an attack by ISIS terrorists on a military point in Jabal al-Bishri on Tuesday, without the terrorists being able to enter the point.",
      "SANA",
    );
    const a = assess(themeFixture("isis-badia-insurgency"), [monitor, agency], AT);
    const fell = a.conflicts.find((c) => c.id.startsWith("control:"));
    expect(fell?.topic).toBe("Whether Jabal al-Bishri fell to the attackers");
    expect(fell?.claims.map((x) => [x.articleId, x.stance])).toEqual([
      [monitor.article.id, "asserts"],
      [agency.article.id, "denies"],
    ]);
  });

  it("reads 'the militants entered the eastern quarter of' a town as a fall, and 'is under the full control of the army' as held", () => {
    const residents = source(
      "Village overrun",
      "ISIS cells attacked army posts near Maadan in the Raqqa desert on Tuesday night, killing four soldiers. Residents said the militants entered the eastern quarter of Maadan and stayed in its houses until dawn.",
      "Syrian Observatory for Human Rights",
    );
    const army = source(
      "Army holds village",
      "ISIS cells attacked army posts near Maadan in the Raqqa desert on Tuesday night, killing four soldiers, a military source told SANA. The source said the town of Maadan is under the full control of the army.",
      "SANA",
    );
    const a = assess(themeFixture("isis-badia-insurgency"), [residents, army], AT);
    const fell = a.conflicts.find((c) => c.id.startsWith("control:"));
    expect(fell?.claims.map((x) => [x.articleId, x.sentence, x.stance])).toEqual([
      [residents.article.id, 1, "asserts"],
      [army.article.id, 1, "denies"],
    ]);
  });

  it("counts the attackers' dead apart from the attack's toll, and sets a figure given for 'the number' against the one before it", () => {
    const monitor = source(
      "ISIS attack on Maadan post",
      "ISIS cells attacked a post of the Syrian army in the desert of Maadan at dawn on Thursday, killing nine soldiers, according to SOHR sources. Three of the attackers were killed in the clashes, according to the sources.",
      "Syrian Observatory for Human Rights",
    );
    const agency = source(
      "Army repels attack",
      "Units of the Syrian army repelled at dawn on Thursday an attack by ISIS remnants on one of their posts in the desert of Maadan, a source told SANA. The source said that three soldiers were martyred, while four of the attackers were killed.",
      "SANA",
    );
    const a = assess(themeFixture("isis-badia-insurgency"), [monitor, agency], AT);
    const values = (prefix: string) =>
      a.conflicts
        .find((c) => c.id.startsWith(prefix))
        ?.claims.map((x) => x.value)
        .sort();
    expect(values("tolls:killed:")).toEqual([3, 9]);
    expect(values("tolls:attackersKilled:")).toEqual([3, 4]);

    const wire = source(
      "US pulls back in Syria",
      "US forces withdrew from the Green Village base in Deir ez-Zor, two US officials said. The officials said about 1,500 US troops remain in Syria, most of them in Hasakah province. But the SDF commander put the number at fewer than 800 and said most of those would leave.",
      "Reuters",
    );
    const b = assess(themeFixture("coalition-withdrawal"), [wire], AT);
    expect(b.conflicts.find((c) => c.topic.endsWith("two counts"))?.claims.map((x) => x.value)).toEqual([
      1500, 800,
    ]);
  });

  it("sets an accusation against the denial told right after it, even when one outlet relays both", () => {
    const wire = source(
      "Jordan army clashes with smugglers",
      "Jordan's army said its troops killed four smugglers in a clash on the border with Syria. Jordanian officials say pro-Iranian militias and groups linked to the Syrian army's Fourth Division protect the trade. The Syrian government denies any involvement in the trade.",
      "Associated Press",
    );
    const smuggling = themeFixture("cross-border-smuggling");
    const a = assess(smuggling, [wire], AT);
    const denied = a.conflicts.find((c) => c.kind === "denial");
    expect(denied?.claims.map((x) => [x.sentence, x.stance])).toEqual([
      [1, "asserts"],
      [2, "denies"],
    ]);
    expect(citedUnder(a, wire.article.id)).toContain("driver:armed-group-involvement");
  });

  it("answers a report from one base with a denial about the whole region, and a foiled attempt agrees with the attempt", () => {
    const channel = source(
      "US leaves Qasrak",
      "The American occupation forces have withdrawn completely from the Qasrak base in the countryside of Tal Tamr, our correspondent confirms.",
      "Unknown Telegram channel",
    );
    const command = source(
      "CENTCOM statement",
      "Reports circulating on social media that US forces have withdrawn from northeast Syria are false.",
      "US Central Command",
    );
    const coalition = themeFixture("coalition-withdrawal");
    const a = assess(coalition, [channel, command], AT);
    expect(a.conflicts.find((c) => c.kind === "denial")?.claims.map((x) => [x.articleId, x.stance])).toEqual([
      [channel.article.id, "asserts"],
      [command.article.id, "denies"],
    ]);
    const army = source(
      "Smuggling foiled",
      "The Jordanian Armed Forces foiled at dawn on Tuesday an attempt to smuggle large quantities of narcotics from Syrian territory into the Kingdom.",
      "Jordanian Armed Forces",
    );
    const agency = source(
      "Smugglers killed",
      "Border guards opened fire after a group of armed smugglers tried to cross into the kingdom from Syria under cover of fog.",
      "Agence France-Presse",
    );
    const b = assess(themeFixture("cross-border-smuggling"), [army, agency], AT);
    expect(b.conflicts.filter((c) => c.kind === "denial")).toEqual([]);
  });

  it("grades known outlets from the registry and unknown ones F, and lets the article's own grade win", () => {
    expect(gradeSource("Reuters", new Map()).reliability).toBe("B");
    expect(gradeSource("SOHR", new Map()).reliability).toBe("C");
    expect(gradeSource("SANA", new Map()).reason).toMatch(/state media/);
    expect(gradeSource("Desert Dispatch Blog", new Map()).reliability).toBe("F");
    expect(gradeSource("Reuters", new Map([["reuters", "A"]])).reliability).toBe("A");
    expect(gradeSource("Reuters", new Map(), "D").reliability).toBe("D");
  });

  it("reaches high confidence with three reliable, independent, recent sources that agree", () => {
    const text = (n: string) =>
      `Turkish drones struck Syrian Democratic Forces positions near Hasakah on Sunday, killing four fighters, ${n} reported. Islamic State fighters attacked the Ghwayran prison in Hasakah on Sunday, and several detainees escaped.`;
    const wires = ["Reuters", "Associated Press", "Agence France-Presse"].map((o) =>
      source(`Strikes on SDF (${o})`, text(o), o),
    );
    const j = judgment(assess(theme, wires, AT), "mass-escape");
    expect(j.probability).not.toBeNull();
    expect(j.confidence?.level).toBe("high");
    const one = judgment(assess(theme, [wires[0] as SourceDocument], AT), "mass-escape");
    expect(one.confidence?.level).not.toBe("high");
    expect(j.probability ?? 0).toBeGreaterThan(one.probability ?? 1);
  });
});

describe("assess: an article a conflict weighs is used", () => {
  it("does not list as unused an article whose figure a conflict box sets against another source's", () => {
    const withdrawal = themeFixture("coalition-withdrawal");
    const speech = source(
      "Campaign rally in Karkh",
      "This is the transcript of the rally held by a candidate in the Karkh district of Baghdad on 25 November.\n\nThey promised us the Americans would leave, and yet there are still more than 5,000 American soldiers on our soil, in Erbil, in Harir and in Baghdad itself.\n\nElectricity, water and jobs for our young people are the things I will fight for in parliament.",
      "Campaign of a candidate (speech transcript)",
      "2026-11-26",
    );
    const wire = source(
      "Fewer US troops in Kurdistan",
      "About 1,500 US troops remain in Iraq's Kurdistan Region after the coalition's mission in federal Iraq ended, two US officials told Reuters on Thursday.\n\nNone are now based in Baghdad, the officials said.",
      "Reuters",
      "2026-11-27",
    );
    const a = assess(withdrawal, [speech, wire], new Date("2026-12-01T12:00:00Z"));
    const weighed = a.conflicts.flatMap((c) => c.claims.map((cl) => cl.articleId));
    expect(weighed).toContain(speech.article.id);
    expect(a.unused.map((u) => u.articleId)).not.toContain(speech.article.id);
    expect(a.sources.find((s) => s.articleId === speech.article.id)?.used).toBe(true);
  });
});

describe("assess: what addresses the coalition's posture", () => {
  // A bilateral agreement to keep training and paying Iraqi forces is the form the US presence
  // takes after a drawdown, and the SDF losing its coalition air cover is the drawdown as it
  // reaches Syria: either tells where the coalition stands, without a troop count or a stated
  // intent to leave.
  const withdrawal = themeFixture("coalition-withdrawal");
  const doc = source(
    "Peshmerga commander on the drawdown",
    "A memorandum signed in October commits Washington to keep training and paying the Iraqi army's border brigades through 2027, the ministry said.\n\nISIS cells attacked an army post near Kirkuk on 4 November, killing two soldiers.\n\nThe Syrian Democratic Forces have lost most of their coalition air cover and might not hold their prisons if attacked, the commander warned.",
    "Rudaw",
    "2026-11-20",
  );
  const a = assess(withdrawal, [doc], new Date("2026-12-01T12:00:00Z"));

  it("judges ISIS gains on continued security ties and ISIS activity", () => {
    expect(citedUnder(a, doc.article.id)).toContain("mitigator:bilateral-security-ties");
    expect(citedUnder(a, doc.article.id)).not.toContain("driver:withdrawal-intent");
    expect(citedUnder(a, doc.article.id)).not.toContain("mitigator:residual-presence");
    expect(judgment(a, "isis-gains").probability).not.toBeNull();
  });

  it("judges the strain on SDF detention on the SDF losing its coalition backing", () => {
    expect(citedUnder(a, doc.article.id)).toContain("driver:sdf-exposure");
    expect(judgment(a, "sdf-detention-strain").probability).not.toBeNull();
  });
});

describe("assess: time", () => {
  it("weighs reporting by its age on the briefing date and flags reporting older than the horizon", () => {
    const fresh = assess(theme, [escapeReport], AT);
    const later = assess(theme, [escapeReport], new Date("2030-03-05T12:00:00Z"));
    const p = (a: Assessment) => judgment(a, "mass-escape").probability ?? 0;
    const base = judgment(fresh, "mass-escape").baseRate;
    expect(fresh.stale).toBe(false);
    expect(later.stale).toBe(true);
    expect(judgment(later, "mass-escape").stale).toBe(true);
    expect(Math.abs(p(later) - base)).toBeLessThan(Math.abs(p(fresh) - base));
    expect(judgment(later, "mass-escape").confidence?.reasons.join(" ")).toMatch(/older than the .*horizon/);
  });
});

describe("theme schema", () => {
  const base = themeFixture("isis-prison-escape");
  it("refuses a factor pattern that only has words", () => {
    const bad = structuredClone(base) as unknown as { drivers: { evidence: unknown[] }[] };
    (bad.drivers[0] as { evidence: unknown[] }).evidence = [{ kinds: ["event"], words: ["escape"] }];
    expect(Theme.safeParse(bad).success).toBe(false);
  });

  it("refuses figures in fixed theme prose, which the sources could contradict", () => {
    const bad = { ...structuredClone(base), summary: "Some 9,000 ISIS fighters are held in SDF prisons." };
    const result = Theme.safeParse(bad);
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toMatch(/figure/);
  });

  it("refuses a requirement on a factor the judgment does not weigh", () => {
    const bad = structuredClone(base);
    (bad.judgments[1] as { requires: { groups: { factors: string[]; about: string }[] } }).requires.groups = [
      { factors: ["repatriation"], about: "something else" },
    ];
    expect(Theme.safeParse(bad).success).toBe(false);
  });
});

describe("assess: tolls read from words", () => {
  it("reads who and how many, not a year before a comma", async () => {
    const { tollIn } = await import("../../../src/core/themes/conflicts.js");
    expect(tollIn("The fighting, the biggest since its fall in 2019, killed about 370 people.")).toBe(370);
    expect(tollIn("Five army personnel were martyred and four others were injured.", "wounded")).toBe(4);
    expect(tollIn("Nine members of the SDF and the Asayish (guards) were killed.")).toBe(9);
    expect(tollIn("Five detainees took advantage of the chaos and fled the centre.", "escaped")).toBe(5);
    // "the dead" as a noun counts nobody.
    expect(tollIn("Two relatives of the dead told Reuters that the post had asked for reinforcements.")).toBe(
      null,
    );
  });

  it("sets the tolls one article relays from several sources side by side, but not an earlier attack's", () => {
    const theme = themeFixture("isis-badia-insurgency");
    const wire = source(
      "Checkpoint attack near Sukhnah",
      [
        "Islamic State militants attacked a security checkpoint in the desert east of Homs on Sunday night, killing at least seven members of the security forces, two security sources said.",
        "The interior ministry put the toll at the Sukhnah checkpoint at five dead and four wounded, in a statement on Monday.",
        "The Syrian Observatory for Human Rights said eight security personnel had been killed.",
        "A week earlier, a roadside bomb killed two members of the security forces near Palmyra.",
      ].join(" "),
      "Reuters",
      "2026-08-04",
    );
    const a = assess(theme, [wire], new Date("2026-08-05T00:00:00Z"));
    const killed = a.conflicts.filter((c) => /^The number killed/.test(c.topic));
    expect(killed).toHaveLength(1);
    expect(killed[0]?.claims.map((c) => c.sentence).sort()).toEqual([0, 1, 2]);
  });

  it("never sets the soldiers killed in an attack against the militants killed after it", () => {
    const theme = themeFixture("isis-badia-insurgency");
    const monitor = source(
      "ISIS attack near Maadan",
      "ISIS cells attacked an army post near Maadan in the Raqqa desert on Thursday, killing nine soldiers, the monitor said.",
      "Syrian Observatory for Human Rights",
      "2026-05-22",
    );
    const army = source(
      "Army combs the desert near Maadan",
      "Army units attacked by ISIS near Maadan in the Raqqa desert on Thursday combed the area and had killed two members of the cell that carried out the attack, a military source said.",
      "SANA",
      "2026-05-22",
    );
    const a = assess(theme, [monitor, army], new Date("2026-05-25T00:00:00Z"));
    expect(a.conflicts.filter((c) => /number killed/i.test(c.topic))).toEqual([]);
  });
});

describe("assess: a report's direction follows what its clause says was done", () => {
  const border = themeFixture("border-fortification");

  it("counts an attack the guards repelled as their control of the prison, not as an attack on it", () => {
    const repelled = source(
      "Attack on Hasakah prison repelled",
      "Islamic State fighters attacked the Ghwayran prison in Hasakah on Sunday night. The Syrian Democratic Forces repelled the attack on the prison within two hours and restored order inside the prison by dawn.",
      "Associated Press",
    );
    const a = assess(theme, [repelled], AT);
    const second = a.factors.flatMap((f) =>
      f.evidence
        .filter((e) => e.articleId === repelled.article.id && e.sentence === 1)
        .map(() => `${f.role}:${f.id}`),
    );
    expect(second).not.toContain("driver:prison-attacks");
    expect(second).toEqual(["mitigator:sdf-control"]);
  });

  it("counts guards cut at a prison as pressure on the SDF, never as its control of the site", () => {
    const cut = source(
      "Fewer guards at Hasakah prison",
      "The number of guards at the Ghwayran prison in Hasakah has been reduced since August, after many of them were moved to the front lines near Tal Tamr, officials of the Syrian Democratic Forces said.",
      "Associated Press",
    );
    const cited = citedUnder(assess(theme, [cut], AT), cut.article.id);
    expect(cited).not.toContain("mitigator:sdf-control");
    expect(cited).not.toContain("mitigator:coalition-support");
    expect(cited).toContain("driver:sdf-under-pressure");
  });

  it("reads operations against ISIS as counter-terrorism in the desert, never as ISIS attacks", () => {
    const badia = themeFixture("isis-badia-insurgency");
    const ops = source(
      "Army raids ISIS hideouts in the Badia",
      "Army units have carried out 40 operations against ISIS hideouts in the Syrian desert near Palmyra since the beginning of September, killing dozens of terrorists, the defence ministry said.",
      "Syrian Arab News Agency",
    );
    const cited = citedUnder(assess(badia, [ops], AT), ops.article.id);
    expect(cited).not.toContain("driver:attacks-reported");
    expect(cited).toContain("mitigator:counter-terrorism-strikes");
  });

  it("lets a sentence that only points back at a seizure go by its other clause, the trend in smuggling", () => {
    const trend = source(
      "Iraqi border forces seize Captagon near Al-Qaim",
      "Iraqi Border Forces seized two million Captagon pills near Al-Qaim on Sunday. The seizure was one of the largest this year on the Iraq-Syria border, where Iraqi officials say Captagon smuggling from Syria has increased since the start of the year.",
      "Reuters",
    );
    const a = assess(border, [trend], AT);
    const second = a.factors.flatMap((f) =>
      f.evidence
        .filter((e) => e.articleId === trend.article.id && e.sentence === 1)
        .map(() => `${f.role}:${f.id}`),
    );
    expect(second).toEqual(["driver:smuggling-networks"]);
  });

  it("counts the SDF's warning that it could not hold the prisons without US forces as its exposure", () => {
    const coalition = themeFixture("coalition-withdrawal");
    const warning = source(
      "SDF fears a US exit",
      "Commanders of the Syrian Democratic Forces told reporters in Hasakah on Sunday that a US departure from Syria would leave them unable to hold the prisons while fighting Turkey in the north.",
      "Associated Press",
    );
    expect(citedUnder(assess(coalition, [warning], AT), warning.article.id)).toContain("driver:sdf-exposure");
  });

  it("counts smugglers arrested and pills seized by border forces as interdictions, not as smuggling networks", () => {
    const seized = source(
      "Iraqi border forces seize Captagon",
      "Iraqi Border Forces have seized 38 million pills and arrested 71 smugglers on the Syrian border since January, according to figures from the Border Forces Command.",
      "Reuters",
    );
    const cited = citedUnder(assess(border, [seized], AT), seized.article.id);
    expect(cited).not.toContain("driver:smuggling-networks");
    expect(cited).toContain("mitigator:interdictions");
  });
});
