import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/core/facts/extract-facts.js";

/**
 * Session 59 (helper r59), extractor readings for evidence recall, on invented sentences: a mine
 * that went off, told as a remnant of an earlier war, is no one's bombing.
 */
const doc = (text: string, publishedAt = "2026-12-20T00:00:00Z") =>
  extractFacts({ id: "t", title: "", text, publishedAt });
const tagged = (text: string, tag: string) => doc(text).facts.filter((f) => f.tags?.includes(tag));

describe("a mine told as left over from earlier fighting", () => {
  it("is no explosive attack", () => {
    expect(
      tagged(
        "A herder died in a landmine explosion near the wells, left over from earlier fighting.",
        "explosive-device",
      ),
    ).toEqual([]);
    expect(
      tagged("A lorry struck a mine left behind by the retreating army near the dam.", "explosive-device"),
    ).toEqual([]);
  });

  it("while a mine that went off, told with no past, still is one", () => {
    expect(
      tagged(
        "A lorry struck a mine on the road near the dam on Friday, killing the driver.",
        "explosive-device",
      ),
    ).toHaveLength(1);
    expect(
      tagged("A landmine explosion wounded three soldiers near the dam on Monday.", "explosive-device"),
    ).toHaveLength(1);
  });
});

describe("works put out to tender", () => {
  const fence = (text: string) =>
    doc(text).facts.filter((f) => f.kind === "countermeasure" && f.tags?.includes("fortification"));

  it("are supposed, not yet done", () => {
    expect(
      fence("The ministry announces public tender 7/2026 for border fence works in the southern sector.").map(
        (f) => f.modality,
      ),
    ).toEqual(["hypothetical"]);
  });

  it("while a wall finished by the firm that won a tender is done", () => {
    expect(
      fence("The firm that won the tender last spring finished the border wall in the southern sector.").map(
        (f) => f.modality,
      ),
    ).toEqual(["asserted"]);
  });
});
