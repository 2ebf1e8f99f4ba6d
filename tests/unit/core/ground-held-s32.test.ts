import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { citedRoles as cited, sourceDocument, themeFixture } from "../../support/themes.js";
import { extract } from "../facts/helpers.js";

/**
 * A desert village told as in the armed men's hands: session 32's held-out set 18 told it in a
 * gatherers' notice ("has remained in the hands of the militants since they attacked it"). The
 * tests use other wordings of the same class.
 */

const AT = new Date("2026-12-01T12:00:00Z");
const roles = (text: string, outlet = "Syrian Observatory for Human Rights") => {
  const doc = sourceDocument("Report", text, outlet, "2026-11-26");
  return cited(assess(themeFixture("isis-badia-insurgency"), [doc], AT), doc.article.id, 0);
};

describe("a place told as in the armed men's hands", () => {
  it("reads a village or town in the hands of militants as ground held by force", () => {
    for (const text of [
      "The town of Al-Kawm is still in the hands of the insurgents, residents said.",
      "The district fell into the hands of the gunmen after a night of fighting.",
    ]) {
      const held = extract(text).facts.filter((f) => f.kind === "event" && f.tags?.includes("instability"));
      expect(held.length, text).toBeGreaterThan(0);
    }
  });

  it("does not read weapons in the militants' hands as ground held", () => {
    const held = extract("The rifles fell into the hands of the militants after the raid.").facts.filter(
      (f) => f.kind === "event" && f.tags?.includes("instability"),
    );
    expect(held).toEqual([]);
  });

  it("counts a desert village held by militants as an attack reported, a driver", () => {
    const r = roles(
      "The village of Al-Kawm, north of Al-Sukhnah, has been in the hands of the militants since they stormed it last week.",
    );
    expect(r).toContain("driver:attacks-reported");
  });
});
