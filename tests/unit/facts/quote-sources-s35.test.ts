import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { FactsDocument } from "../../../src/core/facts/schema.js";
import { extract } from "./helpers.js";

/**
 * Sources in the registers of session 35 — an international body's report citing unnamed
 * Member States, a passive description in apposition — on sentences written for these tests.
 */

const article = (body: string) =>
  `Tuesday 10 March 2026\n\nA short note of narration opens the page.\n\n${body}\n\nThe page ends here.`;

const quoteOf = (doc: FactsDocument, words: string, kind?: "direct" | "indirect") =>
  doc.quotes.find((q) => q.text.includes(words) && (!kind || q.kind === kind));

describe("Member States as unnamed sources of a report", () => {
  const report = article(
    [
      "14. The group remains active in the border districts. Member States estimate that it has between 400 and 700 fighters in the area.",
      'One Member State reported that its leadership had moved to "smaller and more mobile units" during the winter.',
      "Two convoys were attacked in January; the drivers were freed after a payment, according to a Member State.",
      "The Panel was told by one Member State that some 300 families had returned to the district.",
      'The same Member State described the situation in the camps as "a problem that grows every month".',
    ].join(" "),
  );
  const doc = extract(report);

  it("keeps the Member States as they are written, not as a person 'States'", () => {
    expect(doc.entities.some((e) => /^(?:States?|Member States?)$/.test(e.name))).toBe(false);
    expect(quoteOf(doc, "between 400 and 700 fighters")?.speaker.name).toBe("Member States");
    expect(quoteOf(doc, "its leadership had moved", "indirect")?.speaker.name).toBe("One Member State");
    expect(quoteOf(doc, "smaller and more mobile units", "direct")?.speaker.name).toBe("One Member State");
  });

  it("gives a trailing 'according to a Member State', a passive teller and 'the same' its words", () => {
    expect(quoteOf(doc, "the drivers were freed")?.speaker.name).toBe("a Member State");
    expect(quoteOf(doc, "some 300 families had returned")?.speaker.name).toBe("one Member State");
    expect(quoteOf(doc, "a problem that grows every month", "direct")?.speaker.name).toBe(
      "same Member State",
    );
  });

  it("still reads 'Member' before a name as a role, not part of it", () => {
    const named = extract(article("Member Hassan al-Jubouri said the committee would meet again on Sunday."));
    expect(named.entities.some((e) => e.name === "Hassan al-Jubouri")).toBe(true);
  });
});

describe("a passive description in apposition", () => {
  it("gives the quoted description to the agent after 'by', not to the one described", () => {
    const doc = extract(
      article(
        'The commander known as Abu Omar al-Tikriti, described by one intelligence official as "the last of the old guard", was arrested on Monday.',
      ),
    );
    const q = quoteOf(doc, "the last of the old guard", "direct");
    expect(q?.speaker.name).toBe("one intelligence official");
  });

  it("keeps an active description with its subject", () => {
    const doc = extract(article('Colonel Ahmed Saleh described the raid as "a clean operation".'));
    expect(quoteOf(doc, "a clean operation", "direct")?.speaker.name).toBe("Ahmed Saleh");
  });
});

describe("a tag between the subject and its verb of saying", () => {
  it("gives the telling to the tag's source and what was told to the subject", () => {
    const doc = extract(
      article(
        'The driver, police said, told investigators that he had been paid $300 "to deliver a box to Basra" and did not know what was in it.',
      ),
    );
    expect(quoteOf(doc, "told investigators", "indirect")?.speaker.name).toBe("police");
    expect(
      doc.quotes.find((q) => q.kind === "indirect" && q.text.startsWith("he had been paid"))?.speaker.name,
    ).toBe("The driver");
    expect(quoteOf(doc, "to deliver a box to Basra", "direct")?.speaker.name).toBe("The driver");
  });

  it("leaves ', the army said, adding that' to the army", () => {
    const doc = extract(
      article(
        "Fighting broke out after midnight near the village, the army said in a statement, adding that two soldiers were wounded.",
      ),
    );
    expect(quoteOf(doc, "Fighting broke out")?.speaker.name).not.toBe("Fighting");
    expect(quoteOf(doc, "two soldiers were wounded")?.speaker.name).toMatch(/army/);
  });
});

describe("written words and requests", () => {
  it("reads a note's words as the note's", () => {
    const doc = extract(
      article("It came in an envelope with a note. The note read: 'Keep it safe. Do not sell it.'"),
    );
    expect(quoteOf(doc, "Keep it safe", "direct")?.speaker.name).toBe("The note");
  });

  it("takes a request to a plural noun with its relative clause as the body's", () => {
    const doc = extract(
      article(
        "The Nineveh Antiquities Inspectorate runs the site. The Inspectorate asks visitors who saw the theft to call 178.",
      ),
    );
    expect(quoteOf(doc, "visitors who saw the theft to call 178")?.speaker.name).toBe(
      "Nineveh Antiquities Inspectorate",
    );
  });
});

describe("a shooting script's soundbite lines", () => {
  it("gives 'SOT — NAME:' lines to the person the script named in full", () => {
    const doc = extract(
      readFileSync(
        new URL(
          "../../fixtures/corpus-heldout27/260_wadi-al-shay-tv-documentary-shooting-script.txt",
          import.meta.url,
        ),
        "utf8",
      ),
    );
    expect(quoteOf(doc, "We close one path", "direct")?.speaker.name).toBe("Salah Jabbar al-Obeidi");
    expect(quoteOf(doc, "and they open another", "direct")?.speaker.name).toBe("Salah Jabbar al-Obeidi");
    expect(quoteOf(doc, "Give us night sights", "direct")?.speaker.name).toBe("the captain");
    expect(quoteOf(doc, "Take the sheep", "direct")?.speaker.name.toLowerCase()).toBe("abu mazen");
  });
});
