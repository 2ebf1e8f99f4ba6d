import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/core/facts/extract-facts.js";

/**
 * People a state "returned" to a rehabilitation or reception centre were sent home from the camps:
 * a return (held-out set 69's case 1004: "Iraq returned 612 residents to the Jeddah-1 rehabilitation
 * centre near Mosul in December"). Other wordings of the class; things returned, or people returned
 * anywhere else, are not.
 */

const returns = (text: string) =>
  extractFacts({ id: "x", title: "t", text, publishedAt: "2027-03-04", source: "X" }).facts.filter(
    (f) => f.kind === "event" && f.tags?.includes("repatriation"),
  );

describe("people returned to a rehabilitation or reception centre", () => {
  it("are a return", () => {
    expect(
      returns("Baghdad returned 418 residents to the Al-Amal reception centre in Anbar in February.").length,
    ).toBeGreaterThan(0);
    expect(
      returns("The ministry has returned some 150 women and children to a rehabilitation centre near Erbil.")
        .length,
    ).toBeGreaterThan(0);
  });
  it("but not goods returned to a centre, nor people returned to their villages", () => {
    expect(returns("The agency returned 300 blankets to the reception centre's store in March.")).toEqual([]);
    expect(
      returns("The army returned 40 residents to their villages near Sinjar after the clearance."),
    ).toEqual([]);
  });
});
