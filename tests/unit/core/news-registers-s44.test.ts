import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import type { Assessment } from "../../../src/core/themes/assessment.js";
import { attemptsStopped, claimRatedFalse, ownAttemptDenied } from "../../../src/core/themes/relevance.js";
import { citedRoles as cited, paragraphsDocument, themeFixture } from "../../support/themes.js";

/**
 * Readings of news registers, on short texts written for these tests: one man's denial that he
 * tried to escape, guards sent to the fighting, prison guards left unpaid, and detainees who remain
 * in "those prisons".
 */

const AT = new Date("2026-12-14T12:00:00Z");
const pairs = (a: Assessment) =>
  a.conflicts.map((c) => [...new Set(c.claims.map((x) => `${x.articleId}#${x.sentence}`))].sort());
const has = (a: Assessment, ...keys: string[]) => pairs(a).some((p) => keys.every((k) => p.includes(k)));

describe("one person's denial of his own escape attempt", () => {
  const negated = (sentenceText: string) => ({
    modality: "negated" as const,
    tags: ["escape"],
    sentenceText,
  });
  it("is that person's conduct", () => {
    expect(
      ownAttemptDenied(
        negated(
          "One defendant said he had been held at the Ghwayran prison during the 2022 attack but had never tried to escape.",
        ),
      ),
    ).toBe(true);
    expect(ownAttemptDenied(negated("I did not try to flee, the witness told the court."))).toBe(true);
  });
  it("keeps a denial told of the detainees, or an asserted escape", () => {
    expect(ownAttemptDenied(negated("He said the detainees had never tried to escape from the camp."))).toBe(
      false,
    );
    expect(ownAttemptDenied(negated("He said nobody escaped from the prison during the riot."))).toBe(false);
    expect(
      ownAttemptDenied({
        modality: "asserted",
        tags: ["escape"],
        sentenceText: "He said he had never tried to escape before that night.",
      }),
    ).toBe(false);
  });
  it("cites no SDF control for a defendant who never tried to escape", () => {
    const doc = paragraphsDocument(
      "Verdict",
      [
        "A court in Baghdad sentenced 11 Iraqi men to life in prison for membership of the Islamic State group.",
        "One defendant said he had been held at the Ghwayran prison during the 2022 attack but had never tried to escape.",
      ],
      "Wire",
      "2026-12-02",
    );
    const a = assess(themeFixture("isis-prison-escape"), [doc], AT);
    expect(cited(a, doc.article.id, 1)).toEqual([]);
  });
});

describe("guards sent to the fighting", () => {
  it("is pressure on the SDF holding the camp", () => {
    const doc = paragraphsDocument(
      "Record",
      [
        "Ms. Okafor: Al-Hol camp still holds some 23,000 people, most of them women and children.",
        "The guard force around the camp has shrunk by about a third since the summer, as units were sent to the fighting near Manbij.",
      ],
      "United Nations",
      "2026-12-08",
    );
    const a = assess(themeFixture("isis-prison-escape"), [doc], AT);
    expect(cited(a, doc.article.id, 1)).toContain("driver:sdf-under-pressure");
  });
});

describe("detainees who remain in those prisons", () => {
  it("are a concentration of detainees", () => {
    const doc = paragraphsDocument(
      "Verdict",
      [
        "A court in Baghdad on Monday jailed nine Iraqi men handed over by the Kurdish-led authorities in Syria.",
        "They were among 400 Iraqi detainees moved out of SDF prisons in Hasakah since June.",
        "A judge said that some 2,000 Iraqi men remain in those prisons, a few hours from the border.",
        "A Border Forces officer testified that the crossing near Rabia is now closed by a concrete wall and a trench.",
      ],
      "Wire",
      "2026-12-02",
    );
    const a = assess(themeFixture("isis-prison-escape"), [doc], AT);
    expect(cited(a, doc.article.id, 2)).toContain("driver:detainee-concentration");
  });
});

describe("guards of a prison in Syria left unpaid", () => {
  it("is the SDF exposed by the end of coalition funding", () => {
    const doc = paragraphsDocument(
      "Minutes",
      [
        "The co-chair for security reported that the last American convoy left the base south of the town on 28 November.",
        "He said the guards at the Al-Shaddadi prison have not been paid for two months since coalition funding for their salaries ended in October.",
      ],
      "Civil Council",
      "2026-12-04",
    );
    const a = assess(themeFixture("coalition-withdrawal"), [doc], AT);
    expect(cited(a, doc.article.id, 1)).toContain("driver:sdf-exposure");
  });
  it("leaves a prison in Iraq alone", () => {
    const doc = paragraphsDocument(
      "Report",
      ["Guards at the Nasiriyah prison in Iraq have not been paid for two months, the ministry said."],
      "Wire",
      "2026-12-04",
    );
    const a = assess(themeFixture("coalition-withdrawal"), [doc], AT);
    expect(cited(a, doc.article.id, 0)).not.toContain("driver:sdf-exposure");
  });
});

