import { describe, expect, it } from "vitest";
import { forceNamedIn, gradeSource } from "../../../src/core/sources/outlets.js";
import { assess } from "../../../src/core/themes/assess.js";
import { collectReports } from "../../../src/core/themes/reports.js";
import {
  citedRoles as cited,
  paragraphsDocument,
  sourceDocument,
  themeFixture,
} from "../../support/themes.js";

/**
 * Session 33 (held-out set 20): an official statement that speaks of itself as "we", a regional
 * force's "partner forces" as the coalition, and smuggling groups backed by militias. The tests use
 * other wordings and other bodies of the same classes.
 */

const AT = new Date("2026-12-01T12:00:00Z");

describe("the force an official source speaks for", () => {
  it("reads the force an unknown public body is named for as the body that speaks", () => {
    expect(forceNamedIn("Jordan Armed Forces General Command, media directorate")).toBe(
      "org/jordan-armed-forces",
    );
    expect(gradeSource("General Command of the Jordan Armed Forces", new Map()).speaksFor).toBe(
      "org/jordan-armed-forces",
    );
  });

  it("reads no force for a public body named for none", () => {
    expect(gradeSource("Ministry of Health", new Map()).speaksFor).toBeNull();
    expect(gradeSource("Italian Chamber of Deputies", new Map()).speaksFor).toBeNull();
  });

  it("reads the Pentagon's 'we' and 'our forces' as the US military", () => {
    const doc = paragraphsDocument(
      "Statement",
      [
        "The Department has seen reports about its aircraft.",
        "We continue to support our partners in Syria who guard detention sites holding ISIS fighters.",
        "We will not comment on the timing of any movement of troops.",
      ],
      "US Department of Defense",
      "2026-11-20",
    );
    const bySentence = (s: number) =>
      collectReports([doc])
        .filter((r) => r.sentence === s)
        .flatMap((r) => r.sentenceNamed.map((e) => e.lexiconId));
    expect(bySentence(1)).toContain("org/pentagon");
    expect(bySentence(2)).not.toContain("org/pentagon");
    expect(cited(assess(themeFixture("coalition-withdrawal"), [doc], AT), doc.article.id, 1)).toContain(
      "mitigator:residual-presence",
    );
  });
});

describe("a regional force's partner forces", () => {
  it("reads the partner forces a regional force names as its own as the coalition, and 'they' after them", () => {
    const doc = paragraphsDocument(
      "Bulletin",
      [
        "Peshmerga units repelled an attack by ISIS fighters near Makhmour on 2 November.",
        "Our partner forces' trainers met the brigade commanders at the Zakho base on 3 November.",
        "The number of their advisers in the province has been reduced since the summer.",
      ],
      "Peshmerga Ministry press office",
      "2026-11-20",
    );
    const named = collectReports([doc])
      .filter((r) => r.sentence === 1)
      .flatMap((r) => r.entities.map((e) => e.lexiconId));
    expect(named).toContain("org/coalition");
    expect(named).not.toContain("org/sdf");
    expect(cited(assess(themeFixture("coalition-withdrawal"), [doc], AT), doc.article.id, 2)).toContain(
      "driver:withdrawal-intent",
    );
  });

  it("does not read CENTCOM's partner forces as the coalition", () => {
    const doc = sourceDocument(
      "Release",
      "Our partner forces detained two ISIS facilitators near Hasakah on 3 November.",
      "CENTCOM",
      "2026-11-20",
    );
    const named = collectReports([doc]).flatMap((r) => r.entities.map((e) => e.lexiconId));
    expect(named).not.toContain("org/coalition");
  });
});

describe("smuggling groups backed by armed groups", () => {
  it("counts smugglers backed or protected by militias on the border as armed-group involvement", () => {
    for (const text of [
      "Jordanian border guards said the smuggling gangs crossing from Syria were backed by militias loyal to Tehran.",
      "Iraqi border guards said the drug smuggling networks on the border with Syria were backed by armed tribal factions.",
    ]) {
      const doc = sourceDocument("Report", text, "Associated Press", "2026-11-26");
      expect(
        cited(assess(themeFixture("cross-border-smuggling"), [doc], AT), doc.article.id, 0),
        text,
      ).toContain("driver:armed-group-involvement");
    }
  });

  it("does not count the revenue that smuggling costs the treasury as smuggling reported", () => {
    const doc = sourceDocument(
      "Report",
      "Officials on the border with Iraq said smuggling cost the treasury millions in lost revenue.",
      "Associated Press",
      "2026-11-26",
    );
    expect(cited(assess(themeFixture("cross-border-smuggling"), [doc], AT), doc.article.id, 0)).not.toContain(
      "driver:smuggling-reported",
    );
  });
});

describe("an attack in the Syrian desert whose author is not named", () => {
  const roles = (text: string) => {
    const doc = sourceDocument("Report", text, "Associated Press", "2026-11-26");
    return cited(assess(themeFixture("isis-badia-insurgency"), [doc], AT), doc.article.id, 0);
  };

  it("counts a deadly attack on travellers or soldiers near Palmyra or Al-Sukhnah as an attack reported", () => {
    for (const text of [
      "Gunmen attacked a minibus east of Palmyra on Sunday and killed six passengers, a local official said.",
      "An attack on an army post outside Al-Sukhnah killed three soldiers on Friday, a military source said.",
    ])
      expect(roles(text), text).toContain("driver:attacks-reported");
  });

  it("does not count the army's attack on the insurgents as theirs", () => {
    expect(
      roles(
        "The army attacked ISIS hideouts near Palmyra on Sunday, killing six militants, a local official said.",
      ),
    ).not.toContain("driver:attacks-reported");
  });
});

describe("an operation that killed the attackers", () => {
  it("does not count an operation against the men behind an attack as their attack", () => {
    const doc = sourceDocument(
      "Report",
      "An operation near Palmyra on Monday killed four of the gunmen blamed for the attack on the convoy, a local official said.",
      "Associated Press",
      "2026-11-26",
    );
    expect(cited(assess(themeFixture("isis-badia-insurgency"), [doc], AT), doc.article.id, 0)).not.toContain(
      "driver:attacks-reported",
    );
  });
});

describe("a tally of attacks named as the insurgents'", () => {
  it("keeps one period's tally one period beside a report of one attack: no trend is judged", () => {
    const tally = paragraphsDocument(
      "Tally",
      [
        "ISIS cells stormed the outskirts of Palmyra at dawn on Friday and held two checkpoints until noon, activists said.",
        "The monitor has documented 97 ISIS attacks in the Syrian desert between the beginning of May and the end of October 2026, in which 150 soldiers and civilians were killed.",
      ],
      "Syrian Observatory for Human Rights",
      "2026-11-01",
    );
    const state = sourceDocument(
      "Repelled",
      "Army units repelled at dawn on Friday an attack by terrorist groups of ISIS on checkpoints near Palmyra, a military source said.",
      "SANA",
      "2026-10-31",
    );
    const a = assess(themeFixture("isis-badia-insurgency"), [tally, state], AT);
    expect(cited(a, tally.article.id, 1)).toContain("driver:attacks-reported");
    expect(a.judgments.find((j) => j.id === "tempo-rises")?.probability ?? null).toBeNull();
  });
});
