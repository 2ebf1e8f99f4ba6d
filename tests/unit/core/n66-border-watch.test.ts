import { describe, expect, it } from "vitest";
import { factorsBySentence, themeFixture } from "../../support/themes.js";

const AT = new Date("2027-04-01T12:00:00Z");
const theme = themeFixture("cross-border-smuggling");
/** The factor each sentence of a text is cited under, by its sentence index. */
const citedUnder = (text: string, source: string) =>
  factorsBySentence(theme, AT, {
    title: "Smuggling at the border",
    text,
    outlet: source,
    publishedAt: "2027-03-28",
  });

describe("cameras and scanners put at a crossing or a border sector are a barrier to smuggling", () => {
  it("cites new scanners at a crossing into Jordan, told without saying whence the lorries come", () => {
    const cited = citedUnder(
      "Jordanian customs seized 40,000 Captagon pills hidden in a lorry of tomatoes at the Jaber crossing on Monday, the customs department said. The official said the crossing was now fitted with new X-ray scanners that can check a lorry in under three minutes.",
      "Jordan Customs Department",
    );
    expect(cited.get(1)).toBe("border-barrier");
  });

  it("cites thermal cameras put up in a border sector, told by a court that jailed bribed officers", () => {
    const cited = citedUnder(
      "A court in Ramadi jailed four Border Forces officers on Sunday for taking bribes from smugglers near Al-Qaim. The judges noted that the thermal cameras put up in the sector in May would have caught the lorries had they been working earlier.",
      "Iraqi Supreme Judicial Council",
    );
    expect(cited.get(1)).toBe("border-barrier");
  });

  it("does not cite cameras put up at a prison as a barrier to smuggling across the border", () => {
    const cited = citedUnder(
      "Iraqi police arrested three smugglers of Captagon near the border with Syria on Monday. New cameras were installed at the prison in Ramadi where the smugglers are held.",
      "Iraqi News Agency",
    );
    expect(cited.get(1)).not.toBe("border-barrier");
  });
});
