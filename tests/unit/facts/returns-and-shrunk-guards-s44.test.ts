import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/core/facts/extract-facts.js";

const facts = (text: string) =>
  extractFacts({ id: "t", title: "", text, publishedAt: "2026-12-08T00:00:00Z" }).facts;
const tagged = (text: string, tag: string) => facts(text).filter((f) => (f.tags ?? []).includes(tag));

describe("a camp's residents gone home, and nationals handed over from another's prisons, are returns", () => {
  it("reads residents of a camp who returned home, and people taken home by states, as repatriation", () => {
    expect(
      tagged(
        "Since January, 2,150 Iraqi residents of the camp have returned home to the Jeddah-1 centre.",
        "repatriation",
      ),
    ).not.toHaveLength(0);
    expect(
      tagged("A further 400 people have been taken home by eight other States.", "repatriation"),
    ).not.toHaveLength(0);
  });

  it("reads nationals transferred from another's prisons as repatriation, told after the figure", () => {
    expect(
      tagged(
        "The men were among 600 Iraqi detainees transferred from SDF prisons in Hasakah province since March.",
        "repatriation",
      ),
    ).not.toHaveLength(0);
  });

  it("does not read a move between prisons, or workers moved between sites, as repatriation", () => {
    expect(
      tagged(
        "Some 200 detainees transferred from the Ghwayran prison were moved to a new facility.",
        "repatriation",
      ),
    ).toHaveLength(0);
    expect(
      tagged(
        "About 300 Iraqi workers transferred from the oil field were given new jobs in Basra.",
        "repatriation",
      ),
    ).toHaveLength(0);
  });
});

describe("a guard force that shrank by a share of itself is a force drawn down", () => {
  it("reads a guard force shrunk by about a third as a withdrawal", () => {
    expect(
      tagged(
        "The guard force around the camp has shrunk by about a third since the summer, as units were sent away.",
        "troop-withdrawal",
      ),
    ).not.toHaveLength(0);
  });

  it("does not read a budget that shrank by a third as a withdrawal", () => {
    expect(
      tagged("The camp's budget has shrunk by about a third since the summer.", "troop-withdrawal"),
    ).toHaveLength(0);
  });
});
