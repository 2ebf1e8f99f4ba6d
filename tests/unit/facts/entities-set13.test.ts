import { describe, expect, it } from "vitest";
import { entityNamed, extract } from "./helpers.js";

/** Entity classes met in charging documents and think-tank transcripts, on made-up text. */

describe("a numbered division of a text", () => {
  it("'Title 18', 'Section 4', 'Article 2' are citations, not places", () => {
    const doc = extract(
      "The act was in violation of Title 18, United States Code, and of Article 2, paragraph 3, of the treaty signed in Basra.",
    );
    expect(entityNamed(doc, "Title 18")).toBeUndefined();
    expect(entityNamed(doc, "Article 2")).toBeUndefined();
    expect(entityNamed(doc, "Basra")).toBeDefined();
  });

  it("a numbered camp keeps its number", () => {
    const doc = extract("Families were moved from Kabarto 1 and Kabarto 2 camps near Duhok.");
    expect(entityNamed(doc, "Kabarto 1")).toBeDefined();
  });
});

describe("places naming a body", () => {
  it("a forum is a body's head like a council", () => {
    const doc = extract("The Zagros Policy Forum held a panel in London on Tuesday.");
    expect(entityNamed(doc, "Zagros Policy Forum")?.type).toBe("organization");
  });

  it("two places joined by a hyphen open the body's name and are no places of the story", () => {
    const doc = extract("The Tigris-Euphrates Policy Forum published the transcript in Amman.");
    expect(entityNamed(doc, "Tigris-Euphrates Policy Forum")?.type).toBe("organization");
    expect(entityNamed(doc, "Tigris")).toBeUndefined();
    expect(entityNamed(doc, "Euphrates")).toBeUndefined();
    expect(entityNamed(doc, "Amman")).toBeDefined();
  });

  it("two joined places before a common noun stay places", () => {
    const doc = extract("Water in the Tigris-Euphrates basin fell again, officials in Baghdad said.");
    expect(entityNamed(doc, "Tigris")).toBeDefined();
    expect(entityNamed(doc, "Euphrates")).toBeDefined();
  });
});
