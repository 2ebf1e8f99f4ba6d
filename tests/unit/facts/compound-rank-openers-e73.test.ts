import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * Session 67 (e73): "Staff" and "Field" are titles only as the first word of a compound rank
 * ("Staff Sergeant", "Field Marshal"); before any other word they open a label or a phrase.
 */
describe("compound-rank openers", () => {
  it("reads a shouted label cited in running text as no person", () => {
    const doc = extract(
      "A checkpoint near Salamiyah was closed on Wednesday after a shooting, the site office said. Convoys to the quarry must wait for escorts (see STAFF INSTRUCTIONS below).\n\nSTAFF INSTRUCTIONS\n– No convoy leaves before 07:00.",
    );
    expect(doc.entities.filter((e) => e.type === "person")).toEqual([]);
  });

  it("still strips a full compound rank from the name after it", () => {
    const doc = extract(
      "Staff Sergeant Karim Nouri was wounded near Tikrit on Monday, the army said. Field Marshal Walid Saber visited him.",
    );
    const people = doc.entities.filter((e) => e.type === "person").map((e) => e.name);
    expect(people).toContain("Karim Nouri");
    expect(people).toContain("Walid Saber");
  });
});
