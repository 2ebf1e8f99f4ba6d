import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * Session 56 (helper j56): troops told arriving at a military post are posted there. Invented
 * sentences, not the fixtures' text.
 */

const deployed = (text: string) =>
  extract(text).facts.some((f) => f.kind === "countermeasure" && f.tags?.includes("troop-deployment"));

describe("troops arriving at a military post", () => {
  it("reads soldiers or units that arrive at a checkpoint, an outpost or a garrison as deployed", () => {
    for (const text of [
      "On Monday a column of fresh soldiers arrived at the checkpoint on the highway.",
      "Two companies of reservists have arrived at the desert outpost east of the town.",
    ])
      expect(deployed(text), text).toBe(true);
  });

  it("does not read soldiers arriving at a hospital, or civilians arriving at a checkpoint, as deployed", () => {
    for (const text of [
      "Three wounded soldiers arrived at the hospital in the evening.",
      "Hundreds of families arrived at the checkpoint before dawn.",
    ])
      expect(deployed(text), text).toBe(false);
  });
});
