import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { paragraphsDocument, themeFixture } from "../../support/themes.js";

/** A live blog's entries open with their time: the time is when, never how many. */
describe("conflicts: clock times count nothing", () => {
  it("sets a live blog's '25 detainees had escaped' against its 'no detainee had escaped', not the entries' times", () => {
    const blog = paragraphsDocument(
      "LIVE: attack on al-Sina'a prison in Hasakah",
      [
        "Kurdistan24 is following the attack on Al-Sina'a prison in Hasakah as it unfolds.",
        "10:40 A source in the Internal Security Forces said about 25 detainees had escaped through the breached gate during the attack.",
        "11:55 The SDF press office said in a statement that no detainee had escaped from the prison.",
      ],
      "Kurdistan24",
      "2026-12-15",
    );
    const a = assess(themeFixture("isis-prison-escape"), [blog], new Date("2026-12-19T12:00:00Z"));
    const values = a.conflicts.flatMap((c) => c.claims.map((x) => x.value));
    expect(values).not.toContain(40);
    expect(values).not.toContain(55);
    const box = a.conflicts.find((c) => c.claims.some((x) => x.value === 25));
    expect(box?.claims.map((x) => x.value).sort()).toEqual([0, 25]);
    // An account of none is worded as such, never as "the figure of 0".
    expect(box?.analysis).toMatch(/the figure of zero escaped/);
    expect(box?.analysis).not.toMatch(/figure of 0\b/);
  });
});
