import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * Session 67 (e73): a log entry or a running line places a quarter by its article-prefixed name
 * and then the town it lies in ("– al-Waer, Homs."); with no preposition before it, the town
 * after the comma says the name is a place.
 */
describe("an article-prefixed quarter followed by its town", () => {
  it("is a place in a security log's entry line", () => {
    const doc = extract(
      "Incidents this week\n\nThu 3 Dec, 07:20 – al-Nakhlat, Basra. A contractor's pickup was stopped by three armed men, who took the driver's phone.",
    );
    expect(doc.entities.find((e) => e.name === "al-Nakhlat")?.type).toBe("place");
  });

  it("leaves a person's article-prefixed surname after a given name a person", () => {
    const doc = extract(
      "Ahmed al-Nakhlawi, Basra, told the station that the checkpoint had been closed since Monday.",
    );
    expect(doc.entities.find((e) => e.name === "Ahmed al-Nakhlawi")?.type).toBe("person");
  });
});
