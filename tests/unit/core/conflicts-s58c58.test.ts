import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { paragraphsDocument, themeFixture } from "../../support/themes.js";

const topics = (theme: string, docs: ReturnType<typeof paragraphsDocument>[], at: Date) =>
  assess(themeFixture(theme), docs, at).conflicts.map((c) => c.topic);

describe("conflicts: how long the attackers held what they took", () => {
  const AT = new Date("2026-10-20T12:00:00Z");
  const agency = (second: string) =>
    paragraphsDocument(
      "Army repels attack on desert town",
      [
        "Terrorists attacked an army checkpoint at the entrance of Al-Sukhnah on 9 October, a military source said.",
        second,
      ],
      "SANA",
      "2026-10-10",
    );
  const monitor = (second: string) =>
    paragraphsDocument(
      "Desert attacks this autumn",
      [
        "The Observatory documented an assault on Al-Sukhnah on 9 October, in which six soldiers were killed.",
        second,
      ],
      "Syrian Observatory for Human Rights (SOHR)",
      "2026-10-16",
    );
  const held = (docs: ReturnType<typeof paragraphsDocument>[]) =>
    topics("isis-badia-insurgency", docs, AT).filter((t) => t.startsWith("How long the attackers held"));

  it("sets a hold of days against control restored within hours", () => {
    expect(
      held([
        agency(
          "Army units restored full control of the town within hours and chased the attackers into the desert.",
        ),
        monitor(
          "ISIS fighters held the western quarter of Al-Sukhnah for about three days before pulling out, residents said.",
        ),
      ]),
    ).toEqual(["How long the attackers held the place (Sukhnah)"]);
  });

  it("is no dispute when control is told restored only after days", () => {
    expect(
      held([
        agency("Army units restored full control of the town after three days of fighting."),
        monitor(
          "ISIS fighters held the western quarter of Al-Sukhnah for about three days before pulling out, residents said.",
        ),
      ]),
    ).toEqual([]);
  });

  it("reads no hold of the attackers where the army held ground", () => {
    expect(
      held([
        agency(
          "Army units restored full control of the town within hours and chased the attackers into the desert.",
        ),
        monitor(
          "Army units held the western quarter of Al-Sukhnah for about three days before pulling out, residents said.",
        ),
      ]),
    ).toEqual([]);
  });
});

describe("conflicts: tracks from across the line are an account of a crossing", () => {
  const AT = new Date("2026-10-20T12:00:00Z");
  const inspection = (text: string) =>
    paragraphsDocument(
      "Berm inspection, Al-Qaim sector",
      [
        "The engineering team inspected the concrete wall and the berm of the Border Forces south of Al-Qaim on 11 October.",
        text,
      ],
      "Al-Furat Engineering Consultants (inspection report)",
      "2026-10-12",
    );
  const briefing = paragraphsDocument(
    "Weekly briefing of the Joint Operations Command",
    [
      "The spokesman of the Joint Operations Command said the border wall in the Al-Qaim sector is guarded by two brigades.",
      "No vehicle has crossed from Syria into the Al-Qaim sector, the spokesman said.",
    ],
    "Iraqi News Agency (INA)",
    "2026-10-15",
  );
  const denied = (docs: ReturnType<typeof paragraphsDocument>[]) =>
    assess(themeFixture("border-fortification"), docs, AT)
      .conflicts.filter((c) => c.kind === "denial")
      .map((c) => c.claims.map((x) => x.text.slice(0, 30)));

  it("sets vehicle tracks running from the other side against a denial that any vehicle crossed", () => {
    const found = denied([
      inspection(
        "The inspectors counted at least 30 fresh vehicle tracks running from the Syrian side through the gap in the berm.",
      ),
      briefing,
    ]);
    expect(found).toContainEqual(["The inspectors counted at leas", "No vehicle has crossed from Sy"]);
  });

  it("reads no crossing in tracks along the wall from a patrol road", () => {
    const found = denied([
      inspection(
        "The inspectors counted at least 30 fresh vehicle tracks running along the berm from the patrol road.",
      ),
      briefing,
    ]);
    expect(found.filter((c) => c.some((t) => t.startsWith("The inspectors")))).toEqual([]);
  });
});

