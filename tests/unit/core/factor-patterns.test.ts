import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import type { Assessment } from "../../../src/core/themes/assessment.js";
import { patternFit } from "../../../src/core/themes/relevance.js";
import { collectReports } from "../../../src/core/themes/reports.js";
import { citedRoles as cited, sourceDocument, themeFixture } from "../../support/themes.js";

/** Factor patterns reviewed against held-out misses, on real extraction of short texts. */

const source = (title: string, text: string, outlet: string, publishedAt = "2026-10-04") =>
  sourceDocument(title, text, outlet, publishedAt);
const AT = new Date("2026-10-20T12:00:00Z");

describe("prison theme: what the guards of a camp do, and what gets out of it", () => {
  const theme = themeFixture("isis-prison-escape");
  const weekly = source(
    "Guards at al-Hol camp",
    "Guards at al-Hol camp have been cut by a third since the summer, camp officials told the weekly. The camp's guards foiled four attempts to leave the camp in September, with women and children hiding in water tankers. A smuggler from the town of Al-Hol told the weekly that smugglers still get families out of the camp every month.",
    "Xwebun",
  );
  const a = assess(theme, [weekly], AT);

  it("counts attempts the guards foiled at a camp as the SDF keeping control, with no force named", () => {
    expect(cited(a, weekly.article.id, 1)).toEqual(["mitigator:sdf-control"]);
  });

  it("counts smugglers getting families out of a camp as escapes", () => {
    expect(cited(a, weekly.article.id, 2)).toEqual(["driver:escape-reported"]);
  });

  it("counts a camp's guard force fallen to a figure as pressure on the SDF, not as people leaving the camp", () => {
    const report = source(
      "Roj camp guards",
      "Camp officials said the guard force at Roj camp has fallen to about 300 members, a third fewer than in the spring.",
      "Hawar News Agency",
    );
    const b = assess(theme, [report], AT);
    expect(cited(b, report.article.id, 0)).toEqual(["driver:sdf-under-pressure"]);
  });

  it("counts the camp's guards overstretched by fighting elsewhere as pressure on the SDF, not as its control", () => {
    const statement = source(
      "Asayish statement on Roj camp",
      "The Asayish said on Sunday that the guards at Roj camp were overstretched because units had been sent to the front near Tal Tamr.",
      "Hawar News Agency",
    );
    const b = assess(theme, [statement], AT);
    expect(cited(b, statement.article.id, 0)).toEqual(["driver:sdf-under-pressure"]);
  });

  it("reads the Internal Security Forces (the Asayish) imposing a curfew after a prison attack as the SDF keeping control", () => {
    const monitor = source(
      "Attack on Hasakah prison",
      "ISIS cells attacked al-Sina'a prison in the Ghwayran neighbourhood of Hasakah shortly after midnight on Monday. The Internal Security Forces imposed a curfew on Ghwayran and began house-to-house searches.",
      "Syrian Observatory for Human Rights",
    );
    expect(cited(assess(theme, [monitor], AT), monitor.article.id, 1)).toEqual(["mitigator:sdf-control"]);
  });
});

describe("border theme: watching the wall", () => {
  it("counts drone images of the border wall watched from a room in Al-Qaim as surveillance", () => {
    const tv = source(
      "Minister tours the border wall",
      "The Minister of Interior toured the concrete wall on the border with Syria on Tuesday. The Border Forces opened a new operations room in Al-Qaim, where images from drones flying along the border are watched around the clock.",
      "Al Iraqiya",
    );
    expect(cited(assess(themeFixture("border-fortification"), [tv], AT), tv.article.id, 1)).toEqual([
      "mitigator:surveillance",
    ]);
  });
});

describe("signs: infiltrators who went back across the border were stopped", () => {
  it("counts infiltrators who retreated into Syria after a gunfight as an interdiction, not as pressure", () => {
    const wire = source(
      "Infiltration near Sinjar",
      "Armed infiltrators who crossed from Syria near Sinjar on Tuesday night retreated into Syrian territory after a gunfight with Iraqi border guards.",
      "Rudaw",
    );
    expect(cited(assess(themeFixture("border-fortification"), [wire], AT), wire.article.id, 0)).toEqual([
      "mitigator:interdictions",
    ]);
  });
});

