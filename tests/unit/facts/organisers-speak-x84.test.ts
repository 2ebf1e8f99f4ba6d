import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/** Those who run an event speak for it (set 69's first sight, helper x84), on text written for these tests. */

const speakerOf = (doc: ReturnType<typeof extract>, words: string) =>
  doc.quotes.filter((q) => q.text.includes(words)).map((q) => q.speaker.name);

describe("the organisers of an event are a source", () => {
  it("quotes 'the organisers say' with a bare clause", () => {
    const doc = extract(
      "A book fair in Erbil was called off after a bomb threat. The organisers say exhibitors will be paid back within a week.",
      "2027-04-02",
    );
    expect(speakerOf(doc, "exhibitors will be paid back")).toContain("The organisers");
  });

  it("reads the American spelling the same way", () => {
    const doc = extract(
      "A book fair in Erbil was called off after a bomb threat. Organizers said that the fair would reopen in May.",
      "2027-04-02",
    );
    expect(speakerOf(doc, "the fair would reopen in May")).toContain("Organizers");
  });

  it("guard: organisers as an object say nothing", () => {
    const doc = extract(
      "Police questioned the organisers on Friday and said the hall had no fire exit.",
      "2027-04-02",
    );
    expect(speakerOf(doc, "the hall had no fire exit").map((n) => n.toLowerCase())).not.toContain(
      "the organisers",
    );
  });
});
