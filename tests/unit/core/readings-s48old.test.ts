import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { citedRoles as cited, sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * Session 48 (older analytic sets): an arrest named only by its participle before a definite noun
 * ("the arrested smugglers had confessed ...") points back at an arrest already told; what the men
 * said decides the sentence's factor. An arrest told by its verb stays a seizure.
 */
const AT = new Date("2026-12-10T12:00:00Z");
const roles = (text: string, sentence: number) => {
  const doc = sourceDocument("Report", text, "Reuters", "2026-12-01");
  return cited(assess(themeFixture("cross-border-smuggling"), [doc], AT), doc.article.id, sentence);
};
const LEDE = "Syrian police arrested four smugglers near Albukamal on Sunday after a chase in the desert.";

describe("an arrest named as who the men are", () => {
  it("cites what the arrested men confessed of a trafficking network as smuggling", () => {
    const text = `${LEDE}\n\nThe police said the arrested men had confessed to working for a network that carries hashish from Deir Ez-Zor to the Iraqi border.`;
    expect(roles(text, 1)).toEqual(["driver:smuggling-reported"]);
  });

  it("still cites an arrest told by its verb as a seizure", () => {
    const text = `${LEDE}\n\nThe police said they had arrested two more men of a network that carries hashish from Deir Ez-Zor to the Iraqi border.`;
    expect(roles(text, 1)).toEqual(["mitigator:seizures"]);
  });
});
