import { describe, expect, it } from "vitest";
import { dated, extract } from "./helpers.js";

/** Session 67 (y79): a wound told as what hit the victim. Sentences written for these tests. */

const rows = (text: string) =>
  dated(extract(text, "2026-03-10T00:00:00Z")).map((f) => `${f.text} (${f.date?.value})`);

describe("'X was hit by shrapnel when …' as the wounding", () => {
  it("keeps the wounded reporter in the event of 'was hit by shrapnel when a grenade was thrown'", () => {
    expect(
      rows(
        "Reporter Samir Daoud was hit by shrapnel when a grenade was thrown into a shop in Jisr al-Shughur on 3 March.",
      ),
    ).toContainEqual(
      expect.stringMatching(
        /^Reporter Samir Daoud was hit by shrapnel when a grenade was thrown.* \(2026-03-03\)$/,
      ),
    );
  });

  it("leaves a bystander who only ran out of the grenade's event (guard)", () => {
    expect(
      rows(
        "Reporter Samir Daoud ran outside when a grenade was thrown into a shop in Jisr al-Shughur on 3 March.",
      ),
    ).toContainEqual(expect.stringMatching(/^a grenade was thrown into a shop.* \(2026-03-03\)$/));
  });
});
