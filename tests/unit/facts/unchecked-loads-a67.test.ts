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
