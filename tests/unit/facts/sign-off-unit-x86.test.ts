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

  it("is the issuer's team, no place, where the line names the team's seat", () => {
    const found = extract(
      [
        "A delivery rider was robbed at knifepoint in Hayy al-Jamiaa on Thursday evening, police said.",
        "",
        "Riders should avoid the back streets after dark until further notice.",
        "",
        "The Tawsil Rider Care Team, Baghdad",
      ].join("\n"),
    ).entities.map((e) => e.name);
    expect(found).not.toContain("Tawsil Rider Care Team");
  });
});
