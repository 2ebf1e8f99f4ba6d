import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import type { Conflict } from "../../../src/core/themes/assessment.js";
import { claimsOf } from "../../../src/core/themes/conflicts-claims.js";
import { collectReports, type SourceDocument } from "../../../src/core/themes/reports.js";
import { conflictsOf, paragraphsDocument, themeFixture } from "../../support/themes.js";

/**
 * Conflicting reporting told in the words of eulogies, appeals, reports of wardens and monitors,
 * on short texts written for these tests: comrades who "fell", friends of a soldier who died, a
 * recapture of some of those who fled, "more than a million" pills, a toll of several attacks, a
 * tally "between early September and the end of November", ISIS named as the doer, a building held
 * for days against an attack repelled, rangers killed against no casualties among the personnel,
 * a seizure told "earlier this month", and a hospital's town.
 */

const AT = new Date("2026-12-05T12:00:00Z");
const read = (doc: SourceDocument) => claimsOf(collectReports([doc])).map((f) => [f.kind, f.value]);
const valuesOf = (cs: Conflict[]) =>
  cs.map((c) => c.claims.map((x) => x.value).sort((a, b) => (a ?? 0) - (b ?? 0)));

describe("tolls told as the fallen and as someone's friends", () => {
  it("reads comrades who fell as forces killed, never a fall in number", () => {
    const speech = paragraphsDocument(
      "Words at the funeral of a guard",
      [
        "The attack on the Al-Hawl checkpoint came on the night of 3 November, after midnight.",
        "Two of our comrades fell that night, and four others are still in hospital in Qamishli.",
        "Attacks on the road fell from 40 to 25 this year.",
      ],
      "Hasakah Youth Forum",
      "2026-11-06",
    );
    const claims = claimsOf(collectReports([speech]));
    expect(claims.map((f) => [f.kind, f.value])).toContainEqual(["killed:forces", 2]);
    expect(claims.filter((f) => f.kind.startsWith("killed:")).map((f) => f.value)).not.toContain(40);
    // Where the wounded are treated is not where the comrades fell.
    const fell = claims.find((f) => f.kind === "killed:forces");
    expect(fell?.said.places.map((p) => p.name)).not.toContain("qamishli");
  });

  it("sets a soldier's friends who died against the army's toll of its own, never against the smugglers'", () => {
    const appeal = paragraphsDocument(
      "Help my cousin walk again",
      [
        "I am raising money for my cousin Hamza, a corporal in the Jordanian army who was wounded on the border on 5 November.",
        "His patrol was ambushed near Ruwaished by armed smugglers.",
        "Four of his friends died that night, and Hamza was shot in the hip.",
      ],
      "GoFundMe",
      "2026-11-20",
    );
    const army = paragraphsDocument(
      "Army: soldier killed in clash with smugglers",
      [
        "A military source said border guards clashed at dawn on 5 November with armed smugglers near Ruwaished.",
        "One soldier was killed in the exchange of fire, the source said.",
        "Six of the smugglers were killed and the rest fled, it added.",
      ],
      "Petra",
      "2026-11-06",
    );
    const found = conflictsOf([appeal, army], AT).filter((c) => c.kind === "figures");
    expect(valuesOf(found)).toContainEqual([1, 4]);
    expect(valuesOf(found)).not.toContainEqual([4, 6]);
  });

  it("leaves friends of a man not said to serve a group of their own, never a whole toll", () => {
    const appeal = paragraphsDocument(
      "Help for a family",
      [
        "I am raising money for my brother Sami, who was hurt on 5 November.",
        "Four of his friends died that night.",
      ],
      "GoFundMe",
      "2026-11-20",
    );
    const claims = claimsOf(collectReports([appeal]));
    // Read alone, the claim reader gives the friends' kind; the conflict step reads them as a part.
    expect(claims.map((f) => f.kind)).toContain("killed:friends");
  });
});

describe("escapes and those brought back", () => {
  const eulogy = paragraphsDocument(
    "Eulogy for a prison guard",
    [
      "He was killed on the night of 12 November, when detainees overpowered a patrol at the Ghwayran prison and at least 20 of them escaped through the gate.",
      "By morning our units had brought back seven of the men who fled.",
    ],
    "Hasakah Youth Forum",
    "2026-11-15",
  );
  const statement = paragraphsDocument(
    "Asayish statement on Ghwayran prison",
    [
      "The Asayish issued a statement on Friday about a riot attempt at the Ghwayran prison in Hasakah.",
      "No detainee escaped, the statement said.",
    ],
    "North Press Agency",
    "2026-11-13",
  );

  it("reads 'brought back seven of the men who fled' as a recapture, not the count of the escape", () => {
    expect(read(eulogy)).toContainEqual(["recaptured", 7]);
    expect(read(eulogy)).not.toContainEqual(["escaped", 7]);
  });

  it("sets the escape's 'at least 20' against 'no detainee escaped'", () => {
    // The denial is a sentence the extractor draws no fact from: the assessment reads it.
    const found = assess(themeFixture("isis-prison-escape"), [eulogy, statement], AT).conflicts.filter(
      (c) => c.kind === "figures",
    );
    expect(valuesOf(found)).toContainEqual([0, 20]);
  });
});

