import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * Curly double quotes nested inside guillemets (set 70's « ... “patient, but ...”. We were
 * careful ... », helper x85), on text written for these tests.
 */

const texts = (doc: ReturnType<typeof extract>) =>
  doc.quotes.filter((q) => q.kind === "direct").map((q) => q.text);

describe("« ... “inner words”. More. »", () => {
  it("keeps the guillemet quote whole across the nested close", () => {
    const doc = extract(
      "« The orchard was all he had, » said Samir Haddad, the village mukhtar. « His father told him the land is “slow, but it never lies”. Now the land is mined, and he has nothing. »",
      "2027-06-01",
    );
    expect(texts(doc)).toContain(
      "His father told him the land is “slow, but it never lies”. Now the land is mined, and he has nothing",
    );
  });

  it("guard: a closing curly mark with no guillemet open still ends the quote", () => {
    const doc = extract(
      "“The orchard was all he had,” said Samir Haddad, the village mukhtar. “His father planted it.” Now the land is mined, the council said.",
      "2027-06-01",
    );
    expect(texts(doc).some((t) => t.includes("Now the land is mined"))).toBe(false);
  });
});
