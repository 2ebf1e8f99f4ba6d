import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { paragraphsDocument, themeFixture } from "../../support/themes.js";

/**
 * A register's count over a whole month ("received 64 bodies in November, according to its
 * registers") is a tally of many events: never set against one event's toll told in the same
 * report, though both are attributed.
 */

const AT = new Date("2026-12-02T12:00:00Z");
const figures = (docs: ReturnType<typeof paragraphsDocument>[]) =>
  assess(themeFixture("cross-border-smuggling"), docs, AT).conflicts.filter((c) => c.kind === "figures");

describe("a month's tally of a register", () => {
  it("is not set against the toll of one event told in the same report", () => {
    const register = paragraphsDocument(
      "Monthly report of the Forensic Medicine Department, Anbar",
      [
        "The Forensic Medicine Department in Anbar received 64 bodies in November 2026, against 58 in October, according to its registers.",
        "Three bodies of men who died of thirst were brought from the desert near Rutba, where police said they were migrants guided by smugglers from Syria.",
      ],
      "Anbar Health Directorate",
      "2026-12-02",
    );
    const found = figures([register]);
    expect(found.filter((c) => c.claims.some((x) => x.value === 64))).toEqual([]);
  });

  it("still sets two accounts of one day's toll against each other", () => {
    const a = paragraphsDocument(
      "Smugglers killed near Al-Qaim",
      [
        "Border guards killed two smugglers in a clash near Al-Qaim on 21 November, the Border Forces Command said.",
      ],
      "INA",
      "2026-11-21",
    );
    const b = paragraphsDocument(
      "Clash on the border",
      [
        "Five smugglers were killed in a clash with border guards near Al-Qaim on 21 November, a security source said.",
      ],
      "Shafaq News",
      "2026-11-22",
    );
    const values = figures([a, b]).map((c) => c.claims.map((x) => x.value ?? 0).sort((p, q) => p - q));
    expect(values).toContainEqual([2, 5]);
  });
});
