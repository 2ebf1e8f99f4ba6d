import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * Session 32 (h19 303, 307): a run of attacks over a month is not the month's one dated incident
 * told again; checkpoints that are the target of attacks are no security measure.
 */

describe("a run of attacks over a period beside a dated incident", () => {
  const text = (run: string) =>
    [
      "Following the incident on the night of Tuesday, a census of the inmates was carried out by the Federal Police.",
      `Gunmen of ISIS carried out ${run} on checkpoints of the Federal Police around Tikrit and Samarra during November.`,
    ].join("\n\n");
  const attacksAt = (run: string) =>
    extract(text(run), "2026-11-30")
      .facts.filter((f) => f.kind === "event" && f.tags?.includes("insurgent-attack"))
      .map((f) => f.sentence);

  it("stays an event of its own sentence, not folded into the incident", () => {
    expect(attacksAt("repeated attacks")).toEqual([1]);
    expect(attacksAt("multiple attacks")).toEqual([1]);
  });

  it("reads the checkpoints attacked as no curfew or checkpoint measure", () => {
    const measures = extract(text("repeated attacks"), "2026-11-30").facts.filter(
      (f) => f.kind === "countermeasure" && f.sentence === 1,
    );
    expect(measures).toEqual([]);
  });

  it("still reads checkpoints the forces set up as a measure", () => {
    const facts = extract(
      "The army set up checkpoints on the roads into Baiji on Monday.",
      "2026-11-01",
    ).facts;
    expect(facts.some((f) => f.kind === "countermeasure")).toBe(true);
  });
});
