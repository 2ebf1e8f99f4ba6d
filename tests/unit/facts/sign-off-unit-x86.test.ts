import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * A body's desk signing a text off on its last line (set 71's first sight, 700, issue 10, helper
 * x86). Texts written for these tests.
 */

const names = (text: string) => extract(text).entities.map((e) => e.name);

describe("a unit on the sign-off line", () => {
  it("is the issuer's desk, no body of the story", () => {
    const found = names(
      [
        "Two lorries carrying cement were hijacked on the road south of Samawah on Friday night.",
        "",
        "Muthanna Police Command said it had found one of the lorries empty near the Saudi border.",
        "",
        "Claims Handling Division, Euphrates Cargo Insurers, Dubai",
      ].join("\n"),
    );
    expect(found).not.toContain("Claims Handling Division");
    expect(found).toContain("Muthanna Police Command");
  });

  it("stays where the unit acts in the story (guard)", () => {
    const found = names(
      [
        "Two lorries carrying cement were hijacked on the road south of Samawah on Friday night.",
        "",
        "The Claims Handling Division, Euphrates Cargo Insurers, said it would pay the owners in full.",
      ].join("\n"),
    );
    expect(found).toContain("Claims Handling Division");
  });
});
