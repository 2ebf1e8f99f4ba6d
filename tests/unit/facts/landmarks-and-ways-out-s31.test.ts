import { describe, expect, it } from "vitest";
import type { Tag } from "../../../src/core/facts/events/tags.js";
import { extract } from "./helpers.js";

/**
 * Session 31's held-out set 16 told a barrier only as a landmark ("south of the wall", "over the
 * border fence"), drugs dropped over a fence by drones, pistols packed with pills, and residents
 * leaving a camp through a gap in its fence. The tests use other wordings of the same classes.
 */

const tagged = (text: string, tag: Tag) => extract(text).facts.filter((f) => f.tags?.includes(tag));
const barriers = (text: string) =>
  extract(text).facts.filter((f) => f.kind === "countermeasure" && f.tags?.includes("fortification"));

describe("a barrier named only to place something by it or across it", () => {
  it("reads a wall or fence after a phrase of direction or passage as a landmark", () => {
    for (const text of [
      "Herders still drive their flocks through the wadis north of the wall to reach the markets.",
      "Gunmen fired across the plain beyond the security fence on Sunday.",
      "The smugglers threw the bags over the border fence before dawn.",
      "The women walked out through a hole in the perimeter fence.",
    ])
      expect(barriers(text), text).toEqual([]);
  });

  it("keeps a barrier that is built, extended or manned", () => {
    for (const text of [
      "The army finished a new concrete wall along the border last month.",
      "Engineers extended the border fence by 40 kilometres this year.",
      "Thermal cameras were mounted on the wall north of Al-Qaim.",
    ])
      expect(barriers(text).length, text).toBeGreaterThan(0);
  });
});

describe("contraband conveyed over a line, and arms packed with drugs", () => {
  it("reads drugs dropped or flown over a border as smuggling", () => {
    for (const text of [
      "Drones have been flying pills across the frontier at night, the guards said.",
      "Small aircraft dropped hashish over the border wall twice this month.",
    ])
      expect(tagged(text, "smuggling").length, text).toBeGreaterThan(0);
  });

  it("reads weapons carried or moving alongside drugs as smuggled weapons", () => {
    for (const text of [
      "The couriers now bring grenades and ammunition along with the captagon.",
      "Rifles now travel alongside the drugs in the same trucks, an officer said.",
    ]) {
      const facts = extract(text).facts.filter(
        (f) => f.tags?.includes("smuggling") && f.tags?.includes("weapons"),
      );
      expect(facts.length, text).toBeGreaterThan(0);
    }
  });

  it("does not read a drop or a load of lawful goods as smuggling", () => {
    for (const text of [
      "Aid planes dropped food parcels over the besieged town.",
      "The trucks carry flour as well as rice to the camp.",
    ])
      expect(tagged(text, "smuggling"), text).toEqual([]);
  });
});

describe("leaving a camp or prison through its barrier", () => {
  it("reads held people leaving through a gap, a tunnel or the fence as an escape", () => {
    for (const text of [
      "Nine women left the camp at night through a breach in the southern wall.",
      "Six detainees left the prison through a tunnel dug under the kitchen.",
      "Four residents left the annex with hired smugglers last week.",
    ])
      expect(tagged(text, "escape").length, text).toBeGreaterThan(0);
  });

  it("does not read leaving a camp by its gate as an escape", () => {
    expect(
      tagged("Forty families left the camp through the main gate on the return convoy.", "escape"),
    ).toEqual([]);
  });
});
