import { describe, expect, it } from "vitest";
import type { FactsDocument } from "../../../src/core/facts/schema.js";
import { extract } from "./helpers.js";

/** Session 67 (y79): a charity named "… Aid" and a given name a town's loose spelling reaches. Sentences written for these tests. */

const typed = (doc: FactsDocument) => doc.entities.map((e) => `${e.type}:${e.name}`);

describe("a charity whose name ends in 'Aid'", () => {
  it("reads 'Tayside Surgical Aid' as a body", () => {
    const doc = extract(
      "The surgeon had volunteered for two years with Tayside Surgical Aid, a Dundee charity that runs a clinic in Raqqa.",
    );
    expect(typed(doc)).toContain("organization:Tayside Surgical Aid");
  });

  it("reads no body in a form's label of common words (guard)", () => {
    const doc = extract("Gift Aid: I am a UK taxpayer and want the charity to reclaim the tax.");
    expect(doc.entities.map((e) => e.name)).not.toContain("Gift Aid");
  });
});

describe("a given name that a town's looser spelling reaches", () => {
  it("reads 'Anna Wood' after a role as a person, not the town of Anah", () => {
    const doc = extract("Deputy chief prosecutor Anna Wood said the verdict would be appealed.");
    expect(typed(doc)).toContain("person:Anna Wood");
    expect(typed(doc)).not.toContain("place:Anah");
  });

  it("keeps the town where its looser spelling stands alone (guard)", () => {
    const doc = extract("Gunmen attacked a convoy near Ana on Monday, police said.");
    expect(typed(doc)).toContain("place:Anah");
  });
});
