import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * Review 30's quote defects, on sentences written for these tests: a denial printed without its
 * verb says the opposite of what was said; a participle telling how a source spoke is not what
 * it said; an outlet that saw a body's figures did not give them.
 */

const quoteWith = (text: string, words: string) => extract(text).quotes.find((q) => q.text.includes(words));

describe("a denial keeps the verb that negates its clause", () => {
  it("prints 'denied that ...', not the clause alone", () => {
    const text = "Border guards denied that any smuggler had crossed the fence near Rabia on Sunday.";
    const q = quoteWith(text, "any smuggler had crossed the fence");
    expect(q?.text.startsWith("denied that any smuggler")).toBe(true);
    expect(q?.modality).toBe("negated");
  });

  it("keeps the verb when the denial's object is a report of the claim", () => {
    const text = "The governor's office denied reports that the dam had been damaged in the shelling.";
    expect(quoteWith(text, "the dam had been damaged")?.text.startsWith("denied reports that")).toBe(true);
  });

  it("leaves a clause reported by a plain verb as it was", () => {
    const text = "Border guards said that no smuggler had crossed the fence near Rabia on Sunday.";
    expect(quoteWith(text, "no smuggler had crossed the fence")?.text.startsWith("no smuggler")).toBe(true);
  });
});

describe("a participle of the manner of speaking after a tag", () => {
  it("is no statement of its own", () => {
    const text =
      "About 900 soldiers remain at the airbase after the drawdown, two Western officials told AFP on Monday, speaking on condition of anonymity.";
    const doc = extract(text);
    expect(doc.quotes.some((q) => q.text.includes("About 900 soldiers remain"))).toBe(true);
    expect(doc.quotes.filter((q) => q.text.includes("anonymity"))).toEqual([]);
  });
});

describe("figures from a body seen by an outlet", () => {
  it("are the body's, not the outlet's", () => {
    const text =
      "Bombings in Diyala fell to 31 in the first half of the year from 54 a year earlier, according to figures from the Interior Ministry seen by AFP.";
    expect(quoteWith(text, "Bombings in Diyala fell to 31")?.speaker.name).toBe("Interior Ministry");
  });
});
