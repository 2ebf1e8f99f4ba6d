import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { citedRoles as cited, sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * Recall readings of session 55 (helper "rec"): sentences that now reach the factor they bear on,
 * on short texts written for these tests (not the fixtures' wording).
 */
const AT = new Date("2026-12-14T12:00:00Z");
const roles = (theme: string, text: string, sentence: number) => {
  const doc = sourceDocument("Report", text, "Reuters", "2026-12-08");
  return cited(assess(themeFixture(theme), [doc], AT), doc.article.id, sentence);
};

describe("isis-prison-escape", () => {
  const LEDE =
    "Eleven women held in Al-Hol camp in northeast Syria slipped out of the camp on Thursday night, camp officials said.";

  it("cites people returned to the camp after the guards stopped them as control, not a repatriation (rule 10)", () => {
    const text = `${LEDE}\n\nAll eleven were returned to the camp by morning after Asayish guards stopped their minibus on the road to Shaddadi.`;
    expect(roles("isis-prison-escape", text, 1)).toEqual(["mitigator:sdf-control"]);
  });

  it("cites camp guards cut from one figure to another since a month, for the front, as pressure on the guard force", () => {
    const text = `${LEDE}\n\nThe camp's guards have been cut from about 600 to 350 since August, when Asayish units were sent to the front near Manbij, an aid worker said.`;
    expect(roles("isis-prison-escape", text, 1)).toEqual(["driver:sdf-under-pressure"]);
  });

  it("cites cameras the coalition installed around a camp as coalition support", () => {
    const text = `${LEDE}\n\nThe administration thanked the International Coalition for the floodlights and cameras it has installed along the fence of Al-Hol camp.`;
    expect(roles("isis-prison-escape", text, 1)).toEqual(["mitigator:coalition-support"]);
  });
});

describe("coalition-withdrawal", () => {
  const LEDE =
    "About 2,000 US troops remain at Ain al-Asad air base in western Iraq, the coalition said on Monday.";

  it("cites a pact of the coalition with the Peshmerga as bilateral security ties", () => {
    const text = `${LEDE}\n\nThe coalition and the Peshmerga signed a three-year memorandum of understanding on training in Erbil on Sunday.`;
    expect(roles("coalition-withdrawal", text, 1)).toEqual(["mitigator:bilateral-security-ties"]);
  });

  it("cites an intelligence-sharing arrangement renewed by Baghdad and Washington as bilateral security ties", () => {
    const text = `${LEDE}\n\nBaghdad and Washington extended their intelligence-sharing arrangement for two more years in November.`;
    expect(roles("coalition-withdrawal", text, 1)).toEqual(["mitigator:bilateral-security-ties"]);
  });
});

describe("cross-border-smuggling", () => {
  const LEDE =
    "Iraqi border guards seized a truck carrying 200,000 Captagon pills from Syria at the Al-Qaim crossing on Monday.";

  it("cites Iraqi and Syrian officers who share lists of wanted drivers as cross-border cooperation", () => {
    const text = `${LEDE}\n\nIraqi and Syrian customs officers now share the lists of wanted drivers every month, an official said.`;
    expect(roles("cross-border-smuggling", text, 1)).toEqual(["mitigator:cross-border-cooperation"]);
  });

  it("cites a stretch of the Syrian side no force mans as a security vacuum", () => {
    const text = `${LEDE}\n\nOn the Syrian side, no government force has manned the posts along that part of the border since the spring, the sources said.`;
    expect(roles("cross-border-smuggling", text, 1)).toEqual(["driver:security-vacuum"]);
  });
});

describe("isis-badia-insurgency", () => {
  const LEDE = "Residents of villages east of Homs in central Syria describe a tense week.";

  it("cites ISIS gunmen who took over a site as an attack", () => {
    const text = `${LEDE}\n\nVillagers say ISIS gunmen took over the water pumping station near Al-Qaryatayn on Sunday night and held it until dawn.`;
    expect(roles("isis-badia-insurgency", text, 1)).toEqual(["driver:attacks-reported"]);
  });

  it("cites a village whose nearest army unit is far away as a security vacuum", () => {
    const text = `${LEDE}\n\nThe nearest army unit is now at the Palmyra road junction in Syria, thirty kilometres away, villagers said.`;
    expect(roles("isis-badia-insurgency", text, 1)).toEqual(["driver:security-vacuum"]);
  });
});
