import { describe, expect, it } from "vitest";
import type { Tag } from "../../../src/core/facts/events/tags.js";
import { extract } from "./helpers.js";

/**
 * Session 38 (open set 30): a site's guards sent elsewhere or left thin, a riot contained "it",
 * foreign patrols that "stopped coming", a line "held by" a force, gaps between two holders,
 * drones searching for crossers and a sector crossed "undetected". The tests use other wordings
 * of the same classes.
 */

const tagged = (text: string, tag: Tag) => extract(text).facts.filter((f) => f.tags?.includes(tag));
const withAll = (text: string, tags: Tag[]) =>
  extract(text).facts.filter((f) => tags.every((t) => f.tags?.includes(t)));

describe("a site's guards taken away or left thin", () => {
  it("reads guards sent to a front, a site's guard moved, or a post left with one guard as a guard withdrawal", () => {
    for (const text of [
      "Every month more of our guards were sent to the front lines near Manbij.",
      "The camp administration had transferred half of the camp's guards to Raqqa in September.",
      "The SDF moved most of the prison's guard to Deir Ez-Zor last month.",
      "The gate had been left with only one guard because the night shift was needed elsewhere.",
    ])
      expect(withAll(text, ["troop-withdrawal", "detention-facility"]).length, text).toBeGreaterThan(0);
  });

  it("does not read border guards sent to a front, or guards sent to the prison, as a site's guards withdrawn", () => {
    for (const text of [
      "Two companies of border guards were sent to the front near Sinjar.",
      "Extra guards were sent to the prison after the riot.",
      "The gate is now held with a few guards more than last year.",
    ])
      expect(withAll(text, ["troop-withdrawal", "detention-facility"]), text).toEqual([]);
  });
});

/**
 * Session 48: a site's guard force told smaller by its number or its shift: "the number of guards
 * had fallen", "the night shift had been cut from nine guards to four", "half the shift was sent
 * to the front". A shift's hours cut, or guards whose number rose, are none of it.
 */
describe("a site's guard force told smaller by its number or its shift", () => {
  it("reads the number of guards fallen, a shift cut from nine to four, half the shift sent away as a guard withdrawal", () => {
    for (const text of [
      "Inmates said the number of guards in the women's wing had fallen steeply since the spring.",
      "The night shift at the north gate had been cut from nine guards to four since August.",
      "Half of the night shift was sent to the Manbij front in July, a prison guard said.",
    ])
      expect(withAll(text, ["troop-withdrawal", "detention-facility"]).length, text).toBeGreaterThan(0);
  });

  it("does not read a number of guards that rose, or a clinic's shift, as a guard withdrawal", () => {
    for (const text of [
      "The number of guards at the gate has risen since the riot.",
      "The clinic said its morning opening hours were cut in winter.",
    ])
      expect(withAll(text, ["troop-withdrawal", "detention-facility"]), text).toEqual([]);
  });
});

describe("a riot taken up by a pronoun and contained", () => {
  it("reads the guards who contained it as a posture held", () => {
    const text =
      "Detainees in the women's section tried to start a riot on Friday, and the guards quelled it before dawn.";
    expect(
      extract(text).facts.some((f) => f.kind === "countermeasure" && f.tags?.includes("troop-deployment")),
    ).toBe(true);
  });

  it("does not read a fire contained by firefighters as a riot contained", () => {
    const text = "A fire broke out in the market on Friday, and firefighters contained it within an hour.";
    expect(
      extract(text).facts.filter((f) => f.kind === "countermeasure" && f.tags?.includes("troop-deployment")),
    ).toEqual([]);
  });
});

describe("foreign patrols that stopped coming", () => {
  it("reads them as support ended, and their patrol as no longer in effect", () => {
    const doc = extract(
      "The US-led coalition's patrols stopped visiting the camp in the spring, a guard said.",
    );
    expect(doc.facts.some((f) => f.kind === "event" && f.tags?.includes("troop-withdrawal"))).toBe(true);
    const patrols = doc.facts.filter(
      (f) => f.kind === "countermeasure" && f.tags?.includes("troop-deployment"),
    );
    expect(patrols.every((f) => f.modality === "negated")).toBe(true);
  });

  it("does not read a patrol that stopped a car, or a local patrol, as support ended", () => {
    for (const text of [
      "A coalition patrol stopped a car near the camp on Sunday.",
      "The police patrols stopped coming to the market after the curfew.",
    ])
      expect(tagged(text, "troop-withdrawal"), text).toEqual([]);
  });
});

describe("a line held by a force, and gaps between two holders", () => {
  it("reads a line or sector held by a force, told in the passive, as forces deployed", () => {
    for (const text of [
      "The sector is held by the 2nd Border Brigade, backed by army units.",
      "The frontier between Rabia and Sinjar is now guarded by Peshmerga forces.",
    ])
      expect(tagged(text, "troop-deployment").length, text).toBeGreaterThan(0);
  });

  it("does not read a hostage held by gunmen or a post held by nobody as forces deployed", () => {
    for (const text of ["The driver is held by gunmen near Rutba.", "The post is held by nobody after dark."])
      expect(tagged(text, "troop-deployment"), text).toEqual([]);
  });

  it("reads large gaps between two holders as a security vacuum", () => {
    const text =
      "South of the Euphrates, the desert is held partly by the army and partly by tribal forces, with wide gaps between them.";
    expect(tagged(text, "security-vacuum").length).toBeGreaterThan(0);
  });
});

describe("drones that search, and a line crossed undetected", () => {
  it("reads drones that searched or combed ground as a surveillance measure", () => {
    const text = "Drones combed the palm groves near Husaybah for the men who had crossed.";
    expect(withAll(text, ["drone", "surveillance"]).length).toBeGreaterThan(0);
  });

  it("does not read drones that struck a house as a surveillance measure", () => {
    const text = "Drones struck a house near Husaybah and searched for survivors.";
    expect(withAll(text, ["drone", "surveillance"])).toEqual([]);
  });

  it("puts a barrier in a sentence about a line crossed undetected on the border", () => {
    const text =
      "Officials said the fence had worked and that nobody had crossed the sector undetected since May.";
    expect(withAll(text, ["fortification", "border-security"]).length).toBeGreaterThan(0);
  });
});
