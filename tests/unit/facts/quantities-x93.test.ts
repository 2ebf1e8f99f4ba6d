import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/** Session 76 (helper x93): a part counted out of a whole. Sentences written for these tests. */

const counts = (text: string) =>
  extract(text, "2026-03-10")
    .facts.filter((f) => f.kind === "quantity")
    .map((f) => `${f.value} ${f.text}`);

describe("a part counted out of a counted whole", () => {
  it("is a count of what the whole counts, the whole counted too", () => {
    const c = counts("Border guards detained one of the three smugglers near Rutba on Friday.");
    expect(c).toContain("1 one of the three smugglers");
    expect(c).toContain("3 three smugglers");
  });

  it("is not read where no noun follows the whole", () => {
    const c = counts("Two of the five entered the town before dawn.");
    expect(c.some((x) => x.startsWith("2 "))).toBe(false);
  });
});
