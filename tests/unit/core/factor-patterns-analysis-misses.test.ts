import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { citedRoles as cited, sourceDocument, themeFixture } from "../../support/themes.js";

/** Factor conditions and grounding reviewed against the misses of analytic set 10, on real extraction. */

const AT = new Date("2026-11-30T12:00:00Z");
const source = (title: string, text: string, outlet = "Rudaw") =>
  sourceDocument(title, text, outlet, "2026-11-20");

describe("a part of a place is within the place", () => {
  it("counts ISIS reconstituting in the central Syrian desert as ISIS resilience", () => {
    const doc = source(
      "Command statement",
      "ISIS continues to attempt to regroup in the central Syrian desert, the command said.",
    );
    const a = assess(themeFixture("coalition-withdrawal"), [doc], AT);
    expect(cited(a, doc.article.id, 0)).toEqual(["driver:isis-resilience"]);
  });
});

describe("coalition theme: the SDF left without air cover", () => {
  it("counts a stretched SDF asking about the camps when US air cover ends as SDF exposure", () => {
    const doc = source(
      "Panel on Syria",
      "In Syria the SDF is already stretched and asks what happens to the prisons when the American air cover ends.",
    );
    const a = assess(themeFixture("coalition-withdrawal"), [doc], AT);
    expect(cited(a, doc.article.id, 0)).toEqual(["driver:sdf-exposure"]);
  });
});

describe("a measure told as thinned is not support that holds", () => {
  it("does not count coalition drones flying less often over a camp as coalition support", () => {
    const doc = source(
      "Camp perimeter",
      "The Pentagon plans to bring its troops in Syria down to 400 next year, and the coalition drones that watched the camp have flown less often since the summer.",
      "Foreign Policy",
    );
    const a = assess(themeFixture("isis-prison-escape"), [doc], AT);
    expect(cited(a, doc.article.id, 0)).toEqual(["driver:coalition-drawdown"]);
  });
});

describe("a barrier named only as where something happened", () => {
  it("does not count smugglers stopped near the border wall as the wall holding", () => {
    const doc = source(
      "Clash near Sinjar",
      "The smugglers were driving two trucks loaded with fuel from the Syrian side into Iraq when they were stopped near the border wall.",
      "Shafaq News",
    );
    const a = assess(themeFixture("cross-border-smuggling"), [doc], AT);
    expect(cited(a, doc.article.id, 0)).not.toContain("mitigator:border-barrier");
    // The run told as stopped is a stop (tests/fixtures/analysis/ANNOTATION.md rule 1), no longer
    // the smuggling it interrupted.
    expect(cited(a, doc.article.id, 0)).toEqual(["mitigator:seizures"]);
  });
});

describe("Badia theme: an army absent from the desert, an army striking hideouts", () => {
  const theme = themeFixture("isis-badia-insurgency");

  it("counts the army not having deployed units to the desert as a security vacuum", () => {
    const doc = source(
      "Desert alert",
      "The Syrian army has not yet deployed regular units to most of the desert east of Homs.",
      "Crisis24",
    );
    const a = assess(theme, [doc], AT);
    expect(cited(a, doc.article.id, 0)).toEqual(["driver:security-vacuum"]);
  });

  it("does not count a brigade not yet deployed in full as a vacuum", () => {
    const doc = source(
      "Desert brigade",
      "The Syrian army formed a new brigade for the desert in November, but it has not yet been deployed in full.",
      "Enab Baladi",
    );
    const a = assess(theme, [doc], AT);
    expect(cited(a, doc.article.id, 0)).not.toContain("driver:security-vacuum");
  });

  it("counts army aircraft striking the hideouts of terrorist cells in the desert as counter-terrorism", () => {
    const doc = source(
      "Army statement",
      "Aircraft of the Syrian Arab Army struck the hideouts of the terrorist cells in the Sukhnah desert on Sunday.",
      "Al-Ikhbariya",
    );
    const a = assess(theme, [doc], AT);
    expect(cited(a, doc.article.id, 0)).toEqual(["mitigator:counter-terrorism-strikes"]);
  });
});
