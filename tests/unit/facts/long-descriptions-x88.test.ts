import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * An unnamed source described by a present participle and more phrases than a subject was read
 * back for ("A lorry driver waiting on the south bank with a load of cement said …", set 72's first
 * sight, 717, issue 10, helper x88). Sentences written for these tests.
 */

const quotes = (text: string) => extract(text).quotes.map((q) => ({ speaker: q.speaker.name, text: q.text }));

describe("an indefinite source with a long description", () => {
  it("owns the indirect and mixed quotes after a participle and a second phrase", () => {
    const found = quotes(
      [
        "The bridge at Hit was closed on Monday after a bomb was found under its eastern span.",
        "",
        "A bus driver queuing at the western checkpoint with thirty pilgrims on board said they would sleep in the bus “until somebody opens that bridge”.",
      ].join("\n"),
    );
    const speaker = "A bus driver queuing at the western checkpoint with thirty pilgrims on board";
    expect(found.find((x) => x.text.startsWith("they would sleep"))?.speaker).toBe(speaker);
    expect(found.find((x) => x.text === "until somebody opens that bridge")?.speaker).toBe(speaker);
  });

  it("reads a participle phrase and a second phrase within the usual length", () => {
    const found = quotes(
      "The bridge at Hit was closed on Monday. A farmer living near the river with two sons said the water was rising.",
    );
    expect(found.find((x) => x.text.startsWith("the water was rising"))?.speaker).toBe(
      "A farmer living near the river with two sons",
    );
  });

  it("leaves a long description inside a reported clause to the clause's speaker", () => {
    const found = quotes(
      "Police said a bus driver queuing at the western checkpoint with thirty pilgrims on board had seen the blast.",
    );
    expect(found.find((x) => x.text.includes("had seen the blast"))?.speaker).toBe("Police");
  });
});
