import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * "Shiyar Ali, general manager of Nergiz Supermarkets": a chain named by its trade's plural is a
 * company, as "… Holdings" or "… Airways" is (set 72's first sight, 718, issue 10, helper x88,
 * where the company went unnamed). Sentences written for these tests.
 */

const names = (text: string) => extract(text).entities.map((e) => `${e.type}:${e.name}`);

describe("a supermarket chain's name", () => {
  it("is a company", () => {
    const found = names(
      "A device exploded at a shop in Duhok on Monday. “We will reopen next week,” said Rozhin Tahir, the owner of Gulan Supermarkets.",
    );
    expect(found).toContain("organization:Gulan Supermarkets");
  });

  it("leaves the plural common noun opening a sentence no name", () => {
    const found = names(
      "A device exploded at a shop in Duhok on Monday. Supermarkets in Duhok closed early.",
    );
    expect(found.some((n) => /Supermarkets/.test(n))).toBe(false);
  });
});
