import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { citedRoles as cited, sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * An assessment that ISIS keeps the means to attack in Iraq ("retains some thousands of fighters
 * and continues to conduct attacks in Diyala") is the group's resilience there, a driver of its
 * gains as the coalition leaves, though it reports no single attack. A claim that the group can
 * no longer attack is not. Short texts written for this test.
 */
const AT = new Date("2026-12-13T12:00:00Z");
const roles = (text: string) => {
  const doc = sourceDocument("Report", text, "Parliamentary research service (briefing)", "2026-12-08");
  return cited(assess(themeFixture("coalition-withdrawal"), [doc], AT), doc.article.id, 0);
};

describe("ISIS keeping the means to attack in Iraq", () => {
  it("is the group's resilience", () => {
    expect(
      roles(
        "The service assesses that ISIS retains some thousands of fighters in Iraq and continues to conduct attacks in Diyala and Kirkuk.",
      ),
    ).toContain("driver:isis-resilience");
  });
  it("denied, is not", () => {
    expect(
      roles("The service assesses that ISIS is no longer able to carry out attacks in Diyala and Kirkuk."),
    ).not.toContain("driver:isis-resilience");
  });
});
