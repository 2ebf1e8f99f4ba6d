import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * Session 79 (set 64, case 939): armed men who guard a smuggling trade's sites or loads protect the
 * trade. Other wordings than the fixture's.
 */

const protection = (text: string) =>
  extract(text).facts.filter((f) => f.tags?.includes("smuggling") && f.tags?.includes("extortion"));

describe("armed men guarding a trade's sites", () => {
  it("reads gunmen or militiamen who guard a ring's warehouses or convoys as protecting the trade", () => {
    for (const text of [
      "Gunmen paid by the captagon ring protect its warehouses in the Lajat, residents said.",
      "Militiamen tied to the trafficking network guard the convoys as far as the border berm.",
    ])
      expect(protection(text).length, text).toBeGreaterThan(0);
  });

  it("does not read armed men who guard a wedding, or soldiers who guard a depot, as protecting a trade", () => {
    for (const text of [
      "Armed men guard the wedding hall near the border villages every Friday.",
      "Soldiers guard the fuel depots near the border, where smuggling was reported last year.",
    ])
      expect(protection(text), text).toEqual([]);
  });
});
