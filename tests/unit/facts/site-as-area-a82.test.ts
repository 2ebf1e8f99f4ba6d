import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * Set 66 (case 964, issue 9): "no regular force holds the stretch between Al-Bukamal and the
 * Al-Hol area" names a camp only as the head of the ground around it, as "south of Al-Hol" names
 * it only as a bearing: the fact is about that ground, not the site or those held in it. New
 * wordings.
 */

const tagsOf = (text: string) =>
  extract(text, "2027-01-20T09:00:00Z").facts.filter((f) => f.tags?.includes("security-vacuum"));
const atSite = (text: string) => tagsOf(text).some((f) => f.tags?.includes("detention-facility"));

describe("a camp named as the area around it", () => {
  it("does not read 'the <camp> area' as the detention site", () => {
    const text =
      "Beyond the fence, no regular force holds the ground between Al-Shaddadi and the Roj area, and tribal gunmen move freely there.";
    expect(tagsOf(text).length).toBeGreaterThan(0);
    expect(atSite(text)).toBe(false);
  });

  it("still reads the camp named as a site, or its camp area, as the detention site (guard)", () => {
    for (const text of [
      "Beyond the fence, no regular force holds the ground between Al-Shaddadi and Roj camp, and tribal gunmen move freely there.",
      "Beyond the fence, no regular force holds the ground between Al-Shaddadi and the Roj camp area, and tribal gunmen move freely there.",
    ])
      expect(atSite(text), text).toBe(true);
  });
});
