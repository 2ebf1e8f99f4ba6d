import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * "AL-JAZIRA FERRY SERVICE · RAWA CROSSING" on a notice's masthead: a town and a site's noun both
 * in capitals name the site, as "the Rawa crossing" does in a sentence (set 72's first sight, 717,
 * issue 10, helper x88). Texts written for these tests.
 */

const names = (text: string) => extract(text).entities.map((e) => e.name.toLowerCase());

const notice = (masthead: string) =>
  [
    masthead,
    "Notice to travellers · Monday 11 January 2027",
    "",
    "A bomb damaged the gate at the crossing on Saturday night. Crossings will resume on Tuesday, the police in Rawa said.",
  ].join("\n");

describe("a town's site named in capitals on a masthead", () => {
  it("is the site", () => {
    expect(names(notice("ANAH CROSSING · PASSENGER OFFICE"))).toContain("anah crossing");
  });

  it("leaves a town in capitals with no site's noun the town", () => {
    const found = names(notice("ANAH · PASSENGER OFFICE"));
    expect(found.some((n) => n.endsWith("crossing"))).toBe(false);
  });
});
