import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/core/facts/extract-facts.js";

/**
 * Session 68 (helper u77), extractor readings for evidence recall, on invented sentences: jihadists
 * told as regrouping are present where they regroup, a desert told opposite a named town lies
 * across the border from it; a unit that holds a second or defensive line is deployed; ground
 * with "no army units left" on it is held by no one; a road cut or blocked by armed men is an act
 * of force against it (not by protesters, nor by weather).
 */
const doc = (text: string) => extractFacts({ id: "t", title: "", text, publishedAt: "2026-12-20T00:00:00Z" });
const tagged = (text: string, tag: string) => doc(text).facts.filter((f) => f.tags?.includes(tag));
const blockades = (text: string) => doc(text).facts.filter((f) => f.codes?.cameo?.code === "191");

describe("jihadists told as regrouping", () => {
  it("are present where they regroup, in the progressive or the perfect", () => {
    expect(
      tagged(
        "Intelligence reports say Daesh cells are quietly regrouping in the valleys east of the river.",
        "insurgent-presence",
      ),
    ).not.toEqual([]);
    expect(
      tagged("The jihadists have reorganised in the hills near Makhmour.", "insurgent-presence"),
    ).not.toEqual([]);
  });
  it("leaves others who regroup, and militants rebuilding homes, no presence", () => {
    expect(
      tagged("Tribal elders are regrouping after the vote in the valley.", "insurgent-presence"),
    ).toEqual([]);
    expect(
      tagged(
        "The insurgents are reconstituting their villages after the floods in the valley.",
        "insurgent-presence",
      ),
    ).toEqual([]);
  });
});

describe("a desert told as lying opposite a named town", () => {
  it("is across the border from it", () => {
    expect(
      tagged("ISIS cells hide in the badia opposite Rabia, the commander said.", "border-security"),
    ).not.toEqual([]);
  });
  it("not a desert opposite a thing that is no place", () => {
    expect(tagged("The herders camp in the desert opposite the old well.", "border-security")).toEqual([]);
  });
});

describe("a unit that holds a line named by which one it is", () => {
  it("is deployed there", () => {
    expect(
      tagged(
        "Two battalions of the Peshmerga hold a new defensive line south of the lake.",
        "troop-deployment",
      ),
    ).not.toEqual([]);
    expect(
      tagged("A brigade of the border guards now holds a forward line along the wadi.", "troop-deployment"),
    ).not.toEqual([]);
  });
  it("not when the line is a line of something else", () => {
    expect(
      tagged("Both companies hold a new line of credit with the state bank.", "troop-deployment"),
    ).toEqual([]);
  });
});

describe("ground with no forces left on it", () => {
  it("is held by no one", () => {
    expect(
      tagged("There are no government troops left along the highway east of the oasis.", "security-vacuum"),
    ).not.toEqual([]);
    expect(
      tagged("There were no army units remaining in the district by March.", "security-vacuum"),
    ).not.toEqual([]);
  });
});

describe("a road cut by armed men", () => {
  it("is a blockade, an act of force", () => {
    const facts = blockades("Armed men blocked the main road between the two villages on Tuesday.");
    expect(facts.map((f) => f.kind)).toEqual(["event"]);
    expect(blockades("Insurgents have severed the supply route to the garrison.")).not.toEqual([]);
  });
  it("not when protesters, residents or the weather cut it", () => {
    expect(blockades("Protesters blocked the main road between the two villages on Tuesday.")).toEqual([]);
    expect(blockades("A group of farmers blocked the highway to the market with tractors.")).toEqual([]);
    expect(blockades("Heavy snow cut the road between the two villages on Tuesday.")).toEqual([]);
  });
});
