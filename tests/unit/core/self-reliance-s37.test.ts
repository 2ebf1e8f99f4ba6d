import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/core/facts/extract-facts.js";
import { assess } from "../../../src/core/themes/assess.js";
import { citedRoles as cited, sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * Sets 23, 25 and 26's misses, as classes: Iraqi forces told as acting without foreign help ("on
 * their own", "without US air support"), a tally of operations against ISIS over months, and
 * raids a service "plans and runs".
 */

const AT = new Date("2026-12-01T12:00:00Z");
const roles = (theme: string, sentences: string[], at: number, outlet = "Reuters") => {
  const doc = sourceDocument("Story", sentences.join("\n\n"), outlet, "2026-11-28");
  return cited(assess(themeFixture(theme), [doc], AT), doc.article.id, at);
};
const facts = (text: string) =>
  extractFacts({ id: "t", title: "T", text, publishedAt: "2026-11-24" }).facts.map((f) => ({
    kind: f.kind,
    modality: f.modality,
    tags: f.tags ?? [],
    text: f.text,
  }));

describe("Iraqi forces told as acting without foreign help", () => {
  it("counts a campaign claim that the army protects a province without foreign help", () => {
    const r = roles(
      "coalition-withdrawal",
      [
        "The list published its programme on Sunday.",
        "Our brave security forces, the army and the police, have proven that they can protect Anbar without foreign help.",
      ],
      1,
    );
    expect(r).toContain("mitigator:iraqi-capacity");
  });

  it("counts raids in Iraq told as done without US air support", () => {
    const r = roles(
      "coalition-withdrawal",
      [
        "Iraqi officers spoke to reporters in Baghdad.",
        "Iraqi commanders say their forces now raid ISIS hideouts in the Hamrin mountains without US air support, relying on Iraqi F-16s and drones.",
      ],
      1,
    );
    expect(r).toContain("mitigator:iraqi-capacity");
  });

  it("does not count Syrian forces acting on their own", () => {
    const r = roles(
      "coalition-withdrawal",
      [
        "The ministry spoke on Sunday.",
        "The Syrian army now raids ISIS hideouts near Palmyra on its own, the ministry in Damascus said.",
      ],
      1,
    );
    expect(r).not.toContain("mitigator:iraqi-capacity");
  });
});

describe("a tally of operations against ISIS", () => {
  it("tags the figure by what the operations were against", () => {
    const q = facts(
      "The spokesman said Iraqi forces had carried out 140 operations against ISIS remnants in the Hamrin mountains since July.",
    ).find((f) => f.kind === "quantity");
    expect(q?.tags).toContain("counter-terrorism");
  });

  it("counts it as Iraqi capacity", () => {
    const r = roles(
      "coalition-withdrawal",
      [
        "The government spokesman spoke on Tuesday.",
        "The spokesman said Iraqi forces had carried out 140 operations against ISIS remnants in the Hamrin mountains since July without coalition air support.",
      ],
      1,
    );
    expect(r).toContain("mitigator:iraqi-capacity");
  });
});

describe("raids a force plans and runs", () => {
  it("reads them as done, not supposed", () => {
    const m = facts(
      "Iraq's Counter-Terrorism Service now plans and runs raids in Anbar and Kirkuk without American help.",
    ).find((f) => f.kind === "countermeasure");
    expect(m?.tags).toContain("counter-terrorism");
    expect(m?.modality).toBe("asserted");
  });

  it("still reads raids a force plans to run as supposed", () => {
    const m = facts("Iraq's Counter-Terrorism Service plans to run raids in Anbar next month.").find(
      (f) => f.kind === "countermeasure",
    );
    expect(m?.modality ?? "hypothetical").toBe("hypothetical");
  });
});

describe("a tally of Turkish strikes on the SDF", () => {
  it("counts it as pressure on the SDF", () => {
    const r = roles(
      "isis-prison-escape",
      [
        "The monitor published its count on Monday.",
        "Turkish drones have struck SDF positions around Tal Tamr and Ain Issa 17 times since June, according to the monitor.",
      ],
      1,
    );
    expect(r).toContain("driver:sdf-under-pressure");
  });

  it("does not count a tally of Turkish strikes over months told without the SDF", () => {
    const r = roles(
      "isis-prison-escape",
      [
        "The ministry published its count on Monday.",
        "Turkish drones have struck PKK positions in the Qandil mountains 40 times since March, the ministry in Ankara said.",
      ],
      1,
    );
    expect(r).not.toContain("driver:sdf-under-pressure");
  });
});
