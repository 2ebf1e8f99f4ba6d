import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/core/facts/extract-facts.js";

/**
 * Session 66's held-out set 60: an anti-corruption body told lorries let through a border post
 * without inspection, and the post's own authority gave its smaller count of the same lapse. Goods
 * waved past the check a border owes them are brought in past the state's control, as goods
 * "entered without papers" are. The tests tell it in other words.
 */

const tagsOf = (text: string) =>
  extractFacts({ id: "t", title: "", text, publishedAt: "2026-12-01T00:00:00Z" }).facts.map(
    (f) => `${f.kind}:${[...(f.tags ?? [])].sort().join(",")}`,
  );

describe("loads let through a border post unchecked", () => {
  it("reads guards who let lorries through without inspection as smuggling", () => {
    expect(
      tagsOf(
        "Prosecutors say customs guards at the Trebil post allowed 40 lorries from Jordan to cross without any inspection last spring.",
      ),
    ).toContainEqual(expect.stringMatching(/^threat:.*smuggling/));
    expect(
      tagsOf("The ministry admitted that two tankers entered through the Rabia gate without being searched."),
    ).toContainEqual(expect.stringMatching(/^threat:.*smuggling/));
  });

  it("leaves every load checked, or none let through unchecked, alone", () => {
    expect(
      tagsOf("Since March every lorry entering at Trebil passes through a new cargo scanner.").join(" "),
    ).not.toMatch(/smuggling/);
    expect(
      tagsOf("The ministry said no tankers entered through the Rabia gate without being searched.").join(" "),
    ).not.toMatch(/smuggling/);
    expect(
      tagsOf("The cars left the car park without a parking check by the attendant.").join(" "),
    ).not.toMatch(/smuggling/);
  });
});

describe("a contraband trade moved to other crossings, and arms moving on to buyers", () => {
  it("reads producers who moved their trade to other border crossings as smuggling", () => {
    expect(
      tagsOf(
        "Since the collapse of the old regime, hashish dealers in Lebanon have moved much of their business from the coast to the mountain crossings into Syria.",
      ),
    ).toContainEqual(expect.stringMatching(/^threat:.*smuggling/));
    expect(
      tagsOf("The bakers moved their business to the new market near the crossing.").join(" "),
    ).not.toMatch(/smuggling/);
  });

  it("reads arms told moving along a route and sold to factions or clan buyers as traded", () => {
    expect(
      tagsOf(
        "Rifles and grenades looted from police stores are flowing south by the same tracks, sold to clan buyers and militias in Jordan.",
      ),
    ).toContainEqual(expect.stringMatching(/^threat:.*smuggling.*weapons|^threat:.*weapons.*smuggling/));
    expect(tagsOf("Arms bought abroad were sold to the army under a state contract.").join(" ")).not.toMatch(
      /smuggling/,
    );
  });
});
