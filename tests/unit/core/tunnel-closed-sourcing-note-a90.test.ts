import { describe, expect, it } from "vitest";
import { factorsBySentence, themeFixture } from "../../support/themes.js";

/**
 * Set 70's cases 1018 and 1017 (helper a90), on text written for these tests: an escape route
 * found and closed "before they could use it" is an attempt stopped (ANNOTATION.md rule 1), and
 * an outlet that could not check the account it relays tells nothing that happened.
 */
const AT = new Date("2027-04-01T12:00:00Z");
const theme = themeFixture("isis-prison-escape");
const citedUnder = (title: string, text: string, outlet: string) =>
  factorsBySentence(theme, AT, { title, text, outlet, publishedAt: "2027-03-28" });

const DENIAL = "Claims that inmates broke out of Ghuwayran prison in Hasakah are untrue.";

describe("a tunnel found at a prison and closed before it could be used", () => {
  it("is the guard force's control of the site", () => {
    const cited = citedUnder(
      "Statement on Ghuwayran",
      `${DENIAL} Guards at the prison discovered a tunnel dug from the laundry on 3 March and closed it before they could use it.`,
      "Autonomous Administration (statement)",
    );
    expect(cited.get(1)).toBe("sdf-control");
  });

  it("guard: a tunnel found after inmates had crawled through it is no stop", () => {
    const cited = citedUnder(
      "Statement on Ghuwayran",
      `${DENIAL} Guards at the prison discovered a tunnel dug from the laundry on 3 March, but six inmates had crawled through it before anyone noticed.`,
      "Autonomous Administration (statement)",
    );
    expect(cited.get(1)).not.toBe("sdf-control");
  });
});

describe("an outlet's note that it could not verify what it relays", () => {
  it("is no report of the escape", () => {
    const cited = citedUnder(
      "Women escape Roj",
      "Two Dutch women escaped from Roj camp in Hasakah last month, a relative told the broadcaster. The broadcaster could not confirm the relative's account of the escape independently.",
      "Some Broadcaster",
    );
    expect(cited.get(0)).toBe("escape-reported");
    expect(cited.has(1)).toBe(false);
  });

  it("guard: an outlet that confirmed the escape tells it", () => {
    const cited = citedUnder(
      "Women escape Roj",
      "Two Dutch women escaped from Roj camp in Hasakah last month, a relative told the broadcaster. The broadcaster confirmed the escape with two camp staff.",
      "Some Broadcaster",
    );
    expect(cited.get(1)).toBe("escape-reported");
  });
});
