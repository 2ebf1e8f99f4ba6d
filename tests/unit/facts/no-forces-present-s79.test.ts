import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * Session 79 (set 64, case 938): a side where "no Syrian forces of any kind were present" is told
 * unheld by the state's forces it lacks. Other wordings than the fixture's.
 */

const vacuum = (text: string) =>
  extract(text).facts.filter((f) => f.kind === "threat" && f.tags?.includes("security-vacuum"));

describe("no state forces present", () => {
  it("reads no state or army forces present or stationed at a place as a vacuum there", () => {
    for (const text of [
      "Shepherds told us that no Iraqi army units were stationed in the valley south of Rutba all winter.",
      "Witnesses said no government troops of any kind were present at the crossing when the trucks passed.",
    ])
      expect(vacuum(text).length, text).toBeGreaterThan(0);
  });

  it("does not read foreign forces absent from a raid, or no fighters present, as a vacuum", () => {
    for (const text of [
      "No coalition forces were present during the raid, the ministry said.",
      "No ISIS fighters were present in the village when the army arrived.",
    ])
      expect(vacuum(text), text).toEqual([]);
  });
});
