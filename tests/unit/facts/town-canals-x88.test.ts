import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * "a smaller charge on the Maskanah irrigation canal": a canal named after a town is a site of its
 * own, as "the Baiji refinery" or "the Derik grain silos" are (ANNOTATION.md rule 5), with what it
 * is for between the name and the noun (set 72's first sight, 711, issue 10, helper x88).
 * Sentences written for these tests.
 */

const names = (text: string) => extract(text).entities.map((e) => e.name);

describe("a canal named after a town", () => {
  it("is a site of its own, the town kept", () => {
    const found = names(
      "Engineers defused a charge on the Hit irrigation canal on Monday, police in Ramadi said.",
    );
    expect(found).toContain("Hit irrigation canal");
    expect(found).toContain("Hit");
  });

  it("reads a town's canal with no purpose word", () => {
    const found = names("Engineers defused a charge on the Hit canal on Monday, police in Ramadi said.");
    expect(found).toContain("Hit canal");
  });

  it("leaves a canal's office a modifier, no site", () => {
    const found = names("Gunmen fired at the Hit canal office on Monday, police in Ramadi said.");
    expect(found.some((n) => /canal/.test(n))).toBe(false);
  });
});
