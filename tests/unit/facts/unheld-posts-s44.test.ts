import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/core/facts/extract-facts.js";

const vacuum = (text: string) =>
  extractFacts({ id: "t", title: "", text, publishedAt: "2026-12-01T00:00:00Z" }).facts.filter((f) =>
    (f.tags ?? []).includes("security-vacuum"),
  );

describe("posts seen or left empty, and ground forces do not hold", () => {
  it("reads posts that appear abandoned in imagery", () => {
    expect(
      vacuum(
        "On the Syrian side, three former army posts opposite Al-Qaim appear abandoned, with no vehicles seen.",
      ),
    ).not.toHaveLength(0);
  });

  it("reads posts left empty since their units moved", () => {
    expect(
      vacuum(
        "Several army posts east of Palmyra have been left empty since the autumn, when units were moved north.",
      ),
    ).not.toHaveLength(0);
  });

  it("reads forces that do not hold the desert roads", () => {
    expect(
      vacuum("Government forces do not hold the desert roads at night, and travel is especially dangerous."),
    ).not.toHaveLength(0);
  });

  it("does not read forces that hold the roads, or posts that appear manned", () => {
    expect(vacuum("Government forces hold the desert roads at night with new checkpoints.")).toHaveLength(0);
    expect(
      vacuum("The army posts opposite Al-Qaim appear manned, with vehicles seen every day."),
    ).toHaveLength(0);
    expect(vacuum("The forces do not hold elections this year.")).toHaveLength(0);
  });
});
