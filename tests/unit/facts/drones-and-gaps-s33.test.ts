import { describe, expect, it } from "vitest";
import type { Tag } from "../../../src/core/facts/events/tags.js";
import type { FactsDocument } from "../../../src/core/facts/schema.js";
import { extract } from "./helpers.js";

/**
 * Session 33, round 2 (held-out set 21, border theme), told in other words: "unmanned" before a
 * craft names a drone, not ground nobody holds; drones that fly a border keep watch on it; and
 * militants seeking gaps in a defended line are trying to get through it.
 */

const tagged = (doc: FactsDocument, tag: Tag) => doc.facts.filter((f) => f.tags?.includes(tag));

describe("unmanned craft are drones, not empty ground", () => {
  it("does not read unmanned aircraft flying a border as a security vacuum", () => {
    const doc = extract(
      "Unmanned aircraft of the Iraqi army fly around the clock over the border strip near Rabia.",
    );
    expect(tagged(doc, "security-vacuum")).toEqual([]);
    expect(tagged(doc, "surveillance")[0]).toMatchObject({ kind: "countermeasure" });
    expect(tagged(doc, "drone").length).toBeGreaterThan(0);
  });

  it("still reads unmanned posts as ground nobody holds", () => {
    const doc = extract("Many of the old posts on the Syrian side of the frontier are unmanned.");
    expect(tagged(doc, "security-vacuum").length).toBeGreaterThan(0);
  });

  it("makes drones that operate along a frontier a surveillance measure", () => {
    const doc = extract("Small drones operate along the frontier from dusk to dawn, the commander said.");
    expect(tagged(doc, "surveillance")[0]).toMatchObject({ kind: "countermeasure" });
  });

  it("does not make drones that strike over the border a surveillance measure", () => {
    const doc = extract("Two drones flew over the border and struck a truck near the crossing.");
    expect(tagged(doc, "surveillance").filter((f) => f.kind === "countermeasure")).toEqual([]);
  });
});

describe("seeking gaps in a defended line", () => {
  it("tags militants looking for gaps in the fence as infiltration", () => {
    const doc = extract("Officers say jihadist cells are looking for holes in the border fence near Sinjar.");
    expect(tagged(doc, "infiltration").length).toBeGreaterThan(0);
  });

  it("does not tag a gap in a budget as infiltration", () => {
    const doc = extract("The ministry is seeking gaps in the budget to fund new schools.");
    expect(tagged(doc, "infiltration")).toEqual([]);
  });
});
