import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import type { Assessment } from "../../../src/core/themes/assessment.js";
import { claimsOf } from "../../../src/core/themes/conflicts-claims.js";
import { collectReports } from "../../../src/core/themes/reports.js";
import { paragraphsDocument, sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * Shapes of conflicting reporting the claim reader and the older finders read, on short texts
 * written for these tests: a toll told as martyrs, an event denied as a noun ("there has been no
 * escape"), none "since the beginning of the year" against one night's crossing, a total of one
 * operation, troops of a country and its allies, tallies of a period against a month inside it,
 * a barrier complete against a gap, who was behind an attack against nobody, a base handed over
 * against one still used.
 */

const AT = new Date("2026-11-30T12:00:00Z");
const between = (a: Assessment, ids: readonly string[]) =>
  a.conflicts.filter((c) => ids.every((id) => c.claims.some((x) => x.articleId === id)));

describe("conflicts from claims: tolls and denials told in other words", () => {
  it("reads 'were martyred' as a toll of the forces", () => {
    const isf = paragraphsDocument(
      "Statement on the attack on Panorama prison",
      [
        "The statement said a terrorist cell attacked the outer wall of Panorama prison in Hasakah shortly before midnight on 3 November.",
        "Four members of our forces were martyred and two were wounded while defending the facility.",
      ],
      "Hawar News Agency",
      "2026-11-05",
    );
    const read = claimsOf(collectReports([isf])).map((f) => [f.kind, f.value]);
    expect(read).toContainEqual(["killed:forces", 4]);
  });

  it("sets a memo's count of those who left against the denial it quotes: 'there has been no escape'", () => {
    const story = paragraphsDocument(
      "Leaked memo on Al-Hol",
      [
        "An internal memo of the Internal Security Forces seen by Middle East Eye warns that the guard force at Al-Hol camp has fallen to about 600 members, half the number it had a year ago.",
        "The memo, dated 20 November, was shared by an official who asked not to be named.",
        "It says that nine women and children left the Annex through a cut in the fence on the night of 6 November.",
        "The memo warns that families in the Annex are planning a larger breakout.",
        "The Autonomous Administration said the document was a fabrication.",
        '"There has been no escape of any kind, and our forces control every section," the department\'s co-chair told Middle East Eye.',
      ],
      "Middle East Eye",
      "2026-11-25",
    );
    const found = assess(themeFixture("isis-prison-escape"), [story], AT).conflicts.filter(
      (c) => c.kind === "figures" && c.claims.some((x) => x.value === 0),
    );
    expect(found.map((c) => c.claims.map((x) => x.value).sort())).toContainEqual([0, 9]);
    expect(found[0]?.topic).not.toMatch(/Middle East/);
  });
});

describe("conflicts from claims: tallies and their periods", () => {
  it("sets none crossed 'since the beginning of the year' against a crossing of one night, never reading 'not one' as one", () => {
    const residents = sourceDocument(
      "Residents report armed men crossing near Rabia",
      "Residents of Rabia said about 30 armed men crossed from Syria through a breach in the berm on the night of 4 October.",
      "Shafaq News",
      "2026-10-10",
    );
    const command = sourceDocument(
      "Border Forces: the Rabia sector is sealed",
      "Not one infiltrator has crossed the Rabia sector since the beginning of the year, the commander of the Border Forces said.",
      "Iraqi News Agency",
      "2026-10-20",
    );
    const found = between(assess(themeFixture("border-fortification"), [residents, command], AT), [
      residents.article.id,
      command.article.id,
    ]).filter((c) => c.kind === "figures");
    expect(found.length).toBeGreaterThan(0);
    expect(found.flatMap((c) => c.claims.map((x) => x.value))).not.toContain(1);
  });

  it("reads 'in total ... in the operation' as one operation's seizure, set against another account of it", () => {
    const army = sourceDocument(
      "Army foils smuggling attempt",
      "In total, troops seized 2.5 million Captagon pills in the operation near the Jaber crossing on 12 November, the army said.",
      "Jordan Times",
      "2026-11-12",
    );
    const ministry = sourceDocument(
      "Interior ministry on the Nasib operation",
      "The ministry said 600,000 Captagon pills were seized in the joint operation near the Nasib crossing on 12 November.",
      "SANA",
      "2026-11-13",
    );
    const found = between(assess(themeFixture("cross-border-smuggling"), [army, ministry], AT), [
      army.article.id,
      ministry.article.id,
    ]).filter((c) => /seized/i.test(c.topic));
    expect(found.map((c) => c.claims.map((x) => x.value).sort((p, q) => (p ?? 0) - (q ?? 0)))).toContainEqual(
      [600000, 2500000],
    );
  });

  it("never sets a tally of ten months against a count of one month inside it", () => {
    const factbox = sourceDocument(
      "Factbox: ISIS in Iraq",
      "Iraqi officials reported 61 ISIS attacks in Iraq in the first ten months of 2026, most of them in Diyala.",
      "AFP",
      "2026-11-27",
    );
    const ministry = sourceDocument(
      "Ministry on attacks in Garmiyan",
      "The ministry said ISIS cells carried out seven attacks on Peshmerga positions in Garmiyan in October.",
      "Kurdistan24",
      "2026-11-20",
    );
    const found = between(assess(themeFixture("coalition-withdrawal"), [factbox, ministry], AT), [
      factbox.article.id,
      ministry.article.id,
    ]).filter((c) => /attacks/i.test(c.topic));
    expect(found).toEqual([]);
  });
});

describe("conflicts from claims: troops and bases", () => {
  it("sets US troops against 'US and coalition personnel' remaining in one region", () => {
    const wire = sourceDocument(
      "US forces in Iraq",
      "About 2,500 US troops remain in the Kurdistan Region, according to US officials.",
      "AFP",
      "2026-11-27",
    );
    const ministry = sourceDocument(
      "Ministry on the coalition presence",
      "After the coalition left Harir base, about 900 US and coalition personnel remain in the Kurdistan Region, all of them at Erbil air base, the Ministry of Peshmerga Affairs said.",
      "Kurdistan24",
      "2026-11-20",
    );
    const found = between(assess(themeFixture("coalition-withdrawal"), [wire, ministry], AT), [
      wire.article.id,
      ministry.article.id,
    ]).filter((c) => /troops/i.test(c.topic));
    expect(found.length).toBeGreaterThan(0);
  });

  it("never sets one official's troops in Kurdistan against his troops in Syria", () => {
    const one = paragraphsDocument(
      "US hands over Ain al-Asad",
      [
        "Several hundred US troops will remain in the Kurdistan Region, a US defence official told Reuters.",
        "The official said about 900 US troops were still deployed in north-east Syria.",
      ],
      "Reuters",
      "2026-11-20",
    );
    const a = assess(themeFixture("coalition-withdrawal"), [one], AT);
    expect(a.conflicts.filter((c) => /troops/i.test(c.topic))).toEqual([]);
  });

  it("sets a base handed over against troops said to remain at it", () => {
    const wire = sourceDocument(
      "US forces in Iraq",
      "About 2,000 US troops remain in the Kurdistan Region, at Erbil air base and Harir, according to US officials.",
      "AFP",
      "2026-11-27",
    );
    const ministry = sourceDocument(
      "Harir base handed over",
      "The Ministry of Peshmerga Affairs announces that the coalition has completed the handover of Harir base to the Peshmerga forces.",
      "Kurdistan24",
      "2026-11-20",
    );
    const found = between(assess(themeFixture("coalition-withdrawal"), [wire, ministry], AT), [
      wire.article.id,
      ministry.article.id,
    ]).filter((c) => /Harir/.test(c.topic));
    expect(found.length).toBe(1);
  });
});

describe("conflicts from claims: propositions", () => {
  it("sets a wall announced complete against imagery of a gap in it, within days", () => {
    const imagery = sourceDocument(
      "Imagery shows a gap in the Rabia wall",
      "Satellite imagery shows that the concrete wall in the Rabia sector still has an unfinished gap of about six kilometres.",
      "Bellingcat",
      "2026-11-18",
    );
    const command = sourceDocument(
      "Border Forces complete the Rabia wall",
      "The commander of the Border Forces announced the completion of the concrete wall in the Rabia sector on the border with Syria.",
      "Iraqi News Agency",
      "2026-11-24",
    );
    const found = between(assess(themeFixture("border-fortification"), [imagery, command], AT), [
      imagery.article.id,
      command.article.id,
    ]).filter((c) => /complete/i.test(c.topic));
    expect(found.length).toBe(1);
    expect(found[0]?.analysis).toMatch(/complete|gap/);
  });

  it("never reads a wall to be completed next year as a claim that it is complete", () => {
    const imagery = sourceDocument(
      "Imagery shows a gap in the Rabia wall",
      "Satellite imagery shows that the concrete wall in the Rabia sector still has an unfinished gap of about six kilometres.",
      "Bellingcat",
      "2026-11-18",
    );
    const plan = sourceDocument(
      "Wall to be finished",
      "The commander said the concrete wall in the Rabia sector would be completed by the end of 2027.",
      "Iraqi News Agency",
      "2026-11-24",
    );
    expect(
      between(assess(themeFixture("border-fortification"), [imagery, plan], AT), [
        imagery.article.id,
        plan.article.id,
      ]).filter((c) => /complete/i.test(c.topic)),
    ).toEqual([]);
  });

  it("sets a claimed bombing against officials who say no armed group was involved, in one digest", () => {
    const digest = paragraphsDocument(
      "Digest of al-Naba",
      [
        "ISIS claimed seven attacks on Syrian army checkpoints in the desert near Palmyra in its weekly al-Naba newsletter.",
        "Al-Naba claimed a roadside bomb that killed three shepherds near Al-Sukhnah on 14 November.",
        "Syrian officials attributed the blast to an old landmine and said no armed group was involved.",
      ],
      "SITE Intelligence Group",
      "2026-11-20",
    );
    const found = assess(themeFixture("isis-badia-insurgency"), [digest], AT).conflicts.filter((c) =>
      /carried out/i.test(c.topic),
    );
    expect(found.length).toBe(1);
    expect(found[0]?.analysis).toMatch(/no armed group/);
  });

  it("sets smugglers backed by armed groups against a gang with no links to any armed faction", () => {
    const army = sourceDocument(
      "Army clashes with smugglers",
      "Border guards clashed with armed smugglers, backed by armed groups, near the Jaber crossing on 12 November, the army said.",
      "Jordan Times",
      "2026-11-12",
    );
    const ministry = sourceDocument(
      "Interior ministry on the Nasib gang",
      "The ministry said the gang that tried to cross near the Nasib crossing on 12 November was a local criminal network from the Lajat area with no links to any armed faction.",
      "SANA",
      "2026-11-13",
    );
    const found = between(assess(themeFixture("cross-border-smuggling"), [army, ministry], AT), [
      army.article.id,
      ministry.article.id,
    ]).filter((c) => /carried out/i.test(c.topic));
    expect(found.length).toBe(1);
  });
});

describe("conflicts of the older finders: what they read is what was said", () => {
  it("never reads the day of the month as a toll, and reads a correction's standing toll, not the one it withdraws", () => {
    const army = sourceDocument(
      "Army clashes with smugglers",
      "Five smugglers were killed in a clash with border guards near the Jaber crossing on 12 November, the army said.",
      "Jordan Times",
      "2026-11-12",
    );
    const ministry = paragraphsDocument(
      "Interior ministry on the Nasib clash",
      [
        "On 12 November, smugglers opened fire on a patrol near the Nasib crossing, and three smugglers were killed, the ministry said.",
        "CORRECTION: An earlier version of this report said that five smugglers were killed; the ministry later gave the toll as three killed.",
      ],
      "SANA",
      "2026-11-13",
    );
    const tolls = between(assess(themeFixture("cross-border-smuggling"), [army, ministry], AT), [
      army.article.id,
      ministry.article.id,
    ]).filter((c) => /killed/i.test(c.topic));
    expect(tolls.length).toBe(1);
    const values = tolls[0]?.claims.map((x) => x.value) ?? [];
    expect(values).not.toContain(12);
    // The withdrawn five of the ministry is no second source for the army's five.
    expect(tolls[0]?.claims.filter((x) => x.value === 5).map((x) => x.source)).toEqual(["Jordan Times"]);
  });

  it("never counts a host's question relaying one side as another source for it", () => {
    const podcast = paragraphsDocument(
      "Desert podcast",
      [
        "ANALYST: Our count for the six months from May to October 2026 is 70 ISIS attacks in the desert near Palmyra.",
        "ANALYST: On 10 November a group of about thirty fighters entered the village of Al-Kawm and held it until the evening of the following day, according to residents.",
        "HOST: The Ministry of Defence says that attack was repelled, does it not?",
      ],
      "COAR",
      "2026-11-20",
    );
    const ministry = paragraphsDocument(
      "Ministry repels attack on Al-Kawm",
      [
        "The Ministry of Defence announces that its units repelled an attack by a terrorist ISIS group on the outskirts of Al-Kawm in the Palmyra countryside on 10 November.",
        "The attackers were forced to withdraw towards the desert after losing five of their members, and the village was never entered.",
      ],
      "SANA",
      "2026-11-11",
    );
    const found = assess(themeFixture("isis-badia-insurgency"), [podcast, ministry], AT).conflicts.filter(
      (c) => c.kind === "denial" && c.claims.some((x) => x.articleId === ministry.article.id),
    );
    expect(found.length).toBeGreaterThan(0);
    for (const c of found)
      expect(c.claims.filter((x) => x.stance === "denies").map((x) => x.articleId)).not.toContain(
        podcast.article.id,
      );
  });

  it("never reads a foiled smuggling attempt as a denial that smuggling goes on", () => {
    const army = paragraphsDocument(
      "Army foils smuggling attempt",
      [
        "The Northern Military Zone foiled an attempt to smuggle large quantities of narcotics from Syrian territory into the Kingdom at dawn on 12 November, the General Command said.",
        "Three smugglers were killed and the others fled back into Syrian territory, the source said.",
      ],
      "Jordan Times",
      "2026-11-12",
    );
    const ministry = paragraphsDocument(
      "Ministry on smuggling networks",
      [
        "The Ministry of Interior said its units in Daraa thwarted an attempt to smuggle drugs across the border east of the Nasib crossing on 12 November.",
        "The ministry stressed that Syria is committed to fighting drug production and smuggling and to cooperating with neighbouring countries.",
        "The ministry said the arrested smugglers had confessed to working for a network that moves pills from workshops in the Qalamoun area to the Jordanian border.",
      ],
      "SANA",
      "2026-11-13",
    );
    expect(
      between(assess(themeFixture("cross-border-smuggling"), [army, ministry], AT), [
        army.article.id,
        ministry.article.id,
      ]).filter((c) => c.kind === "denial"),
    ).toEqual([]);
  });

  it("never sets the people a camp holds against the people brought home from it", () => {
    const story = paragraphsDocument(
      "Leaked memo on Al-Hol",
      [
        "An internal memo seen by Middle East Eye warns that the guard force at Al-Hol camp has fallen to about 650 members.",
        "Iraq brought home more than 500 people from Al-Hol in November, according to the Iraqi Ministry of Migration, bringing the camp's population below 21,500.",
      ],
      "Middle East Eye",
      "2026-11-27",
    );
    const update = paragraphsDocument(
      "Flash update on Al-Hol",
      [
        "KEY FIGURES: Al-Hol camp, 13 kilometres from the Iraqi border, held 21,400 people on 25 November.",
        "SECURITY: On 18 November, unidentified gunmen fired on the main gate of Al-Hol camp, and one guard was killed, according to camp management.",
      ],
      "UN OCHA",
      "2026-11-28",
    );
    expect(
      between(assess(themeFixture("isis-prison-escape"), [story, update], AT), [
        story.article.id,
        update.article.id,
      ]).filter((c) => /people/i.test(c.topic)),
    ).toEqual([]);
  });
});

describe("conflicts from claims: escapes told as what was done, burials, figures found unsupported", () => {
  it("reads 'took advantage of the chaos to escape' and 'managed to flee' as escapes, never 'tried to escape'", () => {
    const statement = paragraphsDocument(
      "Statement on the shelling of Ghwayran",
      [
        "Shells fell on the outer yard of Ghwayran prison in Hasakah on the evening of 9 October.",
        "Six inmates took advantage of the chaos to escape, and two more managed to flee from the clinic.",
        "Eleven others tried to escape through the kitchen but were stopped at the gate.",
      ],
      "Hawar News Agency",
      "2026-10-10",
    );
    const read = claimsOf(collectReports([statement])).filter((f) => f.kind === "escaped");
    expect(read.map((f) => f.value)).toContain(6);
    expect(read.map((f) => f.value)).not.toContain(11);
  });

  it("never takes the town where the dead were buried for the place they were killed", () => {
    const story = paragraphsDocument(
      "Guards killed in Hasakah riot",
      [
        "Three guards were killed in the riot at the prison, and their families buried them in Qamishli the next day.",
      ],
      "Rudaw",
      "2026-10-12",
    );
    const toll = claimsOf(collectReports([story])).find((f) => f.kind === "killed:forces");
    expect(toll?.value).toBe(3);
    expect(toll?.said.places.map((p) => p.name)).not.toContain("qamishli");
  });

  it("never reads a figure a fact-check finds no evidence for as its own count", () => {
    const check = paragraphsDocument(
      "Fact-check: the Hasakah prison video",
      [
        "A nurse at the hospital said two soldiers died of their wounds after the riot.",
        "We found no evidence for the figure of nine soldiers killed that was shared with the video.",
      ],
      "Misbar",
      "2026-10-14",
    );
    const tolls = claimsOf(collectReports([check]))
      .filter((f) => f.kind === "killed:forces")
      .map((f) => f.value);
    expect(tolls).toContain(2);
    expect(tolls).not.toContain(9);
  });
});

describe("conflicts from claims: who did it, told far from the deed or by state media", () => {
  it("reads the doer of an attack named after a long clause on the attack", () => {
    const sana = paragraphsDocument(
      "Governor reviews road security",
      [
        "The governor said the ambush on a grain lorry near Al-Sukhnah on 4 October, in which two drivers and a guard were wounded, was carried out by a criminal gang seeking to steal the cargo.",
      ],
      "SANA",
      "2026-10-20",
    );
    const sohr = paragraphsDocument(
      "ISIS claims desert ambush",
      ["ISIS claimed the ambush on a lorry near Al-Sukhnah on 4 October through its Amaq agency."],
      "Syrian Observatory for Human Rights",
      "2026-10-21",
    );
    const found = between(assess(themeFixture("isis-badia-insurgency"), [sana, sohr], AT), [
      sana.article.id,
      sohr.article.id,
    ]);
    expect(found.map((c) => c.topic)).toContainEqual(expect.stringMatching(/^Who carried out the attack/));
  });

  it("sets state media that blamed robbers rather than ISIS against witnesses the same post quotes, beside the two tolls", () => {
    const post = paragraphsDocument(
      "Travel diary: the desert road",
      [
        "Witnesses told me that on 9 October, ISIS gunmen attacked a minibus on the Palmyra-Homs road near Al-Furqlus and killed five passengers.",
        "Syrian state media reported only three dead in that attack and blamed highway robbers rather than ISIS.",
      ],
      "A travel blog",
      "2026-10-15",
    );
    const topics = assess(themeFixture("isis-badia-insurgency"), [post], AT).conflicts.map((c) => c.topic);
    expect(topics).toContainEqual(expect.stringMatching(/^Who carried out the attack/));
    expect(topics).toContainEqual(expect.stringMatching(/^The number killed/));
  });

  it("puts a source's 'all detainees remained in their cells' in the box of its denial, not a box of its own", () => {
    const monitor = paragraphsDocument(
      "Attack on Al-Kasra prison",
      [
        "Gunmen attacked the prison in Al-Kasra on the night of 6 October.",
        "Local sources said that at least eight detainees managed to escape during the fighting.",
      ],
      "Syrian Observatory for Human Rights",
      "2026-10-07",
    );
    const forces = paragraphsDocument(
      "Statement on the attack on Al-Kasra prison",
      [
        "Our forces repelled an attack on the prison in Al-Kasra on the night of 6 October.",
        "We affirm that no detainee escaped from the prison.",
        "All detainees remained in their cells throughout the attack.",
      ],
      "SDF Media Center",
      "2026-10-07",
    );
    const found = between(assess(themeFixture("isis-prison-escape"), [monitor, forces], AT), [
      monitor.article.id,
      forces.article.id,
    ]);
    const held = `${forces.article.id}#2`;
    const boxes = found.filter((c) => c.claims.some((x) => `${x.articleId}#${x.sentence}` === held));
    for (const box of boxes)
      expect(box.claims.some((x) => x.articleId === forces.article.id && x.sentence === 1)).toBe(true);
  });
});

describe("conflicts from claims: whom those involved belonged to", () => {
  it("sets smugglers said to work for an armed faction against smugglers said to belong to the old regime's men", () => {
    const mayor = paragraphsDocument(
      "Interview with the mayor of Husaybah",
      [
        "Gunmen escorted a convoy of fuel lorries across the border near Husaybah on the night of 2 October.",
        "MAYOR: The smugglers work for an armed faction that takes a share of every load.",
      ],
      "Al-Iraqiya",
      "2026-10-04",
    );
    const ministry = paragraphsDocument(
      "Interior Ministry: fuel convoy stopped near Husaybah",
      [
        "Border guards stopped a convoy of fuel lorries near Husaybah on the night of 2 October.",
        "According to the Ministry, the smugglers belong to a network run by remnants of the former regime.",
      ],
      "SANA",
      "2026-10-03",
    );
    const found = between(assess(themeFixture("cross-border-smuggling"), [mayor, ministry], AT), [
      mayor.article.id,
      ministry.article.id,
    ]);
    expect(found.map((c) => c.topic)).toContainEqual(
      expect.stringMatching(/^Whom those involved belonged to/),
    );
  });

  it("never sets two accounts that name the same party against each other", () => {
    const army = paragraphsDocument(
      "Army: smugglers killed on the eastern border",
      ["The army said on 8 October that the smugglers were backed by militias linked to Iran."],
      "Petra",
      "2026-10-08",
    );
    const monitor = paragraphsDocument(
      "Monitor: smugglers killed near the Jordanian border",
      ["According to the monitor, the smugglers killed on 8 October belong to Iran-backed militias."],
      "Syrian Observatory for Human Rights",
      "2026-10-09",
    );
    const found = between(assess(themeFixture("cross-border-smuggling"), [army, monitor], AT), [
      army.article.id,
      monitor.article.id,
    ]);
    expect(found.filter((c) => /^Whom/.test(c.topic))).toEqual([]);
  });
});
