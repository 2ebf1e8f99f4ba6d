import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * Session 68 (set 62, 910 and 918; set 60, 878; issue 9): armed men told as seen near a line are
 * a presence there, as gunmen are; a force told unable to pay its guards or fighters is a change
 * to its hold on them (and is no bribe of guards); a fence cut at a camp or a prison, in a sentence
 * that names no border, is no border breached. New wordings.
 */

const at = "2026-12-10T09:00:00Z";
const facts = (text: string) => extract(text, at).facts;

describe("armed men seen near a line", () => {
  it("reads armed men seen or spotted as a presence", () => {
    for (const text of [
      "Small bands of armed men were spotted near the frontier south of Rutba in November.",
      "Villagers said armed men had been sighted along the border road at dusk.",
    ])
      expect(
        facts(text).some((f) => f.kind === "threat" && f.tags?.includes("insurgent-presence")),
        text,
      ).toBe(true);
  });

  it("does not read shepherds seen near the line as a presence", () => {
    for (const text of ["Shepherds were spotted near the frontier south of Rutba in November."])
      expect(
        facts(text).filter((f) => f.tags?.includes("insurgent-presence")),
        text,
      ).toEqual([]);
  });
});

describe("a force that cannot pay its men", () => {
  it("reads a force unable to pay its guards or fighters as a change to the force", () => {
    for (const text of [
      "The council told its donors it can no longer pay the wages of its border guards.",
      "The Kurdish-led force is unable to pay its fighters this winter, an aide said.",
    ])
      expect(
        facts(text).some(
          (f) => f.kind === "event" && f.codes?.acled?.subEventType === "Change to group/activity",
        ),
        text,
      ).toBe(true);
  });

  it("does not read a payer who can pay, or one who cannot pay teachers, nor the unpaid guards as bribed", () => {
    for (const text of [
      "The ministry is able to pay its soldiers on time this year.",
      "The town council cannot pay its teachers this month.",
    ])
      expect(
        facts(text).filter((f) => f.kind === "event"),
        text,
      ).toEqual([]);
    expect(
      facts("The council says it cannot pay the guards in full this month.").filter((f) =>
        f.tags?.includes("infiltration"),
      ),
    ).toEqual([]);
  });
});

describe("a fence cut at a camp or a prison", () => {
  it("reads no border breach in a fence cut at a site that names no border", () => {
    const text =
      "Late on Friday three inmates of the east wing tried to cut through the fence and were stopped by the prison guards.";
    expect(facts(text).filter((f) => f.tags?.includes("infiltration"))).toEqual([]);
  });

  it("still reads a border fence cut, even near a camp", () => {
    for (const text of [
      "Smugglers cut through the border fence a few kilometres from the camp.",
      "Two gunmen cut through the fence near Rutba and crossed into Iraq.",
    ])
      expect(
        facts(text).some((f) => f.tags?.includes("infiltration")),
        text,
      ).toBe(true);
  });
});
