import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * Happenings no event rule names (issue 10, timeline recall): a clause with a date of its own and
 * a past-tense verb is a dated event for the timeline, untagged so that it bears on no theme by
 * itself. Sentences written for these tests.
 */

const timeline = (text: string, publishedAt = "2025-10-09") =>
  extract(text, publishedAt)
    .facts.filter((f) => (f.kind === "event" || f.kind === "countermeasure") && f.date)
    .map((f) => ({ text: f.text, date: f.date?.value, tags: f.tags }));

describe("a dated happening no rule names", () => {
  it("reads a minister's inauguration and a person's journey told in a relative clause", () => {
    expect(timeline("On Wednesday, the interior minister inaugurated the camera system at Rabia.")).toEqual([
      {
        text: "On Wednesday, the interior minister inaugurated the camera system at Rabia",
        date: "2025-10-08",
        tags: [],
      },
    ]);
    const journey = timeline("Among them is Shamima Begum, who left London for Syria in 2015.");
    expect(journey.map((e) => e.date)).toEqual(["2015"]);
  });

  it("dates an irregular past and a passive by their own date", () => {
    expect(
      timeline("The coalition handed the air base to the Iraqi army in January.").map((e) => e.date),
    ).toEqual(["2025-01"]);
    expect(timeline("The camp was emptied of its foreign residents last year.").map((e) => e.date)).toEqual([
      "2024",
    ]);
  });

  it("does not read states, tallies, views or what is to come as happenings", () => {
    for (const text of [
      "The border today is closed to smugglers.",
      "Nineteen people have been murdered in the camp since January.",
      "In the first half of 2025, the monitor recorded 14 murders.",
      "The next update will be issued on 12 October.",
      "Officials believed in August that the plan would work.",
      "Was the raid on Tuesday connected to the camp?",
      "The council did not approve the budget on Monday.",
    ])
      expect(timeline(text), text).toEqual([]);
  });

  it("does not take a participle for the clause's verb", () => {
    expect(timeline("In a statement issued on Saturday, the ministry said the road was open.")).toEqual([]);
    expect(timeline("Armed smugglers were seen near the wall in 2019.").map((e) => e.text)).not.toContain(
      "Armed smugglers",
    );
  });

  it("leaves a sentence to the fact a rule found on the same day, and a known event to the timeline's own entry", () => {
    const raid = timeline("On Monday, gunmen attacked a checkpoint in Tikrit and then drove off.");
    expect(raid.filter((e) => e.date === "2025-10-06")).toHaveLength(1);
    // The fall of Assad is a well-known event: the timeline dates it where an article names it.
    expect(timeline("The factions that overthrew Bashar al-Assad in December now run the army.")).toEqual([]);
  });
});
