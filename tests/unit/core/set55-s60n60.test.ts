import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
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
