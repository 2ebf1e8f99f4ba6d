import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * Session x82: an inverted tag whose kinship noun is named right after it ("…, said his cousin,
 * Ashur Kasha, who …") is said by the person it names. Sentences written for these tests.
 */

const speakerOf = (text: string, start: string) =>
  extract(text).quotes.find((q) => q.text.startsWith(start))?.speaker.name;

describe("'…, said his cousin, NAME, who …'", () => {
  it("gives the quote to the cousin the appositive names", () => {
    const text =
      "Published Sunday 27 December 2026\n\nAdnan Kasha, 52, was driving home from the market when gunmen opened fire, said his cousin, Ashur Kasha, who has lived in Detroit since 2011.";
    expect(speakerOf(text, "Adnan Kasha, 52")).toBe("Ashur Kasha");
  });

  it("guard: a kin noun with no name after it stays the description", () => {
    const text =
      "Published Sunday 27 December 2026\n\nAdnan Kasha, 52, was driving home from the market when gunmen opened fire, said his cousin, who has lived in Detroit since 2011.";
    expect(speakerOf(text, "Adnan Kasha, 52")).toBe("his cousin");
  });
});
