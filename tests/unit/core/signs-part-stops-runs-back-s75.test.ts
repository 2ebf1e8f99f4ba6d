import { describe, expect, it } from "vitest";
import { factorsBySentence, themeFixture } from "../../support/themes.js";

const AT = new Date("2027-03-01T12:00:00Z");
const cited = (themeId: string, text: string, outlet: string) =>
  factorsBySentence(themeFixture(themeId), AT, {
    title: "Report from the border",
    text,
    outlet,
    publishedAt: "2027-02-20",
  });

describe("a stop told of only part of what was tried is the pressure (ANNOTATION.md rule 2)", () => {
  const lede =
    "Iraqi border guards have extended the concrete wall by 20 kilometres along the border with Syria near Rutba, the Border Guards Command said.";

  it("reads attempts of which most were turned back as infiltration pressure, not a stop", () => {
    const factors = cited(
      "border-fortification",
      `${lede} Officers at the post said armed men tried to infiltrate from Syria four times in January, and that most of them were turned back by machine-gun fire.`,
      "Rudaw",
    );
    expect(factors.get(1)).toBe("infiltration-pressure");
  });

  it("still reads attempts all turned back as a stop", () => {
    const factors = cited(
      "border-fortification",
      `${lede} Officers at the post said armed men tried to infiltrate from Syria four times in January, and that all of them were turned back by machine-gun fire.`,
      "Rudaw",
    );
    expect(factors.get(1)).toBe("interdictions");
  });
});

describe("a smuggling run turned back at the border is a stop (ANNOTATION.md rule 1)", () => {
  it("cites smugglers driven back across the border under interdictions, not as smuggling networks", () => {
    const factors = cited(
      "border-fortification",
      "The Border Guards Command said on Tuesday that the situation on the western border was calm. A patrol opened fire over the heads of men smuggling cigarettes across the border near Rabia, who were driven back towards the Syrian side.",
      "Iraqi News Agency",
    );
    expect(factors.get(1)).toBe("interdictions");
  });
});

describe("a withdrawal told as what did not change operations is their background", () => {
  it("cites cooperation that goes on after a departure said not to have affected it as a mitigator", () => {
    const factors = cited(
      "coalition-withdrawal",
      "Iraqi forces conducted 40 raids on ISIS hideouts in Diyala in February, the Joint Operations Command said. The command said the withdrawal of coalition troops from Ain al-Asad last year did not weaken its operations, and that cooperation with the coalition continues from Harir.",
      "Iraqi News Agency",
    );
    expect(["residual-presence", "bilateral-security-ties"]).toContain(factors.get(1));
  });
});
