import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { paragraphsDocument, themeFixture } from "../../support/themes.js";

const AT = new Date("2026-11-20T12:00:00Z");
const figures = (docs: ReturnType<typeof paragraphsDocument>[]) =>
  assess(themeFixture("cross-border-smuggling"), docs, AT).conflicts.filter((c) => c.kind === "figures");
const valuesOf = (c: { claims: { value?: number | null }[] }) =>
  c.claims.map((x) => x.value ?? 0).sort((p, q) => p - q);

describe("conflicts: a tally from the start of the year to a month's end", () => {
  const institute = paragraphsDocument(
    "Drug seizures in Nineveh: a research paper",
    [
      "Security forces seized about 40 million Captagon pills in Nineveh province between January and October 2026, according to figures compiled by the Tigris Institute.",
    ],
    "Tigris Institute for Studies",
    "2026-11-12",
  );
  const ministry = (text: string) =>
    paragraphsDocument(
      "Statement on narcotics in Nineveh",
      [text, "The ministry thanks the citizens who reported the traders."],
      "Ministry of Interior (statement)",
      "2026-11-15",
    );

  it("is the same period as a span from January to that month", () => {
    const found = figures([
      institute,
      ministry(
        "The narcotics directorate seized 25,000,000 Captagon pills in Nineveh province from the start of the year to the end of October.",
      ),
    ]);
    expect(found.map(valuesOf)).toContainEqual([25_000_000, 40_000_000]);
  });

  it("is not read as the month alone, nor a month's tally as the year's", () => {
    const found = figures([
      institute,
      ministry(
        "The narcotics directorate seized 25,000,000 Captagon pills in Nineveh province during October.",
      ),
    ]);
    expect(found.filter((c) => valuesOf(c).includes(40_000_000))).toEqual([]);
  });
});

describe("conflicts: a part of a whole of equipment said to work, without 'only'", () => {
  const AT2 = new Date("2026-12-20T12:00:00Z");
  const audit = paragraphsDocument(
    "Audit of the border surveillance project",
    [
      "The Board audited the Border Forces surveillance project on the western border near Al-Qaim between July and October 2026.",
      "Of the 300 thermal cameras installed along the border with Syria since 2024, 150 were in working order at the end of October, the Board found.",
    ],
    "State Audit Board",
    "2026-12-15",
  );
  const reply = (text: string, outlet = "Iraq Today") =>
    paragraphsDocument(
      "Border command rejects the audit",
      [
        "The Border Forces Command has rejected the findings of an audit of the western border near Al-Qaim.",
        text,
      ],
      outlet,
      "2026-12-18",
    );
  const between = (docs: ReturnType<typeof paragraphsDocument>[]) =>
    assess(themeFixture("border-fortification"), docs, AT2)
      .conflicts.filter((c) => c.kind === "figures")
      .map(valuesOf);

  it("sets the working part of one account against another's, through the outlet's name", () => {
    expect(
      between([
        audit,
        reply(
          "A spokesman told Iraq Today that 290 of the 300 cameras were in operation at the end of October.",
        ),
      ]),
    ).toContainEqual([10, 150]);
  });

  it("does not read a part installed, rather than working, as a count of those at work", () => {
    expect(
      between([
        audit,
        reply(
          "A spokesman told Iraq Today that 290 of the 300 cameras had been installed by the end of October.",
        ),
      ]),
    ).toEqual([]);
  });

  it("keeps a place the sentence names outside the outlet's name", () => {
    expect(
      between([
        audit,
        reply(
          "A spokesman told Iraq Today that 290 of the 300 cameras in Jordan were in operation at the end of October.",
        ),
      ]),
    ).toEqual([]);
  });

  it("reads 'nearly all working' as no count of none out of service, though 'all working' is", () => {
    expect(
      between([audit, reply("The spokesman said nearly all of the thermal cameras are working.")]),
    ).toEqual([]);
    expect(
      between([audit, reply("The spokesman said all of the thermal cameras are working.")]),
    ).toContainEqual([0, 150]);
  });
});

