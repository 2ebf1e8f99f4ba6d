import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { paragraphsDocument, themeFixture } from "../../support/themes.js";

const at = new Date("2026-03-20T12:00:00Z");
const valuesOf = (c: { claims: { value?: number | null }[] }) =>
  c.claims.map((x) => x.value ?? null).sort((x, y) => (x ?? 0) - (y ?? 0));

describe("conflicts: those counted, told where they were held, before the verb of escape", () => {
  it("sets an escape told with 'held in <site>' after its figure against another outlet's count", () => {
    const monitor = paragraphsDocument(
      "Prisoners escape from Sina'a prison",
      [
        "Seventeen prisoners held in Sina'a prison in the south of Hasakah city escaped on the night of 3 March through a tunnel, activists told the monitor.",
        "Patrols searched the nearby quarters until morning.",
      ],
      "Syrian Observatory for Human Rights",
      "2026-03-04",
    );
    const statement = paragraphsDocument(
      "Statement of the prison administration",
      [
        "The administration of Sina'a prison says that four prisoners escaped from the prison on the night of 3 March.",
        "All four were caught again within a day.",
      ],
      "Internal Security Forces (Asayish)",
      "2026-03-05",
    );
    const a = assess(themeFixture("isis-prison-escape"), [monitor, statement], at);
    const box = a.conflicts.find((c) => c.claims.some((x) => x.value === 17));
    expect(box && valuesOf(box)).toEqual([4, 17]);
  });

  it("reads no escape into those held somewhere who were moved", () => {
    const note = paragraphsDocument(
      "Transfer from Sina'a prison",
      [
        "Seventeen prisoners held in Sina'a prison in Hasakah were transferred on 3 March to another site, the administration said.",
        "Four prisoners escaped from Sina'a prison on 3 March, activists said.",
      ],
      "Hawar News Agency",
      "2026-03-04",
    );
    const a = assess(themeFixture("isis-prison-escape"), [note], at);
    expect(a.conflicts.find((c) => c.claims.some((x) => x.value === 17))).toBeUndefined();
  });
});

describe("conflicts: vehicles run across per period, two speakers of one meeting", () => {
  const notes = (second: string) =>
    paragraphsDocument(
      "Minutes of the Rutba district council's open meeting",
      [
        "The district council of Rutba held an open meeting on 10 March on smuggling through the desert.",
        "The council chairman, Khalid al-Dulaimi, said that smugglers move about 40 trucks a week along the desert tracks west of Rutba into Syria.",
        second,
      ],
      "Rutba District Council meeting notes",
      "2026-03-11",
    );

  it("sets one speaker's trucks a week against another's", () => {
    const a = assess(
      themeFixture("cross-border-smuggling"),
      [
        notes(
          "Brigadier Salim Hadi of the Border Forces said that no more than six trucks a week get through west of Rutba, and that most are stopped.",
        ),
      ],
      at,
    );
    const box = a.conflicts.find((c) => c.claims.some((x) => x.value === 40));
    expect(box && valuesOf(box)).toEqual([6, 40]);
  });

  it("never sets a count per day against a count per week", () => {
    const a = assess(
      themeFixture("cross-border-smuggling"),
      [
        notes(
          "Brigadier Salim Hadi of the Border Forces said that about six trucks a day get through west of Rutba, and that most are stopped.",
        ),
      ],
      at,
    );
    expect(a.conflicts.find((c) => c.claims.some((x) => x.value === 40))).toBeUndefined();
  });
});

describe("conflicts: a barrier's length in kilometres, two speakers of one panel", () => {
  const panel = (second: string) =>
    paragraphsDocument(
      "Panel transcript: Iraq's desert frontier",
      [
        "MODERATOR: Welcome to our panel on the new works along Iraq's western frontier near Al-Qaim.",
        "LAYLA MANSOUR (satellite analyst): Images from February show about 45 kilometres of new trench dug since January south of Al-Qaim.",
        second,
      ],
      "Atlantic Council panel transcript",
      "2026-03-12",
    );

  it("sets the length one speaker gives against the other's", () => {
    const a = assess(
      themeFixture("border-fortification"),
      [
        panel(
          "HAMID AL-OBEIDI (retired army brigadier): The trench dug since January south of Al-Qaim is 95 kilometres long, and the images miss the parts under sand.",
        ),
      ],
      at,
    );
    const box = a.conflicts.find((c) => c.claims.some((x) => x.value === 45));
    expect(box && valuesOf(box)).toEqual([45, 95]);
  });

  it("never sets a trench's length against a wall's", () => {
    const a = assess(
      themeFixture("border-fortification"),
      [
        panel(
          "HAMID AL-OBEIDI (retired army brigadier): The concrete wall south of Al-Qaim is 95 kilometres long, and it is guarded day and night.",
        ),
      ],
      at,
    );
    expect(a.conflicts.find((c) => c.claims.some((x) => x.value === 45))).toBeUndefined();
  });
});

