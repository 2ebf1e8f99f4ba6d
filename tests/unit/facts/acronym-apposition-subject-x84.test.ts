import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * A body named with its acronym in brackets and then described in apposition before its verb
 * (set 69's first sight, helper x84), on text written for these tests.
 */

const speakerOf = (doc: ReturnType<typeof extract>, words: string) =>
  doc.quotes.filter((q) => q.text.includes(words)).map((q) => q.speaker.name);

describe("'The NAME (ACRONYM), a description, said ...'", () => {
  it("gives the clause to the body", () => {
    const doc = extract(
      'Shepherds near Tal Tamr heard the blast at dawn. The Khabur Guards Council (KGC), a Syriac force that holds the river road, said its fighters had found "two more devices" near the village.',
      "2027-02-15",
    );
    expect(speakerOf(doc, "its fighters had found").some((n) => n.startsWith("Khabur Guards Council"))).toBe(
      true,
    );
  });

  it("guard: a place with its code in brackets and an apposition is no speaker", () => {
    const doc = extract(
      "Traders waited at Rabia (RB1), a crossing that has been closed since May, said to be reopening soon.",
      "2027-02-15",
    );
    expect(doc.quotes.flatMap((q) => [q.speaker.name])).not.toContain("Rabia");
  });
});
