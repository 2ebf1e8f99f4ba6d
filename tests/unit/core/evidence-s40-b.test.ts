import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { citedRoles as cited, sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * Session 40, part B, signs on held-out sets 32 and 33 (smuggling and the coalition's withdrawal):
 * weapons seized as a cargo from across the border are weapons moving, not only a seizure; an
 * agreement on the conclusion of the coalition's mission, forces that "shall leave the bases" and a
 * base handed over are the withdrawal; a claim that Iraq's forces can defend the country alone is
 * their capacity, even where it is given as the reason to end the foreign presence; the SDF's
 * guards left unpaid as American funding falls are the SDF losing its backing. A count of smuggling
 * attempts foiled that rises against an earlier count tells that the attempts were made, and the
 * cooperation of citizens thanked by the army is no cooperation between states. The sentences
 * are new wordings of the same kinds.
 */
const AT = new Date("2026-12-10T12:00:00Z");
const roles = (theme: string, text: string, sentence: number, outlet = "Reuters") => {
  const doc = sourceDocument("Report", text, outlet, "2026-12-01");
  return cited(assess(themeFixture(theme), [doc], AT), doc.article.id, sentence);
};

describe("weapons seized as a cargo from across the border", () => {
  it("cites rifles seized coming from Syria as weapons moving", () => {
    const text =
      "Jordanian border guards intercepted a convoy of smugglers near Mafraq on Monday.\n\nSoldiers seized 40 rifles and three machine guns coming from Syria in the same week.";
    expect(roles("cross-border-smuggling", text, 1)).toEqual(["driver:weapons-flow"]);
  });

  it("cites grenades seized that were bound for buyers in Iraq as weapons moving", () => {
    const text =
      "Iraqi border guards stopped two lorries of smugglers near the Al-Qaim crossing with Syria on Sunday.\n\nThe guards seized 60 hand grenades in one of the lorries, bound for buyers in Anbar.";
    expect(roles("cross-border-smuggling", text, 1)).toEqual(["driver:weapons-flow"]);
  });

  it("still cites a seizure of drugs alone as a seizure", () => {
    const text =
      "Jordanian border guards intercepted a convoy of smugglers near Mafraq on Monday.\n\nSoldiers seized 900,000 Captagon pills coming from Syria in the same week.";
    expect(roles("cross-border-smuggling", text, 1)).toEqual(["mitigator:seizures"]);
  });
});

describe("the coalition's withdrawal in the words of an agreement, a law or a handover", () => {
  const text =
    "Iraq and the United States signed an agreement in Baghdad on Monday on the conclusion of the mission of the international coalition in Iraq.\n\nUnder the agreement, all coalition personnel shall leave the bases in Anbar and Erbil by June 2027.\n\nThe Global Coalition has handed over to the Iraqi army all buildings and runways of the Taji base.";

  it("reads an agreement on the conclusion of the mission as the withdrawal, not as continued ties", () => {
    expect(roles("coalition-withdrawal", text, 0)).toEqual(["driver:withdrawal-intent"]);
  });

  it("reads personnel who shall leave the bases as the withdrawal", () => {
    expect(roles("coalition-withdrawal", text, 1)).toEqual(["driver:withdrawal-intent"]);
  });

  it("reads a base handed over by the coalition as the withdrawal", () => {
    expect(roles("coalition-withdrawal", text, 2)).toEqual(["driver:withdrawal-intent"]);
  });

  it("still reads an agreement to keep training as continued ties", () => {
    const ties =
      "Iraq and the United States signed an agreement in Baghdad on Monday on the conclusion of the mission of the international coalition in Iraq.\n\nWashington and Baghdad will sign a memorandum on intelligence sharing and training next month.";
    expect(roles("coalition-withdrawal", ties, 1)).toEqual(["mitigator:bilateral-security-ties"]);
  });
});

describe("Iraq's forces said to be able to defend the country alone", () => {
  it("cites the claim as capacity, though it is the reason given to end the foreign presence", () => {
    const text =
      "The council published a new law on Sunday about the coalition.\n\nWhereas the Iraqi army has defeated Daesh and is now able to defend the country alone, and in order to end the foreign military presence, the law was enacted.";
    expect(roles("coalition-withdrawal", text, 1)).toEqual(["mitigator:iraqi-capacity"]);
  });
});

describe("the SDF's guards left unpaid as American funding falls", () => {
  const text =
    "Coalition advisers left the Hasakah prisons in September.\n\nAn SDF commander told us in October that the guards at its prisons had not been paid for two months since the American funding was reduced.\n\nThe reduction will end stipends for about 1,500 guards at SDF detention facilities holding ISIS members in Hasakah.";

  it("cites unpaid guards and ended stipends as the SDF's exposure, and judges the strain", () => {
    const doc = sourceDocument("Report", text, "Reuters", "2026-12-01");
    const a = assess(themeFixture("coalition-withdrawal"), [doc], AT);
    expect(cited(a, doc.article.id, 1)).toEqual(["driver:sdf-exposure"]);
    expect(cited(a, doc.article.id, 2)).toEqual(["driver:sdf-exposure"]);
    expect(a.judgments.find((j) => j.id === "sdf-detention-strain")?.probability).not.toBeNull();
  });
});

describe("citizens thanked for their cooperation", () => {
  it("is no cooperation between Amman and Damascus, while the officials' meeting is", () => {
    const text =
      "Jordanian border guards clashed with smugglers from Syria near Ruwaished on Monday.\n\nThe army thanked citizens for their cooperation with the security services and urged them to report suspicious movements.\n\nJordanian and Syrian officials met in Amman on Sunday to coordinate against drug smuggling on the border.";
    expect(roles("cross-border-smuggling", text, 1)).toEqual([]);
    expect(roles("cross-border-smuggling", text, 2)).toEqual(["mitigator:cross-border-cooperation"]);
  });
});
