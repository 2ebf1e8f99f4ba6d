import { describe, expect, it } from "vitest";
import type { FactsDocument } from "../../../src/core/facts/schema.js";
import { extract } from "./helpers.js";

/**
 * Quote and speaker rules learnt from the twenty-eighth held-out set's registers (issue 10):
 * a court reporter's transcript. Each on sentences written for these tests.
 */

const said = (doc: FactsDocument, words: string) =>
  doc.quotes.filter((q) => q.text.includes(words)).map((q) => [q.kind, q.speaker.name]);

describe("quote speakers on the twenty-eighth held-out set's registers (issue 10)", () => {
  it("reads a court transcript's 'THE COURT:' and 'THE DEFENDANT:' turns as their speakers' words", () => {
    const doc = extract(
      [
        "UNITED STATES DISTRICT COURT",
        "TRANSCRIPT OF PLEA HEARING",
        "THE CLERK: Criminal case 24-118, United States versus Omar Nasser.",
        "THE COURT: The Court has read the plea agreement. Mr. Nasser, do you understand it?",
        "THE DEFENDANT: I understand it. I sent the money to the camp in Syria.",
        "MS. LANG: The government asks the Court to accept the plea.",
        "THE COURT: The plea is accepted. Sentencing is set for March 3.",
      ].join("\n\n"),
    );
    expect(said(doc, "sent the money")).toEqual([["direct", "THE DEFENDANT"]]);
    expect(said(doc, "plea is accepted")).toEqual([["direct", "THE COURT"]]);
    // The clerk calling the case speaks procedure, not a statement.
    expect(said(doc, "Criminal case")).toEqual([]);
  });

  it("keeps a heading in capitals after 'THE' no speaker", () => {
    const doc = extract(
      "THE BOTTOM LINE: the road to Sinjar stays closed until the checkpoints reopen.\n\nTHE OUTLOOK: more closures are likely next week.",
    );
    expect(doc.quotes.filter((q) => q.kind === "direct")).toEqual([]);
  });

  it("goes on with a lecturer's turn after a slide cue in brackets", () => {
    const doc = extract(
      [
        "CHAIR: Our speaker is Dr Lina Saleh.",
        "DR SALEH: Thank you. I will start with the numbers.",
        '[SLIDE 2: "Returns to Sinjar, 2025"]',
        "The figures are on the slide. I think most families came back in the spring.",
        "CHAIR: Thank you, Dr Saleh.",
      ].join("\n\n"),
    );
    expect(said(doc, "most families came back")).toEqual([["direct", "Lina Saleh"]]);
  });

  it("reads 'according to the monitors I work with' as the monitors", () => {
    const doc = extract(
      "According to the monitors I work with, there were 90 attacks in the province last year. According to the people we spoke to, the road is closed.",
    );
    expect(said(doc, "90 attacks")).toEqual([["indirect", "the monitors"]]);
    expect(said(doc, "road is closed")).toEqual([["indirect", "the people"]]);
  });
});
