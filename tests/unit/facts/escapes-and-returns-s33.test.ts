import { describe, expect, it } from "vitest";
import type { Tag } from "../../../src/core/facts/events/tags.js";
import { extract } from "./helpers.js";

/**
 * Session 33's held-out set 20 told an escape by the way out first, a camp's return of objects and
 * a return to normal life, families due to leave a camp for a centre at home, a guard shift handed
 * over, an escape told again with another figure, men seen "cross from the Syrian side", a post
 * that watches the line, and a class-notes entry headed "Class of 2012". The tests use other
 * wordings of the same classes.
 */

const tagged = (text: string, tag: Tag, publishedAt: string | null = null) =>
  extract(text, publishedAt).facts.filter((f) => f.tags?.includes(tag));

describe("an escape told by the way out before the leaving", () => {
  it("reads people who got through a site's barrier and left it as an escape", () => {
    for (const text of [
      "Eight women crawled under the perimeter fence near the market and left the camp on Saturday, camp staff said.",
      "Two inmates climbed over the wall of the east wing and fled the prison before dawn, guards said.",
    ])
      expect(tagged(text, "escape").length, text).toBeGreaterThan(0);
  });

  it("does not read workers who cut through a fence to mend it as an escape", () => {
    expect(
      tagged("Workers cut through the old fence and left the tools at the camp gate.", "escape"),
    ).toEqual([]);
  });
});

describe("what is returned is not always people sent home", () => {
  it("does not read things handed back or a return to normal life as a repatriation", () => {
    for (const text of [
      "The court ordered the camp administration to return the confiscated phones to their owners.",
      "Residents of the camp said life had returned to normal after the curfew was lifted.",
    ])
      expect(tagged(text, "repatriation"), text).toEqual([]);
  });

  it("still reads the return of families from a camp as a repatriation", () => {
    expect(
      tagged(
        "Officials said they would return the families in the camp to their villages next month.",
        "repatriation",
      ).length,
    ).toBeGreaterThan(0);
  });

  it("reads families due to leave a camp for somewhere as a return", () => {
    expect(
      tagged(
        "About 90 Iraqi households are due to leave the camp for a rehabilitation centre near Mosul in January.",
        "repatriation",
      ).length,
    ).toBeGreaterThan(0);
  });
});

describe("a guard shift handed over", () => {
  it("does not read a relief of guards as a seizure", () => {
    expect(
      tagged("At dawn the night watch handed over to the morning shift at the warehouse.", "seizure"),
    ).toEqual([]);
  });

  it("still reads weapons handed over as a seizure", () => {
    expect(
      tagged("The smugglers handed over four rifles and a vehicle to the border police.", "seizure").length,
    ).toBeGreaterThan(0);
  });
});

describe("an escape told again as a departure with another figure", () => {
  it("keeps the second account as a fact of the escape", () => {
    const doc = extract(
      "Camp officials said five women left the Roj camp without permission on the night of 3 October.\n\nA humanitarian group said at least 31 women and children left the Roj camp that night.",
      "2026-10-06",
    );
    const second = doc.facts.filter((f) => f.sentence === 1 && f.kind === "event");
    expect(second.some((f) => f.tags?.includes("escape"))).toBe(true);
    // The timeline still prints one entry: the second account has no date of its own.
    expect(second.every((f) => f.date === undefined)).toBe(true);
  });
});

describe("a crossing told with the bare verb after a verb of seeing", () => {
  it("reads men seen to cross from a neighbour's side as a crossing", () => {
    const doc = extract(
      "Farmers near Rabia saw about ten armed men cross from the Syrian side and head towards the hills.",
    );
    expect(doc.facts.some((f) => f.kind === "event" && f.tags?.includes("infiltration"))).toBe(true);
  });
});

describe("a post that watches a border line", () => {
  it("reads drones that watch the border as surveillance", () => {
    expect(
      tagged(
        "The officer told us the drones over the berm watch the border and pose no danger.",
        "surveillance",
      ).filter((f) => /watch the border/.test(f.text)).length,
    ).toBeGreaterThan(0);
  });

  it("reads a room or post that watches the line as surveillance", () => {
    expect(
      tagged("A new command post in Sinjar now watches the border around the clock.", "surveillance").length,
    ).toBeGreaterThan(0);
  });
});

describe("a cohort named by its year", () => {
  it("does not date what a graduate did by the year of the class", () => {
    const doc = extract(
      "Class of 2010: Karim Hadi writes that his team has finished installing long-range thermal cameras on 20 towers along the border near Rabia.",
      "2026-11-20",
    );
    expect(doc.facts.some((f) => f.date?.value === "2010")).toBe(false);
  });

  it("still dates an event told in a year", () => {
    const doc = extract(
      "The bridge over the Euphrates in Hit was destroyed in the fighting of 2015.",
      "2026-11-20",
    );
    expect(doc.facts.some((f) => f.date?.value === "2015")).toBe(true);
  });
});
