import { describe, expect, it } from "vitest";
import { factorsBySentence, themeFixture } from "../../support/themes.js";

const AT = new Date("2027-04-01T12:00:00Z");
const theme = themeFixture("coalition-withdrawal");
/** The factor each sentence of a text is cited under, by its sentence index. */
const citedUnder = (text: string) =>
  factorsBySentence(theme, AT, {
    title: "Notice to suppliers",
    text,
    outlet: "Anbar Provincial Council",
    publishedAt: "2027-03-28",
  });

describe("foreign advisers who stay on at an Iraqi base are a residual presence, though not named as the coalition", () => {
  it("cites a handful of foreign advisers who will stay on at the base", () => {
    const cited = citedUnder(
      "Deliveries of fuel to Ain al-Asad air base will stop on 1 May, the council told its suppliers on Monday. A handful of foreign advisers will stay on at the base's northern compound until the autumn.",
    );
    expect(cited.get(1)).toBe("residual-presence");
  });

  it("does not cite foreign advisers said to leave the base", () => {
    const cited = citedUnder(
      "Deliveries of fuel to Ain al-Asad air base will stop on 1 May, the council told its suppliers on Monday. The last foreign advisers will leave the base's northern compound by the autumn.",
    );
    expect(cited.get(1)).not.toBe("residual-presence");
  });
});
