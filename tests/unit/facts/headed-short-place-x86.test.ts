import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * A place's short form, its opening name and its last noun in lower case (set 70's "al-Talila
 * reserve" beside "al-Talila Nature Reserve", issue 10, helper x86). Texts written for these tests.
 */

const places = (text: string) => extract(text).entities.filter((e) => e.type === "place");

describe("a name with the lower-case last noun of a longer place's name", () => {
  it("is that place for short, not a place of its own", () => {
    const found = places(
      [
        "Poachers shot at wardens in Abu Rajash reserve",
        "",
        "Poachers fired on two wardens on Monday inside Abu Rajash Wildlife Reserve, south of Nasiriyah.",
      ].join("\n"),
    );
    const names = found.map((e) => e.name);
    expect(names).not.toContain("Abu Rajash");
    expect(found.find((e) => e.name === "Abu Rajash Wildlife Reserve")?.aliases).toContain(
      "Abu Rajash reserve",
    );
  });

  it("keeps the name with another noun after it as a place of its own (guard)", () => {
    const names = places(
      [
        "Poachers from Abu Rajash village shot at wardens",
        "",
        "Poachers fired on two wardens on Monday inside Abu Rajash Wildlife Reserve, south of Nasiriyah.",
      ].join("\n"),
    ).map((e) => e.name);
    expect(names).toContain("Abu Rajash Wildlife Reserve");
    expect(names).toContain("Abu Rajash");
  });
});
