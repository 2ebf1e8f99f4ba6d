import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * Ground the state's forces no longer hold, told by their missing posts or men: session 32's
 * held-out sets 17 and 18 told it in two notices of desert gatherers. The tests use other wordings.
 */

const vacuum = (text: string) =>
  extract(text).facts.filter((f) => f.kind === "threat" && f.tags?.includes("security-vacuum"));

describe("state forces told absent by their posts or their men", () => {
  it("reads no checkpoint or patrol of the army or police, and no soldier seen, as ground unheld", () => {
    for (const text of [
      "Herders say there are no longer any posts of the army on the road to the wells.",
      "There is no patrol of the police between the two villages after dark.",
      "No troops have been seen near the pumping station since the summer, the drivers said.",
    ])
      expect(vacuum(text).length, text).toBeGreaterThan(0);
  });

  it("does not read posts or soldiers that are there as ground unheld", () => {
    for (const text of [
      "Two checkpoints of the army now guard the road to the wells.",
      "Soldiers have been seen near the pumping station every night this week.",
    ])
      expect(vacuum(text), text).toEqual([]);
  });
});
