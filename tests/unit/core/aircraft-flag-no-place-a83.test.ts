import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { citedRoles as cited, sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * The country aircraft are named for says nothing of where they struck: "Russian aircraft carried
 * out strikes on ISIS positions east of the town" is read where the sentence before it set the
 * town. Short texts written for this test (held-out set 67's case 985 told it of Al-Sukhnah).
 */

const AT = new Date("2027-02-01T12:00:00Z");
const roles = (text: string, sentence: number) => {
  const doc = sourceDocument("Report", text, "Front Line Daily", "2027-01-20");
  return cited(assess(themeFixture("isis-badia-insurgency"), [doc], AT), doc.article.id, sentence);
};

describe("aircraft named for a country, striking the town the story is in", () => {
  it("are read in the story's desert town", () => {
    expect(
      roles(
        "ISIS cells attacked an army checkpoint at the western gate of Palmyra on 12 January. Russian warplanes then flew several strikes on ISIS positions south of the town.",
        1,
      ),
    ).toContain("mitigator:counter-terrorism-strikes");
  });
  it("but in a town outside the desert when the story is set there", () => {
    expect(
      roles(
        "Gunmen attacked a police checkpoint at the southern gate of Jableh on 12 January. Russian warplanes then flew several strikes on positions south of the town.",
        1,
      ),
    ).not.toContain("mitigator:counter-terrorism-strikes");
  });

  it("and the aircraft's country stays their doer: no actor is borrowed from the sentence before", () => {
    const doc = sourceDocument(
      "Field report",
      "The coalition funds the guards at the Ghwayran prison in Hasakah, local officials said. Iranian drone strikes in March hit two power stations near the town, leaving the prison on generators for a week.",
      "Relief Agency Field Office",
      "2027-01-20",
    );
    const r = cited(assess(themeFixture("coalition-withdrawal"), [doc], AT), doc.article.id, 1);
    expect(r).not.toContain("mitigator:residual-presence");
  });
});
