import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { ungroundedReason } from "../../../src/core/themes/relevance.js";
import { citedRoles as cited, sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * Sign readings of session 60 (helper n60), from blind set 55's first sight, on short texts written
 * for these tests (tests/fixtures/analysis/ANNOTATION.md rules 2, 7, 8 and 10).
 */
const AT = new Date("2026-12-14T12:00:00Z");
const rolesIn = (theme: string, text: string, sentence: number) => {
  const doc = sourceDocument("Report", text, "Reuters", "2026-12-08");
  return cited(assess(themeFixture(theme), [doc], AT), doc.article.id, sentence);
};

describe("parts of a building and the hours of a riot count no detainees (rules 8, 10)", () => {
  const roles = (text: string) => rolesIn("isis-prison-escape", text, 0);

  it("cites guards who regained control of wings of a named prison after a riot as control", () => {
    expect(
      roles(
        "Guards at the Ghwayran prison in Hasakah retook control of three wings on Sunday after inmates held on ISIS charges rioted for six hours, SDF officials said.",
      ),
    ).toEqual(["mitigator:sdf-control"]);
  });

  it("still counts the men a prison holds in its wings as a concentration of detainees", () => {
    expect(roles("The Ghwayran prison holds about 3,500 men held on ISIS charges in four wings.")).toEqual([
      "driver:detainee-concentration",
    ]);
  });

  it("still counts detainees an hour's drive from the Iraqi border as a concentration near it", () => {
    expect(
      roles(
        "Most of the 2,000 detainees at the Ghwayran prison are Iraqis, and the Iraqi border is little more than an hour's drive away.",
      ),
    ).toEqual(["driver:detainee-concentration"]);
  });
});

describe("a berm that armed groups were seen approaching is no barrier built (rule 2)", () => {
  const LEDE =
    "A Turkish contractor said it had finished a radar network along 60 kilometres of Iraq's border with Syria near Sinjar.";
  const roles = (sentence: string) => rolesIn("border-fortification", `${LEDE}\n\n${sentence}`, 1);

  it("cites armed groups tracked approaching the berm, with no stop told, as pressure", () => {
    expect(
      roles(
        "Radar crews have also followed armed groups approaching the border berm from the Syrian side before dawn.",
      ),
    ).toEqual(["driver:infiltration-pressure"]);
  });

  it("does not read men arrested as they approached the fence as pressure", () => {
    expect(
      roles(
        "Three armed men were arrested as they approached the fence near Sinjar on Monday, the command said.",
      ),
    ).not.toContain("driver:infiltration-pressure");
  });

  it("keeps a berm raised by engineers as a barrier", () => {
    expect(
      roles("Engineers have raised the border berm approaching the Rabia crossing by two metres."),
    ).toEqual(["mitigator:physical-barrier"]);
  });
});

describe("weapons that smugglers were moving when a patrol stopped them are the flow of arms (rule 7)", () => {
  const LEDE =
    "Border guards clashed with smugglers near Husaybah on Monday, the Border Forces Command said.";
  const roles = (sentence: string) => rolesIn("cross-border-smuggling", `${LEDE}\n\n${sentence}`, 1);

  it("cites rifles the smugglers were moving from Syria, intercepted, as weapons flow", () => {
    expect(
      roles(
        "The smugglers were moving 25 rifles and crates of ammunition from Syria when a patrol intercepted them, local sources said.",
      ),
    ).toEqual(["driver:weapons-flow"]);
  });

  it("keeps pills the smugglers were moving, intercepted, as a seizure", () => {
    expect(
      roles(
        "The smugglers were moving 300,000 Captagon pills from Syria when a patrol intercepted them, local sources said.",
      ),
    ).toEqual(["mitigator:seizures"]);
  });

  it("does not read rifles the smugglers carried, with nothing moved, as weapons flow", () => {
    expect(
      roles(
        "The smugglers were carrying 25 rifles when a patrol intercepted them near the border with Syria, local sources said.",
      ),
    ).not.toContain("driver:weapons-flow");
  });
});

describe("a coalition member withdrawing its own counted troops, and the denial of it (conflict claims)", () => {
  const CLAIM =
    "Italy will pull out its 400 soldiers from Iraq by mid-2027, three government officials told Il Messaggero.";
  const DENIAL =
    "The Ministry of Defence denies the reports that Italy will pull out its soldiers from Iraq by mid-2027.";
  const RAIDS =
    "Iraqi counter-terrorism forces conducted 45 raids without coalition air cover in the last quarter, according to figures seen by the ministry.";
  const AT_JAN = new Date("2027-01-03T12:00:00Z");
  const claim = () => sourceDocument("Claim", CLAIM, "Il Messaggero", "2026-12-29");
  const ministry = (second: string) =>
    sourceDocument("Note", `${DENIAL}\n\n${second}`, "Italy Ministry of Defence", "2026-12-30");

  it("cites a member state withdrawing its counted soldiers from Iraq as withdrawal intent", () => {
    expect(rolesIn("coalition-withdrawal", CLAIM, 0)).toEqual(["driver:withdrawal-intent"]);
  });

  it("cites neither the state's counted diplomats nor Syria's counted soldiers", () => {
    for (const text of [
      "Italy will pull out its 400 diplomats from Iraq by mid-2027, three government officials told Il Messaggero.",
      "Syria will withdraw its 400 soldiers from the Iraqi border by mid-2027, officials said.",
    ])
      expect(rolesIn("coalition-withdrawal", text, 0)).toEqual([]);
  });

  it("reads a ministry note whose other news is raids by counter-terrorism forces, and shows the denial", () => {
    const docs = [claim(), ministry(RAIDS)];
    const a = assess(themeFixture("coalition-withdrawal"), docs, AT_JAN);
    expect(a.unused).toEqual([]);
    expect(cited(a, docs[1]?.article.id ?? "", 1)).toEqual(["mitigator:iraqi-capacity"]);
    const pairs = a.conflicts.map((c) => c.claims.map((x) => x.articleId).sort());
    expect(pairs).toContainEqual([docs[0]?.article.id, docs[1]?.article.id].sort());
  });

  it("grounds a sentence on counter-terrorism forces as one on an armed body, not one on counter-terrorism laws", () => {
    const told = (sentenceText: string) => ungroundedReason([{ own: [], named: [], sentenceText }]);
    expect(told("Iraqi counter-terrorism forces carried out 60 raids in the last quarter.")).toBeNull();
    expect(told("Iraqi counter-terrorism laws were amended six times in the last quarter.")).not.toBeNull();
  });
});

describe("support from outside lost at the prisons, and armed men seen in the hills (set 55 recall)", () => {
  it("cites guards left without outside support at the SDF's prisons as the SDF exposed", () => {
    expect(
      rolesIn(
        "coalition-withdrawal",
        "Foreign advisers stopped coming to the SDF's prisons in Hasakah in October, leaving the guards without outside support, the sources said.",
        0,
      ),
    ).toEqual(["driver:sdf-exposure"]);
  });

  const BADIA = "Athr Press counted 40 ISIS attacks in the Syrian desert in the second half of the year.";
  it("cites groups of armed men on motorbikes in the hills as cells active", () => {
    const text = `${BADIA}\n\nVillagers in Kabajeb said groups of armed men on motorbikes were in the hills south of the village every night.`;
    expect(rolesIn("isis-badia-insurgency", text, 1)).toEqual(["driver:cells-active"]);
  });

  it("does not cite herders on motorbikes in the hills", () => {
    const text = `${BADIA}\n\nVillagers in Kabajeb said herders on motorbikes were in the hills south of the village every night.`;
    expect(rolesIn("isis-badia-insurgency", text, 1)).toEqual([]);
  });
});

describe("a backer's supplies to the SDF's prisons told fallen (set 55 recall)", () => {
  it("cites supplies funded by the coalition, at the SDF's prisons, fallen by half as the SDF exposed", () => {
    expect(
      rolesIn(
        "coalition-withdrawal",
        "Guards at two SDF-run prisons said that supplies of fuel and water funded by the coalition had fallen by half since June.",
        0,
      ),
    ).toEqual(["driver:sdf-exposure"]);
  });
});
