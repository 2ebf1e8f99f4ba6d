import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import type { Assessment } from "../../../src/core/themes/assessment.js";
import { claimsOf } from "../../../src/core/themes/conflicts-claims.js";
import { collectReports } from "../../../src/core/themes/reports.js";
import { paragraphsDocument, sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * Claims the reader takes from one clause of a sentence or from words it read as no figure: a toll
 * told as "lost their lives", a ceiling told as "no more than", troops called occupiers, a standing
 * count beside a dated clause, a budget's fiscal year, a tally between two days, an outlet's own
 * count ("we recorded") beside a ministry's.
 */

const AT = new Date("2026-11-30T12:00:00Z");
const day = (t: number) => new Date(t).toISOString().slice(0, 10);
const between = (a: Assessment, ids: readonly string[]) =>
  a.conflicts.filter((c) => ids.every((id) => c.claims.some((x) => x.articleId === id)));
const read = (...docs: ReturnType<typeof sourceDocument>[]) => claimsOf(collectReports(docs));

describe("claims read from words that carry no number word", () => {
  it("reads 'lost their lives' as a toll of those it names", () => {
    const doc = sourceDocument(
      "Checkpoint attack in Hasakah",
      "Four members of the checkpoint crew lost their lives when gunmen opened fire near Hasakah on 3 November.",
      "Hawar News Agency",
      "2026-11-04",
    );
    expect(read(doc).map((f) => [f.kind, f.value])).toContainEqual(["killed:forces", 4]);
  });

  it("reads 'no more than twelve' as a ceiling, not as a figure of none or one above twelve", () => {
    const doc = sourceDocument(
      "Governor on attacks",
      "The governor of Deir ez-Zor said his forces logged no more than 12 attacks in the province since August.",
      "SANA",
      "2026-11-20",
    );
    const f = read(doc).find((x) => x.kind === "attacks");
    expect([f?.lo, f?.hi]).toEqual([0, 12]);
  });

  it("reads troops called occupiers, still on a country's soil, as that country's troops", () => {
    const doc = sourceDocument(
      "Militia statement",
      "Some 3,000 American occupiers are still in Syria, despite every promise to leave.",
      "Telegram",
      "2026-11-20",
    );
    expect(read(doc).map((f) => f.kind)).toContain("troops:us");
  });
});

describe("the window of a claim", () => {
  it("dates a standing count in the present by the article, not by another clause's month", () => {
    const doc = sourceDocument(
      "Coalition statement",
      "Under the agreement of March 2024 the mission closed in October 2025, and fewer than 1,800 US personnel remain in Syria.",
      "CJTF-OIR",
      "2026-11-20",
    );
    const f = read(doc).find((x) => x.kind === "troops:us");
    expect(f && day(f.said.window[1])).toBe("2026-11-21");
  });

  it("keeps a clause's own month when the count is told of it", () => {
    const doc = sourceDocument(
      "Coalition statement",
      "The mission closed in October 2025, and in March 2024 fewer than 1,800 US personnel remained in Syria.",
      "CJTF-OIR",
      "2026-11-20",
    );
    const f = read(doc).find((x) => x.kind === "troops:us");
    expect(f && day(f.said.window[0]).slice(0, 4)).not.toBe("2026");
  });

  it("reads a fiscal year as the US budget's year, 1 October to 30 September", () => {
    const doc = sourceDocument(
      "Budget justification",
      "About 900 US personnel are planned to remain in Syria in Fiscal Year 2028.",
      "US Department of Defense",
      "2027-03-01",
    );
    const f = read(doc).find((x) => x.kind === "troops:us");
    expect(f && [day(f.said.window[0]), day(f.said.window[1])]).toEqual(["2027-10-01", "2028-10-01"]);
  });

  it("reads a tally between two days of two months as the months between them", () => {
    const doc = sourceDocument(
      "Data desk",
      "Our tracker shows that we recorded 51 attacks between 3 March and 30 September 2026.",
      "Syria Direct",
      "2026-10-10",
    );
    const f = read(doc).find((x) => x.kind === "attacks");
    expect(f && [day(f.said.window[0]), day(f.said.window[1])]).toEqual(["2026-03-01", "2026-10-01"]);
    expect(f?.said.period).toBe(true);
  });
});

describe("an outlet's own count against the one it relays", () => {
  it("sets 'we recorded 51 attacks between March and September' against a ministry's 'no more than 12 since March'", () => {
    const doc = paragraphsDocument(
      "Data desk: attacks in the eastern desert",
      [
        "ISIS cells ambushed an army convoy on the road from Palmyra to Deir ez-Zor on 28 September, killing six soldiers.",
        "Our tracker shows that we recorded 51 attacks between 3 March and 30 September 2026 in the desert around Palmyra.",
        "The Ministry of Interior says its units counted no more than 12 attacks in the desert since March.",
      ],
      "Syria Direct",
      "2026-10-10",
    );
    const [ours, theirs] = read(doc)
      .filter((f) => f.kind === "attacks")
      .map((f) => [...f.said.speakers]);
    expect(ours).toEqual(["(the outlet)"]);
    expect(theirs).toEqual(["ministry of interior"]);
    const found = assess(themeFixture("isis-badia-insurgency"), [doc], AT).conflicts.filter(
      (c) => c.kind === "figures",
    );
    expect(found.map((c) => c.claims.map((x) => x.value ?? 0).sort((a, b) => a - b))).toContainEqual([
      12, 51,
    ]);
  });
});

describe("accounts of none told in the words of a guard or an official statement", () => {
  it("sets a guard's 'Nobody passed' against armed men said to have crossed that night", () => {
    const mp = sourceDocument(
      "MP: gunmen crossed near Al-Qaim",
      "A member of parliament from Anbar said on Thursday that about 20 armed men crossed from Syria into Iraq near Al-Qaim on the night of 10 to 11 November.",
      "Shafaq News",
      "2026-11-12",
    );
    const captions = paragraphsDocument(
      "Photo captions: the Al-Qaim sector",
      [
        "Picture 1: Border Forces officers walk along the wall west of Al-Qaim on 11 November, the morning after what the command called an infiltration attempt.",
        "Picture 2: Captain Ali Hamza stands on the berm near Al-Qaim: 'Nobody passed,' he said.",
      ],
      "AFP photo captions",
      "2026-11-13",
    );
    const read = claimsOf(collectReports([captions])).filter((f) => f.kind === "crossed");
    expect(read.map((f) => f.value)).toEqual([0]);
    const found = between(assess(themeFixture("border-fortification"), [mp, captions], AT), [
      mp.article.id,
      captions.article.id,
    ]).filter((c) => c.kind === "figures");
    expect(found.map((c) => c.claims.map((x) => x.value ?? 0).sort((a, b) => a - b))).toContainEqual([0, 20]);
  });

  it("never reads 'passed' with an object as a crossing", () => {
    const doc = sourceDocument(
      "Parliament session",
      "No member passed the motion on the border budget on 11 November, the speaker said.",
      "Shafaq News",
      "2026-11-12",
    );
    expect(claimsOf(collectReports([doc])).filter((f) => f.kind === "crossed")).toEqual([]);
  });

  it("sets a village said to be under full control against its account of being held by the attackers", () => {
    const doc = paragraphsDocument(
      "Data desk: the eastern desert",
      [
        "ISIS fighters have held the village of Al-Kawm east of Palmyra since an assault on 3 November, residents told our reporter.",
        "The Ministry of Defence said on 6 November that the army had cleared Al-Kawm and that the village was under full control.",
      ],
      "Syria Direct",
      "2026-11-20",
    );
    const a = assess(themeFixture("isis-badia-insurgency"), [doc], AT);
    const fell = a.conflicts.filter((c) => /fell to the attackers/.test(c.topic));
    expect(fell.map((c) => c.claims.map((x) => x.stance))).toEqual([["asserts", "denies"]]);
  });

  it("does not read a riot's 'now under control' as an account that the prison never fell", () => {
    const doc = paragraphsDocument(
      "Riot at a prison in Hasakah",
      [
        "ISIS detainees rioted on Sunday at a prison in Hasakah, taking control of the ground floor before the guards restored order, officials said.",
        '"The situation is now under control," the director said late on Sunday.',
      ],
      "AP",
      "2026-11-20",
    );
    const a = assess(themeFixture("isis-prison-escape"), [doc], AT);
    expect(a.conflicts.filter((c) => /fell to the attackers/.test(c.topic))).toEqual([]);
  });
});

describe("ground taken over and held, against ground secured within hours", () => {
  const relayed = sourceDocument(
    "Company suspends the desert route",
    [
      "The company suspends its Homs-Deir ez-Zor service after the attack near Palmyra on the evening of 12 November.",
      "On the morning after the attack, the army told our staff that the road and the town had been fully secured within hours.",
    ].join("\n\n"),
    "Al-Qadmous",
    "2026-11-15",
  );
  it("sets attackers who took over buildings and controlled the area for days against 'secured within hours'", () => {
    const wire = sourceDocument(
      "Jihadists hold part of a desert town",
      [
        "Suspected ISIS jihadists attacked an army checkpoint near Palmyra in the Badia desert on the evening of 12 November, killing three soldiers, a monitor said.",
        "The gunmen then took over a school and several houses on the edge of the town and controlled the area for three days, the monitor said.",
      ].join("\n\n"),
      "AFP",
      "2026-11-14",
    );
    const a = assess(themeFixture("isis-badia-insurgency"), [wire, relayed], AT);
    const fell = a.conflicts.filter((c) => /fell to the attackers/.test(c.topic));
    expect(fell.map((c) => c.claims.map((x) => [x.articleId, x.stance]))).toEqual([
      [
        [wire.article.id, "asserts"],
        [relayed.article.id, "denies"],
      ],
    ]);
  });

  it("does not read government units taking over posts as ground lost to attackers", () => {
    const state = sourceDocument(
      "Army deploys on the highway",
      [
        "Army units repelled an attack by an ISIS cell on a checkpoint near Palmyra in the Badia desert on 12 November, a military source said.",
        "The ministry said new army units have taken over 12 posts along the highway since March to secure travel.",
      ].join("\n\n"),
      "SANA",
      "2026-11-14",
    );
    const a = assess(themeFixture("isis-badia-insurgency"), [state], AT);
    expect(a.conflicts.filter((c) => /fell to the attackers/.test(c.topic))).toEqual([]);
  });
});

describe("a person's age set off after the name", () => {
  it("counts nobody: 'Corporal X, 24, who was killed' is one soldier, not a toll of 24", () => {
    const doc = sourceDocument(
      "Funeral in Rutba",
      "Corporal Samer al-Dulaimi, 24, who was killed in the clash near the border on Sunday, was buried in Rutba on Monday.",
      "Al-Sumaria",
      "2026-11-24",
    );
    expect(read(doc).filter((f) => f.kind.startsWith("killed") && f.value === 24)).toEqual([]);
  });

  it("still reads a toll set off by commas after a place: 'near Rutba, 14 smugglers were killed'", () => {
    const doc = sourceDocument(
      "Clash near Rutba",
      "In the clash near Rutba, 14 smugglers were killed, the army said on Sunday.",
      "Iraqi News Agency",
      "2026-11-24",
    );
    expect(read(doc).some((f) => f.kind.startsWith("killed") && f.value === 14)).toBe(true);
  });
});
