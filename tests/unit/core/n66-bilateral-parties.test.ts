import { describe, expect, it } from "vitest";
import { factorsBySentence, themeFixture } from "../../support/themes.js";

const AT = new Date("2027-04-01T12:00:00Z");
const theme = themeFixture("coalition-withdrawal");
/** The factor each sentence of a text is cited under, by its sentence index. */
const citedUnder = (text: string) =>
  factorsBySentence(theme, AT, {
    title: "Text of the defence memorandum",
    text,
    outlet: "Iraqi Ministry of Defence",
    publishedAt: "2027-03-28",
  });

describe("a partnership or cooperation told as bilateral binds the two parties the story's lede names", () => {
  const lede =
    "The ministry published the text of a defence memorandum signed in Baghdad on Sunday between Iraq and the United States. The Iraqi army has led operations against ISIS remnants in Kirkuk since last year. ISIS remnants still attack villages in Diyala.";

  it("cites bilateral defence cooperation the signatories will pursue as a bilateral tie", () => {
    const cited = citedUnder(
      `${lede} Clause one: the signatories will pursue bilateral defence cooperation through officer training and shared intelligence.`,
    );
    expect(cited.get(3)).toBe("bilateral-security-ties");
  });

  it("cites a bilateral security partnership the signatories set up as a bilateral tie", () => {
    const cited = citedUnder(
      `${lede} Clause two: the signatories establish a bilateral security partnership for training and the supply of equipment.`,
    );
    expect(cited.get(3)).toBe("bilateral-security-ties");
  });
});
