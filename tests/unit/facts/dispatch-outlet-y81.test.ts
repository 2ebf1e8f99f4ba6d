import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * Session y81: "Dispatch" after a place's name ends a publication's name ("Iraq Dispatch", as
 * "Iraq Times" or "Tigris Radio"), so the place inside it names no place of the story (ANNOTATION.md
 * rule 5). Sentences written for these tests.
 */

const names = (text: string) => extract(text, "2026-03-10T00:00:00Z").entities.map((e) => e.name);

describe("a publication named '<Place> Dispatch'", () => {
  it("reads no Jordan in an outlet named 'Jordan Dispatch'", () => {
    const text =
      "JORDAN DISPATCH\n\nA grenade was thrown at a shop in Mafraq on Sunday, a police officer told Jordan Dispatch.";
    expect(names(text)).not.toContain("Jordan");
    expect(names(text)).toContain("Mafraq");
  });

  it("keeps Jordan as the subject of 'dispatched' (guard)", () => {
    expect(names("Jordan dispatched two battalions to Mafraq on Sunday after a grenade attack.")).toContain(
      "Jordan",
    );
  });
});
