import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/** Session 64 (t64): Brazil, home of a large Syrian and Lebanese diaspora, is a country the gazetteer knows. */
describe("Brazil", () => {
  it("is a place named as a party, and its ministry is Brazil's", () => {
    const doc = extract(
      "A mortar round hit a house in Homs on Sunday, killing two people. Brazil said one of the dead held its passport. Brazil's Ministry of Foreign Affairs said it had asked Damascus for an inquiry.",
    );
    expect(doc.entities.find((e) => e.name === "Brazil")?.type).toBe("place");
    const ministry = doc.entities.find((e) => e.aliases.includes("Brazil's Ministry of Foreign Affairs"));
    expect(ministry?.affiliation).toBe("Brazil");
  });
});
