import { describe, expect, it } from "vitest";
import { depictionFrame, securityGrounded } from "../../../src/core/themes/relevance.js";
import { assessStory, conflictsOf, paragraphsDocument } from "../../support/themes.js";

/**
 * Session 50 (h1), theme and conflict readings the blind analytic set 44 asked for, on invented
 * sentences: a figure set against the one it rejects ("five, not thirty") counts what that one
 * counted; a barrier named only as what was crossed shows the crossing, not a line that holds;
 * attempts told as stopped in the passive are interdictions, not pressure; a country named only
 * as where those driven off went back to is the far side of the line; "guards" before its object
 * is a verb, no guard; an equestrian final is a sports event.
 */
const AT = new Date("2026-12-22T12:00:00Z");
const run = (theme: string, sentences: string[]) => assessStory(theme, sentences, AT);

describe("a figure set against the one it rejects", () => {
  it("counts what the rejected figure counted, so two speakers of one report conflict", () => {
    const report = paragraphsDocument(
      "Night crossing",
      [
        "CORRESPONDENT: Shepherds near Rabia say about thirty gunmen crossed from Syria on the night of 2 December.",
        "The village mosque was repainted last spring.",
        "BRIGADE COMMANDER: It was five gunmen that night, not thirty, and they came on foot.",
      ],
      "Al-Iraqiya",
      "2026-12-05",
    );
    const found = conflictsOf([report], AT).filter((c) => c.claims.some((x) => x.value === 5));
    expect(found).toHaveLength(1);
    expect(found[0]?.claims.map((x) => x.value).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual([5, 30]);
  });
  it("counts nothing when nothing before it gave the figure it rejects", () => {
    const report = paragraphsDocument(
      "Night crossing",
      [
        "BRIGADE COMMANDER: It was five gunmen that night, not thirty, and they came on foot.",
        "Shepherds near Rabia say about twelve gunmen crossed from Syria on the night of 2 December.",
      ],
      "Al-Iraqiya",
      "2026-12-05",
    );
    expect(conflictsOf([report], AT).filter((c) => c.claims.some((x) => x.value === 5))).toEqual([]);
  });
});

describe("a barrier named only as what was crossed", () => {
  it("shows the crossing, not a barrier that holds", () => {
    const { roles } = run("border-fortification", [
      "Iraq has completed its concrete wall along the border with Syria west of Rabia, the Border Forces Command said.",
      "Drone footage from last week shows new footpaths over the fence near Rabia, where smugglers still cross with fuel.",
    ]);
    expect(roles(1)).not.toContain("mitigator:physical-barrier");
    expect(roles(1)).toContain("driver:smuggling-networks");
  });
});

describe("attempts to cross told as stopped in the passive", () => {
  it("are interdictions, not infiltration pressure", () => {
    const { roles } = run("border-fortification", [
      "The Border Forces Command says its wall now covers the Anbar sector of the border with Syria.",
      "Officers at Al-Qaim said that 30 attempts to cross into Iraq had been stopped since the summer.",
    ]);
    expect(roles(1)).toEqual(["mitigator:interdictions"]);
  });
});

describe("a country named only as where those driven off went back to", () => {
  const story = (last: string) =>
    run("border-fortification", [
      "Two armed men who had crossed the border near Rabia were arrested on Sunday night.",
      "The night was cold and clear.",
      `OFFICER: Our thermal cameras on the towers saw them early, and ${last}`,
    ]);
  it("leaves the sentence in its story's place, so a camera on the line is border surveillance", () => {
    expect(story("a drone followed them back into Syria.").roles(2)).toEqual(["mitigator:surveillance"]);
  });
  it("still sets in that country a sentence that names it as where something is", () => {
    expect(story("a drone watched them in Syria.").roles(2)).toEqual([]);
  });
});

describe("'guards' before its object", () => {
  const grounded = (sentenceText: string) => securityGrounded({ own: [], named: [], sentenceText });
  it("is the verb, and names no guard", () => {
    expect(grounded("A hedge of clipped box guards the far side of the rose garden.")).toBe(false);
    expect(grounded("A robot mower patrols the lawn every morning.")).toBe(false);
  });
  it("still names guards as the noun", () => {
    expect(grounded("The guards of the prison found a phone in a cell.")).toBe(true);
    expect(grounded("Two guards were wounded.")).toBe(true);
  });
});

describe("an equestrian final", () => {
  it("is a sports event", () => {
    const frame = depictionFrame("Riders at the national final", [
      "Thirty riders went into the final round of the national show jumping championship on Saturday.",
      "The wall on the course was the highest fence of the year.",
      "Two riders lost points at the water jump.",
      "A drone filmed the arena from above.",
      "Spectators crowded against the border of the ring.",
    ]);
    expect(frame).toMatch(/sports event/);
  });
});
