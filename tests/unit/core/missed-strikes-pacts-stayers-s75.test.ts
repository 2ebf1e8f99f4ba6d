import { describe, expect, it } from "vitest";
import { factorsBySentence, themeFixture } from "../../support/themes.js";

const AT = new Date("2027-03-01T12:00:00Z");
const cited = (themeId: string, text: string, outlet: string) =>
  factorsBySentence(themeFixture(themeId), AT, {
    title: "Report",
    text,
    outlet,
    publishedAt: "2027-02-20",
  });

describe("an air strike on the attackers a desert story told of is a counter-terrorism strike", () => {
  it("cites helicopters striking the assailants' vehicles after a raid near Palmyra as a strike", () => {
    const factors = cited(
      "isis-badia-insurgency",
      "A terrorist group raided an army post east of Palmyra on Tuesday night. Units of the 4th Division reached Palmyra on Wednesday. Helicopters then struck the vehicles of the assailants as they fled into the desert.",
      "SANA",
    );
    expect(factors.get(2)).toBe("counter-terrorism-strikes");
  });
});

describe("a coalition contingent told as staying on in Iraq is a residual presence", () => {
  it("cites a count of coalition officers who will remain in Erbil", () => {
    const factors = cited(
      "coalition-withdrawal",
      "Norway will bring home its trainers from Baghdad by the end of the year, the defence ministry told parliament. Six liaison officers will remain in Erbil with the US-led coalition through 2028.",
      "Norwegian Ministry of Defence",
    );
    expect(factors.get(1)).toBe("residual-presence");
  });
});

describe("a state's pact with Iraq to train Iraqi officers is a bilateral security tie", () => {
  it("cites a defence memorandum on training Iraqi cadets at a foreign military academy", () => {
    const factors = cited(
      "coalition-withdrawal",
      "Spain will withdraw its troops serving with the US-led coalition in Iraq by March, the defence ministry said. Madrid and Baghdad will sign a defence memorandum on training Iraqi cadets at the General Military Academy in Zaragoza.",
      "Spanish Ministry of Defence",
    );
    expect(factors.get(1)).toBe("bilateral-security-ties");
  });
});

describe("a barrier told only by what it costs the residents it divides counts for no factor", () => {
  const lede =
    "Iraqi engineers have finished a concrete wall along 30 kilometres of the border west of Rabia, the Border Guards Command said.";

  it("does not cite farmers' complaint that the wall separates them from their fields", () => {
    const factors = cited(
      "border-fortification",
      `${lede} Farmers near Rabia say the new wall has separated them from their fields on the Syrian side.`,
      "Rudaw",
    );
    expect(factors.get(0)).toBe("physical-barrier");
    expect(factors.has(1)).toBe(false);
  });

  it("still cites a wall that cuts smugglers off from their routes", () => {
    const factors = cited(
      "border-fortification",
      `${lede} Officers say the new wall has cut the smugglers off from their old routes through the wadis.`,
      "Rudaw",
    );
    expect(factors.has(1)).toBe(true);
  });
});
