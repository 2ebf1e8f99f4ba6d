import { describe, expect, it } from "vitest";
import { datesOf, extract } from "./helpers.js";

/** Timeline rows of session 41, on texts written for these tests. */

describe("'the same night' is a night the story told, not the day a statement was made", () => {
  it("'said on Friday … that its forces had arrested, the same night, a man' dates the arrest to the night of the blast", () => {
    const doc = extract(
      "Late on Thursday night a bomb exploded beside the bus station in Raqqa. The police said on Friday that its officers had arrested, the same night, a man who had rented the car.",
      "2026-03-22",
    );
    expect(datesOf(doc, /bomb exploded/)).toEqual(["2026-03-19"]);
    expect(datesOf(doc, /arrested, the same night/)).toEqual(["2026-03-19"]);
  });

  it("'said on Friday that … had been killed in a pursuit that morning' stays the day of the statement", () => {
    const doc = extract(
      "Late on Thursday night gunmen attacked a checkpoint near Hajin. The SDF said on Friday that two of the attackers had been killed in a pursuit that morning.",
      "2026-03-22",
    );
    expect(datesOf(doc, /killed in a pursuit/)).toEqual(["2026-03-20"]);
  });

  it("'the same day' after a day its own sentence names is that day", () => {
    const doc = extract(
      "The army said on Saturday that gunmen had attacked a post near Tikrit on Wednesday and that a soldier had died of his wounds the same day.",
      "2026-03-22",
    );
    expect(datesOf(doc, /died of his wounds/)).toEqual(["2026-03-18"]);
  });
});
