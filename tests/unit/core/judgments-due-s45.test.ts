import path from "node:path";
import { describe, expect, it } from "vitest";
import { ANALYSIS_DIR, loadCases } from "../../../bench/analysis/cases.js";
import { runCase } from "../../../bench/analysis/run-cases.js";
import { assess } from "../../../src/core/themes/assess.js";
import { citedRoles as cited, paragraphsDocument, themeFixture } from "../../support/themes.js";

/**
 * Judgments withheld where the reporting does address their question (session 45, the older
 * blind sets): a wall Iraq strengthens after a riot across the border, residents who left a camp
 * with a smuggler's help, and coalition flights for the SDF that end with a mandate. Short texts
 * written for these tests.
 */

const AT = new Date("2026-11-30T12:00:00Z");
const judgment = (a: ReturnType<typeof assess>, id: string) => a.judgments.find((j) => j.id === id);

describe("a border wall strengthened after a riot", () => {
  const riot = (measure: string) =>
    paragraphsDocument(
      "Riot at Raqqa prison",
      [
        "Detainees rioted at the central prison in Raqqa on Monday, and guards restored order by the evening.",
        "The prison holds about 3,000 men accused of ISIS membership.",
        measure,
      ],
      "Rudaw",
      "2026-11-26",
    );
  it("counts cameras added to Iraq's wall 'after the riot' as Iraq's border defences", () => {
    const doc = riot(
      "Iraq's Border Forces said they had raised their alert along the Rabia and Sinjar sectors and added thermal cameras to the concrete wall after the riot.",
    );
    const a = assess(themeFixture("isis-prison-escape"), [doc], AT);
    expect(cited(a, doc.article.id, 2)).toEqual(["mitigator:iraqi-border-defences"]);
    expect(judgment(a, "reach-iraq")?.probability).not.toBeNull();
  });
  it("still gives no judgment on reaching Iraq when the border goes unmentioned", () => {
    const doc = riot("The families of detainees gathered outside the prison gate on Tuesday morning.");
    const a = assess(themeFixture("isis-prison-escape"), [doc], AT);
    expect(judgment(a, "reach-iraq")?.probability).toBeNull();
  });
});

describe("leaving a camp with a smuggler's help", () => {
  it("reads residents who 'had left' Al-Hol through its fence with a smuggler as an escape", () => {
    const doc = paragraphsDocument(
      "Court hears Al-Hol escapees",
      [
        "An Iraqi court in Mosul questioned three women on Sunday over their flight from Syria.",
        "The three told the court they had left Al-Hol camp on the night of 5 November with the help of a smuggler who drove them through the camp's fence.",
      ],
      "Shafaq News",
      "2026-11-20",
    );
    const a = assess(themeFixture("isis-prison-escape"), [doc], AT);
    expect(cited(a, doc.article.id, 1)).toEqual(["driver:escape-reported"]);
    expect(judgment(a, "mass-escape")?.probability).not.toBeNull();
  });
});

describe("coalition support to the SDF that will end", () => {
  const motion = (support: string) =>
    paragraphsDocument(
      "Mandate motion",
      [
        "The coalition's military mission in federal Iraq ended in September 2025 and will end in the Kurdistan Region in September 2026.",
        support,
      ],
      "Rudaw",
      "2026-11-20",
    );
  it("reads reconnaissance flights for the SDF that 'will end with this mandate' as news of the SDF's hold", () => {
    const doc = motion(
      "The reconnaissance flights over north-east Syria, which supported the Syrian Democratic Forces fighting ISIS there, will end with this mandate.",
    );
    const a = assess(themeFixture("coalition-withdrawal"), [doc], AT);
    expect(judgment(a, "sdf-detention-strain")?.probability).not.toBeNull();
  });
  it("gives no judgment on the SDF's hold when the flights continue", () => {
    const doc = motion(
      "The reconnaissance flights over north-east Syria, which support the Syrian Democratic Forces fighting ISIS there, continue under this mandate.",
    );
    const a = assess(themeFixture("coalition-withdrawal"), [doc], AT);
    expect(judgment(a, "sdf-detention-strain")?.probability).toBeNull();
  });
});

describe("a notice whose lede tells no fact", () => {
  // The blind set 14's notice to Arbaeen pilgrims: its first two sentences give the extractor no
  // fact, but the deployment "along the border in the Al-Qaim sector" bears on the theme by itself,
  // so the smugglers' routes "around the crossing" are at the Al-Qaim crossing its lede names.
  const { cases, articles } = loadCases(path.join(path.dirname(ANALYSIS_DIR), "analysis-heldout14"));
  const pilgrims = cases.find((c) => c.id.startsWith("237-"));
  it("reads a later sentence at the crossing its lede names, and judges whether smuggling persists", () => {
    if (!pilgrims) throw new Error("case 237 missing");
    const { assessment } = runCase(pilgrims, articles);
    expect(cited(assessment, "border-ports-commission-arbaeen-pilgrims-2025", 6)).toEqual([
      "driver:smuggling-networks",
    ]);
    expect(judgment(assessment, "smuggling-persists")?.probability).not.toBeNull();
    // Its instructions on passports and baggage stay uncited.
    expect(cited(assessment, "border-ports-commission-arbaeen-pilgrims-2025", 8)).toEqual([]);
  });
});

describe("samples that came from seizures", () => {
  // The blind set 17's toxicology report: pills it analysed "came from seizures at the Al-Qaim
  // crossing" tells where smuggled goods cross, evidence of the traffic, not an interdiction of its own.
  const { cases, articles } = loadCases(path.join(path.dirname(ANALYSIS_DIR), "analysis-heldout17"));
  const lab = cases.find((c) => c.id.startsWith("282-"));
  it("reads where seized samples came from as smuggling reported, and judges whether it grows", () => {
    if (!lab) throw new Error("case 282 missing");
    const { assessment } = runCase(lab, articles);
    expect(cited(assessment, "health-ministry-pill-lab-report-2025", 1)).toEqual([
      "driver:smuggling-reported",
    ]);
    expect(judgment(assessment, "smuggling-grows")?.probability).not.toBeNull();
    // The samples it analysed, "of pills seized", are no provenance: not smuggling reported.
    expect(cited(assessment, "health-ministry-pill-lab-report-2025", 0)).not.toContain(
      "driver:smuggling-reported",
    );
  });
});
