import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { collectReports } from "../../../src/core/themes/reports.js";
import { citedRoles as cited, sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * Relevance misses of session 33's held-out set 20 (prison and border themes), told in other
 * words: a decision whose lede names the camp but tells nothing yet, guards killed at a camp,
 * a camp's population "held", the camp's guards told by a possessive or by where they stand, a
 * petition's own requests, and militants trying to send fighters across.
 */

const AT = new Date("2026-12-01T12:00:00Z");
const roles = (themeId: string, text: string, sentence: number, outlet = "North Press Agency") => {
  const doc = sourceDocument("Report", text, outlet, "2026-11-26");
  return cited(assess(themeFixture(themeId), [doc], AT), doc.article.id, sentence);
};

/** A lede that names the camp and tells nothing that bears on a factor, then the story. */
const atCamp = (...later: string[]) =>
  [
    "The legal aid office has reviewed a complaint filed by six residents of the Roj camp on 2 November.",
    "The residents say the office took four months to answer their letters.",
    ...later,
  ].join("\n\n");

describe("a story whose lede names the camp", () => {
  it("reads guards killed by gunmen outside the fence as an attack on the camp", () => {
    const r = roles(
      "isis-prison-escape",
      atCamp("Two guards were killed when gunmen in a pickup truck opened fire on the patrol at the fence."),
      2,
    );
    expect(r).toContain("driver:prison-attacks");
  });

  it("does not read guards killed in a story set nowhere near a camp as an attack on one", () => {
    const r = roles(
      "isis-prison-escape",
      "Two guards were killed when gunmen in a pickup truck opened fire on the patrol at the fence of a factory near Homs.",
      0,
    );
    expect(r).not.toContain("driver:prison-attacks");
  });

  it("counts the camp's population told as held", () => {
    const r = roles(
      "isis-prison-escape",
      atCamp(
        "Two guards were killed when gunmen in a pickup truck opened fire on the patrol at the fence.",
        "The camp still holds about 2,400 people, most of them foreign.",
      ),
      3,
    );
    expect(r).toContain("driver:detainee-concentration");
  });
});

describe("the camp's guards told by a possessive or by where they stand", () => {
  it("reads the camp's security keeping control as the SDF's", () => {
    const r = roles(
      "isis-prison-escape",
      atCamp(
        "The co-chair said the camp's security was in control and that patrols at the gates had been reinforced.",
      ),
      2,
    );
    expect(r).toContain("mitigator:sdf-control");
  });

  it("reads fewer guards on the perimeter, sent to the fronts, as pressure on the SDF", () => {
    const r = roles(
      "isis-prison-escape",
      atCamp(
        "The number of guards on the outer perimeter has dropped since June, as units were sent to the fronts near Tabqa.",
      ),
      2,
    );
    expect(r).toContain("driver:sdf-under-pressure");
  });
});

describe("a petition's own requests", () => {
  const told = (text: string) =>
    collectReports([sourceDocument("Petition", text, "Rabia Farmers' Union", "2026-11-26")]).map(
      (r) => r.sentence,
    );

  it("does not read what a petition asks for as reported", () => {
    const sentences = told(
      "We, the farmers of Rabia, address this letter to the governor of Nineveh.\n\nWe request that the army deploy more troops along the border with Syria near our village.",
    );
    expect(sentences).not.toContain(1);
  });

  it("still reads the reason a petition gives for its request", () => {
    const sentences = told(
      "We ask the authorities to send patrols with the shepherds, because no soldier has been seen in the desert near Palmyra this month.",
    );
    expect(sentences).toContain(0);
  });
});

describe("militants trying to send fighters across", () => {
  it("counts an attempt told by the border command as pressure", () => {
    const r = roles(
      "border-fortification",
      "The Border Forces Command said armed groups on the Syrian side were trying to use the winter fog to send fighters across the border into Nineveh.",
      0,
      "Iraqi News Agency",
    );
    expect(r).toContain("driver:infiltration-pressure");
  });
});
