import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * Session 77 (helper x95): one person counted by the noun the text gives them, whatever role it
 * names, when what befell them befalls only persons. Sentences written for these tests.
 */

const counts = (text: string) =>
  extract(text, "2026-06-10")
    .facts.filter((f) => f.kind === "quantity")
    .map((f) => `${f.value} ${f.unit}`);

describe("a singular noun killed, wounded or held is one person", () => {
  it("counts a role no list names, as the subject of a harm", () => {
    expect(counts("The bomb went off outside the bakery. Its cashier was wounded in the arm.")).toContain(
      "1 cashier",
    );
  });

  it("counts a role as the object of a harm", () => {
    expect(counts("Gunmen stormed the farm near Tuz, killing the caretaker.")).toContain("1 caretaker");
  });

  it("counts 'one' before a singular noun as its article", () => {
    expect(counts("Two drivers were killed and one mechanic was injured at the depot.")).toContain(
      "1 mechanic",
    );
    expect(counts("Border police arrested one courier near Trebil.")).toContain("1 courier");
  });

  it("does not count a thing hit or damaged, a noun inside another phrase, or a count", () => {
    const c = counts(
      "A warehouse was damaged and the roof was hit. Two men from a nearby hamlet were detained. The rockets wounded a fourth.",
    );
    expect(c.some((x) => /warehouse|roof|hamlet|fourth/.test(x))).toBe(false);
  });
});

describe("one taken out of a group and killed, wounded or held", () => {
  it("is one of what the group's noun counts", () => {
    expect(counts("One of our sentries was badly injured when the post came under fire.")).toContain(
      "1 sentries",
    );
    expect(counts("Customs officers detained one of the couriers at the Zurbatiyah gate.")).toContain(
      "1 couriers",
    );
  });

  it("is not a count when the one taken out is a thing, or merely named", () => {
    const c = counts("One of the lorries was damaged. One of the couriers said the road was quiet.");
    expect(c.some((x) => /lorries|couriers/.test(x))).toBe(false);
  });
});
