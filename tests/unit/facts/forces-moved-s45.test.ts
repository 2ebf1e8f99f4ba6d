import { describe, expect, it } from "vitest";
import { tagsOf } from "./helpers.js";

describe("forces sent where they are to hold", () => {
  it("reads a brigade moved to a town to secure the roads as a deployment", () => {
    expect(
      tagsOf(
        "The army moved a new brigade to Palmyra in October to secure the desert roads.",
        "countermeasure",
      ),
    ).toContain("troop-deployment");
  });
  it("reads a brigade that received more companies as reinforced", () => {
    expect(
      tagsOf(
        "The brigade received two more companies in October, bringing its strength on this sector to about 1,800 men.",
        "countermeasure",
      ),
    ).toContain("troop-deployment");
  });
  it("reads no deployment in a brigade moved to a town for another purpose", () => {
    expect(
      tagsOf(
        "The ministry moved the brigade's band to Homs in October to play at the festival.",
        "countermeasure",
      ),
    ).not.toContain("troop-deployment");
  });
});

describe("a backer's money for another force, named with its possessive", () => {
  it("reads the coalition's funding that ended as support cut", () => {
    expect(
      tagsOf("The coalition's funding for the camp's security forces ended in September.", "event"),
    ).toContain("troop-withdrawal");
  });
});

describe("customs officers named by where they stand", () => {
  it("read their seizure as one of contraband, a hyphenated place between", () => {
    expect(
      tagsOf(
        "Customs officers at the Al-Qaim crossing seized 38 lorries carrying undeclared cigarettes and Syrian fuel in November.",
        "countermeasure",
      ),
    ).toContain("smuggling");
  });
});
