import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * Session 79 (set 64, case 945): a backer's force told to "continue to work there" stays where it
 * is, a presence kept as one that "remains" there. Other wordings than the fixture's.
 */

const presence = (text: string) =>
  extract(text).facts.filter((f) => f.kind === "countermeasure" && f.tags?.includes("troop-deployment"));

describe("a force that continues to work at a base", () => {
  it("reads advisers or troops who continue to work or serve at a base as a presence there", () => {
    for (const text of [
      "American trainers continue to work at the Ain al-Asad base with Iraqi officers, the command said.",
      "The rumours are baseless, and the French advisers continue to serve there as before.",
    ])
      expect(presence(text).length, text).toBeGreaterThan(0);
  });

  it("does not read engineers or doctors who continue to work at a site as a force", () => {
    for (const text of [
      "Engineers continue to work at the Mosul dam despite the cold, the ministry said.",
      "Doctors continue to work there without pay, a nurse said.",
    ])
      expect(presence(text), text).toEqual([]);
  });
});
