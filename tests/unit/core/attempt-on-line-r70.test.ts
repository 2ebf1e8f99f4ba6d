import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { citedRoles as cited, sourceDocument, themeFixture } from "../../support/themes.js";
import { extract } from "../facts/helpers.js";

/**
 * An armed group's attempt on Iraq's border line, told with what stopped it, is the border's stop
 * (ANNOTATION.md rule 1); told alone, it is the pressure on the line (rule 2). Short texts written
 * for this test (session 67's held-out sets 18 and 20 told it in other words).
 */

const AT = new Date("2026-12-12T12:00:00Z");
const has = (text: string, kind: string, tags: string[]) =>
  extract(text, "2026-12-09T00:00:00Z").facts.some(
    (f) => f.kind === kind && tags.every((t) => f.tags?.includes(t)),
  );
const roles = (text: string) => {
  const doc = sourceDocument("Command", text, "Iraqi News Agency", "2026-12-02");
  return cited(assess(themeFixture("border-fortification"), [doc], AT), doc.article.id, 0);
};

describe("an armed group's attempt to approach Iraq's border line", () => {
  it("is the stop when the force drove it off or repelled it", () => {
    for (const text of [
      "Border guards in Anbar drove off an attempt by an ISIS cell to approach the fence west of Al-Qaim on Tuesday night.",
      "Soldiers near Rutba repelled an attempt by three gunmen to reach the berm before dawn on Sunday.",
    ])
      expect(roles(text), text).toContain("mitigator:interdictions");
  });
  it("is no pressure when the sentence goes on to tell the men killed before they reached it", () => {
    const text =
      "It was an attempt by three gunmen to reach the berm near Rutba, and all three were killed by border guards before they reached it.";
    expect(roles(text)).not.toContain("driver:infiltration-pressure");
  });
  it("is the pressure when nothing stopped it", () => {
    const text =
      "Officers in Anbar reported an attempt by an ISIS cell to approach the fence west of Al-Qaim on Tuesday night.";
    expect(roles(text)).toContain("driver:infiltration-pressure");
  });
});

describe("an armed group's attempt to approach or reach the border line is an attempt to cross it (infiltration)", () => {
  it("reads an attempt by militants or gunmen to approach, reach or breach the line as infiltration", () => {
    for (const text of [
      "Soldiers drove off an attempt by an ISIS cell to approach the fence south of Rabia.",
      "It was an attempt by three gunmen to reach the berm under cover of the dust storm.",
    ])
      expect(has(text, "threat", ["infiltration"]), text).toBe(true);
  });

  it("does not read an attempt by shepherds to approach the wall, or by gunmen to reach a village, as infiltration", () => {
    for (const text of [
      "Guards turned away an attempt by shepherds to approach the wall with their flocks.",
      "The army stopped an attempt by gunmen to reach the village market.",
    ])
      expect(has(text, "threat", ["infiltration"]), text).toBe(false);
  });
});
