import { describe, expect, it } from "vitest";
import { factorsBySentence, themeFixture } from "../../support/themes.js";

/**
 * Set 70's Egmont brief (helper a90), on text written for these tests: a count of US troops told
 * as being in or at a place is a residual presence, whoever gives the figure; a count of troops
 * to be withdrawn is not.
 */
const AT = new Date("2027-04-01T12:00:00Z");
const theme = themeFixture("coalition-withdrawal");
const citedUnder = (text: string) =>
  factorsBySentence(theme, AT, {
    title: "What remains of the mission",
    text,
    outlet: "Some Institute",
    publishedAt: "2027-03-28",
  });

describe("a count of US troops told in or at a place is a residual presence", () => {
  it("cites the quoted figure, the writer's ceiling and the relocation", () => {
    const cited = citedUnder(
      "Officials in Washington still talk of roughly 3,000 American soldiers in Iraq. The think tank's tally of announced deployments puts the figure at no more than 1,800, most of them at Ain al-Asad. Washington said it will relocate the last trainers to Qatar and Jordan by mid-2028.",
    );
    expect(cited.get(0)).toBe("residual-presence");
    expect(cited.get(1)).toBe("residual-presence");
    expect(cited.get(2)).toBe("withdrawal-intent");
  });

  it("guard: troops in Iraq that the Pentagon plans to withdraw are no presence kept", () => {
    const cited = citedUnder(
      "The Pentagon plans to withdraw 3,000 American soldiers in Iraq by the summer, officials said on Tuesday.",
    );
    expect(cited.get(0)).not.toBe("residual-presence");
  });

  it("guard: a count told inside a force's cut is the size the cut leaves, no presence kept", () => {
    const cited = citedUnder(
      "The United States has reduced its forces in Syria to fewer than 900 troops, most of them at Al-Tanf, two officials said on Monday.",
    );
    expect(cited.get(0)).toBe("withdrawal-intent");
  });
});
