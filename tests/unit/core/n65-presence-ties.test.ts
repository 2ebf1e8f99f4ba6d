import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { sourceDocument, themeFixture } from "../../support/themes.js";

const AT = new Date("2027-03-01T12:00:00Z");
const theme = themeFixture("coalition-withdrawal");
/** The theme assessed over one embassy statement holding the text. */
const assessed = (text: string) =>
  assess(
    theme,
    [
      sourceDocument(
        "Statement on the US military mission in Iraq",
        text,
        "US Embassy Baghdad",
        "2027-02-25",
      ),
    ],
    AT,
  );
const factorOf = (text: string) =>
  assessed(text)
    .factors.filter((f) => f.evidence.length > 0)
    .map((f) => f.id);
/** The factor each sentence of a text is cited under, by its sentence index. */
const citedUnder = (text: string) =>
  new Map(assessed(text).factors.flatMap((f) => f.evidence.map((e) => [e.sentence, f.id] as const)));

describe("a count of troops that remain, a partner trained, and Iraqi-led operations each fall under their own factor", () => {
  it("cites a count of US troops that remain as residual presence, though it names the agreement it follows", () => {
    expect(
      factorOf(
        "About 2,000 US troops remain in Iraq, most of them at Ain al-Asad, under the security arrangement reached with the Government of Iraq last year.",
      ),
    ).toEqual(["residual-presence"]);
  });

  it("cites US training of the Peshmerga and Iraqi forces as a bilateral tie, not as residual presence", () => {
    const cited = citedUnder(
      "About 900 US soldiers remain at Harir, in the Kurdistan Region. The United States goes on advising and equipping the Peshmerga and the Iraqi security forces under bilateral arrangements.",
    );
    expect(cited.get(1)).toBe("bilateral-security-ties");
  });

  it("cites Iraqi forces leading operations, with the coalition in support, as Iraqi capacity", () => {
    expect(
      factorOf(
        "Iraqi security forces have taken the lead in every raid against ISIS cells in Anbar this year, with the coalition offering air cover when asked.",
      ),
    ).toEqual(["iraqi-capacity"]);
  });
});
