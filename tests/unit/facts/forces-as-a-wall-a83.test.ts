import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * Men told to be a wall are a figure of speech, no barrier built (held-out set 67's case 978: "Our
 * heroic forces will remain a wall of steel against all who seek to harm Iraq"). Other wordings.
 */

const barriers = (text: string) =>
  extract(text, "2027-01-20T00:00:00Z").facts.filter(
    (f) => f.kind === "countermeasure" && f.tags?.includes("fortification"),
  );

describe("forces told to be a wall", () => {
  it("are no barrier", () => {
    for (const text of [
      "Our brave soldiers are a wall of iron on the frontier, the governor said.",
      "The men of the 8th Brigade remain a wall of steel between the terrorists and our cities.",
    ])
      expect(barriers(text), text).toEqual([]);
  });
  it("but a wall the forces built, or a barrier told as a wall, is", () => {
    for (const text of [
      "The soldiers of the 8th Brigade finished a wall of concrete along the frontier near Rutba.",
      "The new barrier near Rutba is a wall of concrete four metres high.",
    ])
      expect(barriers(text).length, text).toBeGreaterThan(0);
  });
});
