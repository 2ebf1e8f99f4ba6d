import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { citedRoles as cited, sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * A seizure of vehicles told with what they carried in a relative clause seized those goods:
 * "confiscated the three lorries, which were carrying 90 kilograms of hashish". Short texts
 * written for this test (session 66's held-out set 60 told it in other words).
 */

const AT = new Date("2026-12-12T12:00:00Z");
const roles = (text: string) => {
  const doc = sourceDocument("Guards", text, "Amman Daily", "2026-12-02");
  return cited(assess(themeFixture("cross-border-smuggling"), [doc], AT), doc.article.id, 0);
};

describe("vehicles seized, told with what they carried", () => {
  it("are a seizure of the goods they carried", () => {
    for (const text of [
      "Jordanian border guards confiscated the three lorries, which were carrying 90 kilograms of hashish and 500 cartons of tobacco.",
      "Iraqi troops seized two pickups that contained 40 kilograms of heroin.",
    ])
      expect(roles(text), text).toContain("mitigator:seizures");
  });
  it("but vehicles seized with no goods told are not", () => {
    expect(
      roles("Jordanian border guards confiscated the three lorries, which were parked outside a farm."),
    ).not.toContain("mitigator:seizures");
  });
});
