import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/core/facts/extract-facts.js";
import { meta } from "./helpers.js";

const extract = (text: string, publishedAt: string | null = "2026-03-04") =>
  extractFacts({ id: "t", title: "t", text, publishedAt });
const quotes = (text: string) =>
  extract(text).quotes.map((q) => ({ kind: q.kind, speaker: q.speaker.name, text: q.text }));
const factTexts = (text: string, kind: string) =>
  extract(text)
    .facts.filter((f) => f.kind === kind)
    .map((f) => f.text);

describe("facts of set 43", () => {
  it("tells a withdrawal in the perfect with its whole object, not cut at the object's first noun", () => {
    const facts = factTexts(
      "Shingali said that the army had withdrawn its night patrols from the villages in February.",
      "event",
    );
    expect(facts).toContain("the army had withdrawn its night patrols from the villages in February");
  });

  it("still reads a passive participle with its subject", () => {
    expect(factTexts("Lot 214 was withdrawn from the sale.", "event").join(" ")).toMatch(
      /Lot 214 was withdrawn/,
    );
  });
});

describe("speakers of set 43", () => {
  it("keeps the possessive of an unnamed post-holder, which says whose post it is", () => {
    const q = quotes(
      "We have raised the matter with the Autonomous Administration, and its representative in London told me on Monday that further transfers would depend on space.",
    );
    expect(q).toContainEqual({
      kind: "indirect",
      speaker: "its representative in London",
      text: "further transfers would depend on space",
    });
  });

  it("still names a description without its article", () => {
    const q = quotes("The new interior ministry said that the road was open.");
    expect(q.map((x) => x.speaker)).toEqual(["new interior ministry"]);
  });
});

describe("a wire's alert lines over its dateline", () => {
  const text =
    "FLASH -- SYRIA/TELL BRAK -- Bomb hits SDF checkpoint near Tell Brak, at least three dead - security source\nURGENT -- SDF says attacker came on motorcycle, one suspect detained\n\nBomb kills four at SDF checkpoint\n\nBy Leyla Osman\n\nQAMISHLI, Syria, Jan 13 (Meridian Wire) - A suicide bomber blew himself up at a checkpoint on the edge of Tell Brak early on Tuesday, killing four fighters.";

  it("reads the dateline below the FLASH and URGENT lines, not the alert's priority as a place", () => {
    const m = meta(text);
    expect(m.source).toBe("Meridian Wire");
    expect(m.dateline?.date).toBe("--01-13");
  });

  it("dates the story's days by the dateline's day once the year is known", () => {
    const doc = extractFacts({ id: "t", title: "t", text, publishedAt: "2026-01-13" });
    expect(doc.facts.find((f) => /suicide bomber/.test(f.text))?.date?.value).toBe("2026-01-13");
  });
});

describe("counts of set 43", () => {
  const quantities = (text: string) =>
    extract(text)
      .facts.filter((f) => f.kind === "quantity")
      .map((f) => ({ value: f.value, unit: f.unit, measures: f.measures, text: f.text }));

  it("counts a part of a group a possessor names by the noun after the possessive", () => {
    expect(
      quantities("Last month, two of the colonel's soldiers were killed when their vehicle hit a mine."),
    ).toEqual([
      expect.objectContaining({ value: 2, unit: "soldiers", text: "two of the colonel's soldiers" }),
    ]);
  });

  it("reads a span of time after 'of' as the length of the noun before it", () => {
    expect(quantities("Drivers should expect waits of up to six hours.")).toEqual([
      expect.objectContaining({ value: 6, unit: "hours", measures: "waits" }),
    ]);
    expect(quantities("In the first of three days, nothing moved.")[0]?.measures).not.toBe("first");
  });

  it("counts the times something was hit as strikes, and no other times", () => {
    expect(quantities("Witnesses say the car was hit twice.")).toEqual([
      expect.objectContaining({ value: 2, unit: "strikes", text: "twice" }),
    ]);
    expect(
      quantities('He said that "Turkish drones" had struck the area three times since November.'),
    ).toEqual([expect.objectContaining({ value: 3, unit: "strikes", measures: "struck the area" })]);
    expect(quantities("The club's minibus was turned back at checkpoints three times.")).toEqual([
      expect.objectContaining({ value: 3, unit: "times" }),
    ]);
  });
});

describe("facts set 40's analysis needs", () => {
  const facts = (text: string) =>
    extract(text, "2026-12-16")
      .facts.filter((f) => f.kind !== "quantity")
      .map((f) => ({ kind: f.kind, tags: f.tags ?? [], text: f.text }));

  it("reads arms carried from where they were bought to buyers elsewhere as trafficked", () => {
    const f = facts(
      "Some of the trucks carry rifles and ammunition bought in Syria for buyers in Mosul, he said, though he says he carries only pills and cigarettes.",
    );
    expect(f).toContainEqual(
      expect.objectContaining({ tags: expect.arrayContaining(["smuggling", "weapons"]) }),
    );
    expect(facts("Army trucks carried weapons to the front.")).toEqual([]);
  });

  it("reads a residual force kept as a force's posture", () => {
    const f = facts("We will keep a residual force in Syria, at Al-Tanf and in the northeast.");
    expect(f).toContainEqual(
      expect.objectContaining({ kind: "countermeasure", tags: expect.arrayContaining(["troop-deployment"]) }),
    );
  });
});