describe("conflicts: a street interview's answers, by the speakers' labels", () => {
  const AT = new Date("2026-10-20T12:00:00Z");
  const voxPop = (answer: string) =>
    paragraphsDocument(
      "Residents near the base",
      [
        "We asked people in Hit, near the air base in western Anbar, what has changed for them.",
        "Salim, 38, mechanic: The American soldiers packed up their equipment and left the base last month, I saw the convoys on the highway.",
        "Salim: My garage has lost most of its customers.",
        answer,
        "Umm Rami: The roads are safer than before.",
      ],
      "Al-Sabah (street interviews)",
      "2026-10-14",
    );
  const denials = (answer: string) =>
    assess(themeFixture("coalition-withdrawal"), [voxPop(answer)], AT)
      .conflicts.filter((c) => c.kind === "denial")
      .map((c) => c.claims.map((x) => `${x.sentence}:${x.stance}`));

  it("sets one resident's 'they did not all leave' against another's account that they left", () => {
    expect(
      denials(
        "Umm Rami, 50, nurse: They did not all leave, my cousin works in the kitchens and says a few of the Americans are still at the base.",
      ),
    ).toEqual([["1:asserts", "3:denies"]]);
  });

  it("reads no dispute in the same resident going on", () => {
    expect(
      denials(
        "Salim: They did not all leave, my cousin works in the kitchens and says a few of the Americans are still at the base.",
      ),
    ).toEqual([]);
  });

  it("reads no dispute in a denial of another matter", () => {
    expect(
      denials(
        "Umm Rami, 50, nurse: They did not close the market, my cousin still sells vegetables there every morning.",
      ),
    ).toEqual([]);
  });
});

describe("conflicts: whether those who got away are still at large", () => {
  const AT = new Date("2026-10-30T12:00:00Z");
  const notice = (site: string, second: string) =>
    paragraphsDocument(
      "Red Notices for escaped women",
      [
        `INTERPOL has published Red Notices for seven women who escaped from ${site} on the night of 12 October.`,
        second,
      ],
      "INTERPOL (press release)",
      "2026-10-22",
    );
  const newsletter = paragraphsDocument(
    "Field newsletter",
    [
      "Staff in the Annex of Al-Hol camp report that about 20 women and children left through a hole in the fence on the night of 12 October.",
      "Most of them were brought back by the camp's guards within two days, and only a few are still missing.",
    ],
    "Kurdish Red Crescent (newsletter)",
    "2026-10-24",
  );
  const atLarge = (docs: ReturnType<typeof paragraphsDocument>[]) =>
    topics("isis-prison-escape", docs, AT).filter((t) => t.startsWith("Whether those who got away"));

  it("sets 'all of them remain at large' against most brought back before it was said", () => {
    expect(
      atLarge([
        notice(
          "the Annex of Al-Hol camp",
          "According to the camp administration, all of them remain at large.",
        ),
        newsletter,
      ]),
    ).toEqual(["Whether those who got away are still at large (Hol Camp)"]);
  });

  it("reads no dispute where only some are said to be out", () => {
    expect(
      atLarge([
        notice(
          "the Annex of Al-Hol camp",
          "According to the camp administration, two of them remain at large.",
        ),
        newsletter,
      ]),
    ).toEqual([]);
  });

  it("reads no dispute between two sites", () => {
    expect(
      atLarge([
        notice("Roj camp", "According to the camp administration, all of them remain at large."),
        newsletter,
      ]),
    ).toEqual([]);
  });
});