describe("loads told as 'a million' and seizures told as captures", () => {
  it("reads 'more than a million pills' on captured lorries as a seizure of at least a million", () => {
    const appeal = paragraphsDocument(
      "Appeal",
      [
        "My brother was wounded in a clash on the border on 5 November.",
        "His officer told us the lorries that were captured carried more than a million Captagon pills.",
      ],
      "GoFundMe",
      "2026-11-20",
    );
    const seized = claimsOf(collectReports([appeal])).find((f) => f.kind === "seized:pills");
    expect(seized?.lo).toBe(1_000_000);
    expect(seized?.hi).toBe(Number.POSITIVE_INFINITY);
  });

  it("never sets a seizure told 'earlier this month' against another account's unplaced seizure", () => {
    const wire = paragraphsDocument(
      "Jordan army clashes with smugglers",
      [
        "Jordan's army said it clashed with smugglers on its border with Syria on Tuesday, 17 March.",
        "An army statement said border guards seized more than a million Captagon pills.",
      ],
      "AFP",
      "2026-03-18",
    );
    const agency = paragraphsDocument(
      "Weapons smuggling foiled near Albukamal",
      [
        "Border guards foiled an attempt to smuggle weapons into Iraq near Albukamal on Friday.",
        "Earlier this month, the ministry announced the seizure of 300,000 Captagon pills in a car in the Palmyra desert.",
      ],
      "SANA",
      "2026-03-21",
    );
    const found = conflictsOf([wire, agency], AT).filter((c) => c.kind === "figures");
    expect(valuesOf(found)).not.toContainEqual([300_000, 1_000_000]);
  });
});

describe("tallies of attacks", () => {
  const notice = paragraphsDocument(
    "Field trip cancelled",
    [
      "The department informs students that the field trip to Jabal al-Bishri has been cancelled.",
      "The Homs governorate security committee told the department that ISIS cells carried out 16 attacks in the area between September and November.",
      "Among them was an ambush on 29 November near Al-Sukhnah, in which four workers were killed.",
    ],
    "Damascus University",
    "2026-12-03",
  );
  const monitor = paragraphsDocument(
    "Nine attacks in three months",
    [
      "SOHR activists have documented nine attacks by ISIS cells in the Jabal al-Bishri area between early September and the end of November 2026.",
      "The attacks killed 21 people, most of them members of government forces.",
      "The deadliest came on 29 November, when gunmen ambushed a bus of workers near Al-Sukhnah, killing four of them.",
      "According to SOHR's statistics, ISIS cells carried out their attacks mostly at night.",
      "The monitor also documented the death of two shepherds from a landmine near Al-Kawm.",
    ],
    "SOHR",
    "2026-12-01",
  );
  const found = conflictsOf([notice, monitor], AT);

  it("sets 16 attacks 'between September and November' against nine 'between early September and the end of November'", () => {
    expect(valuesOf(found.filter((c) => c.kind === "figures"))).toContainEqual([9, 16]);
  });

  it("never sets the toll of all the attacks against one ambush's", () => {
    expect(found.flatMap((c) => c.claims.map((x) => x.value))).not.toContain(21);
  });

  it("never reads ISIS named as the doer as an account of who was killed", () => {
    expect(found.filter((c) => c.kind === "accounts")).toHaveLength(0);
  });
});

describe("an attack on a reserve's headquarters", () => {
  const report = paragraphsDocument(
    "Rangers' annual report: security",
    [
      "On 19 November about 30 gunmen attacked the reserve's headquarters near Palmyra, killed two rangers and held the building for three days.",
    ],
    "Syrian Society for the Conservation of Wildlife",
    "2026-12-01",
  );
  const agency = paragraphsDocument(
    "Army repels attack east of Palmyra",
    [
      "A military source said army units repelled an attack by a terrorist group on a civilian facility in the Al-Talila area near Palmyra on Thursday night, 19 November, within an hour.",
      "There were no casualties among the personnel of the facility or among our forces, the source said.",
    ],
    "SANA",
    "2026-11-20",
  );
  const found = assess(themeFixture("isis-badia-insurgency"), [report, agency], AT).conflicts;

  it("sets two rangers killed against no casualties among the personnel", () => {
    expect(valuesOf(found.filter((c) => c.kind === "figures"))).toContainEqual([0, 2]);
  });

  it("sets a building held for days against an attack repelled", () => {
    const control = found.filter((c) => c.id.startsWith("control:"));
    expect(control.length).toBeGreaterThan(0);
    expect(control[0]?.claims.map((x) => x.stance).sort()).toEqual(["asserts", "denies"]);
  });
});
