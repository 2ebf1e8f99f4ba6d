import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { patternFit } from "../../../src/core/themes/relevance.js";
import { collectReports } from "../../../src/core/themes/reports.js";
import { citedRoles as cited, sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * Session 36, held-out set 26 (a human-rights body's visit to a border force's holding
 * facility): what such a report tells of crossings of the border was done at the line, not at
 * the site; what it tells of an escape from the site stays at the site. Other wordings of the
 * same kinds.
 */
const tagsOf = (text: string, sentence: number) =>
  collectReports([sourceDocument("A report", text, "Al-Mada", "2026-11-20")])
    .filter((r) => r.sentence === sentence && r.kind !== "quantity")
    .map((r) => r.tags);

const VISIT =
  "Inspectors of the ombudsman visited the detention centre of the Border Guard in Rutba on 3 March. ";

describe("a border force's holding facility", () => {
  it("does not set arrests of people who crossed the border, told in the visit's report, at the site", () => {
    const tags = tagsOf(
      `${VISIT}They found 20 men held in the facility, 12 of them arrested after crossing from Syria in February.`,
      1,
    );
    expect(tags.some((t) => t.includes("arrest"))).toBe(true);
    expect(tags.filter((t) => t.includes("arrest")).every((t) => !t.includes("detention-facility"))).toBe(
      true,
    );
  });

  it("does not set cameras that watched the crossings at the site", () => {
    const tags = tagsOf(
      `${VISIT}The director of the facility said that drones and cameras on the border wall had spotted most of the crossings before the arrests.`,
      1,
    );
    expect(tags.some((t) => t.includes("surveillance"))).toBe(true);
    expect(tags.every((t) => !t.includes("detention-facility"))).toBe(true);
  });

  it("still sets at the site what is done there, and escapees recaptured near the border", () => {
    const held = tagsOf(`${VISIT}Guards at the facility arrested two men who had smuggled phones inside.`, 1);
    expect(held.some((t) => t.includes("arrest") && t.includes("detention-facility"))).toBe(true);
    const recaptured = tagsOf(
      `${VISIT}Two detainees escaped on 5 March. Both were recaptured near the border crossing the next day.`,
      2,
    );
    expect(recaptured.some((t) => t.includes("detention-facility"))).toBe(true);
  });
});

const AT = new Date("2026-12-01T12:00:00Z");
const roles = (text: string, sentence: number, outlet = "Iraqi News Agency") => {
  const doc = sourceDocument("Report", text, outlet, "2026-11-26");
  return cited(assess(themeFixture("border-fortification"), [doc], AT), doc.article.id, sentence);
};

describe("a border force's register of its own engagements", () => {
  const LEDE =
    "The Border Guard Command commended the soldiers of the 3rd Border Brigade, who hold the border with Syria, for their conduct in October.";

  it("reads a post that engaged crossers and forced them back across the border as an interdiction", () => {
    const r = roles(
      `${LEDE}\n\nOn 24 November, near Al-Qaim, the patrol engaged the men, killed one of them and forced the others back across the border.`,
      1,
    );
    expect(r).toContain("mitigator:interdictions");
  });

  it("fits companies received to hold a border town's sector to forces deployed", () => {
    const text = `${LEDE}\n\nThe brigade received three additional companies from the 9th Brigade on 20 November to hold the Husaybah sector.`;
    const factor = themeFixture("border-fortification").mitigators.find((f) => f.id === "forces-deployed");
    const measures = collectReports([
      sourceDocument("Report", text, "Iraqi News Agency", "2026-11-26"),
    ]).filter((r) => r.sentence === 1 && r.kind === "countermeasure");
    expect(measures.some((r) => factor?.evidence.some((p) => patternFit(p, r, AT) > 0))).toBe(true);
    // Companies received in the town, with no post to hold named, may be anything but the line.
    const town = text.replace(" to hold the Husaybah sector", " in Husaybah");
    const fair = collectReports([sourceDocument("Report", town, "Iraqi News Agency", "2026-11-26")]).filter(
      (r) => r.sentence === 1 && r.kind === "countermeasure",
    );
    expect(fair.some((r) => factor?.evidence.some((p) => patternFit(p, r, AT) > 0))).toBe(false);
  });
});
