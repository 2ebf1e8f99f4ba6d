import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { citedRoles as cited, sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * Sentences whose words belong to a factor of the opposite sign: support for partners that ends,
 * a withdrawal reviewed under an agreement, an escort laid on for civilian work, raids on cells'
 * hideouts, and a committee that swaps names of wanted traffickers. Real extraction of short texts
 * written here.
 */

const AT = new Date("2026-11-28T12:00:00Z");

describe("the sign of a factor follows what the sentence reports", () => {
  it("reads partner support that comes home as the SDF's exposure, not as a presence kept", () => {
    const doc = sourceDocument(
      "Advisers leave Erbil",
      [
        "The colonel has told families that the advisers supporting our partner forces in Syria will come home as well, so they will no longer drive to Qamishli.",
        "The officers gave no figure for the troops who stay in Erbil.",
      ].join("\n\n"),
      "Example Wire",
      "2026-11-24",
    );
    const a = assess(themeFixture("coalition-withdrawal"), [doc], AT);
    expect(cited(a, doc.article.id, 0)).toContain("driver:sdf-exposure");
    expect(cited(a, doc.article.id, 0)).not.toContain("mitigator:residual-presence");
  });

  it("does not read a completed withdrawal reviewed under an agreement as forces staying at the base", () => {
    const doc = sourceDocument(
      "Minister and envoy review withdrawal",
      [
        "The minister and the envoy reviewed the completion of the coalition's withdrawal from Ain al-Asad air base, which ended in October in line with the 2024 agreement.",
      ].join("\n\n"),
      "Example Office",
      "2026-11-24",
    );
    const a = assess(themeFixture("coalition-withdrawal"), [doc], AT);
    expect(cited(a, doc.article.id, 0)).toContain("driver:withdrawal-intent");
    expect(cited(a, doc.article.id, 0)).not.toContain("mitigator:residual-presence");
  });

  it("reads an escort for repair crews as a sign of active cells, and raids on hideouts as strikes", () => {
    const doc = sourceDocument(
      "Pipeline repairs near Palmyra",
      [
        "Gunmen of the ISIS organisation blew up a gas pipeline east of Palmyra on 20 November.",
        "Repair crews will go out only under army escort, because cells remain active in the desert near Palmyra.",
        "The Ministry of Defence said that raids on the cells' hideouts near Jabal al-Bishri are going on.",
      ].join("\n\n"),
      "Example Utility",
      "2026-11-24",
    );
    const a = assess(themeFixture("isis-badia-insurgency"), [doc], AT);
    expect(cited(a, doc.article.id, 1)).toContain("driver:cells-active");
    expect(cited(a, doc.article.id, 1)).not.toContain("mitigator:new-forces");
    expect(cited(a, doc.article.id, 2)).toContain("mitigator:counter-terrorism-strikes");
    expect(cited(a, doc.article.id, 2)).not.toContain("driver:cells-active");
  });

  it("reads a joint committee that swaps names of wanted smugglers as cooperation, not smuggling", () => {
    const doc = sourceDocument(
      "Jordan and Syria meet on drugs",
      [
        "A Jordanian army spokesman said a joint security committee with the authorities in Damascus meets every month and exchanges the names of wanted drug smugglers.",
      ].join("\n\n"),
      "Example Daily",
      "2026-11-24",
    );
    const a = assess(themeFixture("cross-border-smuggling"), [doc], AT);
    expect(cited(a, doc.article.id, 0)).toContain("mitigator:cross-border-cooperation");
    expect(cited(a, doc.article.id, 0)).not.toContain("driver:smuggling-reported");
  });
});