describe("conflicts: a denial of a party's part in an event", () => {
  const AT4 = new Date("2026-12-22T12:00:00Z");
  const story = (third: string) =>
    paragraphsDocument(
      "Smugglers killed on the border",
      [
        "Jordanian border guards killed three armed smugglers in a clash on the border with Syria near Ramtha before dawn on 18 December, a military source said.",
        "The smugglers opened fire when a patrol tried to stop a group carrying bags across the border fence.",
        third,
      ],
      "Jordan Daily",
      "2026-12-19",
    );
  const denial = paragraphsDocument(
    "Statement of the Syrian Ministry of Interior",
    [
      "The Ministry of Interior denies reports that officers of the Border Police Directorate took part in the smuggling attempt on the Jordanian border on 18 December.",
      "Our units arrested five men in the Daraa countryside on 19 December on information shared by the Jordanian side.",
    ],
    "Syrian Ministry of Interior (statement)",
    "2026-12-20",
  );
  const denied = (docs: ReturnType<typeof paragraphsDocument>[]) =>
    assess(themeFixture("cross-border-smuggling"), docs, AT4).conflicts.filter((c) =>
      c.claims.some((x) => x.stance === "denies" && x.text.startsWith("The Ministry of Interior denies")),
    );
  const keysOf = (cs: ReturnType<typeof denied>) => cs.flatMap((c) => c.claims.map((x) => x.sentence));

  it("is not set against accounts of the event that do not name the party", () => {
    const found = denied([story("Residents say the smugglers travel in groups of ten or more."), denial]);
    expect(keysOf(found).filter((s) => s === 1)).toEqual([]);
  });

  it("is set against an account that names the party", () => {
    const found = denied([
      story(
        "One of the dead carried the identity card of an officer of the Border Police Directorate, the source said.",
      ),
      denial,
    ]);
    expect(found.some((c) => c.claims.some((x) => x.text.startsWith("One of the dead carried")))).toBe(true);
  });
});

describe("conflicts: denials that grant what another account tells", () => {
  const AT5 = new Date("2026-12-20T12:00:00Z");
  const denialsOf = (docs: ReturnType<typeof paragraphsDocument>[], start: string) =>
    assess(themeFixture("border-fortification"), docs, AT5).conflicts.filter(
      (c) => c.kind === "denial" && c.claims.some((x) => x.stance === "asserts" && x.text.startsWith(start)),
    );
  const audit = paragraphsDocument(
    "Audit of the Border Forces' fortification work",
    [
      "The Board audited the Border Forces fortification project on the border with Syria near Rabia between July and October 2026.",
      "A 20-kilometre stretch east of Rabia has neither wall nor trench, the auditors found.",
    ],
    "State Audit Board",
    "2026-12-14",
  );
  const command = (second: string) =>
    paragraphsDocument(
      "Border Forces reply to the audit",
      [
        "The Border Forces Command rejected the audit of its work on the border with Syria near Rabia.",
        second,
      ],
      "Nineveh Times",
      "2026-12-16",
    );

  it("does not set a stretch said to lack a wall against another account of it lacking one", () => {
    const found = denialsOf(
      [
        audit,
        command(
          "He said the command had deployed a new brigade of 900 men to the Rabia sector in November to cover the stretch without a wall.",
        ),
      ],
      "He said the command had deployed",
    );
    expect(found).toEqual([]);
  });

  it("still sets it against an account of a wall standing there", () => {
    const found = denialsOf(
      [audit, command("A concrete wall now runs along the whole stretch east of Rabia, the command said.")],
      "A concrete wall now runs",
    );
    expect(found.length).toBeGreaterThan(0);
  });

  const attempt = paragraphsDocument(
    "Infiltrators killed west of Rabia",
    [
      "Iraqi forces killed three militants who tried to infiltrate from Syrian territory into the desert west of Rabia early on 10 December, the operations command said.",
    ],
    "Gulf News Agency",
    "2026-12-10",
  );
  const search = (second: string) =>
    paragraphsDocument(
      "Statement of the operations command",
      [
        "Following the infiltration attempt foiled on 10 December, our forces searched the area west of Rabia for two days.",
        second,
        "An additional battalion of the Border Forces has been moved to the Rabia sector.",
      ],
      "Nineveh Operations Command",
      "2026-12-12",
    );
  const deniedBy = (docs: ReturnType<typeof paragraphsDocument>[], start: string) =>
    assess(themeFixture("border-fortification"), docs, AT5).conflicts.filter((c) =>
      c.claims.some((x) => x.stance === "denies" && x.text.startsWith(start)),
    );

  it("does not set 'none of them reached the villages' against the account of the attempt", () => {
    const found = deniedBy(
      [attempt, search("None of the infiltrators reached the villages behind the wall.")],
      "None of the infiltrators",
    );
    expect(found).toEqual([]);
  });

  it("sets 'none of them crossed' against an account that some crossed", () => {
    const crossed = paragraphsDocument(
      "Militants cross near Rabia",
      [
        "Three militants crossed from Syrian territory into the desert west of Rabia early on 10 December, a security source said.",
      ],
      "Gulf News Agency",
      "2026-12-10",
    );
    const found = deniedBy(
      [crossed, search("None of the infiltrators crossed the border.")],
      "None of the infiltrators",
    );
    expect(found.length).toBeGreaterThan(0);
  });
});

