import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * A one-word name the gazetteer does not know, written once after a locative preposition that
 * closes its phrase ("in Karamles on Monday") and once more after "from" or "to" (a sign-off
 * "With love from Karamles"), is a place, as two locative mentions already made it (set 73's
 * first sight, 722, issue 10, helper x90). Sentences written for these tests.
 */

const places = (text: string) =>
  extract(text)
    .entities.filter((e) => e.type === "place")
    .map((e) => e.name);

describe("a name placed by a locative and by 'from'", () => {
  it("reads 'in Qaraband on Monday' and 'Regards from Qaraband' as a place", () => {
    expect(
      places(
        "A grenade was thrown at the school in Qaraband on Monday night.\n\nRegards from Qaraband,\nthe committee",
      ),
    ).toContain("Qaraband");
  });

  it("leaves one locative mention alone, and a language before a noun, unplaced (guard)", () => {
    expect(places("A grenade was thrown at the school in Qaraband on Monday night.")).not.toContain(
      "Qaraband",
    );
    expect(places("Translated from Sorani. Names are given in Sorani spelling.")).not.toContain("Sorani");
  });
});
