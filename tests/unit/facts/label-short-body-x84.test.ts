import { describe, expect, it } from "vitest";
import { entityNamed, extract } from "./helpers.js";

/**
 * A body's name without its opening words, set off as a label in the head, names that body for
 * short (set 68's first sight, helper x84), on text written for these tests.
 */

describe("a head label that ends a body's name", () => {
  it("joins the label to the body the story names in full", () => {
    const doc = extract(
      "GoalSyria · Premier League · Friday 5 March 2027\n\nThe Syria Premier League match in Hama was postponed after a bomb threat, the Hama Police Command said.",
      "2027-03-05",
    );
    expect(doc.entities.map((e) => e.name)).not.toContain("Premier League");
    expect(entityNamed(doc, "Syria Premier League")?.aliases).toContain("Premier League");
  });

  it("guard: a label that ends two bodies' names joins neither", () => {
    const doc = extract(
      "GoalSyria · Premier League · Friday 5 March 2027\n\nThe Syria Premier League and the Lebanon Premier League were both postponed after a bomb threat, the Hama Police Command said.",
      "2027-03-05",
    );
    expect(entityNamed(doc, "Syria Premier League")?.aliases ?? []).not.toContain("Premier League");
    expect(entityNamed(doc, "Lebanon Premier League")?.aliases ?? []).not.toContain("Premier League");
  });
});
