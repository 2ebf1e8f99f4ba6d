import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { citedRoles as cited, sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * Recall readings of session 58 (helper r58): sentences that now reach the factor they bear on,
 * on short texts written for these tests (not the fixtures' wording).
 */
const AT = new Date("2026-12-14T12:00:00Z");
const roles = (theme: string, text: string, sentence: number, outlet = "Reuters") => {
  const doc = sourceDocument("Report", text, outlet, "2026-12-08");
  return cited(assess(themeFixture(theme), [doc], AT), doc.article.id, sentence);
};

describe("isis-badia-insurgency", () => {
  const LEDE = "Travel on the desert roads around Palmyra has grown more dangerous this winter, drivers say.";

  it("cites jihadists who killed workers east of Palmyra as an attack", () => {
    const text = `${LEDE}\n\nJihadists killed four workers at a gravel pit east of Palmyra on Monday, a monitor said.`;
    expect(roles("isis-badia-insurgency", text, 1)).toEqual(["driver:attacks-reported"]);
  });

  it("cites such an attack though the sentence also names an assault on a herders' camp", () => {
    const text = `${LEDE}\n\nJihadists killed four workers at a gravel pit east of Palmyra on Monday.\n\nThe attack followed an assault on a herders' camp near the town last week.`;
    expect(roles("isis-badia-insurgency", text, 1)).toEqual(["driver:attacks-reported"]);
  });

  it("leaves militants killed in a strike east of Palmyra no attack of theirs", () => {
    const text = `${LEDE}\n\nFour militants killed in a strike east of Palmyra were buried on Monday.`;
    expect(roles("isis-badia-insurgency", text, 1)).not.toContain("driver:attacks-reported");
  });
});

describe("border-fortification", () => {
  const LEDE =
    "The Iraqi Border Guard said on Sunday it had reinforced its posts near Al-Qaim on the Syrian border.";

  it("cites men caught coming over from the Syrian side as an interdiction", () => {
    const text = `${LEDE}\n\nAn officer said his men caught seven men coming over from the Syrian side near Al-Qaim last week.`;
    expect(roles("border-fortification", text, 1)).toEqual(["mitigator:interdictions"]);
  });

  it("leaves an arrest set in a named town of the neighbour out of the story's setting", () => {
    const text = `${LEDE}\n\nGuards arrested 31 people in Albukamal in Syria last month, most of them Syrians.`;
    expect(roles("border-fortification", text, 1)).not.toContain("mitigator:interdictions");
  });

  it("cites people stopped as they tried to cross near Al-Qaim as an interdiction", () => {
    const text = `${LEDE}\n\nIn November the Border Guard stopped 230 people who tried to cross near Al-Qaim.`;
    expect(roles("border-fortification", text, 1)).toEqual(["mitigator:interdictions"]);
  });

  it("cites an arrest told with the crossers' nationality in the setting of the story", () => {
    const text = `${LEDE}\n\nGuards arrested 31 people trying to cross illegally last month, most of them Syrians.`;
    expect(roles("border-fortification", text, 1)).toEqual(["mitigator:interdictions"]);
  });
});

describe("coalition-withdrawal", () => {
  const LEDE = "Iraqi factions renewed their pressure on Baghdad over the US presence in Iraq on Friday.";

  it("cites Washington's word that it will bring most of its forces home", () => {
    // A sentence of US troops at their bases grounds the story in a security actor.
    const text = `${LEDE}\n\nUS troops are stationed at two bases in Iraq, officials said.\n\nWashington has said it will bring most of its forces home next year.`;
    expect(roles("coalition-withdrawal", text, 2)).toEqual(["driver:withdrawal-intent"]);
  });

  it("cites the coalition keeping an air base in Erbil open as a residual presence", () => {
    const text = `${LEDE}\n\nThe US-led coalition will keep its air base in Erbil open into next year, an official said.`;
    expect(roles("coalition-withdrawal", text, 1)).toEqual(["mitigator:residual-presence"]);
  });

  it("cites a demand for the departure of every American soldier from Iraq", () => {
    const text = `${LEDE}\n\nThe bloc demands the departure of every American soldier from Iraq before the summer.`;
    expect(roles("coalition-withdrawal", text, 1)).toEqual(["driver:withdrawal-intent"]);
  });
});

describe("isis-prison-escape", () => {
  const LEDE =
    "A guard at the prison in Al-Shaddadi described to investigators on Friday how ISIS detainees broke out of the prison.";

  it("cites gunmen who fired on the main gate, in a story about the prison, as an attack on it", () => {
    const text = `${LEDE}\n\nHe said eleven detainees climbed over the prison wall during the night.\n\nHe said gunmen fired on the main gate from two pickups at the same time.`;
    expect(roles("isis-prison-escape", text, 2)).toEqual(["driver:prison-attacks"]);
  });

  it("leaves guards sent to fighting elsewhere, in the same story, no attack on the prison", () => {
    const text = `${LEDE}\n\nHe said eleven detainees climbed over the prison wall during the night.\n\nHe said half of the prison's guards had been sent to the fighting near the dam.`;
    expect(roles("isis-prison-escape", text, 2)).not.toContain("driver:prison-attacks");
  });

  it("cites guards killed, in a story about the prison, as an attack on it", () => {
    const text = `${LEDE}\n\nHe said eleven detainees climbed over the prison wall during the night.\n\nTwo guards were killed, according to the relatives, and their bodies were taken to the hospital.`;
    expect(roles("isis-prison-escape", text, 2)).toContain("driver:prison-attacks");
  });

  it("cites coalition aircraft that used to fly over the prison, not seen since, as the coalition drawing down", () => {
    const text = `${LEDE}\n\nHe said coalition aircraft used to fly over the prison at night but that he had not seen them since August.`;
    expect(roles("isis-prison-escape", text, 1)).toEqual(["driver:coalition-drawdown"]);
  });

  it("leaves coalition aircraft told not flying one night no drawdown", () => {
    const text = `${LEDE}\n\nHe said coalition aircraft did not fly over the prison that night.`;
    expect(roles("isis-prison-escape", text, 1)).not.toContain("driver:coalition-drawdown");
  });

  it("cites the Americans who pulled their helicopters back as the coalition drawing down", () => {
    const text = `${LEDE}\n\nSince the Americans pulled the helicopters back to the airport in October, nobody comes at night, he said.`;
    expect(roles("isis-prison-escape", text, 1)).toEqual(["driver:coalition-drawdown"]);
  });
});
