import { describe, expect, it } from "vitest";
import { datesOf, extract, meta } from "./helpers.js";

/**
 * Session 67 (t70): timeline events missed for a date read wrong. Sentences written for these tests.
 */

describe("a dateline on a line of its own", () => {
  const story =
    "MOSUL, Mar 9 (Tigris Agency) –\n\nGunmen killed two farmers in an orchard near Badush on Sunday night, police said. Attacks in the area rose in the first weeks of 2026, according to the provincial council.";

  it("reads the dateline whose dash closes its line, with its year from the story", () => {
    expect(meta(story).publishedAt).toBe("2026-03-09");
    expect(meta(story).source).toBe("Tigris Agency");
  });

  it("resolves the story's weekday against that dateline", () => {
    expect(datesOf(extract(story), /killed two farmers/)).toEqual(["2026-03-08"]);
  });

  it("leaves a shouted heading and a dash alone (no date, no agency) no dateline", () => {
    expect(
      meta("SECURITY ROUNDUP –\n\nGunmen killed two farmers near Badush on 8 March 2026.").dateline,
    ).toBeNull();
  });
});
