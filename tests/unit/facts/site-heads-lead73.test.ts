import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/core/facts/extract-facts.js";

/** The entity names of the fact whose text starts with `start`. */
function factNames(text: string, start: string): string[] {
  const doc = extractFacts({ id: "t", title: "t", text, publishedAt: "2027-02-03" });
  const names = new Map(doc.entities.map((e) => [e.id, e.name]));
  const fact = doc.facts.find((f) => f.text.startsWith(start));
  if (!fact) throw new Error(`no fact starting "${start}"`);
  return fact.entities.map((id) => names.get(id) ?? id);
}

describe("a named site called by its kind once named", () => {
  it("links 'the hospital' back to the one hospital named before", () => {
    const text =
      "A mortar round hit the car park of Kirkuk General Hospital on Sunday night. The hospital suspended outpatient clinics on Monday.";
    expect(factNames(text, "The hospital suspended")).toContain("Kirkuk General Hospital");
  });

  it("leaves 'the airport' unlinked when two airports were named before", () => {
    const text =
      "Flights from Najaf International Airport and Basra International Airport were delayed on Sunday. The airport suspended all departures on Monday.";
    const found = factNames(text, "The airport suspended");
    expect(found).not.toContain("Najaf International Airport");
    expect(found).not.toContain("Basra International Airport");
  });
});

describe("a happening named only as what a source has no information on", () => {
  const facts = (text: string) =>
    extractFacts({ id: "t", title: "t", text, publishedAt: "2027-02-03" }).facts.filter(
      (f) => f.kind === "event",
    );

  it("makes no fact of 'has no information on the number of inmates who escaped'", () => {
    const text =
      "The Hasakah Red Crescent branch said it has no information on the number of inmates who escaped and referred questions to the police.";
    expect(facts(text).map((f) => f.text)).toEqual([]);
  });

  it("keeps an attack told after the lack of information", () => {
    const text =
      "There was no information on casualties after gunmen attacked the checkpoint near Shaddadi on Monday.";
    expect(facts(text).some((f) => /attacked the checkpoint/.test(f.text))).toBe(true);
  });
});
