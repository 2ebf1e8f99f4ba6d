import { describe, expect, it } from "vitest";
import type { Tag } from "../../../src/core/facts/events/tags.js";
import { extract } from "./helpers.js";

/**
 * Session 34 (held-out set 22): ground left without any force, a force that takes over posts (its
 * unit's ordinal no count), and a hunt for men already named. The tests use other wordings of the
 * same classes.
 */

// A publication date, so that "since August" resolves to a period and a tally can be told.
const tagged = (text: string, tag: Tag, kind?: string) =>
  extract(text, "2026-11-27T09:00:00Z").facts.filter(
    (f) => f.tags?.includes(tag) && (kind === undefined || f.kind === kind),
  );

describe("ground left without any force", () => {
  it("reads a change that left ground without any force as a security vacuum", () => {
    for (const text of [
      "The dissolution of the border brigades left large parts of the desert without any regular force.",
      "The withdrawal left the villages east of Deir Hafer without security forces for weeks.",
    ])
      expect(tagged(text, "security-vacuum").length, text).toBeGreaterThan(0);
  });

  it("does not read a town left without water as unheld", () => {
    const text = "The storm left the town without electricity for three days.";
    expect(tagged(text, "security-vacuum"), text).toEqual([]);
  });
});

describe("a force that takes over posts", () => {
  it("reads a unit that took over checkpoints as deployed there, its ordinal no count", () => {
    for (const text of [
      "Units of the 17th Division have taken over the checkpoints on the Homs to Palmyra road since August.",
      "Soldiers of the new brigade took over the posts along the Euphrates last month.",
    ])
      expect(tagged(text, "troop-deployment", "countermeasure").length, text).toBeGreaterThan(0);
  });

  it("still drops a measure that tallies a figure over a long period", () => {
    const text = "The army has arrested 240 suspects in the desert since January.";
    expect(tagged(text, "arrest", "countermeasure"), text).toEqual([]);
  });
});

describe("a hunt for men already named", () => {
  it("reads soldiers hunting those men as a pursuit", () => {
    const text = "The soldiers say they are hunting those men in the orchards every night.";
    expect(tagged(text, "counter-terrorism", "countermeasure").length, text).toBeGreaterThan(0);
  });

  it("does not read a hunt for game as a pursuit", () => {
    const text = "The men were hunting gazelles in the desert south of Rutba.";
    expect(tagged(text, "counter-terrorism"), text).toEqual([]);
  });
});
