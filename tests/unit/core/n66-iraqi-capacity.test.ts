import { describe, expect, it } from "vitest";
import { factorsBySentence, themeFixture } from "../../support/themes.js";

const AT = new Date("2027-04-01T12:00:00Z");
const theme = themeFixture("coalition-withdrawal");
/** The factor each sentence of a text is cited under, by its sentence index. */
const citedUnder = (text: string, source = "Iraqi News Agency") =>
  factorsBySentence(theme, AT, {
    title: "Iraqi forces and the coalition",
    text,
    outlet: source,
    publishedAt: "2027-03-28",
  });

describe("Iraqi forces that act, or can act, without the coalition's help are Iraqi capacity", () => {
  it("cites Iraqi units that ran every raid with no US air support", () => {
    const cited = citedUnder(
      "Iraqi army officers say their units have carried out every raid on the group in the Makhoul hills since March without US air support.",
    );
    expect(cited.get(0)).toBe("iraqi-capacity");
  });

  it("cites an Iraqi service that can now run raids against ISIS with little US help", () => {
    const cited = citedUnder(
      "US officers say the Counter-Terrorism Service can now plan and carry out raids against ISIS cells in Nineveh with limited US support.",
    );
    expect(cited.get(0)).toBe("iraqi-capacity");
  });

  it("does not cite an Iraqi service said to be unable to run such raids yet", () => {
    const cited = citedUnder(
      "US officers say the Counter-Terrorism Service cannot yet plan and carry out raids against ISIS cells in Nineveh without US support.",
    );
    expect(cited.get(0)).not.toBe("iraqi-capacity");
  });
});
