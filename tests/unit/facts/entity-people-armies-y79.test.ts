import { describe, expect, it } from "vitest";
import type { FactsDocument } from "../../../src/core/facts/schema.js";
import { extract } from "./helpers.js";

/** Session 67 (y79): an occupation as a title before a name; a state's army named by its men. Sentences written for these tests. */

const typed = (doc: FactsDocument) => doc.entities.map((e) => `${e.type}:${e.name}`);

describe("an occupation written as a title before a name", () => {
  it("reads 'Cameraman Rami Khalil' as the person Rami Khalil", () => {
    const doc = extract("Cameraman Rami Khalil was wounded when a drone struck a market in Idlib on Friday.");
    expect(typed(doc)).toContain("person:Rami Khalil");
  });

  it("keeps a body whose name an occupation opens (guard)", () => {
    const doc = extract("The Norwegian Refugee Council said it had suspended its work in Idlib on Friday.");
    expect(typed(doc).some((e) => /^organization:.*Refugee Council$/.test(e))).toBe(true);
  });
});

describe("'<country's adjective> army' before its men in the plural", () => {
  it("reads 'Syrian army conscripts' as the Syrian army", () => {
    const doc = extract("Gunmen ambushed a bus carrying Syrian army conscripts near Palmyra on Friday.");
    expect(typed(doc)).toContain("organization:Syrian Arab Army");
  });

  it("makes no army of a passing 'the Syrian army' (guard)", () => {
    const doc = extract("The man had served in the Syrian army before he left for Turkey in 2013.");
    expect(typed(doc)).not.toContain("organization:Syrian Arab Army");
  });
});
