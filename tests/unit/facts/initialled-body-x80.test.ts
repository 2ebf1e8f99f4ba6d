import { describe, expect, it } from "vitest";
import { entityNamed, extract } from "./helpers.js";

/** A body named by words its acronym spells (set 68's first sight, helper x80), on text written for these tests. */

describe("a name broken by small words, with the acronym its capitals spell", () => {
  it("is a body, its acronym a spelling of it, and speaks after 'According to'", () => {
    const doc = extract(
      "According to Bread for the Hungry Children (BHC), nine bakeries in Mosul closed this month. A BHC coordinator said flour had run short.",
      "2026-11-05",
    );
    const body = entityNamed(doc, "Bread for the Hungry Children");
    expect(body?.type).toBe("organization");
    expect(body?.aliases).toContain("BHC");
    expect(doc.quotes.filter((q) => q.text.includes("nine bakeries")).map((q) => q.speaker.name)).toContain(
      "Bread for the Hungry Children",
    );
  });

  it("guard: initials that do not spell the acronym make no name", () => {
    const doc = extract(
      "According to Bread for the Hungry Children (BXC), nine bakeries in Mosul closed this month.",
      "2026-11-05",
    );
    expect(entityNamed(doc, "Bread for the Hungry Children")).toBeUndefined();
  });
});
