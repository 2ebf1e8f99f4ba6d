import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * A hostel is a business: its letterhead name 'KHABUR HOUSE HOSTEL' is named by the rest of its
 * name too ('the Khabur House team'), as a wedding hall or a car hire firm is, and those words are
 * not the river the name opens with (set 74's first sight, 739 'TIGRIS HOUSE HOSTEL'; issue 10,
 * helper x92). Texts written for these tests.
 */

const TEXT = (closing: string) => `KHABUR HOUSE HOSTEL · HASAKAH
Notice to guests · Monday 1 February 2027

On Saturday night a drone struck a car on the road south of the city. Two men were killed, the police said.

${closing}`;

describe("a hostel named by the rest of its name", () => {
  it("gives 'the Khabur House team' to the hostel, not to the river", () => {
    const doc = extract(TEXT("With our best wishes,\nAmal and the Khabur House team"));
    const hostel = doc.entities.find((e) => e.name === "KHABUR HOUSE HOSTEL");
    expect(hostel?.type).toBe("organization");
    expect(hostel?.aliases).toContain("Khabur House");
    expect(doc.entities.some((e) => e.type === "place" && /^Khabur/.test(e.name))).toBe(false);
  });

  it("keeps the river where the text names it by itself (guard)", () => {
    const doc = extract(TEXT("The road along the Khabur was closed on Sunday, the police said."));
    expect(doc.entities.some((e) => e.type === "place" && /^Khabur/.test(e.name))).toBe(true);
  });
});