describe("gaps come from the same matching as the evidence", () => {
  it("prints no gap for ISIS cells in the Badia over reporting of cells whose sentences count as attacks", () => {
    const monitor = source(
      "ISIS cells attack in the Badia",
      "ISIS cells ambushed a patrol of government forces near Al-Sukhnah in the Syrian desert at dawn on Friday, killing four soldiers. The cells have been active in the desert south of Palmyra for months, SOHR said.",
      "Syrian Observatory for Human Rights",
    );
    const a = assess(themeFixture("isis-badia-insurgency"), [monitor], AT);
    const cells = a.factors.find((f) => f.id === "cells-active");
    const fits = a.factors.some((f) => f.evidence.length > 0);
    expect(fits).toBe(true);
    expect(cells?.gap).toBeNull();
    // A factor nothing fits still has its gap.
    expect(a.factors.find((f) => f.id === "detainee-reinforcement")?.gap).toMatch(/No reporting/);
  });
});

describe("gaps: a source that tells something did not happen, or asks for it, reports on it", () => {
  const theme = themeFixture("isis-prison-escape");
  const attack =
    "ISIS fighters attacked the Ghwayran prison in Hasakah on Sunday night, and the Syrian Democratic Forces repelled them after two hours, the SDF said.";
  const gapOf = (a: Assessment, id: string) => a.factors.find((f) => f.id === id)?.gap;

  it("prints no gap on repatriations over an appeal to take the camps' nationals back", () => {
    const statement = source(
      "SDF statement on the Ghwayran attack",
      // An appeal alone: "…, as Iraq has done" would tell a repatriation done, and count.
      `${attack}\n\nWe call again on the countries whose citizens we hold in Al-Hol to take them back.`,
      "Syrian Democratic Forces",
    );
    const a = assess(theme, [statement], AT);
    expect(a.factors.find((f) => f.id === "repatriation")?.evidence).toEqual([]);
    expect(gapOf(a, "repatriation")).toBeNull();
  });

  it("still prints the gap when no source speaks of repatriation at all", () => {
    const a = assess(
      theme,
      [source("SDF statement on the Ghwayran attack", attack, "Syrian Democratic Forces")],
      AT,
    );
    expect(gapOf(a, "repatriation")).toMatch(/No reporting/);
  });

  it("prints no gap on infiltration over a statement that none was recorded", () => {
    const cell = source(
      "Security Media Cell on the Nineveh border",
      "Border Forces reinforced their positions along the Nineveh sector of the border with Syria after the alert, the Security Media Cell said.\n\nNo infiltration attempt from the Syrian side has been recorded since the alert was raised, the statement said.",
      "Security Media Cell",
    );
    const a = assess(themeFixture("border-fortification"), [cell], AT);
    expect(a.factors.find((f) => f.id === "infiltration-pressure")?.evidence).toEqual([]);
    expect(gapOf(a, "infiltration-pressure")).toBeNull();
  });
});

/**
 * A notice whose lede welcomes travellers through a crossing fits no factor, so it lends its later
 * sentences no setting as evidence; yet the article is used, and its sentences about infiltrators
 * and smugglers "around the crossing" do report on those factors in the place the lede names.
 */
describe("gaps: a used article's sentences read in the setting its lede gives", () => {
  const notice = source(
    "Notice to travellers for the holiday season",
    [
      "The Border Ports Commission greets the families travelling from Syria for the holiday season and asks them to follow these rules.",
      "Travellers may enter Iraq only through the Al-Qaim crossing, which will stay open day and night from 1 to 15 September.",
      "To protect the travellers, a brigade of the Border Forces has been deployed along the border in the Al-Qaim sector for the season.",
      "Travellers should know that the border beside the crossing is closed by a wall and a trench, and that no one may go near it.",
      "The towers along the wall have thermal cameras, and anyone seen near the wall after dark will be treated as an infiltrator.",
      "The Commission recalls that armed infiltrators tried to cross close to the crossing in July and that the desert outside the crossing is not safe.",
      "Smugglers have offered travellers a way around the crossing for money, and the Commission warns that such routes are used by drug and fuel smugglers.",
    ].join("\n\n"),
    "Iraq Border Ports Commission",
    "2026-08-20",
  );
  const a = assess(themeFixture("border-fortification"), [notice], AT);
  const factor = (id: string) => a.factors.find((f) => f.id === id);

  it("prints no gap on infiltration or smuggling networks the notice tells of around the crossing", () => {
    expect(a.unused).toEqual([]);
    expect(factor("infiltration-pressure")?.gap).toBeNull();
    expect(factor("smuggling-networks")?.gap).toBeNull();
  });

  it("still prints the gap on what no sentence of it tells", () => {
    expect(factor("security-vacuum")?.gap).toMatch(/No reporting/);
  });
});

