import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/** Names on sentences written for these tests: titles, transliterations, the article's spelling. */

describe("names", () => {
  it("splits a capitalised title from the person's name and keeps it as the role", () => {
    const doc = extract("National Security Adviser Qassem al-Araji visited the crossing on Monday.");
    const people = doc.entities.filter((e) => e.type === "person");
    expect(people.map((e) => [e.name, e.role])).toEqual([["Qassem al-Araji", "National Security Adviser"]]);
    expect(doc.entities.some((e) => e.type === "organization" && /Araji/.test(e.name))).toBe(false);
  });

  it("merges transliterations of one person within an article", () => {
    const doc = extract(
      "Rami Abdel Rahman, director of the Syrian Observatory for Human Rights, spoke on Monday. Rami Abdul Rahman said later that ten men died. Abd al-Rahman added that the toll could rise.",
    );
    const people = doc.entities.filter((e) => e.type === "person");
    expect(people).toHaveLength(1);
    expect(people[0]?.name).toBe("Rami Abdel Rahman");
  });

  it("merges Mohammed and Muhammad of one surname", () => {
    const doc = extract("Mohammed al-Hassan led the convoy. Muhammad al-Hassan said it arrived.");
    expect(doc.entities.filter((e) => e.type === "person")).toHaveLength(1);
  });

  it("keeps the article's spelling beside the canonical name, with the Arabic script", () => {
    const doc = extract(
      "The Border Ports Authority closed the crossing. Iraqi intelligence officers questioned drivers from al-Hol camp.",
    );
    const ports = doc.entities.find((e) => e.lexiconId === "org/iraqi-border-ports");
    expect(ports).toMatchObject({ name: "Border Ports Commission", surface: "Border Ports Authority" });
    expect(ports?.arabic).toBe("هيئة المنافذ الحدودية");
    const inis = doc.entities.find((e) => e.lexiconId === "org/inis");
    expect(inis?.surface).toBe("Iraqi intelligence");
    const camp = doc.entities.find((e) => e.lexiconId === "facility/al-hol-camp");
    expect(camp?.surface).toBeUndefined();
    expect(camp?.arabic).toBe("مخيم الهول");
  });
});
