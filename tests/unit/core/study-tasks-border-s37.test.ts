import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { studyTask } from "../../../src/core/themes/relevance.js";
import { citedRoles as cited, sourceDocument, themeFixture } from "../../support/themes.js";

const AT = new Date("2026-12-06T12:00:00Z");

describe("a numbered task set to learners", () => {
  const task = (sentenceText: string) => studyTask({ sentenceText });

  it("reads a textbook's or a worksheet's numbered exercise as a subject of study", () => {
    expect(
      task("Exercise 2: explain in three sentences why a wall alone cannot protect a long desert border."),
    ).toBe(true);
    expect(task("Activity 3: discuss with your classmates how citizens can help the Border Forces.")).toBe(
      true,
    );
    expect(task("Question 4. Describe the smuggling routes between Al-Qaim and Abu Kamal.")).toBe(true);
    expect(task("Q1) (a) List three ways in which drones help to guard the border.")).toBe(true);
  });

  it("leaves a military exercise, a numbered question asked of a ministry and plain reporting alone", () => {
    expect(task("Exercise Eagle Resolve: 300 troops rehearsed the defence of the border wall.")).toBe(false);
    expect(task("Question 1 asked how many persons who escaped from detention are now held.")).toBe(false);
    expect(task("The Border Forces arrested 17 people trying to cross from Syria in November.")).toBe(false);
  });
});

describe("the border's defences told in a textbook and by a command", () => {
  const theme = themeFixture("border-fortification");

  it("cites the chapter's own facts, never the exercise that asks about a wall", () => {
    const doc = sourceDocument(
      "Geography for the sixth grade: the border with Syria",
      [
        "Chapter five of this book describes the border between Iraq and Syria and how the state guards it.",
        "The border with Syria runs for about 600 kilometres through the desert of Anbar and Nineveh.",
        "Two brigades of the Iraqi Border Forces guard the crossings at Al-Qaim and Rabia, with rapid-reaction teams on the main roads.",
        "Exercise 1: explain in your own words why a wall alone cannot stop smugglers on a desert border.",
      ].join("\n\n"),
      "Ministry of Education",
      "2026-09-01",
    );
    const a = assess(theme, [doc], AT);
    const id = doc.article.id;
    expect(cited(a, id, 2)).toEqual(["mitigator:forces-deployed"]);
    expect(cited(a, id, 3)).toEqual([]);
  });

  it("counts drones received by the border command as surveillance, and coalition flights stopped as drawdown", () => {
    const doc = sourceDocument(
      "Border Forces reinforce the Al-Qaim sector",
      [
        "The Border Forces Command said on Monday that the Al-Qaim sector of the border with Syria was secure.",
        "A spokesman for the command said that armed men had not crossed near the Al-Qaim crossing this month.",
        "He said the command had received ten new surveillance drones from the Iraqi Ministry of Interior in November.",
        "He said the coalition reconnaissance flights that used to patrol the area had stopped in October.",
      ].join("\n\n"),
      "INA",
      "2026-12-01",
    );
    const a = assess(theme, [doc], AT);
    const id = doc.article.id;
    expect(cited(a, id, 2)).toEqual(["mitigator:surveillance"]);
    expect(cited(a, id, 3)).toEqual(["driver:coalition-drawdown"]);
  });
});
