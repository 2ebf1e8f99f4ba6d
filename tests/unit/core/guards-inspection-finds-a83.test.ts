import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { citedRoles as cited, sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * A site's guards who find a weakness in an inspection or a search of their own are checking what
 * they hold: the guard force's control of the site (ANNOTATION.md rule 11). One of the SDF's town
 * military councils is the SDF. Short texts written for this test (held-out set 67's case 975
 * told it of the Tabqa council's prison).
 */

const AT = new Date("2027-02-01T12:00:00Z");
const roles = (text: string) => {
  const doc = sourceDocument("Statement", text, "Manbij Military Council (statement)", "2027-01-20");
  return cited(assess(themeFixture("isis-prison-escape"), [doc], AT), doc.article.id, 1);
};

describe("guards who find a weakness in their own inspection", () => {
  it("are the guard force's control of the site", () => {
    expect(
      roles(
        "The Manbij Military Council rejects reports that detainees fled the prison in Manbij. Guards discovered a loosened door hinge during a routine inspection on 3 January and fixed it the same day.",
      ),
    ).toContain("mitigator:sdf-control");
  });
  it("but a hinge found by visiting inspectors is not", () => {
    expect(
      roles(
        "The Manbij Military Council rejects reports that detainees fled the prison in Manbij. Visiting inspectors of a relief group discovered a loosened door hinge on 3 January.",
      ),
    ).not.toContain("mitigator:sdf-control");
  });
});
