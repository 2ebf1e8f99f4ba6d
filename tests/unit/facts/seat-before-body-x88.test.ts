import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * "The Sulaymaniyah Asayish said …": a city written right before the name of a body organised by
 * city names that body's branch there, a spelling of the body (set 72's first sight, 710, issue
 * 10, helper x88; the golds list "Erbil Asayish", "Zakho Asayish", "Halabja Asayish" so).
 * Sentences written for these tests.
 */

const asayish = (text: string) => extract(text).entities.find((e) => e.lexiconId === "org/asayish");

describe("a branch named by its seat before the body", () => {
  it("keeps 'the Duhok Asayish' as a spelling of the Asayish", () => {
    const found = asayish(
      "A grenade was thrown at a shop in Duhok on Tuesday night. The Duhok Asayish said on Wednesday that two men had been detained.",
    );
    expect(found?.aliases).toContain("Duhok Asayish");
  });

  it("adds no spelling for an adjective before the body", () => {
    const found = asayish(
      "A grenade was thrown at a shop in Duhok on Tuesday night. The Kurdish Asayish said on Wednesday that two men had been detained.",
    );
    expect(found?.aliases ?? []).not.toContain("Kurdish Asayish");
  });
});
