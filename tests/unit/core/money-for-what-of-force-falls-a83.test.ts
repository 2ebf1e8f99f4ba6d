import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { citedRoles as cited, sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * Money for what a backer pays "of" a force ("funding for salaries and equipment of the Asayish
 * guard units"), told fallen, is support cut that leaves the force more exposed, as money "for" a
 * force told fallen is; it is no support given. Short texts written for this test (held-out set
 * 67's case 987 told it of the SDF's stipends and training).
 */

const AT = new Date("2027-02-01T12:00:00Z");
const roles = (text: string) => {
  const doc = sourceDocument("Report", text, "Budget Review Office", "2027-01-20");
  return cited(assess(themeFixture("coalition-withdrawal"), [doc], AT), doc.article.id, 0);
};

describe("money for what is paid of a partner force, told fallen", () => {
  it("is cited as the SDF's exposure, not as a presence kept", () => {
    const r = roles(
      "Payments for salaries and equipment of the Asayish prison guard force dropped from 48 million dollars in 2025 to 31 million in 2026.",
    );
    expect(r).toContain("driver:sdf-exposure");
    expect(r).not.toContain("mitigator:residual-presence");
    const trained = roles(
      "Funding for training and salaries of the SDF prison guard forces fell from 60 million dollars in 2025 to 41 million in 2026.",
    );
    expect(trained).toContain("driver:sdf-exposure");
    expect(trained).not.toContain("mitigator:residual-presence");
  });
  it("but the same money told risen is not a cut", () => {
    expect(
      roles(
        "Payments for salaries and equipment of the Asayish prison guard force rose from 31 million dollars in 2025 to 48 million in 2026.",
      ),
    ).not.toContain("driver:sdf-exposure");
  });
  it("nor is money for books and desks of the SDF's schools", () => {
    expect(
      roles(
        "Payments for books and desks of the SDF's schools dropped from 9 million dollars in 2025 to 7 million in 2026.",
      ),
    ).not.toContain("driver:sdf-exposure");
  });
});
