import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { bodyInProse } from "../../../src/core/themes/conflicts.js";
import { sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * An outlet's label may end with the register of the text in brackets ("Nineveh Governorate Office
 * (statement)"): the line that has the body correct a figure names the body, not its register.
 * An acronym in brackets is part of the name. Real extractor output of short texts.
 */

describe("a body's label in the analytic line", () => {
  it("drops the register in brackets and keeps an acronym", () => {
    expect(bodyInProse("Nineveh Governorate Office (statement)")).toBe("the Nineveh Governorate Office");
    expect(bodyInProse("Kurdistan Region Security Council (written answer)")).toBe(
      "the Kurdistan Region Security Council",
    );
    expect(bodyInProse("Syrian Observatory for Human Rights (SOHR)")).toBe(
      "Syrian Observatory for Human Rights (SOHR)",
    );
    expect(bodyInProse("Nineveh Governorate Office")).toBe("the Nineveh Governorate Office");
  });

  it("names the correcting body without '(statement)' in a conflict box's line", () => {
    const AT = new Date("2027-02-20T12:00:00Z");
    const wire = sourceDocument(
      "Convoy leaves Roj camp",
      "A convoy carrying 640 Iraqis left Roj camp on 9 February for the Jeddah 1 rehabilitation centre near Mosul, Rudaw reported.",
      "Rudaw",
      "2027-02-09",
    );
    const office = sourceDocument(
      "Families received from Roj",
      "The office received 410 people in 97 families from Roj camp on 9 February, not 640 as some outlets reported.",
      "Nineveh Governorate Office (statement)",
      "2027-02-11",
    );
    const a = assess(themeFixture("isis-prison-escape"), [wire, office], AT);
    const box = a.conflicts.find((c) => c.claims.some((x) => x.value === 410));
    expect(box?.analysis).toContain("the later correction by the Nineveh Governorate Office, which");
    expect(box?.analysis).not.toContain("(statement)");
  });
});
