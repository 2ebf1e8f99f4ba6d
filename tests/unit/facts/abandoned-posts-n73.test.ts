import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * Session 67 (set 62, 915, issue 9): posts of which "several were abandoned" are ground their force
 * left, a security vacuum, told of some of the posts the sentence named before. New wordings.
 */

const vacuum = (text: string) =>
  extract(text, "2026-11-30T09:00:00Z").facts.filter((f) => f.tags?.includes("security-vacuum"));

describe("posts told as partly abandoned", () => {
  it("reads some of the named posts abandoned or vacated as a security vacuum", () => {
    for (const text of [
      "Army checkpoints along the Deir ez-Zor road are small, and half of them have since been vacated.",
      "The border guards' outposts near Rutba are spread out and three of them were abandoned last winter.",
    ])
      expect(vacuum(text).length, text).toBeGreaterThan(0);
  });

  it("does not read posts that were kept, or a vacated building, as a vacuum", () => {
    for (const text of [
      "Army checkpoints along the Deir ez-Zor road are small, and half of them have since been reinforced.",
      "The clinic's rooms were vacated for the holiday.",
    ])
      expect(vacuum(text), text).toEqual([]);
  });
});
