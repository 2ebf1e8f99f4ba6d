import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { documentScope } from "../../../src/core/themes/relevance.js";
import { citedRoles as cited, sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * An interview's introduction lists the subjects the answers take up; a humanitarian agency's
 * meeting on families at a crossing is no cooperation against smuggling. Short texts written for
 * these tests (session 42's held-out set 36 told them in other words).
 */

const AT = new Date("2026-12-12T12:00:00Z");

describe("an interview's introduction", () => {
  const intro =
    "Iraq's interior minister, Karim Jaafar, spoke to Rudaw in Erbil about the departure of the coalition, the border wall and the camps in Syria.";
  it("reads what follows 'spoke to ... about' as the interview's scope", () => {
    expect(documentScope({ text: "the departure of the coalition", sentenceText: intro })).toBe(true);
  });
  it("keeps what a speaker says happened, and facts told before 'about'", () => {
    const said =
      "The minister spoke to Rudaw about the border and said 300 US troops left Ain al-Asad on Monday.";
    expect(documentScope({ text: "300 US troops left Ain al-Asad on Monday", sentenceText: said })).toBe(
      false,
    );
  });
  it("cites no factor for the introduction", () => {
    const doc = sourceDocument("Interview", intro, "Rudaw", "2026-12-05");
    expect(cited(assess(themeFixture("coalition-withdrawal"), [doc], AT), doc.article.id, 0)).toEqual([]);
  });
});

describe("a humanitarian agency's meeting at a crossing", () => {
  it("is not cooperation against smuggling", () => {
    const doc = sourceDocument(
      "Update",
      "UNHCR and the Kurdistan Region's crisis coordination centre met Syrian officials in Semalka to discuss the situation of families waiting on the Syrian side.",
      "UNHCR Iraq",
      "2026-12-01",
    );
    expect(cited(assess(themeFixture("cross-border-smuggling"), [doc], AT), doc.article.id, 0)).not.toContain(
      "mitigator:cross-border-cooperation",
    );
  });
});
