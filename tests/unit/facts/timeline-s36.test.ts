import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/core/facts/extract-facts.js";

const timeline = (text: string, publishedAt = "2026-03-01") =>
  extractFacts({ id: "t", title: "t", text, publishedAt })
    .facts.filter((f) => (f.kind === "event" || f.kind === "countermeasure") && f.date)
    .map((f) => f.text);

describe("timeline entries (s36)", () => {
  it("tells a device found and defused by its clause, not as the device's own attack", () => {
    const t = timeline(
      "Early on Saturday, an army engineering unit found and defused a roadside bomb on the same road, 20 kilometres east of the town.",
    );
    expect(t.some((x) => /^a roadside bomb on the same road$/.test(x))).toBe(false);
    expect(t.some((x) => /army engineering unit found and defused a roadside bomb/.test(x))).toBe(true);
  });

  it("keeps the noun phrase of a bomb that acted", () => {
    const t = timeline("On Saturday a roadside bomb on the same road wounded two soldiers.");
    expect(t.some((x) => /roadside bomb/.test(x))).toBe(true);
  });
});
