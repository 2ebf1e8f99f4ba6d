import { describe, expect, it } from "vitest";
import type { Tag } from "../../../src/core/facts/events/tags.js";
import { extract } from "./helpers.js";

/**
 * Support one force gives another, told as lost or ended, and a state cutting its own forces: a
 * drawdown, not a measure in effect. Session 29's held-out set 12 told these in a parliamentary
 * record and a reader-mail column; the tests use other wordings of the same classes.
 */

const tagged = (text: string, tag: Tag) => extract(text).facts.filter((f) => f.tags?.includes(tag));

describe("air patrols and aircraft a force has lost", () => {
  it("reads lost air patrols and aircraft that no longer fly as a drawdown", () => {
    for (const text of [
      "The guards at the prison have lost the nightly coalition air patrols that used to cover the perimeter.",
      "The fighters have lost the regular US air patrols over their camps.",
      "The commanders say the American helicopters that once answered their calls no longer fly from the base.",
      "Coalition aircraft stopped flying over the camp in the summer, residents said.",
    ])
      expect(tagged(text, "troop-withdrawal").length, text).toBeGreaterThan(0);
  });

  it("keeps aircraft that still fly, and a patrol told as lost by a far-off word, as a posture", () => {
    expect(tagged("US helicopters still fly over the camp every night.", "troop-withdrawal")).toEqual([]);
    const kept = extract("ISIS lost ground as the coalition deployed troops near the camp.").facts.filter(
      (f) => f.tags?.includes("troop-deployment"),
    );
    expect(kept[0]?.modality).toBe("asserted");
  });

  it("reads a measure lost behind its modifiers as not in effect", () => {
    const doc = extract("The guard force has lost the regular American air patrols over the camps.");
    const measure = doc.facts.find(
      (f) => f.kind === "countermeasure" && f.tags?.includes("troop-deployment"),
    );
    expect(measure).toBeDefined();
    expect(measure?.modality).toBe("negated");
  });
});

describe("a state cutting its own forces", () => {
  it("reads a state that reduced or scaled back its forces as a withdrawal", () => {
    for (const text of [
      "The United States has reduced its forces in the northeast since the summer.",
      "France scaled back its presence in the region after the agreement.",
      "Washington has drawn down its troops in eastern Syria this year.",
    ])
      expect(tagged(text, "troop-withdrawal").length, text).toBeGreaterThan(0);
  });

  it("does not read an army that reduced an enemy's forces as its own withdrawal", () => {
    expect(tagged("The army reduced ISIS forces to a few scattered cells.", "troop-withdrawal")).toEqual([]);
  });
});

describe("a facility under the control of its guards", () => {
  it("reads a facility that stayed under the full control of its guards as control kept", () => {
    const doc = extract(
      "The facility remained under the full control of the Internal Security Forces throughout the night.",
    );
    expect(doc.facts.some((f) => f.kind === "countermeasure" && f.tags?.includes("troop-deployment"))).toBe(
      true,
    );
  });

  it("does not read a prison under the control of the attackers as control kept", () => {
    const doc = extract("By midnight the prison was under the full control of the attackers.");
    expect(doc.facts.some((f) => f.kind === "countermeasure")).toBe(false);
  });
});

describe("a trafficking network told past an apposition, its routes and its armed protectors", () => {
  it("reads a network that moves drugs, named with an apposition, and a route that carries arms as smuggling", () => {
    for (const text of [
      "The ring, run by two brothers from Deir ez-Zor, moves captagon from Syria into Jordan every month.",
      "The smuggling routes carry rifles and ammunition into Anbar, officials said.",
    ])
      expect(tagged(text, "smuggling").length, text).toBeGreaterThan(0);
    expect(tagged("The bus routes carry passengers to Mosul every morning.", "smuggling")).toEqual([]);
  });

  it("reads armed men who escort the convoys or take a share of the profits as protecting the trade", () => {
    for (const text of [
      "Tribal gunmen provide armed escorts for the smugglers near the crossing.",
      "A local militia takes a cut of the proceeds at its checkpoints.",
    ])
      expect(tagged(text, "extortion").length, text).toBeGreaterThan(0);
  });
});
