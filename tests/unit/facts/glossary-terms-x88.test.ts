import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * An easy-read story's "Hard words" list ("Operations Command: the group of army and police leaders
 * who …") defines words; its terms are no bodies of the story (set 72's first sight, 719, issue
 * 10, helper x88). Texts written for these tests.
 */

const names = (text: string) => extract(text).entities.map((e) => e.name);

const story = (glossary: string[]) =>
  [
    "A bomb went off near a school in Mosul.",
    "The Nineveh Police Command said two men were hurt.",
    "",
    "Words to know",
    "",
    ...glossary,
  ].join("\n");

describe("a glossary's terms", () => {
  it("are no entities", () => {
    const found = names(
      story([
        "Explosive: a thing that can blow up.",
        "Security Directorate: the office that looks after safety in a city.",
        "Injured: when a person is hurt.",
      ]),
    );
    expect(found).not.toContain("Security Directorate");
    expect(found).toContain("Nineveh Police Command");
  });

  it("keeps a body named on a single labelled line", () => {
    const found = names(story(["Security Directorate: the office to call is on 104."]));
    expect(found).toContain("Security Directorate");
  });
});
