import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * "AL-JAZIRA FERRY SERVICE" on a notice's masthead and "the owner of Al-Jazira Ferry Service" in its
 * text were read as the broadcaster Al Jazeera and a stray "Ferry Service" (set 72's first sight,
 * 717, issue 10, helper x88): a news outlet's name opening a longer name that ends in a body's or a
 * company's noun is that other body, as a place's name opening one is. Texts written for these tests.
 */

const names = (text: string) => extract(text).entities.map((e) => `${e.type}:${e.name}`);

describe("a firm named like a news outlet", () => {
  it("reads the firm in a sentence, not the outlet", () => {
    const found = names(
      "A bomb damaged two buses in Erbil on Sunday. The manager of Al-Arabiya Bus Company said the depot would reopen on Tuesday.",
    );
    expect(found).toContain("organization:Al-Arabiya Bus Company");
    expect(found.some((n) => n === "organization:Al Arabiya")).toBe(false);
  });

  it("reads the firm on a masthead in capitals", () => {
    const found = names(
      [
        "AL-ARABIYA BUS COMPANY · ERBIL DEPOT",
        "Passenger notice · Monday 4 January 2027",
        "",
        "A bomb damaged two of our buses at the depot on Sunday. The manager of Al-Arabiya Bus Company said the depot would reopen on Tuesday.",
      ].join("\n"),
    );
    expect(found.some((n) => /^organization:Al-Arabiya Bus Company$/i.test(n))).toBe(true);
    expect(found.some((n) => n === "organization:Al Arabiya")).toBe(false);
  });

  it("keeps the outlet when no body's noun closes the name", () => {
    const found = names("A bomb damaged two buses in Erbil on Sunday, Al Arabiya English reported.");
    expect(found).toContain("organization:Al Arabiya");
  });
});
