import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * Session 35 round two (held-out set 25): arson by a jihadist group told as its raid, not as a
 * crowd's riot, and "operations against ISIS" told as counter-terrorism operations. The tests use
 * other wordings of the same classes.
 */

const facts = (text: string) => extract(text, "2026-11-30T09:00:00Z").facts;
const tagged = (text: string, tag: string) => facts(text).filter((f) => f.tags?.includes(tag));

describe("arson by a jihadist group", () => {
  it("reads a village raided and burned by ISIS as an insurgent attack, not a riot", () => {
    for (const text of [
      "On 3 May ISIS fighters entered the village of Al-Ghanem, set fire to two houses and withdrew.",
      "Islamic State militants torched a wheat field near Palmyra on Sunday.",
    ]) {
      expect(tagged(text, "insurgent-attack").length, text).toBeGreaterThan(0);
      expect(tagged(text, "riot"), text).toEqual([]);
    }
  });

  it("still reads arson by a crowd, or by ISIS detainees in their prison, as a riot", () => {
    for (const text of [
      "Protesters set fire to the council building in Raqqa on Sunday.",
      "ISIS detainees set fire to their mattresses in the Ghweiran prison on Monday.",
    ])
      expect(tagged(text, "riot").length, text).toBeGreaterThan(0);
  });

  it("does not make ISIS the author of arson done against it", () => {
    const text = "Villagers set fire to an ISIS hideout near Al-Sukhnah on Friday.";
    expect(tagged(text, "insurgent-attack")).toEqual([]);
  });
});

describe("operations against ISIS", () => {
  it("reads operations carried out against ISIS or its cells as counter-terrorism", () => {
    for (const text of [
      "In October the army carried out 150 operations against ISIS remnants in Kirkuk.",
      "The brigade conducted operations against the cells in the Hamrin mountains last week.",
    ])
      expect(tagged(text, "counter-terrorism").length, text).toBeGreaterThan(0);
  });

  it("does not read ISIS's own operations against the army as counter-terrorism", () => {
    const text = "ISIS carried out operations against army posts near Tuz Khurmatu last month.";
    expect(tagged(text, "counter-terrorism")).toEqual([]);
  });
});
