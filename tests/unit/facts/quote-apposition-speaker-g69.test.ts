import { describe, expect, it } from "vitest";
import type { FactsDocument } from "../../../src/core/facts/schema.js";
import { extract } from "./helpers.js";

/**
 * An unnamed speaker the text gives as "X, Y", Y a second description in apposition (ANNOTATION.md
 * rule 11 d, session 66): the speaker is spelled as the text gives it, both descriptions, which every
 * gold following the rule lists. A named speaker keeps the name; an apposition whose noun is no
 * person's describes the thing before it. Sentences written for these tests.
 */

const said = (doc: FactsDocument, words: string) =>
  doc.quotes.filter((q) => q.text.includes(words)).map((q) => q.speaker.name);

describe("an unnamed speaker with a description in apposition (rule 11 d)", () => {
  it("spells a description and its apposition together", () => {
    const doc = extract(
      'ZAKHO, Iraq (Reuters) - The market reopened on Saturday. The owner of the grain store, a retired boatman, said the shells "came over the ridge at dawn".',
    );
    expect(new Set(said(doc, "came over the ridge"))).toEqual(
      new Set(["owner of the grain store, a retired boatman"]),
    );
  });

  it("spells 'One of them' with its apposition, since the partitive alone describes no one", () => {
    const doc = extract(
      'A group of drivers waited at the barrier in the rain. One of them, a baker from Duhok, told us that "nobody has passed since noon".',
    );
    expect(new Set(said(doc, "nobody has passed"))).toEqual(new Set(["One of them, a baker from Duhok"]));
  });

  it("reads 'One, a Y, said' and 'The other, a Y, said' after the two people they pick from", () => {
    const doc = extract(
      "Two clerks at the land registry disputed the figure. One, a surveyor who drew the old maps, said the plots had been moved in 2019. The other, an archivist from Amedi, said the deeds were never signed.",
    );
    expect(said(doc, "plots had been moved")).toEqual(["One, a surveyor who drew the old maps"]);
    expect(said(doc, "deeds were never signed")).toEqual(["The other, an archivist from Amedi"]);
  });

  it("keeps a named speaker's name and leaves an apposition naming a thing to the thing", () => {
    const named = extract(
      'ZAKHO, Iraq (Reuters) - Shops stayed shut. Karwan Hamid, a retired boatman, said the shells "came over the ridge at dawn".',
    );
    expect(new Set(said(named, "came over the ridge"))).toEqual(new Set(["Karwan Hamid"]));
    const thing = extract(
      'BASRA (Reuters) - The pilot of the dredger, a Malta-flagged hopper, said the crew "saw a flash" before the hull shook.',
    );
    expect(new Set(said(thing, "saw a flash"))).toEqual(new Set(["pilot of the dredger"]));
  });
});
