import { describe, expect, it } from "vitest";
import { claimsOf } from "../../../src/core/themes/conflicts-claims.js";
import { collectReports } from "../../../src/core/themes/reports.js";
import { conflictsOf, paragraphsDocument } from "../../support/themes.js";

/**
 * Helper a79: those who tried to get through the fence or wall of a camp or prison and were caught
 * made no escape: they are the party that tried, set against another account's count of those
 * who got out. Short texts written for these tests.
 */

const AT = new Date("2026-11-20T12:00:00Z");
const claims = (text: string) =>
  claimsOf(collectReports([paragraphsDocument("Story", [text], "Asayish", "2026-11-12")])).map((f) => [
    f.kind,
    f.value,
  ]);

describe("a failed attempt at the fence", () => {
  it("reads those who tried to cut through the fence and were caught as a party that tried, not an escape", () => {
    expect(
      claims(
        "On Saturday night three men tried to cut through the fence of Roj camp and were stopped by the guards at the gate.",
      ),
    ).toEqual([["party:escaped", 3]]);
  });

  it("still reads those who cut through the fence as escaped", () => {
    expect(claims("On Saturday night three men cut through the fence of Roj camp and disappeared.")).toEqual([
      ["escaped", 3],
    ]);
  });

  it("sets the party that tried against another account's count of those who got out", () => {
    const docs = [
      paragraphsDocument(
        "Escape from Roj",
        ["Some 40 detainees escaped from Roj camp on Saturday night, a source in the camp told the channel."],
        "Channel",
        "2026-11-10",
      ),
      paragraphsDocument(
        "Camp statement",
        [
          "On Saturday night three men tried to cut through the fence of Roj camp and were stopped by the guards at the gate.",
        ],
        "Asayish",
        "2026-11-11",
      ),
    ];
    const box = conflictsOf(docs, AT).find(
      (c) =>
        c.kind === "figures" && c.claims.some((x) => x.value === 3) && c.claims.some((x) => x.value === 40),
    );
    expect(box).toBeDefined();
  });
});