describe("a claim the sentence rates false", () => {
  it("shows nothing of what it claims", () => {
    expect(
      claimRatedFalse({
        sentenceText:
          "Posts claiming that coalition aircraft bombed the prison were also false, since the footage shows a fireworks display.",
      }),
    ).toBe(true);
    expect(
      claimRatedFalse({
        sentenceText: "Reports that the wall near Al-Qaim was breached are baseless, the ministry said.",
      }),
    ).toBe(true);
  });
  it("keeps a report that is not itself rated", () => {
    expect(
      claimRatedFalse({
        sentenceText: "Coalition aircraft bombed a hideout near the prison, the ministry said.",
      }),
    ).toBe(false);
    expect(
      claimRatedFalse({
        sentenceText: "Residents said claims that the guards had fled were spread by ISIS channels.",
      }),
    ).toBe(false);
  });
  it("cites no coalition support for bombing rated false", () => {
    const doc = paragraphsDocument(
      "Roundup",
      [
        "Three residents told us that at least 20 detainees escaped from the Al-Tabqa prison before dawn.",
        "Posts claiming that coalition aircraft bombed the prison were also false, since the footage shows a fireworks display in Raqqa.",
      ],
      "Fact-checker",
      "2026-12-11",
    );
    const a = assess(themeFixture("isis-prison-escape"), [doc], AT);
    expect(cited(a, doc.article.id, 1)).toEqual([]);
  });
});

describe("attempts stopped and counted", () => {
  it("are attempts made, no denial", () => {
    const r = {
      modality: "negated" as const,
      sentenceText:
        "Jordan's army says it has foiled 190 smuggling attempts on its border with Syria since January.",
    };
    expect(attemptsStopped(r)).toBe(true);
    expect(
      attemptsStopped({ ...r, sentenceText: "The army denied that it had foiled 190 smuggling attempts." }),
    ).toBe(false);
    expect(
      attemptsStopped({ ...r, sentenceText: "Guards foiled an escape attempt at the prison on Monday." }),
    ).toBe(false);
  });
  it("tell of the trade growing when more than in a year before", () => {
    const doc = paragraphsDocument(
      "Editorial",
      [
        "Jordan's army says it has thwarted 150 smuggling attempts on its border with Syria since January, more than in the whole of 2025.",
        "The army seized 20 million pills in the first four months of the year.",
      ],
      "Daily",
      "2026-11-18",
    );
    const a = assess(themeFixture("cross-border-smuggling"), [doc], AT);
    expect(cited(a, doc.article.id, 0)).toContain("driver:smuggling-reported");
    expect(cited(a, doc.article.id, 0)).not.toContain("mitigator:seizures");
    expect(cited(a, doc.article.id, 1)).toContain("mitigator:seizures");
  });
});

describe("a wall told complete along a whole sector, and a stretch without it", () => {
  const hearing = paragraphsDocument(
    "Hearing",
    [
      "The commander told the committee that the concrete wall is complete along the whole Anbar sector, from Al-Qaim to the Jordanian border.",
      "He said his forces had stopped nine attempts by ISIS groups to cross from Syria in November near Al-Qaim.",
    ],
    "Parliament",
    "2026-12-09",
  );
  const imagery = paragraphsDocument(
    "Imagery",
    [
      "Satellite images show the concrete wall now runs for about 80 kilometres north of Al-Qaim on the Iraq-Syria border.",
      "South of Husaybah, however, a stretch of about 9 kilometres still has no wall, only a trench filled with sand.",
      "Iraq's Border Forces have placed thermal cameras on 25 new watchtowers along the Anbar sector.",
    ],
    "Open-source group",
    "2026-12-04",
  );
  it("are two accounts of one wall", () => {
    const a = assess(themeFixture("border-fortification"), [hearing, imagery], AT);
    expect(has(a, `${hearing.article.id}#0`, `${imagery.article.id}#1`)).toBe(true);
  });
  it("sets no fence against a wall", () => {
    const fence = paragraphsDocument(
      "Imagery",
      [
        "Satellite images show new watchtowers north of Al-Qaim on the Iraq-Syria border.",
        "South of Husaybah, a stretch of about 9 kilometres still has no fence, only a trench filled with sand.",
        "Iraq's Border Forces have placed thermal cameras on 25 new watchtowers along the Anbar sector.",
      ],
      "Open-source group",
      "2026-12-04",
    );
    const a = assess(themeFixture("border-fortification"), [hearing, fence], AT);
    expect(has(a, `${hearing.article.id}#0`, `${fence.article.id}#1`)).toBe(false);
  });
});