describe("conflicts: one article saying twice who was hit", () => {
  const AT6 = new Date("2026-06-08T12:00:00Z");
  const command = (sixth: string) =>
    paragraphsDocument(
      "Joint Operations Command statement",
      [
        "The Joint Operations Command announces that the Border Forces thwarted at dawn today, Friday, an attempt by a terrorist group to infiltrate from Syrian territory into the area west of Rutba in Anbar province.",
        "The thermal cameras installed on the border wall detected the movement of five terrorists approaching the wall, and our forces engaged them immediately.",
        "Two of the terrorists were killed, and three were arrested after they were wounded.",
        "Our forces suffered no losses.",
        sixth,
        "The Command calls on the media to take news from its official sources.",
      ],
      "Iraqi Joint Operations Command",
      "2026-06-05",
    );
  const blog = paragraphsDocument(
    "What happened west of Rutba",
    [
      "The Joint Operations Command says its forces stopped five terrorists at the wall west of Rutba on Friday, but people in the town tell a different story.",
      "According to relatives I spoke to, the two men who were killed were cigarette smugglers from Rutba who had made the trip dozens of times.",
    ],
    "Rutba Notes (blog)",
    "2026-06-07",
  );
  const whoBoxes = (docs: ReturnType<typeof paragraphsDocument>[]) =>
    assess(themeFixture("border-fortification"), docs, AT6).conflicts.filter((c) => c.kind === "accounts");

  it("holds both of its sentences in the box of who was killed", () => {
    const boxes = whoBoxes([
      command(
        "Preliminary information indicates that the group belongs to the remnants of the ISIS terrorist gangs that are active in the Syrian desert, and that it was trying to reach the Hauran valley.",
      ),
      blog,
    ]);
    expect(
      boxes.some(
        (c) =>
          c.claims.some((x) => x.text.startsWith("Preliminary information")) &&
          c.claims.some((x) => x.text.startsWith("According to relatives")),
      ),
    ).toBe(true);
  });

  it("does not take in a sentence of another day's events", () => {
    const boxes = whoBoxes([
      command("On 20 May, ISIS fighters attacked a border post south of Rutba, the Command said."),
      blog,
    ]);
    expect(boxes.flatMap((c) => c.claims).filter((x) => x.text.startsWith("On 20 May"))).toEqual([]);
  });
});

describe("conflicts: whether a base is to close", () => {
  const AT7 = new Date("2026-11-30T12:00:00Z");
  const newsletter = (second: string) =>
    paragraphsDocument(
      "Battalion newsletter, November",
      [
        "Dear families, this month's newsletter comes with news many of you have waited for.",
        second,
        "Two of our soldiers were wounded in October when a rocket struck the perimeter of the base near Erbil, and both are recovering well.",
      ],
      "Family Readiness Group newsletter",
      "2026-11-18",
    );
  const wire = paragraphsDocument(
    "Coalition to keep Harir open",
    [
      "Coalition commanders plan to keep Harir air base north of Erbil open through next summer, an official said on Monday, dismissing reports that the base would shut down in the winter.",
      "The official said that about 1,500 US troops would remain in the Kurdistan Region to advise the Peshmerga.",
    ],
    "Reuters",
    "2026-11-23",
  );
  const closing = (docs: ReturnType<typeof paragraphsDocument>[]) =>
    assess(themeFixture("coalition-withdrawal"), docs, AT7).conflicts.filter((c) =>
      c.topic.startsWith("Whether Harir"),
    );

  it("sets an account that the base will close against one that it will be kept open", () => {
    const found = closing([
      newsletter(
        "Our company will depart Harir air base in January, and the base will be closed permanently once it is handed to the Peshmerga.",
      ),
      wire,
    ]);
    expect(found.map((c) => c.topic)).toContain("Whether Harir closes");
  });

  it("does not read a unit's departure, or a closure told only as reported, as the base closing", () => {
    expect(
      closing([
        newsletter(
          "Our company will depart Harir air base in January, and another company will take its place.",
        ),
        wire,
      ]).filter((c) => c.topic.endsWith("closes")),
    ).toEqual([]);
    expect(
      closing([
        newsletter("Some of you have asked about reports that Harir air base will be closed this winter."),
        wire,
      ]).filter((c) => c.topic.endsWith("closes")),
    ).toEqual([]);
  });
});
