import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { patternFit } from "../../../src/core/themes/relevance.js";
import { collectReports } from "../../../src/core/themes/reports.js";
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

/**
 * A casualty among the speaker's own force at a prison ("one of our comrades was martyred and two
 * were wounded while restoring order in the eastern block"), told by the body that guards it, is
 * the guard force hit, as "a guard was killed" is. Away from a prison it is none of the theme's.
 */
const fitsPrisonAttacks = (text: string, sentence: number) => {
  const doc = sourceDocument("Statement", text, "Reuters", "2026-12-01");
  const factor = themeFixture("isis-prison-escape").drivers.find((f) => f.id === "prison-attacks");
  return collectReports([doc])
    .filter((r) => r.key.endsWith(`#${sentence}`))
    .some((r) => (factor?.evidence ?? []).some((p) => patternFit(p, r, AT) > 0));
};

describe("a casualty among the guarding body's own men at a prison", () => {
  it("fits our comrades killed and wounded restoring order in a wing of a prison to its attacks", () => {
    const text =
      "Statement of the Internal Security Forces on the situation at Panorama prison in Hasakah, Monday.\n\nOne of our comrades was martyred and three were wounded while restoring order in the north wing.";
    expect(fitsPrisonAttacks(text, 1)).toBe(true);
  });

  it("does not fit our comrades hurt in a road accident far from any prison", () => {
    const text =
      "Statement of the Internal Security Forces on the road between Hasakah and Qamishli, Monday.\n\nOne of our comrades was killed and three were wounded when their car overturned on the highway.";
    expect(fitsPrisonAttacks(text, 1)).toBe(false);
  });
});