describe("who fired first", () => {
  const ngo = paragraphsDocument(
    "Release",
    [
      "Iraqi border guards opened fire on a group of about 30 people who crossed from Syria with smugglers near Sinjar on the night of 1 December, killing two of them, the group said today.",
      "Survivors said the smugglers, who were not armed, ran back towards the Syrian side as soon as the shooting began.",
    ],
    "Rights group",
    "2026-12-07",
  );
  const radio = (second: string) =>
    paragraphsDocument(
      "Bulletin",
      [
        "In Iraq, the Border Forces Command says a clash with armed smugglers took place on the night of 1 December on the Syrian border west of Sinjar.",
        second,
      ],
      "Radio",
      "2026-12-02",
    );
  it("is a conflict when one account has the smugglers fire first and the other unarmed", () => {
    const bulletin = radio("The command says the smugglers fired first and that one smuggler was killed.");
    const a = assess(themeFixture("cross-border-smuggling"), [ngo, bulletin], AT);
    expect(has(a, `${ngo.article.id}#1`, `${bulletin.article.id}#1`)).toBe(true);
  });
  it("is none when the account does not say who fired first", () => {
    const bulletin = radio("The command says one smuggler was killed and two guards were wounded.");
    const a = assess(themeFixture("cross-border-smuggling"), [ngo, bulletin], AT);
    expect(has(a, `${ngo.article.id}#1`, `${bulletin.article.id}#1`)).toBe(false);
  });
});

describe("whether shots were exchanged", () => {
  const customs = (second: string) =>
    paragraphsDocument(
      "Notice",
      [
        "Customs officers seized a lorry loaded with cigarettes smuggled from Syria near Rabia on 3 December, the customs authority said.",
        second,
      ],
      "Customs authority",
      "2026-12-04",
    );
  const agency = paragraphsDocument(
    "Clash at Rabia",
    [
      "Border police seized a lorry of smuggled cigarettes near Rabia on 3 December and clashed with armed smugglers, a police officer told the agency.",
      "One smuggler was killed in an exchange of fire that lasted twenty minutes, the officer said.",
    ],
    "Agency",
    "2026-12-04",
  );
  it("sets 'without any exchange of fire' against an exchange of fire told of the same seizure", () => {
    const notice = customs(
      "The seizure took place without any exchange of fire, and the driver surrendered.",
    );
    const a = assess(themeFixture("cross-border-smuggling"), [notice, agency], AT);
    expect(has(a, `${notice.article.id}#1`, `${agency.article.id}#1`)).toBe(true);
  });
  it("is none when the notice does not say how the seizure went", () => {
    const notice = customs("The driver was handed over to the judiciary.");
    const a = assess(themeFixture("cross-border-smuggling"), [notice, agency], AT);
    expect(has(a, `${notice.article.id}#1`, `${agency.article.id}#1`)).toBe(false);
  });
});

describe("an interview's answer that counts the troops its question asked of", () => {
  const interview = (answer: string) =>
    paragraphsDocument(
      "Q&A",
      [
        "The Defense Paper spoke with the coalition's deputy commander at the Erbil air base on 8 December.",
        "How many US troops are left in Iraq and Syria?",
        answer,
        "Washington has told Baghdad it intends to end the advisory mission in Erbil by September 2027.",
        "Iraq's Counter-Terrorism Service ran more than 300 operations on its own this year.",
      ],
      "Defense Paper",
      "2026-12-09",
    );
  const bulletin = paragraphsDocument(
    "Bulletin",
    [
      "Some 2,800 US troops remain in Iraq, almost all of them at the Erbil air base and at Harir.",
      "Baghdad and Washington signed a memorandum in October on intelligence sharing.",
    ],
    "Think tank",
    "2026-12-11",
  );
  it("is a count of that force in the country the answer's place lies in", () => {
    const qa = interview("About 1,200 in the Kurdistan Region, and fewer than 800 in Syria.");
    const a = assess(themeFixture("coalition-withdrawal"), [qa, bulletin], AT);
    expect(has(a, `${qa.article.id}#2`, `${bulletin.article.id}#0`)).toBe(true);
  });
  it("reads no troop count from an answer to a question of something else", () => {
    const qa = paragraphsDocument(
      "Q&A",
      [
        "The Defense Paper spoke with the coalition's deputy commander at the Erbil air base on 8 December.",
        "How many Iraqi checkpoints are left on the road?",
        "About 1,200 in the Kurdistan Region, and fewer than 800 in Syria.",
      ],
      "Defense Paper",
      "2026-12-09",
    );
    const a = assess(themeFixture("coalition-withdrawal"), [qa, bulletin], AT);
    expect(has(a, `${qa.article.id}#2`, `${bulletin.article.id}#0`)).toBe(false);
  });
  it("sets no count of another country against it", () => {
    const qa = interview("About 1,200 in Syria, and none in Iraq.");
    const a = assess(themeFixture("coalition-withdrawal"), [qa, bulletin], AT);
    expect(has(a, `${qa.article.id}#2`, `${bulletin.article.id}#0`)).toBe(false);
  });
});
