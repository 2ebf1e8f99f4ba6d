import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/core/facts/extract-facts.js";

/**
 * A measure's state is told of the measure, not of a noun the clause goes on to name: in "what
 * strikes a visitor at the Akashat berm at night is the silence, broken only by the dogs of a
 * shepherd camp" it is the silence that is broken, and the berm stands. Cameras said to be broken,
 * or out of service, are still put out of action.
 */
const modalities = (text: string) =>
  extractFacts({
    id: "t",
    title: "",
    text,
    publishedAt: "2026-11-20T00:00:00Z",
    source: "Agence France-Presse",
  })
    .facts.filter((f) => f.kind === "countermeasure")
    .map((f) => f.modality);

describe("a state told after the clause names a new noun", () => {
  it("is that noun's, not the barrier's", () => {
    const m = modalities(
      "What strikes a visitor at the Akashat berm at night is the silence, broken only by the dogs of a shepherd camp.",
    );
    expect(m.length).toBeGreaterThan(0);
    expect(m).not.toContain("negated");
  });

  it("still puts cameras said to be broken out of action", () => {
    expect(
      modalities(
        "Two of the thermal cameras on the wall near Rabia were broken for most of November, officers said.",
      ),
    ).toContain("negated");
  });

  it("still puts cameras out of service out of action", () => {
    expect(
      modalities("The thermal cameras at the Rabia post have been out of service since the storm."),
    ).toContain("negated");
  });
});
