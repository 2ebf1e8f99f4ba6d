import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import type { Assessment } from "../../../src/core/themes/assessment.js";
import { sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * Session 58, helper f53 (held-out analytic set 53): readings of the assessment that set 53
 * showed missing, tested on texts written for these tests.
 */

const citedAt = (a: Assessment, sentence: number) =>
  a.factors.flatMap((f) => f.evidence.filter((e) => e.sentence === sentence).map(() => `${f.role}:${f.id}`));

const story = (theme: string, paragraphs: string[], publishedAt = "2026-12-10", outlet = "Rudaw") => {
  const doc = sourceDocument("Report", paragraphs.join("\n\n"), outlet, publishedAt);
  return assess(
    themeFixture(theme),
    [doc],
    new Date(Date.parse(`${publishedAt}T12:00:00Z`) + 3 * 86_400_000),
  );
};

describe("the count of the escapees in a sentence that tells the escape", () => {
  it("still reads a count of those a prison holds as a concentration", () => {
    const a = story("isis-prison-escape", [
      "Some 3,400 Islamic State suspects are held in the Ghwayran prison in Hasakah, about 60 km from the Iraqi border.",
    ]);
    expect(citedAt(a, 0)).toContain("driver:detainee-concentration");
  });
});

describe("a count of who told the story", () => {
  it("does not read 'two local sources told' as detainees held, though they tell of a prison", () => {
    const a = story("isis-prison-escape", [
      "Conditions for detainees accused of belonging to the Islamic State in the Ghwayran prison in Hasakah remain poor, three local sources told the site.",
    ]);
    expect(citedAt(a, 0)).not.toContain("driver:detainee-concentration");
  });

  it("still reads a count of officials who were killed as what happened to them", () => {
    const a = story("isis-prison-escape", [
      "Two prison officials were killed when Islamic State gunmen attacked the Ghwayran prison in Hasakah on Friday.",
    ]);
    expect(citedAt(a, 0).length).toBeGreaterThan(0);
  });
});

describe("a partner force's checkpoints on the roads towards Iraq", () => {
  it("does not read the SDF's checkpoints towards the Iraqi border as Iraq's border defences", () => {
    const a = story("isis-prison-escape", [
      "The Syrian Democratic Forces set up checkpoints on the roads leading from Hasakah towards the Iraqi border on Saturday.",
    ]);
    expect(citedAt(a, 0)).not.toContain("mitigator:iraqi-border-defences");
  });

  it("still reads Iraqi troops sent to the border as Iraq's border defences", () => {
    const a = story("isis-prison-escape", [
      "The Iraqi army sent two brigades to the border with Syria near Sinjar on Saturday.",
    ]);
    expect(citedAt(a, 0)).toContain("mitigator:iraqi-border-defences");
  });
});

describe("a backer's pay for the guards of the detention sites, told ended", () => {
  it("reads the end of a programme that paid the guards, and guards quitting, as the SDF exposed", () => {
    const a = story("coalition-withdrawal", [
      "US troops left the Qasrak base in Hasakah province last week, officials said.",
      "Washington ended last month a programme that paid stipends to some 6,000 SDF guards at the camps and prisons.",
      "SDF officers say unpaid wages have already led dozens of guards at the Roj camp to quit.",
    ]);
    expect(citedAt(a, 1)).toContain("driver:sdf-exposure");
    expect(citedAt(a, 2)).toContain("driver:sdf-exposure");
    expect(a.judgments.find((j) => j.id === "sdf-detention-strain")?.probability).not.toBeNull();
  });

  it("does not read a programme that paid farmers, told ended, as the SDF exposed", () => {
    const a = story("coalition-withdrawal", [
      "US troops left the Qasrak base in Hasakah province last week, officials said.",
      "The agency ended last month a programme that paid stipends to farmers near Qamishli.",
    ]);
    expect(citedAt(a, 1)).not.toContain("driver:sdf-exposure");
  });
});

describe("a coalition member's troops told leaving, and the ministry's denial", () => {
  const doc = (paragraphs: string[], outlet: string, day: string) =>
    sourceDocument("Report", paragraphs.join("\n\n"), outlet, day);

  it("reads British troops told leaving Iraq as the coalition withdrawing", () => {
    const a = story("coalition-withdrawal", [
      "All British troops in Iraq will be withdrawn by the summer, officials told the paper.",
    ]);
    expect(citedAt(a, 0)).toContain("driver:withdrawal-intent");
  });

  it("sets a denial that UK forces will leave against the report that they will", () => {
    const a = assess(
      themeFixture("coalition-withdrawal"),
      [
        doc(
          ["All British troops in Iraq will be withdrawn by the summer, officials told the paper."],
          "The Daily Courier",
          "2026-12-04",
        ),
        doc(
          [
            "The ministry is aware of reports that all UK forces will leave Iraq by the summer, and these reports are false.",
          ],
          "UK Ministry of Defence",
          "2026-12-05",
        ),
      ],
      new Date("2026-12-08T12:00:00Z"),
    );
    expect(a.conflicts.some((c) => c.kind === "denial" && c.factor === "withdrawal-intent")).toBe(true);
  });
});

describe("two lengths of one border surveillance system", () => {
  const doc = (paragraphs: string[], outlet: string, day: string) =>
    sourceDocument("Report", paragraphs.join("\n\n"), outlet, day);
  const run = (second: string) =>
    assess(
      themeFixture("border-fortification"),
      [
        doc(
          [
            "The firm has installed an integrated radar and camera system for the Iraqi Border Guard on the border with Syria near Al-Qaim, which is now fully operational along 120 kilometres, it said on Monday.",
          ],
          "Border Tech (press release)",
          "2026-12-03",
        ),
        doc([second], "Baghdad Today", "2026-12-09"),
      ],
      new Date("2026-12-12T12:00:00Z"),
    );

  it("sets 120 km of the system against 50 km of it working", () => {
    const a = run(
      "Only about 50 kilometres of the new surveillance system on the border with Syria near Al-Qaim is working, a member of parliament told the Iraqi Border Guard's own newspaper.",
    );
    expect(a.conflicts.some((c) => /system/.test(c.topic))).toBe(true);
  });

  it("does not compare a system that watches nothing on the border", () => {
    const a = run(
      "Only about 50 kilometres of the new irrigation system near Al-Qaim is working, a member of parliament told the Iraqi Border Guard's own newspaper.",
    );
    expect(a.conflicts.some((c) => /system/.test(c.topic))).toBe(false);
  });
});

describe("a desert town stormed, and the forces a statement sends", () => {
  it("reads militants who stormed a desert town as an attack", () => {
    const a = story("isis-badia-insurgency", [
      "Islamic State terrorists stormed the town of Sukhnah in the desert on Friday and held its market for two hours.",
    ]);
    expect(citedAt(a, 0)).toContain("driver:attacks-reported");
  });

  it("does not read fans who stormed a pitch as an attack", () => {
    const a = story("isis-badia-insurgency", [
      "Fans stormed the pitch in Palmyra after the final on Friday.",
    ]);
    expect(citedAt(a, 0)).not.toContain("driver:attacks-reported");
  });

  it("reads reinforcements a ministry's statement tells sent, with no sender, as its own forces", () => {
    const doc = sourceDocument(
      "Statement",
      "Additional reinforcements were sent to Al-Qaryatayn and its farms on Friday evening.",
      "Syrian Ministry of Interior",
      "2026-12-10",
    );
    const a = assess(themeFixture("isis-badia-insurgency"), [doc], new Date("2026-12-13T12:00:00Z"));
    expect(citedAt(a, 0)).toContain("mitigator:new-forces");
  });

  it("does not make reinforcements sent by another the statement's own", () => {
    const doc = sourceDocument(
      "Statement",
      "Additional reinforcements were sent to Al-Qaryatayn by the tribal council on Friday evening.",
      "Syrian Ministry of Interior",
      "2026-12-10",
    );
    const a = assess(themeFixture("isis-badia-insurgency"), [doc], new Date("2026-12-13T12:00:00Z"));
    expect(citedAt(a, 0)).not.toContain("mitigator:new-forces");
  });
});

describe("a border sector thinly held and a sector reinforced", () => {
  it("reads a frontier held by only a handful of posts as a vacuum, and a battalion sent to reinforce a sector as forces deployed", () => {
    const a = story("border-fortification", [
      "On the Syrian side, the border opposite Al-Qaim is held by only a handful of poorly armed posts.",
      "Iraq's army sent a brigade to reinforce the Al-Qaim sector on Monday.",
    ]);
    expect(citedAt(a, 0)).toContain("driver:security-vacuum");
    expect(citedAt(a, 1)).toContain("mitigator:forces-deployed");
  });

  it("does not read a border held by a named division as a vacuum", () => {
    const a = story("border-fortification", [
      "The border opposite Al-Qaim is held by the army's 8th Division.",
    ]);
    expect(citedAt(a, 0)).not.toContain("driver:security-vacuum");
  });
});

describe("forces massed near the SDF's lines, and a coalition team at a prison", () => {
  it("reads government troops massing near the SDF's lines as pressure on the SDF", () => {
    const a = story("isis-prison-escape", [
      "Government troops are massing near the SDF front lines east of Raqqa, residents said.",
    ]);
    expect(citedAt(a, 0)).toContain("driver:sdf-under-pressure");
  });

  it("does not read SDF units massing near a dam as pressure on the SDF", () => {
    const a = story("isis-prison-escape", ["SDF units have massed near the Tishreen dam since Monday."]);
    expect(citedAt(a, 0)).not.toContain("driver:sdf-under-pressure");
  });

  it("reads a coalition team inspecting a prison's locks and cameras as coalition support", () => {
    const a = story("isis-prison-escape", [
      "On Monday a team from the coalition inspected the perimeter cameras and locks at the Ghwayran prison in Hasakah.",
    ]);
    expect(citedAt(a, 0)).toContain("mitigator:coalition-support");
  });

  it("does not read a coalition visit on other business as support to the guards", () => {
    const a = story("isis-prison-escape", [
      "On Monday a team from the coalition visited the Ghwayran prison in Hasakah to discuss the trials of foreign detainees.",
    ]);
    expect(citedAt(a, 0)).not.toContain("mitigator:coalition-support");
  });
});

describe("readings of the last misses of set 53", () => {
  it("reads a report's count of days a force shelled the SDF as pressure on the SDF", () => {
    const a = story("isis-prison-escape", [
      "Since March, Turkish-backed factions have shelled SDF positions near Ain Issa on at least 25 days.",
    ]);
    expect(citedAt(a, 0)).toContain("driver:sdf-under-pressure");
  });

  it("reads the coalition paying for a prison's fences as coalition support", () => {
    const a = story("isis-prison-escape", [
      "The coalition still pays for the perimeter fences and lighting at the Ghwayran prison in Hasakah.",
    ]);
    expect(citedAt(a, 0)).toContain("mitigator:coalition-support");
  });

  it("does not read authors who recommend that donors commit funding as support given", () => {
    const a = story("isis-prison-escape", [
      "Guards at the Ghwayran prison in Hasakah foiled an escape attempt on Sunday.",
      "The authors recommend that donors keep funding the guard force at the camps for two more years.",
    ]);
    expect(citedAt(a, 1)).toEqual([]);
  });

  it("reads cells watching for gaps in the coverage in order to cross as militants seeking to cross", () => {
    const a = story("border-fortification", [
      "Islamic State cells in the desert near Albu Kamal are watching for gaps in the camera coverage in order to cross into Iraq, an officer said.",
    ]);
    expect(citedAt(a, 0)).toContain("driver:infiltration-pressure");
  });

  it("reads herds driven across the frontier from Syria as smuggling, not herds driven to a market", () => {
    const a = story("border-fortification", [
      "Every week, flocks of goats are driven across the frontier from Syria into Iraq near Rabia, traders say.",
      "Flocks of goats were driven to the market in Mosul on Friday.",
    ]);
    expect(citedAt(a, 0)).toContain("driver:smuggling-networks");
    expect(citedAt(a, 1)).not.toContain("driver:smuggling-networks");
  });

  it("reads scanners in service at a crossing between Iraq and Syria as the border barrier", () => {
    const a = story("cross-border-smuggling", [
      "Two new cargo scanners entered service this week at the Al-Qaim crossing between Iraq and Syria, the customs authority said.",
    ]);
    expect(citedAt(a, 0)).toContain("mitigator:border-barrier");
  });
});