describe("signposts observed by the evidence cited under their factor", () => {
  const agency = source(
    "Army repels attack near Palmyra",
    "Army units repelled an ISIS attack on a checkpoint east of Palmyra on Friday, a military source said. The Ministry of Defence announced on Monday that three new brigades had been deployed to the central Badia to guard the road between Palmyra and Deir Ezzor.",
    "SANA",
  );
  const a = assess(themeFixture("isis-badia-insurgency"), [agency], AT);

  it("marks 'deployments of new government forces' observed by the sentence counted as new forces", () => {
    const counted = a.factors.find((f) => f.id === "new-forces")?.evidence.map((e) => e.key) ?? [];
    expect(counted.length).toBeGreaterThan(0);
    const signpost = a.signposts.find((s) => s.text.startsWith("Deployments of new government forces"));
    expect(signpost?.observed).toEqual(expect.arrayContaining(counted));
  });

  it("rejects a signpost that names a factor the theme does not define", async () => {
    const { Theme } = await import("../../../src/core/themes/theme.js");
    const raw = JSON.parse(JSON.stringify(themeFixture("isis-badia-insurgency")));
    raw.indicators[0].factors = ["no-such-factor"];
    expect(Theme.safeParse(raw).success).toBe(false);
  });
});

describe("Badia theme: whose withdrawal leaves the desert empty", () => {
  it("does not count the attackers withdrawing with their loot as no regular forces holding the desert", () => {
    const monitor = source(
      "ISIS attack on a desert post",
      "ISIS cells attacked a post of the Syrian army in the desert of Maadan at dawn on Thursday, SOHR said. The attackers held the post for about five hours, and they withdrew with weapons and ammunition before reinforcements arrived from Raqqa.",
      "Syrian Observatory for Human Rights",
    );
    const a = assess(themeFixture("isis-badia-insurgency"), [monitor], AT);
    expect(cited(a, monitor.article.id, 1)).not.toContain("driver:security-vacuum");
  });
});

describe("prison theme: Turkish drone strikes the SDF faces", () => {
  it("counts the SDF facing daily Turkish drone strikes, which stretch the prison guards, as pressure on the SDF", () => {
    const reply = source(
      "AANES reply",
      "The Autonomous Administration said its forces guard the prisons of Hasakah. Our forces are at the same time fighting on the front of the Tishreen Dam and facing daily drone strikes from the Turkish state, which stretches the units that guard the prisons.",
      "AANES",
    );
    const a = assess(themeFixture("isis-prison-escape"), [reply], AT);
    expect(cited(a, reply.article.id, 1)).toEqual(["driver:sdf-under-pressure"]);
  });
});

describe("prison theme: a country's own nationals taken from a camp", () => {
  it("counts 'as Iraq has done with more than 3,000 of its nationals from Al-Hol' as repatriation, not as detainees concentrated", () => {
    const reply = source(
      "AANES reply",
      "The Autonomous Administration said ISIS detainees remain a burden. We call again on the countries whose citizens we hold to take them back, as Iraq has done this year with more than 3,000 of its nationals from Al-Hol camp.",
      "AANES",
    );
    const a = assess(themeFixture("isis-prison-escape"), [reply], AT);
    expect(cited(a, reply.article.id, 1)).toEqual(["mitigator:repatriation"]);
  });
});

