import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * Session 79 (set 64, case 938): crossers the sentence names as civilians are no infiltrators;
 * crossers of unstated kind still are. Other wordings than the fixture's.
 */

const infiltration = (text: string) => extract(text).facts.filter((f) => f.tags?.includes("infiltration"));

describe("civilians who try to cross", () => {
  it("reads no infiltration in families or refugees who tried to cross", () => {
    for (const text of [
      "Border officials counted 60 Arab and Turkmen families who tried to cross from Syria near Rabia in December, most of them fleeing shelling.",
      "Some 30 refugees tried to cross into Anbar near Al-Qaim last week, a local council member said.",
    ])
      expect(infiltration(text), text).toEqual([]);
  });

  it("still reads gunmen, or people of unstated kind, who tried to cross", () => {
    for (const text of [
      "Several gunmen tried to cross from Syria near Rabia in December, officers said.",
      "Some 30 people tried to cross into Anbar near Al-Qaim last week, a local council member said.",
    ])
      expect(infiltration(text).length, text).toBeGreaterThan(0);
  });
});
