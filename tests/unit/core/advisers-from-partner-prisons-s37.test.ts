import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { citedRoles as cited, sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * The coalition's advisers taken out of a partner's prison or camp: the SDF loses backing at its
 * detention sites, which is its exposure, not a change of the coalition's own force posture.
 * Session 37's open set 27 told it in a resignation letter; the tests use other wordings.
 */

const AT = new Date("2026-12-01T12:00:00Z");
const roles = (text: string, outlet = "Rudaw") => {
  const doc = sourceDocument("Report", text, outlet, "2026-11-26");
  return cited(assess(themeFixture("coalition-withdrawal"), [doc], AT), doc.article.id, 0);
};

describe("advisers withdrawn from a partner's detention site", () => {
  it("counts them as the SDF's exposure, not as the coalition's withdrawal", () => {
    for (const text of [
      "The coalition withdrew its advisers from the Ghwayran prison in October, a camp official said.",
      "The coalition pulled its advisers out of the Al-Hol camp last month, the Asayish said.",
    ]) {
      const r = roles(text);
      expect(r, text).toContain("driver:sdf-exposure");
      expect(r, text).not.toContain("driver:withdrawal-intent");
    }
  });

  it("still counts the coalition leaving its own base as its withdrawal", () => {
    const r = roles(
      "The coalition withdrew its troops from the Ain al-Asad air base on Monday, officials said.",
    );
    expect(r).toContain("driver:withdrawal-intent");
  });
});

describe("a letter that tells only of the coalition's backing of the SDF's sites", () => {
  it("gives no judgment on the coalition's force posture", () => {
    const doc = sourceDocument(
      "Letter",
      [
        "The coalition withdrew its advisers from the Ghwayran prison in October, and its aircraft no longer fly over the Roj camp.",
        "In the past month, ISIS cells have killed three of our guards in ambushes near Al-Hasakah.",
      ].join("\n\n"),
      "Rudaw",
      "2026-11-26",
    );
    const a = assess(themeFixture("coalition-withdrawal"), [doc], AT);
    expect(a.judgments.find((j) => j.id === "isis-gains")?.probability).toBeNull();
    expect(cited(a, doc.article.id, 0)).toContain("driver:sdf-exposure");
  });
});
