import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/core/facts/extract-facts.js";

/**
 * From the Syrian desert or side, groups of fighters sent "east" are sent towards Iraq: an
 * infiltration told from the sender (held-out set 69's case 1008: "Remnants of ISIS in the Syrian
 * desert still try to send small groups of fighters east" gave no fact). East from anywhere else is
 * no such crossing.
 */

const infiltration = (text: string) =>
  extractFacts({ id: "x", title: "t", text, publishedAt: "2027-02-14", source: "X" }).facts.filter(
    (f) => f.kind === "threat" && f.tags?.includes("infiltration"),
  );

describe("groups of fighters sent east from the Syrian side", () => {
  it("are an infiltration", () => {
    expect(
      infiltration(
        "ISIS cells hiding in the Syrian badia keep sending armed groups of fighters eastwards, officers say.",
      ).length,
    ).toBeGreaterThan(0);
    expect(
      infiltration(
        "From the Syrian side, the militants sent small bands of men east at night, a Sinjar commander said.",
      ).length,
    ).toBeGreaterThan(0);
  });
  it("but sent east from a town of Iraq are not", () => {
    expect(
      infiltration(
        "ISIS cells near Rutba keep sending small groups of fighters east towards Ramadi, officers say.",
      ),
    ).toEqual([]);
  });
});
