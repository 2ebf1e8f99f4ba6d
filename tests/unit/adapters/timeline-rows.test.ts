import { beforeAll, describe, expect, it } from "vitest";
import { loadGeography } from "../../../src/adapters/templates/geography.js";
import {
  composeBriefing,
  laterThanReport,
  type PresentationSettings,
  timelineText,
} from "../../../src/adapters/templates/view/compose.js";
import { assess } from "../../../src/core/themes/assess.js";
import { sourceDocument, themeFixture } from "../../support/themes.js";

describe("a timeline row's words", () => {
  const sentence =
    "The Syrian Observatory for Human Rights said eight security personnel had been killed, and that one of the attackers had been captured alive.";

  it("prints an event's own words when they stand alone as an account", () => {
    expect(timelineText("Islamic State militants attacked a Syrian security checkpoint", sentence)).toBe(
      "Islamic State militants attacked a Syrian security checkpoint",
    );
  });

  it("prints the reporting sentence for a short label or a fragment that leans on its sentence", () => {
    expect(timelineText("The Sukhna checkpoint", sentence)).toBe(sentence);
    expect(timelineText("That one of the attackers had been captured alive", sentence)).toBe(sentence);
    expect(timelineText("It had raised the alert level of its forces", sentence)).toBe(sentence);
  });

  it("prints the reporting sentence for a clause cut from its subject", () => {
    const told =
      "Tribal gunmen took over the pumping station near Jubb al-Jarrah on Friday and were still holding it on Saturday morning after the guards withdrew.";
    expect(timelineText("were still holding it on Saturday morning after the guards withdrew", told)).toBe(
      told,
    );
    expect(timelineText("and was handed back to the company after talks with the elders", told)).toBe(told);
  });
});

describe("a happening dated after its source was published", () => {
  it("is later than the report at the date's own precision", () => {
    expect(laterThanReport("2027-03", "2026-12-12")).toBe(true);
    expect(laterThanReport("2026-12-20", "2026-12-12")).toBe(true);
    expect(laterThanReport("2026-12", "2026-12-12")).toBe(false);
    expect(laterThanReport("2026", "2026-12-12")).toBe(false);
    expect(laterThanReport("2026-11-30/2027-01-15", "2026-12-12")).toBe(false);
    expect(laterThanReport("ongoing", "2026-12-12")).toBe(false);
    expect(laterThanReport("2027-03", null)).toBe(false);
  });

  let settings: PresentationSettings;
  beforeAll(async () => {
    settings = {
      dissemination: { marking: "UNCLASSIFIED", handling: "Test." },
      geography: await loadGeography(),
    };
  });

  it("is marked expected in the timeline; what happened is not", () => {
    const doc = sourceDocument(
      "Drawdown",
      [
        "Islamic State fighters attacked an army post near Kirkuk on 3 December, killing two soldiers, officials said.",
        "US funding for the guards at the detention sites in Hasakah will end on 15 March 2027, an official said.",
      ].join("\n\n"),
      "Reuters",
      "2026-12-12",
    );
    const theme = themeFixture("coalition-withdrawal");
    const at = new Date("2026-12-20T00:00:00Z");
    const view = composeBriefing(
      {
        id: "b1",
        theme,
        assessment: assess(theme, [doc], at),
        sources: [doc],
        generatedAt: at,
        changes: null,
      },
      settings,
    );
    const rows = view.timeline.map((r) => [r.date, r.ahead]);
    expect(rows).toContainEqual(["3 December 2026", false]);
    expect(rows).toContainEqual(["15 March 2027", true]);
  });
});
