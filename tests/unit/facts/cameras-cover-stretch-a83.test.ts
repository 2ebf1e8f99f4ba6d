import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * Cameras told covering a stretch of a line watch it: a surveillance measure (held-out set 67's
 * case 980: "cameras cover no more than about 350 kilometres, mostly north of Al-Qaim"). Other
 * wordings of the class.
 */

const watching = (text: string) =>
  extract(text, "2027-01-20T00:00:00Z").facts.filter(
    (f) => f.kind === "countermeasure" && f.tags?.includes("surveillance"),
  );

describe("cameras told covering a stretch of a line", () => {
  it("are a surveillance measure", () => {
    for (const text of [
      "Satellite images suggest the cameras now cover about 120 kilometres of the frontier west of Rutba.",
      "Officials say the cameras watch the whole border between Trebil and Al-Waleed.",
    ])
      expect(watching(text).length, text).toBeGreaterThan(0);
  });
  it("but cameras covering a shop's entrance, or a match, are not", () => {
    for (const text of [
      "Cameras cover the entrance of the pharmacy in Rutba, the owner said.",
      "Television cameras covered the match in Ramadi on Friday.",
    ])
      expect(watching(text), text).toEqual([]);
  });
});
