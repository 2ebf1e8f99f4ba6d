import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import type { Conflict } from "../../../src/core/themes/assessment.js";
import { claimsOf } from "../../../src/core/themes/conflicts-claims.js";
import { collectReports, type SourceDocument } from "../../../src/core/themes/reports.js";
import { conflictsOf, paragraphsDocument, themeFixture } from "../../support/themes.js";

/**
 * Conflicting reporting told in a member of parliament's statement (hearsay, a word of blame for
 * the dead) against an army's statement, and in a guard's sworn statement against a security
 * force's "all detainees are present", on short texts written for these tests.
 */

const AT = new Date("2026-12-08T12:00:00Z");
const read = (doc: SourceDocument) => claimsOf(collectReports([doc])).map((f) => [f.kind, f.value]);
const valuesOf = (cs: Conflict[]) =>
  cs.map((c) => c.claims.map((x) => x.value).sort((a, b) => (a ?? 0) - (b ?? 0)));

const mp = paragraphsDocument(
  "Statement by the deputy for the district on the border clash",
  [
    "With sorrow I mourn the three heroes of our Arab Army who were martyred on the night of 14 November in a clash with smugglers near Ruwaished.",
    "I am told that seven of the criminals were killed and that the rest fled back into Syria.",
  ],
  "Office of the MP (Facebook)",
  "2026-11-15",
);
const army = paragraphsDocument(
  "Army says five smugglers killed on the border",
  [
    "The armed forces said on Saturday that border guards killed five smugglers and wounded others in a clash near Ruwaished overnight.",
    "A military source said one soldier was lightly wounded.",
    "No members of the force were killed, the source added.",
  ],
  "Petra",
  "2026-11-15",
);

describe("an MP's statement against the army's", () => {
  it("reads the heroes of an army who were martyred as forces killed", () => {
    expect(read(mp)).toContainEqual(["killed:forces", 3]);
  });

  it("reads the dead named as criminals in a smuggling clash as smugglers, not where the rest fled back to", () => {
    const criminals = claimsOf(collectReports([mp])).find((f) => f.value === 7);
    expect(criminals?.kind.startsWith("killed:")).toBe(true);
    expect(criminals?.said.places.map((p) => p.name)).not.toContain("syria");
  });

  it("sets soldiers against soldiers and smugglers against smugglers, never one side's dead against the other's", () => {
    const found = conflictsOf([mp, army], AT).filter((c) => c.kind === "figures");
    const values = valuesOf(found);
    expect(values).toContainEqual([0, 3]);
    expect(values).toContainEqual([5, 7]);
    expect(values).not.toContainEqual([3, 5]);
  });

  it("never reads 'killed five smugglers and wounded others' as five wounded", () => {
    const found = conflictsOf([army], AT).filter((c) => c.kind === "figures");
    expect(valuesOf(found)).not.toContainEqual([1, 5]);
  });
});

describe("a sworn statement's escape against 'all detainees are present'", () => {
  const sworn = paragraphsDocument(
    "A guard's sworn statement on the night at Al-Hasakah prison",
    [
      "In the statement he says the lights went out in the north wing of the Ghwayran prison at midnight on 20 November.",
      "He says that at least 14 prisoners, all held on terrorism charges, left the north wing through a drain and climbed the wall.",
    ],
    "Enab Baladi",
    "2026-11-23",
  );
  const asayish = paragraphsDocument(
    "Asayish: riot at Ghwayran prison contained",
    [
      "The Asayish said on Friday that they had contained a riot at the Ghwayran prison in Hasakah.",
      "All detainees are present, and the count carried out at dawn matched the prison's records, the statement said.",
    ],
    "North Press Agency",
    "2026-11-21",
  );

  it("reads those who left through a drain, past an apposition, as escaped", () => {
    expect(read(sworn)).toContainEqual(["escaped", 14]);
  });

  it("sets the escape against the full count", () => {
    const found = assess(themeFixture("isis-prison-escape"), [sworn, asayish], AT).conflicts.filter(
      (c) => c.kind === "figures",
    );
    expect(valuesOf(found)).toContainEqual([0, 14]);
  });
});