describe("signs: what a sentence says happened to a force, not only that the force is named", () => {
  it("counts US troops down from a larger number, and a garrison abandoned, as a withdrawal, not a residual presence", () => {
    const op = source(
      "US presence in Syria shrinks",
      "About 600 US troops now remain in Syria, down from about 1,800 last year, and the garrison at Al-Tanf has been abandoned.",
      "Al-Monitor",
    );
    const a = assess(themeFixture("coalition-withdrawal"), [op], AT);
    expect(cited(a, op.article.id, 0)).toEqual(["driver:withdrawal-intent"]);
  });

  it("still counts US troops that remain, with no fall told, as a residual presence", () => {
    const st = source(
      "CENTCOM on its posture",
      "About 900 US troops remain in Syria, and US forces continue to operate from the Al-Tanf Garrison.",
      "US Central Command",
    );
    const a = assess(themeFixture("coalition-withdrawal"), [st], AT);
    expect(cited(a, st.article.id, 0)).toEqual(["mitigator:residual-presence"]);
  });

  it("counts the coalition's mission in Iraq concluded as a withdrawal, though a few personnel remain", () => {
    const st = source(
      "Coalition mission in Iraq ends",
      "In Iraq, the coalition's military mission concluded in September as agreed with the Government of Iraq, and a few US advisers remain in Erbil under a bilateral arrangement.",
      "US Central Command",
    );
    const a = assess(themeFixture("coalition-withdrawal"), [st], AT);
    expect(cited(a, st.article.id, 0)).toEqual(["driver:withdrawal-intent"]);
  });

  it("counts the SDF pleading for the coalition's air support over its camps to go on as its backing in doubt, not as a presence", () => {
    const wire = source(
      "SDF plea",
      "In Syria, the Syrian Democratic Forces have asked Washington to keep its air support over the camps and prisons they run.",
      "Reuters",
    );
    const a = assess(themeFixture("coalition-withdrawal"), [wire], AT);
    expect(cited(a, wire.article.id, 0)).toEqual(["driver:sdf-exposure"]);
  });

  it("counts the desert left without a permanent army presence as a vacuum, not as new forces", () => {
    const wire = source(
      "Desert left open",
      "Large parts of the desert between Palmyra and Al-Sukhnah have had no permanent army presence since units were redeployed to the coast in the summer.",
      "Agence France-Presse",
    );
    const a = assess(themeFixture("isis-badia-insurgency"), [wire], AT);
    expect(cited(a, wire.article.id, 0)).toEqual(["driver:security-vacuum"]);
  });

  it("does not count drug trafficking named as the topic of an Iraq–Syria memorandum as smuggling reported", () => {
    const wire = source(
      "Iraq and Syria sign memorandum",
      "In September, Iraq and Syria signed a memorandum to share information on drug trafficking, and their border officials met twice at Al-Qaim in October.",
      "Associated Press",
    );
    const a = assess(themeFixture("cross-border-smuggling"), [wire], AT);
    expect(cited(a, wire.article.id, 0)).not.toContain("driver:smuggling-reported");
  });

  it("counts ISIS cells gathering in the desert facing the border, where the wall would not stop them, as pressure, not the wall", () => {
    const minutes = source(
      "Committee hears of border gaps",
      "An MP said that ISIS cells were gathering in the Syrian desert facing Nineveh and that the wall would not stop them if the Syrian side stayed empty.",
      "Shafaq News",
    );
    const a = assess(themeFixture("border-fortification"), [minutes], AT);
    expect(cited(a, minutes.article.id, 0)).toEqual(["driver:infiltration-pressure"]);
  });
});

describe("recall: sites, walls and strained guards told in other words", () => {
  it("counts a camp's distance from the Iraqi border as a concentration of detainees near Iraq", () => {
    const m = source(
      "Escape from Al-Hol",
      "Several women escaped from Al-Hol camp on Sunday, the monitor said. The camp lies about 15 kilometres from the Iraqi border.",
      "Syrian Observatory for Human Rights",
    );
    const a = assess(themeFixture("isis-prison-escape"), [m], AT);
    expect(cited(a, m.article.id, 1)).toEqual(["driver:detainee-concentration"]);
  });

  it("counts a wall Iraqi forces built along the Rabia sector as Iraq's border defences", () => {
    const m = source(
      "Iraq's wall facing the camp",
      "Iraqi forces have completed a concrete wall with thermal cameras along the Rabia and Sinjar sectors, Iraqi officials said.",
      "Syrian Observatory for Human Rights",
    );
    const a = assess(themeFixture("isis-prison-escape"), [m], AT);
    expect(cited(a, m.article.id, 0)).toEqual(["mitigator:iraqi-border-defences"]);
  });

  it("counts the SDF left to guard ISIS prisoners with no air support as the SDF's exposure", () => {
    const op = source(
      "Leaving the SDF alone",
      "The Americans leave behind the SDF, which guards some 8,000 ISIS prisoners and receives almost no air support when Turkish-backed factions attack its lines.",
      "Al-Monitor",
    );
    const a = assess(themeFixture("coalition-withdrawal"), [op], AT);
    expect(cited(a, op.article.id, 0)).toEqual(["driver:sdf-exposure"]);
  });

  it("counts an SDF commander saying his forces could not guard the prisons without the coalition as the SDF's exposure", () => {
    const ngo = source(
      "Field report from Qamishli",
      "An SDF commander in Qamishli said his forces could not guard the prisons and the camps for more than a few weeks without coalition funding, fuel and surveillance.",
      "Norwegian Refugee Council",
    );
    const a = assess(themeFixture("coalition-withdrawal"), [ngo], AT);
    expect(cited(a, ngo.article.id, 0)).toEqual(["driver:sdf-exposure"]);
  });
});

