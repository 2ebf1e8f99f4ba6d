import { describe, expect, it } from "vitest";
import { claimsOf } from "../../../src/core/themes/conflicts-claims.js";
import { collectReports } from "../../../src/core/themes/reports.js";
import { conflictsOf, paragraphsDocument } from "../../support/themes.js";

/**
 * Helper a79: "dozens of" detainees or people who escaped is a count of thirteen to ninety-nine,
 * to set against another account's figure of the same escape. Short texts written for these tests.
 */

const AT = new Date("2026-11-20T12:00:00Z");
const claims = (text: string) =>
  claimsOf(collectReports([paragraphsDocument("Story", [text], "Kurdistan 24", "2026-11-12")]))
    .filter((f) => f.kind === "escaped")
    .map((f) => [f.lo, f.hi]);

describe("'dozens of' those who escaped", () => {
  it("reads dozens who fled or escaped as thirteen to ninety-nine", () => {
    expect(
      claims(
        "Dozens of inmates affiliated with the jihadist group escaped from the Sina'a prison in Hasakah on Sunday night, a guard said.",
      ),
    ).toEqual([[13, 99]]);
  });

  it("does not read dozens who protested, or dozens of them recaptured, as an escape", () => {
    expect(claims("Dozens of relatives protested outside the Sina'a prison in Hasakah on Sunday.")).toEqual(
      [],
    );
    expect(claims("Guards recaptured dozens of them near the Sina'a prison in Hasakah on Sunday.")).toEqual(
      [],
    );
  });

  it("sets dozens escaped against another account's figure of the same night", () => {
    const docs = [
      paragraphsDocument(
        "Break-out in Hasakah",
        [
          "Dozens of inmates affiliated with the jihadist group escaped from the Sina'a prison in Hasakah on Sunday night, a guard said.",
        ],
        "Kurdistan 24",
        "2026-11-10",
      ),
      paragraphsDocument(
        "Statement of the prison administration",
        [
          "Three inmates escaped from the Sina'a prison in Hasakah on Sunday night and two were caught by morning.",
        ],
        "Asayish",
        "2026-11-11",
      ),
    ];
    const box = conflictsOf(docs, AT).find(
      (c) =>
        c.kind === "figures" && c.claims.some((x) => x.value === 3) && c.claims.some((x) => x.value === 13),
    );
    expect(box).toBeDefined();
  });
});
