import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * Helper x91: quantity readings found on blind text (set 73). Sentences written for these tests.
 */

const counts = (text: string) =>
  extract(text, "2027-03-01T00:00:00Z")
    .facts.filter((f) => f.kind === "quantity")
    .map((f) => `${f.value} ${f.unit}`);

describe("one person harmed, named with a possessive determiner", () => {
  it("counts 'shot dead our driver' and 'wounding their guard' as one person each", () => {
    expect(counts("Gunmen stopped the van near Tuz and shot dead our driver, Karim Salih, 51.")).toContain(
      "1 driver",
    );
    expect(counts("A bomb went off outside the depot on Sunday, wounding their guard.")).toContain("1 guard");
  });

  it("leaves a possessive person who was not harmed uncounted", () => {
    expect(counts("Our driver, Karim Salih, said the road was quiet on Sunday.")).not.toContain("1 driver");
  });
});
