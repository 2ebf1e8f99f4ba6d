import { describe, expect, it } from "vitest";
import { entityNamed, extract } from "./helpers.js";

/** A paper's column or section label is no body of the story (set 69's first sight, helper x84), on text written for these tests. */

describe("a section label under the masthead names no organization", () => {
  it("drops a column's name alone under the masthead and the dated issue line", () => {
    const doc = extract(
      "THE KHABUR COURIER\nSyriac Parish Monthly · Stockholm · Friday, March 5, 2027\nDiaspora News\n\nGunmen set fire to a shop in Qamishli on Tuesday. The Asayish said two men were arrested.",
      "2027-03-05",
    );
    expect(entityNamed(doc, "Diaspora News")).toBeUndefined();
    expect(entityNamed(doc, "Qamishli")).toBeDefined();
  });

  it("drops a section named on the masthead line after the publication's capitals", () => {
    const doc = extract(
      "FRETBOARD · Stage & Screen · News\nBasra concert called off after threat\n\nThe Shatt Players cancelled a concert in Basra on Friday after a threat, the Basra Police Command said.",
      "2027-03-05",
    );
    expect(entityNamed(doc, "Stage & Screen")).toBeUndefined();
    expect(entityNamed(doc, "Basra Police Command")).toBeDefined();
  });

  it("guard: a letterhead's body after the ministry's capitals stays", () => {
    const doc = extract(
      "MINISTRY OF INTERIOR · Border Guard Forces Command\n\nThe Border Guard Forces Command said its men stopped a truck near Rabia on Monday.",
      "2027-03-05",
    );
    expect(entityNamed(doc, "Border Guard Forces Command")).toBeDefined();
  });

  it("guard: a body the text names in its story keeps its mention under the masthead", () => {
    const doc = extract(
      "THE KHABUR COURIER\nSyriac Parish Monthly · Stockholm · Friday, March 5, 2027\nHasakah Relief Committee\n\nThe Hasakah Relief Committee said on Tuesday that it had sent blankets to Tal Tamr.",
      "2027-03-05",
    );
    expect(entityNamed(doc, "Hasakah Relief Committee")).toBeDefined();
  });
});
