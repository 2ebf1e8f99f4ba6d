import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * "killing the two men inside. One of them, Shiyar Hesso, was …": a full name set off by commas
 * after "one of them" names one of the people the text has just spoken of (set 75's first sight,
 * 744; issue 10, helper x94). Sentences written for these tests.
 */

const persons = (text: string) =>
  extract(text)
    .entities.filter((e) => e.type === "person")
    .map((e) => e.name);

describe("a full name after 'one of them', set off by commas", () => {
  it("reads a person when the plural before names people", () => {
    expect(
      persons(
        "A mortar shell hit a tea house near Tal Tamr, wounding three women. One of them, Nergiz Temo, was taken to hospital.",
      ),
    ).toContain("Nergiz Temo");
  });
  it("reads no person when the plural before names bodies (guard)", () => {
    expect(
      persons(
        "Two factions claimed the shelling near Tal Tamr. One of them, Liwa Kazem, posted a video of the launch.",
      ),
    ).toEqual([]);
  });
});
