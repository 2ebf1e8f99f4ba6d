import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { citedRoles as cited, sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * Recall readings of session 56 (helper r56): sentences that now reach the factor they bear on,
 * on short texts written for these tests (not the fixtures' wording).
 */
const AT = new Date("2026-12-14T12:00:00Z");
const roles = (theme: string, text: string, sentence: number) => {
  const doc = sourceDocument("Report", text, "Reuters", "2026-12-08");
  return cited(assess(themeFixture(theme), [doc], AT), doc.article.id, sentence);
};

describe("isis-badia-insurgency", () => {
  // A lede that names no group: the attack is read from what the armed men did to the vehicle.
  const LEDE = "Travel on the desert roads around Palmyra has grown more dangerous this winter, drivers say.";

  it("cites armed men who attacked a minibus on the road as an attack", () => {
    const text = `${LEDE}\n\nArmed men attacked a minibus on the road between Palmyra and Sukhnah on Tuesday night.`;
    expect(roles("isis-badia-insurgency", text, 1)).toEqual(["driver:attacks-reported"]);
  });

  it("cites a van fired on by gunmen near Palmyra as an attack", () => {
    const text = `${LEDE}\n\nA water company van was fired on by gunmen east of Palmyra on Sunday.`;
    expect(roles("isis-badia-insurgency", text, 1)).toEqual(["driver:attacks-reported"]);
  });

  it("cites a count of combing operations in the Palmyra desert as counter-terrorism", () => {
    const text = `${LEDE}\n\nArmy units have carried out 9 combing operations in the desert east of Palmyra since October.`;
    expect(roles("isis-badia-insurgency", text, 1)).toEqual(["mitigator:counter-terrorism-strikes"]);
  });

  it("leaves a count of combing operations in an Iraqi province uncited", () => {
    const text = `${LEDE}\n\nIraqi units have carried out 9 combing operations in Anbar province since October.`;
    expect(roles("isis-badia-insurgency", text, 1)).toEqual([]);
  });
});

describe("cross-border-smuggling", () => {
  const LEDE =
    "Iraqi border guards clashed with smugglers near Al-Qaim on the Syrian border on Friday, officials said.";

  it("cites arms sold openly in a border town as the weapons flow", () => {
    const text = `${LEDE}\n\nTraders say that rifles and ammunition are now sold openly in Husaybah, officials said.`;
    expect(roles("cross-border-smuggling", text, 1)).toEqual(["driver:weapons-flow"]);
  });

  it("cites arms that move across the border as the weapons flow", () => {
    const text = `${LEDE}\n\nOfficials say weapons, mostly rifles and grenades, also move across the border from Syria into Iraq.`;
    expect(roles("cross-border-smuggling", text, 1)).toEqual(["driver:weapons-flow"]);
  });

  it("leaves arms sold by one state to another uncited", () => {
    const text = `${LEDE}\n\nThe government sold weapons to Iraq under a defence agreement in 2019.`;
    expect(roles("cross-border-smuggling", text, 1)).not.toContain("driver:weapons-flow");
  });
});

describe("coalition-withdrawal", () => {
  const LEDE =
    "The coalition's mission in federal Iraq is due to end next year, officials in Baghdad said on Monday.";

  it("cites a bilateral security partnership of Iraq and the United States as bilateral security ties", () => {
    const text = `${LEDE}\n\nIraq and the United States will keep their bilateral security partnership through joint training, the minister said.`;
    expect(roles("coalition-withdrawal", text, 1)).toEqual(["mitigator:bilateral-security-ties"]);
  });

  it("leaves a business partnership uncited", () => {
    const text = `${LEDE}\n\nTwo Baghdad firms signed a business partnership to build a mall, the minister said.`;
    expect(roles("coalition-withdrawal", text, 1)).toEqual([]);
  });

  it("cites American soldiers counted as still in Iraq as the residual presence", () => {
    const text = `${LEDE}\n\nThere are still about 1,800 American soldiers in Iraq, most of them in Erbil, the minister said.`;
    expect(roles("coalition-withdrawal", text, 1)).toEqual(["mitigator:residual-presence"]);
  });

  it("cites a call to set a date for the departure of the remaining advisers as withdrawal intent", () => {
    const text = `${LEDE}\n\nA senior cleric in Najaf called on the government to set a date for the departure of the remaining advisers.`;
    expect(roles("coalition-withdrawal", text, 1)).toEqual(["driver:withdrawal-intent"]);
  });

  it("leaves a call to set a date for elections uncited", () => {
    const text = `${LEDE}\n\nA senior cleric in Najaf called on the government to set a date for the provincial elections.`;
    expect(roles("coalition-withdrawal", text, 1)).toEqual([]);
  });
});

describe("isis-prison-escape", () => {
  const LEDE =
    "Dozens of ISIS detainees escaped from a prison in Hasakah in northeast Syria on Friday, the SDF said.";

  it("cites Iraqi troops sent to a border crossing as the Iraqi border defences", () => {
    const text = `${LEDE}\n\nThe Iraqi army said two more battalions had been deployed to the Rabia crossing on Saturday as a precaution.`;
    expect(roles("isis-prison-escape", text, 1)).toEqual(["mitigator:iraqi-border-defences"]);
  });

  it("cites guards a camp received from the Asayish as control, not as pressure on the guard force", () => {
    const text = `${LEDE}\n\nThe administration of Roj camp has received 30 additional guards from the Asayish since the escape.`;
    expect(roles("isis-prison-escape", text, 1)).toEqual(["mitigator:sdf-control"]);
  });

  it("leaves Iraqi troops sent to a city parade uncited as border defences", () => {
    const text = `${LEDE}\n\nThe Iraqi army said two more battalions had been deployed to Baghdad for the national day parade.`;
    expect(roles("isis-prison-escape", text, 1)).not.toContain("mitigator:iraqi-border-defences");
  });
});
