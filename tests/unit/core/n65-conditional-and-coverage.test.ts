import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { sourceDocument, themeFixture } from "../../support/themes.js";

const AT = new Date("2027-03-01T12:00:00Z");
const cited = (themeId: string, outlet: string, text: string) => {
  const d = sourceDocument("Briefing note", text, outlet, "2027-02-25");
  const a = assess(themeFixture(themeId), [d], AT);
  return a.factors.filter((f) => f.evidence.length > 0).map((f) => f.id);
};

describe("a warning of what an escape would bring is no escape, and an outlet's coverage plan no withdrawal intent", () => {
  it("does not cite 'an escape would endanger ...' as an escape", () => {
    expect(
      cited(
        "isis-prison-escape",
        "Rudaw",
        "Officials in Duhok cautioned that, with the Ghwayran prison so close, an escape would endanger Nineveh and the whole of northern Iraq.",
      ),
    ).not.toContain("escape-reported");
  });

  it("still cites a warning that detainees could escape the prison", () => {
    expect(
      cited(
        "isis-prison-escape",
        "Rudaw",
        "Officials in Duhok cautioned that ISIS detainees could escape from the Ghwayran prison if the guards are cut further.",
      ),
    ).toContain("escape-reported");
  });

  it("does not cite a monitor's promise to keep following the US pullout as withdrawal intent", () => {
    const d = sourceDocument(
      "Briefing note",
      "US forces finished pulling out of two bases in Deir ez-Zor this month. The Monitor will continue to monitor the security fallout of the US drawdown over the coming months.",
      "Iraq Security Monitor",
      "2027-02-25",
    );
    const a = assess(themeFixture("coalition-withdrawal"), [d], AT);
    const sentences = a.factors.flatMap((f) => f.evidence.map((e) => e.sentence));
    expect(sentences).toContain(0);
    expect(sentences).not.toContain(1);
  });
});
