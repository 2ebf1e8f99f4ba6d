import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { askedAbout, inExerciseScenario } from "../../../src/core/themes/relevance.js";
import { citedRoles as cited, sourceDocument, themeFixture } from "../../support/themes.js";

const AT = new Date("2026-12-01T12:00:00Z");

describe("an exercise's imagined scenario", () => {
  const told = (sentenceText: string) => inExerciseScenario({ sentenceText });

  it("reads the premise of a tabletop exercise, a drill or a war game as imagined", () => {
    expect(
      told(
        "The exercise scenario was fictional: it assumed that 200 detainees break out of a prison in Raqqa.",
      ),
    ).toBe(true);
    expect(told("In the scenario, the escapees reached the border wall after six hours.")).toBe(true);
    expect(told("In the drill's scenario, gunmen storm the gate of the camp at night.")).toBe(true);
    expect(told("The war-game scenario had ISIS cells attack three prisons at once.")).toBe(true);
  });

  it("leaves a forecast's worst case and real reporting alone", () => {
    expect(told("In the worst-case scenario, thousands of detainees could escape, the analyst warned.")).toBe(
      false,
    );
    expect(told("Fourteen detainees escaped from the prison in Hasakah on Sunday.")).toBe(false);
    expect(told("The army held an exercise near the border on Monday with 300 troops.")).toBe(false);
  });

  it("cites the summary's real figures, never the scenario's breakout", () => {
    const theme = themeFixture("isis-prison-escape");
    const doc = sourceDocument(
      "After-action summary: tabletop exercise 'Northern Gate', Anbar Operations Command",
      [
        "This summary records the lessons of 'Northern Gate', a one-day tabletop exercise held in Ramadi by the National Security Service with the Anbar Operations Command and the Border Forces.",
        "The exercise scenario was fictional: it assumed that 400 detainees break out of a prison in Al-Hasakah and head for the Iraqi border.",
        "In the scenario, the first group of escapees reached the wall near Al-Qaim after ten hours.",
        "On the Nineveh sector, the concrete wall now runs for 140 km from Rabia to the Sinjar mountains, with a trench and 50 observation towers behind it.",
        "The Border Forces told the players that they arrested 96 people crossing from Syria in the first nine months of 2026, 12 of them wanted on terrorism charges.",
      ].join("\n\n"),
      "Anbar Operations Command",
      "2026-11-25",
    );
    const a = assess(theme, [doc], AT);
    const id = doc.article.id;
    expect(cited(a, id, 1)).toEqual([]);
    expect(cited(a, id, 2)).toEqual([]);
    expect(cited(a, id, 3)).toEqual(["mitigator:iraqi-border-defences"]);
    expect(cited(a, id, 4)).toEqual(["mitigator:iraqi-border-defences"]);
  });
});

describe("what someone could not say", () => {
  it("reads an open question as a topic, not a report of it", () => {
    const sentenceText =
      "The ministry could not say how many of the returnees at the centre are under judicial supervision.";
    expect(
      askedAbout({
        sentenceText,
        text: "how many of the returnees at the centre are under judicial supervision",
      }),
    ).toBe(true);
    expect(
      askedAbout({
        sentenceText: "The ministry said 300 returnees left the centre in October.",
        text: "300 returnees left the centre in October",
      }),
    ).toBe(false);
  });
});