describe("recall: the Badia and the border told in state-media and monitor terms", () => {
  const badia = themeFixture("isis-badia-insurgency");
  const border = themeFixture("border-fortification");

  it("counts a desert left with no permanent army presence as a vacuum, in a story whose lede names ISIS", () => {
    const wire = source(
      "ISIS attack near Palmyra",
      "ISIS fighters attacked an army post near Palmyra on Sunday. The desert between Palmyra and Al-Sukhnah has had no permanent army presence since units were redeployed to Idlib in the summer.",
      "Agence France-Presse",
    );
    expect(cited(assess(badia, [wire], AT), wire.article.id, 1)).toEqual(["driver:security-vacuum"]);
  });

  it("counts foreign air strikes on ISIS positions in the desert as counter-terrorism strikes", () => {
    const m = source(
      "Strikes in the desert",
      "Russian warplanes carried out 12 air strikes on ISIS positions in the desert in October, the monitor said.",
      "Syrian Observatory for Human Rights",
    );
    expect(cited(assess(badia, [m], AT), m.article.id, 0)).toEqual(["mitigator:counter-terrorism-strikes"]);
  });

  it("counts the army dismantling cells in the desert, as state media tell it, as counter-terrorism strikes", () => {
    const m = source(
      "Army operations in the Badia",
      "The Syrian Arab Army pressed its operations in the Badia, the Ministry of Defence said on Sunday. Units of the army dismantled 25 terrorist cells and killed 60 terrorists in the desert between Palmyra and Deir Ez-Zor in the past two months.",
      "SANA",
    );
    expect(cited(assess(badia, [m], AT), m.article.id, 1)).toEqual(["mitigator:counter-terrorism-strikes"]);
  });

  it("counts new army divisions taking up positions in the desert as new forces", () => {
    const m = source(
      "New divisions in the Badia",
      "The Ministry of Defence said that three new divisions of the Syrian Arab Army have taken up positions in the Syrian desert.",
      "SANA",
    );
    expect(cited(assess(badia, [m], AT), m.article.id, 0)).toEqual(["mitigator:new-forces"]);
  });

  it("counts Syrian government forces withdrawing from the desert across the border as a vacuum", () => {
    const m = source(
      "Desert south of Albukamal",
      "Government forces withdrew most of their units from the desert south of Albukamal in the summer, leaving the area to tribal groups.",
      "Syrian Observatory for Human Rights",
    );
    expect(cited(assess(border, [m], AT), m.article.id, 0)).toEqual(["driver:security-vacuum"]);
  });

  it("counts crossings by ISIS members into Iraq, counted by a monitor, as infiltration pressure", () => {
    const m = source(
      "Crossings into Iraq",
      "The monitor has documented at least five crossings by ISIS members from the Syrian desert into Iraq since August.",
      "Syrian Observatory for Human Rights",
    );
    expect(cited(assess(border, [m], AT), m.article.id, 0)).toEqual(["driver:infiltration-pressure"]);
  });

  it("counts ISIS members crossing after a clash with Iraqi border guards as infiltration pressure", () => {
    const m = source(
      "Crossing near Al-Qaim",
      "Monitor sources reported that a group of ISIS members crossed from the desert near Albukamal into Iraq on Tuesday night, after a clash with Iraqi border guards near Al-Qaim.",
      "Syrian Observatory for Human Rights",
    );
    expect(cited(assess(border, [m], AT), m.article.id, 0)).toEqual(["driver:infiltration-pressure"]);
  });

  it("counts Damascus not having deployed regular units along its side of the border as a vacuum", () => {
    const m = source(
      "The other side of the wall",
      "Across the border, the government in Damascus has not deployed regular units along the frontier south of Albukamal, leaving the desert to tribal militias.",
      "Washington Institute",
    );
    expect(cited(assess(border, [m], AT), m.article.id, 0)).toEqual(["driver:security-vacuum"]);
  });
});