describe("conflicts: the same count of detainees named two ways", () => {
  const AT = new Date("2026-10-10T12:00:00Z");
  const command = paragraphsDocument(
    "Raid statement",
    [
      "US Central Command forces conducted a helicopter raid on the village of Arak near Palmyra on 3 October, targeting an ISIS cell leader.",
      "Three ISIS members were detained during the operation.",
    ],
    "CENTCOM",
    "2026-10-04",
  );
  const monitor = (second: string) =>
    paragraphsDocument(
      "Raid on Arak",
      [
        "Coalition helicopters landed near the village of Arak east of Palmyra on 3 October and soldiers searched several houses.",
        second,
      ],
      "Syrian Observatory for Human Rights (SOHR)",
      "2026-10-05",
    );
  const detained = (second: string) =>
    topics("isis-badia-insurgency", [command, monitor(second)], AT).filter((t) =>
      t.startsWith("Who was detained"),
    );

  it("sets three ISIS members detained against three people of one family arrested in the raid", () => {
    expect(
      detained(
        "The forces arrested three people from the same family, and they were taken to an unknown destination.",
      ),
    ).toEqual(["Who was detained: militants or civilians"]);
  });

  it("reads no dispute in counts that differ (two groups may have been taken)", () => {
    expect(
      detained(
        "The forces arrested two people from the same family, and they were taken to an unknown destination.",
      ),
    ).toEqual([]);
  });

  it("reads no dispute in arrests of another day", () => {
    expect(
      detained(
        "On 20 September the forces arrested three people from the same family, and they were taken to an unknown destination.",
      ),
    ).toEqual([]);
  });
});

describe("conflicts: a figure with its own day and place is its own event", () => {
  const AT = new Date("2026-10-25T12:00:00Z");
  const clash = paragraphsDocument(
    "Border clash",
    [
      "Jordanian border guards killed three armed smugglers in a clash east of the Jaber crossing before dawn on 18 October, a military source said.",
      "The patrol seized 310,000 Captagon pills and two rifles at the scene.",
    ],
    "Al Rai (Jordan)",
    "2026-10-19",
  );
  const ministry = (text: string) =>
    paragraphsDocument(
      "Ministry statement",
      ["The ministry says it is fighting drug smuggling on the border with Jordan.", text],
      "Syrian Ministry of Interior (statement)",
      "2026-10-20",
    );
  const seized = (text: string) =>
    assess(themeFixture("cross-border-smuggling"), [clash, ministry(text)], AT)
      .conflicts.filter((c) => c.kind === "figures")
      .map((c) => c.claims.map((x) => x.value ?? 0).sort((p, q) => p - q));

  it("is not set against a seizure at the scene of a clash two days later", () => {
    expect(
      seized(
        "The ministry seized 1,900,000 Captagon pills in a warehouse in the Daraa countryside on 16 October.",
      ),
    ).toEqual([]);
  });

  it("is still set against another account of the same day's seizure", () => {
    expect(
      seized(
        "The ministry seized 1,900,000 Captagon pills near the Jaber crossing in the clash of 18 October.",
      ),
    ).toContainEqual([310_000, 1_900_000]);
  });
});

describe("conflicts: one more body, told by its rank among those received", () => {
  const AT = new Date("2026-11-05T12:00:00Z");
  const command = paragraphsDocument(
    "Border clash",
    [
      "The Border Forces Command announced that its forces had killed two smugglers in an exchange of fire in the desert west of Al-Qaim at dawn on 21 October.",
      "There were no losses among our forces, the command said in a statement carried by INA.",
    ],
    "INA",
    "2026-10-21",
  );
  const morgue = (third: string) =>
    paragraphsDocument(
      "Monthly register",
      [
        "The Forensic Medicine Department in Anbar received 40 bodies in October, according to its registers.",
        "Two of the bodies were brought by the Border Forces on 21 October from the desert west of Al-Qaim, men killed by gunfire.",
        third,
      ],
      "Anbar Health Directorate, Forensic Medicine Department",
      "2026-11-02",
    );
  const forcesKilled = (third: string) =>
    assess(themeFixture("cross-border-smuggling"), [command, morgue(third)], AT)
      .conflicts.filter((c) => c.topic === "The number killed (forces)")
      .map((c) => c.claims.map((x) => x.value ?? 0).sort((p, q) => p - q));

  it("sets a guard's body received from the clash against 'no losses among our forces'", () => {
    expect(
      forcesKilled(
        "A third body, of a border guard killed by a bullet to the chest, was received the same day from the same place.",
      ),
    ).toEqual([[0, 1]]);
  });

  it("reads no loss of the forces in the body of a shepherd", () => {
    expect(
      forcesKilled(
        "A third body, of a shepherd killed by a stray bullet, was received the same day from the same place.",
      ),
    ).toEqual([]);
  });
});