describe("conflicts: a site taken over against 'no militant entered' it", () => {
  const report = (second: string) =>
    paragraphsDocument(
      "Report from Arak",
      [
        "REPORTER: We are in Arak, where residents say ISIS gunmen took over the pumping station on Monday night and stayed until the next morning.",
        "REPORTER: Shops stayed shut on Tuesday and the road to Palmyra was empty.",
        second,
      ],
      "Syria TV report transcript",
      "2026-03-11",
    );

  it("sets the residents' account against the commander's that no one entered", () => {
    const a = assess(
      themeFixture("isis-badia-insurgency"),
      [
        report(
          "MAJOR KHALIL HAMDAN (local defence forces): No militant entered Arak or the station, and what happened was a shot fired at the guards from the hills.",
        ),
      ],
      at,
    );
    const box = a.conflicts.find((c) => c.topic.startsWith("Whether the attackers took the place"));
    expect(box?.claims.map((x) => x.stance).sort()).toEqual(["asserts", "denies"]);
  });

  it("shows no such conflict when the commander does not deny it", () => {
    const a = assess(
      themeFixture("isis-badia-insurgency"),
      [
        report(
          "MAJOR KHALIL HAMDAN (local defence forces): Our men returned to the station on Tuesday and the water came back in the evening.",
        ),
      ],
      at,
    );
    expect(
      a.conflicts.find((c) => c.topic.startsWith("Whether the attackers took the place")),
    ).toBeUndefined();
  });
});

describe("conflicts: 'a single' soldier is a figure of one", () => {
  it("sets a toll of dead soldiers against 'a single soldier was lightly wounded'", () => {
    const relatives = paragraphsDocument(
      "Families mourn guards after border clash",
      [
        "Relatives say that two soldiers were killed in the clash with smugglers at the Rabia border post on the night of 5 March.",
      ],
      "Shafaq News",
      "2026-03-06",
    );
    const command = paragraphsDocument(
      "Border command statement on the Rabia clash",
      [
        "The commander said a single soldier was lightly wounded in the clash with smugglers at the Rabia border post on the night of 5 March.",
      ],
      "Iraqi News Agency",
      "2026-03-06",
    );
    const a = assess(themeFixture("cross-border-smuggling"), [relatives, command], at);
    const box = a.conflicts.find((c) => c.claims.some((x) => x.value === 2));
    expect(box?.claims.length).toBe(2);
  });

  it("never reads 'not a single' as one", () => {
    const command = paragraphsDocument(
      "Border command statement on the Rabia clash",
      [
        "Relatives say that two soldiers were killed in the clash with smugglers at the Rabia border post on the night of 5 March.",
        "The command said not a single soldier was killed in the clash at the Rabia border post on the night of 5 March.",
      ],
      "Iraqi News Agency",
      "2026-03-06",
    );
    const a = assess(themeFixture("cross-border-smuggling"), [command], at);
    expect(a.conflicts.flatMap((c) => c.claims).some((x) => x.value === 1)).toBe(false);
  });
});

describe("conflicts: a figure set as a part of another's, in one writer's newsletter", () => {
  const newsletter = (second: string) =>
    paragraphsDocument(
      "Fuel on the move: a letter from Zakho",
      [
        "Smugglers have moved diesel from Zakho into Syria every night since the winter, and border guards seized three of their tankers this month.",
        "Drivers I met in Zakho this month say about 50 fuel tankers a night now make the trip across the border.",
        second,
      ],
      "Border Economies newsletter",
      "2026-03-12",
    );

  it("sets the officers' rate against the drivers' when it says it is a fifth of theirs", () => {
    const a = assess(
      themeFixture("cross-border-smuggling"),
      [
        newsletter(
          "Customs officers insist that no more than ten tankers a night get past them, a fifth of what the drivers describe.",
        ),
      ],
      at,
    );
    const box = a.conflicts.find((c) => c.claims.some((x) => x.value === 50));
    expect(box && valuesOf(box)).toEqual([10, 50]);
  });

  it("keeps a later rate from the same unnamed voice a revision", () => {
    const a = assess(
      themeFixture("cross-border-smuggling"),
      [newsletter("Since then fewer make it: no more than ten tankers a night get past the customs posts.")],
      at,
    );
    expect(a.conflicts.find((c) => c.claims.some((x) => x.value === 50))).toBeUndefined();
  });
});

describe("conflicts: a barrier breached against one said to be complete", () => {
  const spokesman = paragraphsDocument(
    "Weekly briefing of the border command",
    [
      "The spokesman of the Border Forces said the wall is complete along the whole Rabia sector and that the cameras cover all of it.",
    ],
    "Iraqi News Agency",
    "2026-03-14",
  );
  const list = (item: string) =>
    paragraphsDocument(
      "Rabia sector: defects found by the engineers",
      [item, "Item 2: two cameras at kilometre 30 west of Rabia were found without power."],
      "Rabia sector engineering inspection",
      "2026-03-10",
    );

  it("sets the berm breached at a kilometre against the wall said complete along the sector", () => {
    const a = assess(
      themeFixture("border-fortification"),
      [
        list(
          "Item 1: at kilometre 22 west of Rabia, the earth berm behind the wall has been breached over a width of about 200 m.",
        ),
        spokesman,
      ],
      at,
    );
    expect(a.conflicts.find((c) => c.topic.startsWith("Whether the barrier is complete"))).toBeDefined();
  });

  it("reads no gap in a berm said not to have been breached", () => {
    const a = assess(
      themeFixture("border-fortification"),
      [
        list(
          "Item 1: at kilometre 22 west of Rabia, the earth berm behind the wall has not been breached, though sand covers part of it.",
        ),
        spokesman,
      ],
      at,
    );
    expect(a.conflicts.find((c) => c.topic.startsWith("Whether the barrier is complete"))).toBeUndefined();
  });
});
