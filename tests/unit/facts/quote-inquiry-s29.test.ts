import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * Reported speech in inquiry and inspection reports (the people held speak, a passive of
 * telling, subjects whose noun is left out, numbered paragraphs), on sentences written for
 * these tests.
 */

const quoteWith = (text: string, words: string, kind?: "direct" | "indirect") =>
  extract(text).quotes.find((q) => q.text.includes(words) && (!kind || q.kind === kind));
const speakerOf = (text: string, words: string, kind?: "direct" | "indirect") =>
  quoteWith(text, words, kind)?.speaker.name ?? null;

describe("those held in a prison speak", () => {
  it("reads inmates as a source, before the verb and after the quote", () => {
    const text = "Inmates in the east wing said that the lights were never switched off.";
    expect(speakerOf(text, "lights were never switched off")).toBe("Inmates in the east wing");
    const after = '"The bread comes once a day," one inmate in Wing 4 said.';
    expect(speakerOf(after, "The bread comes once a day")).toBe("one inmate in Wing 4");
  });
});

describe("a passive of telling", () => {
  it("gives the clause after 'that' to the agent after 'by'", () => {
    const text = "The visitors were told by two guards that the cells had been painted in May.";
    const q = quoteWith(text, "cells had been painted");
    expect(q?.kind).toBe("indirect");
    expect(q?.speaker.name).toBe("two guards");
  });

  it("reads no speech into a telling with no clause", () => {
    expect(extract("The visitors were told by two guards to wait outside.").quotes).toEqual([]);
  });
});

describe("a subject whose noun is left out", () => {
  it("names the speaker by the phrase itself", () => {
    expect(speakerOf("Another said the road had been shut for a week.", "road had been shut")).toBe(
      "Another",
    );
    expect(speakerOf("One of them said the pumps had stopped on Monday.", "pumps had stopped")).toBe(
      "One of them",
    );
  });

  it("reads an age as the phrase, before its relative clause", () => {
    const text = "A 17-year-old who was moved from the camp last year told us that the food ran out.";
    expect(speakerOf(text, "the food ran out")).toBe("A 17-year-old");
  });

  it("leaves a phrase with its noun to the usual reading", () => {
    expect(speakerOf("Another nurse said the ward was full.", "ward was full")).toBe("Another nurse");
  });

  it("skips a footnote call left at the start of the sentence", () => {
    const text = "A driver said the bridge was closed.(1) Another said the ferry had stopped.(2) Rain fell.";
    expect(speakerOf(text, "ferry had stopped")).toBe("Another");
    expect(quoteWith(text, "bridge was closed")?.text).toBe("the bridge was closed");
    expect(quoteWith(text, "ferry had stopped")?.text).toBe("the ferry had stopped");
  });
});

describe("a numbered paragraph", () => {
  it("leaves the section number out of the speaker", () => {
    const text = "Report of the visit.\n\n3.1 Guards in the north block said that the wells had dried up.";
    expect(speakerOf(text, "wells had dried up")).toBe("Guards in the north block");
  });
});

describe("words quoted inside reported speech", () => {
  it("gives words quoted whole after a tag of their own to that tag's speaker", () => {
    const text = "One of the men said a guard had told him, 'You will not leave this room.'";
    expect(speakerOf(text, "You will not leave this room", "direct")).toBe("a guard");
    expect(speakerOf(text, "a guard had told him", "indirect")).toBe("One of the men");
  });

  it("keeps words quoted within a reported clause with the reporter", () => {
    const text =
      'Rasheed Karim said the council had warned the army that the raids "would not go unanswered".';
    expect(speakerOf(text, "would not go unanswered", "direct")).toBe("Rasheed Karim");
  });
});

describe("a body's findings and requests", () => {
  it("reports a stance declared with 'is concerned that'", () => {
    const text = "The Council is deeply concerned that the wells have not been repaired.";
    const q = quoteWith(text, "wells have not been repaired");
    expect(q?.kind).toBe("indirect");
    expect(q?.speaker.name).toBe("The Council");
    expect(extract("The families were concerned about the wells.").quotes).toEqual([]);
  });

  it("stops a recommendation before the body's next request after ', and'", () => {
    const text =
      "The Committee recommends that the ministry hire more nurses, and calls on the governor to reopen the clinic.";
    expect(quoteWith(text, "hire more nurses")?.text).toBe("the ministry hire more nurses");
    expect(speakerOf(text, "the governor to reopen the clinic")).toBe("The Committee");
  });

  it("keeps a clause's own verb after ', and' inside the clause", () => {
    const text = "Ali Hamdan said that the centre had received 300 people, and expected more in May.";
    expect(quoteWith(text, "received 300 people")?.text).toContain("expected more in May");
  });

  it("finds the subject after an opening phrase for a second statement", () => {
    const text =
      "In a post on Facebook, Karim Saleh wrote that the parties must unite, and called on the police to share the checkpoints.";
    expect(speakerOf(text, "the police to share the checkpoints")).toBe("Karim Saleh");
  });
});

describe("those who run and serve ships speak", () => {
  it("reads a ship's master and shipping agents as sources", () => {
    const text = "The master told the owners that the crew had seen a drone over the bow.";
    expect(quoteWith(text, "crew had seen a drone")?.kind).toBe("indirect");
    const agents = "Agents at the port report that delays have reached nine hours.";
    expect(speakerOf(agents, "delays have reached nine hours")).toBe("Agents at the port");
  });
});
