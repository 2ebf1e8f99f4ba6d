import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { citedRoles as cited, sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * Money voted for the SDF's guard force, told fallen, is support cut that leaves the SDF more
 * exposed, whatever the money was voted for first. Short texts written for this test (session
 * 66's held-out set 61 told it in other words).
 */

const AT = new Date("2026-12-12T12:00:00Z");
const roles = (text: string) => {
  const doc = sourceDocument("Report", text, "Congressional Budget Watch", "2026-12-02");
  return cited(assess(themeFixture("coalition-withdrawal"), [doc], AT), doc.article.id, 0);
};

describe("money for the SDF's guard force, told fallen", () => {
  it("is cited as the SDF's exposure", () => {
    expect(
      roles(
        "The budget allocated for wages and vehicles for the SDF's guard force dropped from 90 million dollars in 2024 to 70 million in 2025.",
      ),
    ).toContain("driver:sdf-exposure");
  });
  it("but money for the SDF's schools is not", () => {
    expect(
      roles(
        "The budget allocated for books and desks for the SDF's schools dropped from 9 million dollars to 7 million.",
      ),
    ).not.toContain("driver:sdf-exposure");
  });
});
