import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { askedAbout } from "../../../src/core/themes/relevance.js";
import { citedRoles as cited, sourceDocument, themeFixture } from "../../support/themes.js";

const AT = new Date("2026-12-01T12:00:00Z");

describe("a happening named as the topic of a question", () => {
  it("tells what someone asks about from what is told", () => {
    const at = (sentenceText: string, text: string) => askedAbout({ sentenceText, text });
    expect(
      at("Several readers asked about the American withdrawal from Syria.", "the American withdrawal"),
    ).toBe(true);
    expect(at("Listeners want to know whether the troops are leaving.", "the troops are leaving")).toBe(true);
    expect(at("US troops left the base on Friday, officials said.", "US troops left the base")).toBe(false);
  });
});

describe("ISIS attacks in Iraq that fell", () => {
  it("reads the fall as Iraqi capacity, never as ISIS resilience", () => {
    const theme = themeFixture("coalition-withdrawal");
    const doc = sourceDocument(
      "Iraq's army on its own",
      "Iraqi officers say ISIS attacks in Iraq fell sharply in 2026 to their lowest level in a decade.",
      "The National",
      "2026-11-25",
    );
    const roles = cited(assess(theme, [doc], AT), doc.article.id, 0);
    expect(roles).not.toContain("driver:isis-resilience");
    expect(roles).toContain("mitigator:iraqi-capacity");
  });
});

describe("an attack on a prison that was repelled", () => {
  const theme = themeFixture("isis-prison-escape");
  const roles = (text: string) => {
    const doc = sourceDocument("Attack on the prison", text, "North Press Agency", "2026-11-26");
    return cited(assess(theme, [doc], AT), doc.article.id, 0);
  };

  // The analytic convention (tests/fixtures/analysis/ANNOTATION.md, rule 8) reads an attack the
  // guard force reports as repelled as control kept, however the sentence first names the attack:
  // the judgment asks whether detainees will get out, and the sentence says they did not.
  it("counts an attack the guard force reports as repelled as control kept, as the convention's rule 8", () => {
    const r = roles(
      "The Internal Security Forces said on Thursday that their members repelled an attack by ISIS cells on the prison in Al-Hasakah on Wednesday night.",
    );
    expect(r).toContain("mitigator:sdf-control");
    expect(r).not.toContain("driver:prison-attacks");
  });

  it("counts the repelling of an attack already told as control kept", () => {
    const r = roles(
      "Guards repelled the attack on the prison in Al-Hasakah within two hours, the Internal Security Forces said.",
    );
    expect(r).toContain("mitigator:sdf-control");
    expect(r).not.toContain("driver:prison-attacks");
  });
});