describe("signs: hideouts that were struck are a strike on the cells", () => {
  it("fits coalition aircraft striking ISIS hideouts, read as a threat, to the strikes and not to active cells", () => {
    const m = source(
      "Strikes in the Badia",
      "Coalition aircraft struck ISIS hideouts near Al-Sukhnah twice this month, activists said.",
      "Syrian Observatory for Human Rights",
    );
    const badia = themeFixture("isis-badia-insurgency");
    const threat = collectReports([m]).find((r) => r.kind === "threat" && r.tags.includes("airstrike"));
    expect(threat).toBeDefined();
    const fits = (id: string) =>
      [...badia.drivers, ...badia.mitigators]
        .filter((f) => f.id === id)
        .some((f) => f.evidence.some((p) => threat !== undefined && patternFit(p, threat, AT) > 0));
    expect(fits("cells-active")).toBe(false);
    expect(fits("counter-terrorism-strikes")).toBe(true);
  });
});

describe("coalition theme: the SDF's fear of being left alone with the detainees", () => {
  it("counts SDF officers fearing the coalition will end its support, with thousands of ISIS detainees to guard, as SDF exposure", () => {
    const m = source(
      "SDF fears for the camps",
      "SDF officers in Hasakah say they fear the coalition will end its support next year, with 8,000 ISIS detainees still in their prisons.",
      "Kurdistan24",
    );
    expect(cited(assess(themeFixture("coalition-withdrawal"), [m], AT), m.article.id, 0)).toEqual([
      "driver:sdf-exposure",
    ]);
  });

  it("counts the coalition pulling its patrols from an SDF-held camp as SDF exposure, not only as withdrawal", () => {
    const m = source(
      "Roj patrols",
      "The coalition has told the SDF that it will stop its patrols around Roj camp next year because of the US drawdown.",
      "Rudaw",
    );
    expect(cited(assess(themeFixture("coalition-withdrawal"), [m], AT), m.article.id, 0)).toEqual([
      "driver:sdf-exposure",
    ]);
  });
});

describe("signs: a wall that was crossed did not hold", () => {
  const border = themeFixture("border-fortification");
  it("cites no barrier for armed men who crossed the wall, but the wall itself where it is built", () => {
    const crossed = source(
      "Night on the border",
      "Residents of Al-Qaim say a group of armed men crossed the wall near the border with Syria on Monday night.",
      "Rudaw",
    );
    expect(cited(assess(border, [crossed], AT), crossed.article.id, 0)).not.toContain(
      "mitigator:physical-barrier",
    );
    const built = source(
      "Wall near Al-Qaim",
      "Residents of Al-Qaim say the army finished the wall near the border with Syria on Monday.",
      "Rudaw",
    );
    expect(cited(assess(border, [built], AT), built.article.id, 0)).toContain("mitigator:physical-barrier");
  });
});

describe("border theme: crossers who withdrew into Syria under fire", () => {
  it("counts smugglers who withdrew into Syrian territory when an Iraqi patrol fired as a crossing stopped, not as a force gone", () => {
    const agency = source(
      "Border Forces deny infiltration near Al-Qaim",
      "The Border Forces Command denied on Thursday that armed men had entered Iraq from Syria near Al-Qaim. A spokesman for the command told INA that a group of smugglers tried to approach the berm west of Al-Qaim on the night of 30 November and withdrew into Syrian territory when a patrol opened fire.",
      "Iraqi News Agency (INA)",
    );
    const theme = themeFixture("border-fortification");
    const a = assess(theme, [agency], AT);
    const roles = cited(a, agency.article.id, 1);
    expect(roles).not.toContain("driver:security-vacuum");
    expect(roles.every((r) => r.startsWith("mitigator:"))).toBe(true);
    const interdictions = theme.mitigators.find((f) => f.id === "interdictions")?.evidence ?? [];
    const withdrawal = collectReports([agency]).filter(
      (r) => r.sentence === 1 && r.tags.includes("troop-withdrawal"),
    );
    expect(withdrawal.length).toBeGreaterThan(0);
    expect(withdrawal.some((r) => interdictions.some((p) => patternFit(p, r, AT) > 0))).toBe(true);
  });
});
